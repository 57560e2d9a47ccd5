"""Taking an import back (``amuddu:undo_import``), without losing anyone's later work.

The undo deletes the points and services the import added and restores the values it
changed. It first compares the whole current state of every row it would touch with the
state right after the import: every field of an added point or service (a field the
import left empty that an analyst filled since counts), the services below an added
point, the fields an update changed and its stamp (``updated_at``/``updated_by``, which
every save from a QGIS form renews). If anything differs, it refuses, naming the rows,
and changes nothing. What it deletes is kept in ``change_log``: the whole row, as it was.
"""

from __future__ import annotations

import json
import uuid as _uuid
from typing import Any

from ...definitions.model import SERVICE, SERVICE_POINT, Kind, Table
from ...toolbelt.i18n import tr
from ...toolbelt.log import logger
from ..store.database import Canceled, Database, StoreError, check_cancel, now_iso, report_info
from ..store.gpkg import blob_point, point_blob, point_wkt, touch_tables, wkt_point
from ..store.schema import GEOMETRY_COLUMN
from ..store.transaction import sqlite_transaction
from .common import _CHUNK, ImportFailed, UndoResult, _gpkg_timestamp, _same, current_user

CTX = "Import"
#: Stamped on every change: compared only for the rows an import updated (see module doc).
STAMPS = ("updated_at", "updated_by")
_LOG_SQL = ("INSERT INTO change_log (import_run_uuid, table_name, row_uuid, action, field_name, "
            "old_value, new_value, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")


def _kinds(table: Table) -> dict[str, Kind]:
    return {f.name: f.kind for f in table.fields}


def full_row(con: Any, table: Table, row_uuid: str) -> dict[str, Any] | None:
    """Every column of one row (the geometry as WKT), or None when it is gone."""
    cursor = con.execute(f'SELECT * FROM "{table.name}" WHERE uuid = ?', (row_uuid,))
    row = cursor.fetchone()
    if row is None:
        return None
    out = {d[0]: v for d, v in zip(cursor.description, row) if d[0] != "fid"}
    if GEOMETRY_COLUMN in out:
        point = blob_point(out[GEOMETRY_COLUMN]) if out[GEOMETRY_COLUMN] is not None else None
        out[GEOMETRY_COLUMN] = point_wkt(*point) if point else None
    return out


def _defaults(con: Any, table: Table) -> dict[str, Any]:
    """The constant column defaults of ``table`` (what an insert that names only some
    columns leaves in the others)."""
    out: dict[str, Any] = {}
    for _, name, _, _, default, _ in con.execute(f'PRAGMA table_info("{table.name}")'):
        if default is None or "(" in str(default) or "CURRENT" in str(default).upper():
            out[name] = None
        else:
            out[name] = con.execute(f"SELECT {default}").fetchone()[0]
    return out


def _differences(table: Table, now: dict[str, Any], written: dict[str, Any],
                 defaults: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """(field, now, right after the import) for each field of an added row that changed."""
    kinds = _kinds(table)
    out = []
    for name, value in now.items():
        if name in STAMPS:
            continue
        expected = written.get(name, defaults.get(name))
        if not _same(kinds.get(name, Kind.TEXT), value, expected):
            out.append((name, value, expected))
    return out


def undo_import(db: Database, run_uuid: str, *, user: str | None = None,
                feedback: Any = None) -> UndoResult:
    """Take back the import ``run_uuid`` (see the module doc). Refused, with nothing
    written, when something has changed those rows since: the message names them."""
    run_uuid = (run_uuid or "").strip()
    if not run_uuid:
        raise ImportFailed(tr(CTX, "No import id was given."))
    user = user or current_user()
    try:
        with sqlite_transaction(db.path) as con:
            result = _undo(con, run_uuid, user, feedback)
            check_cancel(feedback)
    except (StoreError, Canceled):
        raise
    except Exception as err:
        logger().exception("undo failed")
        raise ImportFailed(tr(CTX, "Undoing the import failed, nothing was changed: %1", err)) from err
    report_info(feedback, tr(CTX, "Import %1 undone: %2 points deleted, %3 restored, %4 services deleted.",
                       run_uuid, result.deleted, result.restored, result.services_deleted))
    return result


class _Changes:
    """What the import ``run_uuid`` did, from ``change_log``."""

    def __init__(self, con: Any, run_uuid: str):
        rows = list(con.execute(
            "SELECT table_name, row_uuid, action, field_name, old_value, new_value, changed_at "
            "FROM change_log WHERE import_run_uuid = ? ORDER BY fid", (run_uuid,)))
        self.rows = {r[1] for r in rows}
        self.point_inserts = [r for r in rows if r[0] == SERVICE_POINT.name and r[2] == "insert"]
        self.point_updates = [r for r in rows if r[0] == SERVICE_POINT.name and r[2] == "update"]
        self.service_inserts = [r for r in rows if r[0] == SERVICE.name and r[2] == "insert"]
        self.service_updates = [r for r in rows if r[0] == SERVICE.name and r[2] == "update"]
        self.inserted_services = {r[1] for r in self.service_inserts}


def _check_run(con: Any, run_uuid: str) -> int:
    run = con.execute("SELECT mode, status, fid FROM import_run WHERE uuid = ?", (run_uuid,)).fetchone()
    if run is None:
        raise ImportFailed(tr(CTX, "There is no import %1 in this database.", run_uuid))
    mode, status, run_fid = run
    if status == "undone":
        raise ImportFailed(tr(CTX, "The import %1 has already been undone.", run_uuid))
    if mode == "undo":
        raise ImportFailed(tr(CTX, "%1 is itself the undoing of an import.", run_uuid))
    return int(run_fid)


def _later_imports(con: Any, run_fid: int, changes: _Changes) -> list[str]:
    conflicts = []
    later = con.execute(
        "SELECT uuid, started_at FROM import_run WHERE fid > ? AND status = 'done' AND mode <> 'undo'",
        (run_fid,)).fetchall()
    for later_uuid, later_started in later:
        touched = {r[0] for r in con.execute(
            "SELECT DISTINCT row_uuid FROM change_log WHERE import_run_uuid = ?", (later_uuid,))}
        if touched & changes.rows:
            conflicts.append(tr(CTX, "the import %1 of %2 changed the same rows: undo it first",
                                later_uuid, later_started))
    return conflicts


def _edited(row_uuid: str, diffs: list[tuple[str, Any, Any]], what: str = "point") -> str:
    name, now, written = diffs[0]
    if what == "service":
        return tr(CTX, "the service %1 was edited since (%2: “%3”, right after the import “%4”)",
                  row_uuid, name, now, written)
    return tr(CTX, "the point %1 was edited since (%2: “%3”, right after the import “%4”)",
              row_uuid, name, now, written)


def _inserted_conflicts(con: Any, changes: _Changes, feedback: Any) -> list[str]:
    """Added points and services must be exactly as the import left them."""
    conflicts = []
    point_defaults, service_defaults = _defaults(con, SERVICE_POINT), _defaults(con, SERVICE)
    for i, (_, row_uuid, _, _, _, new_json, _) in enumerate(changes.point_inserts):
        if i % _CHUNK == 0:
            check_cancel(feedback)
        now = full_row(con, SERVICE_POINT, row_uuid)
        if now is None:
            continue  # deleted since: nothing to take back
        diffs = _differences(SERVICE_POINT, now, json.loads(new_json), point_defaults)
        if diffs:
            conflicts.append(_edited(row_uuid, diffs))
        others = [r[0] for r in con.execute("SELECT uuid FROM service WHERE service_point_uuid = ?",
                                            (row_uuid,)) if r[0] not in changes.inserted_services]
        if others:
            conflicts.append(tr(CTX, "the point %1 has services added since the import", row_uuid))
    for _, row_uuid, _, _, _, new_json, _ in changes.service_inserts:
        now = full_row(con, SERVICE, row_uuid)
        if now is None:
            continue
        written = dict(json.loads(new_json), uuid=row_uuid)
        diffs = _differences(SERVICE, now, written, service_defaults)
        if diffs:
            conflicts.append(_edited(row_uuid, diffs, "service"))
    return conflicts


def _updated_conflicts(con: Any, changes: _Changes, feedback: Any) -> list[str]:
    """Updated points: the changed fields are still what the import wrote, and nobody saved
    the point since (its stamp is still the import's)."""
    conflicts = []
    kinds = _kinds(SERVICE_POINT)
    seen: set[str] = set()
    for i, (_, row_uuid, _, name, _, new, changed_at) in enumerate(changes.point_updates):
        if i % _CHUNK == 0:
            check_cancel(feedback)
        now = full_row(con, SERVICE_POINT, row_uuid)
        if now is None:
            conflicts.append(tr(CTX, "the point %1 was deleted since the import", row_uuid))
            continue
        if not _same(kinds.get(name, Kind.TEXT), now.get(name), new):
            conflicts.append(tr(CTX, "the point %1 was edited since (%2: “%3”, the import wrote “%4”)",
                                row_uuid, name, now.get(name), new))
        elif row_uuid not in seen and now.get("updated_at") not in (None, changed_at):
            conflicts.append(tr(CTX, "the point %1 was saved since the import (on %2 by %3)", row_uuid,
                                now.get("updated_at"), now.get("updated_by") or "?"))
        seen.add(row_uuid)
    service_kinds = _kinds(SERVICE)
    for _, row_uuid, _, name, _, new, _ in changes.service_updates:  # the HSDS import's
        now = full_row(con, SERVICE, row_uuid)
        if now is None:
            conflicts.append(tr(CTX, "the service %1 was deleted since the import", row_uuid))
        elif not _same(service_kinds.get(name, Kind.TEXT), now.get(name), new):
            conflicts.append(_edited(row_uuid, [(name, now.get(name), new)], "service"))
    return conflicts


def _refuse(run_uuid: str, conflicts: list[str]) -> None:
    shown = conflicts[:10]
    more = len(conflicts) - len(shown)
    text = "\n- ".join(shown) + ("\n" + tr(CTX, "… and %1 more.", more) if more > 0 else "")
    raise ImportFailed(tr(CTX, "The import %1 cannot be undone, nothing was changed:\n- %2",
                          run_uuid, text))


def _undo(con: Any, run_uuid: str, user: str, feedback: Any) -> UndoResult:
    run_fid = _check_run(con, run_uuid)
    changes = _Changes(con, run_uuid)
    conflicts = (_later_imports(con, run_fid, changes) + _inserted_conflicts(con, changes, feedback)
                 + _updated_conflicts(con, changes, feedback))
    if conflicts:
        _refuse(run_uuid, conflicts)
    undo_uuid = str(_uuid.uuid4())
    now_text = now_iso()
    con.execute(
        "INSERT INTO import_run (uuid, started_at, run_by, mode, status, undoes, source_file, institution) "
        "SELECT ?, ?, ?, 'undo', 'done', uuid, source_file, institution FROM import_run WHERE uuid = ?",
        (undo_uuid, now_text, user, run_uuid),
    )
    log: list[tuple[Any, ...]] = []
    result = UndoResult(run_uuid, undo_uuid)

    def delete(table: Table, row_uuid: str) -> bool:
        before = full_row(con, table, row_uuid)  # kept whole in the history
        if before is None:
            return False
        con.execute(f'DELETE FROM "{table.name}" WHERE uuid = ?', (row_uuid,))
        log.append((undo_uuid, table.name, row_uuid, "delete", None,
                    json.dumps(before, ensure_ascii=False, sort_keys=True, default=str), None, user,
                    now_text))
        return True

    result.services_deleted = sum(delete(SERVICE, r[1]) for r in changes.service_inserts)
    restored: set[str] = set()
    for _, row_uuid, _, name, old, new, _ in reversed(changes.point_updates):
        value: Any = old
        if name == GEOMETRY_COLUMN:
            point = wkt_point(old)
            value = point_blob(*point) if point else None
        con.execute(f'UPDATE service_point SET "{name}" = ?, updated_at = ?, updated_by = ? WHERE uuid = ?',
                    (value, now_text, user, row_uuid))
        restored.add(row_uuid)
        log.append((undo_uuid, SERVICE_POINT.name, row_uuid, "update", name, new, old, user, now_text))
    for _, row_uuid, _, name, old, new, _ in reversed(changes.service_updates):
        con.execute(f'UPDATE service SET "{name}" = ? WHERE uuid = ?', (old, row_uuid))
        log.append((undo_uuid, SERVICE.name, row_uuid, "update", name, new, old, user, now_text))
    result.deleted = sum(delete(SERVICE_POINT, r[1]) for r in changes.point_inserts)
    result.restored = len(restored)
    con.executemany(_LOG_SQL, log)
    con.execute("UPDATE import_run SET status = 'undone' WHERE uuid = ?", (run_uuid,))
    con.execute("UPDATE import_run SET finished_at = ?, added = 0, updated = ?, rejected = 0 WHERE uuid = ?",
                (now_iso(), result.restored, undo_uuid))
    touch_tables(con, ["service_point", "service", "import_run", "change_log"], _gpkg_timestamp())
    return result
