"""How Amuddu speaks Open Referral HSDS 3.0.0, declared once.

The export (:mod:`amuddu_plugin.core.hsds`) derives every identifier, table, status, taxonomy
and extension name from here; the README's mapping table describes the same choices.

- **Identifiers** are UUIDs, stable across exports: a service point and a service keep their
  own ``uuid``; every other object gets a name-based UUID (version 5) in :data:`NAMESPACE`
  from what it stands for (``organization:OFPPT``, ``phone:<point uuid>:1``...), so the same
  database always exports the same ids.
- **Other languages**: HSDS 3.0 has one text per field. The export's language fills the
  standard fields; the two others go in the extension :data:`TRANSLATIONS`: a property of
  each JSON object (``{"ar": {"name": "..."}, "en": {...}}``) and, in the tabular form, one
  extra resource ``x_translations.csv`` (every official CSV keeps exactly its fields).

This module imports nothing from QGIS or Qt.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

#: The version of the standard the export follows (resources/hsds/ holds its files).
HSDS_VERSION = "3.0.0"

#: Namespace of Amuddu's name-based HSDS identifiers. Never change it: every id would change.
NAMESPACE = uuid.UUID("a9713b97-e702-4c07-a47a-8d27ae66e2ca")


def stable_id(kind: str, *parts: object) -> str:
    """The UUID of the HSDS object ``kind`` that ``parts`` stand for (same input, same id)."""
    return str(uuid.uuid5(NAMESPACE, ":".join([kind, *(str(p) for p in parts)])))


#: The HSDS tables the export fills, in the order of the official data package. Each CSV is
#: written with the fields of its resource in resources/hsds/datapackage.json.
TABLES = (
    "organization", "service", "attribute", "service_at_location", "location", "phone",
    "address", "schedule", "language", "accessibility", "taxonomy_term",
    "meta_table_description", "taxonomy",
)

#: Formats of the export (the FORMAT parameter).
FORMATS = ("both", "tabular", "json")

#: The extension for text in other languages: JSON property, tabular resource and its fields.
TRANSLATIONS = "x_translations"
TRANSLATIONS_PATH = "x_translations.csv"
TRANSLATIONS_FIELDS = ("id", "resource", "record_id", "field", "language", "value")

#: The JSON form: one file per top-level object, each a list of objects as in the schema.
JSON_FILES = {"organization": "organizations.json", "service": "services.json"}

#: The file that marks a folder (or zip) as an HSDS export of Amuddu: only such a folder is
#: ever replaced. It records the export (date, database, language, options, counts).
MARKER = "amuddu-hsds-export.json"
GENERATOR = "Amuddu QGIS plugin"

#: Service point ``operating_status`` -> HSDS ``service.status`` (of each of its services).
STATUS = {"active": "active", "temporarily_closed": "temporarily closed", "closed": "defunct"}

#: HSDS ``address.country``: ISO 3166-1 alpha-2.
COUNTRY = "MA"

#: Moroccan postal codes: five digits. HSDS requires ``postal_code`` in an address; Amuddu
#: holds none, so an address is exported only when its text carries one.
POSTAL_CODE = r"(?<!\d)\d{5}(?!\d)"

#: Days of the week as RFC 5545 writes them (``byday``), Monday first as in opening_hours.
RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class Taxonomy:
    """An Amuddu vocabulary published as an HSDS taxonomy, and what its terms describe."""

    vocabulary: str  # the Amuddu vocabulary table
    name: str
    description: str
    link_entity: str  # the HSDS table whose rows carry the attribute
    link_type: str  # what the term says about them


TAXONOMIES = (
    Taxonomy("service_category", "Amuddu service categories",
             "Categories of the public services open to migrants in Morocco (Amuddu).",
             "service", "service_category"),
    Taxonomy("eligibility", "Amuddu eligibility",
             "Who a service is open to, by residence status (Amuddu).",
             "service", "eligibility"),
    Taxonomy("facility_type", "Amuddu facility types",
             "Kinds of office or centre of the institutions (Amuddu).",
             "location", "facility_type"),
)


# --------------------------------------------------------------------------------------------
# Field by field: what both directions (the export and ``amuddu:import_hsds``) derive from
# --------------------------------------------------------------------------------------------
#: HSDS ``service.status`` -> service point ``operating_status`` (the reverse of STATUS).
OPERATING_STATUS = {v: k for k, v in STATUS.items()}

#: Several phone numbers of a point are written in one field, separated by this.
PHONE_SEPARATOR = ";"

#: ``accessibility.details`` of a point's wheelchair access (``wheelchair=yes``, as in OSM).
WHEELCHAIR_DETAILS = "wheelchair={}"
WHEELCHAIR_PATTERN = r"^\s*wheelchair\s*=\s*([a-z_]+)\s*$"

#: ``location.external_identifier_type`` of the institution's own identifier of a point.
EXTERNAL_ID_TYPE = "{} identifier"

#: Plain fields: HSDS location field -> service point field.
LOCATION_FIELDS = {"url": "website", "external_identifier": "external_id"}

#: Text fields in three languages: HSDS field -> the stem of the Amuddu fields (``_fr`` ...).
LOCATION_TEXTS = {"name": "name"}
SERVICE_TEXTS = {"description": "description", "application_process": "how_to_apply",
                 "fees_description": "fees"}

#: Plain fields: HSDS service field -> Amuddu service field.
SERVICE_FIELDS = {"minimum_age": "min_age", "maximum_age": "max_age"}

#: HSDS service fields that describe the point (the same on each of its services).
SERVICE_POINT_FIELDS = {"email": "email", "assured_date": "last_verified_on",
                        "last_modified": "updated_at"}

#: The JSON form: the arrays of a location, each from the table whose rows name it by
#: ``location_id`` (the export nests them, the import flattens them back).
LOCATION_PARTS = {"addresses": "address", "phones": "phone", "schedules": "schedule",
                  "languages": "language", "accessibility": "accessibility"}

def taxonomy_of(vocabulary: str) -> Taxonomy:
    """The taxonomy that publishes ``vocabulary``."""
    return next(t for t in TAXONOMIES if t.vocabulary == vocabulary)
