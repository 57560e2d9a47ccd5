"""Reading the coverage inputs from an Amuddu GeoPackage: units with their population and
population locations, and the published active service points with their categories.

Regions and provinces are located by their communes (population-weighted) when communes have
locations, else by a point on their polygon's surface. The bundled communes have no geometry
yet (see BUILD_REPORT.md), so LEVEL=commune places each commune at its province's surface
point: a stated gap until ``make data`` builds commune locations.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from qgis.core import QgsGeometry

from ...definitions.monitoring import COMMUNE, LEVEL_TABLES, PROVINCE
from ..store.gpkg import gpkg_wkb, point_xy, readonly_uri
from .coverage import ServicePoint, Unit


def _surface_points(con: sqlite3.Connection, table: str) -> dict[str, tuple[float, float]]:
    out = {}
    for code, blob in con.execute(f'SELECT code, geom FROM "{table}" WHERE geom IS NOT NULL'):
        wkb = gpkg_wkb(blob)
        if not wkb:
            continue
        geometry = QgsGeometry()
        geometry.fromWkb(wkb)
        point = geometry.pointOnSurface().asPoint()
        out[str(code)] = (point.x(), point.y())
    return out


def read_units(path: str | Path, level: str) -> list[Unit]:
    """The units of ``level`` with their census population, in code order."""
    table, code, population = LEVEL_TABLES[level]
    with sqlite3.connect(readonly_uri(path), uri=True) as con:
        rows = con.execute(
            f'SELECT "{code}", "{population}", {"province_code" if level == COMMUNE else "NULL"} '
            f'FROM "{table}" WHERE "{code}" IS NOT NULL ORDER BY "{code}"').fetchall()
        places = _surface_points(con, PROVINCE if level == COMMUNE else table)
    units = []
    for unit_code, pop, province in rows:
        xy = places.get(str(province if level == COMMUNE else unit_code))
        units.append(Unit(str(unit_code), float(pop or 0), ((xy[0], xy[1], 1.0),) if xy else ()))
    return units


def read_points(path: str | Path, level: str, institutions: list[str] | None = None,
                categories: list[str] | None = None) -> list[ServicePoint]:
    """Published, active points (of the given institutions) with the categories of their
    services (restricted to ``categories``) and the unit code of ``level``."""
    column = {"region": "region_code", "province": "province_code", "commune": "commune_code"}[level]
    with sqlite3.connect(readonly_uri(path), uri=True) as con:
        services: dict[str, dict[str, int]] = {}
        for uuid, category, n in con.execute(
                "SELECT service_point_uuid, category, count(*) FROM service GROUP BY 1, 2"):
            if not categories or category in categories:
                services.setdefault(uuid, {})[category] = n
        rows = con.execute(
            f"SELECT uuid, institution, {column}, geom FROM service_point "
            "WHERE publication_state = 'published' AND operating_status = 'active' "
            "AND geom IS NOT NULL").fetchall()
    out = []
    for uuid, institution, unit_code, blob in rows:
        xy = point_xy(blob)
        if xy is None or (institutions and institution not in institutions):
            continue
        counts = services.get(uuid, {})
        out.append(ServicePoint(xy[0], xy[1], str(unit_code or ""), institution,
                                frozenset(counts), tuple(sorted(counts.items()))))
    return out
