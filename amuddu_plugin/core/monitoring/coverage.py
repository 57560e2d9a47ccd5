"""Coverage figures of ``amuddu:coverage``, computed on plain values (no QGIS here, so the
figures can be checked against an independent oracle).

A unit (region, province or commune) has a population and one or more population locations
with weights summing to 1: its centroid alone, or the communes inside it weighted by their
population. Distances are great-circle (haversine) kilometres from each location to the
nearest published active point offering the category, wherever that point is (inside or
outside the unit); the unit's distance is the population-weighted mean, and its share beyond
reach the weight of the locations farther than ``distance_km``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from ...definitions.monitoring import PER_POPULATION
from .nearest import Nearest

EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True)
class Unit:
    code: str
    population: float
    #: (lon, lat, weight) with weights summing to 1.
    locations: tuple[tuple[float, float, float], ...]


@dataclass(frozen=True)
class ServicePoint:
    lon: float
    lat: float
    unit_code: str
    institution: str
    categories: frozenset[str]
    #: Number of services of each category at the point (defaults to 1 per category).
    services: tuple[tuple[str, int], ...] = ()


@dataclass
class UnitCoverage:
    code: str
    population: float
    points: int = 0
    services: int = 0
    points_by_institution: dict[str, int] = field(default_factory=dict)
    services_by_category: dict[str, int] = field(default_factory=dict)
    services_per_100k: float | None = None
    #: Weighted mean distance (km) to the nearest point of each category; None when no point
    #: of the category exists anywhere.
    distance_km: dict[str, float | None] = field(default_factory=dict)
    #: Share (0-1) of the population beyond the distance, per category.
    share_beyond: dict[str, float | None] = field(default_factory=dict)
    #: Share beyond reach of the nearest point of any selected category.
    share_beyond_any: float | None = None


def haversine_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def _reach(unit: Unit, nearest: Nearest, limit: float) -> tuple[float | None, float | None]:
    """Weighted mean distance and share beyond ``limit`` from the unit's locations."""
    if not nearest.cells or not unit.locations:
        return None, None
    mean = beyond = 0.0
    for lon, lat, weight in unit.locations:
        d = nearest(lon, lat) or 0.0
        mean += weight * d
        beyond += weight if d > limit else 0.0
    return mean, beyond


def _index(points: list[ServicePoint]) -> Nearest:
    return Nearest(((p.lon, p.lat) for p in points), haversine_km, EARTH_RADIUS_KM)


def _services(point: ServicePoint, category: str) -> int:
    counted = dict(point.services)
    return counted.get(category, 1) if category in point.categories else 0


def coverage(units: list[Unit], points: list[ServicePoint], categories: list[str],
             distance_km: float, *, per_category: bool = True) -> list[UnitCoverage]:
    """One :class:`UnitCoverage` per unit, in the order given; without ``per_category``, only
    the figures of any of the ``categories`` (points, services per 100k, share beyond reach of
    any), which is all the alerts need."""
    by_category = ({c: _index([p for p in points if c in p.categories]) for c in categories}
                   if per_category else {})
    any_category = [p for p in points if p.categories & set(categories)]
    any_index = _index(any_category)
    by_unit: dict[str, list[ServicePoint]] = {}
    for p in any_category:
        by_unit.setdefault(p.unit_code, []).append(p)
    out = []
    for unit in units:
        row = UnitCoverage(unit.code, unit.population)
        inside = by_unit.get(unit.code, [])
        row.points = len(inside)
        for p in inside:
            row.points_by_institution[p.institution] = row.points_by_institution.get(p.institution, 0) + 1
        for c in categories:
            row.services_by_category[c] = sum(_services(p, c) for p in inside)
            if per_category:
                row.distance_km[c], row.share_beyond[c] = _reach(unit, by_category[c], distance_km)
        row.services = sum(row.services_by_category.values())
        if unit.population > 0:
            row.services_per_100k = row.services * PER_POPULATION / unit.population
        row.share_beyond_any = _reach(unit, any_index, distance_km)[1]
        out.append(row)
    return out


def commune_locations(communes: list[tuple[float, float, float]]) -> tuple[tuple[float, float, float], ...]:
    """(lon, lat, population) of the communes of a unit -> locations weighted by population
    (equal weights when no commune has a population)."""
    total = sum(max(0.0, pop) for _, _, pop in communes)
    if total <= 0:
        return tuple((lon, lat, 1.0 / len(communes)) for lon, lat, _ in communes) if communes else ()
    return tuple((lon, lat, max(0.0, pop) / total) for lon, lat, pop in communes)


def replace_population(units: list[Unit], table: dict[str, float]) -> tuple[list[Unit], list[str]]:
    """Units with the committee's denominator instead of the census, and the codes of the
    units the table does not cover (kept at population 0, so their ratio stays empty)."""
    missing = [u.code for u in units if u.code not in table]
    return [Unit(u.code, float(table.get(u.code, 0.0)), u.locations) for u in units], missing
