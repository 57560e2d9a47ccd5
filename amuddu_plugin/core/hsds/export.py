"""``amuddu:export_hsds``: read the database (:mod:`.directory`), write the forms (:mod:`.write`)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...definitions import hsds
from ...toolbelt.i18n import tr
from ...toolbelt.log import logger
from ...toolbelt.progress import progress_of
from ..store.database import Canceled, Database, StoreError, now_iso
from .directory import read_directory
from .write import ExportResult, check_target, write_export

CTX = "HSDS"
#: Warnings shown one by one in the log; the rest are counted.
MAX_WARNINGS_SHOWN = 50


@dataclass
class HsdsOptions:
    format: str = "both"  # one of hsds.FORMATS
    published_only: bool = True
    language: str = "fr"
    title: str = "Amuddu"


def _check_cancel(feedback: Any) -> None:
    progress_of(feedback, cancelled=tr(CTX, "Cancelled: the previous export, if any, is unchanged."),
                error=Canceled).check_cancel()


def _say(feedback: Any, text: str, warning: bool = False) -> None:
    (logger().warning if warning else logger().info)(text)
    if feedback is not None:
        push = getattr(feedback, "pushWarning", None) if warning else None
        (push or feedback.pushInfo)(text)


def export_hsds(db: Database, output: str | os.PathLike[str], options: HsdsOptions | None = None,
                feedback: Any = None) -> ExportResult:
    """Export ``db`` in HSDS 3.0 to the folder (or .zip) ``output``; see :mod:`.write`."""
    options = options or HsdsOptions()
    if options.format not in hsds.FORMATS:
        raise StoreError(tr(CTX, "Unknown format %1: choose one of %2.", options.format,
                            ", ".join(hsds.FORMATS)))
    target = Path(output).expanduser().resolve()
    check_target(target, db.path)
    _say(feedback, tr(CTX, "Reading %1…", db.path.name))
    directory = read_directory(db, language=options.language,
                               published_only=options.published_only, title=options.title)
    _check_cancel(feedback)
    if feedback is not None:
        feedback.setProgress(50)
    record = {
        "generator": hsds.GENERATOR, "hsds_version": hsds.HSDS_VERSION, "created": now_iso(),
        "title": options.title, "database": db.path.name,
        "data_version": db.meta("data_version") or "", "sources": db.meta("sources") or "",
        # The data package describes the data: its date is the data's last change (the
        # latest last_modified exported), so that the same data gives the same package.
        "data_modified": max((s["last_modified"] for s in directory.tables["service"]
                              if s.get("last_modified")), default=None),
        "language": options.language, "published_only": options.published_only,
        "format": options.format,
        "counts": {t: len(rows) for t, rows in directory.tables.items()},
    }
    result = write_export(directory, target, tabular=options.format in ("both", "tabular"),
                          json_form=options.format in ("both", "json"), record=record,
                          check_cancel=lambda: _check_cancel(feedback))
    for message in result.warnings[:MAX_WARNINGS_SHOWN]:
        _say(feedback, message, warning=True)
    if len(result.warnings) > MAX_WARNINGS_SHOWN:
        _say(feedback, tr(CTX, "… and %1 more warnings.", len(result.warnings) - MAX_WARNINGS_SHOWN),
             warning=True)
    if feedback is not None:
        feedback.setProgress(100)
    _say(feedback, tr(CTX, "HSDS export written: %1 organizations, %2 locations, %3 services: %4",
                      result.counts["organization"], result.counts["location"],
                      result.counts["service"], target))
    return result
