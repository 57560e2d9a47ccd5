"""Snapshots and compare: between two snapshots, compare lists exactly the changes made in
between (on the synthetic database of test_monitoring_coverage.py), and nothing for edits a
reader cannot see."""

from __future__ import annotations

import pytest

from tests.test_monitoring_coverage import POINTS, build_world

U = {c: c * 36 for c in "abcdefgh"}


def run(algorithm: str, params: dict):
    import processing

    return processing.run(algorithm, params)


def sql(db, statement: str, *params) -> None:
    from amuddu_plugin.core.store.gpkg import connect

    con = connect(db.path, write=True)
    try:
        con.execute(statement, params)
    finally:
        con.close()


def listed(path: str) -> list[dict]:
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, "changes", "ogr")
    return [dict(zip(layer.fields().names(), f.attributes())) for f in layer.getFeatures()]


@pytest.fixture
def world(empty_db):
    build_world(empty_db)
    empty_db.insert("service_point", [{  # published, active, and left alone
        "uuid": U["g"], "institution": "EN", "facility_type": "EN_SOCIAL", "name_fr": "Point g",
        "geometry": "POINT(-7 33.5)", "region_code": "02", "province_code": "02.001",
        "publication_state": "published", "operating_status": "active"}])
    return empty_db


def make_changes(db) -> set[tuple[str, str]]:
    """The changes made, as compare should list them."""
    from amuddu_plugin.core.store.gpkg import point_blob

    sql(db, "UPDATE service_point SET publication_state = 'published' WHERE uuid = ?", U["d"])
    db.insert("service_point", [{"uuid": U["h"], "institution": "OFPPT", "facility_type": "OFPPT_CMC",
                                 "name_fr": "Point h", "geometry": "POINT(-7 33.6)", "region_code": "02",
                                 "province_code": "02.001", "publication_state": "published"}])
    sql(db, "UPDATE service_point SET operating_status = 'closed' WHERE uuid = ?", U["a"])
    sql(db, "UPDATE service_point SET operating_status = 'active' WHERE uuid = ?", U["e"])
    sql(db, "UPDATE service_point SET geom = ? WHERE uuid = ?", point_blob(-7.0, 30.61), U["b"])
    db.insert("service", [{"uuid": "c".ljust(36, "9"), "service_point_uuid": U["c"], "category": "EMP_GUID"}])
    sql(db, "UPDATE service_point SET last_verified_on = '2026-06-01', last_verified_by = 'CP3' "
            "WHERE uuid = ?", U["f"])
    # invisible to a reader: a new modification stamp and a metre's shift
    sql(db, "UPDATE service_point SET updated_at = '2026-06-02T10:00:00.000Z', geom = ? WHERE uuid = ?",
        point_blob(-7.00001, 33.5), U["g"])
    return {("opened", U["d"]), ("opened", U["h"]), ("opened", U["e"]), ("closed", U["a"]),
            ("moved", U["b"]), ("changed", U["c"]), ("verified", U["f"])}


def test_compare_lists_exactly_the_changes_between_two_snapshots(provider, world, tmp_path):
    first = run("amuddu:snapshot", {"DATABASE": world.source, "LABEL": "Comité de mars"})
    published = [c for c, p in POINTS.items() if p[4] == "published"]
    assert first["POINTS"] == len(published) + 1  # and point g
    expected = make_changes(world)
    second = run("amuddu:snapshot", {"DATABASE": world.source, "LABEL": "Comité de juin"})
    assert second["POINTS"] == first["POINTS"] + 2
    out = run("amuddu:compare", {"DATABASE": world.source, "FROM": "Comité de mars", "TO": "Comité de juin",
                                 "OUTPUT": str(tmp_path / "changes.gpkg"),
                                 "SUMMARY": str(tmp_path / "summary.gpkg")})
    rows = listed(out["OUTPUT"])
    assert {(r["kind"], r["point_uuid"]) for r in rows} == expected and len(rows) == len(expected)
    moved = next(r for r in rows if r["kind"] == "moved")
    assert moved["detail"] == "1112 m" and moved["kind_label_ar"] and moved["name_fr"] == "Point b"
    closed = next(r for r in rows if r["kind"] == "closed")
    assert (closed["detail"], closed["institution"], closed["region_code"]) == ("closed", "ANAPEC", "01")
    assert (out["OPENED"], out["CLOSED"], out["MOVED"], out["CHANGED"], out["VERIFIED"]) == (3, 1, 1, 1, 1)
    by_group = {(r["institution"], r["region_code"], r["kind"]): r["points"] for r in listed(out["SUMMARY"])}
    assert by_group == {("ANAPEC", "01", "opened"): 2, ("OFPPT", "02", "opened"): 1,
                        ("ANAPEC", "01", "closed"): 1, ("OFPPT", "01", "moved"): 1,
                        ("ANAPEC", "02", "changed"): 1, ("EN", "01", "verified"): 1}
    # since the first snapshot, now: the same; since the latest (by date), nothing
    now = run("amuddu:compare", {"DATABASE": world.source, "FROM": "Comité de mars",
                                 "OUTPUT": str(tmp_path / "now.gpkg")})
    assert {(r["kind"], r["point_uuid"]) for r in listed(now["OUTPUT"])} == expected
    from datetime import date

    latest = run("amuddu:compare", {"DATABASE": world.source, "FROM": str(date.today()),
                                    "OUTPUT": str(tmp_path / "latest.gpkg")})
    assert listed(latest["OUTPUT"]) == []


def test_withdrawn_and_deleted_points_are_closed(provider, world, tmp_path):
    run("amuddu:snapshot", {"DATABASE": world.source, "LABEL": "before"})
    sql(world, "UPDATE service_point SET publication_state = 'draft' WHERE uuid = ?", U["c"])
    sql(world, "DELETE FROM service_point WHERE uuid = ?", U["g"])
    out = run("amuddu:compare", {"DATABASE": world.source, "FROM": "before",
                                 "OUTPUT": str(tmp_path / "c.gpkg")})
    assert {(r["kind"], r["point_uuid"], r["detail"]) for r in listed(out["OUTPUT"])} == {
        ("closed", U["c"], "withdrawn"), ("closed", U["g"], "withdrawn")}


def test_snapshot_and_compare_errors_are_clear(provider, world, tmp_path):
    from qgis.core import QgsProcessingException

    run("amuddu:snapshot", {"DATABASE": world.source, "LABEL": "T1"})
    with pytest.raises(QgsProcessingException, match="LABEL: a snapshot “T1” exists already"):
        run("amuddu:snapshot", {"DATABASE": world.source, "LABEL": " T1 "})
    with pytest.raises(QgsProcessingException, match="FROM: no snapshot “nope” .*snapshots: T1"):
        run("amuddu:compare", {"DATABASE": world.source, "FROM": "nope", "OUTPUT": str(tmp_path / "x.gpkg")})
    with pytest.raises(QgsProcessingException, match="TO: no snapshot “2000-01-01”"):
        run("amuddu:compare", {"DATABASE": world.source, "FROM": "T1", "TO": "2000-01-01",
                               "OUTPUT": str(tmp_path / "x.gpkg")})
    assert not (tmp_path / "x.gpkg").exists()
    assert world.count("snapshot") == 1


def test_headless_snapshot_alerts_and_compare(qgis_process, world, tmp_path):
    first = qgis_process("run", "amuddu:snapshot", "--", f"DATABASE={world.source}", "LABEL=T1")
    assert first.returncode == 0, first.stdout + first.stderr
    sql(world, "UPDATE service_point SET operating_status = 'closed' WHERE uuid = ?", U["a"])
    out = tmp_path / "changes.csv"
    done = qgis_process("run", "amuddu:compare", "--", f"DATABASE={world.source}", "FROM=T1",
                        f"OUTPUT={out}", f"SUMMARY={tmp_path / 'summary.csv'}")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and lines[1].startswith("closed,") and U["a"] in lines[1]
    alerts = qgis_process("run", "amuddu:alerts", "--", f"DATABASE={world.source}", "TODAY=2026-06-30",
                          f"OUTPUT={tmp_path / 'alerts.csv'}")
    assert alerts.returncode == 0, alerts.stdout + alerts.stderr
    assert "CATEGORY_MISSING_IN_PROVINCE" in (tmp_path / "alerts.csv").read_text(encoding="utf-8")
