"""Importing the institutions' spreadsheets into service points: safe, explainable, fast.

:func:`import_services` runs the whole import; each stage is a module of this package:
``read.py`` (with ``detect.py``) and ``mapping.py`` (1), ``parse.py`` (with ``locate.py`` and
``candidate.py``) (2), ``plan.py`` (3), ``write.py`` (4), with what they share in
``common.py``; ``undo.py`` takes an import back:

1. **Read** the file (:mod:`.read`; a CSV file's encoding and delimiter: :mod:`.detect`) and
   map its columns (:mod:`.mapping`).
2. **Parse** every row (:mod:`.parse`) into a candidate service point: text cleaned, phone
   numbers to ``+212…``, e-mails and web addresses checked, codes (institution, facility
   type, service categories, languages, eligibility, closed lists) looked up in the
   database's vocabularies by code or by label in any language; coordinates read (decimal
   with dot or comma, DMS) and checked against Morocco, swapped when only the swap lands in
   Morocco; without coordinates, the row is placed at its town (gazetteer) and marked
   ``located_by = 'town'`` (placing: :mod:`.locate`). A problem that makes a row unusable
   rejects it; a bad value in an optional field drops that value. Either way the report
   names the row, the column, the value and the reason.
3. **Match** each candidate with the database (mode ``upsert``): by institution and the
   institution's own identifier, or by institution, name and town when the file has no
   identifier. New rows are added; matched rows are updated in the fields whose value
   changed (an empty cell never erases a value); the rest is left alone. Points of the
   delivering institutions that the file does not mention are listed, never deleted.
   Mode ``append`` adds every row (refusing identifiers already in the database).
4. **Write**, in one SQLite transaction, the points, their services, one ``import_run``
   row and a ``change_log`` row for every change (before/after value, user, time), so
   that :func:`undo_import` can take the import back. Any error, or a cancellation,
   rolls everything back: the file is left byte-for-byte as it was. A dry run opens the
   database read-only and stops before writing, with the same report.
"""

from __future__ import annotations

import gc
import time
import uuid as _uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

from ...toolbelt.i18n import tr
from ...toolbelt.log import logger
from ..store.database import (
    Canceled,
    Database,
    StoreError,
    check_cancel,
    now_iso,
    report_info,
    report_progress,
)
from ..store.gpkg import connect
from ..store.places import Gazetteer, Territory
from ..store.transaction import sqlite_transaction
from ..values.normalise import (
    clean_text,
    fold,
)
from .candidate import Candidate
from .columns import ColumnReading, read_file_columns
from .common import (
    _CHUNK,
    MODES,
    NOTE,
    REJECTED,
    WARNING,
    ImportFailed,
    ImportResult,
    Problem,
    Vocabularies,
    current_user,
)
from .mapping import (
    ColumnMapping,
    header_score,
)
from .parse import RowParser
from .plan import Plan, _load_existing, _plan, _reject
from .read import SourceTable, read_source
from .write import _write

CTX = "Import"

#: The import's public names (its stages live in the modules named in the module doc).
__all__ = ["MODES", "NOTE", "REJECTED", "WARNING", "ImportFailed", "ImportResult", "import_runs",
           "import_services", "load_places", "read_with_mapping"]


# --------------------------------------------------------------------------------------------
# The import
# --------------------------------------------------------------------------------------------
def load_places(db: Database) -> tuple[Gazetteer, Territory]:
    con = connect(db.path, write=False)
    try:
        gazetteer = Gazetteer.from_connection(con)
    finally:
        con.close()
    return gazetteer, Territory.from_database(db)


def read_with_mapping(source: Any, mapping: ColumnMapping | None, feedback: Any = None) -> SourceTable:
    mapping = mapping or ColumnMapping()
    return read_source(source, encoding=mapping.encoding, delimiter=mapping.delimiter,
                       sheet=mapping.sheet, header_row=mapping.header_row, score=header_score,
                       feedback=feedback)


def import_services(
    db: Database,
    source: Any,
    *,
    institution: str | None = None,
    mapping: ColumnMapping | None = None,
    mode: str = "upsert",
    dry_run: bool = False,
    user: str | None = None,
    feedback: Any = None,
    table: SourceTable | None = None,
    places: tuple[Gazetteer, Territory] | None = None,
) -> ImportResult:
    """Import ``source`` (a path, ``path|layername=``, or a QGIS vector layer) into ``db``.

    See the module documentation. Raises :class:`ImportFailed` (nothing written) when the
    file cannot be read or the import cannot run; a cancellation raises ``Canceled``.
    ``table``: the file already read (the dialog reads it for its preview); ``places``: the
    gazetteer and territory already loaded (for repeated imports).
    """
    # An import makes hundreds of thousands of small objects that live until its end: the
    # cyclic garbage collector would scan them again and again for nothing (~15 % of the time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _import_services(db, source, institution=institution, mapping=mapping, mode=mode,
                                dry_run=dry_run, user=user, feedback=feedback, table=table,
                                places=places)
    finally:
        if collecting:
            gc.enable()


def _import_services(db: Database, source: Any, *, institution: str | None,
                     mapping: ColumnMapping | None, mode: str, dry_run: bool, user: str | None,
                     feedback: Any, table: SourceTable | None,
                     places: tuple[Gazetteer, Territory] | None) -> ImportResult:
    if mode not in MODES:
        raise ImportFailed(tr(CTX, "Unknown import mode “%1” (use upsert or append).", mode))
    mapping = mapping or ColumnMapping()
    institution = institution or mapping.institution
    started = now_iso()
    table, read_seconds = _read_table(source, mapping, table, feedback)
    readings = _mapped_columns(table, mapping)
    columns = {column: reading.key for column, reading in readings.items()}
    source_name = (Path(str(source).split("|")[0]).name
                   if isinstance(source, (str, Path)) else table.name)
    result = ImportResult(source=source_name, database=db.source, mode=mode, dry_run=dry_run,
                          user=user or current_user(), started_at=started, columns=columns,
                          encoding=table.encoding, delimiter=table.delimiter, sheet=table.sheet,
                          header_row=table.header_row)
    result.column_reasons = {column: reading.reason for column, reading in readings.items()}
    result.counts.rows = len(table.rows) + len(table.overlong)
    result.problems.extend(Problem(o.number, o.column, o.value, o.reason, REJECTED) for o in table.overlong)
    result.timings["read"] = read_seconds
    clock = time.perf_counter()
    vocab, institution = _vocabularies(db, institution)
    gazetteer, territory = places or load_places(db)
    report_progress(feedback, 20)
    parser = RowParser(table, columns, vocab, gazetteer, territory, mapping, institution)
    candidates, rejected_ids = _parse_rows(parser, table, result, feedback)
    result.timings["parse"] = time.perf_counter() - clock
    unique = _drop_duplicates(candidates, parser, result, rejected_ids)
    result.institutions = sorted({c.institution for c in unique} | ({institution} if institution else set()))
    _plan_and_write(db, result, unique, vocab, gazetteer, parser, table, source_name=source_name,
                    rejected_ids=frozenset(rejected_ids), feedback=feedback)
    _finish(result, feedback)
    return result


def _read_table(source: Any, mapping: ColumnMapping, table: SourceTable | None,
                feedback: Any) -> tuple[SourceTable, float]:
    """Stage 1: the file read (unless the caller has read it already), and the seconds it took."""
    label = str(source) if isinstance(source, (str, Path)) else source.sourceName()
    report_info(feedback, tr(CTX, "Reading %1…", label))
    clock = time.perf_counter()
    if table is None:
        table = read_with_mapping(source, mapping, feedback)
    read_seconds = time.perf_counter() - clock
    check_cancel(feedback)
    report_progress(feedback, 10)
    return table, read_seconds


def _mapped_columns(table: SourceTable, mapping: ColumnMapping) -> dict[str, ColumnReading]:
    """Stage 1: what each column of the file holds, and why; one of them must hold the names."""
    columns = read_file_columns(mapping, table.columns, [row.values for row in table.rows])
    name_columns = [c for c, r in columns.items() if r.key in ("name_fr", "name_ar")]
    if not name_columns:
        raise ImportFailed(
            tr(CTX, "No column of %1 holds the names of the service points (columns: %2). Map one "
                    "in the dialog or in the mapping file.", table.name, ", ".join(table.columns))
        )
    return columns


def _vocabularies(db: Database, institution: str | None) -> tuple[Vocabularies, str | None]:
    """The database's vocabularies, and the code of the institution given for the whole file."""
    con = connect(db.path, write=False)
    try:
        vocab = Vocabularies.load(con)
    finally:
        con.close()
    if institution:
        code = vocab.institutions.get(fold(institution))
        if code is None:
            raise ImportFailed(tr(CTX, "Unknown institution “%1” (known: %2).", institution,
                                  ", ".join(sorted(vocab.institution_codes))))
        institution = code
    return vocab, institution


def _parse_rows(parser: RowParser, table: SourceTable, result: ImportResult,
                feedback: Any) -> tuple[list[Candidate], set[tuple[str, str]]]:
    """Stage 2: the candidates of the rows; the rejected rows' problems go to ``result``.
    Also (institution, folded identifier) of the rejected rows that have one."""
    candidates: list[Candidate] = []
    rejected_ids: set[tuple[str, str]] = set()
    for i, row in enumerate(table.rows):
        if i % _CHUNK == 0:
            check_cancel(feedback)
            report_progress(feedback, 20 + 20 * i / max(1, len(table.rows)))
        cand, problems = parser.parse(row)
        if cand is None:
            result.problems.extend(problems)
            external_id = clean_text(parser.raw(row.values, "external_id"))
            row_institution = parser.row_institution(row.values)
            if external_id and row_institution:
                rejected_ids.add((row_institution, fold(external_id)))
        else:
            candidates.append(cand)
    return candidates, rejected_ids


def _drop_duplicates(candidates: list[Candidate], parser: RowParser, result: ImportResult,
                     rejected_ids: set[tuple[str, str]]) -> list[Candidate]:
    """The same key twice in the file: neither row is taken (which one is right?)."""
    rows_by_key: dict[tuple[str, ...], list[Candidate]] = defaultdict(list)
    for cand in candidates:
        rows_by_key[cand.key].append(cand)
    unique: list[Candidate] = []
    for cand in candidates:
        same = rows_by_key[cand.key]
        if len(same) > 1:
            others = ", ".join(str(c.row) for c in same if c is not cand)
            result.problems.extend(p for p in cand.problems if p.severity != REJECTED)
            if cand.external_id:
                rejected_ids.add((cand.institution, fold(cand.external_id)))
                _reject(result, cand, tr(CTX, "the identifier %1 is also on row(s) %2 of the file",
                                         cand.external_id, others),
                        parser.column_of("external_id"), str(cand.external_id))
            else:
                _reject(result, cand, tr(CTX, "the same name and town are also on row(s) %1 of the file",
                                         others), parser.column_of("name_fr"), cand.display_name)
        else:
            unique.append(cand)
    return unique


def _plan_and_write(db: Database, result: ImportResult, unique: list[Candidate], vocab: Vocabularies,
                    gazetteer: Gazetteer, parser: RowParser, table: SourceTable, *, source_name: str,
                    rejected_ids: frozenset[tuple[str, str]], feedback: Any) -> None:
    """Stages 3 and 4: match with the database and plan, then write it all in one transaction
    (:func:`sqlite_transaction`: committed at the end, rolled back on any error or a
    cancellation). A dry run reads the database read-only and stops before writing."""
    run_uuid: str | None = None
    try:
        with sqlite_transaction(db.path, write=not result.dry_run) as con:
            clock = time.perf_counter()
            existing = _load_existing(con, result.institutions)
            result.timings["load"] = time.perf_counter() - clock
            clock = time.perf_counter()
            plan = _plan(result, unique, existing, vocab, gazetteer, result.mode, source_name, feedback,
                         rejected_ids, parser.column_of)
            result.timings["plan"] = time.perf_counter() - clock
            _count(result, plan, table)
            if not result.dry_run:
                run_uuid = str(_uuid.uuid4())
                clock = time.perf_counter()
                _write(con, plan, result, run_uuid, feedback)
                check_cancel(feedback)
        if run_uuid is not None:  # committed
            result.timings["write"] = time.perf_counter() - clock
            result.run_uuid = run_uuid
    except Canceled:
        raise
    except StoreError:
        raise
    except Exception as err:
        logger().exception("import failed")
        raise ImportFailed(tr(CTX, "The import into %1 failed, nothing was written: %2",
                              db.path, err)) from err


def _finish(result: ImportResult, feedback: Any) -> None:
    result.problems.sort(key=lambda p: (p.row if p.row is not None else 10**9))
    report_progress(feedback, 100)
    c = result.counts
    report_info(feedback, tr(CTX, "%1 rows: %2 added, %3 updated, %4 unchanged, %5 rejected, %6 located by "
                            "town, %7 in the database but not in the file.", c.rows, c.added, c.updated,
                       c.unchanged, c.rejected, c.located_by_town, c.missing))


def _count(result: ImportResult, plan: Plan, table: SourceTable) -> None:
    c = result.counts
    c.added, c.updated, c.unchanged = len(plan.inserts), len(plan.updates), len(plan.unchanged)
    c.rejected = len({p.row for p in result.problems if p.severity == REJECTED})
    c.located_by_town = len(result.located_by_town)
    c.missing = len(result.missing)


# --------------------------------------------------------------------------------------------
# History and undo
# --------------------------------------------------------------------------------------------
def import_runs(db: Database) -> list[dict[str, Any]]:
    """The imports recorded in the database, newest first."""
    con = connect(db.path, write=False)
    try:
        con.row_factory = _dict_row
        return list(con.execute("SELECT * FROM import_run ORDER BY started_at DESC, fid DESC"))
    finally:
        con.close()


def _dict_row(cursor: Any, row: tuple[Any, ...]) -> dict[str, Any]:
    return {d[0]: v for d, v in zip(cursor.description, row)}
