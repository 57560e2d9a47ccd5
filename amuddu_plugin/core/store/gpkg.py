"""Direct SQLite access to an Amuddu GeoPackage for bulk reads and writes.

The import writes tens of thousands of rows in one transaction. Going through SQLite's own
prepared statements (``executemany``) is an order of magnitude faster than one OGR call per
feature, and a plain SQLite transaction gives the guarantee the import needs: on an error
or a cancellation, ``ROLLBACK`` leaves the file byte-for-byte as it was (in the default
rollback-journal mode, the original pages are restored from the journal).

Two things GDAL would otherwise do are done here:

- the GeoPackage geometry encoding of points (header ``GP``, version, flags, SRS id, then
  little-endian WKB, no envelope: what GDAL writes for points), in :func:`point_blob` and
  :func:`blob_point`;
- the SQL functions ``ST_IsEmpty``, ``ST_MinX``, ``ST_MaxX``, ``ST_MinY``, ``ST_MaxY`` that
  the R-tree triggers of the GeoPackage spatial-index extension call
  (:func:`register_functions`), and keeping ``gpkg_contents.last_change`` and
  ``gpkg_ogr_contents.feature_count`` right after writing (:func:`touch_tables`).
"""

from __future__ import annotations

import math
import os
import sqlite3
import struct
from collections.abc import Callable, Iterable
from pathlib import Path

from ...definitions.model import SRID

_HEADER = struct.Struct("<2sBBi")
_POINT = struct.Struct("<BIdd")
_ENVELOPE_SIZES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def point_blob(x: float, y: float, srid: int = SRID) -> bytes:
    """A GeoPackage geometry blob for the point (x, y)."""
    return _HEADER.pack(b"GP", 0, 0x01, srid) + _POINT.pack(1, 1, x, y)


def _envelope(blob: bytes) -> tuple[float, float, float, float] | None:
    """(minx, maxx, miny, maxy) of a GeoPackage blob, from its envelope or its point."""
    flags = blob[3]
    order = "<" if flags & 0x01 else ">"
    indicator = (flags >> 1) & 0x07
    if indicator:
        minx, maxx, miny, maxy = struct.unpack_from(order + "4d", blob, 8)
        return minx, maxx, miny, maxy
    point = blob_point(blob)
    if point is None:
        return None
    return point[0], point[0], point[1], point[1]


def gpkg_wkb(blob: bytes) -> bytes | None:
    """The WKB inside a GeoPackage geometry blob; None for an empty geometry."""
    if blob is None or len(blob) < 8 or blob[:2] != b"GP":
        raise ValueError("not a GeoPackage geometry")
    flags = blob[3]
    if flags & 0x10:
        return None
    envelope = _ENVELOPE_SIZES.get((flags >> 1) & 0x07)
    if envelope is None:
        raise ValueError("unknown GeoPackage envelope")
    return bytes(blob[8 + envelope:])


def point_xy(blob: bytes) -> tuple[float, float] | None:
    """(x, y) of a GeoPackage Point (or the first point of a MultiPoint); None if empty;
    ValueError for a blob that is not a point. The plugin's one reader of point blobs."""
    wkb = gpkg_wkb(blob)
    if wkb is None:
        return None
    offset = 0
    for _ in range(2):  # a Point, or a MultiPoint holding it
        order = "<" if wkb[offset] == 1 else ">"
        (code,) = struct.unpack_from(order + "I", wkb, offset + 1)
        kind = (code & 0x0FFFFFFF) % 1000
        if kind == 1:
            x, y = struct.unpack_from(order + "dd", wkb, offset + 5)
            if math.isnan(x) or math.isnan(y):
                return None
            return x, y
        if kind == 4:
            (count,) = struct.unpack_from(order + "I", wkb, offset + 5)
            if count == 0:
                return None
            offset += 9
            continue
        break
    raise ValueError("not a point geometry")


def blob_point(blob: bytes | None) -> tuple[float, float] | None:
    """:func:`point_xy`, lenient: None for NULL, an empty point or another geometry."""
    if not blob:
        return None
    try:
        return point_xy(bytes(blob))
    except (ValueError, struct.error, IndexError):
        return None


def point_wkt(x: float, y: float) -> str:
    """WKT of a point with every digit kept (``repr``), so that it reads back the same."""
    return f"POINT({x!r} {y!r})"


def wkt_point(text: str | None) -> tuple[float, float] | None:
    if not text:
        return None
    inside = text[text.index("(") + 1:text.rindex(")")].split()
    return float(inside[0]), float(inside[1])


def _st_is_empty(blob: bytes | None) -> int | None:
    if blob is None:
        return None
    return 1 if len(blob) >= 4 and blob[3] & 0x10 else 0


class _Envelopes:
    """ST_MinX/MaxX/MinY/MaxY of the last blob seen: a trigger asks the four in a row."""

    def __init__(self) -> None:
        self.blob: bytes | None = None
        self.envelope: tuple[float, float, float, float] | None = None

    def function(self, index: int) -> Callable[[bytes | None], float | None]:
        def fn(blob: bytes | None) -> float | None:
            if blob is None:
                return None
            if blob != self.blob:
                self.blob, self.envelope = blob, _envelope(blob)
            return None if self.envelope is None else self.envelope[index]

        return fn


def register_functions(con: sqlite3.Connection) -> None:
    """The GeoPackage SQL functions that the R-tree triggers call."""
    con.create_function("ST_IsEmpty", 1, _st_is_empty, deterministic=True)
    envelopes = _Envelopes()
    for i, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")):
        con.create_function(name, 1, envelopes.function(i), deterministic=True)


def connect(path: str | Path, *, write: bool) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are begun explicitly). Read-only
    connections cannot change the file at all."""
    if write:
        con = sqlite3.connect(str(path), isolation_level=None, timeout=10)
        register_functions(con)
        con.execute("PRAGMA foreign_keys = ON")
        # Triggers with INSERT OR REPLACE need a statement journal: keep it in memory.
        con.execute("PRAGMA temp_store = MEMORY")
        con.execute("PRAGMA cache_size = -65536")
    else:
        con = sqlite3.connect(readonly_uri(path), uri=True, isolation_level=None)
    return con


def readonly_uri(path: str | os.PathLike[str]) -> str:
    """The SQLite URI that opens ``path`` read-only; ``#``, ``?`` and ``%`` in the name are
    escaped (unescaped, they would open another, empty file)."""
    return Path(path).expanduser().resolve().as_uri() + "?mode=ro"


def touch_tables(con: sqlite3.Connection, tables: Iterable[str], timestamp: str) -> None:
    """After writing: ``gpkg_contents.last_change`` and the cached feature counts."""
    names = sorted(set(tables))
    for name in names:
        con.execute("UPDATE gpkg_contents SET last_change = ? WHERE table_name = ?", (timestamp, name))
    has_ogr_contents = con.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_ogr_contents'"
    ).fetchone()
    if has_ogr_contents:
        for name in names:
            con.execute(
                f'UPDATE gpkg_ogr_contents SET feature_count = (SELECT count(*) FROM "{name}") '
                "WHERE lower(table_name) = lower(?)",
                (name,),
            )


def add_spatial_indexes(path: Path, tables: list[str] | None = None) -> None:
    """The R-tree index of every geometry column (or those of ``tables``), filled with the
    rows already there (GDAL's gpkgAddSpatialIndex creates it empty and its triggers fill
    it from then on)."""
    from osgeo import gdal, ogr

    from ...definitions.model import TABLES
    from .schema import GEOMETRY_COLUMN

    gdal.UseExceptions()
    g = GEOMETRY_COLUMN
    ds = ogr.Open(str(path), 1)
    try:
        for t in TABLES:
            if t.geometry and (tables is None or t.name in tables):
                rtree = f"rtree_{t.name}_{g}"
                ds.ExecuteSQL(f"SELECT gpkgAddSpatialIndex('{t.name}', '{g}')")
                ds.ExecuteSQL(f'INSERT OR REPLACE INTO "{rtree}" SELECT "{t.key}", ST_MinX("{g}"), '
                              f'ST_MaxX("{g}"), ST_MinY("{g}"), ST_MaxY("{g}") FROM "{t.name}" '
                              f'WHERE "{g}" IS NOT NULL AND NOT ST_IsEmpty("{g}")')
    finally:
        ds = None  # noqa: F841


def wkb_blob(wkb: bytes | None) -> bytes | None:
    """A GeoPackage blob for WKB: points without an envelope (as GDAL writes them), other
    geometries with their xy envelope."""
    if wkb is None:
        return None
    if len(wkb) == 21 and wkb[0] == 1 and wkb[1:5] == b"\x01\x00\x00\x00":  # a 2D point, little-endian
        x, y = struct.unpack_from("<dd", wkb, 5)
        if x == x and y == y:  # not empty (NaN)
            return point_blob(x, y)
    from osgeo import ogr

    geometry = ogr.CreateGeometryFromWkb(wkb)
    if geometry.GetGeometryType() == ogr.wkbPoint and not geometry.IsEmpty():
        return point_blob(geometry.GetX(), geometry.GetY())

    minx, maxx, miny, maxy = geometry.GetEnvelope()
    header = struct.pack("<2sBBi4d", b"GP", 0, 0x03, SRID, minx, maxx, miny, maxy)
    return header + geometry.ExportToIsoWkb(ogr.wkbNDR)
