"""Editing forms derived from the model (core/styles/forms.py), on the real QGIS.

The sample database is opened through the plugin's loading code; the form configuration
(tabs, widgets, constraints, defaults) is checked against the model, invalid values are
fed through QGIS's own validation and a real QgsAttributeForm, defaults are evaluated
by QGIS when a point is created and moved, and the styles saved in the GeoPackage are
read back by plain QGIS layers (and by QGIS desktop, without the plugin)."""

from __future__ import annotations

import json
import math
import os
import shutil
import sqlite3
import subprocess
import textwrap
from pathlib import Path

import pytest
from qgis.core import (
    QgsEditFormConfig,
    QgsExpression,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFieldConstraints,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsValueRelationFieldFormatter,
    QgsVectorLayer,
    QgsVectorLayerUtils,
)
from qgis.PyQt.QtCore import QDate

from amuddu_plugin.core.project import load_into_project
from amuddu_plugin.core.styles import constraints, forms, verify
from amuddu_plugin.core.styles.layer_styles import (
    STYLE_NAME,
    STYLE_TABLE,
    save_default_styles,
    styled_tables,
)
from amuddu_plugin.core.values.normalise import normalise_phone
from amuddu_plugin.core.values.opening_hours import error as opening_hours_error
from amuddu_plugin.definitions import vocabularies
from amuddu_plugin.definitions.formats import FORMATS
from amuddu_plugin.definitions.model import (
    CHOICE_LABELS,
    SERVICE,
    SERVICE_POINT,
    TABLES,
    TABS,
    Kind,
    table,
)

RABAT = QgsPointXY(-6.8416, 34.0209)  # region 04, Rabat-Salé-Kénitra
CASABLANCA = QgsPointXY(-7.6192, 33.5731)  # region 06, Casablanca-Settat
ATLANTIC = QgsPointXY(-20.0, 30.0)


@pytest.fixture
def loaded(qgis_new_project, sample_db):
    """The sample database loaded by the plugin's code, in English."""
    return load_into_project(sample_db, QgsProject.instance(), language="en")


@pytest.fixture
def points(loaded):
    return loaded.layers["service_point"]


def field_index(layer: QgsVectorLayer, name: str) -> int:
    idx = layer.fields().indexOf(name)
    assert idx >= 0, name
    return idx


def widget(layer: QgsVectorLayer, name: str):
    return layer.editorWidgetSetup(field_index(layer, name))


def validate(layer: QgsVectorLayer, feature: QgsFeature, name: str) -> tuple[bool, list[str]]:
    return QgsVectorLayerUtils.validateAttribute(layer, feature, field_index(layer, name))


def a_feature(layer: QgsVectorLayer, where: str = "TRUE") -> QgsFeature:
    from qgis.core import QgsFeatureRequest

    return next(layer.getFeatures(QgsFeatureRequest().setFilterExpression(where)))


# --------------------------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------------------------
def test_tabs_follow_the_model(points, loaded):
    config = points.editFormConfig()
    assert config.layout() == QgsEditFormConfig.TabLayout
    tabs = config.tabs()
    assert [t.name() for t in tabs] == [label.en for label in TABS.values()]
    by_tab = {t.name(): [c.name() for c in t.children()] for t in tabs}
    for key, label in TABS.items():
        expected = [f.name for f in SERVICE_POINT.fields if f.tab == key and not f.hidden]
        fields = [n for n in by_tab[label.en] if n in SERVICE_POINT.field_names]
        assert fields == expected, key
    assert "uuid" not in sum(by_tab.values(), [])  # hidden technical key
    # The Services tab embeds the editor of the point's services, through the project relation
    services = tabs[list(TABS).index("services")].children()
    assert len(services) == 1
    relation = services[0].relation()
    assert relation.isValid()
    assert relation.referencingLayer() is loaded.layers["service"]
    assert relation.referencedLayer() is points
    assert relation in loaded.relations or relation.id() in [r.id() for r in loaded.relations]


def test_forms_of_the_service_and_institution_tables(loaded):
    service = loaded.layers["service"]
    root = service.editFormConfig().invisibleRootContainer()
    assert [c.name() for c in root.children()] == [
        f.name for f in SERVICE.fields if not f.hidden
    ]
    institution = loaded.layers["institution"]
    assert widget(institution, "colour").type() == "Color"
    names = [c.name() for c in institution.editFormConfig().invisibleRootContainer().children()]
    assert names == table("institution").field_names


# --------------------------------------------------------------------------------------------
# Widgets
# --------------------------------------------------------------------------------------------
def test_every_field_gets_the_widget_of_its_kind(loaded):
    """Checked for every field of every loaded table, so that a field added to the model is
    covered without changing this test."""
    for name, layer in loaded.layers.items():
        t = table(name)
        config = layer.editFormConfig()
        for f in t.fields:
            setup = widget(layer, f.name)
            kind = setup.type()
            if f.hidden:
                assert kind == "Hidden", (name, f.name)
            elif f.kind in (Kind.CODE, Kind.CODES) and f.vocabulary:
                assert kind == "ValueRelation", (name, f.name)
                cfg = setup.config()
                vocabulary = loaded.layers[f.vocabulary]
                assert cfg["Layer"] == vocabulary.id()
                assert cfg["Key"] == (f.references or "").partition(".")[2]
                assert cfg["AllowMulti"] is (f.kind is Kind.CODES)
                assert cfg["Value"].endswith("_en")  # labels in the interface language
            elif f.choices:
                assert kind == "ValueMap", (name, f.name)
                values = [v for entry in setup.config()["map"] for v in entry.values()]
                assert set(f.choices) <= set(values)
            elif f.kind in (Kind.DATE, Kind.DATETIME):
                assert kind == "DateTime", (name, f.name)
                assert setup.config()["calendar_popup"] is True
            elif f.kind is Kind.BOOLEAN:
                assert kind == "CheckBox"
            elif f.kind in (Kind.INTEGER, Kind.REAL):
                assert kind == "Range", (name, f.name)
            idx = field_index(layer, f.name)
            assert config.readOnly(idx) is (f.read_only or (f.kind is Kind.UUID and not f.hidden)), (
                name, f.name)
            assert layer.attributeDisplayName(idx) == f.label.en


def test_value_relations_show_labels_in_the_interface_language_and_store_codes(
        qgis_new_project, sample_db):
    loaded = load_into_project(sample_db, QgsProject.instance(), language="ar")
    points = loaded.layers["service_point"]
    formatter = QgsValueRelationFieldFormatter()
    idx = field_index(points, "institution")
    config = points.editorWidgetSetup(idx).config()
    assert config["Value"] == "name_ar"
    arabic = {i["code"]: i["name_ar"] for i in vocabularies.INSTITUTIONS}
    for code, name in arabic.items():
        assert formatter.representValue(points, idx, config, None, code) == name
    languages = field_index(points, "languages")
    shown = formatter.representValue(points, languages, points.editorWidgetSetup(languages).config(),
                                     None, "{ar,fr}")
    assert "العربية" in shown and "الفرنسية" in shown
    assert {f["institution"] for f in points.getFeatures()} <= set(arabic)  # codes stored


def test_facility_types_are_filtered_by_the_chosen_institution(points):
    config = widget(points, "facility_type").config()
    assert config["FilterExpression"] == "\"institution\" = current_value('institution')"
    feature = a_feature(points, "\"institution\" = 'OFPPT'")
    cache = QgsValueRelationFieldFormatter.createCache(config, feature)
    offered = {item.key for item in cache}
    expected = {f["code"] for f in vocabularies.FACILITY_TYPES if f["institution"] == "OFPPT"}
    assert offered == expected


def test_closed_lists_show_the_model_labels(points):
    entries = widget(points, "operating_status").config()["map"]
    assert {CHOICE_LABELS["temporarily_closed"].en: "temporarily_closed"} in entries


# --------------------------------------------------------------------------------------------
# Constraints through QGIS's own validation
# --------------------------------------------------------------------------------------------
CASES = [
    # field, value, valid?, words of the message when refused
    ("phone", "0537 12 34 56", True, ""),
    ("phone", "+212 6 12 34 56 78; 05.22.12.34.56", True, ""),
    ("phone", "00212712345678", True, ""),
    ("phone", "0537 12 34", False, "Moroccan number"),
    ("phone", "+33 1 23 45 67 89", False, "Moroccan number"),
    ("phone", "0412345678", False, "Moroccan number"),
    ("email", "accueil@anapec.org", True, ""),
    ("email", "accueil(at)anapec.org", False, "e-mail address"),
    ("email", "accueil@anapec", False, "e-mail address"),
    ("website", "https://www.ofppt.ma", True, ""),
    ("website", "www.ofppt.ma", False, "http"),
    ("website", "ftp://ofppt.ma", False, "http"),
    ("opening_hours", "Mo-Fr 08:30-16:30; Sa 09:00-12:00", True, ""),
    ("opening_hours", "lundi-vendredi 8h30-16h30", False, "OpenStreetMap"),
    ("opening_hours", "Mo-Fr 16:30-08:30", False, "OpenStreetMap"),
    ("name_fr", "", False, "is required"),
    ("name_fr", "   ", False, "is required"),
    ("name_fr", "ANAPEC – Agence de test", True, ""),
    ("institution", None, False, "is required"),
    ("facility_type", None, False, "is required"),
]


@pytest.mark.parametrize(("name", "value", "valid", "words"), CASES)
def test_constraints_refuse_bad_values_with_the_right_message(points, name, value, valid, words):
    feature = a_feature(points)
    feature[name] = value
    ok, errors = validate(points, feature, name)
    assert ok is valid, errors
    if not valid:
        assert any(words in e for e in errors), errors
        label = SERVICE_POINT.field(name).label.en
        assert any(label in e for e in errors) or name in ("institution", "facility_type", "name_fr")


def test_opening_hours_constraint_matches_the_parser_on_the_sample(points):
    idx = field_index(points, "opening_hours")
    for feature in points.getFeatures():
        ok, _ = QgsVectorLayerUtils.validateAttribute(points, feature, idx)
        assert ok is (opening_hours_error(feature["opening_hours"]) is None)


def test_the_point_must_lie_inside_morocco(points):
    feature = a_feature(points)
    assert validate(points, feature, "region_code")[0]
    feature.setGeometry(QgsGeometry.fromPointXY(ATLANTIC))
    ok, errors = validate(points, feature, "region_code")
    assert not ok
    assert any("inside one of Morocco's regions" in e for e in errors)


def test_a_published_point_needs_a_service(points, loaded):
    services = loaded.layers["service"]
    feature = a_feature(points, "\"publication_state\" = 'published'")
    assert validate(points, feature, "publication_state")[0]
    points.startEditing()
    services.startEditing()
    orphan = QgsVectorLayerUtils.createFeature(
        points, QgsGeometry.fromPointXY(RABAT),
        {field_index(points, "institution"): "ANAPEC",
         field_index(points, "facility_type"): "ANAPEC_AGENCY",
         field_index(points, "name_fr"): "ANAPEC – Agence sans service",
         field_index(points, "publication_state"): "published"},
        points.createExpressionContext(),
    )
    ok, errors = validate(points, orphan, "publication_state")
    assert not ok and any("at least one service" in e for e in errors)
    orphan["publication_state"] = "draft"
    assert validate(points, orphan, "publication_state")[0]
    # A service in the edit buffer is enough (added through the Services tab before saving)
    orphan["publication_state"] = "published"
    service = QgsVectorLayerUtils.createFeature(
        services, QgsGeometry(), {field_index(services, "service_point_uuid"): orphan["uuid"],
                                  field_index(services, "category"): "EMP_REG"})
    assert services.addFeature(service)
    assert validate(points, orphan, "publication_state")[0]
    points.rollBack()
    services.rollBack()


def test_service_ages_are_checked(loaded):
    services = loaded.layers["service"]
    feature = a_feature(services)
    feature["min_age"], feature["max_age"] = 30, 18
    ok, errors = validate(services, feature, "max_age")
    assert not ok and any("cannot be less than" in e for e in errors)
    feature["min_age"], feature["max_age"] = 130, None
    assert not validate(services, feature, "min_age")[0]
    feature["min_age"], feature["max_age"] = 16, 30
    assert validate(services, feature, "min_age")[0] and validate(services, feature, "max_age")[0]


class LayerTools:
    """The QgsVectorLayerTools a QgsAttributeForm needs (QGIS desktop provides its own)."""

    @staticmethod
    def make():
        from qgis.core import QgsVectorLayerTools

        class Tools(QgsVectorLayerTools):
            def addFeature(self, *args):  # noqa: N802
                return True, QgsFeature()

            def startEditing(self, layer):  # noqa: N802
                return layer.startEditing()

            def stopEditing(self, layer, allowCancel=True):  # noqa: N802, N803
                return layer.commitChanges()

            def saveEdits(self, layer):  # noqa: N802
                return layer.commitChanges(False)

            def copyMoveFeatures(self, *args):  # noqa: N802
                return False

        return Tools()


def open_form(layer: QgsVectorLayer, feature: QgsFeature):
    """A QgsAttributeForm of ``layer``. Headless QGIS has no Python runner: a form's init
    code would make it show a blocking "runner not available" message, so the init code is
    left out here (tests/test_form_problems.py calls it; the desktop tests run it in QGIS)."""
    from qgis.gui import QgsAttributeEditorContext, QgsAttributeForm

    config = layer.editFormConfig()
    config.setInitCodeSource(QgsEditFormConfig.CodeSourceNone)
    config.setInitFunction("")
    layer.setEditFormConfig(config)

    tools = LayerTools.make()
    context = QgsAttributeEditorContext()
    context.setVectorLayerTools(tools)
    form = QgsAttributeForm(layer, feature, context)
    form._tools = tools  # keep it alive as long as the form
    return form


def test_a_real_attribute_form_refuses_invalid_values_and_saves_valid_ones(points):
    from qgis.gui import QgsEditorWidgetWrapper, QgsRelationEditorWidget
    from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox, QTabWidget

    def ok_enabled() -> bool:
        QApplication.processEvents()
        buttons = [b for box in form.findChildren(QDialogButtonBox) for b in box.buttons()
                   if box.buttonRole(b) == QDialogButtonBox.AcceptRole]
        assert len(buttons) == 1
        return buttons[0].isEnabled()

    def failures() -> dict[str, str]:
        return {w.field().name(): w.constraintFailureReason()
                for w in form.findChildren(QgsEditorWidgetWrapper) if not w.isValidConstraint()}

    feature = a_feature(points, "\"publication_state\" = 'published'")
    points.startEditing()
    form = open_form(points, feature)
    form.show()
    tabs = form.findChildren(QTabWidget)[0]
    assert [tabs.tabText(i) for i in range(tabs.count())] == [t.en for t in TABS.values()]
    assert len(form.findChildren(QgsRelationEditorWidget)) == 1
    assert ok_enabled() and failures() == {}

    form.changeAttribute("email", "accueil(at)anapec.org")
    form.changeAttribute("opening_hours", "Mo-Fr 8h-16h")
    assert not ok_enabled()  # QGIS refuses to accept the form
    reasons = failures()
    assert set(reasons) == {"email", "opening_hours"}
    assert "E-mail: an e-mail address" in reasons["email"]
    assert "OpenStreetMap syntax" in reasons["opening_hours"]
    form.save()
    assert points.getFeature(feature.id())["email"] == feature["email"]  # nothing written

    form.changeAttribute("email", "accueil@anapec.org")
    form.changeAttribute("opening_hours", "Mo-Fr 08:30-16:30")
    form.changeAttribute("phone", "05 37 12 34 56")
    assert ok_enabled() and failures() == {}
    assert form.save() is True
    stored = points.getFeature(feature.id())
    assert stored["email"] == "accueil@anapec.org"
    # normalised to +212 by the default value applied on update, as the importer does
    assert stored["phone"] == "+212537123456" == normalise_phone("05 37 12 34 56")
    assert stored["updated_by"] == QgsExpressionContextUtils.globalScope().variable(
        "user_account_name")
    assert points.commitChanges(), points.commitErrors()
    form.close()


# --------------------------------------------------------------------------------------------
# Defaults
# --------------------------------------------------------------------------------------------
def expected_codes(db, point: QgsPointXY) -> tuple[str, str]:
    """Region and province containing ``point``, computed without the form's expressions."""
    geometry = QgsGeometry.fromPointXY(point)
    region = [f["code"] for f in db.layer("region").getFeatures() if f.geometry().contains(geometry)]
    province = [f["code"] for f in db.layer("province").getFeatures()
                if f.geometry().contains(geometry)]
    assert len(region) == 1 and len(province) == 1
    return region[0], province[0]


def nearest_town(db, point: QgsPointXY) -> str:
    towns = [(math.dist((f.geometry().asPoint().x(), f.geometry().asPoint().y()),
                        (point.x(), point.y())), f["name_fr"]) for f in db.layer("town").getFeatures()]
    return min(towns)[1]


def test_defaults_of_a_new_point(points, sample_db):
    points.startEditing()
    feature = QgsVectorLayerUtils.createFeature(points, QgsGeometry.fromPointXY(CASABLANCA), {},
                                                points.createExpressionContext())
    region, province = expected_codes(sample_db, CASABLANCA)
    assert feature["region_code"] == region == "06"
    assert feature["province_code"] == province
    assert feature["town"] == nearest_town(sample_db, CASABLANCA)
    assert len(feature["uuid"]) == 36 and feature["uuid"].count("-") == 4
    assert feature["operating_status"] == "active" and feature["publication_state"] == "draft"
    assert feature["updated_by"] == QgsExpressionContextUtils.globalScope().variable(
        "user_account_name")
    assert feature["updated_at"].date() == QDate.currentDate()
    points.rollBack()


def test_moving_a_point_across_a_region_border_updates_region_province_and_town(points, sample_db):
    feature = a_feature(points, "\"region_code\" = '04' AND \"town\" = 'Rabat'")
    typed = "Quartier Hassan"  # not a gazetteer town: the analyst's text is kept
    points.startEditing()
    assert points.changeGeometry(feature.id(), QgsGeometry.fromPointXY(CASABLANCA))
    moved = points.getFeature(feature.id())
    region, province = expected_codes(sample_db, CASABLANCA)
    assert (moved["region_code"], moved["province_code"]) == (region, province)
    assert moved["town"] == nearest_town(sample_db, CASABLANCA)  # Rabat was a gazetteer town
    points.changeAttributeValue(feature.id(), field_index(points, "town"), typed)
    assert points.changeGeometry(feature.id(), QgsGeometry.fromPointXY(RABAT))
    back = points.getFeature(feature.id())
    assert back["region_code"] == expected_codes(sample_db, RABAT)[0] == "04"
    assert back["town"] == typed
    assert points.commitChanges(), points.commitErrors()
    row = sample_db.query("SELECT region_code, town FROM service_point WHERE uuid = ?",
                          (feature["uuid"],))[0]
    assert row == ("04", typed)


def test_phone_normalisation_matches_the_importer(points):
    expression = QgsExpression(constraints.phone_normalised_expression("@value"))
    for typed in ["0537 12 34 56", "+212 6 61-12-34-56", "00212 5 22 12 34 56",
                  "05.37.12.34.56; 06 61 12 34 56"]:
        from qgis.core import QgsExpressionContext, QgsExpressionContextScope

        scope = QgsExpressionContextScope()
        scope.setVariable("value", typed)
        context = QgsExpressionContext()
        context.appendScope(scope)
        assert expression.evaluate(context) == normalise_phone(typed), typed


# --------------------------------------------------------------------------------------------
# "Mark as verified"
# --------------------------------------------------------------------------------------------
def run_action(layer: QgsVectorLayer, action_id: str, feature: QgsFeature | None = None) -> None:
    """What QGIS does to run a Python layer action: expand [% %], then run the code."""
    from qgis.PyQt.QtCore import QUuid

    action = layer.actions().action(QUuid(action_id))
    assert action.isValid()
    context = layer.createExpressionContext()
    if feature is not None:
        context.setFeature(feature)
    code = QgsExpression.replaceExpressionText(action.command(), context)
    exec(compile(code, "<layer action>", "exec"), {})  # noqa: S102 - the layer's own action


def test_mark_as_verified_actions_stamp_today_and_the_user(points, sample_db):
    actions = {a.id().toString(): a for a in points.actions().actions()}
    feature_action = actions[verify.VERIFY_FEATURE_ACTION_ID]
    assert {"Feature", "Canvas"} <= set(feature_action.actionScopes())
    assert "Layer" in actions[verify.VERIFY_SELECTION_ACTION_ID].actionScopes()

    stale = a_feature(points, "\"last_verified_on\" < '2025-09-01'")
    run_action(points, verify.VERIFY_FEATURE_ACTION_ID, stale)
    user = QgsExpressionContextUtils.globalScope().variable("user_account_name")
    today = QDate.currentDate().toString("yyyy-MM-dd")
    row = sample_db.query("SELECT last_verified_on, last_verified_by FROM service_point "
                          "WHERE uuid = ?", (stale["uuid"],))[0]
    assert row == (today, user)  # saved at once: the layer was not being edited
    assert not points.isEditable()

    selection = [f.id() for f in points.getFeatures() if f["town"] == "Oujda"]
    points.selectByIds(selection)
    points.startEditing()
    run_action(points, verify.VERIFY_SELECTION_ACTION_ID)
    assert all(points.getFeature(i)["last_verified_by"] == user for i in selection)
    points.undoStack().undo()  # joins the user's edits, and can be undone
    assert any(points.getFeature(i)["last_verified_by"] != user for i in selection)
    points.rollBack()


def test_plugin_action_marks_the_selection(points, qgis_iface):
    from qgis.core import Qgis

    from amuddu_plugin.gui.verify_action import VerifyAction

    action = VerifyAction(qgis_iface)
    qgis_iface.setActiveLayer(points)
    points.removeSelection()
    assert action.mark_selection() == 0
    assert any("Select the service points" in m for m in qgis_iface.messageBar().get_messages(Qgis.Warning))
    ids = [f.id() for f in points.getFeatures() if f["town"] == "Tanger"][:3]
    points.selectByIds(ids)
    assert action.mark_selection() == len(ids) == 3
    today = QDate.currentDate()
    assert all(points.getFeature(i)["last_verified_on"] == today for i in ids)


# --------------------------------------------------------------------------------------------
# The same forms saved in the GeoPackage, for QGIS without the plugin
# --------------------------------------------------------------------------------------------
def test_default_styles_are_saved_in_the_geopackage(sample_db):
    con = sqlite3.connect(sample_db.path)
    rows = con.execute(
        f"SELECT f_table_name, f_geometry_column, useAsDefault, styleQML FROM {STYLE_TABLE} "
        "WHERE styleName = ?", (STYLE_NAME,)).fetchall()
    con.close()
    assert sorted(r[0] for r in rows) == sorted(t.name for t in styled_tables())
    assert all(r[2] == 1 for r in rows)
    assert {r[0]: r[1] for r in rows}["service_point"] == "geom"
    assert {r[0]: r[1] for r in rows}["service"] == ""


def plain_project(path: Path) -> dict[str, QgsVectorLayer]:
    """The GeoPackage's layers added as QGIS adds them without the plugin (named after
    their table, default style from layer_styles)."""
    layers = {}
    for t in TABLES:
        if t.name == "amuddu_meta":
            continue
        layer = QgsVectorLayer(f"{path}|layername={t.name}", t.name, "ogr")
        assert layer.isValid()
        QgsProject.instance().addMapLayer(layer)
        layers[t.name] = layer
    return layers


def test_plain_qgis_layers_get_the_forms(qgis_new_project, sample_db):
    save_default_styles(sample_db, language="fr")  # as a French QGIS creates it
    layers = plain_project(sample_db.path)
    points = layers["service_point"]
    assert [t.name() for t in points.editFormConfig().tabs()] == [
        label.fr for label in TABS.values()]
    config = widget(points, "institution").config()
    assert config["LayerName"] == "institution" and config["Layer"] == ""
    resolved = QgsValueRelationFieldFormatter.resolveLayer(config, QgsProject.instance())
    assert resolved is layers["institution"]  # the vocabulary of the same GeoPackage
    formatter = QgsValueRelationFieldFormatter()
    idx = field_index(points, "institution")
    assert formatter.representValue(points, idx, config, None, "EN") == "Entraide Nationale"
    # constraints, defaults and actions came with the style
    feature = a_feature(points)
    feature["email"] = "not an address"
    assert not validate(points, feature, "email")[0]
    feature.setGeometry(QgsGeometry.fromPointXY(ATLANTIC))
    assert not validate(points, feature, "region_code")[0]
    created = QgsVectorLayerUtils.createFeature(points, QgsGeometry.fromPointXY(CASABLANCA), {},
                                                points.createExpressionContext())
    assert created["region_code"] == "06" and len(created["uuid"]) == 36
    ids = {a.id().toString() for a in points.actions().actions()}
    assert verify.VERIFY_FEATURE_ACTION_ID in ids
    # services: the parent point is chosen from a list (no relation editor without the plugin)
    parent = widget(layers["service"], "service_point_uuid")
    assert parent.type() == "ValueRelation" and parent.config()["LayerName"] == "service_point"
    # the relation travels in the service layer's style, as QGIS desktop reads it
    qml = sqlite3.connect(sample_db.path).execute(
        f"SELECT styleQML FROM {STYLE_TABLE} WHERE f_table_name = 'service'").fetchone()[0]
    assert 'layerName="service_point"' in qml and 'referencingField="service_point_uuid"' in qml


def test_a_missing_reference_layer_never_wipes_values(qgis_new_project, sample_db):
    """Without the plugin someone may open only the service points: the defaults that read
    the region or town layers keep the current values instead of writing NULL."""
    points = QgsVectorLayer(f"{sample_db.path}|layername=service_point", "service_point", "ogr")
    QgsProject.instance().addMapLayer(points)
    feature = a_feature(points, "\"region_code\" = '04'")
    points.startEditing()
    points.changeAttributeValue(feature.id(), field_index(points, "notes"), "checked")
    after = points.getFeature(feature.id())
    assert (after["region_code"], after["province_code"], after["town"]) == (
        feature["region_code"], feature["province_code"], feature["town"])
    assert validate(points, after, "region_code")[0]
    points.rollBack()


XVFB_RUN = shutil.which("xvfb-run")
QGIS_DESKTOP = shutil.which("qgis")

DESKTOP_SCRIPT = textwrap.dedent(
    """
    import json, os
    from qgis.core import QgsProject
    from qgis.utils import iface, plugins
    from qgis.PyQt.QtCore import QTimer

    def check():
        out = {}
        try:
            for name in NAMES:
                iface.addVectorLayer(GPKG + "|layername=" + name, name, "ogr")
            project = QgsProject.instance()
            points = project.mapLayersByName("service_point")[0]
            out["plugins"] = sorted(plugins)
            out["relations"] = sorted(project.relationManager().relations())
            out["tabs"] = [t.name() for t in points.editFormConfig().tabs()]
            out["renderer"] = type(points.renderer()).__name__
            feature = next(points.getFeatures())
            dialog = iface.getFeatureForm(points, feature)
            from qgis.PyQt.QtWebKitWidgets import QWebView
            out["services_html"] = [v.page().mainFrame().toPlainText()
                                    for v in dialog.findChildren(QWebView)]
            out["uuid"] = feature["uuid"]
        except Exception:
            import traceback
            out["error"] = traceback.format_exc()
        with open(OUT, "w") as fh:
            json.dump(out, fh)
        os._exit(0)

    QTimer.singleShot(2000, check)
    """
)


def test_qgis_desktop_without_the_plugin_gets_forms_styles_and_the_relation(sample_db, tmp_path):
    assert XVFB_RUN is not None and QGIS_DESKTOP is not None, \
        "needs QGIS desktop and xvfb-run: make deps installs both"
    save_default_styles(sample_db, language="ar")  # as an Arabic QGIS creates it
    names = [t.name for t in TABLES if t.name != "amuddu_meta"]
    out = tmp_path / "desktop.json"
    script = tmp_path / "check.py"
    script.write_text(f"NAMES = {names!r}\nGPKG = {str(sample_db.path)!r}\nOUT = {str(out)!r}\n"
                      + DESKTOP_SCRIPT, encoding="utf-8")
    env = dict(os.environ, HOME=str(tmp_path), QT_QPA_PLATFORM="xcb")
    for key in ("QGIS_PLUGINPATH", "QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH"):
        env.pop(key, None)
    done = subprocess.run(
        [XVFB_RUN, "-a", "-s", "-screen 0 1280x1024x24", QGIS_DESKTOP, "--nologo",
         "--noversioncheck", "--noplugins", "--code", str(script)],
        env=env, capture_output=True, text=True, timeout=180, check=False)
    assert out.exists(), done.stderr[-2000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    assert "error" not in result, result.get("error")
    assert "amuddu_plugin" not in result["plugins"]
    assert result["renderer"] == "QgsRuleBasedRenderer"
    assert result["tabs"] == [label.ar for label in TABS.values()]
    assert result["relations"] == ["amuddu_service_service_point_uuid"]
    expected = sample_db.query(
        "SELECT c.label_ar FROM service s JOIN service_category c "
        "ON c.code = s.category WHERE s.service_point_uuid = ?", (result["uuid"],))
    assert expected and all(label in "".join(result["services_html"]) for (label,) in expected)


def test_constraint_strengths_are_hard(points):
    for f in SERVICE_POINT.fields:
        idx = field_index(points, f.name)
        constraints = points.fields().at(idx).constraints()
        if constraints.constraintExpression():
            assert constraints.constraintStrength(
                QgsFieldConstraints.ConstraintExpression) == QgsFieldConstraints.ConstraintStrengthHard


def test_form_constants_name_model_fields():
    names = {f.name for t in TABLES for f in t.fields}
    assert all(set(fmt.fields) <= names for fmt in FORMATS)
    assert set(constraints.STAMPS) <= names
    assert set(forms.COLOUR_FIELDS) <= names
    assert all(any(n == s or n.startswith(s + "_") for n in names) for s in forms.MULTILINE)
    assert {"last_verified_on", "last_verified_by"} <= set(SERVICE_POINT.field_names)
