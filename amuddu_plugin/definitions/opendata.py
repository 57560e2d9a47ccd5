"""The open-data export (``amuddu:export_open_data``), declared once: licences, files, the
fields it publishes, the coverage and the texts of its README. Pure Python (no QGIS).

What it publishes is what the public map shows: the service points that pass
:data:`~amuddu_plugin.definitions.formats.PUBLIC_FILTER`, with their services, and only
the fields below (no internal notes, no names of the people who verified or edited a point).
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Label

GENERATOR = "Amuddu open data"


@dataclass(frozen=True)
class Licence:
    code: str  # SPDX identifier
    name: str
    url: str


#: The licences the committee may choose; the first is the default.
LICENCES: tuple[Licence, ...] = (
    Licence("CC-BY-4.0", "Creative Commons Attribution 4.0 International",
            "https://creativecommons.org/licenses/by/4.0/"),
    Licence("CC-BY-SA-4.0", "Creative Commons Attribution-ShareAlike 4.0 International",
            "https://creativecommons.org/licenses/by-sa/4.0/"),
    Licence("CC0-1.0", "Creative Commons Zero v1.0 Universal (public domain dedication)",
            "https://creativecommons.org/publicdomain/zero/1.0/"),
    Licence("ODbL-1.0", "Open Data Commons Open Database License v1.0",
            "https://opendatacommons.org/licenses/odbl/1-0/"),
)
LICENCES_BY_CODE = {lic.code: lic for lic in LICENCES}

#: CSV delimiters: "," (the standard) or ";" (what French Excel opens directly).
CSV_DELIMITERS = (",", ";")

#: The files of the export: name -> media type (IANA).
FILES: dict[str, str] = {
    "service_points.geojson": "application/geo+json",
    "service_points.csv": "text/csv",
    "services.csv": "text/csv",
    "amuddu-open-data.gpkg": "application/geopackage+sqlite3",
    "README.md": "text/markdown",
    "metadata.json": "application/ld+json",
}
#: The GeoPackage's layers.
GPKG_POINTS = "service_points"
GPKG_SERVICES = "services"

#: Decimal places of the coordinates: 6 is about 10 cm (RFC 7946 section 11.2).
COORDINATE_DECIMALS = 6

#: Morocco's extent in WGS 84 (west, south, east, north), for the dataset's spatial coverage.
MOROCCO_BBOX = (-17.25, 20.75, -0.95, 36.0)

#: The fields published, of service_point and of service (their descriptions are the model's
#: labels), in this order; the points also get ``lon``, ``lat`` and ``categories``.
POINT_FIELDS = (
    "uuid", "institution", "facility_type", "external_id", "name_fr", "name_ar", "name_en",
    "address_fr", "address_ar", "town", "commune_code", "province_code", "region_code", "phone",
    "email", "website", "opening_hours", "languages", "eligibility", "wheelchair",
    "operating_status", "last_verified_on", "updated_at", "located_by",
)
SERVICE_FIELDS = (
    "uuid", "service_point_uuid", "category", "description_fr", "description_ar",
    "description_en", "eligibility", "fees_fr", "fees_ar", "fees_en", "how_to_apply_fr",
    "how_to_apply_ar", "how_to_apply_en", "min_age", "max_age",
)
EXTRA_FIELDS: dict[str, Label] = {
    "lon": Label("Longitude (WGS 84)", "خط الطول (WGS 84)", "Longitude (WGS 84)"),
    "lat": Label("Latitude (WGS 84)", "خط العرض (WGS 84)", "Latitude (WGS 84)"),
    "categories": Label("Catégories des services (codes séparés par ;)",
                        "أصناف الخدمات (رموز مفصولة بـ ;)",
                        "Service categories (codes separated by ;)"),
}

#: The texts of the README and metadata.json, in the three languages.
TEXTS: dict[str, Label] = {
    "title": Label(
        "Amuddu – Points de service ouverts aux migrants (formation professionnelle et emploi)",
        "أمودو – نقاط الخدمة المفتوحة للمهاجرين (التكوين المهني والتشغيل)",
        "Amuddu – Service points open to migrants (vocational training and employment)"),
    "description": Label(
        "Les agences et centres de l'ANAPEC, de l'OFPPT, de l'Entraide Nationale et de "
        "l'Artisanat ouverts aux migrants au Maroc, avec leurs services, tels que la carte "
        "publique les montre (points publiés et ouverts).",
        "وكالات ومراكز أنابيك ومكتب التكوين المهني والتعاون الوطني والصناعة التقليدية المفتوحة "
        "للمهاجرين بالمغرب، مع خدماتها، كما تعرضها الخريطة العمومية (النقاط المنشورة والمفتوحة).",
        "The agencies and centres of ANAPEC, OFPPT, Entraide Nationale and the Handicrafts "
        "department open to migrants in Morocco, with their services, as the public map shows "
        "them (published and open points)."),
    "publisher": Label(
        "Comité de programme 3 (SNIA) – Formation professionnelle et emploi",
        "لجنة البرنامج 3 – التكوين المهني والتشغيل",
        "Programme committee 3 (SNIA) – Vocational training and employment"),
    "licence": Label("Licence", "الترخيص", "Licence"),
    "files": Label("Fichiers", "الملفات", "Files"),
    "counts": Label("Contenu", "المحتوى", "Content"),
    "points": Label("points de service", "نقطة خدمة", "service points"),
    "services": Label("services", "خدمة", "services"),
    "fields": Label("Champs", "الحقول", "Fields"),
    "sources": Label("Sources et crédits", "المصادر والإشادة", "Sources and credits"),
    "institutions_credit": Label(
        "Points de service : les institutions (ANAPEC, OFPPT, Entraide Nationale, Artisanat), "
        "vérifiés par le comité avec le plugin QGIS Amuddu.",
        "نقاط الخدمة: المؤسسات (أنابيك، مكتب التكوين المهني، التعاون الوطني، الصناعة التقليدية)، "
        "تحقق منها اللجنة بإضافة أمودو لبرنامج QGIS.",
        "Service points: the institutions (ANAPEC, OFPPT, Entraide Nationale, Artisanat), "
        "checked by the committee with the Amuddu QGIS plugin."),
    "version": Label("Version des données", "نسخة البيانات", "Data version"),
    "issued": Label("Date", "التاريخ", "Date"),
    "coordinates": Label(
        "Coordonnées en WGS 84 (EPSG:4326), longitude puis latitude, 6 décimales. CSV en UTF-8 "
        "avec BOM ; les cellules qui commencent par = + - @ sont précédées d'une apostrophe.",
        "الإحداثيات بنظام WGS 84 ‏(EPSG:4326)، خط الطول ثم خط العرض، 6 أرقام عشرية. ملفات CSV "
        "بترميز UTF-8 مع BOM؛ الخلايا التي تبدأ بـ = + - @ تسبقها فاصلة عليا.",
        "Coordinates in WGS 84 (EPSG:4326), longitude then latitude, 6 decimals. CSV in UTF-8 "
        "with a BOM; cells starting with = + - @ are preceded by an apostrophe."),
    "field": Label("Champ", "الحقل", "Field"),
    "meaning": Label("Description", "الوصف", "Description"),
}
