"""Where things are: the towns gazetteer and the national territory.

- :class:`Gazetteer` finds a town by name in the ``town`` table (GeoNames): French name,
  Arabic name and the ``|``-separated alternate names, compared with
  :func:`~.normalise.fold` first and, when that finds nothing, with the looser
  :func:`~.normalise.skeleton` (Fès/Fez, Oujda/Wajda). Several towns matching is
  *ambiguous*: the caller reports it, it never picks one.
- :class:`Territory` tells whether a point is in Morocco and in which province and region,
  from the ``province`` polygons (prepared GEOS geometries: fast for 50,000 points). A point
  within :data:`COAST_TOLERANCE` of the land counts as inside, because the bundled
  boundaries are simplified (~100 m) and offices stand on the coast.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..values.normalise import fold, skeleton
from .gpkg import blob_point

#: Degrees (~2 km) within which a point just off the simplified coastline counts as on land.
COAST_TOLERANCE = 0.02
#: Longitude/latitude box around Morocco, used when a database holds no province polygons.
MOROCCO_BOX = (-17.5, 20.5, -0.9, 36.1)


@dataclass(frozen=True)
class Town:
    geonames_id: int
    name_fr: str
    name_ar: str | None
    lon: float | None
    lat: float | None
    region_code: str | None
    province_code: str | None
    population: int | None = None

    def describe(self) -> str:
        parts = [self.name_fr]
        if self.name_ar:
            parts.append(self.name_ar)
        if self.province_code:
            parts.append(self.province_code)
        return " / ".join(parts)


@dataclass(frozen=True)
class TownMatch:
    status: str  # "found", "ambiguous" or "unknown"
    town: Town | None = None
    candidates: tuple[Town, ...] = ()
    approximate: bool = False  # found by the transliteration-insensitive key only


@dataclass
class Gazetteer:
    towns: dict[int, Town] = field(default_factory=dict)
    _tiers: list[dict[str, set[int]]] = field(default_factory=list)
    _cache: dict[str, TownMatch] = field(default_factory=dict)

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[Any, ...]]) -> Gazetteer:
        """Rows of (geonames_id, name_fr, name_ar, alternate_names, region_code,
        province_code, population, geometry blob)."""
        g = cls()
        primary: dict[str, set[int]] = {}
        alternate: dict[str, set[int]] = {}
        primary_loose: dict[str, set[int]] = {}
        alternate_loose: dict[str, set[int]] = {}
        for gid, name_fr, name_ar, alternates, region, province, population, geom in rows:
            point = blob_point(geom)
            town = Town(int(gid), name_fr, name_ar, point[0] if point else None,
                        point[1] if point else None, region, province, population)
            g.towns[town.geonames_id] = town
            for name in (name_fr, name_ar):
                if name:
                    primary.setdefault(fold(name), set()).add(town.geonames_id)
                    primary_loose.setdefault(skeleton(name), set()).add(town.geonames_id)
            for name in (alternates or "").split("|"):
                if name.strip():
                    alternate.setdefault(fold(name), set()).add(town.geonames_id)
                    alternate_loose.setdefault(skeleton(name), set()).add(town.geonames_id)
        for tier in (primary, alternate, primary_loose, alternate_loose):
            tier.pop("", None)
        g._tiers = [primary, alternate, primary_loose, alternate_loose]
        return g

    @classmethod
    def from_connection(cls, con: sqlite3.Connection) -> Gazetteer:
        return cls.from_rows(con.execute(
            "SELECT geonames_id, name_fr, name_ar, alternate_names, region_code, province_code, "
            "population, geom FROM town"
        ))

    def lookup(self, name: str | None) -> TownMatch:
        """The town called ``name``; ``status`` says whether one, several or none matched."""
        if not name or not name.strip():
            return TownMatch("unknown")
        if name in self._cache:
            return self._cache[name]
        match = self._lookup(name)
        if match.status == "unknown" and "(" in name:  # "Casablanca (Anfa)"
            inner = self._lookup(name.split("(")[0])
            if inner.status != "unknown":
                match = inner
        self._cache[name] = match
        return match

    def _lookup(self, name: str) -> TownMatch:
        keys = (fold(name), skeleton(name))
        for i, tier in enumerate(self._tiers):
            key = keys[0] if i < 2 else keys[1]
            ids = tier.get(key)
            if not ids:
                continue
            towns = tuple(sorted((self.towns[i] for i in ids), key=lambda t: -(t.population or 0)))
            if len(towns) == 1:
                return TownMatch("found", towns[0], towns, approximate=i >= 2)
            return TownMatch("ambiguous", None, towns, approximate=i >= 2)
        return TownMatch("unknown")


@dataclass(frozen=True)
class Place:
    province_code: str | None
    region_code: str | None
    inside: bool  # strictly inside a polygon (else within the coast tolerance)


class Territory:
    """Morocco's provinces as prepared geometries, to place points quickly."""

    def __init__(self, provinces: list[tuple[str | None, str | None, Any]]):
        from qgis.core import QgsGeometry, QgsSpatialIndex

        self._codes: list[tuple[str | None, str | None]] = []
        self._geometries: list[Any] = []
        self._engines: list[Any] = []
        self._index = QgsSpatialIndex()
        for code, region, geometry in provinces:
            if geometry is None or geometry.isEmpty():
                continue
            engine = QgsGeometry.createGeometryEngine(geometry.constGet())
            engine.prepareGeometry()
            self._codes.append((code, region))
            self._geometries.append(geometry)
            self._engines.append(engine)
            self._index.addFeature(len(self._engines) - 1, geometry.boundingBox())

    @classmethod
    def from_database(cls, db: Any) -> Territory:
        layer = db.layer("province")
        provinces = [(f["code"], f["region_code"], f.geometry()) for f in layer.getFeatures()]
        return cls(provinces)

    @property
    def has_polygons(self) -> bool:
        return bool(self._engines)

    def locate(self, lon: float, lat: float) -> Place | None:
        """The province and region of the point; None when it is outside Morocco (beyond the
        coast tolerance), or when it is not in the Morocco box and no polygons are known."""
        from qgis.core import QgsGeometry, QgsPoint, QgsPointXY, QgsRectangle

        if not self._engines:
            west, south, east, north = MOROCCO_BOX
            return Place(None, None, True) if west <= lon <= east and south <= lat <= north else None
        point = QgsPoint(lon, lat)
        for i in self._index.intersects(QgsRectangle(lon, lat, lon, lat)):
            if self._engines[i].intersects(point):
                code, region = self._codes[i]
                return Place(code, region, True)
        t = COAST_TOLERANCE
        near = self._index.intersects(QgsRectangle(lon - t, lat - t, lon + t, lat + t))
        if not near:
            return None
        geometry = QgsGeometry.fromPointXY(QgsPointXY(lon, lat))
        best = min(near, key=lambda i: self._geometries[i].distance(geometry))
        if self._geometries[best].distance(geometry) <= t:
            code, region = self._codes[best]
            return Place(code, region, False)
        return None

    def contains(self, lon: float, lat: float) -> bool:
        return self.locate(lon, lat) is not None
