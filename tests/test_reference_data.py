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
