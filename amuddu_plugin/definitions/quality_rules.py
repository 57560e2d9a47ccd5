"""The data-quality rules of ``amuddu:check_quality``, declared once: code, severity, message.

Messages are data, in French, Arabic and English like every label of the model; the result
layer carries the three. The checks themselves are in :mod:`amuddu_plugin.core.quality`.
This module imports nothing from QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Field, Kind, Label, Role, Table, trilingual

ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITIES = (ERROR, WARNING, INFO)

SEVERITY_LABELS: dict[str, Label] = {
    ERROR: Label("Erreur", "خطأ", "Error"),
    WARNING: Label("Avertissement", "تنبيه", "Warning"),
    INFO: Label("À vérifier", "للتحقق", "To check"),
}

#: Days after which a verification is too old.
VERIFICATION_MAX_AGE_DAYS = 365
#: Two points of one institution closer than this (metres) are probably the same office.
DUPLICATE_DISTANCE_M = 100.0


@dataclass(frozen=True)
class QualityRule:
    code: str
    severity: str
    message: Label


RULES: tuple[QualityRule, ...] = (
    QualityRule("NO_LOCATION", ERROR, Label(
        "Point sans localisation", "نقطة بدون موقع", "Point without a location")),
    QualityRule("OUTSIDE_MOROCCO", ERROR, Label(
        "Hors du Maroc ou en mer", "خارج المغرب أو في البحر", "Outside Morocco or in the sea")),
    QualityRule("REGION_MISMATCH", WARNING, Label(
        "Code de région ou de province en désaccord avec l'emplacement",
        "رمز الجهة أو الإقليم لا يطابق الموقع",
        "Region or province code disagrees with the location")),
    QualityRule("DUPLICATE_NEARBY", WARNING, Label(
        "Doublon probable : même institution à moins de 100 m",
        "تكرار محتمل: نفس المؤسسة على بعد أقل من 100 م",
        "Probable duplicate: same institution within 100 m")),
    QualityRule("DUPLICATE_NAME", WARNING, Label(
        "Doublon probable : même nom dans la même ville",
        "تكرار محتمل: نفس الاسم في نفس المدينة",
        "Probable duplicate: same name in the same town")),
    QualityRule("PUBLISHED_NO_PHONE", WARNING, Label(
        "Publié sans numéro de téléphone", "منشور بدون رقم هاتف", "Published without a phone number")),
    QualityRule("PUBLISHED_NO_SERVICE", ERROR, Label(
        "Publié sans aucun service", "منشور بدون أي خدمة", "Published without any service")),
    QualityRule("MISSING_NAME_FR", ERROR, Label(
        "Nom en français manquant", "الاسم بالفرنسية غير موجود", "French name missing")),
    QualityRule("INVALID_PHONE", WARNING, Label(
        "Téléphone invalide ou pas au format +212", "رقم هاتف غير صالح أو ليس بصيغة +212",
        "Phone number invalid or not in +212 format")),
    QualityRule("INVALID_EMAIL", WARNING, Label(
        "Adresse électronique invalide", "بريد إلكتروني غير صالح", "Invalid e-mail address")),
    QualityRule("INVALID_URL", WARNING, Label(
        "Adresse de site web invalide", "عنوان موقع إلكتروني غير صالح", "Invalid website address")),
    QualityRule("INVALID_HOURS", WARNING, Label(
        "Horaires invalides (syntaxe OSM)", "أوقات عمل غير صالحة (صيغة OSM)",
        "Invalid opening hours (OSM syntax)")),
    QualityRule("VERIFICATION_OLD", INFO, Label(
        "Dernière vérification il y a plus de 12 mois", "آخر تحقق منذ أكثر من 12 شهرا",
        "Last verified more than 12 months ago")),
    QualityRule("NEVER_VERIFIED", INFO, Label(
        "Jamais vérifié", "لم يتم التحقق منه أبدا", "Never verified")),
    QualityRule("LOCATED_BY_TOWN", INFO, Label(
        "Placé au centre de sa ville : emplacement à vérifier",
        "موضوع في مركز المدينة: يجب التحقق من الموقع",
        "Placed at its town's centre: check the location")),
    QualityRule("CATEGORY_NOT_OFFERED", WARNING, Label(
        "Service d'une catégorie que l'institution n'offre pas",
        "خدمة من صنف لا تقدمه المؤسسة",
        "Service in a category the institution does not offer")),
)

RULES_BY_CODE: dict[str, QualityRule] = {r.code: r for r in RULES}


def rule(code: str) -> QualityRule:
    try:
        return RULES_BY_CODE[code]
    except KeyError:
        raise KeyError(f"no quality rule {code!r}") from None


#: The result layer of amuddu:check_quality (not a table of the database).
QUALITY_ISSUE = Table(
    "quality_issue",
    Label("Problèmes de qualité", "مشاكل الجودة", "Quality issues"),
    Role.SYSTEM,
    (
        Field("rule", Kind.TEXT, Label("Règle", "القاعدة", "Rule"), required=True),
        Field("severity", Kind.TEXT, Label("Gravité", "الخطورة", "Severity"), required=True,
              choices=SEVERITIES),
        *trilingual("message", Label("Message", "الرسالة", "Message")),
        Field("detail", Kind.TEXT, Label("Détail", "التفاصيل", "Detail")),
        Field("table_name", Kind.TEXT, Label("Table", "الجدول", "Table")),
        Field("row_uuid", Kind.UUID, Label("Identifiant du point", "معرف النقطة", "Point identifier")),
        Field("name", Kind.TEXT, Label("Nom", "الاسم", "Name")),
        Field("institution", Kind.TEXT, Label("Institution", "المؤسسة", "Institution")),
    ),
    geometry="Point",
    description="One problem found by amuddu:check_quality, at the service point concerned.",
)

#: The summary table of amuddu:check_quality: one row per rule.
QUALITY_SUMMARY = Table(
    "quality_summary",
    Label("Synthèse de la qualité", "ملخص الجودة", "Quality summary"),
    Role.SYSTEM,
    (
        Field("rule", Kind.TEXT, Label("Règle", "القاعدة", "Rule"), required=True),
        Field("severity", Kind.TEXT, Label("Gravité", "الخطورة", "Severity"), required=True,
              choices=SEVERITIES),
        *trilingual("message", Label("Message", "الرسالة", "Message")),
        Field("issues", Kind.INTEGER, Label("Problèmes", "المشاكل", "Issues")),
    ),
)
