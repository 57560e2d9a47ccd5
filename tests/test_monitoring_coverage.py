"""``amuddu:coverage`` on a small synthetic database whose answers are known by construction:
every place lies on the meridian -7, where a degree of latitude is a fixed number of
kilometres, so the oracle below needs no geodesy of the plugin's."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

KM = 2 * math.pi * 6371.0088 / 360  # one degree along a meridian
CATEGORIES = ["EMP_REG", "VT_INIT", "INFO_DESK"]

#: code -> (population, lat_min, lat_max, parent); every unit spans lon -8..-6.
REGIONS = {"01": (150_000, 30.0, 32.0, None), "02": (250_000, 32.0, 34.0, None)}
PROVINCES = {"01.001": (100_000, 30.0, 31.0, "01"), "01.002": (50_000, 31.0, 32.0, "01"),
             "02.001": (250_000, 32.0, 34.0, "02")}
COMMUNES = {"01.001.01": (60_000, "01.001"), "01.001.02": (40_000, "01.001"),
            "01.002.01": (50_000, "01.002"), "02.001.01": (250_000, "02.001")}
#: The communes' polygons (lat_min, lat_max); where their people live is given apart (lon,
#: lat: at first their province's centre, as the oracle assumes unless told otherwise).
COMMUNE_BOXES = {"01.001.01": (30.0, 30.5), "01.001.02": (30.5, 31.0), "01.002.01": (31.0, 32.0),
                 "02.001.01": (32.0, 34.0)}
#: uuid char -> (institution, facility type, lat, commune, publication, status, {category: n})
POINTS = {
    "a": ("ANAPEC", "ANAPEC_AGENCY", 30.5, "01.001.01", "published", "active",
          {"EMP_REG": 2, "INFO_DESK": 1}),
    "b": ("OFPPT", "OFPPT_ESTAB", 30.6, "01.001.02", "published", "active",
          {"VT_INIT": 1, "INFO_DESK": 1}),
    "c": ("ANAPEC", "ANAPEC_AGENCY", 33.2, "02.001.01", "published", "active", {"EMP_REG": 1}),
    "d": ("ANAPEC", "ANAPEC_AGENCY", 31.5, "01.002.01", "draft", "active", {"EMP_REG": 1}),
    "e": ("ANAPEC", "ANAPEC_AGENCY", 31.5, "01.002.01", "published", "temporarily_closed",
          {"EMP_REG": 1}),
    "f": ("EN", "EN_SOCIAL", 31.5, "01.002.01", "published", "active", {"SOC_EDU": 3}),
}


def _box(lat_min: float, lat_max: float) -> str:
    return (f"MULTIPOLYGON(((-8 {lat_min}, -6 {lat_min}, -6 {lat_max}, -8 {lat_max}, "
            f"-8 {lat_min})))")


def build_world(db) -> None:
    """The units and points above, in a database that has the schema and vocabularies."""
    db.insert("region", [{"code": c, "name_fr": f"Région {c}", "name_ar": f"جهة {c}",
                          "population_2024": p, "geometry": _box(lo, hi)}
                         for c, (p, lo, hi, _) in REGIONS.items()])
    db.insert("province", [{"code": c, "name_fr": f"Province {c}", "name_ar": f"إقليم {c}",
                            "region_code": r, "population_2024": p, "geometry": _box(lo, hi)}
                           for c, (p, lo, hi, r) in PROVINCES.items()])
    db.insert("commune", [{"code": c, "name_fr": f"Commune {c}", "province_code": p,
                           "region_code": p[:2], "population_2024": n, "geometry": _box(*COMMUNE_BOXES[c]),
                           "lon": -7.0, "lat": _centre(*PROVINCES[p][1:3]), "located_by": "polygon"}
                          for c, (n, p) in COMMUNES.items()])
    points, services = [], []
    for char, (inst, ftype, lat, commune, state, status, counts) in POINTS.items():
        points.append({"uuid": char * 36, "institution": inst, "facility_type": ftype,
                       "name_fr": f"Point {char}", "geometry": f"POINT(-7 {lat})",
                       "region_code": commune[:2], "province_code": commune[:6],
                       "commune_code": commune, "publication_state": state,
                       "operating_status": status})
        services += [{"uuid": f"{char}{category}{i}".ljust(36, "0"), "service_point_uuid": char * 36,
                      "category": category} for category, n in counts.items() for i in range(n)]
    db.insert("service_point", points)
    db.insert("service", services)


@pytest.fixture
def world(empty_db):
    build_world(empty_db)
    return empty_db


# -- the oracle ------------------------------------------------------------------------------------

def _centre(lo: float, hi: float) -> float:
    return (lo + hi) / 2


def oracle_locations(level: str, placed: dict[str, float] | None = None) -> dict[str, list]:
    """(lat, weight) where each unit's people live: a commune at its own latitude when placed,
    else at its province's centre; a province or region at its communes, weighted by
    population."""
    lats = {c: (placed or {}).get(c, _centre(*PROVINCES[p][1:3])) for c, (_, p) in COMMUNES.items()}
    if level == "commune":
        return {c: [(lat, 1.0)] for c, lat in lats.items()}
    units, width = (PROVINCES, 6) if level == "province" else (REGIONS, 2)
    return {u: [(lats[c], n / units[u][0]) for c, (n, _) in COMMUNES.items() if c[:width] == u]
            for u in units}


def _served(category: str) -> list[tuple[float, str, int]]:
    """(lat, commune, services) of the points that count: published and active."""
    return [(lat, commune, counts[category]) for inst, _, lat, commune, state, status, counts
            in POINTS.values() if state == "published" and status == "active" and category in counts]


def oracle(level: str, distance: float = 30.0, placed: dict[str, float] | None = None) -> dict[str, dict]:
    width = {"region": 2, "province": 6, "commune": 9}[level]
    population = {"region": {c: v[0] for c, v in REGIONS.items()},
                  "province": {c: v[0] for c, v in PROVINCES.items()},
                  "commune": {c: v[0] for c, v in COMMUNES.items()}}[level]
    out = {}
    for code, places in oracle_locations(level, placed).items():
        row: dict = {"population": population[code], "services": 0}
        for category in CATEGORIES:
            served = _served(category)
            row[f"services_{category.lower()}"] = sum(n for _, c, n in served if c[:width] == code)
            row["services"] += row[f"services_{category.lower()}"]
            nearest = [min(abs(lat - s) * KM for s, _, _ in served) for lat, _ in places]
            row[f"km_{category.lower()}"] = sum(d * w for d, (_, w) in zip(nearest, places))
            row[f"pct_beyond_{category.lower()}"] = 100 * sum(w for d, (_, w) in zip(nearest, places)
                                                              if d > distance)
        row["services_per_100k"] = row["services"] * 100_000 / population[code]
        out[code] = row
    return out


# -- helpers -----------------------------------------------------------------------------------------

def run(params: dict):
    import processing

    return processing.run("amuddu:coverage", params)


def features(path: str) -> dict[str, dict]:
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, "coverage", "ogr")
    assert layer.isValid(), path
    out = {}
    for f in layer.getFeatures():
        row = dict(zip(layer.fields().names(), [None if v == None else v for v in f.attributes()]))  # noqa: E711
        row["_geometry"] = f.geometry()
        out[row["code"]] = row
    return out


# -- figures --------------------------------------------------------------------------------------

@pytest.mark.parametrize("level", ["region", "province", "commune"])
def test_figures_agree_with_the_oracle(provider, world, tmp_path, level):
    out = run({"DATABASE": world.source, "LEVEL": level, "CATEGORIES": CATEGORIES,
               "OUTPUT": str(tmp_path / f"{level}.gpkg")})
    got, expected = features(out["OUTPUT"]), oracle(level)
    assert set(got) == set(expected) and out["UNITS"] == len(expected)
    national = sum(p for p, *_ in REGIONS.values())
    assert sum(r["population"] for r in got.values()) == national
    for code, row in expected.items():
        for name, value in row.items():
            assert got[code][name] == pytest.approx(value, rel=1e-6, abs=1e-9), (code, name)
        assert got[code]["denominator"] == "census"
        assert not got[code]["_geometry"].isEmpty()


def place_communes(db, lats: dict[str, float], unplaced: str) -> None:
    """Where the people of some communes live (lon, lat, as ``make data`` writes them); one
    commune with neither a polygon nor a place (it stands at its province's surface point)."""
    db.execute([f"UPDATE commune SET lat = {lat} WHERE code = '{code}'" for code, lat in lats.items()]
               + [f"UPDATE commune SET lon = NULL, lat = NULL, geom = NULL, located_by = 'none' "
                  f"WHERE code = '{unplaced}'"])


@pytest.mark.parametrize("level", ["region", "province", "commune"])
def test_communes_with_their_own_places_locate_the_population(provider, world, tmp_path, level):
    placed = {"01.001.01": 30.2, "01.001.02": 30.9, "02.001.01": 33.0}  # 01.002.01 stays unplaced
    place_communes(world, placed, unplaced="01.002.01")
    out = run({"DATABASE": world.source, "LEVEL": level, "CATEGORIES": CATEGORIES,
               "OUTPUT": str(tmp_path / f"{level}.gpkg")})
    got, expected = features(out["OUTPUT"]), oracle(level, placed=placed)
    assert expected != oracle(level)  # the places make a difference at this level
    for code, row in expected.items():
        for name, value in row.items():
            assert got[code][name] == pytest.approx(value, rel=1e-6, abs=1e-9), (code, name)
    if level == "commune":  # drawn as its own polygon; without one, figures and no shape
        assert got["01.001.02"]["_geometry"].area() == pytest.approx(2 * 0.5)
        assert got["01.002.01"]["_geometry"].isEmpty()


def test_a_unit_without_a_category_measures_to_the_nearest_one_outside(provider, world, tmp_path):
    got = features(run({"DATABASE": world.source, "LEVEL": "province", "CATEGORIES": CATEGORIES,
                        "OUTPUT": str(tmp_path / "p.gpkg")})["OUTPUT"])
    empty = got["01.002"]  # a draft, a closed point and an EN social centre: nothing counts
    assert (empty["points"], empty["services"], empty["services_per_100k"]) == (0, 0, 0.0)
    assert empty["km_emp_reg"] == pytest.approx(1.0 * KM)  # point a, one degree south
    assert empty["km_vt_init"] == pytest.approx(0.9 * KM)  # point b
    assert empty["pct_beyond_any"] == 100.0
    full = got["01.001"]
    assert (full["points"], full["points_anapec"], full["points_ofppt"], full["points_en"]) == (2, 1, 1, 0)
    assert full["services_per_100k"] == 5 * 100_000 / 100_000
    assert full["km_emp_reg"] == 0.0 and full["pct_beyond_any"] == 0.0
    # the EN point counts when its category is selected
    social = features(run({"DATABASE": world.source, "LEVEL": "province", "CATEGORIES": ["SOC_EDU"],
                           "INSTITUTIONS": ["EN"], "OUTPUT": str(tmp_path / "s.gpkg")})["OUTPUT"])
    assert social["01.002"]["services_soc_edu"] == 3 and social["01.001"]["points"] == 0
    assert "points_anapec" not in social["01.002"]


def test_polygons_for_regions_and_provinces(provider, world, tmp_path):
    from qgis.core import QgsWkbTypes

    got = features(run({"DATABASE": world.source, "LEVEL": "province",
                        "OUTPUT": str(tmp_path / "p.gpkg")})["OUTPUT"])
    geometry = got["01.002"]["_geometry"]
    assert QgsWkbTypes.geometryType(geometry.wkbType()) == QgsWkbTypes.PolygonGeometry
    assert geometry.area() == pytest.approx(2.0)
    assert {"services_soc_edu", "km_art_train"} <= set(got["01.002"])  # all categories by default


def test_population_table_replaces_the_census(provider, world, tmp_path):
    from qgis.core import QgsProcessingException

    csv = tmp_path / "foreign_residents.csv"
    csv.write_text("code_hcp,population\n01.001,1000\n02.001,\"2 000\"\n99.999,5\n", encoding="utf-8")
    out = run({"DATABASE": world.source, "LEVEL": "province", "CATEGORIES": CATEGORIES,
               "POPULATION": str(csv), "OUTPUT": str(tmp_path / "p.gpkg")})
    got = features(out["OUTPUT"])
    assert out["DENOMINATOR"] == "table" and out["MISSING"] == "01.002"
    assert got["01.001"]["population"] == 1000 and got["01.001"]["denominator"] == "table"
    assert got["01.001"]["services_per_100k"] == pytest.approx(5 * 100_000 / 1000)
    assert got["02.001"]["services_per_100k"] == pytest.approx(1 * 100_000 / 2000)
    missing = got["01.002"]
    assert missing["denominator"] == "missing" and missing["population"] is None
    assert missing["services_per_100k"] is None
    before = csv.read_bytes()
    with pytest.raises(QgsProcessingException):  # never over an input
        run({"DATABASE": world.source, "POPULATION": str(csv), "OUTPUT": str(csv)})
    assert csv.read_bytes() == before


@pytest.mark.parametrize("content, message", [
    ("code,population\n01.001,many\n", r"row 1 of .*\(unit 01\.001\).*“many” of field population"),
    ("code,population\n01.001,10\n01.001,12\n", "row 2 of .*unit 01.001 is given twice"),
    ("unit,people\n01.001,10\n", "no code field found .*POPULATION_CODE"),
    ("code,population\n9,10\n", "none of the codes .*LEVEL"),
])
def test_bad_population_tables_name_the_row_and_field(provider, world, tmp_path, content, message):
    from qgis.core import QgsProcessingException

    csv = tmp_path / "pop.csv"
    csv.write_text(content, encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=message):
        run({"DATABASE": world.source, "LEVEL": "province", "POPULATION": str(csv),
             "OUTPUT": str(tmp_path / "p.gpkg")})
    assert not (tmp_path / "p.gpkg").exists()


def test_bad_parameters_are_refused_clearly(provider, world, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="DISTANCE_KM must be a distance above 0"):
        run({"DATABASE": world.source, "DISTANCE_KM": 0, "OUTPUT": str(tmp_path / "p.gpkg")})
    before = Path(world.source).read_bytes()
    with pytest.raises(QgsProcessingException):
        run({"DATABASE": world.source, "OUTPUT": world.source})  # never over the database
    assert Path(world.source).read_bytes() == before
    with pytest.raises(QgsProcessingException, match="POPULATION: .* has no field “nope”"):
        csv = tmp_path / "pop.csv"
        csv.write_text("code,population\n01.001,10\n", encoding="utf-8")
        run({"DATABASE": world.source, "POPULATION": str(csv), "POPULATION_VALUE": "nope",
             "OUTPUT": str(tmp_path / "p.gpkg")})


def test_the_output_is_styled_graduated_with_the_ramp_in_arabic(provider, world, tmp_path):
    import processing
    from qgis.core import QgsProject

    project = QgsProject.instance()
    before = set(project.mapLayers())
    out = processing.runAndLoadResults("amuddu:coverage", {
        "DATABASE": world.source, "CATEGORIES": CATEGORIES, "OUTPUT": str(tmp_path / "p.gpkg")})
    (layer,) = [lyr for i, lyr in project.mapLayers().items() if i not in before]  # joins the project, styled
    try:
        check_styles(layer, out["OUTPUT"])
    finally:
        project.removeMapLayer(layer.id())


def check_styles(layer, output: str) -> None:
    from amuddu_plugin.core.monitoring.style import style_coverage
    from amuddu_plugin.definitions.monitoring import COVERAGE_RAMP

    assert layer.source().startswith(output)
    assert layer.renderer().type() == "graduatedSymbol"
    assert layer.renderer().classAttribute() == "services_per_100k"
    assert layer.name() == "Service coverage"  # the tests read the interface in English
    assert all("per 100,000 inhabitants" in r.label() for r in layer.renderer().ranges())
    style_coverage(layer, ["ANAPEC"], CATEGORIES, "ar")
    ranges = layer.renderer().ranges()
    ratios = sorted(f["services_per_100k"] for f in layer.getFeatures())
    assert ranges[0].lowerValue() == ratios[0] and ranges[-1].upperValue() == ratios[-1]
    assert {r.symbol().color().name() for r in ranges} <= set(COVERAGE_RAMP)
    assert all("نسمة" in r.label() for r in ranges)
    assert layer.name() == "تغطية الخدمات"
    assert layer.attributeDisplayName(layer.fields().indexOf("services_per_100k")) == "خدمات لكل 100000 نسمة"
    style_coverage(layer, ["ANAPEC"], CATEGORIES, "fr")
    labels = [r.label() for r in layer.renderer().ranges()]
    assert all("pour 100 000 hab." in label for label in labels)
    assert any("0,4" in label for label in labels)  # 40 services for 10 million: a French decimal
    assert labels[0] == "0 services pour 100 000 hab."  # the class of the units without any


def test_headless_qgis_process(qgis_process, world, tmp_path):
    out = tmp_path / "regions.gpkg"
    done = qgis_process("run", "amuddu:coverage", "--", f"DATABASE={world.source}", "LEVEL=region",
                        "CATEGORIES=EMP_REG", "CATEGORIES=VT_INIT", "DISTANCE_KM=50", f"OUTPUT={out}")
    assert done.returncode == 0, done.stdout + done.stderr
    got = features(str(out))
    rows = {code: row["pct_beyond_emp_reg"] for code, row in got.items()}
    columns = set(got["01"])
    expected = oracle("region", 50.0)
    assert rows == pytest.approx({c: r["pct_beyond_emp_reg"] for c, r in expected.items()})
    assert "km_info_desk" not in columns and "km_vt_init" in columns
    csv = tmp_path / "pop.csv"
    csv.write_text("code,population\n01,1000\n", encoding="utf-8")
    table = qgis_process("run", "amuddu:coverage", "--", f"DATABASE={world.source}", "LEVEL=region",
                         f"POPULATION={csv}", f"OUTPUT={tmp_path / 'table.gpkg'}")
    assert table.returncode == 0, table.stdout + table.stderr
    assert "DENOMINATOR:\ttable" in table.stdout and "MISSING:\t02" in table.stdout
    assert features(str(tmp_path / "table.gpkg"))["01"]["population"] == 1000
    bad = qgis_process("run", "amuddu:coverage", "--", f"DATABASE={world.source}", "LEVEL=county",
                       f"OUTPUT={tmp_path / 'bad.gpkg'}")
    assert bad.returncode != 0 and "LEVEL" in bad.stdout + bad.stderr
