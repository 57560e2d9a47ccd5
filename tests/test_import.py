"""Importing the institutions' messy files: exact counts and reasons, upsert, history, undo,
dry run, and nothing written when something goes wrong."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sqlite3
from pathlib import Path

import pytest

from amuddu_plugin.core.imports.importer import (
    NOTE,
    REJECTED,
    WARNING,
    ImportFailed,
    ImportResult,
    import_runs,
    import_services,
)
from amuddu_plugin.core.imports.mapping import ColumnMapping, target
from amuddu_plugin.core.imports.report import to_csv, to_html, write_report
from amuddu_plugin.core.imports.undo import undo_import
from amuddu_plugin.core.setup import create_database
from amuddu_plugin.core.store.database import Canceled
from amuddu_plugin.core.store.gpkg import blob_point
from amuddu_plugin.toolbelt.i18n import ui_language

DATA = Path(__file__).resolve().parent / "data"
ANAPEC = DATA / "anapec_arabic_cp1256.csv"
OFPPT = DATA / "ofppt_dms.xlsx"
ENTRAIDE = DATA / "entraide_swapped.csv"
ARTISANAT = DATA / "artisanat_duplicates_cp1252.csv"
GEOJSON = DATA / "anapec_points.geojson"


@pytest.fixture
def db(qgis_app, bundled_gpkg, tmp_path):
    """A database with the reference layers and no service points."""
    return create_database(tmp_path / "amuddu.gpkg", reference=bundled_gpkg)


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def problems(result: ImportResult, severity: str) -> list[tuple[int | None, str, str, str]]:
    return [(p.row, p.field, p.value, p.reason) for p in result.problems if p.severity == severity]


def points(db) -> dict[str, dict]:
    """Service points by external_id, with their geometry as (lon, lat)."""
    con = sqlite3.connect(db.source)
    con.row_factory = sqlite3.Row
    try:
        out = {}
        for row in con.execute("SELECT * FROM service_point"):
            d = dict(row)
            d["point"] = blob_point(d.pop("geom"))
            out[d["external_id"]] = d
        return out
    finally:
        con.close()


def categories(db, point_uuid: str) -> set[str]:
    rows = db.query("SELECT category FROM service WHERE service_point_uuid = ?", (point_uuid,))
    return {r[0] for r in rows}


def town(db, name: str) -> tuple[float, float, str, str]:
    con = sqlite3.connect(db.source)
    try:
        geom, region, province = con.execute(
            "SELECT geom, region_code, province_code FROM town WHERE name_fr = ?", (name,)).fetchone()
    finally:
        con.close()
    x, y = blob_point(geom)  # type: ignore[misc]
    return x, y, region, province


def data_state(db) -> tuple[list, list]:
    """Every value of the service points and services, without the bookkeeping columns."""
    con = sqlite3.connect(db.source)
    try:
        cols = [r[1] for r in con.execute("PRAGMA table_info(service_point)")
                if r[1] not in ("fid", "updated_at", "updated_by")]
        key = cols.index("uuid")
        sp = sorted(con.execute(f"SELECT {', '.join(cols)} FROM service_point"), key=lambda r: r[key])
        sv = sorted(con.execute("SELECT uuid, service_point_uuid, category FROM service"))
        return sp, sv
    finally:
        con.close()


# --------------------------------------------------------------------------------------------
# The four messy files
# --------------------------------------------------------------------------------------------
def test_arabic_windows_1256_csv(db):
    r = import_services(db, ANAPEC, institution="ANAPEC")
    c = r.counts
    assert (c.rows, c.added, c.updated, c.unchanged, c.rejected, c.located_by_town) == (7, 6, 0, 0, 1, 3)
    assert (r.encoding, r.delimiter, r.header_row) == ("cp1256", ";", 2)
    assert problems(r, REJECTED) == [
        (8, "المدينة", "Atlantis", "the town “Atlantis” is not in the towns gazetteer; without "
                                   "coordinates the row cannot be placed")]
    warnings = problems(r, WARNING)
    assert [(row, field) for row, field, _, _ in warnings] == [
        (6, "البريد الإلكتروني"), (7, "الهاتف"), (7, "الخدمات")]
    assert "“oujda[at]anapec.example” is not an e-mail address" in warnings[0][3]
    assert "has 9 digits" in warnings[1][3]
    assert warnings[2][2] == "خدمة غير معروفة" and "unknown service category" in warnings[2][3]
    assert problems(r, NOTE) == [(6, "المدينة", "Wajda", "town read as Oujda")]
    assert [(t.row, t.town) for t in r.located_by_town] == [(4, "Fès"), (5, "Fès"), (6, "Oujda")]

    sp = points(db)
    assert set(sp) == {"A-RBT-01", "A-FES-01", "A-FES-02", "A-OUJ-01", "A-CAS-01", "A-TNG-01"}
    rabat = sp["A-RBT-01"]
    assert rabat["phone"] == "+212537771234"
    assert rabat["name_fr"] == "Agence ANAPEC Rabat Agdal"
    assert rabat["name_ar"] == "وكالة أنابيك الرباط أكدال"
    assert rabat["address_ar"] == "شارع فال ولد عمير، أكدال"
    assert rabat["town"] == "Rabat" and rabat["located_by"] == "gps" and rabat["region_code"] == "04"
    assert rabat["point"] == pytest.approx((-6.8326, 34.0132))
    assert rabat["facility_type"] == "ANAPEC_AGENCY" and rabat["publication_state"] == "draft"
    assert rabat["source"] == "anapec_arabic_cp1256.csv"
    assert categories(db, rabat["uuid"]) == {"EMP_REG", "EMP_MATCH"}
    assert sp["A-FES-02"]["phone"] == "+212535112233"
    assert sp["A-OUJ-01"]["phone"] == "+212536681234" and sp["A-OUJ-01"]["email"] is None
    assert sp["A-CAS-01"]["phone"] is None and categories(db, sp["A-CAS-01"]["uuid"]) == set()
    assert categories(db, sp["A-FES-02"]["uuid"]) == {"EMP_MATCH"}
    fes_x, fes_y, fes_region, fes_province = town(db, "Fès")
    for key in ("A-FES-01", "A-FES-02"):
        assert sp[key]["town"] == "Fès" and sp[key]["located_by"] == "town"
        assert sp[key]["point"] == (fes_x, fes_y)
        assert (sp[key]["region_code"], sp[key]["province_code"]) == (fes_region, fes_province)
    assert sp["A-OUJ-01"]["town"] == "Oujda" and sp["A-CAS-01"]["town"] == "Casablanca"
    assert sp["A-TNG-01"]["town"] == "Tanger"

    runs = import_runs(db)
    assert len(runs) == 1 and runs[0]["uuid"] == r.run_uuid
    assert (runs[0]["added"], runs[0]["rejected"], runs[0]["located_by_town"], runs[0]["mode"],
            runs[0]["status"], runs[0]["institution"]) == (6, 1, 3, "upsert", "done", "ANAPEC")
    logged = db.query("SELECT table_name, action, count(*) FROM change_log WHERE import_run_uuid = ? "
                      "GROUP BY 1, 2 ORDER BY 1", (r.run_uuid,))
    assert logged == [("service", "insert", 6), ("service_point", "insert", 6)]


def test_xlsx_with_dms_coordinates(db):
    r = import_services(db, OFPPT)
    c = r.counts
    assert (c.rows, c.added, c.rejected, c.located_by_town) == (5, 5, 0, 0)
    assert problems(r, REJECTED) == []
    assert [(row, field, value) for row, field, value, _ in problems(r, WARNING)] == [
        (4, "Horaires", "Lundi-Vendredi 8h-16h")]
    sp = points(db)
    assert sp["ISTA-RBT"]["point"] == pytest.approx((-(6 + 52 / 60 + 8.2 / 3600), 33 + 57 / 60 + 32.4 / 3600))
    assert sp["CMC-SOU"]["point"] == pytest.approx((-(9 + 35 / 60 + 53 / 3600), 30 + 25 / 60 + 40 / 3600))
    assert sp["ITA-TNG"]["point"] == pytest.approx((-(5 + 47 / 60 + 59 / 3600), 35 + 46 / 60 + 2 / 3600))
    assert sp["CFP-OUJ"]["point"] == pytest.approx((-(1 + 54.6 / 60), 34 + 40.9 / 60))
    assert sp["ISTA-MEK"]["point"] == pytest.approx((-5.5473, 33.8935))
    assert {k: v["phone"] for k, v in sp.items()} == {
        "ISTA-RBT": "+212537712345", "CMC-SOU": "+212528234567", "ITA-TNG": "+212539345678",
        "CFP-OUJ": "+212536456789", "ISTA-MEK": "+212535567890"}
    assert sp["ISTA-RBT"]["website"] == sp["CMC-SOU"]["website"] == "https://www.ofppt.ma"
    assert sp["ITA-TNG"]["website"] == "https://ofppt.ma" and sp["CFP-OUJ"]["website"] is None
    assert sp["CMC-SOU"]["facility_type"] == "OFPPT_CMC" and sp["ITA-TNG"]["institution"] == "OFPPT"
    assert sp["ITA-TNG"]["opening_hours"] is None
    assert sp["ISTA-MEK"]["opening_hours"] == "Mo-Fr 08:30-12:00,14:00-16:30"
    assert categories(db, sp["ISTA-RBT"]["uuid"]) == {"VT_INIT", "VT_SHORT"}
    assert categories(db, sp["CFP-OUJ"]["uuid"]) == {"VT_APPR"}
    assert {v["region_code"] for v in sp.values()} == {"04", "09", "01", "02", "03"}


def test_swapped_coordinates_and_points_outside_morocco(db):
    r = import_services(db, ENTRAIDE)
    c = r.counts
    assert (c.rows, c.added, c.rejected) == (6, 4, 2)
    assert problems(r, REJECTED) == [
        (5, "latitude", "48.8566, 2.3522",
         "the point (latitude 48.8566, longitude 2.3522) is outside Morocco"),
        (6, "latitude", "34.0331, 5.0003",
         "the point (latitude 34.0331, longitude 5.0003) is outside Morocco "
         "(a missing minus sign before the longitude?)"),
    ]
    assert problems(r, WARNING) == [
        (3, "latitude", "-6.7985, 34.0531", "latitude and longitude were swapped: corrected"),
        (4, "latitude", "5°33'W, 33°53'N",
         "latitude and longitude were written in each other's place (hemisphere letters): corrected"),
        (4, target("facility_type").label.get(ui_language()), "",
         "no facility type given: set to EN_DELEGATION, check it"),
    ]
    sp = points(db)
    assert sp["EN-002"]["point"] == pytest.approx((-6.7985, 34.0531))
    assert sp["EN-003"]["point"] == pytest.approx((-(5 + 33 / 60), 33 + 53 / 60))
    assert sp["EN-001"]["facility_type"] == "EN_SOCIAL" and sp["EN-002"]["facility_type"] == "EN_TRAINING"
    assert sp["EN-006"]["facility_type"] == "EN_CHILDCARE" and sp["EN-006"]["phone"] == "+212528841122"
    assert {v["institution"] for v in sp.values()} == {"EN"}


def test_duplicated_identifier_unknown_and_ambiguous_towns(db):
    r = import_services(db, ARTISANAT, institution="ARTISANAT")
    c = r.counts
    assert (c.rows, c.added, c.rejected, c.located_by_town) == (6, 2, 4, 2)
    assert r.encoding == "cp1252"
    rejected = problems(r, REJECTED)
    assert rejected[:2] == [(3, "Code", "ART-02", "the identifier ART-02 is also on row(s) 5 of the file"),
                            (5, "Code", "ART-02", "the identifier ART-02 is also on row(s) 3 of the file")]
    assert rejected[2] == (6, "Ville", "Tombouctou", "the town “Tombouctou” is not in the towns gazetteer; "
                                                     "without coordinates the row cannot be placed")
    row, field, value, reason = rejected[3]
    assert (row, field, value) == (7, "Ville", "Dakhla")
    assert reason.startswith("the town “Dakhla” is ambiguous (2 towns match: Dakhla")
    sp = points(db)
    assert set(sp) == {"ART-01", "ART-03"}
    assert sp["ART-03"]["town"] == "Tétouan" and sp["ART-03"]["located_by"] == "town"
    assert sp["ART-01"]["facility_type"] == "ART_CFA" and sp["ART-03"]["facility_type"] == "ART_QUALIF"
    assert categories(db, sp["ART-01"]["uuid"]) == {"VT_APPR"}


def test_geojson_layer(db):
    r = import_services(db, GEOJSON, institution="ANAPEC")
    assert (r.counts.added, r.counts.rejected, r.counts.located_by_town) == (3, 0, 1)
    sp = points(db)
    assert sp["G-01"]["point"] == pytest.approx((-6.8498, 33.9716)) and sp["G-01"]["located_by"] == "gps"
    assert sp["G-01"]["phone"] == "+212537701122"
    assert sp["G-03"]["located_by"] == "town" and sp["G-03"]["town"] == "Kénitra"


def test_a_file_without_a_name_column_is_refused(db, tmp_path):
    path = tmp_path / "no_names.csv"
    path.write_text("Ville;Tél\nRabat;0537000000\n", encoding="utf-8")
    before = digest(db.path)
    with pytest.raises(ImportFailed, match="No column of no_names.csv holds the names"):
        import_services(db, path, institution="ANAPEC")
    with pytest.raises(ImportFailed, match="Unknown institution “CNSS”"):
        import_services(db, ANAPEC, institution="CNSS")
    assert digest(db.path) == before


def test_mapping_file_overrides_recognition_and_maps_categories(db, tmp_path):
    path = tmp_path / "en.csv"
    path.write_text("Intitulé;Localité;Contact;Offre\n"
                    "Centre social Agdal;Rabat;0537 11 22 33;Cours de darija\n", encoding="utf-8")
    mapping = ColumnMapping(columns={"Intitulé": "name_fr", "Localité": "town", "Contact": "phone",
                                     "Offre": "categories"},
                            categories={"cours de darija": "SOC_LIT"}, institution="EN")
    r = import_services(db, path, mapping=mapping)
    assert (r.counts.added, r.counts.rejected) == (1, 0)
    point = next(iter(points(db).values()))
    assert (point["name_fr"], point["phone"], point["institution"]) == (
        "Centre social Agdal", "+212537112233", "EN")
    assert categories(db, point["uuid"]) == {"SOC_LIT"}


# --------------------------------------------------------------------------------------------
# Upsert, append, history and undo
# --------------------------------------------------------------------------------------------
ANAPEC_V2 = """المعرف;الاسم;المدينة;الهاتف;البريد الإلكتروني;خط العرض;خط الطول
A-RBT-01;Agence ANAPEC Rabat Agdal;الرباط;05 37 77 12 99;rabat.agdal@anapec.example;34,0132;-6,8326
A-FES-02;Agence ANAPEC Fès Saïss;Fez;;;;
A-OUJ-01;Agence ANAPEC Oujda;Wajda;536681234;oujda@anapec.example;;
A-CAS-01;Agence ANAPEC Casablanca Maârif;الدار البيضاء;05 22 99 88 7;;33,5883;-7,6325
A-TNG-01;Agence ANAPEC Tanger;طنجة;0539-94-00-00;;35,7700;-5,8000
A-AGA-01;Agence ANAPEC Agadir;أكادير;0528 22 33 44;;30,4210;-9,5830
"""


def test_upsert_updates_only_what_changed_and_reports_what_is_missing(db, tmp_path):
    first = import_services(db, ANAPEC, institution="ANAPEC")
    again = import_services(db, ANAPEC, institution="ANAPEC")
    c = again.counts
    assert (c.added, c.updated, c.unchanged, c.rejected) == (0, 0, 6, 1)
    before = points(db)
    v2 = tmp_path / "anapec_v2.csv"
    v2.write_text(ANAPEC_V2, encoding="utf-8-sig")
    r = import_services(db, v2, institution="ANAPEC")
    c = r.counts
    assert (c.rows, c.added, c.updated, c.unchanged, c.rejected, c.missing) == (6, 1, 3, 2, 0, 1)
    assert [(m.external_id, m.name) for m in r.missing] == [("A-FES-01", "Agence ANAPEC Fès Centre")]
    after = points(db)
    assert "A-FES-01" in after  # reported, never deleted
    assert after["A-RBT-01"]["phone"] == "+212537771299"
    assert after["A-FES-02"]["phone"] == "+212535112233"  # an empty cell erases nothing
    assert after["A-OUJ-01"]["email"] == "oujda@anapec.example"
    assert after["A-TNG-01"]["point"] == pytest.approx((-5.8, 35.77))
    assert after["A-RBT-01"]["name_ar"] == before["A-RBT-01"]["name_ar"]  # not in the file: kept
    changes = db.query(
        "SELECT row_uuid, field_name, old_value, new_value FROM change_log WHERE import_run_uuid = ? "
        "AND action = 'update' ORDER BY fid", (r.run_uuid,))
    by_point = {}
    for uuid, field, old, new in changes:
        by_point.setdefault(uuid, []).append((field, old, new))
    assert by_point[after["A-RBT-01"]["uuid"]] == [("phone", "+212537771234", "+212537771299")]
    assert by_point[after["A-OUJ-01"]["uuid"]] == [("email", None, "oujda@anapec.example")]
    assert by_point[after["A-TNG-01"]["uuid"]] == [
        ("geom", "POINT(-5.7998 35.7673)", "POINT(-5.8 35.77)")]
    assert len(by_point) == 3
    assert first.run_uuid != r.run_uuid and len(import_runs(db)) == 3


def test_facility_type_of_another_institution_is_left_out(db, tmp_path):
    path = tmp_path / "types.csv"
    path.write_text("Nom;Ville;Type;Latitude;Longitude\n"
                    "Chambre d'artisanat de Rabat;Rabat;Agence ANAPEC;34.02;-6.83\n", encoding="utf-8")
    r = import_services(db, path, institution="ARTISANAT")
    assert r.counts.added == 1
    assert problems(r, WARNING) == [
        (2, "Type", "ANAPEC_AGENCY",
         "the facility type ANAPEC_AGENCY belongs to ANAPEC, not ARTISANAT: left out")]
    assert next(iter(points(db).values()))["facility_type"] == "ART_CHAMBER"  # from its name


def test_a_rejected_row_is_not_reported_missing(db, tmp_path):
    import_services(db, ANAPEC, institution="ANAPEC")
    path = tmp_path / "one_row.csv"
    path.write_text("Code;Nom;Ville;Latitude;Longitude\n"
                    "A-FES-01;Agence ANAPEC Fès Centre;Fès;34°02'N;quarante\n", encoding="utf-8")
    r = import_services(db, path, institution="ANAPEC")
    assert (r.counts.rejected, r.counts.missing) == (1, 5)
    assert problems(r, REJECTED) == [(2, "Longitude", "quarante", "“quarante” is not a coordinate")]
    assert "A-FES-01" not in {m.external_id for m in r.missing}


def test_append_mode_refuses_known_identifiers(db):
    import_services(db, OFPPT, mode="append")
    r = import_services(db, OFPPT, mode="append")
    assert (r.counts.added, r.counts.rejected) == (0, 5)
    assert {reason for *_, reason in problems(r, REJECTED)} == {
        f"the identifier {i} of OFPPT is already in the database (use the update mode to change it)"
        for i in ("ISTA-RBT", "CMC-SOU", "ITA-TNG", "CFP-OUJ", "ISTA-MEK")}
    assert db.count("service_point") == 5


def test_undo_restores_the_previous_state(db, tmp_path):
    empty = data_state(db)
    first = import_services(db, ANAPEC, institution="ANAPEC")
    after_first = data_state(db)
    v2 = tmp_path / "anapec_v2.csv"
    v2.write_text(ANAPEC_V2, encoding="utf-8")
    second = import_services(db, v2, institution="ANAPEC")
    assert data_state(db) != after_first
    undone = undo_import(db, second.run_uuid)
    assert (undone.deleted, undone.restored, undone.services_deleted) == (1, 3, 0)
    assert data_state(db) == after_first
    with pytest.raises(ImportFailed, match="has already been undone"):
        undo_import(db, second.run_uuid)
    undo_import(db, first.run_uuid)
    assert data_state(db) == empty
    runs = {r["uuid"]: r for r in import_runs(db)}
    assert runs[first.run_uuid]["status"] == runs[second.run_uuid]["status"] == "undone"
    undo_runs = [r for r in runs.values() if r["mode"] == "undo"]
    assert {r["undoes"] for r in undo_runs} == {first.run_uuid, second.run_uuid}
    with pytest.raises(ImportFailed, match="There is no import nope"):
        undo_import(db, "nope")


def test_undo_is_refused_when_rows_changed_since(db, tmp_path):
    first = import_services(db, ANAPEC, institution="ANAPEC")
    v2 = tmp_path / "anapec_v2.csv"
    v2.write_text(ANAPEC_V2, encoding="utf-8")
    second = import_services(db, v2, institution="ANAPEC")
    before = digest(db.path)
    with pytest.raises(ImportFailed, match=f"the import {second.run_uuid} of .* changed the same rows"):
        undo_import(db, first.run_uuid)
    assert digest(db.path) == before
    # An edit made after the import (through GDAL, as QGIS writes).
    rabat = points(db)["A-RBT-01"]["uuid"]
    db.execute([f"UPDATE service_point SET phone = '+212537000000' WHERE uuid = '{rabat}'"])
    before = digest(db.path)
    with pytest.raises(ImportFailed) as err:
        undo_import(db, second.run_uuid)
    assert f"the point {rabat} was edited since (phone: “+212537000000”, the import wrote " \
           "“+212537771299”)" in str(err.value)
    assert digest(db.path) == before


# --------------------------------------------------------------------------------------------
# Safety: dry run, failures, cancellation
# --------------------------------------------------------------------------------------------
def test_dry_run_writes_nothing_and_reports_the_same(db):
    import_services(db, ANAPEC, institution="ANAPEC")
    before = digest(db.path)
    dry = import_services(db, OFPPT, dry_run=True)
    assert digest(db.path) == before
    assert dry.run_uuid is None and dry.dry_run
    real = import_services(db, OFPPT)
    assert dry.counts == real.counts
    assert [(p.row, p.field, p.value, p.reason, p.severity) for p in dry.problems] == [
        (p.row, p.field, p.value, p.reason, p.severity) for p in real.problems]
    assert "Dry run: nothing was written to the database." in to_html(dry)


class CancelWhenWriting:
    """A feedback that cancels once the import starts writing (progress 60 %)."""

    def __init__(self) -> None:
        self.cancelled = False

    def isCanceled(self) -> bool:  # noqa: N802
        return self.cancelled

    def setProgress(self, value: float) -> None:  # noqa: N802
        if value >= 60:
            self.cancelled = True

    def pushInfo(self, text: str) -> None:  # noqa: N802
        pass


def test_cancel_or_failure_halfway_leaves_the_file_byte_for_byte(db, monkeypatch, tmp_path):
    from amuddu_plugin.core.imports import importer

    import_services(db, ANAPEC, institution="ANAPEC")
    v2 = tmp_path / "anapec_v2.csv"
    v2.write_text(ANAPEC_V2, encoding="utf-8")
    before = digest(db.path)

    feedback = CancelWhenWriting()
    with pytest.raises(Canceled, match="nothing was written"):
        import_services(db, v2, institution="ANAPEC", feedback=feedback)
    assert feedback.cancelled and digest(db.path) == before

    calls = {"n": 0}
    real_blob = importer.point_blob

    def failing_blob(x, y):
        calls["n"] += 1
        if calls["n"] == 2:  # after the first rows were written
            raise OSError("disk full")
        return real_blob(x, y)

    monkeypatch.setattr(importer, "point_blob", failing_blob)
    with pytest.raises(ImportFailed, match="failed, nothing was written: disk full"):
        import_services(db, v2, institution="ANAPEC")
    assert calls["n"] == 2 and digest(db.path) == before
    monkeypatch.undo()

    def failing_touch(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(importer, "touch_tables", failing_touch)  # after every row is written
    with pytest.raises(ImportFailed, match="database or disk is full"):
        import_services(db, v2, institution="ANAPEC")
    assert digest(db.path) == before
    monkeypatch.undo()
    assert import_services(db, v2, institution="ANAPEC").counts.added == 1


# --------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------
def test_report_html_and_csv(db, tmp_path):
    r = import_services(db, ANAPEC, institution="ANAPEC")
    html_path, csv_path = write_report(r, tmp_path / "report.html", language="en")
    assert (html_path.name, csv_path.name) == ("report.html", "report.csv")
    html = html_path.read_text(encoding="utf-8")
    assert "<html lang='en' dir='ltr'>" in html
    assert r.run_uuid in html and "Atlantis" in html and "town read as Oujda" in html
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads Arabic UTF-8 only with a BOM
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["Row", "Column", "Value", "Reason", "Severity"]
    assert ["8", "المدينة", "Atlantis", r.problems[-1].reason, "rejected"] in rows
    assert sum(1 for row in rows if "located at the centre of" in row[3]) == 3
    assert len(rows) == 1 + len(r.problems) + len(r.located_by_town)
    assert "<html lang='ar' dir='rtl'>" in to_html(r, "ar")
    assert to_csv(r).count("\r\n") == len(rows)


def test_report_in_the_interface_language(db, tmp_path):
    """The report's texts go through the translator: a translation installed for a test
    context shows in the report."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    class Upper(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return source.upper() if context in ("ImportReport", "Import") else ""

    r = import_services(db, ARTISANAT, institution="ARTISANAT")
    translator = Upper()
    QCoreApplication.installTranslator(translator)
    try:
        html = to_html(r)
        csv_text = to_csv(import_services(db, ARTISANAT, institution="ARTISANAT", dry_run=True))
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "LOCATED BY TOWN: CHECK THEIR PLACE" in html
    assert "THE IDENTIFIER ART-02 IS ALSO ON ROW(S) 5 OF THE FILE" in csv_text


def test_history_tables_hold_json_that_reads_back(db):
    r = import_services(db, OFPPT)
    rows = db.query("SELECT new_value FROM change_log WHERE import_run_uuid = ? AND table_name = "
                    "'service_point'", (r.run_uuid,))
    values = [json.loads(v) for (v,) in rows]
    assert {v["external_id"] for v in values} == {"ISTA-RBT", "CMC-SOU", "ITA-TNG", "CFP-OUJ", "ISTA-MEK"}
    assert all(v["geom"].startswith("POINT(") for v in values)
