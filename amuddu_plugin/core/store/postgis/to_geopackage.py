"""A server database into a GeoPackage, fast: what the read-only jobs and the server session
work on (:func:`fill_geopackage`), and the copy from a server to a file.

The general copy (:mod:`..copy`) reads every value into Python in one neutral form, then
writes it; at 100,000 points that is most of the time. Here the server itself writes each
value in the form the GeoPackage stores (booleans 0/1, dates ``YYYY-MM-DD``, UTC date-times
with milliseconds and "Z", uuids as text, points as GeoPackage blobs), and SQLite takes the
rows from the server's cursor, page by page (read by a thread while the pages before are written),
with the foreign keys checked and the secondary indexes built once
at the end. The values are those of the general copy (the round-trip tests compare them
row by row); a table whose geometries are not all plain 2D points goes through the general
conversion.
"""

from __future__ import annotations

import datetime as _dt
import queue
import sqlite3
import struct
import threading
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

from ....definitions.model import SRID, TABLES, Kind, Table
from ....toolbelt.i18n import tr
from ..errors import StoreError
from ..schema import GEOMETRY_COLUMN, quote
from ..snapshot import utc_text

CTX = "Store"

#: GeoPackage blob header of a 2D point without envelope, little-endian (as GDAL writes it).
_POINT_HEADER = b"GP\x00\x01" + struct.pack("<i", SRID)
_PAGE = 10000
#: Pages read ahead of the writes, at most.
_QUEUED = 4
_UTC_MS = "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'"


def _value_sql(kind: Kind, column: str) -> str:
    """``column`` as the GeoPackage stores a value of ``kind``."""
    if kind is Kind.BOOLEAN:
        return f"CASE WHEN {column} THEN 1 WHEN NOT {column} THEN 0 END"
    if kind is Kind.DATE:
        return f"to_char({column}, 'YYYY-MM-DD')"
    if kind is Kind.DATETIME:
        return f"to_char({column} AT TIME ZONE 'UTC', {_UTC_MS})"
    if kind is Kind.UUID:
        return f"{column}::text"
    return column


def _plain_points(cur: Any, t: Table) -> bool:
    """Whether every geometry of ``t`` is a non-empty 2D point (or none)."""
    g = quote(GEOMETRY_COLUMN)
    cur.execute(f"SELECT NOT EXISTS (SELECT 1 FROM {quote(t.name)} WHERE {g} IS NOT NULL AND NOT "
                f"(ST_GeometryType({g}) = 'ST_Point' AND NOT ST_IsEmpty({g}) AND ST_NDims({g}) = 2))")
    return bool(cur.fetchone()[0])


def _select(t: Table, plain: bool) -> str:
    """The SELECT of the rows of ``t`` as the GeoPackage stores them: key, [geometry], fields."""
    g = quote(GEOMETRY_COLUMN)
    geometry = []
    if t.geometry:
        header = "\\x" + _POINT_HEADER.hex()
        geometry = [f"'{header}'::bytea || ST_AsBinary({g}, 'NDR')" if plain else f"ST_AsBinary({g})"]
    columns = [quote(t.key)] + geometry + [_value_sql(f.kind, quote(f.name)) for f in t.fields]
    return f"SELECT {', '.join(columns)} FROM {quote(t.name)} ORDER BY 1"


def _pages(con: Any, t: Table, plain: bool) -> Iterator[list[tuple[Any, ...]]]:
    """The rows of ``t`` (:func:`_select`), a page at a time from a server-side cursor."""
    from ..gpkg import wkb_blob

    with con.cursor(name=f"amuddu_read_{t.name}") as cur:
        cur.execute(_select(t, plain))
        while True:
            page = cur.fetchmany(_PAGE)
            if not page:
                return
            if t.geometry and not plain:
                page = [(r[0], wkb_blob(bytes(r[1])) if r[1] is not None else None, *r[2:]) for r in page]
            yield page


class _Reader:
    """:func:`_pages` read by a thread into a short queue while the caller writes the pages
    already read: the server's cursor and SQLite's inserts both wait outside Python's lock
    (in libpq and in SQLite), so the two overlap. An error of the thread is raised by the
    caller's iteration; :meth:`close` stops the thread (the caller failed) and waits for it."""

    _DONE = object()

    def __init__(self, con: Any, t: Table, plain: bool) -> None:
        self.queue: queue.Queue[Any] = queue.Queue(maxsize=_QUEUED)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(con, t, plain), daemon=True,
                                       name=f"amuddu-read-{t.name}")
        self.thread.start()

    def _put(self, item: Any) -> bool:
        while not self.stop.is_set():
            try:
                self.queue.put(item, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def _run(self, con: Any, t: Table, plain: bool) -> None:
        try:
            for page in _pages(con, t, plain):
                if not self._put(page):
                    return
            self._put(self._DONE)
        except BaseException as err:  # noqa: BLE001 - handed to the caller, raised there
            self._put(err)

    def rows(self) -> Iterator[tuple[Any, ...]]:
        while True:
            item = self.queue.get()
            if item is self._DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield from item

    def close(self) -> None:
        self.stop.set()
        self.thread.join()


def _foreign_key_check(con: sqlite3.Connection) -> None:
    """The rows were written with the foreign keys off (faster, one check here for all):
    a row whose parent is missing refuses the whole copy, naming the row."""
    bad = con.execute("PRAGMA foreign_key_check").fetchone()
    if bad is None:
        return
    name, rowid, parent = bad[0], bad[1], bad[2]
    t = next((x for x in TABLES if x.name == name), None)
    uuid = None
    if t is not None and any(f.name == "uuid" for f in t.fields):
        found = con.execute(f"SELECT uuid FROM {quote(name)} WHERE rowid = ?", (rowid,)).fetchone()
        uuid = found[0] if found else None
    raise StoreError(tr(CTX, "Table %1, row %2: it refers to a row of %3 that was not copied, "
                             "nothing was written.", name, f"{rowid} ({uuid})" if uuid else rowid, parent))


def _constraint_check(con: sqlite3.Connection) -> None:
    """The rows were written without their CHECK constraints (each costs as much as the
    insert itself, row by row): one check of every table here, SQLite's own, which refuses
    the whole copy as a failed insert would (:func:`fill_geopackage`)."""
    con.execute("PRAGMA ignore_check_constraints = OFF")  # on, quick_check skips them too
    for t in TABLES:
        problems = [r[0] for r in con.execute(f"PRAGMA quick_check({quote(t.name)})") if r[0] != "ok"]
        if problems:
            raise sqlite3.IntegrityError("; ".join(problems[:3]))


def _readable(cur: Any, schema: str, t: Table) -> bool:
    cur.execute("SELECT has_table_privilege(%s, 'SELECT')", (f"{schema}.{t.name}",))
    return bool(cur.fetchone()[0])


def fill_geopackage(db: Any, path: Path, steps: Any, rows_left: Collection[str] = ()) -> dict[str, int]:
    """Replace the rows of the new GeoPackage at ``path`` (schema written, no triggers nor
    spatial index yet) with those ``db``'s login may read, but for the tables of
    ``rows_left`` (left empty: their reader reads them on the server); returns the rows per table."""
    import psycopg2

    from ..gpkg import connect, touch_tables

    server = db.connect()
    con = connect(path, write=True)
    # A new file, renamed into place only when complete: no journal on disk nor waiting for the
    # disk, and the foreign keys and CHECK constraints checked once at the end
    # (:func:`_foreign_key_check`, :func:`_constraint_check`).
    for pragma in ("foreign_keys = OFF", "ignore_check_constraints = ON", "synchronous = OFF",
                   "journal_mode = MEMORY"):
        con.execute(f"PRAGMA {pragma}")
    counts: dict[str, int] = {}
    try:
        con.execute("BEGIN IMMEDIATE")
        names = [t.name for t in TABLES]
        indexes = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT "
                              f"NULL AND tbl_name IN ({', '.join('?' * len(names))})", names).fetchall()
        for name, _ in indexes:
            con.execute(f"DROP INDEX {quote(name)}")
        for t in reversed(TABLES):
            con.execute(f"DELETE FROM {quote(t.name)}")
        for i, t in enumerate(TABLES):
            steps.check_cancel()
            counts[t.name] = 0 if t.name in rows_left else _copy_table(db, server, con, t)
            steps.progress(10 + 70 * (i + 1) / len(TABLES))
        _constraint_check(con)  # before the indexes: fewer trees to walk
        for _, sql in indexes:
            con.execute(sql)
        _foreign_key_check(con)
        touch_tables(con, [t.name for t in TABLES], utc_text(_dt.datetime.now(_dt.timezone.utc)))
        con.execute("COMMIT")
    except BaseException as err:
        if con.in_transaction:
            con.execute("ROLLBACK")
        if isinstance(err, (psycopg2.Error, sqlite3.DatabaseError)):
            raise StoreError(tr(CTX, "Reading %1 failed: %2", db.source, err)) from err
        raise
    finally:
        con.close()
        server.rollback()
        server.close()
    return counts


def _copy_table(db: Any, server: Any, con: sqlite3.Connection, t: Table) -> int:
    """The rows of ``t`` the login may read, from ``server`` into ``con``; how many."""
    with server.cursor() as cur:
        if not _readable(cur, db.schema, t):  # a profile that may not read it
            return 0
        plain = not t.geometry or _plain_points(cur, t)
    columns = [quote(t.key)] + ([quote(GEOMETRY_COLUMN)] if t.geometry else []) + [
        quote(f.name) for f in t.fields]
    before = con.total_changes
    reader = _Reader(server, t, plain)
    try:
        con.executemany(f"INSERT INTO {quote(t.name)} ({', '.join(columns)}) "
                        f"VALUES ({', '.join('?' * len(columns))})", reader.rows())
    finally:
        reader.close()
    return con.total_changes - before
