"""Copying an Amuddu database between stores: GeoPackage to PostGIS and back, or between
two of a kind (:func:`copy_database`).

Every table of the model is copied row by row with its keys (fid, uuid), so the history
(``import_run``, ``change_log``) still refers to the same rows, and the user's own saved
styles beside Amuddu's. Values travel in one neutral form (booleans, ISO dates, UTC
date-times with milliseconds, geometries as WKB) and are written in the target's types.

Nothing is half written: a GeoPackage target is built under a temporary name and renamed
into place when complete; a PostGIS target is written in one transaction (the schema is
dropped and re-created in it when OVERWRITE is given), so that a failure leaves the target
as it was. A target that exists and is not an Amuddu database is never replaced.
"""

from __future__ import annotations

import datetime as _dt
import os
import sqlite3
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

from ...definitions.model import TABLES, Kind, Table
from ...toolbelt.i18n import tr
from ...toolbelt.progress import Progress
from . import schema
from .database import Database, StoreError, is_postgres_source
from .errors import Canceled
from .gpkg import connect, gpkg_wkb, readonly_uri, touch_tables, wkb_blob
from .opening import open_database
from .snapshot import AMUDDU_STYLE, Snapshot, neutral, utc_text

CTX = "Store"
STYLE_TABLE = "layer_styles"


# --------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------
def _columns(t: Table) -> list[str]:
    return [schema.quote(f.name) for f in t.fields]


def read_snapshot(db: Database, steps: Progress | None = None) -> Snapshot:
    """Every row of every table of ``db``, and its non-Amuddu saved styles."""
    snap = Snapshot()
    if db.is_postgis:
        _read_postgis(db, snap)
    else:
        _read_geopackage(db, snap)
    return snap


def _read_geopackage(db: Database, snap: Snapshot) -> None:
    con = sqlite3.connect(readonly_uri(db.path), uri=True)
    try:
        for t in TABLES:
            geom = schema.quote(schema.GEOMETRY_COLUMN) if t.geometry else "NULL"
            cols = ", ".join([schema.quote(t.key), geom] + _columns(t))
            rows = con.execute(f"SELECT {cols} FROM {schema.quote(t.name)} ORDER BY 1")
            snap.rows[t.name] = [
                (r[0], gpkg_wkb(r[1]) if r[1] else None,
                 *(neutral(f.kind, v) for f, v in zip(t.fields, r[2:]))) for r in rows]
        has_styles = con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (STYLE_TABLE,)).fetchone()
        if has_styles:
            snap.styles = [tuple(r) for r in con.execute(
                "SELECT f_table_name, styleName, styleQML, styleSLD, useAsDefault, description "
                f"FROM {STYLE_TABLE} WHERE styleName <> ? ORDER BY id", (AMUDDU_STYLE,))]
    finally:
        con.close()


def _read_postgis(db: Any, snap: Snapshot) -> None:
    con = db.connect()
    try:
        with con.cursor() as cur:
            for t in TABLES:
                cur.execute("SELECT has_table_privilege(%s, 'SELECT')", (f"{db.schema}.{t.name}",))
                if not cur.fetchone()[0]:  # a profile that may not read it (the reader: history)
                    snap.rows[t.name] = []
                    continue
                geom = f"ST_AsBinary({schema.quote(schema.GEOMETRY_COLUMN)})" if t.geometry else "NULL"
                cur.execute(f"SELECT {', '.join([schema.quote(t.key), geom] + _columns(t))} "
                            f"FROM {schema.quote(t.name)} ORDER BY 1")
                snap.rows[t.name] = [
                    (r[0], bytes(r[1]) if r[1] is not None else None,
                     *(neutral(f.kind, v) for f, v in zip(t.fields, r[2:]))) for r in cur.fetchall()]
            snap.styles = _postgis_styles(cur, db.schema)
    except Exception as err:  # noqa: BLE001 - psycopg2.Error, named by the message
        raise StoreError(tr(CTX, "Reading %1 failed: %2", db.source, err)) from err
    finally:
        con.close()


def _postgis_styles(cur: Any, schema_name: str) -> list[tuple[Any, ...]]:
    """The user's own saved styles of the tables of ``schema_name`` (not Amuddu's)."""
    cur.execute("SELECT f_table_name, stylename, styleqml::text, stylesld::text, useasdefault, "
                "description FROM public.layer_styles WHERE f_table_catalog = current_database() "
                "AND f_table_schema = %s AND stylename <> %s ORDER BY id", (schema_name, AMUDDU_STYLE))
    return [tuple(r) for r in cur.fetchall()]


def _server_styles(db: Any) -> list[tuple[Any, ...]]:
    con = db.connect()
    try:
        with con.cursor() as cur:
            return _postgis_styles(cur, db.schema)
    except Exception as err:  # noqa: BLE001 - psycopg2.Error, named by the message
        raise StoreError(tr(CTX, "Reading %1 failed: %2", db.source, err)) from err
    finally:
        con.close()


# --------------------------------------------------------------------------------------------
# Writing a GeoPackage
# --------------------------------------------------------------------------------------------
def _gpkg_value(kind: Kind, value: Any) -> Any:
    if kind is Kind.BOOLEAN and value is not None:
        return 1 if value else 0
    return value


def write_geopackage_rows(path: Path, snap: Snapshot, steps: Progress) -> None:
    """Replace every table's rows of the (new, empty-schema) GeoPackage at ``path``."""
    con = connect(path, write=True)
    try:
        con.execute("BEGIN IMMEDIATE")
        for t in reversed(TABLES):
            con.execute(f"DELETE FROM {schema.quote(t.name)}")
        for i, t in enumerate(TABLES):
            steps.check_cancel()
            geom = [schema.quote(schema.GEOMETRY_COLUMN)] if t.geometry else []
            cols = [schema.quote(t.key)] + geom + _columns(t)
            sql = (f"INSERT INTO {schema.quote(t.name)} ({', '.join(cols)}) "
                   f"VALUES ({', '.join('?' * len(cols))})")
            con.executemany(sql, (
                (r[0], *([wkb_blob(r[1])] if t.geometry else []),
                 *(_gpkg_value(f.kind, v) for f, v in zip(t.fields, r[2:])))
                for r in snap.rows.get(t.name, ())))
            steps.progress(40 + 40 * (i + 1) / len(TABLES))
        touch_tables(con, [t.name for t in TABLES], utc_text(_dt.datetime.now(_dt.timezone.utc)))
        con.execute("COMMIT")
    except sqlite3.DatabaseError as err:
        con.execute("ROLLBACK")
        raise StoreError(tr(CTX, "Writing %1 failed: %2", path, err)) from err
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        con.close()


def write_geopackage_styles(path: Path, styles: list[tuple[Any, ...]]) -> None:
    """The user's own saved styles, beside the Amuddu ones (the table exists by then)."""
    if not styles:
        return
    con = connect(path, write=True)
    try:
        with con:
            con.execute("BEGIN")
            con.executemany(
                f"INSERT INTO {STYLE_TABLE} (f_table_catalog, f_table_schema, f_table_name, "
                "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, owner) "
                "VALUES ('', '', ?, ?, ?, ?, ?, ?, ?, 'amuddu')",
                [(s[0], "geom" if _table(s[0]).geometry else "", s[1], s[2], s[3], 1 if s[4] else 0, s[5])
                 for s in styles if _known(s[0])])
    finally:
        con.close()


def _add_triggers(path: Path) -> None:
    """The format triggers (:mod:`.triggers`): they guard the writes to come; the copied rows
    are the source's, copied as they are."""
    from .triggers import gpkg_triggers

    con = sqlite3.connect(str(path))
    try:
        with con:
            for sql in gpkg_triggers():
                con.execute(sql)
    finally:
        con.close()


def _known(name: str) -> bool:
    return any(t.name == name for t in TABLES)


def _table(name: str) -> Table:
    return next(t for t in TABLES if t.name == name)


# --------------------------------------------------------------------------------------------
# The copy
# --------------------------------------------------------------------------------------------
Prepare = Callable[[Database, str], None]


def copy_database(source: str | os.PathLike[str], target: str, feedback: Any = None, *,
                  overwrite: bool = False, prepare_geopackage: Prepare | None = None,
                  postgis_styles: Callable[[Database, Any], dict[str, tuple[str, str]]] | None = None,
                  unindexed: Collection[str] = (),
                  rows_left: Collection[str] = ()) -> tuple[Database, dict[str, int]]:
    """Copy the database ``source`` into ``target`` (a .gpkg path or a PostgreSQL
    connection); returns the target database and the rows copied per table.

    ``prepare_geopackage(db, final_path)`` writes the default styles into a new GeoPackage
    before it is renamed into place; ``postgis_styles(source_db, target_db)`` gives them for a
    server, written in the copy's transaction. A GeoPackage target gets no spatial index on the
    tables of ``unindexed`` (a throwaway snapshot whose readers do not need it: the caller says
    why); the copy of a server into a GeoPackage leaves the tables of ``rows_left`` empty (a
    snapshot whose reader reads their rows on the server itself)."""
    steps = Progress(feedback, cancelled=tr(CTX, "Cancelled: the target was left as it was."),
                     error=Canceled)
    db = open_database(str(source), feedback=feedback)
    text = str(target).strip()
    if not text:
        raise StoreError(tr(CTX, "No target database was given."))
    if not is_postgres_source(text) and not db.is_postgis and Path(text).expanduser().resolve() == db.path:
        raise StoreError(tr(CTX, "The target is the source database itself: %1", db.path))
    steps.info(tr(CTX, "Reading %1…", db.source))
    if db.is_postgis and not is_postgres_source(text):  # the server writes the file's forms itself
        from .postgis.to_geopackage import fill_geopackage

        snap = Snapshot(styles=_server_styles(db))
        copied, counts = _write_new_geopackage(
            Path(text).expanduser().resolve(), snap, steps, overwrite, prepare_geopackage,
            lambda tmp: fill_geopackage(db, tmp, steps, rows_left), unindexed)
        steps.progress(100)
        steps.info(tr(CTX, "Copied %1 rows into %2.", sum(counts.values()), copied.source))
        return copied, counts
    snap = read_snapshot(db)
    steps.progress(30)
    steps.check_cancel()
    if is_postgres_source(text):
        from .postgis.copy import write_postgis

        out: Database = write_postgis(text, snap, steps, overwrite=overwrite, source_db=db,
                                      styles=postgis_styles)
    else:
        out, _ = _write_new_geopackage(Path(text).expanduser().resolve(), snap, steps, overwrite,
                                       prepare_geopackage, unindexed=unindexed)
    steps.progress(100)
    steps.info(tr(CTX, "Copied %1 rows into %2.", sum(snap.counts.values()), out.source))
    return out, snap.counts


def _write_new_geopackage(target: Path, snap: Snapshot, steps: Progress, overwrite: bool,
                          prepare: Prepare | None,
                          fill: Callable[[Path], dict[str, int]] | None = None,
                          unindexed: Collection[str] = (),
                  rows_left: Collection[str] = ()) -> tuple[Database, dict[str, int]]:
    """A new GeoPackage at ``target`` with the rows of ``snap`` (or those ``fill(path)``
    writes), built beside it and renamed into place when complete; a spatial index on every
    geometry table but those of ``unindexed``."""
    from .create import _check_target, _empty_geopackage, _temp_beside, _write_schema
    from .gpkg import add_spatial_indexes

    _check_target(target, overwrite)
    if target.exists():
        Database.open(target, migrate=False)  # only an Amuddu database may be replaced
    tmp = _temp_beside(target)
    try:
        _empty_geopackage(tmp)
        _write_schema(tmp, spatial_index=False, triggers=False)
        if fill is None:
            write_geopackage_rows(tmp, snap, steps)
            counts = snap.counts
        else:
            counts = fill(tmp)
        add_spatial_indexes(tmp, [t.name for t in TABLES if t.geometry and t.name not in unindexed])
        # the indexes and triggers after the rows: built once, not row by row
        _add_triggers(tmp)
        steps.check_cancel()
        if prepare is not None:
            prepare(Database(tmp), str(target))
        write_geopackage_styles(tmp, snap.styles)
        steps.check_cancel()
        os.replace(tmp, target)
    except OSError as err:
        raise StoreError(tr(CTX, "Cannot write %1: %2", target, err.strerror or err)) from err
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
            if leftover.exists():
                leftover.unlink()
    return Database(target), counts
