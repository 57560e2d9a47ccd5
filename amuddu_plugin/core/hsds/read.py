"""Read an HSDS 3.0 package, in either form, into the flat tables of :mod:`.directory`.

The input is a folder, a ``.zip``, a ``datapackage.json`` or a JSON file:

- **tabular**: ``datapackage.json`` lists the CSV files; each one's values are checked
  against its resource in the official data package (types, formats of ids); the extension
  ``x_translations.csv`` gives the text in other languages;
- **JSON**: ``organizations.json`` and/or ``services.json`` (or one file), lists of
  ``organization`` / ``service`` objects, flattened back into the same tables
  (:mod:`.read_json`), their ``x_translations`` properties read likewise.

A folder holding both forms (as the export writes them) is read in its tabular form. Any
value that breaks the standard's types refuses the whole file, with a message naming the
file, the row (or object), the field and the reason: nothing is imported from it.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from ...definitions import hsds
from ...definitions.model import LANGUAGES
from ...toolbelt.i18n import tr
from ..imports.common import ImportFailed
from .package import Files, Package, Row, check_value, refuse
from .read_json import read_json_form
from .write import official_package

CTX = "HSDS"


def read_package(path: str | Path) -> Package:
    """The HSDS package at ``path`` (see the module doc); raises :class:`ImportFailed`."""
    path = Path(path).expanduser()
    if not path.exists():
        raise ImportFailed(tr(CTX, "%1 does not exist.", path))
    files = Files(path)
    single = path.is_file() and path.suffix.lower() == ".json" and path.name != "datapackage.json"
    if single:
        package = Package(path.name, "json")
        read_json_form(package, files, [path.name])
    elif files.has("datapackage.json"):
        package = Package(path.name, "tabular")
        _read_tabular(package, files)
    else:
        present = [n for n in hsds.JSON_FILES.values() if files.has(n)]
        if not present:
            raise ImportFailed(tr(CTX, "%1 holds no HSDS package: neither datapackage.json nor %2.",
                                  path.name, " / ".join(hsds.JSON_FILES.values())))
        package = Package(path.name, "json")
        read_json_form(package, files, present)
    if files.has(hsds.MARKER) and not single:
        marker = files.json(hsds.MARKER)
        package.marker = marker if isinstance(marker, dict) else None
    if package.language is None and package.marker and package.marker.get("language") in LANGUAGES:
        package.language = package.marker["language"]
    if package.language is None:
        terms = {t.get("language") for t in package.rows("taxonomy_term")} & set(LANGUAGES)
        package.language = terms.pop() if len(terms) == 1 else None
    return package


# --------------------------------------------------------------------------------------------
# The tabular form

def _typed(kind: str, value: str) -> Any:
    if kind == "number":
        number = float(value)
        return int(number) if re.fullmatch(r"-?\d+", value) else number
    if kind == "integer":
        return int(value)
    return value


def _resource_fields(resource: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["name"]: f for f in resource.get("schema", {}).get("fields", [])}


def _read_tabular(package: Package, files: Files) -> None:
    descriptor = files.json("datapackage.json")
    if not isinstance(descriptor, dict) or not isinstance(descriptor.get("resources"), list):
        raise ImportFailed(tr(CTX, "datapackage.json lists no resources."))
    official = {r["name"]: r for r in official_package()["resources"]}
    problems: list[str] = []
    for resource in descriptor["resources"]:
        name, path = resource.get("name"), resource.get("path")
        if name not in hsds.TABLES and name != hsds.TRANSLATIONS or not isinstance(path, str):
            continue
        fields = _resource_fields(official.get(name, resource))
        for line, row in _csv_rows(files, path, problems):
            typed: Row = {}
            for key, value in row.items():
                f = fields.get(key)
                if f is None or value is None or value == "":
                    continue
                reason = check_value(f.get("type", "string"), f.get("format"), value)
                if reason:
                    problems.append(tr(CTX, "%1, row %2, field %3: %4", path, line, key, reason))
                    continue
                typed[key] = _typed(f.get("type", "string"), value)
            if not typed.get("id"):
                problems.append(tr(CTX, "%1, row %2, field %3: %4", path, line, "id",
                                   tr(CTX, "the identifier is missing")))
                continue
            if name == hsds.TRANSLATIONS:
                _translation(package, typed)
            elif (name, str(typed["id"])) in package.where:
                problems.append(tr(CTX, "%1, row %2, field %3: %4", path, line, "id",
                                   tr(CTX, "the identifier %1 is also on %2", typed["id"],
                                      package.where[(name, str(typed["id"]))])))
            else:
                package.add(name, typed, tr(CTX, "%1, row %2", path, line))
    if problems:
        refuse(package.source, problems)
    languages = {r.get("language") for r in package.rows("meta_table_description")} & set(LANGUAGES)
    package.language = languages.pop() if len(languages) == 1 else None



def _csv_rows(files: Files, path: str, problems: list[str]) -> list[tuple[int, dict[str, str]]]:
    reader = csv.reader(io.StringIO(files.text(path), newline=""))
    rows = list(reader)
    if not rows:
        return []
    header = [h.strip() for h in rows[0]]
    out = []
    for line, values in enumerate(rows[1:], start=2):
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            problems.append(tr(CTX, "%1, row %2: %3 fields where the header has %4", path, line,
                               len(values), len(header)))
            continue
        out.append((line, dict(zip(header, (v.strip() for v in values)))))
    return out


def _translation(package: Package, row: Row) -> None:
    resource, record, name = row.get("resource"), row.get("record_id"), row.get("field")
    language, value = row.get("language"), row.get("value")
    if resource and record and name and language and value:
        by_language = package.translations.setdefault((str(resource), str(record)), {})
        by_language.setdefault(str(language), {})[str(name)] = str(value)
