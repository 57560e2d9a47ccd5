"""The multi-user store on a real PostgreSQL + PostGIS server that the tests start
themselves (tests/pg_cluster.py): connections, the schema from the model, the format
checks enforced by the server, and copies GeoPackage -> PostGIS -> GeoPackage that lose
nothing."""

from __future__ import annotations

import pytest

from amuddu_plugin.core.store.errors import StoreError
from amuddu_plugin.core.store.gpkg import connect
from amuddu_plugin.core.store.postgis import connection

# --------------------------------------------------------------------------------------------
# Naming a server
# --------------------------------------------------------------------------------------------


def test_a_libpq_uri_names_host_port_database_user_and_schema():
    pg = connection.parse("postgresql://editor@db.example.ma:6543/amuddu?schema=cp3&sslmode=require")
    assert pg.params == {"host": "db.example.ma", "port": "6543", "dbname": "amuddu",
                         "user": "editor", "sslmode": "require"}
    assert pg.schema == "cp3"
    assert "schema" not in pg.conninfo() and "sslmode=require" in pg.conninfo()
    assert connection.parse("postgres://u@h/d").schema == "amuddu"


def test_service_and_key_value_forms():
    pg = connection.parse("service=amuddu_prod schema=monitoring")
    assert pg.params == {"service": "amuddu_prod"} and pg.schema == "monitoring"
    pg = connection.parse("host=127.0.0.1 port=5433 dbname='my db' user=me")
    assert pg.params["dbname"] == "my db" and pg.schema == "amuddu"
    assert "dbname='my db'" in pg.conninfo()
    assert connection.parse("dbname=x authcfg=ab12cd3").authcfg == "ab12cd3"


@pytest.mark.parametrize("text", [
    "postgresql://editor:s3cret@host/db",
    "host=h dbname=d user=u password=s3cret",
    "postgresql://editor@host/db?password=s3cret",
])
def test_a_password_written_inline_is_refused_and_never_repeated(text):
    with pytest.raises(StoreError) as err:
        connection.parse(text)
    assert "pgpass" in str(err.value) and "s3cret" not in str(err.value)


def test_what_is_shown_of_a_connection_holds_no_secret(qgis_app):
    pg = connection.parse("host=h port=1 dbname=d user=u schema=s")
    assert pg.display == "postgres: host=h port=1 dbname=d user=u schema=s"
    source = pg.datasource("service_point", "geom")
    assert "password" not in source and "table=\"s\".\"service_point\" (geom)" in source


@pytest.mark.parametrize("text", ["schema=Bad-Name dbname=x", "dbname=x schema=a;drop"])
def test_a_bad_schema_name_is_refused(text):
    with pytest.raises(StoreError, match="schema name"):
        connection.parse(text)


def test_an_unknown_saved_connection_is_named(qgis_app):
    with pytest.raises(StoreError, match="no PostgreSQL connection named nowhere"):
        connection.parse("pg:nowhere")


# --------------------------------------------------------------------------------------------
# Copies
# --------------------------------------------------------------------------------------------
def _snapshot_rows(db):
    from amuddu_plugin.core.store.copy import read_snapshot

    return read_snapshot(db)


@pytest.fixture
def pg_copy(qgis_app, sample_db, pg_cluster, pg_database):
    """The sample database copied into the test server; (source GeoPackage, server db)."""
    from amuddu_plugin.core.setup import copy_database

    target, counts = copy_database(sample_db.source, pg_cluster.uri(pg_database))
    assert counts["service_point"] == sample_db.count("service_point") > 0
    return sample_db, target


def test_geopackage_to_postgis_to_geopackage_loses_nothing(pg_copy, tmp_path):
    from amuddu_plugin.core.setup import copy_database

    source, server = pg_copy
    back, counts = copy_database(_uri(server), str(tmp_path / "back.gpkg"))
    original, via_server, returned = (_snapshot_rows(d) for d in (source, server, back))
    for name, rows in original.rows.items():
        assert via_server.rows[name] == rows, name
        assert returned.rows[name] == rows, name
    assert counts == original.counts
    assert sum(counts.values()) > 3000
    for name in ("service_point", "commune", "province", "region", "town"):  # spatial indexes filled
        assert back.query(f"SELECT count(*) FROM rtree_{name}_geom")[0][0] == back.count(name, "geom IS NOT NULL")


def test_the_server_copy_is_a_working_amuddu_database(pg_copy):
    source, server = pg_copy
    assert server.is_postgis and server.schema_version == source.schema_version
    assert server.count("service_point", "publication_state = 'published'") == source.count(
        "service_point", "publication_state = 'published'")
    layer = server.layer("service_point")
    assert layer.providerType() == "postgres" and layer.featureCount() == source.count("service_point")
    assert "password" not in layer.source()
    # The default form came from public.layer_styles, as for a user adding the layer by hand.
    setup = layer.editorWidgetSetup(layer.fields().indexOf("institution"))
    assert setup.type() == "ValueRelation"
    assert "postgres" in str(setup.config().get("LayerProviderName", "")) or setup.config().get("Layer")
    # New rows continue after the copied keys.
    server.insert("institution", [{"code": "TEST", "acronym": "T", "name_fr": "Test", "colour": "#123456"}])
    fids = server.query("SELECT fid FROM institution WHERE code = 'TEST'")
    assert fids[0][0] > max(r[0] for r in source.query("SELECT fid FROM institution"))


def test_the_server_refuses_values_that_break_a_format_with_the_declared_message(pg_copy, pg_cluster):
    _, server = pg_copy
    bad = pg_cluster.psql(server.pg.params["dbname"],
                          "UPDATE amuddu.service_point SET phone = '12345' WHERE fid = "
                          "(SELECT min(fid) FROM amuddu.service_point)", check=False)
    assert bad.returncode != 0
    assert "service_point.phone" in bad.stderr and "[phone]" in bad.stderr
    with pytest.raises(StoreError) as err:
        server.execute(["UPDATE service_point SET name_fr = '  ' WHERE fid = 1"])
    assert "The French name is required" in str(err.value)


def test_an_amuddu_schema_is_replaced_only_when_asked_and_a_failed_copy_changes_nothing(
        pg_copy, tmp_path):
    from amuddu_plugin.core.setup import copy_database

    source, server = pg_copy
    before = server.count("service_point")
    with pytest.raises(StoreError, match="already holds an Amuddu database"):
        copy_database(source.source, _uri(server))
    # A source whose rows the server refuses (a date that is not one): nothing changes.
    broken = tmp_path / "broken.gpkg"
    broken.write_bytes(source.path.read_bytes())
    con = connect(broken, write=True)
    con.execute("UPDATE service_point SET last_verified_on = 'soon' WHERE fid = 1")
    con.execute("DELETE FROM service_point WHERE fid > 10")
    con.close()
    with pytest.raises(StoreError, match="service_point"):
        copy_database(str(broken), _uri(server), overwrite=True)
    assert server.count("service_point") == before


def test_a_schema_that_is_not_amuddus_is_never_replaced(qgis_app, sample_db, pg_cluster, pg_database):
    from amuddu_plugin.core.setup import copy_database

    pg_cluster.psql(pg_database, "CREATE SCHEMA theirs; CREATE TABLE theirs.keep (x int); "
                                 "INSERT INTO theirs.keep VALUES (1)")
    with pytest.raises(StoreError, match="not an Amuddu database"):
        copy_database(sample_db.source, pg_cluster.uri(pg_database, schema="theirs"), overwrite=True)
    assert pg_cluster.psql(pg_database, "SELECT count(*) FROM theirs.keep").stdout.strip() == "1"


def _uri(server) -> str:
    p = server.pg.params
    return f"postgresql://{p['user']}@{p['host']}:{p['port']}/{p['dbname']}?schema={server.schema}"


# --------------------------------------------------------------------------------------------
# Headless, as a user runs it
# --------------------------------------------------------------------------------------------
def test_create_copy_and_open_a_server_database_with_qgis_process(qgis_process, pg_cluster,
                                                                   pg_database, tmp_path):
    uri = pg_cluster.uri(pg_database, schema="cp3")
    made = qgis_process("run", "amuddu:create_database", "--", f"OUTPUT={uri}", "SAMPLE_DATA=true")
    assert made.returncode == 0, made.stdout + made.stderr
    assert "schema=cp3" in made.stdout and "password" not in made.stdout
    points = pg_cluster.psql(pg_database, "SELECT count(*) FROM cp3.service_point").stdout.strip()
    assert int(points) > 0
    again = qgis_process("run", "amuddu:create_database", "--", f"OUTPUT={uri}")
    assert again.returncode != 0 and "already holds an Amuddu database" in again.stdout + again.stderr

    back = tmp_path / "back.gpkg"
    copied = qgis_process("run", "amuddu:copy_database", "--", f"INPUT={uri}", f"OUTPUT={back}")
    assert copied.returncode == 0, copied.stdout + copied.stderr
    con = connect(back, write=False)
    assert con.execute("SELECT count(*) FROM service_point").fetchone()[0] == int(points)
    con.close()

    project = tmp_path / "p.qgz"
    from qgis.core import QgsProject

    QgsProject().write(str(project))
    loaded = qgis_process("run", "amuddu:load_database", f"--PROJECT_PATH={project}", "--",
                          f"DATABASE={uri}")
    assert loaded.returncode == 0, loaded.stdout + loaded.stderr
    assert "LAYERS" in loaded.stdout


def test_a_wrong_server_is_named_clearly(qgis_process, pg_cluster):
    uri = f"postgresql://nobody@127.0.0.1:{pg_cluster.port}/missing_db"
    done = qgis_process("run", "amuddu:load_database", "--", f"DATABASE={uri}")
    assert done.returncode != 0
    assert "Cannot connect to the database postgres: host=127.0.0.1" in done.stdout + done.stderr


def test_read_only_jobs_give_the_same_results_on_the_server(qgis_app, provider, pg_copy, tmp_path):
    """Quality check and web map export read what the login sees of the server: the same
    answers as on the GeoPackage it was copied from."""
    import processing

    from tests.web.decode import json_block, points

    source, server = pg_copy
    runs = {}
    for name, database in (("file", source.source), ("server", _uri(server))):
        quality = processing.run("amuddu:check_quality", {
            "DATABASE": database, "OUTPUT": str(tmp_path / f"{name}-issues.gpkg")})
        web = processing.run("amuddu:export_webmap", {
            "DATABASE": database, "OUTPUT": str(tmp_path / f"{name}-web")})
        exported = points(json_block(tmp_path / f"{name}-web" / "index.html", "amuddu-data"))
        runs[name] = (quality["ISSUES"], web["SERVICE_POINTS"], sorted(p["uuid"] for p in exported))
    assert runs["server"] == runs["file"]
    assert runs["file"][0] > 0 and len(runs["file"][2]) > 0


def test_a_second_save_of_the_same_point_is_refused_with_who_changed_it(pg_copy):
    """Two analysts in QGIS, each with an edit session on the server's layer: the second to
    save, whose edit started before the first's save, is refused with who and when; after
    reloading, their change goes through."""
    _, server = pg_copy
    first, second = server.layer("service_point"), server.layer("service_point")
    fid = next(first.getFeatures()).id()
    notes, by = first.fields().indexOf("notes"), first.fields().indexOf("updated_by")
    assert first.defaultValueDefinition(by).applyOnUpdate()  # the saved form of the server
    assert first.startEditing() and second.startEditing()
    assert second.changeAttributeValue(fid, notes, "second analyst")
    assert first.changeAttributeValue(fid, notes, "first analyst")
    assert first.commitChanges(), first.commitErrors()
    assert not second.commitChanges()
    errors = " ".join(second.commitErrors())
    assert "amuddu-rights:conflict:amuddu_admin" in errors
    assert server.query("SELECT notes FROM service_point WHERE fid = ?", (fid,))[0][0] == "first analyst"
    second.rollBack()
    assert second.startEditing() and second.changeAttributeValue(fid, notes, "second, reloaded")
    assert second.commitChanges(), second.commitErrors()
    row = server.query("SELECT notes, updated_by FROM service_point WHERE fid = ?", (fid,))[0]
    assert row == ("second, reloaded", "amuddu_admin")
