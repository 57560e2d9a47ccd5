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
import functools
import io
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from ....definitions.access import EDIT_BASE_MARK
from ....definitions.model import TABLES, Field, Kind, Table, table
from ....toolbelt.i18n import tr
from ..database import Database
from ..gpkg import gpkg_wkb, readonly_uri
from ..schema import _PG_TYPES, GEOMETRY_COLUMN, quote
from ..snapshot import neutral
from .database import PgDatabase

CTX = "Store"
#: The service tables in the order they are written (deleted in the reverse order).
_ORDER = ("service_point", "service")
_LOG = table("change_log")
_T = TypeVar("_T")


@dataclass
class _Rest:
    """What a run changed, read while the rows of the first table of :data:`_ORDER` are sent
    (:meth:`ServerSession.send`): the other tables' rows, the uuids deleted, the run, its log."""

    rows: dict[str, list[str]]
    gone: dict[str, list[str]]
    runs: list[str]
    log: list[str]


def _epoch_ms(value: Any) -> str | None:
    if not value:
        return None
    when = _dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if when.tzinfo is None:
        when = when.replace(tzinfo=_dt.timezone.utc)
    return str(int(when.timestamp() * 1000 // 1))


#: The text form of COPY: a backslash, a tab, a line break escaped by a backslash.
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
#: The kinds whose stored values Python turns into the text the server reads (:func:`_as_text`);
#: SQLite gives the others as text itself (``CAST``: an integer's digits, as ``str``).
_IN_PYTHON = (Kind.REAL, Kind.BOOLEAN, Kind.DATE, Kind.DATETIME)
#: Sent with the version the job started from (:meth:`ServerSession._rows`): a conflict check.
_BASE = "updated_by"


def _copy_line(values: list[str | None]) -> str:
    """``values`` (text, or None for NULL) as one line of the text form of COPY: tabs between
    values, ``\\N`` for NULL, :data:`_COPY_ESCAPES`; escaped only when a value needs it."""
    line = "\t".join(["\\N" if v is None else v for v in values])
    if (line.count("\t") != len(values) - 1 or line.count("\\") != values.count(None)
            or "\n" in line or "\r" in line):
        line = "\t".join(["\\N" if v is None else v.translate(_COPY_ESCAPES) for v in values])
    return line


def _copy_text(lines: list[str]) -> io.StringIO:
    """Lines of :func:`_copy_line` as one COPY stream."""
    out = io.StringIO()
    for line in lines:
        out.write(line)
        out.write("\n")
    out.seek(0)
    return out


def _as_text(kind: Kind) -> Callable[[Any], str]:
    """A stored value of ``kind`` (never None) as the server reads it: the neutral form of
    :func:`..snapshot.neutral`, in text."""
    if kind is Kind.BOOLEAN:
        return lambda v: "t" if v else "f"

    @functools.lru_cache(maxsize=4096)  # a run stamps its rows with one time: parsed once
    def text(value: Any) -> str:
        return str(neutral(kind, value))
    return text


def _text_sql(f: Field) -> str:
    """``f`` as SQLite reads it for :meth:`ServerSession._rows`."""
    return quote(f.name) if f.kind in _IN_PYTHON else f"CAST({quote(f.name)} AS TEXT)"


class ServerSession:
    """``with ServerSession(source) as s: result = job(s.snapshot); s.send(run_uuid)``."""

    def __init__(self, source: str, feedback: Any = None) -> None:
        self.source, self.feedback = source, feedback
        self.server = PgDatabase.open(source)
        self.folder = Path(tempfile.mkdtemp(prefix="amuddu-session-"))
        self.snapshot: Database = Database(self.folder / "snapshot.gpkg")
        self.versions: dict[str, str | None] = {}

    def __enter__(self) -> ServerSession:
        """The snapshot, without spatial indexes: the jobs run on it (the imports, their undo)
        read and write it through SQLite, and :meth:`send` too, never by a bounding box (the
        import places its points in the provinces it reads whole, places.py); an index would
        be built for every point, then kept up to date by triggers for every point the job
        writes, for no reader."""
        from ..copy import copy_database

        self.snapshot, _ = copy_database(self.source, str(self.folder / "snapshot.gpkg"), self.feedback,
                                         unindexed=[t.name for t in TABLES if t.geometry])
        self.versions = {str(u): _epoch_ms(t) for u, t in
                         self.snapshot.query("SELECT uuid, updated_at FROM service_point")}
        return self

    def __exit__(self, *_: Any) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- what the run changed -------------------------------------------------------------------
    def _rows(self, con: sqlite3.Connection, t: Table, where: str, args: tuple[Any, ...]) -> list[str]:
        """The rows of ``t`` chosen by ``where`` in the snapshot, each as a line of COPY: its
        fields in the model's order, then its geometry as WKB."""
        texts = [(i, _as_text(f.kind)) for i, f in enumerate(t.fields) if f.kind in _IN_PYTHON]
        key = next(i for i, f in enumerate(t.fields) if f.name == "uuid")
        base = next((i for i, f in enumerate(t.fields) if f.name == _BASE), None)
        columns = [_text_sql(f) for f in t.fields] + [quote(GEOMETRY_COLUMN) if t.geometry else "NULL"]
        out: list[str] = []
        for row in con.execute(f"SELECT {', '.join(columns)} FROM {quote(t.name)} WHERE {where}", args):
            values = list(row[:-1])
            for i, text in texts:
                if values[i] is not None:
                    values[i] = text(values[i])
            if base is not None:
                version = self.versions.get(values[key] or "")
                values[base] = f"{values[base] or ''}{EDIT_BASE_MARK}{version or ''}"
            line = _copy_line(values)
            if t.geometry:
                wkb = gpkg_wkb(row[-1]) if row[-1] else None
                line += "\t\\N" if wkb is None else "\t\\\\x" + wkb.hex()
            out.append(line)
        return out

    def _read(self, work: Callable[[sqlite3.Connection], _T]) -> _T:
        """``work`` on a read-only connection of its own to the snapshot (it may run in a thread)."""
        con = sqlite3.connect(readonly_uri(self.snapshot.path), uri=True)
        try:
            return work(con)
        finally:
            con.close()

    def _touched(self, con: sqlite3.Connection, run_uuid: str, name: str) -> list[str]:
        return self._rows(con, table(name), "uuid IN (SELECT row_uuid FROM change_log WHERE "
                                            "import_run_uuid = ? AND table_name = ?)", (run_uuid, name))

    def _rest(self, con: sqlite3.Connection, run_uuid: str) -> _Rest:
        """What the run changed, but for the rows of the first table of :data:`_ORDER`."""
        runs = [run_uuid] + [r[0] for r in con.execute(
            "SELECT undoes FROM import_run WHERE uuid = ? AND undoes IS NOT NULL", (run_uuid,))]
        gone = {name: [r[0] for r in con.execute(  # touched, and no longer in the snapshot
            "SELECT DISTINCT row_uuid FROM change_log AS c WHERE import_run_uuid = ? AND table_name = ? "
            f"AND NOT EXISTS (SELECT 1 FROM {quote(name)} AS x WHERE x.uuid = c.row_uuid)",
            (run_uuid, name))] for name in _ORDER}
        log = [_copy_line(list(entry)) for entry in con.execute(
            f"SELECT {', '.join(f'CAST({quote(f.name)} AS TEXT)' for f in _LOG.fields)} FROM change_log "
            "WHERE import_run_uuid = ? ORDER BY fid", (run_uuid,))]
        return _Rest({name: self._touched(con, run_uuid, name) for name in _ORDER[1:]}, gone,
                     self._rows(con, table("import_run"), f"uuid IN ({', '.join('?' * len(runs))})",
                                tuple(runs)), log)

    def send(self, run_uuid: str) -> None:
        """Write what the run ``run_uuid`` changed in the snapshot into the server: the rows of
        the first table read, then the others read by a thread while those are written (the
        server's work: Python waits for it outside its lock)."""
        first = self._read(lambda con: self._touched(con, run_uuid, _ORDER[0]))
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="amuddu-send") as pool:
            reading = pool.submit(self._read, lambda con: self._rest(con, run_uuid))
            def refused(message: str) -> str:
                return tr(CTX, "The server refused the changes, nothing was written: %1", message)

            with self.server.transaction(refused) as server, server.cursor() as cur:
                self._write(cur, table(_ORDER[0]), first)
                rest = reading.result()
                for name in _ORDER[1:]:
                    self._write(cur, table(name), rest.rows[name])
                for name in reversed(_ORDER):
                    if rest.gone[name]:
                        cur.execute(f"DELETE FROM {quote(name)} WHERE uuid = ANY(%s::uuid[])",
                                    (rest.gone[name],))
                self._write(cur, table("import_run"), rest.runs)
                cur.copy_expert(f"COPY change_log ({', '.join(quote(f.name) for f in _LOG.fields)}) "
                                "FROM STDIN", _copy_text(rest.log))

    def _write(self, cur: Any, t: Table, rows: list[str]) -> None:
        """Update the rows the server holds and insert the others (``rows``: lines of COPY,
        :meth:`_rows`): all of them copied into a temporary table, then one UPDATE and one
        INSERT from it (the triggers still judge each row)."""
        if not rows:
            return
        names = [f.name for f in t.fields] + ([GEOMETRY_COLUMN] if t.geometry else [])
        sent = f"pg_temp.{quote('amuddu_send_' + t.name)}"
        columns = [f"{quote(f.name)} {_PG_TYPES[f.kind]}" for f in t.fields]
        columns += [f"{quote(GEOMETRY_COLUMN)} bytea"] if t.geometry else []
        cur.execute(f"CREATE TEMPORARY TABLE {sent} ({', '.join(columns)}) ON COMMIT DROP")
        cur.copy_expert(f"COPY {sent} FROM STDIN", _copy_text(rows))
        values = [f"v.{quote(n)}" for n in names]
        if t.geometry:
            values[-1] = f"ST_SetSRID(ST_GeomFromWKB(v.{quote(GEOMETRY_COLUMN)}), 4326)"
        cur.execute(f"SELECT count(*) FROM {quote(t.name)} AS t JOIN {sent} AS v ON t.uuid = v.uuid")
        present = cur.fetchone()[0]
        if present:  # an UPDATE only then: a profile may insert and not update (import_run)
            sets = ", ".join(f"{quote(n)} = {v}" for n, v in zip(names, values) if n != "uuid")
            cur.execute(f"UPDATE {quote(t.name)} AS t SET {sets} FROM {sent} AS v WHERE t.uuid = v.uuid")
        if present < len(rows):  # rows the server lacks
            cur.execute(f"INSERT INTO {quote(t.name)} ({', '.join(quote(n) for n in names)}) "
                        f"SELECT {', '.join(values)} FROM {sent} AS v "
                        f"WHERE NOT EXISTS (SELECT 1 FROM {quote(t.name)} AS t WHERE t.uuid = v.uuid)")
