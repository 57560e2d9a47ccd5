"""amuddu:export_open_data: the public points as GeoJSON, CSV and GeoPackage with a README and
DCAT metadata, opened by QGIS and GDAL, counted independently of the exporter."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

from amuddu_plugin.core.opendata.export import OpenDataOptions, export_open_data
from amuddu_plugin.core.store.database import StoreError
from amuddu_plugin.definitions import opendata as O


def published_counts(db) -> tuple[int, int]:
    """Points and services the public map shows, counted with sqlite3 alone."""
    con = sqlite3.connect(db.source)
    try:
        points = con.execute("SELECT count(*) FROM service_point WHERE publication_state = 'published' "
                             "AND operating_status IN ('active', 'temporarily_closed')").fetchone()[0]
        services = con.execute(
            "SELECT count(*) FROM service s JOIN service_point p ON p.uuid = s.service_point_uuid "
            "WHERE p.publication_state = 'published' AND p.operating_status IN "
            "('active', 'temporarily_closed')").fetchone()[0]
        all_points = con.execute("SELECT count(*) FROM service_point").fetchone()[0]
    finally:
        con.close()
    assert 0 < points < all_points  # the sample has drafts and closed points left out
    return points, services


@pytest.fixture
def exported(sample_db, tmp_path):
    folder = tmp_path / "open-data"
    result = export_open_data(sample_db, folder, OpenDataOptions(delimiter=";", language="fr"))
    return sample_db, folder, result


def test_counts_are_the_public_points(exported):
    db, folder, result = exported
    points, services = published_counts(db)
    assert (result.points, result.services) == (points, services)
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith(".")) == sorted(O.FILES)


def test_geojson_is_rfc_7946(exported):
    db, folder, _ = exported
    data = json.loads((folder / "service_points.geojson").read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and "crs" not in data
    assert len(data["features"]) == published_counts(db)[0]
    w, s, e, n = O.MOROCCO_BBOX
    for feature in data["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert w < lon < e and s < lat < n
        assert len(str(lon).split(".")[-1]) <= O.COORDINATE_DECIMALS
    assert any("\u0600" <= c <= "\u06ff" for c in data["features"][0]["properties"]["name_ar"] or "ا")


@pytest.mark.parametrize("name", ["service_points.geojson", "service_points.csv",
                                  "amuddu-open-data.gpkg"])
def test_files_open_in_qgis_and_gdal(exported, name):
    from osgeo import ogr
    from qgis.core import QgsVectorLayer

    db, folder, _ = exported
    points = published_counts(db)[0]
    path = folder / name
    uri = str(path)
    if name.endswith(".csv"):
        uri = f"file://{path}?delimiter=;&xField=lon&yField=lat&crs=EPSG:4326"
        layer = QgsVectorLayer(uri, "points", "delimitedtext")
    else:
        layer = QgsVectorLayer(uri + ("|layername=service_points" if name.endswith(".gpkg") else ""),
                               "points", "ogr")
    assert layer.isValid() and layer.featureCount() == points
    assert layer.crs().authid() == "EPSG:4326"
    ds = ogr.Open(str(path))
    ogr_layer = ds.GetLayerByName("service_points") if name.endswith(".gpkg") else ds.GetLayer(0)
    assert ogr_layer.GetFeatureCount() == points
    if not name.endswith(".csv"):
        assert ogr_layer.GetSpatialRef().GetAuthorityCode(None) == "4326"
    if name.endswith(".gpkg"):
        assert ds.GetLayerByName("services").GetFeatureCount() == published_counts(db)[1]


def test_csv_has_a_bom_and_the_chosen_delimiter(exported):
    db, folder, _ = exported
    raw = (folder / "service_points.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == published_counts(db)[0]
    assert {"uuid", "lon", "lat", "name_fr", "name_ar", "categories"} <= set(rows[0])
    assert all(-17.5 < float(r["lon"]) < 0 and 20 < float(r["lat"]) < 36.5 for r in rows)
    assert not any(v.startswith(("=", "+", "-", "@")) for r in rows for k, v in r.items()
                   if k not in ("lon", "lat"))  # phones +212… are written '+212…


def test_metadata_json_describes_the_files(exported):
    _, folder, _ = exported
    meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    assert meta["@type"] == "dcat:Dataset"
    assert meta["dct:license"]["@id"] == "https://creativecommons.org/licenses/by/4.0/"
    assert {t["@language"] for t in meta["dct:title"]} == {"fr", "ar", "en"}
    sizes = {d["dct:title"]: d["dcat:byteSize"]["@value"] for d in meta["dcat:distribution"]}
    assert sizes == {name: (folder / name).stat().st_size for name in O.FILES if name != "metadata.json"}
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "CC-BY-4.0" in readme and "GeoNames" in readme and "`service_points.name_ar` | Nom (AR)" in readme


def test_a_folder_amuddu_did_not_write_is_refused(sample_db, tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(StoreError):
        export_open_data(sample_db, folder)
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"
    with pytest.raises(StoreError, match="licence"):
        export_open_data(sample_db, tmp_path / "x", OpenDataOptions(licence="GPL"))


def test_headless_qgis_process(qgis_process, sample_db, tmp_path):
    out = tmp_path / "portal"
    done = qgis_process("run", "amuddu:export_open_data", "--", f"DATABASE={sample_db.source}",
                        f"OUTPUT={out}", "LICENCE=ODbL-1.0", "CSV_DELIMITER=,", "LANGUAGE=ar")
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"POINTS:\t{published_counts(sample_db)[0]}" in done.stdout
    meta = json.loads((out / "metadata.json").read_text(encoding="utf-8"))
    assert meta["dct:license"]["dct:identifier"] == "ODbL-1.0"
    header = (out / "service_points.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("uuid,lon,lat,")
    assert "الترخيص" in (out / "README.md").read_text(encoding="utf-8")


def test_a_shared_database_is_read_through_its_snapshot(qgis_app, provider, sample_db, pg_cluster,
                                                        pg_database, tmp_path):
    """On PostgreSQL the export reads a snapshot of what the login sees: the same points and
    services as the GeoPackage the server was filled from."""
    import processing

    from amuddu_plugin.core.setup import copy_database

    server, _ = copy_database(sample_db.source, pg_cluster.uri(pg_database))
    p = server.pg.params
    uri = f"postgresql://{p['user']}@{p['host']}:{p['port']}/{p['dbname']}?schema={server.schema}"
    runs = {}
    for name, database in (("file", sample_db.source), ("server", uri)):
        done = processing.run("amuddu:export_open_data", {"DATABASE": database,
                                                          "OUTPUT": str(tmp_path / name)})
        features = json.loads((tmp_path / name / "service_points.geojson").read_text(encoding="utf-8"))
        runs[name] = (done["POINTS"], done["SERVICES"], [f["id"] for f in features["features"]])
    assert runs["server"] == runs["file"] and runs["file"][:2] == published_counts(sample_db)
