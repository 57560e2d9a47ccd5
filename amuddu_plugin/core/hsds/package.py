"""What both forms of an HSDS package are read into (:class:`Package`), the files they come
from (:class:`Files`: a folder or a zip) and the checks of their values, shared by the
tabular reader (:mod:`.read`) and the JSON one (:mod:`.read_json`).
"""

from __future__ import annotations

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


class Files:
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



def refuse(source: str, problems: list[str]) -> None:
    shown = "\n- ".join(problems[:MAX_SHOWN])
    more = len(problems) - MAX_SHOWN
    raise ImportFailed(tr(CTX, "%1 is not a valid HSDS package, nothing was imported:\n- %2", source,
                          shown) + ("\n" + tr(CTX, "… and %1 more.", more) if more > 0 else ""))

