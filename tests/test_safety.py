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

from amuddu_plugin.core.setup import create_database

from amuddu_plugin.core.store.database import Database

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


# -- case 4: a web export over a previous export that also holds the user's files -----------

def test_webmap_export_keeps_files_it_did_not_write(provider, db, tmp_path):
    from qgis.core import QgsProcessingException

    site = tmp_path / "site"
    run("amuddu:export_webmap", {"DATABASE": db.source, "OUTPUT": str(site), "BASEMAP_URL": ""})
    (site / "CNAME").write_text("services.example.ma\n", encoding="utf-8")
    (site / "notes").mkdir()
    (site / "notes" / "todo.txt").write_text("call ANAPEC", encoding="utf-8")
    before = {p.relative_to(site): digest(p) for p in site.rglob("*") if p.is_file()}
    with pytest.raises(QgsProcessingException, match=r"did not write \(CNAME, notes\)"):
        run("amuddu:export_webmap", {"DATABASE": db.source, "OUTPUT": str(site), "BASEMAP_URL": ""})
    assert {p.relative_to(site): digest(p) for p in site.rglob("*") if p.is_file()} == before
    inside = tmp_path / "with-db"
    inside.mkdir()
    copy = create_database(inside / "amuddu.gpkg", reference=db.path, sample_data=True)
    with pytest.raises(QgsProcessingException, match="an input of this run"):
        run("amuddu:export_webmap", {"DATABASE": copy.source, "OUTPUT": str(inside), "BASEMAP_URL": ""})
    assert Database(copy.path).count("service_point") == db.count("service_point")
    assert [p.name for p in tmp_path.iterdir() if "amuddu-tmp" in p.name] == []


# -- cases 5 and 6: a full disk --------------------------------------------------------------

@pytest.fixture
def small_disk(tmp_path):
    """A 12 MB file system of its own (tmpfs), to fill up."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root (CI runs as root)")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", str(mount)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"cannot mount a tmpfs: {done.stderr}"
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path) -> None:
    """Fill ``disk`` to the last byte (unbuffered writes, down to single bytes)."""
    fd = os.open(disk / "filler.bin", os.O_WRONLY | os.O_CREAT)
    try:
        for size in (1 << 16, 1 << 10, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                pass
    finally:
        os.close(fd)


def state(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): digest(p) for p in folder.rglob("*")
            if p.is_file() and not p.name.startswith("filler")}


def test_full_disk_never_replaces_previous_outputs(provider, db, small_disk):
    from qgis.core import QgsProcessingException

    atlas = small_disk / "atlas"
    run("amuddu:export_atlas", {"DATABASE": db.source, "OUTPUT": str(atlas), "REGIONS": "12"})
    issues = small_disk / "issues.gpkg"
    run("amuddu:check_quality", {"DATABASE": db.source, "OUTPUT": str(issues),
                                 "SUMMARY": str(small_disk / "summary.csv")})
    site = small_disk / "site"
    run("amuddu:export_webmap", {"DATABASE": db.source, "OUTPUT": str(site), "BASEMAP_URL": ""})
    overview = small_disk / "overview.png"
    run("amuddu:render_overview", {"DATABASE": db.source, "OUTPUT": str(overview), "WIDTH": 400})
    before = state(small_disk)
    assert "atlas/12-dakhla-oued-ed-dahab.pdf" in before and "issues.gpkg" in before
    fill(small_disk)
    with pytest.raises(QgsProcessingException):
        run("amuddu:export_atlas", {"DATABASE": db.source, "OUTPUT": str(atlas), "REGIONS": "12"})
    with pytest.raises(QgsProcessingException):
        run("amuddu:check_quality", {"DATABASE": db.source, "OUTPUT": str(issues),
                                     "SUMMARY": str(small_disk / "summary.csv")})
    with pytest.raises(QgsProcessingException):
        run("amuddu:export_webmap", {"DATABASE": db.source, "OUTPUT": str(site), "BASEMAP_URL": ""})
    with pytest.raises(QgsProcessingException):
        run("amuddu:create_database", {"OUTPUT": str(small_disk / "new.gpkg")})
    with pytest.raises(QgsProcessingException):
        run("amuddu:render_overview", {"DATABASE": db.source, "OUTPUT": str(overview), "WIDTH": 400})
    assert state(small_disk) == before  # every previous output as it was, no debris
    assert not (small_disk / "new.gpkg").exists()


def test_full_disk_report_gives_the_import_id(provider, db, small_disk):
    from qgis.core import QgsProcessingException

    fill(small_disk)
    points = db.count("service_point")
    with pytest.raises(QgsProcessingException, match="import id") as failure:
        run("amuddu:import_services", {"INPUT": str(DATA / "anapec_arabic_cp1256.csv"),
                                       "DATABASE": db.source, "INSTITUTION": "ANAPEC",
                                       "REPORT": str(small_disk / "report.html")})
    assert db.count("service_point") == points + 6  # the rows are in
    import_id = str(failure.value).split("import id ")[1].split(":")[0]
    undone = run("amuddu:undo_import", {"DATABASE": db.source, "IMPORT_ID": import_id})
    assert undone["DELETED"] == 6 and db.count("service_point") == points
    assert state(small_disk) == {}


# -- case 3: an undo that deleted the analyst's later edits ---------------------------------

@pytest.mark.parametrize("edit", [
    "UPDATE service_point SET notes = 'call before 10h' WHERE uuid = '{point}'",
    "UPDATE service_point SET email = 'rabat@anapec.org' WHERE uuid = '{point}'",
    "UPDATE service SET description_fr = 'Accueil des migrants le mardi' WHERE uuid = '{service}'",
])
def test_undo_refuses_when_an_added_row_was_edited_since(qgis_app, bundled_gpkg, tmp_path, edit):
    from amuddu_plugin.core.imports.importer import ImportFailed, import_services
    from amuddu_plugin.core.imports.undo import undo_import

    base = create_database(tmp_path / "amuddu.gpkg", reference=bundled_gpkg)
    done = import_services(base, DATA / "anapec_arabic_cp1256.csv", institution="ANAPEC")
    point, service = base.query("SELECT sp.uuid, s.uuid FROM service_point sp JOIN service s "
                                "ON s.service_point_uuid = sp.uuid WHERE sp.notes IS NULL "
                                "AND sp.email IS NULL ORDER BY sp.fid LIMIT 1")[0]
    base.execute([edit.format(point=point, service=service)])  # as a script or OGR writes it
    before = digest(base.path)
    with pytest.raises(ImportFailed, match="was edited since") as refused:
        undo_import(base, done.run_uuid)
    assert (point in str(refused.value)) or (service in str(refused.value))
    assert digest(base.path) == before


def test_undo_keeps_what_it_deleted_in_the_history(qgis_app, bundled_gpkg, tmp_path):
    import json

    from amuddu_plugin.core.imports.importer import import_services
    from amuddu_plugin.core.imports.undo import undo_import

    base = create_database(tmp_path / "amuddu.gpkg", reference=bundled_gpkg)
    done = import_services(base, DATA / "anapec_arabic_cp1256.csv", institution="ANAPEC")
    rows = {r[0]: r for r in base.query("SELECT uuid, name_fr, phone, town FROM service_point")}
    undone = undo_import(base, done.run_uuid)
    deleted = base.query("SELECT table_name, row_uuid, old_value FROM change_log "
                         "WHERE import_run_uuid = ? AND action = 'delete'", (undone.undo_uuid,))
    kept = {uuid: json.loads(old) for table, uuid, old in deleted if table == "service_point"}
    assert set(kept) == set(rows)
    for uuid, (_, name, phone, town) in rows.items():
        assert (kept[uuid]["name_fr"], kept[uuid]["phone"], kept[uuid]["town"]) == (name, phone, town)
        assert kept[uuid]["geom"].startswith("POINT") and "updated_at" in kept[uuid]
    assert sum(1 for table, _, _ in deleted if table == "service") == undone.services_deleted == 6


# -- case 7 and reading: no silent mojibake, every file the reader reads is accepted ---------

def test_a_file_mixing_utf8_and_windows_lines_is_refused_naming_the_lines(qgis_app, tmp_path):
    from amuddu_plugin.core.imports.read import SourceError, read_source

    mixed = tmp_path / "mixed.csv"
    mixed.write_bytes("nom;ville\nAgence ANAPEC Fès;Fès\n".encode()
                      + "Agence ANAPEC Salé;Salé\n".encode("cp1252"))
    with pytest.raises(SourceError, match=r"mixes two encodings: lines 2 are UTF-8, lines 3 are not"):
        read_source(mixed)
    forced = read_source(mixed, encoding="cp1252")  # the analyst's choice in the dialog wins
    assert forced.rows[1].values["ville"] == "Salé"


def test_headless_import_reads_utf16_and_says_when_a_file_is_empty(qgis_process, tmp_path, bundled_gpkg):
    database = tmp_path / "db.gpkg"
    create_database(database, reference=bundled_gpkg)
    for encoding in ("utf-16", "utf-16-le"):  # with and without a byte-order mark
        source = tmp_path / f"{encoding}.csv"
        source.write_bytes("nom,ville\nAgence ANAPEC Fès,Fès\n".encode(encoding))
        done = qgis_process("run", "amuddu:import_services", "--", f"INPUT={source}",
                            f"DATABASE={database}", "INSTITUTION=ANAPEC", "DRY_RUN=true")
        assert done.returncode == 0, done.stdout + done.stderr
        assert "ADDED:\t1" in done.stdout
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    done = qgis_process("run", "amuddu:import_services", "--", f"INPUT={empty}",
                        f"DATABASE={database}", "INSTITUTION=ANAPEC")
    assert done.returncode != 0 and "empty.csv is empty" in done.stdout + done.stderr


def test_a_huge_cell_gives_a_message_not_a_traceback(qgis_app, tmp_path):
    from amuddu_plugin.core.imports.read import SourceError, read_source

    huge = tmp_path / "huge.csv"
    huge.write_text("nom,ville\n" + "A" * 5_000_000 + ",Fès\n", encoding="utf-8")
    with pytest.raises(SourceError, match="line 2: a cell holds more than"):
        read_source(huge)


@pytest.mark.parametrize("content, message", [
    ({"amuddu_mapping": 1, "columns": ["nom"]}, "“columns” must be an object"),
    ({"amuddu_mapping": "one"}, "“amuddu_mapping” must be a whole number"),
    ({"amuddu_mapping": 1, "header_row": "two"}, "“header_row” must be a row number"),
    ({"amuddu_mapping": 1, "columns": {"nom": 3}}, "the value of “nom” must be a text"),
    ({"amuddu_mapping": 1, "encoding": 1256}, "“encoding” must be a text"),
])
def test_mapping_files_of_the_wrong_shape_are_explained(qgis_app, tmp_path, content, message):
    import json

    from amuddu_plugin.core.imports.mapping import ColumnMapping

    path = tmp_path / "mapping.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(ValueError, match=message) as err:
        ColumnMapping.load(path)
    assert "mapping.json" in str(err.value)


def test_a_mapping_that_is_not_utf8_names_its_file(qgis_app, tmp_path):
    from amuddu_plugin.core.imports.mapping import ColumnMapping

    path = tmp_path / "mapping-é.json"
    path.write_bytes('{"amuddu_mapping": 1, "name": "Fès"}'.encode("cp1252"))
    with pytest.raises(ValueError, match="mapping-é.json is not UTF-8"):
        ColumnMapping.load(path)


def test_saving_a_mapping_never_overwrites_another_file(qgis_app, tmp_path):
    from amuddu_plugin.core.imports.mapping import ColumnMapping

    notes = tmp_path / "notes.json"
    notes.write_text('{"todo": "call ANAPEC"}', encoding="utf-8")
    with pytest.raises(ValueError, match="was not written by Amuddu"):
        ColumnMapping(name="x").save(notes)
    assert notes.read_text(encoding="utf-8") == '{"todo": "call ANAPEC"}'
    saved = ColumnMapping(name="x").save(tmp_path / "m.json")
    assert ColumnMapping(name="y").save(saved) == saved  # its own file: replaced
    assert ColumnMapping.load(saved).name == "y"


@pytest.mark.parametrize("name", ["a#b.gpkg", "what?.gpkg", "100%.gpkg"])
def test_database_names_with_uri_characters_open_and_leave_no_stray_file(qgis_app, bundled_gpkg,
                                                                         tmp_path, name):
    from amuddu_plugin.core.store.database import inspect_geopackage

    folder = tmp_path / "odd"
    folder.mkdir()
    db = create_database(folder / name, reference=bundled_gpkg, sample_data=True)
    assert inspect_geopackage(db.path) >= 1
    assert Database.open(db.path).count("service_point") > 0
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith(".amuddu")) == [name]


def test_timestamps_are_in_the_geopackage_form(qgis_app, bundled_gpkg, tmp_path):
    import re

    from amuddu_plugin.core.imports.importer import import_services

    db = create_database(tmp_path / "t.gpkg", reference=bundled_gpkg)
    import_services(db, DATA / "anapec_arabic_cp1256.csv", institution="ANAPEC")
    stamps = [r[0] for r in db.query("SELECT updated_at FROM service_point")]
    stamps += [r[0] for r in db.query("SELECT changed_at FROM change_log")]
    assert stamps and all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", s) for s in stamps)


def test_database_given_as_a_layer_source_or_a_folder_is_explained(qgis_process, tmp_path, bundled_gpkg):
    database = tmp_path / "db.gpkg"
    create_database(database, reference=bundled_gpkg)
    with_layer = qgis_process("run", "amuddu:check_quality", "--",
                              f"DATABASE={database}|layername=service_point", "OUTPUT=TEMPORARY_OUTPUT")
    assert with_layer.returncode != 0
    assert f"DATABASE takes the GeoPackage file alone: {database}" in with_layer.stdout + with_layer.stderr
    folder = qgis_process("run", "amuddu:import_services", "--", f"INPUT={DATA / 'ofppt_dms.xlsx'}",
                          f"DATABASE={tmp_path}")
    assert folder.returncode != 0
    assert "is a folder; choose the Amuddu GeoPackage" in folder.stdout + folder.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.gpkg", "qgis_home"]
