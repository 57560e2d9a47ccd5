"""The great-circle distance from a place to the nearest of many points, fast: the points are
bucketed in a grid (cells of about :data:`POINTS_PER_CELL` points, between
:data:`MIN_CELL_DEG` and :data:`MAX_CELL_DEG` degrees), searched ring by ring outwards from the
place's cell until no point outside the rings searched can be nearer, and each place's answer
is kept (communes that stand at one place are measured once). Far from every point, where
the rings would be many and empty, the occupied cells are taken nearest first instead.

The bound that stops the search: a point outside ring ``r`` differs from the place by at
least ``r`` cells in latitude (``r`` cell sizes in degrees along a meridian) or in longitude, and for
latitudes within ±L, ``sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2) ≥ cos² L sin²(Δλ/2)`` bounds the
haversine from below. No QGIS here.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

POINTS_PER_CELL = 8
MIN_CELL_DEG, MAX_CELL_DEG = 0.02, 1.0


def cell_size(points: list[tuple[float, float]]) -> float:
    """Degrees per cell: about POINTS_PER_CELL points per cell if they were spread evenly."""
    if len(points) < 2:
        return MAX_CELL_DEG
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    area = max(1e-6, (max(lons) - min(lons)) * (max(lats) - min(lats)))
    return min(MAX_CELL_DEG, max(MIN_CELL_DEG, math.sqrt(area * POINTS_PER_CELL / len(points))))


class Nearest:
    def __init__(self, points: Iterable[tuple[float, float]],
                 distance: Callable[[float, float, float, float], float], radius_km: float) -> None:
        self.cells: dict[tuple[int, int], list[tuple[float, float]]] = {}
        self.distance, self.radius = distance, radius_km
        self.max_lat = 0.0
        points = list(points)
        self.cell_deg = cell_size(points)
        for lon, lat in points:
            self.cells.setdefault(self._cell(lon, lat), []).append((lon, lat))
            self.max_lat = max(self.max_lat, abs(lat))
        rows, cols = [i for i, _ in self.cells], [j for _, j in self.cells]
        self.extent = (min(rows, default=0), max(rows, default=0), min(cols, default=0), max(cols, default=0))
        self.cache: dict[tuple[float, float], float | None] = {}

    def _cell(self, lon: float, lat: float) -> tuple[int, int]:
        return math.floor(lat / self.cell_deg), math.floor(lon / self.cell_deg)

    def _bound(self, ring: int, lat: float) -> float:
        """No point outside ``ring`` rings around the place is nearer than this (km)."""
        span = math.radians(ring * self.cell_deg)
        cos_l = math.cos(math.radians(min(90.0, max(self.max_lat, abs(lat)))))
        along_parallel = 2 * self.radius * math.asin(min(1.0, cos_l * math.sin(min(math.pi, span) / 2)))
        return min(self.radius * span, along_parallel)

    def _ring(self, ci: int, cj: int, r: int) -> Iterable[tuple[int, int]]:
        if r == 0:
            yield ci, cj
            return
        for j in range(cj - r, cj + r + 1):
            yield ci - r, j
            yield ci + r, j
        for i in range(ci - r + 1, ci + r):
            yield i, cj - r
            yield i, cj + r

    def __call__(self, lon: float, lat: float) -> float | None:
        """Distance (km) from (lon, lat) to the nearest point, or None when there is none."""
        key = (lon, lat)
        if key not in self.cache:
            self.cache[key] = self._search(lon, lat)
        return self.cache[key]

    def _search(self, lon: float, lat: float) -> float | None:
        if not self.cells:
            return None
        ci, cj = self._cell(lon, lat)
        i0, i1, j0, j1 = self.extent
        reach = max(ci - i0, i1 - ci, cj - j0, j1 - cj)
        best, looked, budget = math.inf, 0, 4 * len(self.cells)
        for r in range(reach + 1):
            for cell in self._ring(ci, cj, r):
                for x, y in self.cells.get(cell, ()):
                    best = min(best, self.distance(lon, lat, x, y))
            if best <= self._bound(r, lat):
                return best
            looked += max(1, 8 * r)
            if looked > budget:  # far from every point: the occupied cells, nearest first
                return self._far(lon, lat, ci, cj, r + 1, best)
        return best

    def _far(self, lon: float, lat: float, ci: int, cj: int, start: int, best: float) -> float:
        """The search on from ring ``start``, over the occupied cells sorted by ring."""
        rings = sorted((max(abs(i - ci), abs(j - cj)), (i, j)) for i, j in self.cells)
        for ring, cell in rings:
            if ring < start:
                continue
            if best <= self._bound(ring - 1, lat):
                break
            for x, y in self.cells[cell]:
                best = min(best, self.distance(lon, lat, x, y))
        return best
