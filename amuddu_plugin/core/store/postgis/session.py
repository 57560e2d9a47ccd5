"""Running a file-based job (the spreadsheet import, its undo) on a server database: the job
runs on a GeoPackage snapshot of what the login sees, then what it changed is sent to the
server in one transaction (:class:`ServerSession`).

What is sent is read from the job's own history (``import_run`` and its ``change_log``):
every service point and service the run touched is written as it is in the snapshot
(inserted, updated or deleted), then the run and its log. The server's triggers and
row-level security judge every row as they judge any client, so an editor's import of
another institution's points is refused whole; a point changed on the server since the
snapshot is refused as a conflict (the version the job started from travels in
``updated_by``, as from a QGIS form). Nothing is written when anything is refused.
"""

from __future__ import annotations

import datetime as _dt
import io
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from ....definitions.access import EDIT_BASE_MARK
from ....definitions.model import SERVICE_POINT, Table, table
from ....toolbelt.i18n import tr
from ..database import Database
from ..errors import StoreError
from ..gpkg import gpkg_wkb, readonly_uri
from ..schema import _PG_TYPES, GEOMETRY_COLUMN, quote
from ..snapshot import neutral
from .database import PgDatabase, server_message

CTX = "Store"
#: The service tables in the order they are written (deleted in the reverse order).
_ORDER = ("service_point", "service")
_PAGE = 1000


def _epoch_ms(value: Any) -> str | None:
    if not value:
        return None
    when = _dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if when.tzinfo is None:
        when = when.replace(tzinfo=_dt.timezone.utc)
    return str(int(when.timestamp() * 1000 // 1))


_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _copy_text(rows: list[list[Any]]) -> io.StringIO:
    """``rows`` in the text form of COPY (tabs between values, ``\\N`` for NULL, backslash
    escapes): the change log, tens of thousands of rows, sent in one stream."""
    out = io.StringIO()
    for row in rows:
        out.write("\t".join("\\N" if v is None else str(v).translate(_COPY_ESCAPES) for v in row))
        out.write("\n")
    out.seek(0)
    return out


class ServerSession:
    """``with ServerSession(source) as s: result = job(s.snapshot); s.send(run_uuid)``."""

    def __init__(self, source: str, feedback: Any = None) -> None:
        self.source, self.feedback = source, feedback
        self.server = PgDatabase.open(source)
        self.folder = Path(tempfile.mkdtemp(prefix="amuddu-session-"))
        self.snapshot: Database = Database(self.folder / "snapshot.gpkg")
        self.versions: dict[str, str | None] = {}

    def __enter__(self) -> ServerSession:
        """The snapshot, without the service points' spatial index: the jobs run on it (the
        imports, their undo) read and write it through SQLite, and :meth:`send` too, never
        by a bounding box; an index would be built for every point, then kept up to date by
        triggers for every point the job writes, for no reader."""
        from ..copy import copy_database

        self.snapshot, _ = copy_database(self.source, str(self.folder / "snapshot.gpkg"), self.feedback,
                                         unindexed=(SERVICE_POINT.name,))
        self.versions = {str(u): _epoch_ms(t) for u, t in
                         self.snapshot.query("SELECT uuid, updated_at FROM service_point")}
        return self

    def __exit__(self, *_: Any) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- what the run changed -------------------------------------------------------------------
    def _rows(self, con: sqlite3.Connection, t: Table, uuids: list[str]) -> dict[str, dict[str, Any]]:
        geom = quote(GEOMETRY_COLUMN) if t.geometry else "NULL"
        cols = ", ".join(quote(f.name) for f in t.fields)
        out: dict[str, dict[str, Any]] = {}
        for k in range(0, len(uuids), 500):
            chunk = uuids[k:k + 500]
            for row in con.execute(f"SELECT {geom}, {cols} FROM {quote(t.name)} WHERE uuid IN "
                                   f"({', '.join('?' * len(chunk))})", chunk):
                values = {f.name: neutral(f.kind, v) for f, v in zip(t.fields, row[1:])}
                values["__wkb"] = gpkg_wkb(row[0]) if row[0] else None
                out[values["uuid"]] = values
        return out

    def send(self, run_uuid: str) -> None:
        """Write what the run ``run_uuid`` changed in the snapshot into the server."""
        import psycopg2
        con = sqlite3.connect(readonly_uri(self.snapshot.path), uri=True)
        try:
            touched = con.execute("SELECT DISTINCT table_name, row_uuid FROM change_log "
                                  "WHERE import_run_uuid = ?", (run_uuid,)).fetchall()
            runs = [run_uuid] + [r[0] for r in con.execute(
                "SELECT undoes FROM import_run WHERE uuid = ? AND undoes IS NOT NULL", (run_uuid,))]
            rows = {name: self._rows(con, table(name), [u for t, u in touched if t == name])
                    for name in _ORDER}
            gone = {name: [u for t, u in touched if t == name and u not in rows[name]] for name in _ORDER}
            run_rows = self._rows(con, table("import_run"), runs)
            log = con.execute("SELECT * FROM change_log WHERE import_run_uuid = ? ORDER BY fid",
                              (run_uuid,)).fetchall()
            log_cols = [d[0] for d in con.execute("SELECT * FROM change_log LIMIT 0").description]
        finally:
            con.close()
        server = self.server.connect()
        try:
            with server.cursor() as cur:
                for name in _ORDER:
                    self._write(cur, table(name), list(rows[name].values()))
                for name in reversed(_ORDER):
                    if gone[name]:
                        cur.execute(f"DELETE FROM {quote(name)} WHERE uuid = ANY(%s::uuid[])", (gone[name],))
                self._write(cur, table("import_run"), list(run_rows.values()))
                keep = [i for i, c in enumerate(log_cols) if c != "fid"]
                cur.copy_expert(f"COPY change_log ({', '.join(quote(log_cols[i]) for i in keep)}) FROM STDIN",
                                _copy_text([[entry[i] for i in keep] for entry in log]))
            server.commit()
        except psycopg2.Error as err:
            server.rollback()
            raise StoreError(tr(CTX, "The server refused the changes, nothing was written: %1",
                                server_message(err))) from err
        except BaseException:
            server.rollback()
            raise
        finally:
            server.close()

    def _params(self, t: Table, values: dict[str, Any]) -> list[Any]:
        from psycopg2 import Binary

        out = []
        for f in t.fields:
            value = values[f.name]
            if f.name == "updated_by":  # the version the job started from: a conflict check
                value = f"{value or ''}{EDIT_BASE_MARK}{self.versions.get(values['uuid']) or ''}"
            out.append(value)  # neutral values (snapshot.py): booleans already
        if t.geometry:
            out.append(Binary(values["__wkb"]) if values["__wkb"] else None)
        return out

    def _write(self, cur: Any, t: Table, rows: list[dict[str, Any]]) -> None:
        """Insert the rows the server lacks and update the others, a page of rows a statement
        (the triggers still judge each row)."""
        from psycopg2.extras import execute_values

        if not rows:
            return
        cur.execute(f"SELECT uuid::text FROM {quote(t.name)} WHERE uuid = ANY(%s::uuid[])",
                    ([r["uuid"] for r in rows],))
        present = {r[0] for r in cur.fetchall()}
        names = [f.name for f in t.fields] + ([GEOMETRY_COLUMN] if t.geometry else [])
        casts = [f"%s::{_PG_TYPES[f.kind]}" for f in t.fields]
        if t.geometry:
            casts.append("ST_SetSRID(ST_GeomFromWKB(%s::bytea), 4326)")
        template = "(" + ", ".join(casts) + ")"
        cols = ", ".join(quote(n) for n in names)
        new = [self._params(t, r) for r in rows if r["uuid"] not in present]
        old = [self._params(t, r) for r in rows if r["uuid"] in present]
        if new:
            execute_values(cur, f"INSERT INTO {quote(t.name)} ({cols}) VALUES %s", new,
                           template=template, page_size=_PAGE)
        if old:
            sets = ", ".join(f"{quote(n)} = v.{quote(n)}" for n in names if n != "uuid")
            execute_values(cur, f"UPDATE {quote(t.name)} AS t SET {sets} FROM (VALUES %s) AS v ({cols}) "
                                "WHERE t.uuid = v.uuid", old, template=template, page_size=_PAGE)
