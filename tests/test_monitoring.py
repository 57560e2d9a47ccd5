"""The committee's monitoring: declared rules (definitions/monitoring.py) and the coverage
figures (core/monitoring/coverage.py) against answers known by construction."""

from __future__ import annotations

import math

import pytest

from amuddu_plugin.core.monitoring.coverage import (
    ServicePoint,
    Unit,
    commune_locations,
    coverage,
    haversine_km,
    replace_population,
)
from amuddu_plugin.definitions import model, monitoring
from amuddu_plugin.definitions.quality_rules import SEVERITIES

KM_PER_DEGREE = 2 * math.pi * 6371.0088 / 360  # along a meridian


def test_alert_rules_are_declared_once_in_three_languages():
    codes = [r.code for r in monitoring.ALERT_RULES]
    assert len(codes) == len(set(codes)) == 6
    for r in monitoring.ALERT_RULES:
        assert r.severity in SEVERITIES
        assert r.subject in ("unit", "institution", "point")
        assert r.message.fr and r.message.ar and r.message.en
        assert any("\u0600" <= ch <= "\u06ff" for ch in r.message.ar)
    assert monitoring.alert_rule("DRAFT_WAITING").severity == "info"
    with pytest.raises(KeyError):
        monitoring.alert_rule("NOPE")


def test_thresholds_and_levels_agree_with_the_model():
    assert (monitoring.DISTANCE_KM, monitoring.DRAFT_MAX_DAYS,
            monitoring.TEMPORARILY_CLOSED_MAX_DAYS) == (30.0, 30, 90)
    assert 89 <= monitoring.NO_UPDATE_MAX_DAYS <= 92 and monitoring.UNVERIFIED_MAX_DAYS == 365
    assert set(monitoring.WAITING_STATES) <= set(model.PUBLICATION_STATE)
    assert "published" not in monitoring.WAITING_STATES
    for level, (table, code, population) in monitoring.LEVEL_TABLES.items():
        assert level in monitoring.LEVEL_LABELS
        fields = {f.name for f in model.TABLES_BY_NAME[table].fields}
        assert {code, population} <= fields


def test_haversine_along_a_meridian():
    assert haversine_km(-7.0, 30.0, -7.0, 31.0) == pytest.approx(KM_PER_DEGREE, rel=1e-9)


def _world():
    """Three units on the meridian -7: A at lat 30, B at 31, C at 32 (one degree ~111 km).
    Health points in A (2, one institution each) and C; legal only in A."""
    units = [Unit("A", 200_000, ((-7.0, 30.0, 1.0),)),
             Unit("B", 50_000, ((-7.0, 31.0, 1.0),)),
             Unit("C", 100_000, ((-7.0, 32.0, 0.25), (-7.0, 32.5, 0.75)))]
    points = [ServicePoint(-7.0, 30.0, "A", "OIM", frozenset({"health", "legal"})),
              ServicePoint(-7.0, 30.1, "A", "CNDH", frozenset({"health"}), (("health", 3),)),
              ServicePoint(-7.0, 32.0, "C", "OIM", frozenset({"health"})),
              ServicePoint(-7.0, 30.0, "A", "OIM", frozenset({"food"}))]  # not selected
    return units, points


def test_coverage_counts_ratio_and_distances_known_by_construction():
    units, points = _world()
    a, b, c = coverage(units, points, ["health", "legal"], 30.0)
    assert sum(r.population for r in (a, b, c)) == 350_000
    assert (a.points, a.points_by_institution) == (2, {"OIM": 1, "CNDH": 1})
    assert a.services_by_category == {"health": 4, "legal": 1}
    assert a.services_per_100k == pytest.approx(5 * 100_000 / 200_000)
    assert a.distance_km["health"] == pytest.approx(0.0) and a.share_beyond["health"] == 0.0
    # B has no service: its distance is to the nearest one outside it (CNDH's in A at 0.9
    # degree for health, OIM's in A at 1 degree for legal).
    assert b.points == 0 and b.services_per_100k == 0.0
    assert b.distance_km["health"] == pytest.approx(0.9 * KM_PER_DEGREE, rel=1e-6)
    assert b.distance_km["legal"] == pytest.approx(KM_PER_DEGREE, rel=1e-6)
    assert b.share_beyond["health"] == 1.0 and b.share_beyond_any == 1.0
    # C: a quarter of its people at the point, three quarters half a degree north (~55.6 km).
    assert c.distance_km["health"] == pytest.approx(0.75 * KM_PER_DEGREE / 2, rel=1e-6)
    assert c.share_beyond["health"] == pytest.approx(0.75)
    assert c.distance_km["legal"] == pytest.approx(0.25 * 2 * KM_PER_DEGREE + 0.75 * 2.5 * KM_PER_DEGREE,
                                                   rel=1e-6)
    assert c.share_beyond_any == pytest.approx(0.75)


def test_coverage_of_any_category_alone_gives_the_same_figures():
    """What the alerts read (without the reach of each category) equals the full figures."""
    units, points = _world()
    full = coverage(units, points, ["health", "legal"], 30.0)
    alone = coverage(units, points, ["health", "legal"], 30.0, per_category=False)
    for f, a in zip(full, alone, strict=True):
        assert (a.points, a.points_by_institution, a.services_by_category, a.services_per_100k,
                a.share_beyond_any) == (f.points, f.points_by_institution, f.services_by_category,
                                        f.services_per_100k, f.share_beyond_any)
        assert a.distance_km == {} and f.distance_km
    assert [r.share_beyond_any for r in alone] == [0.0, 1.0, pytest.approx(0.75)]


def test_category_with_no_point_anywhere_has_no_distance():
    units, points = _world()
    (a, *_rest) = coverage(units, points, ["shelter"], 30.0)
    assert a.points == 0 and a.distance_km["shelter"] is None and a.share_beyond_any is None


def test_commune_weights_follow_population():
    locs = commune_locations([(0.0, 0.0, 300.0), (1.0, 1.0, 100.0)])
    assert [w for *_xy, w in locs] == [0.75, 0.25]
    assert [w for *_xy, w in commune_locations([(0, 0, 0), (1, 1, 0)])] == [0.5, 0.5]
    assert commune_locations([]) == ()


def test_population_table_replaces_the_denominator():
    units, points = _world()
    replaced, missing = replace_population(units, {"A": 1_000, "C": 2_000})
    assert missing == ["B"]
    a, b, _c = coverage(replaced, points, ["health", "legal"], 30.0)
    assert a.services_per_100k == pytest.approx(5 * 100_000 / 1_000)
    assert b.population == 0 and b.services_per_100k is None


# -- on the bundled database ----------------------------------------------------------------------

def test_bundled_units_sum_to_the_national_population(qgis_app, bundled_gpkg):
    from amuddu_plugin.core.monitoring.read import read_points, read_units

    totals = {level: sum(u.population for u in read_units(bundled_gpkg, level))
              for level in monitoring.LEVELS}
    assert len(set(totals.values())) == 1 and totals["region"] > 30_000_000
    provinces = read_units(bundled_gpkg, "province")
    assert all(u.locations for u in provinces)
    points = read_points(bundled_gpkg, "province")
    assert points and all(p.categories for p in points[:50]) is not None
    rows = coverage(provinces, points, ["health"], 30.0)
    assert sum(r.points for r in rows) == sum(1 for p in points if "health" in p.categories
                                              and p.unit_code in {u.code for u in provinces})
    for r in rows:  # nearest distance never exceeds the distance to any health point
        if r.distance_km["health"] is not None and r.points:
            assert r.distance_km["health"] < 400


def test_the_grid_index_finds_what_a_full_scan_finds():
    """The nearest-point search (a grid, ring by ring, with a bound that stops it) against a
    scan of every point, on random points over Morocco and places near and far."""
    import random

    from amuddu_plugin.core.monitoring.coverage import EARTH_RADIUS_KM
    from amuddu_plugin.core.monitoring.nearest import Nearest

    rng = random.Random(13)
    spread = [[(rng.uniform(-17.1, -1.0), rng.uniform(21.0, 35.9)) for _ in range(n)] for n in (1, 7, 400)]
    # a dense city (small cells) and a few points far from it
    clustered = [(rng.gauss(-7.6, 0.05), rng.gauss(33.55, 0.05)) for _ in range(3000)]
    city = list(clustered)
    clustered += [(-13.2, 27.15), (-1.9, 34.68), (-15.93, 23.7)]
    assert Nearest(city, haversine_km, EARTH_RADIUS_KM).cell_deg < 0.05  # small cells, far places
    for points in (*spread, clustered, city):
        n = len(points)
        nearest = Nearest(points, haversine_km, EARTH_RADIUS_KM)
        places = [(rng.uniform(-20.0, 3.0), rng.uniform(18.0, 40.0)) for _ in range(300)]
        places += [(-7.0, 60.0), (40.0, -10.0), points[0]]
        for lon, lat in places:
            scan = min(haversine_km(lon, lat, x, y) for x, y in points)
            assert nearest(lon, lat) == scan, (n, lon, lat)
    assert Nearest([], haversine_km, EARTH_RADIUS_KM)(-7.0, 33.0) is None
