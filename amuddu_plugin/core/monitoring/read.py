"""Reading the coverage inputs from an Amuddu GeoPackage: units with their population,
population locations, names and geometry, and the published active service points with
their categories.

Where a unit's population lives: each commune at its population point (``lon``, ``lat``:
``make data`` builds them, see BUILD_REPORT.md), else at a point on its own polygon, else
at a point on its province's polygon; a
province or region at its communes, weighted by their population (today: its provinces'
points); a unit without communes at a point on its own polygon.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from qgis.core import QgsGeometry

from ...definitions.formats import OPEN_FILTER
from ...definitions.monitoring import COMMUNE, LEVEL_TABLES, PROVINCE, REGION
from ..store.gpkg import gpkg_wkb, point_xy, readonly_uri
from .coverage import ServicePoint, Unit, commune_locations

#: The column of a service point (and of a commune) that holds each level's unit code.
UNIT_COLUMN = {REGION: "region_code", PROVINCE: "province_code", COMMUNE: "commune_code"}


@dataclass(frozen=True)
class UnitPlace:
    """What the coverage layer shows of a unit besides its figures."""

    code: str
    name_fr: str
    name_ar: str
    #: The unit's geometry as WKB (its polygon, or the point standing for it), or None.
    wkb: bytes | None


def geometry_column(con: sqlite3.Connection, table: str) -> tuple[str, str] | None:
    """(column, geometry type) of a GeoPackage table, or None for a plain table."""
    row = con.execute("SELECT column_name, geometry_type_name FROM gpkg_geometry_columns "
                      "WHERE table_name = ?", (table,)).fetchone()
    return (str(row[0]), str(row[1]).upper()) if row else None


def _geometries(con: sqlite3.Connection, table: str) -> dict[str, QgsGeometry]:
    column = geometry_column(con, table)
    if column is None:
        return {}
    out = {}
    for code, blob in con.execute(f'SELECT code, "{column[0]}" FROM "{table}" '
                                  f'WHERE "{column[0]}" IS NOT NULL'):
        wkb = gpkg_wkb(blob)
        if wkb:
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
            if not geometry.isEmpty():
                out[str(code)] = geometry
    return out


def _surface(geometry: QgsGeometry) -> tuple[float, float]:
    point = geometry.pointOnSurface().asPoint()
    return point.x(), point.y()


def _surface_points(con: sqlite3.Connection, table: str) -> dict[str, tuple[float, float]]:
    return {code: _surface(g) for code, g in _geometries(con, table).items()}


Locations = dict[str, tuple[tuple[float, float, float], ...]]


def _grouped(rows: list[tuple[str, float, float, float]]) -> Locations:
    """(group code, lon, lat, population) -> population-weighted locations of each group, the
    communes standing at one place merged into one location."""
    groups: dict[str, dict[tuple[float, float], float]] = {}
    for code, lon, lat, population in rows:
        places = groups.setdefault(code, {})
        places[(lon, lat)] = places.get((lon, lat), 0.0) + population
    return {code: commune_locations([(lon, lat, pop) for (lon, lat), pop in places.items()])
            for code, places in groups.items()}


CommunePlace = tuple[str, str, str, float, float, float]


def _communes(con: sqlite3.Connection) -> list[CommunePlace]:
    """(code, province, region, lon, lat, population) of every commune that can be placed: at
    a point on its own geometry, else on its province's polygon."""
    own, provinces = _surface_points(con, COMMUNE), _surface_points(con, PROVINCE)
    columns = {r[1] for r in con.execute('PRAGMA table_info("commune")')}
    lonlat = "lon, lat" if {"lon", "lat"} <= columns else "NULL, NULL"
    out = []
    for code, province, region, population, lon, lat in con.execute(
            f"SELECT code, province_code, region_code, population_2024, {lonlat} FROM commune"):
        xy = ((lon, lat) if lon is not None and lat is not None else None) or own.get(str(code)) \
            or provinces.get(str(province))
        if xy:
            out.append((str(code), str(province), str(region), *xy, float(population or 0)))
    return out


def _locations(con: sqlite3.Connection, level: str) -> Locations:
    communes = _communes(con)
    if level == COMMUNE:
        return {c[0]: ((c[3], c[4], 1.0),) for c in communes}
    own: Locations = {code: ((*xy, 1.0),) for code, xy in _surface_points(con, level).items()}
    index = 1 if level == PROVINCE else 2  # a unit without communes keeps its own surface point
    own.update(_grouped([(str(c[index]), c[3], c[4], c[5]) for c in communes]))
    return own


def read_units(path: str | Path, level: str) -> list[Unit]:
    """The units of ``level`` with their census population, in code order."""
    table, code, population = LEVEL_TABLES[level]
    with sqlite3.connect(readonly_uri(path), uri=True) as con:
        rows = con.execute(f'SELECT "{code}", "{population}" FROM "{table}" '
                           f'WHERE "{code}" IS NOT NULL ORDER BY "{code}"').fetchall()
        places = _locations(con, level)
    return [Unit(str(unit_code), float(pop or 0), places.get(str(unit_code), ())) for unit_code, pop in rows]


def unit_geometry_type(path: str | Path, level: str) -> str:
    """The geometry type of the coverage layer at ``level``: the unit table's own, or a point
    (communes without geometry stand at their province's surface point)."""
    with sqlite3.connect(readonly_uri(path), uri=True) as con:
        column = geometry_column(con, LEVEL_TABLES[level][0])
    return column[1] if column else "POINT"


def read_places(path: str | Path, level: str) -> dict[str, UnitPlace]:
    """Names and geometry (WKB) of the units of ``level``, by code."""
    table = LEVEL_TABLES[level][0]
    with sqlite3.connect(readonly_uri(path), uri=True) as con:
        own = _geometries(con, table)
        column = geometry_column(con, table)
        polygons = column is not None and "POLYGON" in column[1].upper()  # a commune without one: no shape
        province = ({str(c): str(p) for c, p in con.execute("SELECT code, province_code FROM commune")}
                    if level == COMMUNE else {})
        provinces = _geometries(con, PROVINCE) if province else {}
        rows = con.execute(f'SELECT code, name_fr, name_ar FROM "{table}" WHERE code IS NOT NULL').fetchall()
    out = {}
    for code, name_fr, name_ar in rows:
        code = str(code)
        geometry = own.get(code)
        if geometry is None and not polygons and code in province and province[code] in provinces:
            geometry = QgsGeometry.fromPointXY(provinces[province[code]].pointOnSurface().asPoint())
        wkb = bytes(geometry.asWkb()) if geometry is not None else None
        out[code] = UnitPlace(code, name_fr or "", name_ar or "", wkb)
    return out


def read_points(path: str | Path, level: str, institutions: list[str] | None = None,
                categories: list[str] | None = None) -> list[ServicePoint]:
    """Published, active points (of the given institutions) with the categories of their
    services (restricted to ``categories``) and the unit code of ``level``."""
    column = UNIT_COLUMN[level]
    with sqlite3.connect(readonly_uri(path), uri=True) as con:
        services: dict[str, dict[str, int]] = {}
        for uuid, category, n in con.execute(
                "SELECT service_point_uuid, category, count(*) FROM service GROUP BY 1, 2"):
            if not categories or category in categories:
                services.setdefault(uuid, {})[category] = n
        rows = con.execute(
            f"SELECT uuid, institution, {column}, geom FROM service_point "
            f"WHERE {OPEN_FILTER} AND geom IS NOT NULL").fetchall()
    out = []
    for uuid, institution, unit_code, blob in rows:
        xy = point_xy(blob)
        if xy is None or (institutions and institution not in institutions):
            continue
        counts = services.get(uuid, {})
        out.append(ServicePoint(xy[0], xy[1], str(unit_code or ""), institution,
                                frozenset(counts), tuple(sorted(counts.items()))))
    return out
