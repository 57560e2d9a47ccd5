"""The committee's monitoring (issue 13), declared once: coverage levels, thresholds and alert
rules with their severity and French, Arabic and English messages.

Alert rules are declared like the quality rules (:mod:`.quality_rules`): code, severity,
message. The checks that fire them live in :mod:`amuddu_plugin.core.monitoring`. This module
imports nothing from QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import PUBLICATION_STATE, SERVICE_POINT, Field, Kind, Label, Role, Table, trilingual
from .quality_rules import ERROR, INFO, SEVERITIES, SEVERITY_LABELS, WARNING

__all__ = ["SEVERITIES", "SEVERITY_LABELS"]

# -- thresholds ---------------------------------------------------------------------------------

#: Default distance (km) beyond which a population is counted as out of reach of a service.
DISTANCE_KM = 30.0
#: Drafts (points not yet published) waiting longer than this are an alert.
DRAFT_MAX_DAYS = 30
#: Points temporarily closed for longer than this are an alert.
TEMPORARILY_CLOSED_MAX_DAYS = 90
#: A point whose last verification is older than this counts as unverified (12 months).
UNVERIFIED_MAX_DAYS = 365
#: An institution with no update for longer than this (a quarter) is an alert.
NO_UPDATE_MAX_DAYS = 91
#: "Mostly": the share above which an institution's points, or a unit's population, fire.
MOSTLY_SHARE = 0.5
#: Services per 100,000 inhabitants: the unit of the coverage ratio.
PER_POPULATION = 100_000

#: Publication states that count as waiting for publication (draft and submitted).
WAITING_STATES: tuple[str, ...] = tuple(s for s in PUBLICATION_STATE if s != "published")

# -- coverage levels ----------------------------------------------------------------------------

REGION, PROVINCE, COMMUNE = "region", "province", "commune"
LEVELS: tuple[str, ...] = (REGION, PROVINCE, COMMUNE)
LEVEL_LABELS: dict[str, Label] = {
    REGION: Label("Région", "الجهة", "Region"),
    PROVINCE: Label("Province ou préfecture", "الإقليم أو العمالة", "Province or prefecture"),
    COMMUNE: Label("Commune", "الجماعة", "Commune"),
}
#: Reference table, code column and census population column of each level.
LEVEL_TABLES: dict[str, tuple[str, str, str]] = {
    REGION: ("region", "code", "population_2024"),
    PROVINCE: ("province", "code", "population_2024"),
    COMMUNE: ("commune", "code", "population_2024"),
}

#: Denominators of the coverage ratio: the census total, or a table given by the committee.
DENOMINATOR_CENSUS = "census"
DENOMINATOR_TABLE = "table"
#: A unit that the committee's population table does not cover (no denominator, no ratio).
DENOMINATOR_MISSING = "missing"
DENOMINATOR_LABELS: dict[str, Label] = {
    DENOMINATOR_CENSUS: Label("Population totale (RGPH 2024, HCP)",
                              "مجموع السكان (الإحصاء العام 2024، المندوبية السامية للتخطيط)",
                              "Total population (2024 census, HCP)"),
    DENOMINATOR_TABLE: Label("Population fournie par le comité", "السكان حسب جدول اللجنة",
                             "Population given by the committee"),
    DENOMINATOR_MISSING: Label("Absente du tableau de population", "غير موجودة في جدول السكان",
                               "Missing from the population table"),
}

#: Colour-blind-safe sequential ramp (ColorBrewer YlGnBu, 5 classes) for coverage maps,
#: light = few services per 100k, dark = many.
COVERAGE_RAMP: tuple[str, ...] = ("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494")
#: Ramp for the share of the population beyond reach (ColorBrewer OrRd, 5 classes).
REACH_RAMP: tuple[str, ...] = ("#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000")

# -- alert rules --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AlertRule:
    code: str
    severity: str
    message: Label
    #: What the facts of one alert are about: "unit", "institution" or "point".
    subject: str


ALERT_RULES: tuple[AlertRule, ...] = (
    AlertRule("CATEGORY_MISSING_IN_PROVINCE", WARNING, Label(
        "Province sans service d'une catégorie présente ailleurs dans sa région",
        "إقليم بدون خدمة من صنف متوفر في أماكن أخرى من جهته",
        "Province without a service of a category found elsewhere in its region"), "unit"),
    AlertRule("POPULATION_BEYOND_REACH", WARNING, Label(
        "La majorité de la population est au-delà de la distance de référence",
        "أغلبية السكان أبعد من المسافة المرجعية",
        "Most of the population lives beyond the reference distance"), "unit"),
    AlertRule("INSTITUTION_UNVERIFIED", WARNING, Label(
        "La plupart des points de l'institution ne sont pas vérifiés depuis 12 mois",
        "أغلب نقاط المؤسسة لم يتم التحقق منها منذ 12 شهرا",
        "Most of the institution's points not verified for 12 months"), "institution"),
    AlertRule("DRAFT_WAITING", INFO, Label(
        "Point en attente de publication depuis plus de 30 jours",
        "نقطة في انتظار النشر منذ أكثر من 30 يوما",
        "Point waiting for publication for more than 30 days"), "point"),
    AlertRule("CLOSED_TOO_LONG", WARNING, Label(
        "Point temporairement fermé depuis plus de 90 jours",
        "نقطة مغلقة مؤقتا منذ أكثر من 90 يوما",
        "Point temporarily closed for more than 90 days"), "point"),
    AlertRule("INSTITUTION_SILENT", ERROR, Label(
        "Institution sans aucune mise à jour depuis un trimestre",
        "مؤسسة بدون أي تحديث منذ ثلاثة أشهر",
        "Institution with no update for a quarter"), "institution"),
)

ALERT_RULES_BY_CODE: dict[str, AlertRule] = {r.code: r for r in ALERT_RULES}


def alert_rule(code: str) -> AlertRule:
    try:
        return ALERT_RULES_BY_CODE[code]
    except KeyError:
        raise KeyError(f"no alert rule {code!r}") from None


# -- the coverage layer -------------------------------------------------------------------------

#: Legend of the coverage map: one class of services per 100,000 inhabitants.
COVERAGE_CLASS = Label("{lo} – {hi} services pour 100 000 hab.", "{lo} – {hi} خدمة لكل 100000 نسمة",
                       "{lo} – {hi} services per 100,000 inhabitants")
#: A class holding a single value (often 0: the units without any service).
COVERAGE_VALUE = Label("{value} services pour 100 000 hab.", "{value} خدمة لكل 100000 نسمة",
                       "{value} services per 100,000 inhabitants")
COVERAGE_LAYER = Label("Couverture des services", "تغطية الخدمات", "Service coverage")


def _field(name: str, kind: Kind, fr: str, ar: str, en: str) -> Field:
    return Field(name, kind, Label(fr, ar, en))


def _point_field(name: str) -> Field:
    """A text field of an output named and labelled as the service point's own field."""
    return Field(name, Kind.TEXT, SERVICE_POINT.field(name).label)


def coverage_table(institutions: list[str], categories: list[str]) -> Table:
    """The fields of the ``amuddu:coverage`` layer for the selected institutions and categories
    (one count per institution; services, distance and share beyond per category)."""
    fields = [
        _field("code", Kind.TEXT, "Code HCP", "الرمز", "HCP code"),
        _field("name_fr", Kind.TEXT, "Nom (FR)", "الاسم (FR)", "Name (FR)"),
        _field("name_ar", Kind.TEXT, "Nom (AR)", "الاسم (AR)", "Name (AR)"),
        _field("population", Kind.INTEGER, "Population", "السكان", "Population"),
        _field("denominator", Kind.TEXT, "Dénominateur", "المقام", "Denominator"),
        _field("points", Kind.INTEGER, "Points de service", "نقاط الخدمة", "Service points"),
        _field("services", Kind.INTEGER, "Services", "الخدمات", "Services"),
        _field("services_per_100k", Kind.REAL, "Services pour 100 000 hab.", "خدمات لكل 100000 نسمة",
               "Services per 100,000 inhabitants"),
        _field("pct_beyond_any", Kind.REAL, "% au-delà de la distance (toute catégorie)",
               "% أبعد من المسافة (كل الأصناف)", "% beyond the distance (any category)"),
    ]
    for code in institutions:
        fields.append(_field(f"points_{code.lower()}", Kind.INTEGER, f"Points {code}", f"نقاط {code}",
                             f"{code} points"))
    for code in categories:
        c = code.lower()
        fields += [
            _field(f"services_{c}", Kind.INTEGER, f"Services {code}", f"خدمات {code}", f"{code} services"),
            _field(f"km_{c}", Kind.REAL, f"Distance moyenne {code} (km)", f"متوسط المسافة {code} (كلم)",
                   f"Mean distance {code} (km)"),
            _field(f"pct_beyond_{c}", Kind.REAL, f"% au-delà {code}", f"% أبعد {code}",
                   f"% beyond {code}"),
        ]
    return Table("coverage", COVERAGE_LAYER, Role.SYSTEM, tuple(fields),
                 description="One unit of amuddu:coverage (not a table of the database).")


#: The result table of ``amuddu:alerts`` (not a table of the database).
ALERT_OUTPUT = Table(
    "alert",
    Label("Alertes du comité", "تنبيهات اللجنة", "Committee alerts"),
    Role.SYSTEM,
    (
        _field("rule", Kind.TEXT, "Règle", "القاعدة", "Rule"),
        _field("severity", Kind.TEXT, "Gravité", "الخطورة", "Severity"),
        _field("subject_type", Kind.TEXT, "Type d'objet", "نوع الموضوع", "Subject type"),
        _field("subject", Kind.TEXT, "Objet", "الموضوع", "Subject"),
        _field("name", Kind.TEXT, "Nom", "الاسم", "Name"),
        *trilingual("message", Label("Message", "الرسالة", "Message")),
        _field("facts", Kind.TEXT, "Faits", "الوقائع", "Facts"),
        _field("days", Kind.INTEGER, "Jours", "الأيام", "Days"),
        _field("facts_hash", Kind.TEXT, "Empreinte des faits", "بصمة الوقائع", "Hash of the facts"),
        _field("known", Kind.BOOLEAN, "Connue du comité", "معروفة لدى اللجنة", "Known to the committee"),
        _field("note", Kind.TEXT, "Note du comité", "ملاحظة اللجنة", "Committee's note"),
        _field("known_since", Kind.TEXT, "Connue depuis", "معروفة منذ", "Known since"),
    ),
    description="One alert of amuddu:alerts: the rule, what it is about, the facts that fired it.",
)


# -- progress: snapshots and what changed between them ----------------------------------------------

#: A point whose place changed by more than this (metres) between two snapshots has moved.
MOVED_MIN_M = 10.0
OPENED, CLOSED, MOVED, CHANGED, VERIFIED = "opened", "closed", "moved", "changed", "verified"
CHANGE_KINDS: dict[str, Label] = {
    OPENED: Label("Ouvert ou publié", "فتح أو نشر", "Opened or published"),
    CLOSED: Label("Fermé ou retiré", "أغلق أو سحب", "Closed or withdrawn"),
    MOVED: Label("Déplacé", "تغير موقعه", "Moved"),
    CHANGED: Label("Modifié", "عدل", "Changed"),
    VERIFIED: Label("Vérifié", "تم التحقق منه", "Verified"),
}

#: The result table of ``amuddu:compare``: one change of one point.
CHANGE_OUTPUT = Table(
    "change",
    Label("Changements entre deux instantanés", "التغييرات بين لقطتين", "Changes between two snapshots"),
    Role.SYSTEM,
    (
        _field("kind", Kind.TEXT, "Changement", "التغيير", "Change"),
        *trilingual("kind_label", Label("Libellé", "التسمية", "Label")),
        _field("point_uuid", Kind.TEXT, "Point de service", "نقطة الخدمة", "Service point"),
        _point_field("name_fr"),
        _point_field("institution"),
        _point_field("region_code"),
        _point_field("province_code"),
        _field("detail", Kind.TEXT, "Détail", "التفاصيل", "Detail"),
    ),
)

#: The summary of ``amuddu:compare``: changes counted by institution, region and kind.
CHANGE_SUMMARY = Table(
    "change_summary",
    Label("Synthèse des changements", "ملخص التغييرات", "Summary of the changes"),
    Role.SYSTEM,
    (
        _point_field("institution"),
        _point_field("region_code"),
        _field("kind", Kind.TEXT, "Changement", "التغيير", "Change"),
        _field("points", Kind.INTEGER, "Points", "النقاط", "Points"),
    ),
)
