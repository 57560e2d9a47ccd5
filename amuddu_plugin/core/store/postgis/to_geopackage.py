"""A server database into a GeoPackage, fast: what the read-only jobs and the server session
work on (:func:`fill_geopackage`), and the copy from a server to a file.

The general copy (:mod:`..copy`) reads every value into Python in one neutral form, then
writes it; at 100,000 points that is most of the time. Here the server itself writes each
value in the form the GeoPackage stores (booleans 0/1, dates ``YYYY-MM-DD``, UTC date-times
with milliseconds and "Z", uuids as text, points as GeoPackage blobs), and SQLite takes the
rows straight from the server's cursor, page by page, with the secondary indexes built once
at the end. The values are those of the general copy (the round-trip tests compare them
row by row); a table whose geometries are not all plain 2D points goes through the general
conversion.
"""

from __future__ import annotations

import datetime as _dt
import sqlite3
import struct
from collections.abc import Iterator
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
_PAGE = 5000
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


def _rows(con: Any, t: Table, plain: bool) -> Iterator[tuple[Any, ...]]:
    """The rows of ``t`` as the GeoPackage stores them: key, [geometry], fields."""
    from ..gpkg import wkb_blob

    g = quote(GEOMETRY_COLUMN)
    geometry = []
    if t.geometry:
        header = "\\x" + _POINT_HEADER.hex()
        geometry = [f"'{header}'::bytea || ST_AsBinary({g}, 'NDR')" if plain else f"ST_AsBinary({g})"]
    columns = [quote(t.key)] + geometry + [_value_sql(f.kind, quote(f.name)) for f in t.fields]
    with con.cursor(name=f"amuddu_read_{t.name}") as cur:
        cur.itersize = _PAGE
        cur.execute(f"SELECT {', '.join(columns)} FROM {quote(t.name)} ORDER BY 1")
        for row in cur:
            if t.geometry and not plain:
                yield (row[0], wkb_blob(bytes(row[1])) if row[1] is not None else None, *row[2:])
            else:
                yield row


def _readable(cur: Any, schema: str, t: Table) -> bool:
    cur.execute("SELECT has_table_privilege(%s, 'SELECT')", (f"{schema}.{t.name}",))
    return bool(cur.fetchone()[0])


def fill_geopackage(db: Any, path: Path, steps: Any) -> dict[str, int]:
    """Replace the rows of the new GeoPackage at ``path`` (schema written, no triggers nor
    spatial index yet) with those ``db``'s login may read; returns the rows per table."""
    import psycopg2

    from ..gpkg import connect, touch_tables

    server = db.connect()
    con = connect(path, write=True)
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
            with server.cursor() as cur:
                if not _readable(cur, db.schema, t):  # a profile that may not read it
                    counts[t.name] = 0
                    continue
                plain = not t.geometry or _plain_points(cur, t)
            columns = [quote(t.key)] + ([quote(GEOMETRY_COLUMN)] if t.geometry else []) + [
                quote(f.name) for f in t.fields]
            before = con.total_changes
            con.executemany(f"INSERT INTO {quote(t.name)} ({', '.join(columns)}) "
                            f"VALUES ({', '.join('?' * len(columns))})", _rows(server, t, plain))
            counts[t.name] = con.total_changes - before
            steps.progress(10 + 70 * (i + 1) / len(TABLES))
        for _, sql in indexes:
            con.execute(sql)
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
