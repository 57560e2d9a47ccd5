"""The database enforces the declared formats (GeoPackage triggers), by any route: OGR,
a QGIS layer without the plugin's form (attribute table, field calculator, scripts), the
store's own writes; older databases get the triggers by a migration. Also the table of
the formats that concern a whole row (a place, related rows), run through the form and the
quality check."""

from __future__ import annotations

import sqlite3

import pytest
from qgis.core import QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer, QgsVectorLayerUtils

from amuddu_plugin.core.project import load_into_project
from amuddu_plugin.core.store import triggers
from amuddu_plugin.core.store.database import Database, StoreError
from amuddu_plugin.core.store.migrations import backup_path
from amuddu_plugin.core.store.places import Territory
from amuddu_plugin.definitions import formats as F
from amuddu_plugin.definitions.model import SCHEMA_VERSION, SERVICE_POINT

#: format, case, valid: formats that concern a place or related rows.
ROWS_BY_FEATURE = [
    (F.INSIDE_MOROCCO, ("Rabat", -6.8416, 34.0209), True),
    (F.INSIDE_MOROCCO, ("Laayoune", -13.2, 27.15), True),
    (F.INSIDE_MOROCCO, ("Oujda", -1.91, 34.68), True),
    (F.INSIDE_MOROCCO, ("Atlantic", -20.0, 30.0), False),
    (F.INSIDE_MOROCCO, ("Paris", 2.35, 48.85), False),
    (F.INSIDE_MOROCCO, ("Algeria, near Oujda", -1.2, 34.7), False),
    (F.PUBLISHED_NEEDS_SERVICE, ("published", 1), True),
    (F.PUBLISHED_NEEDS_SERVICE, ("published", 2), True),
    (F.PUBLISHED_NEEDS_SERVICE, ("published", 0), False),
    (F.PUBLISHED_NEEDS_SERVICE, ("draft", 0), True),
]


@pytest.fixture
def loaded(qgis_new_project, sample_db):
    return load_into_project(sample_db, QgsProject.instance(), language="en")


def new_point(points: QgsVectorLayer, x: float, y: float, state: str = "draft"):
    idx = points.fields().indexOf
    return QgsVectorLayerUtils.createFeature(
        points, QgsGeometry.fromPointXY(QgsPointXY(x, y)),
        {idx("institution"): "ANAPEC", idx("facility_type"): "ANAPEC_AGENCY",
         idx("name_fr"): "ANAPEC – test", idx("publication_state"): state},
        points.createExpressionContext())


def validate(layer: QgsVectorLayer, feature, name: str) -> tuple[bool, list[str]]:
    return QgsVectorLayerUtils.validateAttribute(layer, feature, layer.fields().indexOf(name))


def test_the_form_and_the_quality_check_agree_on_rows(loaded, sample_db):
    points, services = loaded.layers["service_point"], loaded.layers["service"]
    territory = Territory.from_database(sample_db)
    points.startEditing()
    services.startEditing()
    for key, case, valid in ROWS_BY_FEATURE:
        message = F.format_of(key).text("en")
        if key == F.INSIDE_MOROCCO:
            _, x, y = case
            ok, errors = validate(points, new_point(points, x, y), "region_code")
            assert (territory.locate(x, y) is not None) is valid, case
        else:
            state, n = case
            feature = new_point(points, -6.84, 34.02, state)
            for _ in range(n):
                assert services.addFeature(QgsVectorLayerUtils.createFeature(
                    services, QgsGeometry(),
                    {services.fields().indexOf("service_point_uuid"): feature["uuid"],
                     services.fields().indexOf("category"): "EMP_REG"}))
            ok, errors = validate(points, feature, "publication_state")
            assert F.published_ok(state, n) is valid, case
        assert ok is valid, (case, errors)
        assert valid or any(message in e for e in errors), errors
    points.rollBack()
    services.rollBack()


# --------------------------------------------------------------------------------------------
# Bad values written below the form are refused
# --------------------------------------------------------------------------------------------
def ogr_refusal(gdal, call) -> str:
    """The error of an OGR write that fails (GDAL raises or returns an error code)."""
    gdal.ErrorReset()
    try:
        code = call()
    except RuntimeError as err:
        return str(err)
    assert code != 0, "the write was accepted"
    return gdal.GetLastErrorMsg()


def test_bad_values_written_through_ogr_are_refused(sample_db):
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    ds = ogr.Open(sample_db.source, 1)
    layer = ds.GetLayerByName("service_point")
    feature = layer.GetNextFeature()
    fid, before = feature.GetFID(), feature.GetField("phone")
    for name, value, key in (("phone", "12345", F.PHONE), ("name_fr", "", F.REQUIRED_NAME),
                             ("name_fr", "   ", F.REQUIRED_NAME),
                             ("email", "accueil(at)anapec.ma", F.EMAIL),
                             ("website", "www.anapec.org", F.URL),
                             ("languages", '{"fr","ar"}', F.CODES),
                             ("languages", "{fr,klingon}", F.CODES)):
        bad = layer.GetFeature(fid)
        bad.SetField(name, value)
        message = F.format_of(key).text("fr", SERVICE_POINT.field(name).label.fr)
        assert f"service_point.{name}: {message} [{key}]" in ogr_refusal(
            gdal, lambda: layer.SetFeature(bad))  # noqa: B023
        copy = layer.GetFeature(fid).Clone()
        copy.SetFID(-1)
        copy.SetField("uuid", "00000000-0000-4000-8000-000000000001")
        copy.SetField(name, value)
        assert f"service_point.{name}" in ogr_refusal(gdal, lambda: layer.CreateFeature(copy))  # noqa: B023
    good = layer.GetFeature(fid)
    good.SetField("phone", "+212537123456; +212661000000")
    good.SetField("email", "Info@Anapec.ma; b@y.ma")
    good.SetField("website", "https://www.anapec.org/")
    good.SetField("languages", "{ar,fr}")
    assert layer.SetFeature(good) == 0
    ds = None
    row = sample_db.query("SELECT phone, email, website, languages FROM service_point "
                          "WHERE fid = ?", (fid,))[0]
    assert row == ("+212537123456; +212661000000", "Info@Anapec.ma; b@y.ma",
                   "https://www.anapec.org/", "{ar,fr}")
    assert before != row[0]


def test_a_layer_without_the_form_cannot_commit_bad_values(qgis_app, sample_db):
    """The attribute table, the field calculator and scripts edit a layer: the commit fails
    with the declared message, and nothing is written."""
    layer = QgsVectorLayer(sample_db.uri("service_point"), "points", "ogr")
    fid = next(layer.getFeatures()).id()
    for name, value in (("phone", "12345"), ("name_fr", "")):
        assert layer.startEditing()
        layer.changeAttributeValue(fid, layer.fields().indexOf(name), value)
        assert not layer.commitChanges()
        assert any(f"service_point.{name}" in e for e in layer.commitErrors()), layer.commitErrors()
        layer.rollBack()
    assert sample_db.query("SELECT count(*) FROM service_point WHERE phone = '12345' "
                           "OR name_fr = ''")[0][0] == 0


def test_the_stored_form_is_written_by_a_form_default(loaded, sample_db):
    """A QGIS list widget writes {"B","A"}: the form's default on update stores {A,B}, so
    that an unchanged row does not look changed to the next import."""
    points = loaded.layers["service_point"]
    fid = next(points.getFeatures()).id()
    assert points.startEditing()
    points.changeAttributeValue(fid, points.fields().indexOf("languages"), '{"fr","ar","ary"}')
    points.changeAttributeValue(fid, points.fields().indexOf("phone"), "05 37 12 34 56")
    assert points.commitChanges(), points.commitErrors()
    uuid = points.getFeature(fid)["uuid"]
    assert sample_db.query("SELECT languages, phone FROM service_point WHERE uuid = ?",
                           (uuid,))[0] == ("{ar,ary,fr}", "+212537123456")


def test_the_store_names_row_field_and_reason(empty_db):
    with pytest.raises(StoreError, match=r"Row 1 of service_point was refused: Phone: a Moroccan"):
        empty_db.insert("service_point", [{
            "uuid": "00000000-0000-4000-8000-000000000001", "institution": "ANAPEC",
            "facility_type": "ANAPEC_AGENCY", "name_fr": "x", "phone": "12345",
            "geometry": "POINT(-6.84 34.02)"}])
    assert empty_db.count("service_point") == 0
    with pytest.raises(StoreError, match=r"Website: a web address.*\(institution\.website\)"):
        empty_db.execute(["UPDATE institution SET website = 'ofppt' WHERE code = 'OFPPT'",
                          "UPDATE institution SET website = NULL WHERE code = 'ANAPEC'"])
    assert empty_db.query("SELECT website FROM institution WHERE code = 'ANAPEC'")[0][0]


def test_the_refusal_is_said_in_each_language():
    error = ("sqlite3_step(UPDATE ...): " + triggers.message(
        SERVICE_POINT, SERVICE_POINT.field("phone"), F.format_of(F.PHONE)))
    assert triggers.refusal(error, "ar").startswith(SERVICE_POINT.field("phone").label.ar)
    assert triggers.refusal(error, "en").startswith("Phone: a Moroccan number")
    assert triggers.refusal("disk I/O error", "en") is None


# --------------------------------------------------------------------------------------------
# New and older databases
# --------------------------------------------------------------------------------------------
def format_triggers(path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                          "AND name LIKE ?", (triggers.PREFIX + "%",))}
    finally:
        con.close()


def test_every_enforced_format_has_its_triggers(empty_db):
    names = format_triggers(empty_db.path)
    assert len(names) == len(triggers.gpkg_triggers())
    for fmt in F.FORMATS:
        found = {n for n in names if n.endswith((f"_{fmt.key}_insert", f"_{fmt.key}_update"))}
        assert bool(found) is fmt.database, fmt.key
        assert fmt.database or fmt.why_not_in_database


def test_an_older_database_gets_the_triggers_and_the_stored_forms(empty_db):
    empty_db.insert("service_point", [{
        "uuid": "00000000-0000-4000-8000-000000000001", "institution": "ANAPEC",
        "facility_type": "ANAPEC_AGENCY", "name_fr": "x", "geometry": "POINT(-6.84 34.02)"}])
    # As version 1 left it: no triggers, values as a form or a script wrote them.
    empty_db.execute([f'DROP TRIGGER "{n}"' for n in format_triggers(empty_db.path)] + [
        "UPDATE service_point SET languages = '{\"fr\",\"ar\"}', phone = '05 37 12 34 56', "
        "email = 'not an address', eligibility = '{ANY,ANY}'",
        "UPDATE amuddu_meta SET value = '1' WHERE key = 'schema_version'"])
    db = Database.open(empty_db.path)
    assert db.schema_version == SCHEMA_VERSION >= 2
    assert backup_path(db.path, 1).exists()
    assert db.query("SELECT languages, phone, email, eligibility FROM service_point")[0] == (
        "{ar,fr}", "+212537123456", "not an address", "{ANY}")
    assert len(format_triggers(db.path)) == len(triggers.gpkg_triggers())
    with pytest.raises(StoreError, match="service_point.phone"):
        db.execute(["UPDATE service_point SET phone = '12345'"])
