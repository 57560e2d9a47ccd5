"""Snapshots of the published data (``amuddu:snapshot``) and what changed between two of them,
or between one and now (``amuddu:compare``).

A snapshot keeps, for each published service point, its identity, institution, region and
province, operating status, place, last verification and a hash of everything else a reader
sees (names, address, contact, hours, access, services): counts and identities, not a copy.
Between two states a point *opened* (published and active now, not before), *closed* (the
reverse: closed, temporarily closed, withdrawn or deleted), *moved* (more than
:data:`~amuddu_plugin.definitions.monitoring.MOVED_MIN_M`), *changed* (its hash) or was
*verified* (a new verification date); a point may have several changes.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid as uuid_module
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ...definitions.formats import OPEN_STATUS, PUBLISHED, PUBLISHED_FILTER
from ...definitions.model import SERVICE, SERVICE_POINT
from ...definitions.monitoring import CHANGED as CHANGED_KIND
from ...definitions.monitoring import CLOSED, MOVED, MOVED_MIN_M, OPENED, VERIFIED
from ...toolbelt.errors import AmudduError
from ...toolbelt.i18n import tr
from ..store.gpkg import point_xy, readonly_uri, touch_tables
from ..store.transaction import sqlite_transaction
from .coverage import haversine_km

CTX = "Monitoring"
#: Fields that are not the point's content: identity, states and verification (compared on
#: their own), stamps, and what follows from the place (codes, how it was placed).
NOT_CONTENT = {"uuid", "operating_status", "publication_state", "last_verified_on", "last_verified_by",
               "updated_at", "updated_by", "located_by", "commune_code", "province_code", "region_code"}
CONTENT = [f for f in SERVICE_POINT.field_names if f not in NOT_CONTENT]
SERVICE_CONTENT = [f for f in SERVICE.field_names if f not in ("uuid", "service_point_uuid")]
STATE_COLUMNS = ("point_uuid", "name_fr", "institution", "region_code", "province_code",
                 "operating_status", "lon", "lat", "last_verified_on", "content_hash")


class SnapshotError(AmudduError):
    """A snapshot that cannot be taken or found."""


@dataclass(frozen=True)
class PointState:
    point_uuid: str
    name_fr: str
    institution: str
    region_code: str
    province_code: str
    operating_status: str
    lon: float | None
    lat: float | None
    last_verified_on: str | None
    content_hash: str


@dataclass(frozen=True)
class Change:
    kind: str
    point: PointState
    detail: str = ""


def _hash(values: Any) -> str:
    return hashlib.sha256(json.dumps(values, ensure_ascii=False, default=str).encode()).hexdigest()[:16]


def current_state(con: sqlite3.Connection) -> dict[str, PointState]:
    """The published points as they are now, by uuid."""
    services: dict[str, list[list[Any]]] = {}
    columns = ", ".join(f'"{c}"' for c in SERVICE_CONTENT)
    for row in con.execute(f"SELECT service_point_uuid, {columns} FROM service"):
        services.setdefault(str(row[0]), []).append(list(row[1:]))
    content = ", ".join(f'"{c}"' for c in CONTENT)
    out = {}
    for row in con.execute(
            f"SELECT uuid, name_fr, institution, region_code, province_code, operating_status, geom, "
            f"last_verified_on, {content} FROM service_point WHERE {PUBLISHED_FILTER}"):
        uuid = str(row[0])
        xy = point_xy(row[6]) if row[6] is not None else None
        digest = _hash([list(row[8:]), sorted(services.get(uuid, []), key=json.dumps)])
        out[uuid] = PointState(uuid, row[1] or "", row[2] or "", row[3] or "", row[4] or "", row[5] or "",
                               xy[0] if xy else None, xy[1] if xy else None, row[7], digest)
    return out


def _label(label: str) -> str:
    label = label.strip()
    if not label:
        raise SnapshotError(tr(CTX, "LABEL: a snapshot needs a label (e.g. the date of the report)."))
    return label


def _used(label: str, where: Any) -> SnapshotError:
    return SnapshotError(tr(CTX, "LABEL: a snapshot “%1” exists already in %2; choose another label.",
                            label, where))


def snapshot_rows(con: sqlite3.Connection, label: str, taken_at: str,
                  taken_by: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The ``snapshot`` row and its ``snapshot_point`` rows of the published data read by ``con``."""
    snapshot = str(uuid_module.uuid4())
    state = current_state(con)
    services = con.execute(
        "SELECT count(*) FROM service JOIN service_point ON service_point.uuid = "
        f"service.service_point_uuid WHERE {PUBLISHED_FILTER}").fetchone()[0]
    row = {"uuid": snapshot, "label": label, "taken_at": taken_at, "taken_by": taken_by,
           "points": len(state), "services": int(services)}
    return row, [{"snapshot_uuid": snapshot, **{c: getattr(p, c) for c in STATE_COLUMNS}}
                 for p in state.values()]


def take_snapshot(path: Path, label: str, taken_at: str, taken_by: str) -> tuple[str, int, int]:
    """Record the published data under ``label``; returns (uuid, points, services)."""
    label = _label(label)
    with sqlite_transaction(path) as con:
        if con.execute("SELECT 1 FROM snapshot WHERE label = ?", (label,)).fetchone():
            raise _used(label, path)
        row, points = snapshot_rows(con, label, taken_at, taken_by)
        for name, rows in (("snapshot", [row]), ("snapshot_point", points)):
            if rows:
                con.executemany(f"INSERT INTO {name} ({', '.join(rows[0])}) VALUES "
                                f"({', '.join('?' for _ in rows[0])})", [tuple(r.values()) for r in rows])
        touch_tables(con, ["snapshot", "snapshot_point"], taken_at)
    return row["uuid"], row["points"], row["services"]


def take_server_snapshot(server: Any, read: Path, label: str, taken_at: str,
                         taken_by: str) -> tuple[str, int, int]:
    """:func:`take_snapshot` on a server database (a :class:`PgDatabase`): the rows are
    computed on ``read``, a GeoPackage snapshot of what the login sees, checked against the
    server's labels, then written to the server in one transaction (the server's grants
    judge who may)."""
    label = _label(label)
    if server.query("SELECT 1 FROM snapshot WHERE label = ?", (label,)):
        raise _used(label, server.source)
    with sqlite3.connect(readonly_uri(read), uri=True) as con:
        row, points = snapshot_rows(con, label, taken_at, taken_by)
    server.insert_tables({"snapshot": [row], "snapshot_point": points})
    return row["uuid"], row["points"], row["services"]


def find_snapshot(con: sqlite3.Connection, reference: str, parameter: str) -> tuple[str, str]:
    """(uuid, label) of the snapshot named ``reference``, or of the latest one taken on or
    before the date ``reference`` (YYYY-MM-DD)."""
    row = con.execute("SELECT uuid, label FROM snapshot WHERE label = ?", (reference,)).fetchone()
    if row is None:
        try:
            day = date.fromisoformat(reference)
        except ValueError:
            day = None
        if day is not None:
            row = con.execute("SELECT uuid, label FROM snapshot WHERE substr(taken_at, 1, 10) <= ? "
                              "ORDER BY taken_at DESC LIMIT 1", (str(day),)).fetchone()
    if row is None:
        labels = [r[0] for r in con.execute("SELECT label FROM snapshot ORDER BY taken_at")]
        raise SnapshotError(tr(CTX, "%1: no snapshot “%2” (a label, or a date on or after the first "
                                    "snapshot); snapshots: %3.", parameter, reference,
                               ", ".join(labels) or tr(CTX, "none yet (amuddu:snapshot takes one)")))
    return str(row[0]), str(row[1])


def read_state(path: Path, reference: str, parameter: str) -> tuple[str, dict[str, PointState]]:
    """The label and points of a snapshot, or ("now", the current state) for an empty reference."""
    with sqlite3.connect(readonly_uri(path), uri=True) as con:
        if not reference.strip():
            return "now", current_state(con)
        snapshot, label = find_snapshot(con, reference.strip(), parameter)
        rows = con.execute(f"SELECT {', '.join(STATE_COLUMNS)} FROM snapshot_point WHERE snapshot_uuid = ?",
                           (snapshot,)).fetchall()
    return label, {str(r[0]): PointState(*r) for r in rows}


def _moved_m(a: PointState, b: PointState) -> float | None:
    if None in (a.lon, a.lat, b.lon, b.lat):
        return None if (a.lon is None) == (b.lon is None) else float("inf")
    return 1000 * haversine_km(a.lon, a.lat, b.lon, b.lat)  # type: ignore[arg-type]


def compare(before: dict[str, PointState], after: dict[str, PointState]) -> list[Change]:
    """What changed from ``before`` to ``after``, ordered by kind, institution, region, name."""
    out = []
    for uuid in sorted(set(before) | set(after)):
        a, b = before.get(uuid), after.get(uuid)
        was = a is not None and a.operating_status == OPEN_STATUS
        now = b is not None and b.operating_status == OPEN_STATUS
        if now and not was and b is not None:
            out.append(Change(OPENED, b, a.operating_status if a else PUBLISHED))
        if was and not now and a is not None:
            out.append(Change(CLOSED, b or a, b.operating_status if b else "withdrawn"))
        if a is None or b is None:
            continue
        moved = _moved_m(a, b)
        if moved is not None and moved > MOVED_MIN_M:
            out.append(Change(MOVED, b, f"{moved:.0f} m"))
        if a.content_hash != b.content_hash:
            out.append(Change(CHANGED_KIND, b))
        if b.last_verified_on and b.last_verified_on != a.last_verified_on:
            out.append(Change(VERIFIED, b, str(b.last_verified_on)))
    order = {k: i for i, k in enumerate((OPENED, CLOSED, MOVED, CHANGED_KIND, VERIFIED))}
    return sorted(out, key=lambda c: (order[c.kind], c.point.institution, c.point.region_code,
                                      c.point.name_fr, c.point.point_uuid))


def summary(changes: list[Change]) -> list[tuple[str, str, str, int]]:
    """(institution, region, kind, points) for each combination that has changes."""
    counts: dict[tuple[str, str, str], int] = {}
    for c in changes:
        key = (c.point.institution, c.point.region_code, c.kind)
        counts[key] = counts.get(key, 0) + 1
    return [(*key, n) for key, n in sorted(counts.items())]
