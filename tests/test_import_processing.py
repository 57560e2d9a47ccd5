"""amuddu:import_services and amuddu:undo_import in Processing and headless (qgis_process)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from amuddu_plugin.core.setup import create_database

from amuddu_plugin.core.store.database import Database

DATA = Path(__file__).resolve().parent / "data"



@pytest.fixture
def db(qgis_app, bundled_gpkg, tmp_path):
    return create_database(tmp_path / "amuddu.gpkg", reference=bundled_gpkg)


def run(algorithm: str, params: dict):
    import processing

    return processing.run(algorithm, params)


def test_algorithms_are_registered(provider):
    ids = {a.id() for a in provider.algorithms()}
    assert {"amuddu:import_services", "amuddu:undo_import", "amuddu:check_quality"} <= ids


def test_import_dry_run_then_import_then_undo(provider, db, tmp_path):
    params = {"INPUT": str(DATA / "anapec_arabic_cp1256.csv"), "DATABASE": db.source,
              "INSTITUTION": "ANAPEC", "DRY_RUN": True, "REPORT": str(tmp_path / "dry.html")}
    dry = run("amuddu:import_services", params)
    assert dry["IMPORT_ID"] == "" and db.count("service_point") == 0
    assert (dry["ADDED"], dry["REJECTED"], dry["LOCATED_BY_TOWN"]) == (6, 1, 3)
    assert Path(dry["REPORT"]).exists() and Path(dry["REPORT_CSV"]).name == "dry.csv"
    done = run("amuddu:import_services", dict(params, DRY_RUN=False, REPORT=str(tmp_path / "run.html")))
    assert done["ADDED"] == db.count("service_point") == 6 and done["IMPORT_ID"]
    assert done["IMPORT_ID"] in Path(done["REPORT"]).read_text(encoding="utf-8")
    undone = run("amuddu:undo_import", {"DATABASE": db.source, "IMPORT_ID": done["IMPORT_ID"]})
    assert (undone["DELETED"], undone["SERVICES_DELETED"]) == (6, 6)
    assert db.count("service_point") == 0 and db.count("service") == 0


def test_import_a_project_layer(provider, db):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=nom:string&field=ville:string&field=id:string",
                           "offices", "memory")
    features = []
    for i, (name, town, x, y) in enumerate([("Agence ANAPEC Safi", "Safi", -9.237, 32.299),
                                            ("Agence ANAPEC Taza", "Taza", -4.01, 34.21)]):
        f = QgsFeature(layer.fields())
        f.setAttributes([name, town, f"L-{i}"])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(f)
    layer.dataProvider().addFeatures(features)
    out = run("amuddu:import_services", {"INPUT": layer, "DATABASE": db.source, "INSTITUTION": "ANAPEC",
                                         "MODE": "append"})
    assert out["ADDED"] == 2 and out["REJECTED"] == 0
    assert {r[0] for r in db.query("SELECT town FROM service_point")} == {"Safi", "Taza"}


def test_errors_are_clear_and_write_nothing(provider, db, tmp_path):
    from qgis.core import QgsProcessingException

    bad_mapping = tmp_path / "mapping.json"
    bad_mapping.write_text(json.dumps({"columns": {}}), encoding="utf-8")
    before = db.path.read_bytes()
    with pytest.raises(QgsProcessingException, match="is not an Amuddu column mapping"):
        run("amuddu:import_services", {"INPUT": str(DATA / "ofppt_dms.xlsx"), "DATABASE": db.source,
                                       "MAPPING": str(bad_mapping)})
    with pytest.raises(QgsProcessingException, match="There is no import"):
        run("amuddu:undo_import", {"DATABASE": db.source, "IMPORT_ID": "0000"})
    assert db.path.read_bytes() == before


def test_headless_import_and_undo(qgis_process, tmp_path, bundled_gpkg):
    database = tmp_path / "headless.gpkg"
    create_database(database, reference=bundled_gpkg)
    report = tmp_path / "report.html"
    done = qgis_process("run", "amuddu:import_services", "--", f"INPUT={DATA / 'ofppt_dms.xlsx'}",
                        f"DATABASE={database}", "MODE=upsert", f"REPORT={report}")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ADDED:\t5" in done.stdout and report.exists() and report.with_suffix(".csv").exists()
    assert Database(database).count("service_point") == 5
    import_id = [line.split("\t")[1] for line in done.stdout.splitlines() if line.startswith("IMPORT_ID:")][0]
    undone = qgis_process("run", "amuddu:undo_import", "--", f"DATABASE={database}",
                          f"IMPORT_ID={import_id}")
    assert undone.returncode == 0, undone.stdout + undone.stderr
    assert Database(database).count("service_point") == 0
