"""The web map exported from a server reads its service points and services on the server
(core/webmap/server_reader.py), the rest from a snapshot: the same files, byte for byte, as
the export of the same data from a GeoPackage, on a server whose collation does not sort as
SQLite does."""

from __future__ import annotations

import uuid

import pytest

PASSWORD = "test-only-password"
READER = "webmap_reader"


def _columns(con, table: str) -> list[str]:
    return [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] != "fid"]


def _copy_row(con, table: str, fid: int, **changes) -> None:
    columns = _columns(con, table)
    values = [f"? AS {c}" if c in changes else c for c in columns]
    con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(values)} FROM {table} "
                f"WHERE fid = ?", [changes[c] for c in columns if c in changes] + [fid])


def _odd_values(db) -> dict[str, str]:
    """Values the two dialects must read alike, written into the GeoPackage ``db``."""
    from amuddu_plugin.core.store.gpkg import connect

    con = connect(db.path, write=True)
    con.execute("BEGIN")
    fids = [r[0] for r in con.execute(
        "SELECT fid FROM service_point WHERE publication_state = 'published' AND operating_status = 'active' "
        "ORDER BY fid LIMIT 3")]
    name = '\u00a0 École "Nord" \\ d\u2019Agadir\u2003'
    con.execute("UPDATE service_point SET name_fr = ?, address_fr = ? WHERE fid = ?",
                (name, "Rue 1\tbis \u0007 «centre»", fids[0]))
    con.execute("UPDATE service_point SET town = NULL, website = NULL, opening_hours = NULL, "
                "last_verified_on = NULL WHERE fid = ?", (fids[1],))
    # A category whose code an ICU collation sorts before SOC_LIT, the bytes after it.
    (category,) = con.execute("SELECT fid FROM service_category WHERE code = 'SOC_LIT'").fetchone()
    _copy_row(con, "service_category", category, code="SOCIAL", label_fr="Accompagnement social")
    services = [r[0] for r in con.execute(
        "SELECT s.fid FROM service AS s JOIN service_point AS p ON p.uuid = s.service_point_uuid "
        "WHERE p.fid IN (?, ?, ?) ORDER BY s.fid", fids)]
    _copy_row(con, "service", services[0], uuid=str(uuid.uuid4()), category="SOCIAL")
    _copy_row(con, "service", services[0], uuid=str(uuid.uuid4()), category="SOC_LIT")
    for fid in services[1:3]:  # two services saying the same, not what their category's first says
        con.execute("UPDATE service SET description_fr = ?, min_age = 16 WHERE fid = ?",
                    ("Atelier du samedi\n(2e étage)", fid))
    con.execute("COMMIT")
    con.close()
    return {"name": name.strip(), "category": "SOCIAL"}


@pytest.fixture
def icu_server(qgis_app, sample_db, pg_cluster):
    """The sample data with odd values, in a GeoPackage and on a server database whose
    collation is ICU's en-US; (GeoPackage, server, the reader's URI, the odd values)."""
    from amuddu_plugin.core.setup import copy_database
    from amuddu_plugin.core.store.postgis.access import grant_access

    odd = _odd_values(sample_db)
    dbname = f"webmap_{uuid.uuid4().hex[:8]}"
    pg_cluster.psql("postgres", f"CREATE DATABASE {dbname} TEMPLATE template0 ENCODING 'UTF8' "
                                "LOCALE 'C.UTF-8' LOCALE_PROVIDER icu ICU_LOCALE 'en-US'")
    pg_cluster.psql(dbname, "CREATE EXTENSION postgis")
    # (the point of the database: it does not sort codes by their bytes)
    assert pg_cluster.psql(dbname, "SELECT 'SOCIAL' < 'SOC_LIT'").stdout.strip() == "f"
    server, _ = copy_database(sample_db.source, pg_cluster.uri(dbname))
    pg_cluster.psql("postgres", f"DROP ROLE IF EXISTS {READER}; "
                                f"CREATE ROLE {READER} LOGIN PASSWORD '{PASSWORD}'")
    grant_access(server, READER, "reader")
    yield sample_db, server, pg_cluster.uri(dbname, user=READER), odd
    pg_cluster.drop_database(dbname)


@pytest.mark.parametrize("sample", [5000, 1], ids=["typical-services", "one-typical-service"])
def test_the_server_export_is_the_file_export_byte_for_byte(icu_server, provider, tmp_path, monkeypatch,
                                                           sample):
    """Also when the services' typical details are looked for among the first service only:
    then nearly every service's detail is given apart (server_queries.server_services)."""
    import processing

    from amuddu_plugin.core.webmap import server_queries
    from tests.web.compare import differences
    from tests.web.decode import json_block, points

    source, _server, reader, odd = icu_server
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    monkeypatch.setattr(server_queries, "_SAMPLE", sample)
    done = {}
    for name, database in (("file", source.source), ("server", reader)):
        done[name] = processing.run("amuddu:export_webmap", {"DATABASE": database, "BASEMAP_URL": "",
                                                             "OUTPUT": str(tmp_path / name)})
    assert differences(tmp_path / "file", tmp_path / "server") == []
    assert done["server"]["SERVICE_POINTS"] == done["file"]["SERVICE_POINTS"] > 0
    data = json_block(tmp_path / "server" / "index.html", "amuddu-data")
    assert odd["name"] in {p["name"]["fr"] for p in points(data)}
    assert odd["category"] in [c["code"] for c in data["vocab"]["category"]]


def test_the_two_readers_of_one_export_see_one_state_of_the_server(pg_copy_for_web):
    """The points and the services are read by two server connections at once: the second
    works in the first one's snapshot, so a change saved between them is seen by neither."""
    from amuddu_plugin.core.webmap.server_reader import ServerReader

    source, server = pg_copy_for_web
    fid = server.query("SELECT min(fid) FROM service_point")[0][0]
    reader = ServerReader(server, source.path)
    try:
        seen = "SELECT count(*) FROM service_point WHERE notes = 'seen by the test'"
        assert reader.submit(lambda con: con.one(seen)[0]).result() == 0
        server.execute([f"UPDATE service_point SET notes = 'seen by the test' WHERE fid = {fid}"])
        assert server.query(seen)[0][0] == 1  # saved
        assert reader.submit_apart(lambda con: con.one(seen)[0]).result() == 0
        assert reader.submit(lambda con: con.one(seen)[0]).result() == 0
    finally:
        reader.close(interrupt=False)


@pytest.fixture
def pg_copy_for_web(qgis_app, sample_db, pg_cluster, pg_database):
    from amuddu_plugin.core.setup import copy_database

    server, _ = copy_database(sample_db.source, pg_cluster.uri(pg_database))
    return sample_db, server


def test_a_cancelled_server_export_writes_nothing_and_leaves_no_transaction_open(
        pg_copy_for_web, provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    _, server = pg_copy_for_web
    p = server.pg.params
    uri = f"postgresql://{p['user']}@{p['host']}:{p['port']}/{p['dbname']}"
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda value: feedback.cancel() if value >= 12 else None)
    with pytest.raises(QgsProcessingException, match="Cancel"):
        processing.run("amuddu:export_webmap", {"DATABASE": uri, "BASEMAP_URL": "",
                                                "OUTPUT": str(tmp_path / "site")}, feedback=feedback)
    assert not (tmp_path / "site").exists()
    left = server.query("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'amuddu' "
                        "AND pid <> pg_backend_pid() AND state <> 'idle'")
    assert left[0][0] == 0
    done = processing.run("amuddu:export_webmap", {"DATABASE": uri, "BASEMAP_URL": "",
                                                   "OUTPUT": str(tmp_path / "site")})
    assert done["SERVICE_POINTS"] > 0


def test_a_snapshot_that_fails_stops_the_server_reads_begun_beside_it(pg_copy_for_web, provider, tmp_path,
                                                                       monkeypatch):
    """The export begins its server queries while the snapshot is written: when the snapshot
    fails, they stop, no transaction is left open, nothing is written."""
    import processing
    from qgis.core import QgsProcessingException

    from amuddu_plugin.processing.alg_webmap import ExportWebMap

    _, server = pg_copy_for_web
    p = server.pg.params
    uri = f"postgresql://{p['user']}@{p['host']}:{p['port']}/{p['dbname']}"

    def broken(self, source, feedback):
        raise QgsProcessingException("the disk is full")

    monkeypatch.setattr(ExportWebMap, "_snapshot", broken)
    with pytest.raises(QgsProcessingException, match="the disk is full"):
        processing.run("amuddu:export_webmap", {"DATABASE": uri, "BASEMAP_URL": "",
                                                "OUTPUT": str(tmp_path / "site")})
    assert not (tmp_path / "site").exists()
    left = server.query("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'amuddu' "
                        "AND pid <> pg_backend_pid() AND state <> 'idle'")
    assert left[0][0] == 0


def test_rows_the_server_did_not_give_in_fid_order_are_refused(qgis_app):
    import numpy as np

    from amuddu_plugin.core.store.errors import StoreError
    from amuddu_plugin.core.webmap.server_queries import _in_order

    _in_order(np.array([1, 2, 5, 9]))
    _in_order(np.array([7]))
    with pytest.raises(StoreError, match="in order"):
        _in_order(np.array([1, 5, 2]))
    with pytest.raises(StoreError, match="in order"):
        _in_order(np.array([3, 3]))
