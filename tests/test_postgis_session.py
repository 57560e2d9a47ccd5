"""What a job on a server database sends back (core/store/postgis/session.py): every row the
run touched in the snapshot reaches the server as it is there, value for value (text holding
tabs, line breaks and backslashes, NULLs, dates, moved and removed geometries), inserted,
updated or deleted, in one transaction that the server's checks refuse whole; and the
server's format trigger (core/store/postgis/checks.py) on the rows such a send writes."""

from __future__ import annotations

import uuid

import psycopg2
import pytest

from amuddu_plugin.core.store.errors import StoreError

TRICKY = "tab\there, line\nbreak\r\nand a back\\slash, \\N and \\t typed"
PHONES = "+212537123456; +212661000000"


@pytest.fixture
def server(qgis_app, sample_db, pg_cluster, pg_database):
    """The sample database on the test server; its administrator's URI."""
    from amuddu_plugin.core.setup import copy_database

    copy_database(sample_db.source, pg_cluster.uri(pg_database))
    return pg_cluster.uri(pg_database)


def _by_uuid(db, name):
    """``name``'s rows (neutral values, snapshot.py) by uuid, without the key and the stamps
    the server writes itself."""
    from amuddu_plugin.core.store.copy import read_snapshot
    from amuddu_plugin.definitions.model import table

    fields = [f.name for f in table(name).fields]
    skip = {fields.index(n) + 2 for n in ("updated_at", "updated_by") if n in fields}
    at = fields.index("uuid") + 2
    return {row[at]: tuple(v for i, v in enumerate(row) if i and i not in skip)
            for row in read_snapshot(db).rows[name]}


def _a_run(snapshot, *, phone=PHONES):
    """What a run does in ``snapshot``, in SQL: one point updated (tricky text, two phones, moved
    onto another point's place), one point's geometry removed, one point and its service
    added, one service deleted, and their change_log rows; the run's uuid and the touched uuids."""
    from amuddu_plugin.core.store.gpkg import connect

    run, new_point, new_service = (str(uuid.uuid4()) for _ in range(3))
    con = connect(snapshot.path, write=True)
    try:
        (p1, geom1, institution, kind), (p2, geom2) = (
            con.execute("SELECT uuid, geom, institution, facility_type FROM service_point "
                        "WHERE geom IS NOT NULL ORDER BY fid LIMIT 1").fetchone(),
            con.execute("SELECT uuid, geom FROM service_point WHERE geom IS NOT NULL ORDER BY fid "
                        "LIMIT 1 OFFSET 1").fetchone())
        gone, category = con.execute("SELECT uuid, category FROM service ORDER BY fid LIMIT 1").fetchone()
        con.execute("BEGIN")
        con.execute("INSERT INTO import_run (uuid, started_at, run_by, source_file, institution, mode, "
                    "status) VALUES (?, '2024-05-06T07:08:09.123Z', 'tester', 'a\tb.csv', ?, 'upsert', "
                    "'done')", (run, institution))
        con.execute("UPDATE service_point SET notes = ?, phone = ?, geom = ?, name_ar = NULL, "
                    "last_verified_on = '2024-05-06' WHERE uuid = ?", (TRICKY, phone, geom2, p1))
        con.execute("UPDATE service_point SET geom = NULL WHERE uuid = ?", (p2,))
        con.execute("INSERT INTO service_point (uuid, geom, institution, facility_type, name_fr, phone) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (new_point, geom1, institution, kind, "Nouveau\tpoint", phone))
        con.execute("INSERT INTO service (uuid, service_point_uuid, category, description_fr, min_age) "
                    "VALUES (?, ?, ?, ?, 18)", (new_service, new_point, category, TRICKY))
        con.execute("DELETE FROM service WHERE uuid = ?", (gone,))
        touched = (("service_point", p1, "update", TRICKY), ("service_point", p2, "update", None),
                   ("service_point", new_point, "insert", None), ("service", new_service, "insert", None),
                   ("service", gone, "delete", "\\"))
        for name, row, action, old in touched:
            con.execute("INSERT INTO change_log (import_run_uuid, table_name, row_uuid, action, field_name, "
                        "old_value, new_value, changed_by, changed_at) VALUES (?, ?, ?, ?, 'notes', ?, ?, "
                        "'tester', '2024-05-06T07:08:09.123Z')", (run, name, row, action, old, TRICKY))
        con.execute("COMMIT")
    finally:
        con.close()
    return run, {"p1": p1, "p2": p2, "new_point": new_point, "new_service": new_service, "gone": gone}


def _log(db, run):
    from amuddu_plugin.core.store.snapshot import neutral
    from amuddu_plugin.definitions.model import Kind

    rows = db.query("SELECT table_name, row_uuid, action, field_name, old_value, new_value, changed_by, "
                    "changed_at FROM change_log WHERE import_run_uuid = ? ORDER BY fid", (run,))
    return [(*(str(v) if v is not None else None for v in r[:-1]), neutral(Kind.DATETIME, r[-1]))
            for r in rows]


def test_the_server_holds_what_the_run_wrote_in_the_snapshot_value_for_value(server):
    from amuddu_plugin.core.store.postgis.database import PgDatabase
    from amuddu_plugin.core.store.postgis.session import ServerSession

    with ServerSession(server) as session:
        run, touched = _a_run(session.snapshot)
        session.send(run)
        on_server = PgDatabase.open(server)
        for name in ("service_point", "service"):
            assert _by_uuid(on_server, name) == _by_uuid(session.snapshot, name), name
        assert _by_uuid(on_server, "import_run") == _by_uuid(session.snapshot, "import_run")
        assert _log(on_server, run) == _log(session.snapshot, run) and len(_log(on_server, run)) == 5
    point = on_server.query("SELECT notes, phone, geom IS NULL, updated_by, last_verified_on "
                            "FROM service_point WHERE uuid = ?", (touched["p1"],))[0]
    assert point[:4] == (TRICKY, PHONES, False, "amuddu_admin")  # stamped by the server
    assert str(point[4]) == "2024-05-06"
    assert on_server.query("SELECT geom IS NULL FROM service_point WHERE uuid = ?", (touched["p2"],))[0][0]
    assert on_server.query("SELECT count(*) FROM service WHERE uuid = ?", (touched["gone"],))[0][0] == 0
    assert on_server.query("SELECT name_fr FROM service_point WHERE uuid = ?",
                           (touched["new_point"],))[0][0] == "Nouveau\tpoint"


def _refused(server, work):
    """``work(session)`` on a session of ``server``: refused, nothing written; the message."""
    from amuddu_plugin.core.store.postgis.session import ServerSession

    with ServerSession(server) as session, pytest.raises(StoreError, match="nothing was written") as err:
        work(session)
    return str(err.value)


def _rows(server):
    from amuddu_plugin.core.store.postgis.database import PgDatabase

    return {n: _by_uuid(PgDatabase.open(server), n) for n in ("service_point", "service", "import_run")}


def test_a_point_changed_on_the_server_since_the_snapshot_refuses_the_whole_send(server, pg_cluster):
    before = _rows(server)
    touched = {}

    def work(session):
        run, more = _a_run(session.snapshot)
        touched.update(more)
        con = psycopg2.connect(pg_cluster.conninfo(server.rsplit("/", 1)[1]))
        with con, con.cursor() as cur:
            cur.execute("UPDATE amuddu.service_point SET notes = 'meanwhile' WHERE uuid = %s",
                        (touched["p1"],))
        con.close()
        session.send(run)

    assert "changed meanwhile by amuddu_admin" in _refused(server, work)  # the user's language
    after = _rows(server)
    assert after["service_point"].pop(touched["p1"]) != before["service_point"].pop(touched["p1"])
    assert after == before  # the other point, the new ones, the run: as they were


@pytest.mark.parametrize("phone", ["12345", "+212537123456; 12345", "12345; +212537123456"])
def test_a_bad_value_that_reached_the_snapshot_is_refused_by_the_server_naming_field_and_reason(
        server, phone):
    def work(session):
        from amuddu_plugin.core.store.gpkg import connect

        con = connect(session.snapshot.path, write=True)
        for name, in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
                                 "'amuddu_check_service_point_phone%'").fetchall():
            con.execute(f'DROP TRIGGER "{name}"')  # as a job with a bug would write it
        con.close()
        run, _ = _a_run(session.snapshot, phone=phone)
        session.send(run)

    before = _rows(server)
    message = _refused(server, work)
    assert _rows(server) == before
    from amuddu_plugin.definitions import formats as F
    from amuddu_plugin.definitions.model import SERVICE_POINT

    reason = F.format_of(F.PHONE).text("en", SERVICE_POINT.field("phone").label.en)  # the user's language
    assert f"{reason} (service_point.phone)" in message, message


# --------------------------------------------------------------------------------------------
# The format trigger, statement by statement
# --------------------------------------------------------------------------------------------
def _sql(pg_cluster, dbname, sql):
    done = pg_cluster.psql(dbname, sql, check=False)
    return done.returncode == 0, done.stderr


def test_the_format_trigger_checks_changed_values_only_and_every_item_of_a_list(server, pg_cluster):
    dbname = server.rsplit("/", 1)[1]

    def update(sets):
        return _sql(pg_cluster, dbname, f"UPDATE amuddu.service_point SET {sets} "
                                        "WHERE fid = (SELECT min(fid) FROM amuddu.service_point)")

    ok, err = update("phone = '+212537123456; 0537'")
    assert not ok and "service_point.phone" in err and "[phone]" in err
    ok, err = update("email = 'a@x.ma; b@'")
    assert not ok and "service_point.email" in err and "[email]" in err
    assert update(f"phone = '{PHONES}', email = 'a@x.ma; b@y.ma'")[0]
    # A value stored before the check (the trigger off), kept as it is: a change of another field,
    # or the same value written again, is accepted; a new bad value is not.
    trigger = "TRIGGER amuddu_check_service_point"
    assert _sql(pg_cluster, dbname, f"ALTER TABLE amuddu.service_point DISABLE {trigger}; "
                                    "UPDATE amuddu.service_point SET phone = '12345' WHERE fid = "
                                    "(SELECT min(fid) FROM amuddu.service_point); "
                                    f"ALTER TABLE amuddu.service_point ENABLE {trigger}")[0]
    assert update("notes = 'x', phone = phone")[0]
    ok, err = update("phone = '123456'")
    assert not ok and "[phone]" in err
    ok, err = _sql(pg_cluster, dbname, "INSERT INTO amuddu.service_point (uuid, institution, facility_type, "
                                       "name_fr, languages) SELECT gen_random_uuid(), institution, "
                                       "facility_type, 'x', '{zz}' FROM amuddu.service_point LIMIT 1")
    assert not ok and "service_point.languages" in err and "[codes]" in err


# --------------------------------------------------------------------------------------------
# The snapshot: the copy from the server checks the GeoPackage's constraints once, at the end
# --------------------------------------------------------------------------------------------
def test_a_server_row_breaking_a_geopackage_constraint_refuses_the_copy_and_writes_nothing(
        server, pg_cluster, tmp_path):
    from amuddu_plugin.core.setup import copy_database

    dbname = server.rsplit("/", 1)[1]
    assert _sql(pg_cluster, dbname, "ALTER TABLE amuddu.service_point DROP CONSTRAINT "
                                    "service_point_wheelchair_check; UPDATE amuddu.service_point "
                                    "SET wheelchair = 'maybe' WHERE fid = (SELECT max(fid) FROM "
                                    "amuddu.service_point)")[0]
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "copy.gpkg"
    with pytest.raises(StoreError, match="CHECK constraint failed in service_point"):
        copy_database(server, str(target))
    assert list(target.parent.iterdir()) == []  # nor a half-written file beside it
