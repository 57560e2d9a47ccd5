"""The profiles of a shared database, proved from psql-level connections of each login to the
tests' own PostgreSQL server: what each may do, what each is refused (with the declared
message), and the history the server keeps of every accepted change."""

from __future__ import annotations

import uuid

import psycopg2
import pytest

from amuddu_plugin.core.store.errors import StoreError
from amuddu_plugin.definitions import access as A
from amuddu_plugin.definitions.formats import PUBLIC_FILTER

PASSWORD = "test-only-password"
LOGINS = {"ed_anapec": (A.EDITOR, "ANAPEC"), "ed_ofppt": (A.EDITOR, "OFPPT"),
          "reviewer1": (A.REVIEWER, None), "admin1": (A.ADMIN, None), "mapper": (A.READER, None)}


@pytest.fixture(scope="module")
def shared(qgis_app, pg_cluster, bundled_gpkg, tmp_path_factory):
    """The sample database on the server, with one login per profile."""
    from amuddu_plugin.core.setup import copy_database, create_database
    from amuddu_plugin.core.store.postgis.access import grant_access

    sample = create_database(tmp_path_factory.mktemp("rights") / "s.gpkg", reference=bundled_gpkg,
                             sample_data=True)
    dbname = pg_cluster.create_database("rights")
    server, _ = copy_database(sample.source, pg_cluster.uri(dbname))
    for login, (profile, institution) in LOGINS.items():
        pg_cluster.psql("postgres", f"DROP ROLE IF EXISTS {login}; "
                                    f"CREATE ROLE {login} LOGIN PASSWORD '{PASSWORD}'")
        grant_access(server, login, profile, institution)
    yield pg_cluster, dbname, server
    pg_cluster.drop_database(dbname)


def connect(shared, login):
    cluster, dbname, _ = shared
    con = psycopg2.connect(cluster.conninfo(dbname, login, PASSWORD))
    with con.cursor() as cur:
        cur.execute("SET search_path TO amuddu, public")
    con.commit()
    return con


def run(shared, login, sql, params=()):
    """Run ``sql`` as ``login``; the rows, or the server's refusal (psycopg2.Error)."""
    con = connect(shared, login)
    try:
        with con.cursor() as cur:
            cur.execute(sql, params)
            rows = cur.fetchall() if cur.description else cur.rowcount
        con.commit()
        return rows
    finally:
        con.close()


def refused(shared, login, sql, params=()) -> str:
    with pytest.raises(psycopg2.Error) as err:
        run(shared, login, sql, params)
    return str(err.value)


def a_point(shared, institution, state=None):
    where = f"institution = '{institution}'" + (f" AND publication_state = '{state}'" if state else "")
    return run(shared, "admin1", f"SELECT uuid FROM service_point WHERE {where} ORDER BY fid LIMIT 1")[0][0]


def test_every_profile_reads_what_it_may(shared):
    total = run(shared, "admin1", "SELECT count(*) FROM service_point")[0][0]
    public = run(shared, "admin1", f"SELECT count(*) FROM service_point WHERE {PUBLIC_FILTER}")[0][0]
    assert 0 < public < total
    for login in ("ed_anapec", "ed_ofppt", "reviewer1", "admin1"):
        assert run(shared, login, "SELECT count(*) FROM service_point")[0][0] == total
    assert run(shared, "mapper", "SELECT count(*) FROM service_point")[0][0] == public
    hidden = run(shared, "admin1", "SELECT count(*) FROM service s JOIN service_point p "
                                   f"ON p.uuid = s.service_point_uuid WHERE NOT ({PUBLIC_FILTER})")[0][0]
    all_services = run(shared, "admin1", "SELECT count(*) FROM service")[0][0]
    assert run(shared, "mapper", "SELECT count(*) FROM service")[0][0] == all_services - hidden
    assert "amuddu_history" in refused(shared, "mapper", "SELECT * FROM amuddu_history")
    for internal in ("import_run", "change_log", "alert_acknowledgement", "snapshot"):  # bookkeeping
        assert "permission denied" in refused(shared, "mapper", f"SELECT * FROM {internal}")
    assert run(shared, "mapper", "SELECT count(*) FROM region")[0][0] == 12


def test_an_editor_changes_their_institutions_points_only(shared):
    mine, theirs = a_point(shared, "ANAPEC"), a_point(shared, "OFPPT")
    assert run(shared, "ed_anapec", "UPDATE service_point SET phone = '+212537000001' WHERE uuid = %s",
               (mine,)) == 1
    text = refused(shared, "ed_anapec", "UPDATE service_point SET phone = '+212537000002' WHERE uuid = %s",
                   (theirs,))
    assert f"{A.REFUSAL_PREFIX}:{A.OTHER_INSTITUTION}:OFPPT" in text
    text = refused(shared, "ed_anapec", "UPDATE service_point SET institution = 'OFPPT' WHERE uuid = %s",
                   (mine,))
    assert f"{A.REFUSAL_PREFIX}:{A.MOVE_INSTITUTION}:OFPPT" in text
    assert "permission denied" in refused(shared, "ed_anapec", "DELETE FROM service_point WHERE uuid = %s",
                                          (mine,))
    assert run(shared, "admin1", "SELECT phone FROM service_point WHERE uuid = %s", (theirs,))[0][0] != \
        "+212537000002"


def test_an_editor_adds_draft_points_and_services_but_never_publishes(shared):
    new = str(uuid.uuid4())
    insert = ("INSERT INTO service_point (uuid, institution, facility_type, name_fr, operating_status, "
              "publication_state, geom) VALUES (%s, %s, 'ANAPEC_AGENCY', 'Nouvelle agence', 'active', %s, "
              "ST_SetSRID(ST_MakePoint(-6.8, 34.0), 4326))")
    assert run(shared, "ed_anapec", insert, (new, "ANAPEC", "draft")) == 1
    assert A.PUBLISH in refused(shared, "ed_anapec", insert, (str(uuid.uuid4()), "ANAPEC", "published"))
    assert A.OTHER_INSTITUTION in refused(shared, "ed_anapec", insert, (str(uuid.uuid4()), "OFPPT", "draft"))
    assert A.PUBLISH in refused(shared, "ed_anapec",
                                "UPDATE service_point SET publication_state = 'published' WHERE uuid = %s",
                                (new,))
    service = "INSERT INTO service (uuid, service_point_uuid, category) VALUES (%s, %s, %s)"
    assert run(shared, "ed_anapec", service, (str(uuid.uuid4()), new, "EMP_GUID")) == 1
    assert A.OTHER_INSTITUTION in refused(shared, "ed_ofppt", service,
                                          (str(uuid.uuid4()), new, "VT_INIT"))
    # The declared formats hold for editors too, with their message.
    assert "[phone]" in refused(shared, "ed_anapec",
                                "UPDATE service_point SET phone = '12345' WHERE uuid = %s", (new,))


def test_a_reviewer_publishes_and_sends_back_but_edits_nothing_else(shared):
    draft = a_point(shared, "OFPPT", "draft")
    assert run(shared, "reviewer1", "UPDATE service_point SET publication_state = 'published', "
                                    "notes = 'relu' WHERE uuid = %s", (draft,)) == 1
    assert run(shared, "reviewer1", "UPDATE service_point SET publication_state = 'draft', "
                                    "notes = 'adresse à vérifier' WHERE uuid = %s", (draft,)) == 1
    assert "permission denied" in refused(shared, "reviewer1",
                                          "UPDATE service_point SET phone = '+212537000003' WHERE uuid = %s",
                                          (draft,))
    assert "permission denied" in refused(shared, "reviewer1", "DELETE FROM service WHERE false")


def test_an_editor_submits_and_the_reviewer_publishes_or_sends_back_with_a_note(shared):
    """The review workflow: draft -> submitted (the editor) -> published or back to draft with
    a note (the reviewer); the public reader sees the point only once it is published."""
    point = a_point(shared, "ANAPEC", "draft")
    run(shared, "admin1", "UPDATE service_point SET operating_status = 'active' WHERE uuid = %s", (point,))
    submit = "UPDATE service_point SET publication_state = 'submitted' WHERE uuid = %s"
    assert run(shared, "ed_anapec", submit, (point,)) == 1
    assert A.OTHER_INSTITUTION in refused(shared, "ed_ofppt", submit, (point,))
    seen = "SELECT count(*) FROM service_point WHERE uuid = %s"
    assert run(shared, "mapper", seen, (point,))[0][0] == 0
    back = "UPDATE service_point SET publication_state = 'draft'{} WHERE uuid = %s"
    assert A.SEND_BACK in refused(shared, "reviewer1", back.format(""), (point,))
    assert A.SEND_BACK in refused(shared, "reviewer1", back.format(", notes = '   '"), (point,))
    assert run(shared, "reviewer1", back.format(", notes = 'Horaires à préciser'"), (point,)) == 1
    assert run(shared, "ed_anapec", "SELECT publication_state, notes FROM service_point WHERE uuid = %s",
               (point,))[0] == ("draft", "Horaires à préciser")
    assert run(shared, "ed_anapec", submit, (point,)) == 1
    assert run(shared, "reviewer1", "UPDATE service_point SET publication_state = 'published' "
                                    "WHERE uuid = %s", (point,)) == 1
    assert run(shared, "mapper", seen, (point,))[0][0] == 1
    # The History of the point, as the desktop shows it, from the layer's own connection.
    from amuddu_plugin.core.store.history import point_history
    from amuddu_plugin.core.store.opening import open_database
    from amuddu_plugin.gui.history_dialog import layer_database

    source = layer_database(shared[2].layer("service_point"))
    states = [(c.who, c.old, c.new) for c in point_history(open_database(source), str(point))
              if c.field == "publication_state"][-4:]
    assert states == [("ed_anapec", "draft", "submitted"), ("reviewer1", "submitted", "draft"),
                      ("ed_anapec", "draft", "submitted"), ("reviewer1", "submitted", "published")]
    # Not a state the model declares: the database's own check refuses it.
    assert "publication_state" in refused(shared, "reviewer1", "UPDATE service_point SET "
                                          "publication_state = 'approved' WHERE uuid = %s", (point,))


def test_the_reader_and_the_admin(shared):
    assert "permission denied" in refused(shared, "mapper", "UPDATE service_point SET notes = 'x'")
    assert run(shared, "admin1", "UPDATE institution SET website = 'https://www.ofppt.ma' "
                                 "WHERE code = 'OFPPT'") == 1
    victim = a_point(shared, "EN")
    assert run(shared, "admin1", "DELETE FROM service WHERE service_point_uuid = %s", (victim,)) >= 0
    assert run(shared, "admin1", "DELETE FROM service_point WHERE uuid = %s", (victim,)) == 1


def test_the_server_keeps_the_history_of_accepted_changes_only(shared):
    point = a_point(shared, "ARTISANAT")
    before = run(shared, "admin1", "SELECT count(*) FROM amuddu_history WHERE row_uuid = %s", (point,))[0][0]
    refused(shared, "ed_anapec", "UPDATE service_point SET notes = 'refusé' WHERE uuid = %s", (point,))
    run(shared, "admin1", "UPDATE service_point SET phone = '+212537000009' WHERE uuid = %s", (point,))
    rows = run(shared, "admin1", "SELECT login, operation, old_row->>'phone', new_row->>'phone' "
                                 "FROM amuddu_history WHERE row_uuid = %s ORDER BY id", (point,))
    assert len(rows) == before + 1
    login, operation, old, new = rows[-1]
    assert (login, operation, new) == ("admin1", "update", "+212537000009") and old != new


def test_refusals_reach_the_plugin_user_as_sentences_in_their_language(shared, monkeypatch):
    from amuddu_plugin.core.store.postgis.database import PgDatabase, rights_message

    cluster, dbname, _ = shared
    text = refused(shared, "ed_anapec", "UPDATE service_point SET notes = 'x' WHERE uuid = %s",
                   (a_point(shared, "OFPPT"),))
    assert rights_message(text, "fr").startswith("Ce point appartient à une autre institution (OFPPT)")
    assert "مؤسسة أخرى" in rights_message(text, "ar")
    # Through the plugin's own store, as the editor (the password from libpq's environment,
    # as ~/.pgpass or a service file would give it: never in the connection text).
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    editor = PgDatabase(f"host={cluster.host} port={cluster.port} dbname={dbname} user=ed_anapec")
    with pytest.raises(StoreError) as err:
        editor.execute(["DELETE FROM service_point WHERE false"])
    assert "Your account may not make this change (service_point)" in str(err.value)
    with pytest.raises(StoreError) as err:
        editor.execute([f"UPDATE service_point SET notes = 'x' WHERE uuid = '{a_point(shared, 'EN')}'"])
    assert "This point belongs to another institution (EN)" in str(err.value)


def test_grant_access_checks_its_inputs(shared):
    from amuddu_plugin.core.store.postgis.access import grant_access, revoke_access

    _, _, server = shared
    with pytest.raises(StoreError, match="no login nobody"):
        grant_access(server, "nobody", A.READER)
    with pytest.raises(StoreError, match="give INSTITUTION"):
        grant_access(server, "mapper", A.EDITOR)
    with pytest.raises(StoreError, match="Unknown institution XYZ"):
        grant_access(server, "mapper", A.EDITOR, "XYZ")
    assert revoke_access(server, "mapper") is True
    text = refused(shared, "mapper", "SELECT count(*) FROM service_point")
    assert "permission denied" in text or "does not exist" in text
    grant_access(server, "mapper", A.READER)
    assert run(shared, "mapper", "SELECT count(*) FROM service_point")[0][0] > 0


def test_the_readme_lists_the_declared_profiles():
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for p in A.PROFILE_DECLARATIONS:
        assert f"| `{p.code}` | {p.label.en} | {p.may.en} |" in readme, p.code


def test_the_reader_exports_the_same_public_map_as_the_administrator(shared, provider, tmp_path,
                                                                     monkeypatch):
    import processing

    from tests.web.decode import json_block, points

    cluster, dbname, _ = shared
    exported = {}
    for login in ("admin1", "mapper"):
        monkeypatch.setenv("PGPASSWORD", PASSWORD)
        uri = f"postgresql://{login}@{cluster.host}:{cluster.port}/{dbname}"
        done = processing.run("amuddu:export_webmap", {"DATABASE": uri, "OUTPUT": str(tmp_path / login)})
        exported[login] = sorted(p["uuid"] for p in points(json_block(tmp_path / login / "index.html",
                                                                      "amuddu-data")))
        assert done["SERVICE_POINTS"] == len(exported[login]) > 0
    assert exported["mapper"] == exported["admin1"]


DATA = __import__("pathlib").Path(__file__).resolve().parent / "data"


def test_an_editor_imports_their_spreadsheet_into_the_server_and_an_admin_undoes_it(
        shared, provider, tmp_path, monkeypatch):
    import processing
    from qgis.core import QgsProcessingException

    cluster, dbname, server = shared
    monkeypatch.setenv("PGPASSWORD", PASSWORD)

    def uri(login):
        return f"postgresql://{login}@{cluster.host}:{cluster.port}/{dbname}"

    before = server.count("service_point")
    params = {"INPUT": str(DATA / "anapec_arabic_cp1256.csv"), "INSTITUTION": "ANAPEC",
              "REPORT": str(tmp_path / "r.html")}
    # Another institution's editor: the server refuses the whole import.
    with pytest.raises(QgsProcessingException, match="another institution"):
        processing.run("amuddu:import_services", dict(params, DATABASE=uri("ed_ofppt")))
    assert server.count("service_point") == before
    dry = processing.run("amuddu:import_services", dict(params, DATABASE=uri("ed_anapec"), DRY_RUN=True))
    assert dry["IMPORT_ID"] == "" and server.count("service_point") == before
    done = processing.run("amuddu:import_services", dict(params, DATABASE=uri("ed_anapec")))
    assert done["ADDED"] == 6 and server.count("service_point") == before + 6
    added = run(shared, "admin1", "SELECT count(*), min(updated_by), max(updated_by) FROM service_point "
                                  "WHERE uuid IN (SELECT row_uuid FROM change_log WHERE import_run_uuid = %s)",
                (done["IMPORT_ID"],))[0]
    assert added == (6, "ed_anapec", "ed_anapec")
    history = run(shared, "admin1", "SELECT count(*) FROM amuddu_history WHERE login = 'ed_anapec' AND "
                                    "operation = 'insert' AND table_name = 'service_point' AND row_uuid IN "
                                    "(SELECT row_uuid FROM change_log WHERE import_run_uuid = %s)",
                  (done["IMPORT_ID"],))[0][0]
    assert history == 6
    # Editors never delete: the undo is the administrator's.
    with pytest.raises(QgsProcessingException, match="may not make this change"):
        processing.run("amuddu:undo_import", {"DATABASE": uri("ed_anapec"), "IMPORT_ID": done["IMPORT_ID"]})
    undone = processing.run("amuddu:undo_import", {"DATABASE": uri("admin1"), "IMPORT_ID": done["IMPORT_ID"]})
    assert undone["DELETED"] == 6 and server.count("service_point") == before
    assert run(shared, "admin1", "SELECT status FROM import_run WHERE uuid = %s",
               (done["IMPORT_ID"],))[0][0] == "undone"
