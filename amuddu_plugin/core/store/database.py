"""The Amuddu store: create, open, check, migrate and write a database.

A database is addressed by a *data source* string, as QGIS addresses it: the path of a
GeoPackage, or a PostgreSQL connection (:mod:`.postgis.connection`), which opens a
:class:`.postgis.database.PgDatabase`, the second kind with the same interface;
:func:`.opening.open_database` opens either.

Writes to a GeoPackage go through GDAL/OGR (explicit open, transaction, close) rather than
through a QGIS layer, so that no pooled connection keeps the file open while it is renamed
into place.
"""

from __future__ import annotations

import datetime as _dt
import os
import sqlite3
import uuid
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ...definitions.model import SCHEMA_VERSION, Kind, table
from ...toolbelt.i18n import tr, ui_language
from ...toolbelt.progress import progress_of
from . import schema
from .errors import Canceled, StoreError  # re-exported: the store's errors
from .snapshot import utc_text
from .transaction import ogr_transaction
from .triggers import refusal

CTX = "Store"
META_TABLE = "amuddu_meta"
SAMPLE_SOURCE = "sample"

__all__ = ["Canceled", "Database", "StoreError"]


def check_cancel(feedback: Any) -> None:
    progress_of(feedback, cancelled=tr(CTX, "Cancelled: nothing was written."), error=Canceled).check_cancel()


def report_progress(feedback: Any, value: float) -> None:
    progress_of(feedback).progress(value)


def report_info(feedback: Any, text: str) -> None:
    progress_of(feedback).info(text)


def is_postgres_source(source: str) -> bool:
    """Whether ``source`` names a PostgreSQL database (see :mod:`.postgis.connection`)."""
    from .postgis.connection import looks_like_postgres

    return looks_like_postgres(source)


def new_uuid() -> str:
    return str(uuid.uuid4())


def now_iso() -> str:
    # GeoPackage's DATETIME form (requirement 5 of the standard): UTC, milliseconds, "Z".
    return utc_text(_dt.datetime.now(_dt.timezone.utc))


# --------------------------------------------------------------------------------------------
# Reading a GeoPackage without GDAL (cheap checks before anything is opened for writing)
# --------------------------------------------------------------------------------------------
def _sqlite_ro(path: Path) -> sqlite3.Connection:
    from .gpkg import readonly_uri

    return sqlite3.connect(readonly_uri(path), uri=True)


def inspect_geopackage(path: str | os.PathLike[str]) -> int:
    """The schema version of the Amuddu GeoPackage at ``path``; raises StoreError otherwise.

    Checks, in order: the file exists, is an SQLite database, is a GeoPackage, is an Amuddu
    database, and states a schema version. Opens the file read-only.
    """
    p = Path(path)
    if not p.exists():
        raise StoreError(tr(CTX, "The database %1 does not exist.", p))
    if p.is_dir():
        raise StoreError(tr(CTX, "%1 is a folder, not a GeoPackage file.", p))
    with open(p, "rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise StoreError(tr(CTX, "%1 is not a GeoPackage (it is not an SQLite file).", p))
    try:
        con = _sqlite_ro(p)
        try:
            names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "gpkg_contents" not in names:
                raise StoreError(tr(CTX, "%1 is an SQLite file but not a GeoPackage.", p))
            if META_TABLE not in names:
                raise StoreError(
                    tr(CTX, "%1 is a GeoPackage but not an Amuddu database (no %2 table).",
                       p, META_TABLE)
                )
            row = con.execute(
                f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'"
            ).fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as err:
        raise StoreError(tr(CTX, "%1 cannot be read as a GeoPackage: %2", p, err)) from err
    if row is None or not str(row[0]).isdigit():
        raise StoreError(tr(CTX, "%1 does not state its Amuddu schema version.", p))
    return int(row[0])


# --------------------------------------------------------------------------------------------
# The database
# --------------------------------------------------------------------------------------------
class Database:
    """An Amuddu database (GeoPackage). Use :meth:`open` or :func:`create_database`."""

    provider = "ogr"
    is_postgis = False

    def __init__(self, source: str | os.PathLike[str]):
        self.path = Path(source).resolve()
        self.source = str(self.path)

    # -- opening ----------------------------------------------------------------------------
    @classmethod
    def open(cls, source: str | os.PathLike[str], *, migrate: bool = True,
             feedback: Any = None) -> Database:
        """Open an existing database, check its schema version and migrate it if older.

        A database of a newer or unknown version is refused with a clear error and left
        untouched. Before a migration, a copy of the file is kept beside it.
        """
        text = str(source).strip()
        if not text:
            raise StoreError(tr(CTX, "No database was given."))
        if is_postgres_source(text):  # a server: see :func:`.opening.open_database`
            raise StoreError(tr(CTX, "%1 is a PostgreSQL connection, not a GeoPackage file.",
                                text.split("?")[0]))
        version = inspect_geopackage(text)
        db = cls(text)
        if version > SCHEMA_VERSION:
            raise StoreError(
                tr(CTX, "%1 uses Amuddu schema version %2, newer than this plugin knows (%3). "
                        "Update the Amuddu plugin.", db.path, version, SCHEMA_VERSION)
            )
        if version < SCHEMA_VERSION:
            from .migrations import migrate as run_migrations

            if not migrate:
                raise StoreError(
                    tr(CTX, "%1 uses the older Amuddu schema version %2 and must be upgraded "
                            "to version %3.", db.path, version, SCHEMA_VERSION)
                )
            run_migrations(db, version, feedback)
        return db

    @property
    def name(self) -> str:
        """A short name for the database (the group of its layers): the file's stem."""
        return self.path.stem

    # -- layers -----------------------------------------------------------------------------
    def uri(self, table_name: str) -> str:
        """The QGIS data source of one table (``path|layername=table``)."""
        table(table_name)  # raises on unknown tables
        return f"{self.source}|layername={table_name}"

    def layer(self, table_name: str, name: str | None = None, *, subset: str = "",
              default_style: bool = True) -> Any:  # QgsVectorLayer
        """A QGIS layer of one table.

        A ``subset`` (SQL filter) goes into the data source (``|subset=``) rather than
        through ``setSubsetString()``: on QGIS 3.22, changing the subset of a GeoPackage
        layer after other layers of the same file are open breaks the layers opened next
        ("unable to open database file"). ``default_style=False`` skips the style saved in
        the database (for outputs that set their own).
        """
        from qgis.core import QgsVectorLayer

        uri = self.uri(table_name) + (f"|subset={subset}" if subset else "")
        options = QgsVectorLayer.LayerOptions(default_style)
        layer = QgsVectorLayer(uri, name or table_name, self.provider, options)
        if not layer.isValid():
            raise StoreError(tr(CTX, "The table %1 of %2 cannot be opened.", table_name, self.path))
        return layer

    # -- plain SQL (read) -------------------------------------------------------------------
    def query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        con = _sqlite_ro(self.path)
        try:
            return list(con.execute(sql, tuple(params)))
        finally:
            con.close()

    def count(self, table_name: str, where: str = "") -> int:
        sql = f"SELECT count(*) FROM {schema.quote(table(table_name).name)}"
        if where:
            sql += f" WHERE {where}"
        return int(self.query(sql)[0][0])

    def meta(self, key: str) -> str | None:
        rows = self.query(f"SELECT value FROM {META_TABLE} WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    @property
    def schema_version(self) -> int:
        return int(self.meta("schema_version") or 0)

    # -- writing ----------------------------------------------------------------------------
    def _ogr(self) -> Any:
        from osgeo import gdal, ogr

        gdal.UseExceptions()
        ds = ogr.Open(self.source, 1)
        if ds is None:
            raise StoreError(tr(CTX, "%1 cannot be opened for writing.", self.path))
        # SQLite checks the REFERENCES clauses of the schema only when asked, per connection.
        ds.ExecuteSQL("PRAGMA foreign_keys = ON")
        return ds

    def execute(self, statements: Iterable[str]) -> None:
        """Run SQL statements in one transaction through GDAL (which provides the GeoPackage
        SQL functions that the spatial-index triggers call)."""
        from osgeo import gdal

        gdal.UseExceptions()
        ds = self._ogr()
        try:
            with ogr_transaction(ds):
                for sql in statements:
                    gdal.ErrorReset()
                    ds.ExecuteSQL(sql)
                    if gdal.GetLastErrorType() >= gdal.CE_Failure:  # not raised for UPDATEs
                        reason = gdal.GetLastErrorMsg()
                        raise RuntimeError(refusal(reason, ui_language()) or reason)
        except RuntimeError as err:
            raise StoreError(tr(CTX, "Writing to %1 failed: %2", self.path, err)) from err
        finally:
            ds = None  # noqa: F841 - closes the dataset

    def set_meta(self, key: str, value: str) -> None:
        self.execute([
            f"INSERT INTO {META_TABLE} (key, value) VALUES ({_lit(key)}, {_lit(value)}) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        ])

    def insert(self, table_name: str, rows: Iterable[Mapping[str, Any]], feedback: Any = None,
               *, total: int | None = None) -> int:
        """Insert ``rows`` (dicts keyed by field name; ``geometry`` holds a QgsGeometry, an
        OGR geometry or WKT in EPSG:4326) in one transaction. Returns how many were written.

        A row with an unknown field, or a value the database refuses, aborts the whole
        insert with an error that names the row and field; nothing is written then.
        """
        from osgeo import gdal

        t = table(table_name)
        rows = list(rows)
        total = total or len(rows) or 1
        ds = self._ogr()
        written = 0
        try:
            layer = ds.GetLayerByName(t.name)
            if layer is None:
                raise StoreError(tr(CTX, "%1 has no table %2.", self.path, t.name))
            defn = layer.GetLayerDefn()
            with ogr_transaction(ds):
                for i, row in enumerate(rows, start=1):
                    check_cancel(feedback)
                    _create_feature(layer, _ogr_feature(defn, t, i, row), t.name, i)
                    written += 1
                    if i % 200 == 0:
                        report_progress(feedback, 100.0 * i / total)
        finally:
            ds = None  # noqa: F841
        gdal.ErrorReset()
        return written

    def delete_sample_data(self) -> int:
        """Remove the illustrative sample service points (``source = 'sample'``) and their
        services. Returns how many points were removed."""
        n = self.count("service_point", f"source = {_lit(SAMPLE_SOURCE)}")
        self.execute([
            "DELETE FROM service WHERE service_point_uuid IN "
            f"(SELECT uuid FROM service_point WHERE source = {_lit(SAMPLE_SOURCE)})",
            f"DELETE FROM service_point WHERE source = {_lit(SAMPLE_SOURCE)}",
        ])
        return n

    def vacuum(self) -> None:
        con = sqlite3.connect(self.source)
        try:
            con.execute("VACUUM")
        finally:
            con.close()


def _ogr_feature(defn: Any, t: Any, i: int, row: Mapping[str, Any]) -> Any:
    """Row ``i`` of table ``t`` as an OGR feature; an unknown field is refused by name."""
    from osgeo import ogr

    unknown = set(row) - set(t.field_names) - {"geometry"}
    if unknown:
        raise StoreError(tr(CTX, "Row %1 of %2: unknown field(s) %3.", i, t.name, ", ".join(sorted(unknown))))
    feat = ogr.Feature(defn)
    for name, value in row.items():
        if name == "geometry":
            continue
        if value is None:
            feat.SetFieldNull(name)
        else:
            feat.SetField(name, _ogr_value(t.field(name).kind, value))
    geom = row.get("geometry")
    if t.geometry and geom is not None:
        feat.SetGeometry(_ogr_geometry(geom, t.geometry))
    return feat


def _create_feature(layer: Any, feat: Any, table_name: str, i: int) -> None:
    """Write one feature; the database's refusal (a trigger's message) names row and table."""
    from osgeo import gdal

    gdal.ErrorReset()
    try:
        err_code = layer.CreateFeature(feat)
        reason = gdal.GetLastErrorMsg()
    except RuntimeError as err:
        err_code, reason = -1, str(err)
    if err_code != 0:
        raise StoreError(tr(CTX, "Row %1 of %2 was refused: %3", i, table_name,
                            refusal(reason, ui_language()) or reason
                            or tr(CTX, "the database gave no reason")))


def _lit(value: str) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def _ogr_value(kind: Kind, value: Any) -> Any:
    if kind is Kind.BOOLEAN:
        return 1 if value else 0
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if kind in (Kind.TEXT, Kind.UUID, Kind.CODE, Kind.CODES, Kind.DATE, Kind.DATETIME):
        return str(value)
    return value


def _ogr_geometry(geom: Any, geometry_type: str) -> Any:
    from osgeo import ogr

    if isinstance(geom, str):
        g = ogr.CreateGeometryFromWkt(geom)
    elif isinstance(geom, ogr.Geometry):
        g = geom.Clone()
    else:  # QgsGeometry
        g = ogr.CreateGeometryFromWkb(bytes(geom.asWkb()))
    if g is None:
        raise StoreError(tr(CTX, "A geometry could not be read."))
    if geometry_type == "MultiPolygon" and g.GetGeometryType() in (ogr.wkbPolygon, ogr.wkbPolygon25D):
        g = ogr.ForceToMultiPolygon(g)
    return g
