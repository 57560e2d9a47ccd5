"""amuddu:import_hsds: the round trip, a hand-made package from outside, modes, dry run, undo.

Round trip: the export of a demo-like database, imported into an empty database (made by
create_database with the reference layers and no service points) and exported again, gives
byte-identical files in both forms. The one file left out of the comparison is the marker
``amuddu-hsds-export.json``, the record of the export itself (its time, the database file,
the options); ``datapackage.json`` is compared: it is dated by the data's last change.
The imported points are drafts (as any import's), so the second export includes drafts.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from tests.test_hsds import DRAFT_POINT, EDITED_POINT, _check_resource, _official_package

HANDMADE = Path(__file__).resolve().parent / "data" / "hsds_handmade"
MARKER = "amuddu-hsds-export.json"


@pytest.fixture(scope="module")
def source_db(qgis_app, bundled_gpkg, tmp_path_factory):
    """The demo's sample data, one point with phones, a postal address and holiday hours."""
    from amuddu_plugin.core.setup import create_database

    db = create_database(tmp_path_factory.mktemp("src") / "sample.gpkg", reference=bundled_gpkg,
                         sample_data=True)
    db.execute([
        "UPDATE service_point SET phone = '+212536123456; +212661000000', "
        "address_fr = '12 avenue Mohammed V, 60000 Oujda', address_ar = '12 شارع محمد الخامس، 60000 وجدة', "
        "opening_hours = 'Mo-Th 08:30-12:00,14:00-16:30; Fr 08:30-11:30; PH off', "
        "updated_at = '2026-11-02T10:15:00+00:00' "
        f"WHERE uuid = '{EDITED_POINT}'",
    ])
    return db


@pytest.fixture
def new_db(qgis_app, bundled_gpkg, tmp_path):
    """An empty database: reference layers and vocabularies, no service point."""
    from amuddu_plugin.core.setup import create_database

    def make(name: str = "new.gpkg"):
        return create_database(tmp_path / name, reference=bundled_gpkg)
    return make


def _files(folder: Path) -> dict[str, bytes]:
    """The export's files but its marker (and the hidden record of Amuddu's outputs)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if p.name != MARKER and not p.name.startswith(".")}


@pytest.mark.parametrize("form", ["tabular", "json"])
def test_round_trip_gives_identical_files(source_db, new_db, tmp_path, form):
    from amuddu_plugin.core.hsds.export import HsdsOptions, export_hsds
    from amuddu_plugin.core.hsds.import_hsds import import_hsds

    first = tmp_path / "first"
    export_hsds(source_db, first)  # both forms, published points only (the default)
    given = first
    if form == "json":  # the JSON form alone, as a partner would send it
        given = tmp_path / "json-only"
        export_hsds(source_db, given, HsdsOptions(format="json"))
        assert not (given / "datapackage.json").exists()
    target = new_db()
    assert target.count("service_point") == 0
    result = import_hsds(target, given)
    published = source_db.count("service_point", "publication_state = 'published'")
    assert (result.counts.added, result.counts.rejected) == (published, 0)
    assert target.count("service") == len(json.loads((first / "services.json").read_text("utf-8")))
    assert DRAFT_POINT not in {r[0] for r in target.query("SELECT uuid FROM service_point")}
    again = tmp_path / "again"
    export_hsds(target, again, HsdsOptions(published_only=False))
    before, after = _files(first), _files(again)
    assert len(before) == 17 and before.keys() == after.keys()  # 14 CSV, 2 JSON, datapackage.json
    different = [name for name in before if before[name] != after[name]]
    assert not different
    marker = json.loads((again / MARKER).read_text("utf-8"))
    assert marker["database"] == target.path.name  # the one thing that records the export


def test_round_trip_keeps_the_values(source_db, new_db, tmp_path):
    from amuddu_plugin.core.hsds.export import export_hsds
    from amuddu_plugin.core.hsds.import_hsds import import_hsds

    export_hsds(source_db, tmp_path / "e")
    target = new_db()
    import_hsds(target, tmp_path / "e" / "datapackage.json")
    fields = ("name_fr", "name_ar", "name_en", "phone", "opening_hours", "address_fr", "address_ar",
              "languages", "wheelchair", "facility_type", "institution", "updated_at")
    sql = f"SELECT {', '.join(fields)} FROM service_point WHERE uuid = '{EDITED_POINT}'"
    got, want = target.query(sql)[0], source_db.query(sql)[0]
    assert got[:-1] == want[:-1]
    assert got[-1] == "2026-11-02T10:15:00Z"  # the service's last_modified, as HSDS writes it
    columns = "uuid, category, description_fr, description_ar, description_en, fees_ar, min_age, max_age"
    query = f"SELECT {columns} FROM service WHERE service_point_uuid = '{EDITED_POINT}' ORDER BY uuid"
    assert target.query(query) == source_db.query(query)


def test_a_zip_of_the_json_form_imports_the_same(source_db, new_db, tmp_path):
    from amuddu_plugin.core.hsds.export import HsdsOptions, export_hsds
    from amuddu_plugin.core.hsds.import_hsds import import_hsds

    export_hsds(source_db, tmp_path / "hsds.zip", HsdsOptions(format="json"))
    export_hsds(source_db, tmp_path / "tabular", HsdsOptions(format="tabular"))
    from_zip, from_folder = new_db("zip.gpkg"), new_db("folder.gpkg")
    import_hsds(from_zip, tmp_path / "hsds.zip")
    import_hsds(from_folder, tmp_path / "tabular")
    from amuddu_plugin.definitions.model import SERVICE_POINT

    columns = [f.name for f in SERVICE_POINT.fields if f.name != "source"]  # the file's name
    rows = f"SELECT geom, {', '.join(columns)} FROM service_point ORDER BY uuid"
    assert from_zip.query(rows) == from_folder.query(rows)
    assert len(from_zip.query(rows)) == source_db.count("service_point", "publication_state = 'published'")


# ---------------------------------------------------------------------------- from outside
def _rows(name: str) -> list[dict[str, str]]:
    with open(HANDMADE / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_the_handmade_package_is_valid_hsds():
    official = {r["name"]: r for r in _official_package()["resources"]}
    listed = json.loads((HANDMADE / "datapackage.json").read_text("utf-8"))["resources"]
    problems = [p for r in listed for p in _check_resource(HANDMADE, official[r["name"]])]
    assert not problems
    counts = [len(_rows(name)) for name in ("organizations.csv", "locations.csv", "services.csv")]
    assert counts == [2, 3, 4]


def test_handmade_package_imports_with_the_expected_counts(new_db):
    from amuddu_plugin.core.hsds.import_hsds import import_hsds

    db = new_db()
    result = import_hsds(db, HANDMADE)
    orgs = {o["id"]: o for o in _rows("organizations.csv")}
    unknown = [o for o in orgs.values() if o["alternate_name"] != "ANAPEC"]  # "Example Org"
    locations = _rows("locations.csv")
    of_unknown = [loc for loc in locations if loc["organization_id"] == unknown[0]["id"]]
    c = result.counts
    assert (c.rows, c.added, c.rejected, c.located_by_town) == (
        len(locations), len(locations) - len(of_unknown), len(of_unknown),
        sum(1 for loc in locations if not loc["latitude"] and loc not in of_unknown))
    assert any(p.value == unknown[0]["name"] and "matches no institution" in p.reason
               for p in result.problems)
    # Services: every service_at_location of an imported location, except the one whose only
    # taxonomy term ("Counselling") is in no Amuddu vocabulary.
    kept = {loc["id"] for loc in locations} - {loc["id"] for loc in of_unknown}
    at = [s for s in _rows("service_at_location.csv") if s["location_id"] in kept]
    assert db.count("service") == len(at) - 1
    assert any("has no category" in p.reason and p.value == "Help with the CV" for p in result.problems)
    rabat = dict(zip(("institution", "facility_type", "external_id", "name_en", "address_fr", "town", "phone",
                      "opening_hours", "languages", "wheelchair", "email", "last_verified_on", "notes",
                      "located_by", "eligibility", "publication_state"), db.query(
        "SELECT institution, facility_type, external_id, name_en, address_fr, town, phone, opening_hours, "
        "languages, wheelchair, email, last_verified_on, notes, located_by, eligibility, publication_state "
        f"FROM service_point WHERE uuid = '{locations[0]['id']}'")[0]))
    assert rabat == {
        "institution": "ANAPEC", "facility_type": "ANAPEC_AGENCY", "external_id": "RBT-01",
        "name_en": "ANAPEC Rabat Agdal agency", "address_fr": "1-30 Avenue de France, Agdal",
        "town": "Rabat", "phone": "+212537123456; +212661000001", "opening_hours": "Mo-Fr 08:30-16:30",
        "languages": "{ar,fr}", "wheelchair": "yes", "email": "rabat@example.com",
        "last_verified_on": "2026-09-01", "located_by": "gps", "eligibility": None,
        "publication_state": "draft",
        "notes": "The agency is on the ground floor, next to the tram stop.\n"
                 "HSDS schedule: Job fair on the first day of each month",
    }
    # The monthly schedule and the language Urdu cannot be said in Amuddu: reported.
    assert any("freq=MONTHLY" in p.reason for p in result.problems)
    assert any(p.value == "ur" for p in result.problems)
    services = dict(db.query("SELECT uuid, category FROM service"))
    registration = _rows("services.csv")[0]["id"]
    assert services[registration] == "EMP_REG"  # by the term's English label
    assert db.query(f"SELECT eligibility FROM service WHERE uuid = '{registration}'")[0][0] == "{REFUGEE}"
    # A service at two locations: its own id at the first, its service_at_location's at the other.
    guidance = [s["id"] for s in _rows("service_at_location.csv")
                if s["service_id"] == _rows("services.csv")[1]["id"]]
    assert services[_rows("services.csv")[1]["id"]] == services[guidance[1]] == "EMP_GUID"


# ---------------------------------------------------------------------------- modes, dry run, undo
def _state(db) -> list:
    return [db.query(f"SELECT * FROM {t} ORDER BY uuid") for t in ("service_point", "service")]


def test_dry_run_writes_nothing(new_db):
    from amuddu_plugin.core.hsds.import_hsds import import_hsds

    db = new_db()
    before = db.path.read_bytes()
    dry = import_hsds(db, HANDMADE, dry_run=True)
    assert db.path.read_bytes() == before and dry.run_uuid is None
    real = import_hsds(db, HANDMADE)
    assert (dry.counts.added, dry.counts.rejected) == (real.counts.added, real.counts.rejected) == (2, 1)


def test_upsert_append_and_undo(new_db, tmp_path):
    from amuddu_plugin.core.hsds.import_hsds import import_hsds
    from amuddu_plugin.core.imports.undo import undo_import

    db = new_db()
    empty = _state(db)
    first = import_hsds(db, HANDMADE)
    after_first = _state(db)
    again = import_hsds(db, HANDMADE)  # upsert: the same package changes nothing
    assert (again.counts.added, again.counts.updated, again.counts.unchanged) == (0, 0, 2)
    appended = import_hsds(db, HANDMADE, mode="append")  # append: never over an existing point
    assert (appended.counts.added, appended.counts.rejected) == (0, 3)
    assert sum("already in the database" in p.reason for p in appended.problems) == 2
    assert _state(db) == after_first
    changed = tmp_path / "changed"
    shutil.copytree(HANDMADE, changed)
    for name, old, new in (("services.csv", "Workshops on job search techniques.", "Weekly workshops."),
                           ("phones.csv", "+212661000001", "+212661000002")):
        path = changed / name
        path.write_text(path.read_text("utf-8").replace(old, new), encoding="utf-8")
    update = import_hsds(db, changed)
    assert (update.counts.updated, update.counts.added) == (2, 0)  # both points hold the workshop
    assert db.query("SELECT count(*) FROM service WHERE description_en = 'Weekly workshops.'")[0][0] == 2
    assert "+212661000002" in db.query("SELECT phone FROM service_point WHERE external_id = 'RBT-01'")[0][0]
    undo_import(db, update.run_uuid)
    assert _state(db)[1] == after_first[1]
    assert db.query("SELECT phone FROM service_point WHERE external_id = 'RBT-01'")[0][0].endswith("0001")
    undone = undo_import(db, first.run_uuid)
    assert (undone.deleted, undone.services_deleted) == (2, 3)
    assert _state(db) == empty


# ---------------------------------------------------------------------------- bad input
def test_bad_input_is_refused_whole_naming_file_row_and_field(new_db, tmp_path):
    from amuddu_plugin.core.hsds.import_hsds import import_hsds
    from amuddu_plugin.core.imports.common import ImportFailed

    db = new_db()
    bad = tmp_path / "bad"
    shutil.copytree(HANDMADE, bad)
    locations = bad / "locations.csv"
    locations.write_text(locations.read_text("utf-8").replace("33.5731", "north"), encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"locations.csv, row 4, field latitude: “north” is not a number"):
        import_hsds(db, bad)
    assert db.count("service_point") == 0 and db.count("import_run") == 0
    broken = tmp_path / "services.json"
    broken.write_text('[{"id": "x1", "name": "A", "status": "active", "minimum_age": "ten"}]', "utf-8")
    with pytest.raises(ImportFailed) as caught:
        import_hsds(db, broken)
    assert "services.json, object 1, field id: “x1” is not a UUID" in str(caught.value)
    assert "field minimum_age" in str(caught.value)
    (tmp_path / "nothing").mkdir()
    with pytest.raises(ImportFailed, match="holds no HSDS package"):
        import_hsds(db, tmp_path / "nothing")
    assert db.count("service_point") == 0


def test_headless_qgis_process(qgis_process, new_db, tmp_path):
    db = new_db()
    report = tmp_path / "report.html"
    done = qgis_process("run", "amuddu:import_hsds", "--", f"INPUT={HANDMADE}", f"DATABASE={db.source}",
                        f"REPORT={report}")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ADDED:\t2" in done.stdout and "REJECTED:\t1" in done.stdout
    assert "Example Organization Inc." in report.read_text("utf-8")
    run = next(line.split("\t")[1] for line in done.stdout.splitlines() if line.startswith("IMPORT_ID:"))
    undone = qgis_process("run", "amuddu:undo_import", "--", f"DATABASE={db.source}", f"IMPORT_ID={run}")
    assert undone.returncode == 0, undone.stdout + undone.stderr
    assert db.count("service_point") == 0


def test_on_a_server_database_through_the_server_session(qgis_app, provider, pg_cluster, pg_database,
                                                          new_db, tmp_path):
    import processing

    from amuddu_plugin.core.setup import copy_database

    uri = pg_cluster.uri(pg_database)
    server, _ = copy_database(new_db().source, uri)
    params = {"INPUT": str(HANDMADE), "DATABASE": uri, "REPORT": str(tmp_path / "r.html")}
    dry = processing.run("amuddu:import_hsds", dict(params, DRY_RUN=True))
    assert (dry["ADDED"], dry["IMPORT_ID"]) == (2, "") and server.count("service_point") == 0
    done = processing.run("amuddu:import_hsds", params)
    assert done["ADDED"] == 2 and server.count("service_point") == 2 and server.count("service") == 3
    assert server.count("service_point", "uuid = '3a19ff88-4620-4d17-9830-ac1d859eb5d5'") == 1
    undone = processing.run("amuddu:undo_import", {"DATABASE": uri, "IMPORT_ID": done["IMPORT_ID"]})
    assert undone["DELETED"] == 2 and server.count("service_point") == server.count("service") == 0


@pytest.mark.parametrize("algorithm, params", [
    ("amuddu:import_hsds", {"INPUT": str(HANDMADE)}),
    ("amuddu:import_services", {"INPUT": str(Path(__file__).resolve().parent / "data"
                                              / "anapec_arabic_cp1256.csv"), "INSTITUTION": "ANAPEC"}),
])
def test_an_import_whose_report_fails_names_the_import_to_undo(provider, new_db, tmp_path, monkeypatch,
                                                              algorithm, params):
    """Both imports share one run: when the report cannot be written after the rows went in
    (the disk filled up), the message says they were imported and gives the import id that
    amuddu:undo_import takes, and the import is there to undo."""
    import processing
    from qgis.core import QgsProcessingException

    db = new_db()

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("amuddu_plugin.processing.import_base.write_report", full_disk)
    with pytest.raises(QgsProcessingException, match="amuddu:undo_import") as refused:
        processing.run(algorithm, dict(params, DATABASE=db.source, REPORT=str(tmp_path / "r.html")))
    (run_uuid,) = db.query("SELECT uuid FROM import_run")[0]
    assert run_uuid in str(refused.value) and "No space left on device" in str(refused.value)
    assert db.count("service_point") > 0
    processing.run("amuddu:undo_import", {"DATABASE": db.source, "IMPORT_ID": run_uuid})
    assert db.count("service_point") == 0
