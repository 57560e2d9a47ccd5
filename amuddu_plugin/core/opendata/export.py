"""``amuddu:export_open_data``: what the public map shows, as files for an open-data portal.

The folder is built beside its target and swapped in only when complete
(:func:`~amuddu_plugin.toolbelt.outputs.atomic_folder`); it replaces only a previous output
of Amuddu, never the database nor a folder holding files Amuddu did not write.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...definitions import opendata as O
from ...toolbelt.errors import OutputRefused
from ...toolbelt.i18n import tr
from ...toolbelt.outputs import atomic_folder, check_output
from ...toolbelt.progress import progress_of
from ..store.database import Canceled, Database, StoreError, now_iso
from .describe import Facts, dcat, readme
from .read import read_open_data
from .write import POINT_COLUMNS, write_csv, write_geojson, write_geopackage

CTX = "OpenData"


@dataclass
class OpenDataOptions:
    licence: str = O.LICENCES[0].code
    delimiter: str = O.CSV_DELIMITERS[0]
    language: str = "fr"


@dataclass
class OpenDataResult:
    path: Path
    points: int = 0
    services: int = 0
    files: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def _check(options: OpenDataOptions, target: Path, database: Path) -> None:
    if options.licence not in O.LICENCES_BY_CODE:
        raise StoreError(tr(CTX, "Unknown licence %1: choose one of %2.", options.licence,
                            ", ".join(O.LICENCES_BY_CODE)))
    if options.delimiter not in O.CSV_DELIMITERS:
        raise StoreError(tr(CTX, "The CSV delimiter must be one of %1, not “%2”.",
                            " ".join(O.CSV_DELIMITERS), options.delimiter))
    if target.suffix.lower() == ".gpkg" or target.is_file():
        raise StoreError(tr(CTX, "%1: the open-data export is a folder.", target))
    try:
        check_output(target, protected=[database], folder=True)
    except OutputRefused as err:
        raise StoreError(str(err)) from err


def _facts(db: Database, options: OpenDataOptions, modified: str | None) -> Facts:
    issued = now_iso()
    credits = [str(v) for (v,) in db.query("SELECT value FROM amuddu_meta WHERE key LIKE "
                                           "'attribution:%' ORDER BY key") if v]
    return Facts(O.LICENCES_BY_CODE[options.licence], options.language, issued,
                 modified or issued, db.meta("data_version") or "", db.meta("sources") or "",
                 credits)


def export_open_data(db: Database, output: str | os.PathLike[str],
                     options: OpenDataOptions | None = None, feedback: Any = None) -> OpenDataResult:
    """Write the open-data folder ``output`` (see the module doc)."""
    options = options or OpenDataOptions()
    target = Path(output).expanduser().resolve()
    _check(options, target, db.path)
    progress = progress_of(feedback, cancelled=tr(CTX, "Cancelled: the previous export, if any, "
                                                       "is unchanged."), error=Canceled)
    data = read_open_data(db)
    progress.check_cancel()
    modified = max((str(p["updated_at"]) for p in data.points if p["updated_at"]), default=None)
    facts = _facts(db, options, modified)
    names = list(O.FILES)
    with atomic_folder(target) as folder:
        write_geojson(data, folder / names[0])
        write_csv(data.points, POINT_COLUMNS, folder / names[1], options.delimiter)
        write_csv(data.services, O.SERVICE_FIELDS, folder / names[2], options.delimiter)
        progress.check_cancel()
        write_geopackage(data, folder / names[3])
        (folder / names[4]).write_text(readme(data, facts, names), encoding="utf-8")
        description = dcat(data, facts, folder, names[:-1])
        (folder / names[5]).write_text(json.dumps(description, ensure_ascii=False, indent=2) + "\n",
                                       encoding="utf-8")
        progress.check_cancel()
    if feedback is not None:
        feedback.pushInfo(tr(CTX, "Open data written: %1 service points, %2 services: %3",
                             len(data.points), len(data.services), target))
    return OpenDataResult(target, len(data.points), len(data.services), names, data.skipped)
