"""An Amuddu database on a PostgreSQL + PostGIS server: the second kind of
:class:`..database.Database`, with the same interface (layers, queries, metadata, writes).

Reads and writes go through psycopg2 (Debian's ``python3-psycopg2``, which QGIS's own
Processing uses too) with ``search_path`` set to the Amuddu schema, so that the plugin's
plain SQL (``SELECT … FROM service_point``) reads the same on both stores; QGIS layers use
the ``postgres`` provider with a data source that holds no password.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from ....definitions import access as A
from ....definitions.model import SCHEMA_VERSION, Kind, table
from ....toolbelt.i18n import tr, ui_language
from ..database import Database
from ..errors import StoreError
from ..schema import GEOMETRY_COLUMN, literal, quote
from ..triggers import refusal
from .connection import PgSource, parse
from .ddl import META_TABLE

CTX = "Store"
_PLACEHOLDER = re.compile(r"('(?:[^']|'')*')|(\?)|(%)")


def pg_sql(sql: str) -> str:
    """SQLite-style ``?`` placeholders as psycopg2's ``%s`` (``%`` doubled), outside quotes."""
    def swap(m: re.Match[str]) -> str:
        if m.group(1):
            return m.group(1).replace("%", "%%")
        return "%s" if m.group(2) else "%%"
    return _PLACEHOLDER.sub(swap, sql)


_RIGHTS = re.compile(rf"{A.REFUSAL_PREFIX}:(\w+):([^\n]*)")
_DENIED = re.compile(r"permission denied for (?:table|relation|sequence|schema) (\S+)|"
                     r"new row violates row-level security policy for table \"?([^\"\s]+)")


def rights_message(text: str, language: str) -> str | None:
    """A refusal of the server's rights (:mod:`.rights`, or a grant or a row-level security
    policy) in ``language``; None when ``text`` is not one."""
    m = _RIGHTS.search(text)
    if m and m.group(1) in A.REFUSALS_BY_KEY:
        return A.REFUSALS_BY_KEY[m.group(1)].message.get(language).replace("{detail}", m.group(2).strip())
    m = _DENIED.search(text)
    if m:
        what = m.group(1) or m.group(2)
        return A.REFUSALS_BY_KEY[A.NO_ACCESS].message.get(language).replace("{detail}", what)
    return None


def server_message(err: Exception) -> str:
    """The first line of a server error, in the user's language when it is a refusal of a
    declared format or of the profiles' rights."""
    text = str(getattr(err, "pgerror", None) or err).strip()
    first = text.splitlines()[0] if text else repr(err)
    first = re.sub(r"^ERROR:\s*", "", first)
    language = ui_language()
    return refusal(first, language) or rights_message(first, language) or first


class PgDatabase(Database):
    """An Amuddu schema on a server. Use :meth:`open`, or :func:`.copy.copy_database` /
    ``amuddu:create_database`` to make one."""

    provider = "postgres"
    is_postgis = True
    path = None  # type: ignore[assignment]  # not a file: code that needs one checks is_postgis

    def __init__(self, source: PgSource | str):  # noqa: D107 - no file: Database.__init__ is not called
        self.pg = source if isinstance(source, PgSource) else parse(source)
        self.schema = self.pg.schema
        #: What the plugin shows and records of this database: no password in it.
        self.source = self.pg.display

    def __repr__(self) -> str:
        return f"PgDatabase({self.source})"

    @property
    def name(self) -> str:
        p = self.pg.params
        return f"{p.get('dbname') or p.get('service') or self.pg.connection_name}.{self.schema}"

    # -- connections ------------------------------------------------------------------------
    def connect(self, *, autocommit: bool = False) -> Any:
        import psycopg2

        try:
            con = psycopg2.connect(self.pg.conninfo(), application_name="amuddu", connect_timeout=15)
        except psycopg2.Error as err:
            raise StoreError(tr(CTX, "Cannot connect to the database %1: %2", self.source,
                                server_message(err))) from err
        con.autocommit = autocommit
        with con.cursor() as cur:
            cur.execute(f"SET search_path TO {quote(self.schema)}, public")
        if not autocommit:
            con.commit()
        return con

    @contextlib.contextmanager
    def transaction(self, refused: Callable[[str], str]) -> Iterator[Any]:
        """A connection inside one transaction: committed when the block ends, rolled back on
        any exception (a refusal of the server raised as ``StoreError(refused(its first
        line, in the user's language when it is a declared refusal))``), closed in any case."""
        import psycopg2

        con = self.connect()
        try:
            yield con
            con.commit()
        except psycopg2.Error as err:
            con.rollback()
            raise StoreError(refused(server_message(err))) from err
        except BaseException:
            con.rollback()
            raise
        finally:
            con.close()

    @classmethod
    def open(cls, source: PgSource | str, *, migrate: bool = True,  # type: ignore[override]
             feedback: Any = None) -> PgDatabase:
        db = cls(source)
        version = db._version()
        if version > SCHEMA_VERSION:
            raise StoreError(tr(CTX, "%1 uses Amuddu schema version %2, newer than this plugin knows "
                                     "(%3). Update the Amuddu plugin.", db.source, version, SCHEMA_VERSION))
        if version < SCHEMA_VERSION:
            raise StoreError(tr(CTX, "%1 uses the older Amuddu schema version %2: copy it to a "
                                     "GeoPackage (amuddu:copy_database), which upgrades it, and "
                                     "back.", db.source, version))
        return db

    def _version(self) -> int:
        con = self.connect()
        try:
            with con.cursor() as cur:
                cur.execute("SELECT 1 FROM information_schema.tables WHERE table_schema = %s "
                            "AND table_name = %s", (self.schema, META_TABLE))
                if cur.fetchone() is None:
                    raise StoreError(tr(CTX, "%1 holds no Amuddu database (no table %2 in the schema "
                                             "%3). Create one with amuddu:create_database.",
                                        self.source, META_TABLE, self.schema))
                cur.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'")
                row = cur.fetchone()
        finally:
            con.close()
        if row is None or not str(row[0]).isdigit():
            raise StoreError(tr(CTX, "%1 does not state its Amuddu schema version.", self.source))
        return int(row[0])

    # -- layers -----------------------------------------------------------------------------
    def uri(self, table_name: str) -> str:
        t = table(table_name)
        return self.pg.datasource(t.name, GEOMETRY_COLUMN if t.geometry else None, t.key)

    def layer(self, table_name: str, name: str | None = None, *, subset: str = "",
              default_style: bool = True) -> Any:
        from qgis.core import QgsDataSourceUri, QgsVectorLayer

        uri = QgsDataSourceUri(self.uri(table_name))
        if subset:
            uri.setSql(subset)
        layer = QgsVectorLayer(uri.uri(False), name or table_name, self.provider,
                               QgsVectorLayer.LayerOptions(default_style))
        if not layer.isValid():
            raise StoreError(tr(CTX, "The table %1 of %2 cannot be opened.", table_name, self.source))
        return layer

    # -- plain SQL --------------------------------------------------------------------------
    def query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        import psycopg2

        con = self.connect()
        try:
            with con.cursor() as cur:
                values = tuple(params)
                cur.execute(pg_sql(sql) if values else sql, values or None)
                return [tuple(r) for r in cur.fetchall()]
        except psycopg2.Error as err:
            raise StoreError(tr(CTX, "Reading %1 failed: %2", self.source, server_message(err))) from err
        finally:
            con.close()

    def count(self, table_name: str, where: str = "") -> int:
        sql = f"SELECT count(*) FROM {quote(table(table_name).name)}"
        return int(self.query(sql + (f" WHERE {where}" if where else ""))[0][0])

    def meta(self, key: str) -> str | None:
        rows = self.query(f"SELECT value FROM {META_TABLE} WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    @property
    def schema_version(self) -> int:
        return int(self.meta("schema_version") or 0)

    # -- writing ----------------------------------------------------------------------------
    def execute(self, statements: Iterable[str]) -> None:
        """Run SQL statements in one transaction; a refusal rolls everything back."""
        import psycopg2

        con = self.connect()
        try:
            with con.cursor() as cur:
                for sql in statements:
                    cur.execute(sql)
            con.commit()
        except psycopg2.Error as err:
            con.rollback()
            raise StoreError(tr(CTX, "Writing to %1 failed: %2", self.source, server_message(err))) from err
        finally:
            con.close()

    def set_meta(self, key: str, value: str) -> None:
        self.execute([f"INSERT INTO {META_TABLE} (key, value) VALUES ({literal(key)}, {literal(value)}) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"])

    def insert(self, table_name: str, rows: Iterable[Mapping[str, Any]], feedback: Any = None,
               *, total: int | None = None) -> int:
        """Insert ``rows`` (dicts keyed by field name, ``geometry`` as a QgsGeometry, an OGR
        geometry or WKT in EPSG:4326) in one transaction; a refused row names itself."""
        import psycopg2

        t = table(table_name)
        con = self.connect()
        written = 0
        try:
            with con.cursor() as cur:
                for i, row in enumerate(rows, start=1):
                    unknown = [k for k in row if k != "geometry" and k not in t.field_names]
                    if unknown:
                        raise StoreError(tr(CTX, "Row %1 of %2: unknown field %3.", i, t.name, unknown[0]))
                    names = [k for k in row if k != "geometry"]
                    values = [_pg_value(t.field(k).kind, row[k]) for k in names]
                    cols, marks = [quote(k) for k in names], ["%s"] * len(names)
                    if row.get("geometry") is not None:
                        cols.append(quote(GEOMETRY_COLUMN))
                        marks.append("ST_GeomFromText(%s, 4326)")
                        values.append(_wkt(row["geometry"]))
                    try:
                        cur.execute(f"INSERT INTO {quote(t.name)} ({', '.join(cols)}) "
                                    f"VALUES ({', '.join(marks)})", values)
                    except psycopg2.Error as err:
                        raise StoreError(tr(CTX, "Row %1 of %2 was refused: %3", i, t.name,
                                            server_message(err))) from err
                    written += 1
            con.commit()
        except BaseException:
            con.rollback()
            raise
        finally:
            con.close()
        return written

    def delete_sample_data(self) -> int:
        n = self.count("service_point", "source = 'sample'")
        self.execute([
            "DELETE FROM service WHERE service_point_uuid IN "
            "(SELECT uuid FROM service_point WHERE source = 'sample')",
            "DELETE FROM service_point WHERE source = 'sample'",
        ])
        return n

    def vacuum(self) -> None:
        con = self.connect(autocommit=True)
        try:
            with con.cursor() as cur:
                cur.execute("ANALYZE")
        finally:
            con.close()

    def insert_tables(self, tables: Mapping[str, list[Mapping[str, Any]]]) -> dict[str, int]:
        """Insert rows without geometry into several tables, in the order given, in ONE
        transaction: a refused row writes nothing of any table."""
        from psycopg2.extras import execute_values

        with self.transaction(lambda message: tr(CTX, "Writing to %1 failed: %2", self.source,
                                                 message)) as con:
            with con.cursor() as cur:
                for name, rows in tables.items():
                    t = table(name)
                    if rows:
                        names = list(rows[0])
                        execute_values(cur, f"INSERT INTO {quote(t.name)} ({', '.join(map(quote, names))}) "
                                            "VALUES %s", [[_pg_value(t.field(k).kind, r[k]) for k in names]
                                                          for r in rows], page_size=1000)
        return {name: len(rows) for name, rows in tables.items()}


def _wkt(geometry: Any) -> str:
    if isinstance(geometry, str):
        return geometry
    if hasattr(geometry, "asWkt"):
        return str(geometry.asWkt(17))
    return str(geometry.ExportToWkt())


def _pg_value(kind: Kind, value: Any) -> Any:
    if value is None:
        return None
    if kind is Kind.BOOLEAN:
        return bool(value)
    return value
