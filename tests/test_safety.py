"""Nothing the user owns is ever lost: outputs never destroy inputs, writes are atomic.

Each test reproduces a way data was lost (issue "Nothing the user owns is ever lost") and
checks that it is refused before anything is written, or that a failure leaves the
previous output as it was.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from amuddu_plugin.core.store.database import Database, create_database

DATA = Path(__file__).resolve().parent / "data"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db(qgis_app, bundled_gpkg, tmp_path):
    return create_database(tmp_path / "amuddu.gpkg", reference=bundled_gpkg, sample_data=True)


def run(algorithm: str, params: dict):
    import processing

    return processing.run(algorithm, params)


# -- the output rule, on its own -----------------------------------------------------------

def test_output_rule_refuses_inputs_foreign_files_and_keeps_its_own(qgis_app, tmp_path):
    from amuddu_plugin.toolbelt.errors import OutputRefused
    from amuddu_plugin.toolbelt.outputs import check_output, is_ours, write_text

    source = tmp_path / "offices.csv"
    source.write_text("nom\nA\n", encoding="utf-8")
    with pytest.raises(OutputRefused, match="an input of this run"):
        check_output(source, protected=[source])
    link = tmp_path / "link.csv"
    link.symlink_to(source)
    with pytest.raises(OutputRefused, match="an input of this run"):
        check_output(link, protected=[source])
    with pytest.raises(OutputRefused, match="was not written by Amuddu"):
        check_output(source)
    with pytest.raises(OutputRefused, match="an input of this run"):
        check_output(tmp_path, protected=[source], folder=True)
    ours = write_text(tmp_path / "report.html", "<p>1</p>")
    assert is_ours(ours) and check_output(ours) == ours
    ours.write_text("<p>edited by hand</p>", encoding="utf-8")  # now the analyst's file
    with pytest.raises(OutputRefused, match="was not written by Amuddu"):
        check_output(ours)
    assert source.read_text(encoding="utf-8") == "nom\nA\n"


def test_atomic_file_keeps_the_previous_output_on_failure(qgis_app, tmp_path):
    from amuddu_plugin.toolbelt.outputs import atomic_file, write_text

    target = write_text(tmp_path / "out.csv", "old\n")
    with pytest.raises(RuntimeError):
        with atomic_file(target) as tmp:
            tmp.write_text("half", encoding="utf-8")
            raise RuntimeError("killed")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".amuddu-outputs.json", "out.csv"]


def test_stale_temporary_files_of_dead_runs_are_swept(qgis_app, tmp_path):
    from amuddu_plugin.toolbelt.outputs import sweep, write_text

    dead = subprocess.run(["true"], check=True)  # noqa: F841 - a pid that has exited
    child = subprocess.Popen(["true"])
    child.wait()
    pid = child.pid
    debris = [tmp_path / f".out.amuddu-tmp-{pid}-0123abcd.csv",
              tmp_path / f".webmap.tmp-{pid}-0123abcd", tmp_path / f".webmap.old-{pid}-0123abcd",
              tmp_path / f".amuddu.{pid}.0123abcd.tmp.gpkg"]
    for p in debris:
        if p.suffix in (".csv", ".gpkg"):
            p.write_text("x", encoding="utf-8")
        else:
            p.mkdir()
            (p / "index.html").write_text("x", encoding="utf-8")
    mine = tmp_path / f".out.amuddu-tmp-{os.getpid()}-0123abcd.csv"  # a live run's file
    mine.write_text("x", encoding="utf-8")
    user = tmp_path / ".my-notes.tmp"
    user.write_text("mine", encoding="utf-8")
    write_text(tmp_path / "out.csv", "new\n")  # every write sweeps its folder first
    assert all(not p.exists() for p in debris)
    assert mine.exists() and user.exists()
    assert sweep(tmp_path) == []


def test_csv_cells_never_start_a_formula(qgis_app):
    from amuddu_plugin.toolbelt.outputs import spreadsheet_safe

    assert [spreadsheet_safe(v) for v in ("=HYPERLINK(\"x\")", "+212 5", "-1", "@SUM(A1)", "\tx",
                                          "\rx", "Fès", 12, None)] == \
        ["'=HYPERLINK(\"x\")", "'+212 5", "'-1", "'@SUM(A1)", "'\tx", "'\rx", "Fès", 12, None]


# -- case 1: check_quality written over the database ----------------------------------------

@pytest.mark.parametrize("output", ["OUTPUT", "SUMMARY"])
def test_quality_output_over_the_database_is_refused(provider, db, output):
    from qgis.core import QgsProcessingException

    before = digest(db.path)
    params = {"DATABASE": db.source, "OUTPUT": "TEMPORARY_OUTPUT", "SUMMARY": "TEMPORARY_OUTPUT"}
    params[output] = db.source
    with pytest.raises(QgsProcessingException, match="an input of this run"):
        run("amuddu:check_quality", params)
    assert digest(db.path) == before and Database(db.path).count("service_point") > 0


def test_quality_output_files_are_replaced_only_when_they_are_ours(provider, db, tmp_path):
    from qgis.core import QgsProcessingException, QgsVectorLayer

    issues = tmp_path / "issues.gpkg"
    first = run("amuddu:check_quality", {"DATABASE": db.source, "OUTPUT": str(issues),
                                         "SUMMARY": str(tmp_path / "summary.csv")})
    layer = QgsVectorLayer(first["OUTPUT"], "issues", "ogr")
    assert layer.isValid() and layer.featureCount() == first["ISSUES"] > 0
    again = run("amuddu:check_quality", {"DATABASE": db.source, "OUTPUT": str(issues),
                                         "SUMMARY": str(tmp_path / "summary.csv")})
    assert again["ISSUES"] == first["ISSUES"]
    mine = tmp_path / "mine.gpkg"
    shutil.copyfile(issues, mine)
    with pytest.raises(QgsProcessingException, match="was not written by Amuddu"):
        run("amuddu:check_quality", {"DATABASE": db.source, "OUTPUT": str(mine)})
    assert sorted(p.name for p in tmp_path.iterdir() if "amuddu-tmp" in p.name) == []


# -- case 2: the import report's CSV twin written over the imported file --------------------

@pytest.mark.parametrize("dry_run", [True, False])
def test_import_report_over_its_input_is_refused_before_importing(provider, db, tmp_path, dry_run):
    from qgis.core import QgsProcessingException

    offices = tmp_path / "offices.csv"
    shutil.copyfile(DATA / "anapec_arabic_cp1256.csv", offices)
    before, points = digest(offices), db.count("service_point")
    with pytest.raises(QgsProcessingException, match="an input of this run"):
        run("amuddu:import_services", {"INPUT": str(offices), "DATABASE": db.source,
                                       "INSTITUTION": "ANAPEC", "DRY_RUN": dry_run,
                                       "REPORT": str(tmp_path / "offices.html")})
    assert digest(offices) == before and db.count("service_point") == points
    assert not (tmp_path / "offices.html").exists()


def test_import_report_csv_neutralises_formulas(provider, db, tmp_path):
    offices = tmp_path / "offices.csv"
    offices.write_text("nom,ville,telephone\n=HYPERLINK(\"http://x\"),Oujda,@123\n", encoding="utf-8")
    out = run("amuddu:import_services", {"INPUT": str(offices), "DATABASE": db.source,
                                         "INSTITUTION": "ANAPEC", "DRY_RUN": True,
                                         "REPORT": str(tmp_path / "report.html")})
    text = Path(out["REPORT_CSV"]).read_text(encoding="utf-8-sig")
    cells = [c for line in text.splitlines() for c in line.split(",")]
    assert not any(c.lstrip('"').startswith(("=", "@", "+", "-")) for c in cells), text
