"""The committee's monitoring and the atlas layout on a server database (issue 12): the same
results as on the GeoPackage the server was copied from; snapshots and acknowledgements
written by the committee (reviewer, admin) in one transaction, refused to an editor with the
declared message."""

from __future__ import annotations

import pytest

from amuddu_plugin.core.store.errors import StoreError
from amuddu_plugin.definitions import access as A

PASSWORD = "test-only-password"
TODAY = "2026-06-30"


@pytest.fixture
def stores(qgis_app, provider, sample_db, pg_cluster, pg_database, monkeypatch):
    """(GeoPackage, server db, uri(login)): the sample on the server with a reviewer and an editor."""
    from amuddu_plugin.core.setup import copy_database
    from amuddu_plugin.core.store.postgis.access import grant_access

    server, _ = copy_database(sample_db.source, pg_cluster.uri(pg_database))
    for login, profile, institution in (("rev_m", A.REVIEWER, None), ("ed_m", A.EDITOR, "ANAPEC")):
        pg_cluster.psql("postgres", f"DROP ROLE IF EXISTS {login}; CREATE ROLE {login} LOGIN "
                                    f"PASSWORD '{PASSWORD}'")
        grant_access(server, login, profile, institution)
    monkeypatch.setenv("PGPASSWORD", PASSWORD)

    def uri(login=None):
        return pg_cluster.uri(pg_database, user=login) if login else pg_cluster.uri(pg_database)

    yield sample_db, server, uri
    for login in ("rev_m", "ed_m"):
        pg_cluster.psql("postgres", f"DROP OWNED BY {login} CASCADE", check=False)


def _rows(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(path), "out", "ogr")
    names = [n for n in layer.fields().names() if n != "fid"]
    return sorted((tuple(str(f[n]) for n in names), f.geometry().asWkt(6)) for f in layer.getFeatures())


def test_coverage_alerts_and_compare_give_the_same_results_on_both_stores(stores, tmp_path):
    import processing

    source, server, uri = stores
    processing.run("amuddu:snapshot", {"DATABASE": source.source, "LABEL": "before"})
    processing.run("amuddu:snapshot", {"DATABASE": uri(), "LABEL": "before"})
    point = source.query("SELECT uuid FROM service_point WHERE publication_state = 'published' "
                         "AND operating_status = 'active' ORDER BY fid LIMIT 1")[0][0]
    change = f"UPDATE service_point SET operating_status = 'closed' WHERE uuid = '{point}'"
    source.execute([change])
    server.execute([change])
    out = {}
    for name, database in (("file", source.source), ("server", uri())):
        cov = processing.run("amuddu:coverage", {"DATABASE": database, "LEVEL": "province",
                                                 "OUTPUT": str(tmp_path / f"{name}-cov.gpkg")})
        alerts = processing.run("amuddu:alerts", {"DATABASE": database, "TODAY": TODAY,
                                                  "OUTPUT": str(tmp_path / f"{name}-alerts.gpkg")})
        changes = processing.run("amuddu:compare", {"DATABASE": database, "FROM": "before",
                                                    "OUTPUT": str(tmp_path / f"{name}-changes.gpkg"),
                                                    "SUMMARY": str(tmp_path / f"{name}-sum.gpkg")})
        out[name] = (cov["UNITS"], _rows(cov["OUTPUT"]), alerts["ALERTS"], _rows(alerts["OUTPUT"]),
                     changes["CLOSED"], _rows(changes["OUTPUT"]), _rows(changes["SUMMARY"]))
    assert out["server"] == out["file"]
    assert out["file"][0] > 0 and out["file"][2] > 0 and out["file"][4] >= 1


def test_a_reviewer_takes_a_snapshot_and_acknowledges_an_alert_on_the_server(stores, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    source, server, uri = stores
    done = processing.run("amuddu:snapshot", {"DATABASE": uri("rev_m"), "LABEL": "comité 1"})
    assert done["POINTS"] == source.count("service_point", "publication_state = 'published'") > 0
    assert server.query("SELECT taken_by, points FROM snapshot WHERE label = 'comité 1'")[0][1] == done["POINTS"]
    assert server.count("snapshot_point") == done["POINTS"]
    with pytest.raises(QgsProcessingException, match="a snapshot “comité 1” exists already"):
        processing.run("amuddu:snapshot", {"DATABASE": uri("rev_m"), "LABEL": " comité 1 "})
    assert server.count("snapshot") == 1
    same = processing.run("amuddu:compare", {"DATABASE": uri("rev_m"), "FROM": "comité 1",
                                             "OUTPUT": str(tmp_path / "c.gpkg")})
    assert sum(same[k] for k in ("OPENED", "CLOSED", "MOVED", "CHANGED", "VERIFIED")) == 0

    listed = processing.run("amuddu:alerts", {"DATABASE": uri("rev_m"), "TODAY": TODAY,
                                              "OUTPUT": str(tmp_path / "a.gpkg")})
    first = next(iter(_alert_rows(listed["OUTPUT"])))
    for note in ("seen", "seen again"):  # marking again replaces the note
        processing.run("amuddu:acknowledge_alert", {"DATABASE": uri("rev_m"), "RULE": first[0],
                                                    "SUBJECT": first[1], "NOTE": note, "TODAY": TODAY})
    assert server.query("SELECT note FROM alert_acknowledgement") == [("seen again",)]
    again = processing.run("amuddu:alerts", {"DATABASE": uri("rev_m"), "TODAY": TODAY,
                                             "OUTPUT": str(tmp_path / "b.gpkg")})
    assert again["KNOWN"] == 1 and again["NEW"] == listed["NEW"] - 1


def _alert_rows(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(path), "a", "ogr")
    return [(f["rule"], f["subject"]) for f in layer.getFeatures()]


def test_an_editor_is_refused_the_committees_writes_and_nothing_is_written(stores, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    source, server, uri = stores
    message = A.REFUSALS_BY_KEY[A.NO_ACCESS].message.en.split(" (")[0]
    with pytest.raises(QgsProcessingException, match=message + r" \(.*snapshot"):
        processing.run("amuddu:snapshot", {"DATABASE": uri("ed_m"), "LABEL": "mine"})
    listed = processing.run("amuddu:alerts", {"DATABASE": uri("ed_m"), "TODAY": TODAY,
                                              "OUTPUT": str(tmp_path / "a.gpkg")})
    rule, subject = _alert_rows(listed["OUTPUT"])[0]
    with pytest.raises(QgsProcessingException, match=message + r" \(.*alert_acknowledgement"):
        processing.run("amuddu:acknowledge_alert", {"DATABASE": uri("ed_m"), "RULE": rule,
                                                    "SUBJECT": subject, "TODAY": TODAY})
    assert server.count("snapshot") == server.count("snapshot_point") == 0
    assert server.count("alert_acknowledgement") == 0


def test_several_tables_are_written_in_one_transaction(stores):
    _, server, _ = stores
    good = {"uuid": "00000000-0000-4000-8000-000000000001", "label": "x", "taken_at": "2026-01-01T00:00:00Z",
            "taken_by": "t", "points": 1, "services": 0}
    bad = {"snapshot_uuid": good["uuid"], "point_uuid": "not a uuid"}
    with pytest.raises(StoreError, match="Writing to"):
        server.insert_tables({"snapshot": [good], "snapshot_point": [bad]})
    assert server.count("snapshot") == 0


def test_the_committee_grants_follow_the_declaration(stores, pg_cluster, pg_database):
    """Reviewer and admin may write the committee's tables; an editor and the reader may not."""
    from amuddu_plugin.core.store.postgis.rights import role_name

    _, server, _ = stores
    for profile in A.PROFILES:
        role = role_name(pg_database, server.schema, profile)
        for name, privileges in A.COMMITTEE_TABLES.items():
            for privilege in privileges:
                has = server.query(f"SELECT has_table_privilege('{role}', 'amuddu.{name}', '{privilege}')")
                assert has[0][0] is (profile in A.COMMITTEE_WRITERS), (profile, name, privilege)


def test_the_atlas_layout_of_a_server_is_bound_to_its_layers(stores, qgis_new_project):
    import processing
    from qgis.core import QgsProject

    source, _, uri = stores
    pages = {}
    for name, database in (("file", source.source), ("server", uri())):
        done = processing.run("amuddu:atlas_layout", {"DATABASE": database})
        layout = QgsProject.instance().layoutManager().layoutByName(done["LAYOUT"])
        atlas = layout.atlas()
        assert atlas.coverageLayer().providerType() == ("postgres" if name == "server" else "ogr")
        assert atlas.beginRender()
        table = layout.itemById("services-table").multiFrame()
        assert table.vectorLayer().providerType() == atlas.coverageLayer().providerType()
        rows = []
        for i in range(atlas.count()):
            atlas.seekTo(i)
            rows.append((atlas.nameForPage(i), sorted(str(r[1]) for r in table.contents())))
        atlas.endRender()
        pages[name] = rows
    assert pages["server"] == pages["file"] and len(pages["file"]) == 12


def test_every_algorithm_runs_on_a_server_and_a_new_one_that_does_not_says_so(stores):
    """No algorithm of the provider refuses a server; the refusal stays for one that would
    declare neither way (a subclass of the base, the provider's own plumbing)."""
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

    from amuddu_plugin.processing.base import AmudduAlgorithm

    algorithms = [a for a in QgsApplication.processingRegistry().providerById("amuddu").algorithms()
                  if a.parameterDefinition("DATABASE") is not None]
    assert len(algorithms) > 15
    assert [a.name() for a in algorithms if not (a.POSTGIS or a.READS_SNAPSHOT)] == []

    class NotForServers(AmudduAlgorithm):
        NAME = "not_for_servers"

        def initAlgorithm(self, config=None):  # noqa: N802
            self.addParameter(self.database_parameter())

    algorithm = NotForServers()
    algorithm.initAlgorithm()
    with pytest.raises(QgsProcessingException, match="does not work on a PostgreSQL database yet"):
        algorithm.open_database({"DATABASE": stores[2]()}, QgsProcessingContext(), QgsProcessingFeedback())


def test_a_database_made_before_the_committee_grants_gets_them_at_the_next_grant(stores, pg_cluster,
                                                                                  pg_database):
    """A server database whose reviewer role lacks the committee's writes (as one made before
    them): the reviewer is refused a snapshot until an administrator gives any profile, which
    applies the committee's grants again; then the snapshot goes through."""
    import processing
    from qgis.core import QgsProcessingException

    from amuddu_plugin.core.store.postgis.access import grant_access
    from amuddu_plugin.core.store.postgis.rights import role_name

    _source, server, uri = stores
    (dbname,) = server.query("SELECT current_database()")[0]
    reviewer = role_name(dbname, server.schema, A.REVIEWER)
    tables = ", ".join(f'"{server.schema}"."{t}"' for t in A.COMMITTEE_TABLES)
    pg_cluster.psql(pg_database, f'REVOKE INSERT, DELETE ON {tables} FROM "{reviewer}"')
    with pytest.raises(QgsProcessingException):
        processing.run("amuddu:snapshot", {"DATABASE": uri("rev_m"), "LABEL": "avant"})
    assert server.count("snapshot", "label = 'avant'") == 0
    pg_cluster.psql("postgres", f"DROP ROLE IF EXISTS rd_m; CREATE ROLE rd_m LOGIN PASSWORD '{PASSWORD}'")
    try:
        grant_access(server, "rd_m", A.READER)
        done = processing.run("amuddu:snapshot", {"DATABASE": uri("rev_m"), "LABEL": "avant"})
        assert done["POINTS"] > 0 and server.count("snapshot", "label = 'avant'") == 1
    finally:
        pg_cluster.psql("postgres", "DROP OWNED BY rd_m CASCADE", check=False)
