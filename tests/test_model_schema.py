"""The schema is derived from the declared model, for GeoPackage and PostGIS."""

from __future__ import annotations

import re
import sqlite3

from amuddu_plugin.core.store import schema
from amuddu_plugin.definitions import model, vocabularies
from amuddu_plugin.definitions.model import Kind, Role


def test_every_table_and_field_is_created_in_the_geopackage(empty_db):
    con = sqlite3.connect(empty_db.source)
    try:
        for t in model.TABLES:
            columns = {r[1]: r for r in con.execute(f'PRAGMA table_info("{t.name}")')}
            expected = {t.key, *t.field_names} | ({schema.GEOMETRY_COLUMN} if t.geometry else set())
            assert set(columns) == expected, t.name
            for f in t.fields:
                notnull = columns[f.name][3]
                assert bool(notnull) == f.required, f"{t.name}.{f.name} NOT NULL"
        contents = dict(con.execute("SELECT table_name, data_type FROM gpkg_contents"))
        geometry = dict(con.execute("SELECT table_name, geometry_type_name FROM gpkg_geometry_columns"))
        rtree = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE name LIKE 'rtree_%'")}
    finally:
        con.close()
    for t in model.TABLES:
        assert contents[t.name] == ("features" if t.geometry else "attributes")
        if t.geometry:
            assert geometry[t.name] == t.geometry.upper()
            assert f"rtree_{t.name}_geom" in rtree


def test_ddl_follows_the_declaration():
    ddl = schema.gpkg_create_table(model.SERVICE_POINT)
    status = model.SERVICE_POINT.field("operating_status")
    assert status.choices == model.OPERATING_STATUS
    assert re.search(r'"operating_status" TEXT NOT NULL DEFAULT \'active\' CHECK \("operating_status" IN '
                     r"\('active', 'temporarily_closed', 'closed'\)\)", ddl)
    assert 'REFERENCES "institution" ("code")' in ddl
    service = schema.gpkg_create_table(model.SERVICE)
    assert 'REFERENCES "service_point" ("uuid") ON UPDATE CASCADE ON DELETE CASCADE' in service
    assert '"min_age" <= "max_age"' in service


def test_referenced_tables_are_created_first():
    seen: set[str] = set()
    for t in model.TABLES:
        for f in t.fields:
            if f.vocabulary:
                assert f.vocabulary in seen or f.vocabulary == t.name, f"{t.name}.{f.name}"
        seen.add(t.name)


def test_postgis_ddl_is_derived_from_the_same_model():
    ddl = "\n".join(schema.postgis_ddl("amuddu"))
    for t in model.TABLES:
        assert f'CREATE TABLE "amuddu"."{t.name}"' in ddl
        for f in t.fields:
            assert f'"{f.name}"' in ddl
    assert 'geometry(Point, 4326)' in ddl and 'geometry(MultiPolygon, 4326)' in ddl
    assert '"uuid" uuid NOT NULL UNIQUE' in ddl
    assert 'FOREIGN KEY ("service_point_uuid") REFERENCES "amuddu"."service_point" ("uuid")' in ddl


def test_relations_come_from_referencing_fields():
    rels = {(r.parent, r.parent_field, r.child, r.child_field) for r in model.relations()}
    assert ("service_point", "uuid", "service", "service_point_uuid") in rels
    assert ("institution", "code", "service_point", "institution") in rels
    assert ("region", "code", "province", "region_code") in rels
    # multi-valued code lists are not one-to-many relations
    assert not any(child_field in ("languages", "eligibility") for *_, child_field in rels)


def test_trilingual_fields_and_labels():
    for stem in ("name_fr", "name_ar", "name_en"):
        assert model.SERVICE_POINT.field(stem).language == stem[-2:]
    assert model.SERVICE_POINT.field("name_fr").required
    assert not model.SERVICE_POINT.field("name_ar").required
    for t in model.TABLES:
        for f in t.fields:
            assert f.label.fr and f.label.ar and f.label.en, f"{t.name}.{f.name}"
            assert re.search(r"[\u0600-\u06ff]", f.label.ar), f"{t.name}.{f.name} Arabic label"


def test_vocabularies_hold_the_domain_codes(empty_db):
    domain = {"EMP_REG", "EMP_GUID", "EMP_MATCH", "EMP_TRAIN", "SELF_EMP", "VT_INIT", "VT_SHORT",
              "VT_APPR", "SOC_EDU", "SOC_LIT", "SOC_ASSIST", "SOC_CHILD", "ART_TRAIN",
              "ART_SUPPORT", "INFO_DESK"}
    codes = {r[0] for r in empty_db.query("SELECT code FROM service_category")}
    assert codes == domain
    assert {r[0] for r in empty_db.query("SELECT code FROM eligibility")} == {
        "REGULARISED", "REFUGEE", "ASYLUM_SEEKER", "ANY"}
    institutions = {r[0] for r in empty_db.query("SELECT code FROM institution")}
    assert institutions == {"ANAPEC", "OFPPT", "EN", "ARTISANAT"}
    for row in vocabularies.FACILITY_TYPES:
        assert row["institution"] in institutions
    for row in vocabularies.SERVICE_CATEGORIES:
        assert set(row["institutions"].split(",")) <= institutions
    assert empty_db.schema_version == model.SCHEMA_VERSION


def test_vocabulary_tables_share_one_shape():
    for t in model.tables_with_role(Role.VOCABULARY):
        assert t.natural_key == "code"
        assert t.field("code").unique
    multi = [f for t in model.TABLES for f in t.fields if f.kind is Kind.CODES]
    assert {f.vocabulary for f in multi} == {"language", "eligibility"}


def test_qgs_fields_match_the_model(qgis_app):
    fields = schema.qgs_fields(model.SERVICE_POINT)
    assert [f.name() for f in fields] == model.SERVICE_POINT.field_names
