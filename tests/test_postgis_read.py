"""Reading a server database into a GeoPackage (core/store/postgis/to_geopackage.py: the
rows written with the foreign keys checked once at the end, the service points' spatial
index left out of the snapshots whose readers do not need it), and the rows the server's
history records (core/store/postgis/rights.py: the geometry as PostGIS's own JSON)."""

from __future__ import annotations

import pytest

from amuddu_plugin.core.store.errors import StoreError


@pytest.fixture
def pg_copy(qgis_app, sample_db, pg_cluster, pg_database):
    """The sample database copied into the test server; (source GeoPackage, server db)."""
    from amuddu_plugin.core.setup import copy_database

    target, _ = copy_database(sample_db.source, pg_cluster.uri(pg_database))
    return sample_db, target


def _uri(server) -> str:
    p = server.pg.params
    return f"postgresql://{p['user']}@{p['host']}:{p['port']}/{p['dbname']}?schema={server.schema}"


def _one(server, sql: str, params: tuple = ()):
    con = server.connect()
    try:
        with con.cursor() as cur:
            cur.execute(sql, params)
            row = cur.fetchone() if cur.description else None
        con.commit()
        return row
    finally:
        con.close()


def test_a_row_whose_parent_was_not_copied_refuses_the_copy_leaving_nothing(pg_copy, tmp_path):
    """The server's own key dropped and a service pointed at no point: the copy into a file
    (its foreign keys checked once, after the rows) names the row and writes nothing."""
    from amuddu_plugin.core.store.copy import copy_database

    _, server = pg_copy
    (name,) = _one(server, "SELECT conname FROM pg_constraint WHERE conrelid = 'service'::regclass "
                           "AND contype = 'f' AND conkey = ARRAY[(SELECT attnum FROM pg_attribute WHERE "
                           "attrelid = 'service'::regclass AND attname = 'service_point_uuid')]")
    _one(server, f'ALTER TABLE service DROP CONSTRAINT "{name}"')
    fid, uuid = _one(server, "UPDATE service SET service_point_uuid = gen_random_uuid() "
                             "WHERE fid = (SELECT min(fid) FROM service) RETURNING fid, uuid::text")
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(StoreError) as err:
        copy_database(_uri(server), str(folder / "copy.gpkg"))
    message = str(err.value)
    assert "service" in message and str(fid) in message and uuid in message and "service_point" in message
    assert list(folder.iterdir()) == []


def test_a_snapshot_without_spatial_indexes_holds_the_same_rows(pg_copy, tmp_path):
    from amuddu_plugin.core.store.copy import read_snapshot
    from amuddu_plugin.processing.base import read_server

    _, server = pg_copy
    indexed = read_server(_uri(server), tmp_path / "indexed.gpkg")
    bare = read_server(_uri(server), tmp_path / "bare.gpkg", spatial_index=False)
    assert read_snapshot(bare).rows == read_snapshot(indexed).rows

    def rtrees(db):
        return {n for (n,) in db.query("SELECT name FROM sqlite_master WHERE name LIKE 'rtree%' "
                                       "AND type = 'table' AND sql LIKE '%VIRTUAL%'")}

    assert {"rtree_service_point_geom", "rtree_commune_geom"} <= rtrees(indexed)
    assert rtrees(bare) == set()
    # A point moved in the snapshot (by an import) is simply written: no index to keep.
    from amuddu_plugin.core.store.gpkg import connect, point_blob

    con = connect(bare.path, write=True)
    try:
        assert con.execute("UPDATE service_point SET geom = ? WHERE fid = (SELECT min(fid) FROM "
                           "service_point)", (point_blob(-6.8, 34.0),)).rowcount == 1
    finally:
        con.close()


def test_the_history_records_the_geometry_as_postgis_json_and_a_move_as_a_location(pg_copy):
    from amuddu_plugin.core.store.history import point_history

    _, server = pg_copy
    (uuid,) = _one(server, "SELECT uuid::text FROM service_point WHERE geom IS NOT NULL ORDER BY fid LIMIT 1")
    _one(server, "UPDATE service_point SET geom = ST_SetSRID(ST_MakePoint(-6.812345678901234, "
                 "34.123456789012344), 4326) WHERE uuid = %s", (uuid,))
    same = _one(server, "SELECT h.new_row - 'updated_at' = to_jsonb(p) - 'updated_at', "
                        "h.new_row->'geom' = to_jsonb(p.geom), h.old_row->'geom' IS DISTINCT FROM "
                        "h.new_row->'geom' FROM amuddu_history h JOIN service_point p ON p.uuid = h.row_uuid "
                        "WHERE h.row_uuid = %s ORDER BY h.id DESC LIMIT 1", (uuid,))
    assert same == (True, True, True)
    moved = [c for c in point_history(server, uuid) if c.field == "geom"]
    assert moved and moved[-1].new == "34.123457, -6.812346" and moved[-1].old != moved[-1].new
