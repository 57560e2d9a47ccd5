"""The JSON form of HSDS: ``organization`` and ``service`` objects nested from the flat tables.

An organization holds its locations; a service holds its organization (without its
locations), its ``service_at_locations`` (each with its location) and its attributes (each
with its taxonomy term and the term's taxonomy). A location holds its addresses, phones,
schedules, languages, accessibility and attributes. Empty fields are left out, and each
object carries its text in the other languages under ``x_translations``.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ...definitions import hsds
from .directory import Directory, Row

#: Arrays of a location, each from the table whose rows point to it by ``location_id``.
_LOCATION_PARTS = hsds.LOCATION_PARTS


class _Nester:
    def __init__(self, directory: Directory):
        self.d = directory
        self.translations: dict[tuple[str, str], dict[str, dict[str, str]]] = defaultdict(dict)
        for t in directory.translations:
            by_language = self.translations[(t["resource"], t["record_id"])]
            by_language.setdefault(t["language"], {})[t["field"]] = t["value"]
        self.by_key: dict[tuple[str, str], dict[str, list[Row]]] = {}
        self.rows = {table: {r["id"]: r for r in rows} for table, rows in directory.tables.items()}

    def children(self, table: str, key: str, value: str) -> list[Row]:
        index = self.by_key.get((table, key))
        if index is None:
            index = defaultdict(list)
            for row in self.d.tables[table]:
                if row.get(key):
                    index[row[key]].append(row)
            self.by_key[(table, key)] = index
        return index.get(value, [])

    def obj(self, table: str, row: Row, **nested: Any) -> dict[str, Any]:
        out = {k: v for k, v in row.items() if v is not None and v != ""}
        out.update({k: v for k, v in nested.items() if v})
        extra = self.translations.get((table, row["id"]))
        if extra:
            out[hsds.TRANSLATIONS] = extra
        return out

    def attributes(self, link_id: str) -> list[dict[str, Any]]:
        out = []
        for row in self.children("attribute", "link_id", link_id):
            term = self.rows["taxonomy_term"][row["taxonomy_term_id"]]
            taxonomy = self.rows["taxonomy"].get(term.get("taxonomy_id"))
            detail = self.obj("taxonomy", taxonomy) if taxonomy else None
            out.append(self.obj("attribute", row,
                                taxonomy_term=self.obj("taxonomy_term", term, taxonomy_detail=detail)))
        return out

    def location(self, row: Row) -> dict[str, Any]:
        parts = {name: [self.obj(table, r) for r in self.children(table, "location_id", row["id"])]
                 for name, table in _LOCATION_PARTS.items()}
        return self.obj("location", row, **parts, attributes=self.attributes(row["id"]))

    def organization(self, row: Row, with_locations: bool) -> dict[str, Any]:
        locations = ([self.location(r) for r in self.children("location", "organization_id", row["id"])]
                     if with_locations else [])
        return self.obj("organization", row, locations=locations)

    def service(self, row: Row) -> dict[str, Any]:
        organization = self.rows["organization"].get(row.get("organization_id"))
        at_locations = [
            self.obj("service_at_location", sal,
                     location=self.location(self.rows["location"][sal["location_id"]]))
            for sal in self.children("service_at_location", "service_id", row["id"])
        ]
        return self.obj("service", row,
                        organization=self.organization(organization, False) if organization else None,
                        service_at_locations=at_locations, attributes=self.attributes(row["id"]))


def nest(directory: Directory) -> dict[str, list[dict[str, Any]]]:
    """``{"organization": [...], "service": [...]}``: the objects of the JSON form."""
    nester = _Nester(directory)
    return {
        "organization": [nester.organization(r, True) for r in directory.tables["organization"]],
        "service": [nester.service(r) for r in directory.tables["service"]],
    }
