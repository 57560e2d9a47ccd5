"""The offline basemap of the web map, drawn from our own reference layers.

Regions (filled land and borders), province borders and towns (labels) go into the export
with the data, so that the map stays readable with no network at all. Polygons are
simplified for the scales the page shows (Douglas-Peucker, about 300 m) and their
coordinates quantised to 1e-4 degree (about 11 m) and delta-encoded: each ring is
``[x0, y0, dx1, dy1, ...]`` in those units.
"""

from __future__ import annotations

from typing import Any

from qgis.core import QgsGeometry

from ..store.database import Database
from ..store.gpkg import gpkg_wkb, point_xy
from ..store.schema import GEOMETRY_COLUMN, quote
from .texts import clean_text

BASEMAP_SCALE = 10_000
SIMPLIFY_DEGREES = 0.003


def _rings(geometry: QgsGeometry) -> list[list[int]]:
    out: list[list[int]] = []
    parts = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    for polygon in parts:
        for ring in polygon:
            encoded: list[int] = []
            last_x = last_y = None
            px = py = 0
            for point in ring:
                x, y = round(point.x() * BASEMAP_SCALE), round(point.y() * BASEMAP_SCALE)
                if (x, y) == (last_x, last_y):
                    continue
                if last_x is None:
                    encoded += [x, y]
                else:
                    encoded += [x - px, y - py]
                px, py = x, y
                last_x, last_y = x, y
            if len(encoded) >= 8:
                out.append(encoded)
    return out


def _polygons(db: Database, name: str, extra: str = "") -> list[dict[str, Any]]:
    rows = db.query(
        f"SELECT code, {quote(GEOMETRY_COLUMN)} {extra} FROM {quote(name)} "
        f"WHERE code IS NOT NULL AND {quote(GEOMETRY_COLUMN)} IS NOT NULL ORDER BY code"
    )
    out = []
    for row in rows:
        wkb = gpkg_wkb(row[1])
        if wkb is None:
            continue
        geometry = QgsGeometry()
        geometry.fromWkb(wkb)
        if geometry.isEmpty():
            continue
        simple = geometry.simplify(SIMPLIFY_DEGREES)
        if simple.isEmpty():
            simple = geometry
        entry: dict[str, Any] = {"code": str(row[0]), "rings": _rings(simple)}
        label, _distance = geometry.poleOfInaccessibility(0.01)
        if not label.isEmpty():
            point = label.asPoint()
            entry["label"] = [round(point.x() * BASEMAP_SCALE), round(point.y() * BASEMAP_SCALE)]
        out.append(entry)
    return out


def encode_basemap(db: Database, languages: list[str]) -> dict[str, Any]:
    """Regions, provinces and towns of ``db`` for the page's offline basemap."""
    towns: dict[str, Any] = {"x": [], "y": [], "population": [], "name": {}}
    names: dict[str, list[str]] = {lang: [] for lang in ("fr", "ar") if lang in languages or lang == "fr"}
    for geom, name_fr, name_ar, population in db.query(
        f"SELECT {quote(GEOMETRY_COLUMN)}, name_fr, name_ar, population FROM town "
        "WHERE name_fr IS NOT NULL ORDER BY population DESC, name_fr"
    ):
        try:
            xy = point_xy(geom) if geom is not None else None
        except ValueError:
            xy = None
        if xy is None:
            continue
        towns["x"].append(round(xy[0] * BASEMAP_SCALE))
        towns["y"].append(round(xy[1] * BASEMAP_SCALE))
        towns["population"].append(int(population or 0))
        names["fr"].append(clean_text(name_fr))
        if "ar" in names:
            names["ar"].append(clean_text(name_ar))
    towns["name"] = names
    return {
        "scale": BASEMAP_SCALE,
        "regions": _polygons(db, "region"),
        "provinces": _polygons(db, "province"),
        "towns": towns,
    }
