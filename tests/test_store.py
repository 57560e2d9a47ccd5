"""Creating, opening, checking and writing databases: bad input is refused clearly and
changes nothing."""

from __future__ import annotations

import hashlib
import sqlite3
import struct
from pathlib import Path

import pytest

from amuddu_plugin.core.store import migrations
from amuddu_plugin.core.setup import create_database
from amuddu_plugin.core.store.database import Canceled, Database, StoreError
from amuddu_plugin.definitions.model import SCHEMA_VERSION


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def point(uuid_char: str, **extra):
    row = {"uuid": uuid_char * 36, "institution": "ANAPEC", "facility_type": "ANAPEC_AGENCY",
           "name_fr": "ANAPEC – Agence de test", "geometry": "POINT(-6.84 34.02)"}
    row.update(extra)
    return row


def test_insert_is_all_or_nothing_and_names_the_row(empty_db):
    with pytest.raises(StoreError) as err:
        empty_db.insert("service_point", [point("a"), point("b", operating_status="open-ish")])
    assert "Row 2 of service_point" in str(err.value)
    assert "operating_status" in str(err.value)
    assert empty_db.count("service_point") == 0
    assert empty_db.insert("service_point", [point("a"), point("b")]) == 2


def test_insert_refuses_unknown_fields(empty_db):
    with pytest.raises(StoreError, match=r"Row 1 of service_point: unknown field\(s\) colour"):
        empty_db.insert("service_point", [point("a", colour="red")])


def test_insert_refuses_bad_ages(empty_db):
    empty_db.insert("service_point", [point("a")])
    service = {"uuid": "s" * 36, "service_point_uuid": "a" * 36, "category": "EMP_REG",
               "min_age": 30, "max_age": 18}
    with pytest.raises(StoreError, match="Row 1 of service was refused"):
        empty_db.insert("service", [service])
    service.update(min_age=18, max_age=30)
    assert empty_db.insert("service", [service]) == 1


def test_cancel_writes_nothing(qgis_app, tmp_path):
    from qgis.core import QgsFeedback

    feedback = QgsFeedback()
    feedback.cancel()
    with pytest.raises(Canceled):
        create_database(tmp_path / "x.gpkg", feedback)
    assert list(tmp_path.iterdir()) == []


def test_missing_file(qgis_app, tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Database.open(tmp_path / "nope.gpkg")


def test_not_a_geopackage(qgis_app, tmp_path):
    text = tmp_path / "offices.gpkg"
    text.write_text("nom;ville\nANAPEC;Nador\n", encoding="utf-8")
    with pytest.raises(StoreError, match="not a GeoPackage"):
        Database.open(text)
    assert text.read_text(encoding="utf-8").startswith("nom;ville")

    plain = tmp_path / "plain.gpkg"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(StoreError, match="SQLite file but not a GeoPackage"):
        Database.open(plain)


def test_a_geopackage_that_is_not_amuddu(qgis_app, tmp_path):
    from osgeo import ogr

    other = tmp_path / "other.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(other))
    ds.CreateLayer("roads")
    ds = None
    with pytest.raises(StoreError, match="not an Amuddu database"):
        Database.open(other)


def test_unknown_schema_version_is_refused_and_untouched(empty_db):
    con = sqlite3.connect(empty_db.source)
    with con:
        con.execute("UPDATE amuddu_meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    before = digest(empty_db.path)
    with pytest.raises(StoreError, match="version 99, newer than this plugin knows"):
        Database.open(empty_db.source)
    assert digest(empty_db.path) == before


def test_older_version_without_migration_is_refused(empty_db):
    con = sqlite3.connect(empty_db.source)
    with con:
        con.execute("UPDATE amuddu_meta SET value = '0' WHERE key = 'schema_version'")
    con.close()
    before = digest(empty_db.path)
    with pytest.raises(StoreError, match="cannot upgrade"):
        Database.open(empty_db.source)
    assert digest(empty_db.path) == before


def test_migration_steps_run_in_order_and_keep_a_backup(empty_db):
    ran = []

    def step0(db):
        ran.append(0)
        db.execute(["INSERT INTO amuddu_meta (key, value) VALUES ('migrated', 'yes')"])

    backup = migrations.migrate(empty_db, 0, steps={0: step0}, target=1)
    assert ran == [0]
    assert backup.exists() and backup.name == "empty.v0.bak.gpkg"
    assert empty_db.meta("migrated") == "yes"
    assert empty_db.meta("schema_version") == "1"
    assert Database(backup).meta("migrated") is None


def test_read_only_location_is_refused(qgis_app):
    # /proc refuses new files even to root, unlike a chmod-ed folder.
    with pytest.raises(StoreError, match="Cannot write"):
        create_database("/proc/amuddu.gpkg")
    assert not Path("/proc/amuddu.gpkg").exists()


def test_missing_folder_and_wrong_extension(qgis_app, tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        create_database(tmp_path / "no" / "such" / "x.gpkg")
    with pytest.raises(StoreError, match=r"must be a \.gpkg file"):
        create_database(tmp_path / "x.sqlite")


def test_existing_file_is_kept_unless_overwrite(empty_db, bundled_gpkg):
    before = digest(empty_db.path)
    with pytest.raises(StoreError, match="already exists"):
        create_database(empty_db.path, reference=bundled_gpkg)
    assert digest(empty_db.path) == before
    db = create_database(empty_db.path, reference=bundled_gpkg, overwrite=True)
    assert db.count("region") == 12
    assert [p.name for p in empty_db.path.parent.iterdir()] == ["empty.gpkg"]


def test_copy_without_sample_data(qgis_app, bundled_gpkg, tmp_path):
    db = create_database(tmp_path / "new.gpkg", reference=bundled_gpkg, sample_data=False)
    assert db.count("service_point") == 0 and db.count("service") == 0
    assert db.count("region") == 12 and db.count("town") > 300
    assert db.schema_version == SCHEMA_VERSION
    assert db.meta("created_at")


def test_foreign_keys_are_enforced(empty_db):
    with pytest.raises(StoreError, match="Row 1 of service_point was refused"):
        empty_db.insert("service_point", [point("a", institution="NOPE")])
    orphan = {"uuid": "s" * 36, "service_point_uuid": "z" * 36, "category": "EMP_REG"}
    with pytest.raises(StoreError, match="Row 1 of service was refused"):
        empty_db.insert("service", [orphan])
    assert empty_db.count("service") == 0 and empty_db.count("service_point") == 0


def test_version_2_fees_become_trilingual_and_keep_their_french_text(sample_db):
    """Schema 3: a service's fees in French, Arabic and English; the old single field (in
    French) becomes fees_fr, nothing is lost."""
    from amuddu_plugin.core.store.database import Database

    before = dict(sample_db.query("SELECT uuid, fees_fr FROM service WHERE fees_fr IS NOT NULL"))
    assert before
    sample_db.execute(['ALTER TABLE "service" RENAME COLUMN "fees_fr" TO "fees"',
                       'ALTER TABLE "service" DROP COLUMN "fees_ar"',
                       'ALTER TABLE "service" DROP COLUMN "fees_en"',
                       "UPDATE amuddu_meta SET value = '2' WHERE key = 'schema_version'"])
    db = Database.open(sample_db.path)
    assert db.schema_version == SCHEMA_VERSION >= 3
    assert dict(db.query("SELECT uuid, fees_fr FROM service WHERE fees_fr IS NOT NULL")) == before
    assert db.query("SELECT count(*) FROM service WHERE fees_ar IS NOT NULL OR fees_en IS NOT NULL") == [(0,)]
    columns = {row[1] for row in db.query('PRAGMA table_info("service")')}
    assert {"fees_fr", "fees_ar", "fees_en"} <= columns and "fees" not in columns


def test_one_geopackage_point_codec_reads_what_gdal_writes(qgis_app):
    """store/gpkg.py is the plugin's one reader of point blobs: it reads the plugin's own
    blobs and GDAL's (big-endian, with an envelope, a MultiPoint), refuses other types."""
    from osgeo import ogr

    from amuddu_plugin.core.store.gpkg import blob_point, point_blob, point_xy

    assert point_xy(point_blob(-7.61, 33.59)) == (-7.61, 33.59)
    driver = ogr.GetDriverByName("GPKG")
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        ds = driver.CreateDataSource(f"{folder}/g.gpkg")
        layer = ds.CreateLayer("g", geom_type=ogr.wkbUnknown)
        for wkt in ("POINT (-1.9 34.68)", "MULTIPOINT ((-5.8 35.77))", "LINESTRING (0 0,1 1)",
                    "POINT EMPTY"):
            f = ogr.Feature(layer.GetLayerDefn())
            f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
            layer.CreateFeature(f)
        ds = None
        import sqlite3

        con = sqlite3.connect(f"{folder}/g.gpkg")
        blobs = [r[0] for r in con.execute("SELECT geom FROM g ORDER BY fid")]
        con.close()
    assert point_xy(blobs[0]) == (-1.9, 34.68) and point_xy(blobs[1]) == (-5.8, 35.77)
    with pytest.raises(ValueError):
        point_xy(blobs[2])
    assert point_xy(blobs[3]) is None
    assert [blob_point(b) for b in (*blobs, None, b"junk")] == [
        (-1.9, 34.68), (-5.8, 35.77), None, None, None, None]
    big_endian = b"GP\x00\x00" + (4326).to_bytes(4, "big") + b"\x00" + (1).to_bytes(4, "big") + \
        struct.pack(">dd", -6.84, 34.02)
    assert point_xy(big_endian) == (-6.84, 34.02)


def test_version_3_databases_get_their_communes_located(qgis_app, sample_db, bundled_gpkg):
    """Schema 4 locates the communes (make data); a version-3 database gets the columns and,
    from the bundled database, the values by HCP code, and stays a valid GeoPackage."""
    from osgeo import ogr

    from amuddu_plugin.core.store.gpkg import connect

    expected = dict(Database.open(bundled_gpkg, migrate=False).query(
        "SELECT code, located_by FROM commune"))
    con = connect(sample_db.path, write=True)
    with con:
        con.execute("BEGIN")
        for name in ("rtree_commune_geom_insert", "rtree_commune_geom_update1", "rtree_commune_geom_update2",
                     "rtree_commune_geom_update3", "rtree_commune_geom_update4", "rtree_commune_geom_delete"):
            con.execute(f'DROP TRIGGER IF EXISTS "{name}"')
        con.execute("DROP TABLE IF EXISTS rtree_commune_geom")
        if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_extensions'").fetchone():
            con.execute("DELETE FROM gpkg_extensions WHERE table_name = 'commune'")
        con.execute("DELETE FROM gpkg_geometry_columns WHERE table_name = 'commune'")
        con.execute("UPDATE gpkg_contents SET data_type = 'attributes', srs_id = 0 WHERE table_name = 'commune'")
        for column in ("geom", "located_by", "lon", "lat"):
            con.execute(f'ALTER TABLE commune DROP COLUMN "{column}"')
        for t in ("alert_acknowledgement", "snapshot_point", "snapshot"):
            con.execute(f"DROP TABLE {t}")
            con.execute(f"DELETE FROM gpkg_contents WHERE table_name = '{t}'")
        con.execute("UPDATE amuddu_meta SET value = '3' WHERE key = 'schema_version'")
        con.execute("COMMIT")
    con.close()
    db = Database.open(sample_db.path)
    assert db.schema_version == SCHEMA_VERSION >= 4
    assert dict(db.query("SELECT code, located_by FROM commune")) == expected
    assert db.count("commune", "geom IS NOT NULL") == len(expected) > 1000
    source = ogr.Open(str(db.path))  # (kept: a layer dies with its data source)
    layer = source.GetLayerByName("commune")
    assert layer.GetGeomType() == ogr.wkbMultiPolygon and layer.GetFeatureCount() == len(expected)
    assert db.query("SELECT count(*) FROM rtree_commune_geom")[0][0] == len(expected)
