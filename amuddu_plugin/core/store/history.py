"""What happened to one service point and its services: the "History" of a point.

On a server database the history is the server's own (``amuddu_history``, written by a
trigger for every insert, change and delete, whoever the client): each change of a row is
split into the fields it changed, with the old and new values. On a GeoPackage it is the
import history (``change_log``: what imports and their undos changed, field by field);
edits made in a QGIS form on a file are not recorded there.

The stamps (``updated_at``, ``updated_by``) are left out of the fields listed: who and when
are the entry's own columns.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ...definitions.model import GEOMETRY_LABEL, SERVICE, SERVICE_POINT, table
from ...toolbelt.i18n import ui_language
from .database import Database
from .postgis.rights import HISTORY_TABLE
from .schema import GEOMETRY_COLUMN

#: Fields that say who changed a row and when: the entry's own columns, not changes.
STAMP_FIELDS = ("updated_at", "updated_by")


@dataclass(frozen=True)
class Change:
    """One field of one row changed (``field`` empty: the row was added or deleted whole)."""

    when: str  # UTC, "YYYY-MM-DD HH:MM:SS"
    who: str
    table: str  # service_point or service
    row_uuid: str
    operation: str  # insert, update or delete
    field: str
    old: str
    new: str


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        if isinstance(value, dict) and value.get("type") == "Point" and "coordinates" in value:
            x, y = value["coordinates"][:2]
            return f"{y:.6f}, {x:.6f}"  # latitude, longitude, as a phone's map app reads them
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _when(value: Any) -> str:
    import datetime as _dt

    if isinstance(value, _dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(_dt.timezone.utc).replace(tzinfo=None)
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return str(value or "").replace("T", " ").replace("Z", "")[:19]


def split_row_change(when: Any, who: str, table_name: str, operation: str, old: dict[str, Any] | None,
                     new: dict[str, Any] | None) -> list[Change]:
    """The fields a row's change changed, in the model's order (the stamps left out)."""
    row = new or old or {}
    uuid = str(row.get("uuid") or "")
    stamp = _when(when)
    if operation != "update":
        return [Change(stamp, who, table_name, uuid, operation, "", "", "")]
    old, new = old or {}, new or {}
    names = [f.name for f in table(table_name).fields] + ["geom"]
    return [Change(stamp, who, table_name, uuid, operation, name, _text(old.get(name)), _text(new.get(name)))
            for name in names
            if name not in STAMP_FIELDS and name != "fid" and old.get(name) != new.get(name)]


def point_history(db: Database, point_uuid: str) -> list[Change]:
    """Every recorded change of the service point ``point_uuid`` and of its services, oldest
    first."""
    if db.is_postgis:
        return _server_history(db, point_uuid)
    return _file_history(db, point_uuid)


def _server_history(db: Any, point_uuid: str) -> list[Change]:
    rows = db.query(
        f"SELECT changed_at, login, table_name, operation, old_row, new_row FROM {HISTORY_TABLE} "
        "WHERE row_uuid = CAST(? AS uuid) OR (table_name = ? AND (old_row->>'service_point_uuid' = ? "
        "OR new_row->>'service_point_uuid' = ?)) ORDER BY id",
        (point_uuid, SERVICE.name, point_uuid, point_uuid))
    out: list[Change] = []
    for when, who, name, operation, old, new in rows:
        out += split_row_change(when, who, name, operation, old, new)
    return out


def _file_history(db: Database, point_uuid: str) -> list[Change]:
    services = [u for (u,) in db.query("SELECT uuid FROM service WHERE service_point_uuid = ?",
                                       (point_uuid,))]
    services += [u for (u,) in db.query(
        "SELECT DISTINCT row_uuid FROM change_log WHERE table_name = ? "
        "AND field_name = 'service_point_uuid' AND (old_value = ? OR new_value = ?)",
        (SERVICE.name, point_uuid, point_uuid))]
    uuids = [point_uuid] + sorted(set(services))
    marks = ", ".join("?" * len(uuids))
    rows = db.query(
        "SELECT changed_at, coalesce(changed_by, ''), table_name, row_uuid, action, "
        "coalesce(field_name, ''), coalesce(old_value, ''), coalesce(new_value, '') "
        f"FROM change_log WHERE row_uuid IN ({marks}) "
        "ORDER BY changed_at, fid", uuids)
    out: list[Change] = []
    for when, who, name, uuid, action, field, old, new in rows:
        if field in STAMP_FIELDS:
            continue
        if action != "update":
            field = old = new = ""
        change = Change(_when(when), who, name, str(uuid), action, field, old, new)
        if action == "update" or not out or out[-1] != change:  # a row added: one entry, not one a field
            out.append(change)
    return out


def field_label(table_name: str, name: str) -> str:
    """The model's label of a field in the UI language."""
    if name == GEOMETRY_COLUMN:
        return GEOMETRY_LABEL.get(ui_language())
    t = SERVICE_POINT if table_name == SERVICE_POINT.name else table(table_name)
    try:
        return t.field(name).label.get(ui_language())
    except KeyError:
        return name
