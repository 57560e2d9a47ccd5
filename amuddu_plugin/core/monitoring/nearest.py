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

The points of the cells of a ring are compared at once (numpy): the nearest is the one of
least chord between unit vectors (the chord grows with the great-circle distance), and the
distance of that one point is then measured with ``distance`` itself, so the answer is the
one a scan of every point with ``distance`` gives.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import Any

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
        self.vectors = {cell: _unit_vectors(found) for cell, found in self.cells.items()}
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
        here = _unit_vectors([(lon, lat)])[0]
        best, looked, budget = math.inf, 0, 4 * len(self.cells)
        for r in range(reach + 1):
            best = self._nearer(lon, lat, here, [c for c in self._ring(ci, cj, r) if c in self.cells], best)
            if best <= self._bound(r, lat):
                return best
            looked += max(1, 8 * r)
            if looked > budget:  # far from every point: the occupied cells, nearest first
                return self._far(lon, lat, here, ci, cj, r + 1, best)
        return best

    def _nearer(self, lon: float, lat: float, here: Any, cells: list[tuple[int, int]], best: float) -> float:
        """``best``, or the distance to the nearest point of ``cells`` when it is less."""
        import numpy as np

        if not cells:
            return best
        vectors = (self.vectors[cells[0]] if len(cells) == 1
                   else np.concatenate([self.vectors[c] for c in cells]))
        k = int(np.argmin(((vectors - here) ** 2).sum(axis=1)))
        for cell in cells:  # the k-th point of the cells, in their order
            if k < len(self.cells[cell]):
                x, y = self.cells[cell][k]
                return min(best, self.distance(lon, lat, x, y))
            k -= len(self.cells[cell])
        return best

    def _far(self, lon: float, lat: float, here: Any, ci: int, cj: int, start: int, best: float) -> float:
        """The search on from ring ``start``, over the occupied cells sorted by ring."""
        rings = sorted((max(abs(i - ci), abs(j - cj)), (i, j)) for i, j in self.cells)
        for ring, cell in rings:
            if ring < start:
                continue
            if best <= self._bound(ring - 1, lat):
                break
            best = self._nearer(lon, lat, here, [cell], best)
        return best


def _unit_vectors(points: list[tuple[float, float]]) -> Any:
    """(lon, lat) in degrees -> points on the unit sphere, one row each."""
    import numpy as np

    lonlat = np.radians(np.asarray(points, dtype=np.float64).reshape(-1, 2))
    cos_lat = np.cos(lonlat[:, 1])
    return np.column_stack((cos_lat * np.cos(lonlat[:, 0]), cos_lat * np.sin(lonlat[:, 0]),
                            np.sin(lonlat[:, 1])))
