"""The committee's alerts: each rule fires on a case made for it (on the synthetic database of
test_monitoring_coverage.py) and stays quiet otherwise; an acknowledgement marks an alert as
known until its facts change; existing databases get the monitoring tables."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from amuddu_plugin.definitions import monitoring
from tests.test_monitoring_coverage import build_world

TODAY = date(2026, 6, 30)
UUID = {c: c * 36 for c in "abcdef"}


def ago(days: int) -> str:
    return f"{TODAY - timedelta(days=days)}T09:00:00.000Z"


def day(days: int) -> str:
    return str(TODAY - timedelta(days=days))


@pytest.fixture
def world(empty_db):
    """The synthetic world, every point modified and verified recently, and an ARTISANAT point
    (so that no institution is silent)."""
    build_world(empty_db)
    empty_db.insert("service_point", [{
        "uuid": "g" * 36, "institution": "ARTISANAT", "facility_type": "ART_CFA", "name_fr": "Point g",
        "geometry": "POINT(-7 33.3)", "region_code": "02", "province_code": "02.001",
        "commune_code": "02.001.01", "publication_state": "published", "operating_status": "active"}])
    empty_db.insert("service", [{"uuid": "g".ljust(36, "1"), "service_point_uuid": "g" * 36,
                                 "category": "ART_TRAIN"}])
    empty_db.execute([f"UPDATE service_point SET updated_at = '{ago(5)}', last_verified_on = '{day(10)}'"])
    return empty_db


def alerts_of(db, rule: str, distance: float = 30.0, today: date = TODAY) -> dict:
    from amuddu_plugin.core.monitoring.evaluate import evaluate

    return {a.subject: a for a in evaluate(db.path, today, distance) if a.rule == rule}


def update(db, uuid_char: str, **values) -> None:
    sets = ", ".join(f"{k} = " + ("NULL" if v is None else f"'{v}'") for k, v in values.items())
    db.execute([f"UPDATE service_point SET {sets} WHERE uuid = '{UUID.get(uuid_char, uuid_char * 36)}'"])


def test_the_healthy_world_raises_only_the_missing_categories(world):
    from amuddu_plugin.core.monitoring.evaluate import evaluate

    found = evaluate(world.path, TODAY, 30.0)
    assert {a.rule for a in found} == {"CATEGORY_MISSING_IN_PROVINCE"}


def test_category_missing_in_a_province_of_its_region(world):
    found = alerts_of(world, "CATEGORY_MISSING_IN_PROVINCE")
    # 01.001 (points a, b) lacks the EN social centre's SOC_EDU of 01.002; 01.002 counts only
    # point f (d is a draft, e closed) and lacks what a and b offer. 02.001 is alone in 02.
    assert {s: a.facts["missing"] for s, a in found.items()} == {
        "01.001": ["SOC_EDU"], "01.002": ["EMP_REG", "INFO_DESK", "VT_INIT"]}
    assert found["01.002"].facts["region"] == "01" and found["01.002"].name == "Province 01.002"
    world.insert("service", [{"uuid": f"x{i}".ljust(36, "0"), "service_point_uuid": UUID[p], "category": c}
                             for i, (p, c) in enumerate([("a", "SOC_EDU"), ("f", "EMP_REG"),
                                                         ("f", "INFO_DESK"), ("f", "VT_INIT")])])
    assert alerts_of(world, "CATEGORY_MISSING_IN_PROVINCE") == {}


def test_population_mostly_beyond_reach(world):
    assert alerts_of(world, "POPULATION_BEYOND_REACH", 30.0) == {}
    # 02.001 lives at lat 33.0; its nearest points (c, g) are 0.2 and 0.3 degree north, ~22 km
    found = alerts_of(world, "POPULATION_BEYOND_REACH", 20.0)
    assert list(found) == ["02.001"]
    assert found["02.001"].facts == {"share_beyond": 1.0, "distance_km": 20.0, "population": 250_000}


def test_institution_mostly_unverified(world):
    update(world, "e", last_verified_on=day(400))
    update(world, "c", last_verified_on=day(366))
    assert alerts_of(world, "INSTITUTION_UNVERIFIED") == {}  # ANAPEC: 2 of 4 open points, not most
    update(world, "d", last_verified_on=None)
    update(world, "f", last_verified_on=day(365))  # exactly 12 months: still verified
    found = alerts_of(world, "INSTITUTION_UNVERIFIED")
    assert list(found) == ["ANAPEC"] and found["ANAPEC"].facts == {"points": 4, "unverified": 3}


def test_drafts_waiting_for_more_than_30_days(world):
    update(world, "d", updated_at=ago(30))
    update(world, "a", updated_at=ago(200))  # published: not waiting
    assert alerts_of(world, "DRAFT_WAITING") == {}
    update(world, "d", updated_at=ago(31))
    found = alerts_of(world, "DRAFT_WAITING")
    assert list(found) == [UUID["d"]] and found[UUID["d"]].days == 31
    # the change history says when it was added, whatever changed in it since
    update(world, "d", updated_at=ago(2))
    world.execute([
        f"INSERT INTO import_run (uuid, started_at, mode, status) VALUES ('{'r' * 36}', '{ago(45)}', "
        "'upsert', 'done')",
        f"INSERT INTO change_log (import_run_uuid, table_name, row_uuid, action, changed_at) VALUES "
        f"('{'r' * 36}', 'service_point', '{UUID['d']}', 'insert', '{ago(45)}')"])
    assert alerts_of(world, "DRAFT_WAITING")[UUID["d"]].days == 45


def test_points_temporarily_closed_for_more_than_90_days(world):
    update(world, "e", updated_at=ago(90))
    update(world, "f", updated_at=ago(300))  # active
    assert alerts_of(world, "CLOSED_TOO_LONG") == {}
    update(world, "e", updated_at=ago(91))
    found = alerts_of(world, "CLOSED_TOO_LONG")
    assert list(found) == [UUID["e"]] and found[UUID["e"]].facts["since"] == day(91)


def test_institution_silent_for_a_quarter(world):
    world.execute(["DELETE FROM service_point WHERE institution = 'ARTISANAT'"])
    found = alerts_of(world, "INSTITUTION_SILENT")
    assert list(found) == ["ARTISANAT"] and found["ARTISANAT"].facts == {"last_update": None}
    world.execute([f"INSERT INTO import_run (uuid, started_at, mode, status, institution) VALUES "
                   f"('{'q' * 36}', '{ago(80)}', 'upsert', 'done', 'OFPPT,ARTISANAT')"])
    assert alerts_of(world, "INSTITUTION_SILENT") == {}
    world.execute([f"UPDATE service_point SET updated_at = '{ago(100)}', last_verified_on = '{day(95)}' "
                   "WHERE institution = 'EN'"])
    found = alerts_of(world, "INSTITUTION_SILENT")
    assert list(found) == ["EN"] and found["EN"].days == 95


# -- through Processing: the table, acknowledgements --------------------------------------------

def run(algorithm: str, params: dict):
    import processing

    return processing.run(algorithm, params)


def listed(path: str) -> dict:
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, "alerts", "ogr")
    rows = [dict(zip(layer.fields().names(), f.attributes())) for f in layer.getFeatures()]
    return {(r["rule"], r["subject"]): r for r in rows}


def test_alerts_table_and_acknowledgement_until_the_facts_change(provider, world, tmp_path):
    from qgis.core import QgsProcessingException

    update(world, "d", updated_at=ago(40))
    base = {"DATABASE": world.source, "TODAY": str(TODAY)}
    out = run("amuddu:alerts", {**base, "OUTPUT": str(tmp_path / "a1.gpkg")})
    rows = listed(out["OUTPUT"])
    draft = rows[("DRAFT_WAITING", UUID["d"])]
    rule = monitoring.alert_rule("DRAFT_WAITING")
    assert (draft["severity"], draft["subject_type"], draft["days"]) == (rule.severity, "point", 40)
    assert (draft["message_fr"], draft["message_ar"], draft["message_en"]) == (
        rule.message.fr, rule.message.ar, rule.message.en)
    assert json.loads(draft["facts"])["since"] == day(40) and not draft["known"]
    assert out["NEW"] == out["ALERTS"] == len(rows) == 3 and out["KNOWN"] == 0

    run("amuddu:acknowledge_alert", {**base, "RULE": "DRAFT_WAITING", "SUBJECT": UUID["d"],
                                     "NOTE": "Attend la signature du délégué"})
    later = {**base, "TODAY": str(TODAY + timedelta(days=20))}  # days go on, facts stay
    rows = listed(run("amuddu:alerts", {**later, "OUTPUT": str(tmp_path / "a2.gpkg")})["OUTPUT"])
    draft = rows[("DRAFT_WAITING", UUID["d"])]
    assert draft["known"] and draft["note"] == "Attend la signature du délégué" and draft["days"] == 60
    assert sum(bool(r["known"]) for r in rows.values()) == 1
    hidden = run("amuddu:alerts", {**later, "INCLUDE_KNOWN": False, "OUTPUT": str(tmp_path / "a3.gpkg")})
    assert ("DRAFT_WAITING", UUID["d"]) not in listed(hidden["OUTPUT"])
    assert (hidden["ALERTS"], hidden["NEW"], hidden["KNOWN"]) == (2, 2, 1)

    update(world, "d", updated_at=ago(35))  # edited again, still a draft: new facts
    rows = listed(run("amuddu:alerts", {**base, "OUTPUT": str(tmp_path / "a4.gpkg")})["OUTPUT"])
    assert not rows[("DRAFT_WAITING", UUID["d"])]["known"]

    with pytest.raises(QgsProcessingException, match="SUBJECT: no alert DRAFT_WAITING for “nobody”"):
        run("amuddu:acknowledge_alert", {**base, "RULE": "DRAFT_WAITING", "SUBJECT": "nobody"})
    with pytest.raises(QgsProcessingException, match="TODAY must be a date written YYYY-MM-DD"):
        run("amuddu:alerts", {**base, "TODAY": "30/06/2026", "OUTPUT": str(tmp_path / "a5.gpkg")})
    with pytest.raises(QgsProcessingException):
        run("amuddu:alerts", {**base, "OUTPUT": world.source})  # never over the database


def test_an_older_database_gets_the_monitoring_tables(world):
    from amuddu_plugin.core.store.database import Database
    from amuddu_plugin.core.store.migrations import backup_path

    tables = ("alert_acknowledgement", "snapshot_point", "snapshot")
    world.execute([f"DROP TABLE {t}" for t in tables]
                  + [f"DELETE FROM gpkg_contents WHERE table_name = '{t}'" for t in tables]
                  + ["UPDATE amuddu_meta SET value = '3' WHERE key = 'schema_version'"])
    db = Database.open(world.path)
    assert db.schema_version >= 4 and backup_path(db.path, 3).exists()
    assert db.query("SELECT table_name, data_type FROM gpkg_contents WHERE table_name IN "
                    "('alert_acknowledgement', 'snapshot', 'snapshot_point') ORDER BY 1") == [
        ("alert_acknowledgement", "attributes"), ("snapshot", "attributes"),
        ("snapshot_point", "attributes")]
    assert db.count("alert_acknowledgement") == db.count("snapshot") == db.count("snapshot_point") == 0
