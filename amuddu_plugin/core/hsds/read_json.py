"""The JSON form of HSDS flattened back into its tables (the reverse of :mod:`.nest`).

An ``organization`` holds its ``locations``; a ``service`` its ``organization``, its
``service_at_locations`` (each with its ``location``) and its ``attributes`` (each with its
``taxonomy_term`` and the term's ``taxonomy_detail``). A location holds the arrays of
:data:`~amuddu_plugin.definitions.hsds.LOCATION_PARTS` and its attributes. The foreign keys
that nesting implies (``location_id``, ``service_id``, ``link_id``...) are filled in when an
object leaves them out. Each value is checked against the official JSON Schema's type for
it (``string``, ``number``, ``integer``; ``uuid`` and ``date`` formats).
"""

from __future__ import annotations

import json
from typing import Any

from ...definitions import hsds
from ...toolbelt.i18n import tr
from ...toolbelt.paths import resources_path
from .package import Files, Package, at, check_value, refuse

CTX = "HSDS"


def _schemas() -> dict[str, dict[str, Any]]:
    """The official JSON Schema's properties of each object: name -> {type, format}."""
    out: dict[str, dict[str, Any]] = {}
    for table in hsds.TABLES:
        path = resources_path("hsds", "schema", f"{table}.json")
        if path.is_file():
            out[table] = json.loads(path.read_text(encoding="utf-8")).get("properties", {})
    return out


class _Flattener:
    def __init__(self, package: Package):
        self.package = package
        self.schemas = _schemas()
        self.problems: list[str] = []

    def row(self, table: str, obj: Any, where: str, **keys: Any) -> dict[str, Any] | None:
        """The scalar fields of ``obj`` as a row of ``table`` (checked), with ``keys`` filled
        in where the object leaves them out; None (and a problem) when it is not an object."""
        if not isinstance(obj, dict):
            self.problems.append(at(where, tr(CTX, "not an object")))
            return None
        properties = self.schemas.get(table, {})
        row: dict[str, Any] = {}
        for name, value in obj.items():
            if isinstance(value, (dict, list)) or value is None or value == "":
                continue
            reason = self.check(properties.get(name, {}), value)
            if reason:
                self.problems.append(tr(CTX, "%1, field %2: %3", where, name, reason))
                continue
            row[name] = value
        for name, value in keys.items():
            if value is not None and not row.get(name):
                row[name] = value
        if not row.get("id"):
            self.problems.append(tr(CTX, "%1, field %2: %3", where, "id",
                                    tr(CTX, "the identifier is missing")))
            return None
        extra = obj.get(hsds.TRANSLATIONS)
        if isinstance(extra, dict):
            self.package.translations[(table, str(row["id"]))] = {
                str(lang): {str(k): str(v) for k, v in texts.items() if v}
                for lang, texts in extra.items() if isinstance(texts, dict)}
        self.package.add(table, row, where)
        return row

    @staticmethod
    def check(prop: dict[str, Any], value: Any) -> str | None:
        kinds = prop.get("type", "string")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if isinstance(value, bool):
            return None if "boolean" in kinds else tr(CTX, "“%1” is not %2", value, "/".join(kinds))
        if isinstance(value, (int, float)):
            if "number" in kinds or ("integer" in kinds and float(value).is_integer()):
                return None
            return tr(CTX, "%1 is not %2", value, "/".join(kinds))
        if "string" not in kinds:
            return tr(CTX, "“%1” is not %2", value, "/".join(kinds))
        fmt = prop.get("format")
        return check_value({"date": "date"}.get(fmt or "", "string"), fmt, str(value))

    def items(self, obj: dict[str, Any], name: str, where: str) -> list[tuple[Any, str]]:
        values = obj.get(name) or []
        if not isinstance(values, list):
            self.problems.append(tr(CTX, "%1, field %2: %3", where, name, tr(CTX, "not a list")))
            return []
        return [(v, f"{where} › {name}[{k}]") for k, v in enumerate(values)]

    def attributes(self, obj: dict[str, Any], link_id: str, entity: str, where: str) -> None:
        for item, place in self.items(obj, "attributes", where):
            term = item.get("taxonomy_term") if isinstance(item, dict) else None
            term_row = None
            if isinstance(term, dict):
                detail = term.get("taxonomy_detail")
                taxonomy = (self.row("taxonomy", detail, f"{place} › taxonomy_term › taxonomy_detail")
                            if isinstance(detail, dict) else None)
                term_row = self.row("taxonomy_term", term, f"{place} › taxonomy_term",
                                    taxonomy_id=taxonomy["id"] if taxonomy else None)
            self.row("attribute", item, place, link_id=link_id, link_entity=entity,
                     taxonomy_term_id=term_row["id"] if term_row else None)

    def location(self, obj: Any, where: str, organization_id: str | None) -> dict[str, Any] | None:
        row = self.row("location", obj, where, organization_id=organization_id)
        if row is None:
            return None
        for name, table in hsds.LOCATION_PARTS.items():
            for item, place in self.items(obj, name, where):
                self.row(table, item, place, location_id=row["id"])
        self.attributes(obj, row["id"], "location", where)
        return row

    def organization(self, obj: Any, where: str) -> dict[str, Any] | None:
        row = self.row("organization", obj, where)
        if row is not None:
            for item, place in self.items(obj, "locations", where):
                self.location(item, place, row["id"])
        return row

    def service(self, obj: Any, where: str) -> None:
        if not isinstance(obj, dict):
            self.row("service", obj, where)
            return
        organization = obj.get("organization")
        org = self.organization(organization, f"{where} › organization") if isinstance(
            organization, dict) else None
        row = self.row("service", obj, where, organization_id=org["id"] if org else None)
        if row is None:
            return
        for item, place in self.items(obj, "service_at_locations", where):
            nested = item.get("location") if isinstance(item, dict) else None
            location = (self.location(nested, f"{place} › location", row.get("organization_id"))
                        if isinstance(nested, dict) else None)
            self.row("service_at_location", item, place, service_id=row["id"],
                     location_id=location["id"] if location else None)
        self.attributes(obj, row["id"], "service", where)


def read_json_form(package: Package, files: Files, names: list[str]) -> None:
    """Flatten the objects of the JSON files ``names`` into ``package``'s tables. A file
    holds a list of objects or one object: a service (it has a ``status``) or an
    organization. Raises :class:`ImportFailed` naming every bad object and field."""
    flat = _Flattener(package)
    for name in sorted(names, key=lambda n: n != hsds.JSON_FILES["organization"]):
        data = files.json(name)
        objects = data if isinstance(data, list) else [data]
        for k, obj in enumerate(objects):
            where = tr(CTX, "%1, object %2", name, k + 1)
            if isinstance(obj, dict) and "status" in obj:
                flat.service(obj, where)
            else:
                flat.organization(obj, where)
    if flat.problems:
        refuse(package.source, flat.problems)
