"""Read an Amuddu database into HSDS 3.0 tables (the flat, tabular form).

One row per HSDS object, keyed by the names of the official data package's fields; the JSON
form is nested from the same rows (:mod:`.nest`), so both forms always say the same thing.
The mapping, field by field, is the README's table "HSDS"; identifiers, statuses and
taxonomies come from :mod:`amuddu_plugin.definitions.hsds`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ...definitions import hsds
from ...definitions.formats import OPEN_STATUS, PUBLISHED_FILTER, codes_of
from ...definitions.model import CHOICE_LABELS, LANGUAGES, SERVICE_POINT, Label
from ...toolbelt.i18n import tr
from ..store.database import Database, StoreError
from ..store.gpkg import blob_point
from .schedule import to_schedules

CTX = "HSDS"
Row = dict[str, Any]

_POINT_FIELDS = (
    "uuid", "institution", "facility_type", "external_id", "name_fr", "name_ar", "name_en",
    "address_fr", "address_ar", "town", "province_code", "region_code", "phone", "email",
    "website", "opening_hours", "languages", "eligibility", "wheelchair", "operating_status",
    "last_verified_on", "updated_at", "geom",
)
_SERVICE_FIELDS = (
    "uuid", "service_point_uuid", "category", "description_fr", "description_ar",
    "description_en", "eligibility", "fees_fr", "fees_ar", "fees_en", "how_to_apply_fr",
    "how_to_apply_ar", "how_to_apply_en", "min_age", "max_age",
)
_POSTAL_CODE = re.compile(hsds.POSTAL_CODE)


@dataclass
class Directory:
    """The HSDS tables of one export, with the text in other languages and the warnings."""

    language: str
    tables: dict[str, list[Row]] = field(default_factory=lambda: {t: [] for t in hsds.TABLES})
    translations: list[Row] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    addresses_as_text: int = 0  # addresses without a postal code, kept in the description

    def add(self, table: str, row: Row, texts: dict[str, dict[str, str]] | None = None) -> Row:
        """Add ``row`` to ``table``; ``texts`` maps its fields to their text per language, of
        which the export's language goes in the field and the others in the extension."""
        for name, by_language in (texts or {}).items():
            row[name] = self.pick(by_language)
            for language in LANGUAGES:
                value = by_language.get(language)
                if language != self.language and value:
                    self.translations.append({
                        "id": hsds.stable_id("translation", table, row["id"], name, language),
                        "resource": table, "record_id": row["id"], "field": name,
                        "language": language, "value": value,
                    })
        self.tables[table].append(row)
        return row

    def pick(self, by_language: dict[str, str]) -> str | None:
        """The text in the export's language, else French, else any language given."""
        for language in (self.language, "fr", *LANGUAGES):
            if by_language.get(language):
                return by_language[language]
        return None


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _texts(row: Row, stem: str) -> dict[str, str]:
    return {lang: _text(row.get(f"{stem}_{lang}")) for lang in LANGUAGES
            if _text(row.get(f"{stem}_{lang}"))}


def _labels(label: Label) -> dict[str, str]:
    return {lang: label.get(lang) for lang in LANGUAGES}


def _rows(db: Database, sql: str, names: Iterable[str], params: Iterable[Any] = ()) -> list[Row]:
    names = tuple(names)
    return [dict(zip(names, values)) for values in db.query(sql, params)]


def _vocabulary(db: Database, name: str) -> dict[str, Label]:
    rows = db.query(f'SELECT code, label_fr, label_ar, label_en FROM "{name}" '
                    "ORDER BY sort_order, code")
    return {code: Label(fr or code, ar or "", en or "") for code, fr, ar, en in rows}


def _date(value: Any) -> str | None:
    text = _text(value)
    return text[:10] if re.match(r"^\d{4}-\d{2}-\d{2}", text) else None


def _datetime(value: Any) -> str | None:
    """An ISO 8601 date-time in UTC as Table Schema and RFC 3339 write it (``...Z``)."""
    m = re.match(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z|[+-]00:?00)?$",
                 _text(value))
    return f"{m.group(1)}T{m.group(2)}Z" if m else None


class _Reader:
    """Builds the :class:`Directory` of a database, table by table."""

    def __init__(self, db: Database, language: str, published_only: bool):
        self.db = db
        self.out = Directory(language)
        self.published_only = published_only
        self.vocabularies = {v: _vocabulary(db, v) for v in
                             ("service_category", "facility_type", "eligibility", "language")}
        self.terms: dict[tuple[str, str], str] = {}  # (vocabulary, code) -> term id
        self.regions = dict(db.query("SELECT code, name_fr FROM region"))
        self.provinces = dict(db.query("SELECT code, name_fr FROM province"))

    def warn(self, where: str, text: str) -> None:
        self.out.warnings.append(f"{where}: {text}")

    # -- organizations and taxonomies -------------------------------------------------------
    def organizations(self) -> dict[str, str]:
        """Every institution as an organization; returns code -> organization id."""
        ids = {}
        names = ("code", "acronym", "name_fr", "name_ar", "name_en", "website")
        for row in _rows(self.db, f"SELECT {', '.join(names)} FROM institution ORDER BY code",
                         names):
            oid = ids[row["code"]] = hsds.stable_id("organization", row["code"])
            name = _texts(row, "name") or {"fr": row["code"]}
            self.out.add("organization", {
                "id": oid, "alternate_name": _text(row["acronym"]) or None,
                "website": _text(row["website"]) or None,
            }, {"name": name, "description": name})
        return ids

    def taxonomies(self) -> None:
        for taxonomy in hsds.TAXONOMIES:
            tid = hsds.stable_id("taxonomy", taxonomy.vocabulary)
            self.out.add("taxonomy", {"id": tid, "name": taxonomy.name,
                                      "description": taxonomy.description,
                                      })
            for code, label in self.vocabularies[taxonomy.vocabulary].items():
                term = self.terms[(taxonomy.vocabulary, code)] = hsds.stable_id(
                    "taxonomy_term", taxonomy.vocabulary, code)
                self.out.add("taxonomy_term", {
                    "id": term, "code": code, "taxonomy": taxonomy.name, "taxonomy_id": tid,
                    "language": self.out.language,
                }, {"name": _labels(label), "description": _labels(label)})

    def attribute(self, vocabulary: str, code: str, link_id: str, where: str) -> None:
        term = self.terms.get((vocabulary, code))
        if term is None:
            self.warn(where, tr(CTX, "the code %1 is not in the vocabulary %2: left out",
                                code, vocabulary))
            return
        taxonomy = next(t for t in hsds.TAXONOMIES if t.vocabulary == vocabulary)
        self.out.add("attribute", {
            "id": hsds.stable_id("attribute", link_id, term), "link_id": link_id,
            "taxonomy_term_id": term, "link_type": taxonomy.link_type,
            "link_entity": taxonomy.link_entity,
        })

    # -- locations (service points) ---------------------------------------------------------
    def points(self) -> list[Row]:
        where = f"WHERE {PUBLISHED_FILTER} " if self.published_only else ""
        return _rows(self.db, f"SELECT {', '.join(_POINT_FIELDS)} FROM service_point {where}"
                              "ORDER BY uuid", _POINT_FIELDS)

    def location(self, point: Row, organization_id: str | None) -> str:
        lid = str(point["uuid"])
        where = tr(CTX, "Service point %1 (%2)", point["name_fr"] or "", lid)
        xy = blob_point(point["geom"])
        if xy is None:
            self.warn(where, tr(CTX, "no location: exported without coordinates"))
        address, postal = _texts(point, "address"), self.postal_code(point)
        self.out.add("location", {
            "id": lid, "location_type": "physical", "organization_id": organization_id,
            "url": _text(point[hsds.LOCATION_FIELDS["url"]]) or None,
            "latitude": xy[1] if xy else None, "longitude": xy[0] if xy else None,
            "external_identifier": _text(point[hsds.LOCATION_FIELDS["external_identifier"]]) or None,
            "external_identifier_type": (hsds.EXTERNAL_ID_TYPE.format(point["institution"])
                                         if _text(point["external_id"]) else None),
        }, {**{name: _texts(point, stem) for name, stem in hsds.LOCATION_TEXTS.items()},
            "description": address if not postal else {}})
        if address and postal:
            self.address(point, lid, address, postal)
        elif address:
            self.out.addresses_as_text += 1
        for k, number in enumerate(p.strip() for p in str(point["phone"] or "").split(hsds.PHONE_SEPARATOR)):
            if number:
                self.out.add("phone", {"id": hsds.stable_id("phone", lid, k), "location_id": lid,
                                       "number": number, "type": "voice"})
        self.schedules(point, lid, where)
        self.languages(point, lid, where)
        self.accessibility(point, lid)
        if point["facility_type"]:
            self.attribute("facility_type", point["facility_type"], lid, where)
        return lid

    def postal_code(self, point: Row) -> str:
        """HSDS requires a postal code (and town, province) in an address. Amuddu holds
        none: only an address whose text carries one is exported as an address; any other
        goes, as text, in its location's description (counted in the warnings)."""
        if not point["town"] or not point["province_code"]:
            return ""
        found = _POSTAL_CODE.search(" ".join(_texts(point, "address").values()))
        return found.group(0) if found else ""

    def address(self, point: Row, lid: str, texts: dict[str, str], postal: str) -> None:
        self.out.add("address", {
            "id": hsds.stable_id("address", lid), "location_id": lid,
            "city": _text(point["town"]), "postal_code": postal,
            "state_province": self.provinces.get(point["province_code"]) or point["province_code"],
            "region": self.regions.get(point["region_code"]), "country": hsds.COUNTRY,
            "address_type": "physical",
        }, {"address_1": texts})

    def schedules(self, point: Row, lid: str, where: str) -> None:
        converted = to_schedules(point["opening_hours"])
        for k, row in enumerate(converted.rows):
            self.out.add("schedule", {"id": hsds.stable_id("schedule", lid, k), "location_id": lid,
                                      **row})
        for message in converted.lost:
            self.warn(where, message)

    def languages(self, point: Row, lid: str, where: str) -> None:
        labels = self.vocabularies["language"]
        for code in codes_of(point["languages"]):
            if code not in labels:
                self.warn(where, tr(CTX, "the code %1 is not in the vocabulary %2: left out",
                                    code, "language"))
                continue
            self.out.add("language", {"id": hsds.stable_id("language", lid, code),
                                      "location_id": lid, "code": code},
                         {"name": _labels(labels[code])})

    def accessibility(self, point: Row, lid: str) -> None:
        value = point["wheelchair"]
        if not value:
            return
        wheelchair, choice = SERVICE_POINT.field("wheelchair").label, CHOICE_LABELS[value]
        self.out.add("accessibility", {
            "id": hsds.stable_id("accessibility", lid), "location_id": lid,
            "details": hsds.WHEELCHAIR_DETAILS.format(value),
        }, {"description": {lang: wheelchair.get(lang) + (" : " if lang == "fr" else ": ")
                            + choice.get(lang) for lang in LANGUAGES}})

    # -- services ---------------------------------------------------------------------------
    def services(self, points: dict[str, Row], organizations: dict[str, str]) -> None:
        rows = _rows(self.db, f"SELECT {', '.join(_SERVICE_FIELDS)} FROM service ORDER BY uuid",
                     _SERVICE_FIELDS)
        categories = self.vocabularies["service_category"]
        for service in rows:
            point = points.get(str(service["service_point_uuid"]))
            if point is None:
                continue  # its point is not exported (a draft)
            sid, lid = str(service["uuid"]), str(point["uuid"])
            where = tr(CTX, "Service %1 (%2)", service["category"] or "", sid)
            category = categories.get(service["category"])
            eligibility = codes_of(service["eligibility"]) or codes_of(point["eligibility"])
            self.out.add("service", {
                "id": sid, "organization_id": organizations.get(point["institution"]),
                "url": _text(point["website"]) or None, "email": _text(point["email"]) or None,
                "status": hsds.STATUS.get(point["operating_status"], hsds.STATUS[OPEN_STATUS]),
                "minimum_age": service["min_age"], "maximum_age": service["max_age"],
                "assured_date": _date(point["last_verified_on"]),
                "last_modified": _datetime(point["updated_at"]),
            }, {
                "name": _labels(category) if category else {"fr": str(service["category"])},
                **{name: _texts(service, stem) for name, stem in hsds.SERVICE_TEXTS.items()},
                "eligibility_description": self._joined("eligibility", eligibility),
            })
            self.out.add("service_at_location", {
                "id": hsds.stable_id("service_at_location", sid, lid),
                "service_id": sid, "location_id": lid,
            })
            if service["category"]:
                self.attribute("service_category", service["category"], sid, where)
            for code in eligibility:
                self.attribute("eligibility", code, sid, where)

    def _joined(self, vocabulary: str, codes: list[str]) -> dict[str, str]:
        labels = [self.vocabularies[vocabulary][c] for c in codes if c in self.vocabularies[vocabulary]]
        return {lang: ", ".join(label.get(lang) for label in labels)
                for lang in LANGUAGES} if labels else {}


def read_directory(db: Database, *, language: str = "fr", published_only: bool = True,
                   title: str = "") -> Directory:
    """The HSDS tables of ``db``: every institution, vocabulary term, and the (published)
    service points with their services. Raises :class:`StoreError` on an unknown language."""
    if language not in LANGUAGES:
        raise StoreError(tr(CTX, "Unknown language %1: choose one of %2.", language,
                            ", ".join(LANGUAGES)))
    reader = _Reader(db, language, published_only)
    organizations = reader.organizations()
    reader.taxonomies()
    points = {str(p["uuid"]): p for p in reader.points()}
    for point in points.values():
        reader.location(point, organizations.get(point["institution"]))
    reader.services(points, organizations)
    if reader.out.addresses_as_text:
        reader.out.warnings.append(tr(
            CTX, "%1 addresses have no postal code, which an HSDS address requires: they are "
                 "exported as the description of their location.", reader.out.addresses_as_text))
    reader.out.add("meta_table_description", {
        "id": hsds.stable_id("meta_table_description", language),
        "name": title or "Amuddu", "language": language, "character_set": "UTF-8",
    })
    return reader.out
