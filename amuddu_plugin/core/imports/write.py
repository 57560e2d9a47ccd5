"""Writing a planned import in one SQLite transaction, with its change history."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ...definitions.model import SERVICE, SERVICE_POINT
from ..store.database import (
    check_cancel,
    now_iso,
    report_progress,
)
from ..store.gpkg import point_blob, point_wkt, touch_tables, wkt_point
from ..store.schema import GEOMETRY_COLUMN
from .common import _CHUNK, _SP_COLUMNS, ImportResult, _gpkg_timestamp
from .plan import Plan

CTX = "Import"


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------
def _json(values: dict[str, Any]) -> str:
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


_LOG_SQL = (
    "INSERT INTO change_log (import_run_uuid, table_name, row_uuid, action, field_name, "
    "old_value, new_value, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


@dataclass
class _Log:
    """The ``change_log`` rows of the import, written last (:func:`_write_log`)."""

    run_uuid: str
    user: str
    now: str
    rows: list[tuple[Any, ...]] = field(default_factory=list)

    def add(self, table: str, row_uuid: str, action: str, field_name: str | None, old: str | None,
            new: str | None) -> None:
        self.rows.append((self.run_uuid, table, row_uuid, action, field_name, old, new, self.user,
                          self.now))


def _write(con: Any, plan: Plan, result: ImportResult, run_uuid: str, feedback: Any) -> None:
    log = _Log(run_uuid, result.user, now_iso())
    con.execute(
        "INSERT INTO import_run (uuid, started_at, run_by, source_file, institution, mode, status) "
        "VALUES (?, ?, ?, ?, ?, ?, 'done')",
        (run_uuid, result.started_at, log.user, result.source, ",".join(result.institutions), result.mode),
    )
    total = len(plan.inserts) + len(plan.updates) or 1
    services = _insert_points(con, plan, log, total, feedback)
    services += _update_points(con, plan, log, len(plan.inserts), total, feedback)
    check_cancel(feedback)
    _insert_services(con, services, log)
    _write_log(con, log, feedback)
    _finish_run(con, result, run_uuid)


_Service = tuple[str, str, dict[str, Any]]  # (uuid, point uuid, values: category...)


def _insert_points(con: Any, plan: Plan, log: _Log, total: int, feedback: Any) -> list[_Service]:
    """The new points, by chunks; returns their services. A point's ``updated_at`` is the
    import's time, or the source's own (the HSDS import) when its values carry one."""
    columns = [c for c in _SP_COLUMNS if c not in ("updated_at", "updated_by")]
    insert_sql = (
        f'INSERT INTO service_point ("{GEOMETRY_COLUMN}", '
        + ", ".join(f'"{c}"' for c in columns) + ', "updated_at", "updated_by") VALUES ('
        + ", ".join("?" * (len(columns) + 3)) + ")"
    )
    done = 0
    services: list[_Service] = []
    for start in range(0, len(plan.inserts), _CHUNK):
        check_cancel(feedback)
        rows = []
        for ins in plan.inserts[start:start + _CHUNK]:
            values = dict(ins.values, uuid=ins.uuid)
            lon, lat = ins.cand.point  # type: ignore[misc]
            stamp = values.pop("updated_at") if "updated_at" in values else log.now
            rows.append((point_blob(lon, lat), *(values.get(c) for c in columns), stamp, log.user))
            logged = {k: v for k, v in values.items() if v is not None}
            logged[GEOMETRY_COLUMN] = point_wkt(lon, lat)
            log.add(SERVICE_POINT.name, ins.uuid, "insert", None, None, _json(logged))
            for service_uuid, service in ins.services:
                services.append((service_uuid, ins.uuid, service))
        con.executemany(insert_sql, rows)
        done += len(rows)
        report_progress(feedback, 60 + 35 * done / total)
    return services


def _update_points(con: Any, plan: Plan, log: _Log, done: int, total: int,
                   feedback: Any) -> list[_Service]:
    """The updates, grouped by the set of fields they change (one prepared statement per
    group); returns the services added to the points (uuid, point uuid, category)."""
    services: list[_Service] = []
    groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
    for i, up in enumerate(plan.updates):
        if i % _CHUNK == 0:
            check_cancel(feedback)
            report_progress(feedback, 60 + 35 * (done + i) / total)
        for service_uuid, service in up.services:
            services.append((service_uuid, up.existing.uuid, service))
        _update_services(con, up.service_changes, log)
        if not up.changes:
            continue
        names = tuple(name for name, _, _ in up.changes)
        params = []
        for name, old, new in up.changes:
            if name == GEOMETRY_COLUMN:
                point = wkt_point(new)
                params.append(point_blob(*point) if point else None)
            else:
                params.append(new)
            log.add(SERVICE_POINT.name, up.existing.uuid, "update", name,
                    None if old is None else str(old), None if new is None else str(new))
        groups[names].append((*params, log.now, log.user, up.existing.uuid))
    for names, rows in groups.items():
        check_cancel(feedback)
        sets = ", ".join(f'"{n}" = ?' for n in names)
        con.executemany(f'UPDATE service_point SET {sets}, "updated_at" = ?, "updated_by" = ? '
                        "WHERE uuid = ?", rows)
    return services


def _update_services(con: Any, changes: list[tuple[str, str, Any, Any]], log: _Log) -> None:
    """Changed fields of existing services (the HSDS import), logged to be undone."""
    for service_uuid, name, old, new in changes:
        con.execute(f'UPDATE service SET "{name}" = ? WHERE uuid = ?', (new, service_uuid))
        log.add(SERVICE.name, service_uuid, "update", name, None if old is None else str(old),
                None if new is None else str(new))


def _insert_services(con: Any, services: list[_Service], log: _Log) -> None:
    """The new services, one statement per set of columns given."""
    groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
    for service_uuid, point_uuid, values in services:
        written = {"service_point_uuid": point_uuid,
                   **{k: v for k, v in values.items() if v is not None and k != "service_point_uuid"}}
        groups[tuple(written)].append((service_uuid, *written.values()))
        log.add(SERVICE.name, service_uuid, "insert", None, None, _json(written))
    for names, rows in groups.items():
        columns = ", ".join(f'"{n}"' for n in ("uuid", *names))
        con.executemany(f"INSERT INTO service ({columns}) VALUES ({', '.join('?' * (len(names) + 1))})",
                        rows)


def _write_log(con: Any, log: _Log, feedback: Any) -> None:
    for start in range(0, len(log.rows), 20 * _CHUNK):
        check_cancel(feedback)
        con.executemany(_LOG_SQL, log.rows[start:start + 20 * _CHUNK])


def _finish_run(con: Any, result: ImportResult, run_uuid: str) -> None:
    """The counts of the ``import_run`` row, and the GeoPackage's change times and counts."""
    c = result.counts
    con.execute(
        "UPDATE import_run SET finished_at = ?, added = ?, updated = ?, unchanged = ?, rejected = ?, "
        "located_by_town = ?, missing = ? WHERE uuid = ?",
        (now_iso(), c.added, c.updated, c.unchanged, c.rejected, c.located_by_town, c.missing, run_uuid),
    )
    touch_tables(con, ["service_point", "service", "import_run", "change_log"], _gpkg_timestamp())
