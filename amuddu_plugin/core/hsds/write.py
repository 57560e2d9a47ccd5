"""Write an HSDS export: the tabular data package and/or the JSON form, into a folder or a .zip.

- Tabular: one CSV per table (UTF-8, comma, header row), with exactly the fields and order of
  its resource in the official ``datapackage.json`` bundled in ``resources/hsds/``, plus the
  extension ``x_translations.csv``; ``datapackage.json`` lists them (the official resource
  descriptors, unchanged) and records the export.
- JSON: ``organizations.json`` and ``services.json``, lists of objects as in the schema.

Everything is written into a temporary folder beside the target and renamed into place only
when complete: a failure or a cancellation leaves the previous export as it was. Only a
previous HSDS export of Amuddu (recognised by its marker file) is ever replaced; never a
folder or file of anything else, nor the database.
"""

from __future__ import annotations

import csv
import json
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...definitions import hsds
from ...toolbelt.errors import OutputRefused
from ...toolbelt.i18n import tr
from ...toolbelt.outputs import atomic_file, atomic_folder, check_output, temporary_name
from ...toolbelt.paths import resources_path
from ..store.database import StoreError
from .directory import Directory
from .nest import nest

CTX = "HSDS"


@dataclass
class ExportResult:
    path: Path
    counts: dict[str, int] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def official_package() -> dict[str, Any]:
    """The official HSDS 3.0.0 tabular data package descriptor (resources/hsds/)."""
    path = resources_path("hsds", "datapackage.json")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise StoreError(tr(CTX, "The HSDS schema file %1 cannot be read (reinstall the "
                                 "plugin): %2", path, err)) from err


def translations_resource() -> dict[str, Any]:
    """The descriptor of the extension resource for text in other languages."""
    fields = [{"name": n, "type": "string", "constraints": {"required": True}}
              for n in hsds.TRANSLATIONS_FIELDS]
    for f in fields[:1] + fields[2:3]:
        f["format"] = "uuid"
    return {
        "name": hsds.TRANSLATIONS, "path": hsds.TRANSLATIONS_PATH, "format": "csv",
        "mediatype": "text/csv", "profile": "tabular-data-resource",
        "description": "Amuddu extension: the text of a field of another resource in another "
                       "language (ISO 639-1 code) than the package's (meta_table_description).",
        "schema": {"primaryKey": "id", "fields": fields},
    }


def csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _write_csv(path: Path, names: list[str], rows: list[dict[str, Any]]) -> None:
    unknown = {k for row in rows for k in row} - set(names)
    if unknown:  # a mapping error in the code, never the user's data
        raise StoreError(tr(CTX, "%1: fields %2 are not in the HSDS resource.", path.name,
                            ", ".join(sorted(unknown))))
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(names)
        for row in rows:
            writer.writerow([csv_value(row.get(n)) for n in names])


def _write_json(path: Path, value: Any) -> None:
    path.write_text(json.dumps(value, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _write_tabular(directory: Directory, folder: Path, record: dict[str, Any]) -> list[str]:
    package = official_package()
    resources = [r for r in package["resources"] if r["name"] in hsds.TABLES]
    resources.append(translations_resource())
    files = []
    for resource in resources:
        rows = (directory.translations if resource["name"] == hsds.TRANSLATIONS
                else directory.tables[resource["name"]])
        _write_csv(folder / resource["path"], [f["name"] for f in resource["schema"]["fields"]], rows)
        files.append(resource["path"])
    descriptor = {
        "name": "amuddu-hsds", "title": record["title"], "profile": "tabular-data-package",
        "description": "Public services open to migrants in Morocco, in Open Referral's Human "
                       "Services Data Specification (HSDS) 3.0.0 (CC BY-SA 4.0, Open Referral).",
        "version": record["data_version"], "created": record.get("data_modified"),
        "homepage": package.get("homepage"), "hsds_version": hsds.HSDS_VERSION,
        "sources": [{"title": record["sources"]}] if record["sources"] else [],
        "resources": resources,
    }
    # The same data gives the same file: no time of export here (the marker file has it).
    _write_json(folder / "datapackage.json", {k: v for k, v in descriptor.items() if v is not None})
    return [*files, "datapackage.json"]


def write_folder(directory: Directory, folder: Path, *, tabular: bool, json_form: bool,
                 record: dict[str, Any]) -> list[str]:
    """Write the export's files into ``folder`` (which exists and is empty)."""
    files = _write_tabular(directory, folder, record) if tabular else []
    if json_form:
        for table, objects in nest(directory).items():
            _write_json(folder / hsds.JSON_FILES[table], objects)
            files.append(hsds.JSON_FILES[table])
    _write_json(folder / hsds.MARKER, record)
    return [*files, hsds.MARKER]


# --------------------------------------------------------------------------------------------
# The target: checked before anything is written, replaced only when the export is complete
# --------------------------------------------------------------------------------------------
def is_hsds_export(path: Path) -> bool:
    """A folder or .zip written by this export (it holds the marker file)."""
    if path.is_dir():
        return (path / hsds.MARKER).is_file()
    try:
        with zipfile.ZipFile(path) as archive:
            return hsds.MARKER in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def check_target(target: Path, database: Path) -> None:
    if not target.parent.is_dir():
        raise StoreError(tr(CTX, "The folder %1 does not exist.", target.parent))
    database = database.resolve()
    if target == database or target in database.parents:
        raise StoreError(tr(CTX, "%1 is the database or holds it: choose another place for the "
                                 "export.", target))
    if target.suffix.lower() == ".gpkg":
        raise StoreError(tr(CTX, "%1: an HSDS export is a folder or a .zip, not a GeoPackage.",
                            target))
    if target.suffix.lower() != ".zip" and target.is_file():
        raise StoreError(tr(CTX, "%1 is a file: the export is written into a folder (or a "
                                 "name ending in .zip).", target))
    try:  # the one output rule: never over the database nor over files Amuddu did not write
        check_output(target, protected=[database], folder=target.suffix.lower() != ".zip",
                     legacy=is_hsds_export)
    except OutputRefused as err:
        raise StoreError(str(err)) from err


def _zip(folder: Path, target: Path) -> None:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.iterdir()):
            archive.write(path, path.name)


def write_export(directory: Directory, target: Path, *, tabular: bool, json_form: bool,
                 record: dict[str, Any], check_cancel: Callable[[], None]) -> ExportResult:
    """Write ``directory`` to ``target`` (a folder, or a .zip when its name ends so), beside
    it first and renamed into place when complete (see ``toolbelt/outputs.py``)."""
    try:
        if target.suffix.lower() == ".zip":
            scratch = temporary_name(target).with_suffix("")
            try:
                scratch.mkdir()
                files = write_folder(directory, scratch, tabular=tabular, json_form=json_form,
                                     record=record)
                check_cancel()
                with atomic_file(target) as tmp_zip:
                    _zip(scratch, tmp_zip)
                    check_cancel()
            finally:
                shutil.rmtree(scratch, ignore_errors=True)
        else:
            with atomic_folder(target, legacy=is_hsds_export) as tmp:
                files = write_folder(directory, tmp, tabular=tabular, json_form=json_form,
                                     record=record)
                check_cancel()
    except OutputRefused as err:
        raise StoreError(str(err)) from err
    except OSError as err:
        raise StoreError(tr(CTX, "Cannot write the HSDS export %1: %2", target,
                            err.strerror or err)) from err
    counts = {table: len(rows) for table, rows in directory.tables.items()}
    counts[hsds.TRANSLATIONS] = len(directory.translations)
    return ExportResult(target, counts, files, list(directory.warnings))
