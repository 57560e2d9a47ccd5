"""amuddu:export_hsds: both forms validated against the OFFICIAL HSDS 3.0.0 files.

The JSON objects are validated with ``jsonschema`` against ``resources/hsds/schema/*.json``
(the official files, unchanged), the CSV files against their resources in the official
``resources/hsds/datapackage.json``: fields and order, required values, types, formats,
enumerations, primary and foreign keys (what frictionless would check).
"""

from __future__ import annotations

import csv
import json
import re
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HSDS = ROOT / "resources" / "hsds"

# One published point gets a phone, a postal address and public holiday hours; one is a draft.
EDITED_POINT = "371a7fa7-33fc-58b0-aa64-c3fa04be36dd"  # OFPPT, Oujda, published, active
DRAFT_POINT = "c5fd8113-6093-5a02-beef-3d57572b7fb2"  # OFPPT, Tanger, draft


def _official_package() -> dict:
    return json.loads((HSDS / "datapackage.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def hsds_db(qgis_app, bundled_gpkg, tmp_path_factory):
    from amuddu_plugin.core.setup import create_database

    db = create_database(tmp_path_factory.mktemp("hsds") / "sample.gpkg", reference=bundled_gpkg,
                         sample_data=True)
    db.execute([
        "UPDATE service_point SET phone = '+212536123456; +212661000000', "
        "address_fr = '12 avenue Mohammed V, 60000 Oujda', address_ar = '12 شارع محمد الخامس، 60000 وجدة', "
        "opening_hours = 'Mo-Th 08:30-12:00,14:00-16:30; Fr 08:30-11:30; PH off', "
        "updated_at = '2026-11-02T10:15:00+00:00' "
        f"WHERE uuid = '{EDITED_POINT}'",
    ])
    return db


@pytest.fixture(scope="module")
def exported(hsds_db, tmp_path_factory):
    from amuddu_plugin.core.hsds.export import export_hsds

    folder = tmp_path_factory.mktemp("out") / "hsds"
    result = export_hsds(hsds_db, folder)
    return hsds_db, folder, result


def _csv(folder: Path, name: str) -> list[dict[str, str]]:
    with open(folder / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _json(folder: Path, name: str) -> list[dict]:
    return json.loads((folder / name).read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------- JSON form
def _validator(name: str):
    import jsonschema

    store = {}
    for path in (HSDS / "schema").glob("*.json"):
        store[path.name] = store[path.resolve().as_uri()] = json.loads(path.read_text(encoding="utf-8"))
    checker = jsonschema.FormatChecker()  # checks uuid, email, date (and time)
    # Formats this jsonschema checks only with optional packages: an equivalent strict check.
    checker.checks("uri")(lambda v: not isinstance(v, str) or bool(re.match(r"^https?://[^\s/]+", v)))
    checker.checks("date-time")(lambda v: not isinstance(v, str) or bool(
        re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", v)))
    assert "uuid" in checker.checkers
    resolver = jsonschema.RefResolver(base_uri=(HSDS / "schema").resolve().as_uri() + "/",
                                      referrer=store[name], store=store)
    return jsonschema.Draft7Validator(store[name], resolver=resolver, format_checker=checker)


def test_json_objects_validate_against_the_official_schemas(exported):
    _, folder, _ = exported
    for table, file in (("organization", "organizations.json"), ("service", "services.json")):
        validator = _validator(f"{table}.json")
        objects = _json(folder, file)
        assert objects, file
        for obj in objects:
            errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(obj)]
            assert not errors, (file, obj["id"], errors[:5])
    # The validator does catch a bad object: a wrong status, a bad id, a nested bad uuid.
    service = _json(folder, "services.json")[0]
    broken = dict(service, status="open", id="not-a-uuid")
    broken["service_at_locations"] = [dict(service["service_at_locations"][0], location_id="x")]
    messages = " ".join(e.message for e in _validator("service.json").iter_errors(broken))
    assert "'open' is not one of" in messages and "'not-a-uuid' is not a 'uuid'" in messages
    assert "'x' is not a 'uuid'" in messages


def test_json_service_nests_organization_location_and_taxonomy(exported):
    _, folder, _ = exported
    services = {s["id"]: s for s in _json(folder, "services.json")}
    edited = [s for s in services.values()
              if s["service_at_locations"][0]["location_id"] == EDITED_POINT]
    assert edited
    location = edited[0]["service_at_locations"][0]["location"]
    assert edited[0]["organization"]["alternate_name"] == "OFPPT"
    assert [p["number"] for p in location["phones"]] == ["+212536123456", "+212661000000"]
    assert location["addresses"][0]["postal_code"] == "60000"
    assert location["addresses"][0]["city"] == "Oujda"
    assert {a["link_type"] for a in edited[0]["attributes"]} >= {"service_category", "eligibility"}
    term = edited[0]["attributes"][0]["taxonomy_term"]
    assert term["taxonomy_detail"]["id"] == term["taxonomy_id"]


# ---------------------------------------------------------------------------- tabular form
_TYPES = {
    "number": re.compile(r"^-?\d+(\.\d+)?([eE][-+]?\d+)?$"),
    "date": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "datetime": re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$"),
    "time": re.compile(r"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$"),
    "string": re.compile(r"(?s).*"),
}
def _is_uuid(value: str) -> bool:
    try:
        return str(uuid.UUID(value)) == value.lower()
    except ValueError:
        return False


_FORMATS = {
    "uuid": _is_uuid,
    "email": lambda v: bool(re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", v)),
    "uri": lambda v: bool(re.match(r"^https?://[^\s/]+", v)),
}


def _check_resource(folder: Path, resource: dict) -> list[str]:
    """Every problem of one CSV against its resource descriptor."""
    fields = resource["schema"]["fields"]
    with open(folder / resource["path"], encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    problems = []
    if rows[0] != [f["name"] for f in fields]:
        problems.append(f"{resource['path']}: header {rows[0]}")
    for line, row in enumerate(rows[1:], start=2):
        for f, value in zip(fields, row):
            c = f.get("constraints", {})
            if not value:
                if c.get("required"):
                    problems.append(f"{resource['path']}:{line} {f['name']} is required")
                continue
            if not _TYPES[f["type"]].match(value):
                problems.append(f"{resource['path']}:{line} {f['name']}={value!r} not {f['type']}")
            if f.get("format") in _FORMATS and not _FORMATS[f["format"]](value):
                problems.append(f"{resource['path']}:{line} {f['name']}={value!r} not {f['format']}")
            if "enum" in c and value not in c["enum"]:
                problems.append(f"{resource['path']}:{line} {f['name']}={value!r} not in enum")
        if len(row) != len(fields):
            problems.append(f"{resource['path']}:{line} has {len(row)} fields")
    keys = [r[0] for r in rows[1:]]
    if resource["schema"].get("primaryKey") == "id" and len(set(keys)) != len(keys):
        problems.append(f"{resource['path']}: duplicate ids")
    return problems


def test_every_csv_matches_its_official_resource(exported):
    _, folder, _ = exported
    official = {r["name"]: r for r in _official_package()["resources"]}
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert package["profile"] == "tabular-data-package" and package["hsds_version"] == "3.0.0"
    names = [r["name"] for r in package["resources"]]
    assert {"organization", "service", "location", "service_at_location", "schedule", "phone",
            "address", "language", "accessibility", "taxonomy", "taxonomy_term", "attribute",
            "x_translations"} <= set(names)
    problems = []
    for resource in package["resources"]:
        if resource["name"] != "x_translations":
            assert resource == official[resource["name"]], resource["name"]  # unchanged
        problems += _check_resource(folder, resource)
    assert not problems, problems[:10]
    # Foreign keys: every value given names a row of the referenced resource.
    ids = {r["name"]: {row["id"] for row in _csv(folder, r["path"])} for r in package["resources"]}
    for resource in package["resources"]:
        rows = _csv(folder, resource["path"])
        for fk in resource["schema"].get("foreignKeys", []):
            target = ids.get(fk["reference"]["resource"], set())
            bad = [r[fk["fields"]] for r in rows if r[fk["fields"]] and r[fk["fields"]] not in target]
            assert not bad, (resource["name"], fk["fields"], bad[:3])
    for row in _csv(folder, "x_translations.csv"):
        assert row["record_id"] in ids[row["resource"]], row
    attributes = _csv(folder, "attributes.csv")
    assert all(a["link_id"] in ids[a["link_entity"]] for a in attributes)


def test_a_bad_csv_is_caught_by_the_check(exported, tmp_path):
    _, folder, _ = exported
    resource = next(r for r in _official_package()["resources"] if r["name"] == "service")
    good = _csv(folder, "services.csv")[0]
    names = [f["name"] for f in resource["schema"]["fields"]]
    with open(tmp_path / "services.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(names)
        writer.writerow([good[n] for n in names])
        writer.writerow([dict(good, status="open", minimum_age="15 ans", id="")[n] for n in names])
        writer.writerow(["x", "y"])
    problems = " ".join(_check_resource(tmp_path, resource))
    assert ":2 " not in problems  # the good row
    assert "services.csv:3 status='open' not in enum" in problems
    assert "services.csv:3 minimum_age='15 ans' not number" in problems
    assert "services.csv:3 id is required" in problems
    assert "services.csv:4 has 2 fields" in problems and "x' not uuid" in problems


# ---------------------------------------------------------------------------- content
def test_published_only_and_ids(exported, tmp_path):
    from amuddu_plugin.core.hsds.export import HsdsOptions, export_hsds

    db, folder, result = exported
    published = {r[0] for r in db.query(
        "SELECT uuid FROM service_point WHERE publication_state = 'published'")}
    locations = {r["id"] for r in _csv(folder, "locations.csv")}
    assert locations == published and DRAFT_POINT not in locations
    assert result.counts["location"] == len(published)
    everything = export_hsds(db, tmp_path / "all", HsdsOptions(published_only=False, format="tabular"))
    assert {r["id"] for r in _csv(tmp_path / "all", "locations.csv")} == {
        r[0] for r in db.query("SELECT uuid FROM service_point")}
    assert everything.counts["service"] == db.count("service")
    statuses = {r["status"] for r in _csv(tmp_path / "all", "services.csv")}
    assert statuses == {"active", "temporarily closed", "defunct"}


def test_identical_files_across_two_exports(exported, tmp_path):
    from amuddu_plugin.core.hsds.export import export_hsds

    db, folder, _ = exported
    export_hsds(db, tmp_path / "again")
    data_files = sorted(p.name for p in folder.iterdir() if p.suffix in (".csv", ".json")
                        and not p.name.startswith(".") and p.name not in ("datapackage.json", "amuddu-hsds-export.json"))
    assert len(data_files) == 16
    for name in data_files:
        assert (folder / name).read_bytes() == (tmp_path / "again" / name).read_bytes(), name
    ids = [r["id"] for r in _csv(folder, "organizations.csv")]
    assert len(ids) == 4 and all(uuid.UUID(i).version == 5 for i in ids)


def test_arabic_and_english_through_the_extension(exported, tmp_path):
    from amuddu_plugin.core.hsds.export import HsdsOptions, export_hsds

    db, folder, _ = exported
    name_fr, name_ar, name_en = db.query(
        f"SELECT name_fr, name_ar, name_en FROM service_point WHERE uuid = '{EDITED_POINT}'")[0]
    translations = {(t["resource"], t["record_id"], t["field"], t["language"]): t["value"]
                    for t in _csv(folder, "x_translations.csv")}
    assert translations[("location", EDITED_POINT, "name", "ar")] == name_ar
    assert translations[("location", EDITED_POINT, "name", "en")] == name_en
    location = next(r for r in _csv(folder, "locations.csv") if r["id"] == EDITED_POINT)
    assert location["name"] == name_fr
    org = next(o for o in _json(folder, "organizations.json") if o["alternate_name"] == "OFPPT")
    assert org["x_translations"]["ar"]["name"] == "مكتب التكوين المهني وإنعاش الشغل"
    export_hsds(db, tmp_path / "ar", HsdsOptions(language="ar", format="tabular"))
    location = next(r for r in _csv(tmp_path / "ar", "locations.csv") if r["id"] == EDITED_POINT)
    assert location["name"] == name_ar
    assert {r["language"] for r in _csv(tmp_path / "ar", "meta_table_descriptions.csv")} == {"ar"}
    assert {t["language"] for t in _csv(tmp_path / "ar", "x_translations.csv")} == {"fr", "en"}


def test_schedule_phone_address_and_losses_reported(exported):
    _, folder, result = exported
    schedules = [r for r in _csv(folder, "schedules.csv") if r["location_id"] == EDITED_POINT]
    assert [(r["byday"], r["opens_at"], r["closes_at"]) for r in schedules] == [
        ("MO,TU,WE,TH", "08:30:00", "12:00:00"), ("MO,TU,WE,TH", "14:00:00", "16:30:00"),
        ("FR", "08:30:00", "11:30:00")]
    assert {r["description"] for r in schedules} == {
        "Mo-Th 08:30-12:00,14:00-16:30; Fr 08:30-11:30; PH off"}
    assert any(EDITED_POINT in w and "public holidays (PH off)" in w for w in result.warnings)
    address = next(r for r in _csv(folder, "addresses.csv") if r["location_id"] == EDITED_POINT)
    assert (address["postal_code"], address["state_province"], address["country"]) == (
        "60000", "Oujda-Angad", "MA")
    # Addresses without a postal code: kept as the location's description, counted once.
    others = [r for r in _csv(folder, "locations.csv") if r["id"] != EDITED_POINT]
    assert others[0]["description"]
    assert any("have no postal code" in w for w in result.warnings)


@pytest.mark.parametrize("text, rows, lost", [
    ("Mo-Fr 08:30-16:30", [("MO,TU,WE,TH,FR", "08:30:00", "16:30:00", "")], False),
    ("Mo-Fr 08:00-16:00; Fr 08:00-11:30", [("MO,TU,WE,TH", "08:00:00", "16:00:00", ""),
                                          ("FR", "08:00:00", "11:30:00", "")], False),
    ("Mo-Fr 08:30-16:30; Sa 09:00-12:00; PH off",
     [("MO,TU,WE,TH,FR", "08:30:00", "16:30:00", "Mo-Fr 08:30-16:30; Sa 09:00-12:00; PH off"),
      ("SA", "09:00:00", "12:00:00", "Mo-Fr 08:30-16:30; Sa 09:00-12:00; PH off")], True),
    ("24/7", [("MO,TU,WE,TH,FR,SA,SU", "", "", "24/7")], True),
    ("Mo 20:00-24:00", [("MO", "20:00:00", "23:59:59", "")], False),
    ("Mo-Su off", [("", "", "", "Mo-Su off")], False),
    ("Jan-Mar Mo 08:00-12:00", [("", "", "", "Jan-Mar Mo 08:00-12:00")], True),
    ("", [], False),
])
def test_opening_hours_to_schedule(qgis_app, text, rows, lost):
    from amuddu_plugin.core.hsds.schedule import to_schedules

    converted = to_schedules(text)
    assert [(r.get("byday", ""), r.get("opens_at", ""), r.get("closes_at", ""),
             r.get("description", "")) for r in converted.rows] == rows
    assert bool(converted.lost) is lost


# ---------------------------------------------------------------------------- safety
def test_never_writes_over_other_files_or_the_database(exported, tmp_path):
    from amuddu_plugin.core.hsds.export import export_hsds
    from amuddu_plugin.core.store.database import StoreError

    db, folder, _ = exported
    other = tmp_path / "mine"
    other.mkdir()
    (other / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(StoreError, match="holds files that Amuddu did not write"):
        export_hsds(db, other)
    assert [p.name for p in other.iterdir()] == ["notes.txt"]
    previous = tmp_path / "previous"
    export_hsds(db, previous)
    (previous / "README-ngo.txt").write_text("our notes", encoding="utf-8")
    with pytest.raises(StoreError, match=r"did not write \(README-ngo.txt\)"):
        export_hsds(db, previous)
    assert (previous / "README-ngo.txt").read_text(encoding="utf-8") == "our notes"
    for target in (db.path, db.path.parent):
        with pytest.raises(StoreError, match="is the database or holds it"):
            export_hsds(db, target)
    (tmp_path / "x.zip").write_bytes(b"not a zip")
    with pytest.raises(StoreError, match="was not written by Amuddu"):
        export_hsds(db, tmp_path / "x.zip")
    assert (tmp_path / "x.zip").read_bytes() == b"not a zip"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_zip_and_cancel_keep_the_previous_export(exported, tmp_path):
    import zipfile

    from amuddu_plugin.core.hsds.export import HsdsOptions, export_hsds
    from amuddu_plugin.core.store.database import Canceled

    db, _, _ = exported
    archive = tmp_path / "hsds.zip"
    export_hsds(db, archive, HsdsOptions(format="json"))
    with zipfile.ZipFile(archive) as z:
        assert sorted(z.namelist()) == ["amuddu-hsds-export.json", "organizations.json",
                                        "services.json"]
    before = archive.read_bytes()

    class Cancelling:
        def __init__(self):
            self.calls = 0

        def isCanceled(self):  # noqa: N802 - QgsFeedback's name
            self.calls += 1
            return self.calls > 1  # after the reading, during the writing

        def setProgress(self, value):  # noqa: N802
            pass

        def pushInfo(self, text):  # noqa: N802
            pass

    with pytest.raises(Canceled):
        export_hsds(db, archive, HsdsOptions(format="both"), Cancelling())
    assert archive.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name != ".amuddu-outputs.json"] == ["hsds.zip"]


def test_headless_qgis_process(qgis_process, exported, tmp_path):
    db, _, _ = exported
    folder = tmp_path / "headless"
    done = qgis_process("run", "amuddu:export_hsds", "--", f"DATABASE={db.source}",
                        f"OUTPUT={folder}", "FORMAT=tabular", "LANGUAGE=en", "PUBLISHED_ONLY=false")
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"LOCATIONS:\t{db.count('service_point')}" in done.stdout
    assert not (folder / "services.json").exists()
    marker = json.loads((folder / "amuddu-hsds-export.json").read_text(encoding="utf-8"))
    assert (marker["language"], marker["published_only"], marker["format"]) == ("en", False, "tabular")
    bad = qgis_process("run", "amuddu:export_hsds", "--", f"DATABASE={db.source}",
                       f"OUTPUT={db.path}")
    assert bad.returncode != 0 and "is the database or holds it" in bad.stdout + bad.stderr


@pytest.mark.parametrize("text", [
    "Mo-Fr 08:30-16:30", "Mo-Th 08:30-12:00,14:00-16:30; Fr 08:30-11:30",
    "Mo-Fr 08:30-16:30; Sa 09:00-12:00; PH off", "24/7", "Mo,We,Fr 09:00-12:00", "Mo 20:00-24:00",
])
def test_schedule_reads_back_as_the_same_opening_hours(qgis_app, text):
    from amuddu_plugin.core.hsds.schedule import from_schedules, to_schedules
    from amuddu_plugin.core.values.opening_hours import normalise

    back = from_schedules(to_schedules(text).rows)
    assert back.rows == [{"opening_hours": normalise(text)}] and not back.lost


def test_schedule_from_outside_rows(qgis_app):
    from amuddu_plugin.core.hsds.schedule import from_schedules

    rows = [{"freq": "WEEKLY", "byday": "MO,TU", "opens_at": "09:00", "closes_at": "17:00"},
            {"freq": "WEEKLY", "byday": "WE", "opens_at": "09:00:00", "closes_at": "12:00:00"},
            {"freq": "MONTHLY", "byday": "1MO", "opens_at": "10:00", "closes_at": "11:00"},
            {"byday": "TH", "description": "Open on Thursdays, ask at the desk"}]
    back = from_schedules(rows)
    assert back.rows == [{"opening_hours": "Mo-Tu 09:00-17:00; We 09:00-12:00"}]
    assert len(back.lost) == 2 and "freq=MONTHLY" in back.lost[0]
