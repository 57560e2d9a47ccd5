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
import json
import re
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from ...definitions import hsds
from ...definitions.model import LANGUAGES
from ...toolbelt.i18n import tr
from ..imports.common import ImportFailed
from .write import official_package

CTX = "HSDS"
Row = dict[str, Any]
#: Problems of a file shown in the refusal (the first ones).
MAX_SHOWN = 10


@dataclass
class Package:
    """The flat HSDS tables read from a package, with where each row came from."""

    source: str  # the name of the input, for the report
    form: str  # "tabular" or "json"
    language: str | None = None  # the language of the standard fields, when the package says
    tables: dict[str, list[Row]] = field(default_factory=dict)
    where: dict[tuple[str, str], str] = field(default_factory=dict)  # (table, id) -> place
    translations: dict[tuple[str, str], dict[str, dict[str, str]]] = field(default_factory=dict)
    marker: dict[str, Any] | None = None  # the record of an Amuddu export, when there is one

    def rows(self, table: str) -> list[Row]:
        return self.tables.get(table, [])

    def add(self, table: str, row: Row, where: str) -> None:
        """Add ``row`` (the first row of an id wins: the JSON form repeats nested objects)."""
        key = (table, str(row["id"]))
        if key in self.where:
            return
        self.where[key] = where
        self.tables.setdefault(table, []).append(row)

    def texts(self, table: str, row: Row, name: str) -> dict[str, str]:
        """The text of ``name`` per language: the standard field in the package's language,
        the others from the extension."""
        out = {lang: by_field[name] for lang, by_field in
               self.translations.get((table, str(row["id"])), {}).items()
               if lang in LANGUAGES and by_field.get(name)}
        value = row.get(name)
        if value not in (None, ""):
            out[self.language or "fr"] = " ".join(str(value).split())
        return out


class _Files:
    """The files of a folder or a zip, by their names relative to the package's folder."""

    def __init__(self, path: Path):
        self.path = path
        self.names: dict[str, Any] = {}
        if path.suffix.lower() == ".zip":
            try:
                with zipfile.ZipFile(path) as archive:
                    members = {n: archive.read(n) for n in archive.namelist() if not n.endswith("/")}
            except (zipfile.BadZipFile, OSError) as err:
                raise ImportFailed(tr(CTX, "%1 cannot be read as a zip file: %2", path.name, err)) from err
            base = _base(members)
            self.names = {n[len(base):]: data for n, data in members.items() if n.startswith(base)}
        else:
            folder = path if path.is_dir() else path.parent
            self.names = {p.name: p for p in folder.iterdir() if p.is_file()}

    def has(self, name: str) -> bool:
        return name in self.names

    def text(self, name: str) -> str:
        found = self.names.get(name)
        if found is None:
            raise ImportFailed(tr(CTX, "%1: the file %2 is missing.", self.path.name, name))
        try:
            data = found if isinstance(found, bytes) else found.read_bytes()
            return data.decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as err:
            raise ImportFailed(tr(CTX, "%1 cannot be read (HSDS files are UTF-8): %2", name, err)) from err

    def json(self, name: str) -> Any:
        try:
            return json.loads(self.text(name))
        except ValueError as err:
            raise ImportFailed(tr(CTX, "%1 is not valid JSON: %2", name, err)) from err


def _base(members: dict[str, bytes]) -> str:
    """The folder of a zip that holds the package (the zip may wrap it in one folder)."""
    for marker in ("datapackage.json", *hsds.JSON_FILES.values()):
        for name in sorted(members, key=len):
            if PurePosixPath(name).name == marker:
                parent = str(PurePosixPath(name).parent)
                return "" if parent == "." else parent + "/"
    return ""


def read_package(path: str | Path) -> Package:
    """The HSDS package at ``path`` (see the module doc); raises :class:`ImportFailed`."""
    from .read_json import read_json_form

    path = Path(path).expanduser()
    if not path.exists():
        raise ImportFailed(tr(CTX, "%1 does not exist.", path))
    files = _Files(path)
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
# --------------------------------------------------------------------------------------------
_NUMBER = re.compile(r"^-?\d+(\.\d+)?([eE][-+]?\d+)?$")
_CHECKS = {
    "number": (_NUMBER.match, "a number"),
    "integer": (re.compile(r"^-?\d+$").match, "a whole number"),
    "date": (re.compile(r"^\d{4}-\d{2}-\d{2}$").match, "a date (YYYY-MM-DD)"),
    "datetime": (re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$").match,
                 "a date and time (ISO 8601)"),
}


def at(where: str, name: str) -> str:
    """A field (or what is wrong) at a place of the package: ``locations.csv, row 2: name``."""
    return f"{where}: {name}"


def is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def check_value(kind: str, fmt: str | None, value: str) -> str | None:
    """Why ``value`` is not of the Table Schema ``kind`` (and ``format``), or None."""
    if fmt == "uuid" and not is_uuid(value):
        return tr(CTX, "“%1” is not a UUID", value)
    check = _CHECKS.get(kind)
    if check is not None and not check[0](value):
        return tr(CTX, "“%1” is not %2", value, check[1])
    return None


def _typed(kind: str, value: str) -> Any:
    if kind == "number":
        number = float(value)
        return int(number) if re.fullmatch(r"-?\d+", value) else number
    if kind == "integer":
        return int(value)
    return value


def _resource_fields(resource: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["name"]: f for f in resource.get("schema", {}).get("fields", [])}


def _read_tabular(package: Package, files: _Files) -> None:
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


def refuse(source: str, problems: list[str]) -> None:
    shown = "\n- ".join(problems[:MAX_SHOWN])
    more = len(problems) - MAX_SHOWN
    raise ImportFailed(tr(CTX, "%1 is not a valid HSDS package, nothing was imported:\n- %2", source,
                          shown) + ("\n" + tr(CTX, "… and %1 more.", more) if more > 0 else ""))


def _csv_rows(files: _Files, path: str, problems: list[str]) -> list[tuple[int, dict[str, str]]]:
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
