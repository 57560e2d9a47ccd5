"""Map styles (core/styles/symbology.py), icons and map themes, on the real QGIS.

Maps are rendered with QgsMapRendererParallelJob and checked for meaning: each
institution's colour present, labels placed (QGIS's labelling results) and Arabic text
shaped and drawn, drafts and closures drawn differently, themes showing what they say."""

from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsLayerTreeModel,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
    QgsRenderContext,
    QgsRuleBasedRenderer,
    QgsSymbolLayerUtils,
    QgsTextRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QPointF, QSize
from qgis.PyQt.QtGui import QColor, QImage, QPainter

from amuddu_plugin.core.project import load_into_project
from amuddu_plugin.core.styles import review, symbology
from amuddu_plugin.definitions import vocabularies
from amuddu_plugin.definitions.model import CHOICE_LABELS, table

ROOT = Path(__file__).resolve().parent.parent
MOROCCO = QgsRectangle(-17.3, 20.7, -0.9, 36.0)
RABAT = QgsRectangle(-6.90, 33.96, -6.76, 34.06)
COLOURS = {i["code"]: QColor(i["colour"]) for i in vocabularies.INSTITUTIONS}


@pytest.fixture
def loaded(qgis_new_project, sample_db):
    return load_into_project(sample_db, QgsProject.instance(), language="en")


def map_settings(layers: list, extent: QgsRectangle, size: QSize) -> QgsMapSettings:
    settings = QgsMapSettings()
    crs = QgsCoordinateReferenceSystem("EPSG:3857")
    settings.setDestinationCrs(crs)
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs,
                                       QgsProject.instance())
    settings.setExtent(transform.transformBoundingBox(extent))
    settings.setOutputSize(size)
    settings.setBackgroundColor(QColor(symbology.SEA))
    settings.setLayers(layers)
    context = QgsExpressionContext()  # what the map canvas and layouts give the renderer
    context.appendScope(QgsExpressionContextUtils.globalScope())
    context.appendScope(QgsExpressionContextUtils.projectScope(QgsProject.instance()))
    context.appendScope(QgsExpressionContextUtils.mapSettingsScope(settings))
    settings.setExpressionContext(context)
    return settings


def render(settings: QgsMapSettings):
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage(), job.takeLabelingResults()


def colour_pixels(image: QImage, colour: QColor, tolerance: int = 24) -> int:
    n = 0
    for y in range(0, image.height()):
        for x in range(0, image.width()):
            c = QColor(image.pixel(x, y))
            if (abs(c.red() - colour.red()) + abs(c.green() - colour.green())
                    + abs(c.blue() - colour.blue())) < tolerance:
                n += 1
    return n


def differing_pixels(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(1 for y in range(a.height()) for x in range(a.width()) if a.pixel(x, y) != b.pixel(x, y))


def background_layers(loaded) -> list:
    return [loaded.layers[n] for n in ("service_point", "town", "province", "region")]


# --------------------------------------------------------------------------------------------
# Derived from the institution table
# --------------------------------------------------------------------------------------------
def test_one_rule_per_institution_of_the_table(loaded, sample_db):
    renderer = loaded.layers["service_point"].renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    rules = renderer.rootRule().children()
    rows = sample_db.query("SELECT code, acronym, colour, icon FROM institution ORDER BY sort_order")
    assert [r.label() for r in rules[:len(rows)]] == [acronym for _, acronym, _, _ in rows]
    for rule, (_code, _, colour, icon) in zip(rules, rows):
        layer = rule.symbol().symbolLayer(0)
        assert layer.fillColor().name() == colour
        assert layer.path() == symbology.embedded_svg(symbology.icon_path(icon))
        assert [c.label() for c in rule.children()] == [
            CHOICE_LABELS["draft"].en, CHOICE_LABELS["temporarily_closed"].en]
    assert [r.label() for r in rules[len(rows):]] == ["Other institution", CHOICE_LABELS["closed"].en]


def test_an_institution_added_to_the_table_gets_a_rule_and_the_generic_icon(qgis_new_project, sample_db):
    sample_db.execute([
        "INSERT INTO institution (code, acronym, name_fr, name_ar, name_en, colour, icon, sort_order) "
        "VALUES ('MJ', 'MJ', 'Ministère de la Jeunesse', 'وزارة الشباب', 'Youth ministry', "
        "'#56b4e9', 'missing.svg', 5)"
    ])
    layer = sample_db.layer("service_point")
    symbology.style_service_points(layer, sample_db, "ar")
    # (what the rules say is read while the layer owns them: a rule's wrapper kept past its
    # layer crashed the interpreter now and then)
    key = symbology.rule_key("institution", "MJ")
    (label, icon), = [(r.label(), r.symbol().symbolLayer(0).path())
                      for r in layer.renderer().rootRule().children() if r.ruleKey() == key]
    assert label == "وزارة الشباب"
    assert icon == symbology.embedded_svg(symbology.icon_path(symbology.GENERIC_ICON))


def test_each_feature_falls_in_the_rule_of_its_state(loaded):
    layer = loaded.layers["service_point"]
    renderer = layer.renderer().clone()
    context = QgsRenderContext()
    context.setExpressionContext(layer.createExpressionContext())
    renderer.startRender(context, layer.fields())
    seen = set()
    for feature in layer.getFeatures():
        context.expressionContext().setFeature(feature)
        keys = {k for k in renderer.legendKeysForFeature(feature, context)
                if k != renderer.rootRule().ruleKey()}
        code, status, state = (feature["institution"], feature["operating_status"],
                               feature["publication_state"])
        expected = set()
        if status == "closed":
            expected = {symbology.rule_key("closed")}
        else:
            expected.add(symbology.rule_key("institution", code))
            if state == "draft":
                expected.add(symbology.rule_key("institution", code, "draft"))
            elif status == "temporarily_closed":
                expected.add(symbology.rule_key("institution", code, "temporarily_closed"))
        assert set(keys) == expected, (feature["name_fr"], keys)
        seen |= expected
    renderer.stopRender(context)
    assert len(seen) >= 12  # the sample has every state of every institution


# --------------------------------------------------------------------------------------------
# Icons
# --------------------------------------------------------------------------------------------
def preview(symbol, pixels: int) -> QImage:
    image = QImage(pixels, pixels, QImage.Format_ARGB32)
    image.fill(QColor("#808080"))  # far from white and from every institution colour
    painter = QPainter(image)
    painter.drawPixmap(0, 0, QgsSymbolLayerUtils.symbolPreviewPixmap(symbol, QSize(pixels, pixels), 0))
    painter.end()
    return image


@pytest.mark.parametrize("institution", vocabularies.INSTITUTIONS, ids=lambda i: i["code"])
def test_icons_are_parameterised_and_legible_at_16_px(qgis_app, institution):
    path = ROOT / "resources" / "icons" / institution["icon"]
    text = path.read_text(encoding="utf-8")
    assert "param(fill)" in text and "param(outline)" in text and "param(outline-width)" in text
    style = symbology.InstitutionStyle(institution["code"], "", institution["colour"], path)
    filled = preview(symbology.open_symbol(style), 16)
    colour, white = QColor(institution["colour"]), QColor("#ffffff")
    # the institution's colour and a white pictogram both show at 16 px
    assert colour_pixels(filled, colour, 60) >= 40
    assert colour_pixels(filled, white, 60) >= 12
    hollow = preview(symbology.draft_symbol(style), 16)
    assert colour_pixels(hollow, white, 60) > colour_pixels(filled, white, 60)
    assert colour_pixels(hollow, colour, 60) < colour_pixels(filled, colour, 60)


def test_institution_icons_differ_in_shape_not_only_colour(qgis_app):
    """Drawn in one grey, the four icons still differ: a reader who does not see the
    colours (or a black and white print) tells them apart."""
    masks = {}
    for institution in vocabularies.INSTITUTIONS:
        style = symbology.InstitutionStyle("", "", "#555555",
                                           ROOT / "resources" / "icons" / institution["icon"])
        image = preview(symbology.open_symbol(style), 24)
        masks[institution["code"]] = [QColor(image.pixel(x, y)).lightness() < 150
                                      for y in range(24) for x in range(24)]
    codes = list(masks)
    for i, a in enumerate(codes):
        for b in codes[i + 1:]:
            different = sum(x != y for x, y in zip(masks[a], masks[b]))
            assert different >= 40, (a, b, different)


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------
def test_national_map_shows_every_institution_and_no_point_labels(loaded):
    settings = map_settings(background_layers(loaded), MOROCCO, QSize(700, 700))
    assert settings.scale() > 5_000_000
    image, labels = render(settings)
    for code, colour in COLOURS.items():
        assert colour_pixels(image, colour) > 60, code
    point_labels = [label for label in labels.labelsWithinRect(settings.visibleExtent())
                    if label.layerID == loaded.layers["service_point"].id()]
    assert point_labels == []  # names only from 1:250,000
    assert colour_pixels(image, QColor(symbology.LAND)) > 50_000  # quiet background


def test_city_map_labels_french_with_arabic_beneath(loaded, sample_db):
    points = loaded.layers["service_point"]
    settings = map_settings(background_layers(loaded), RABAT, QSize(900, 700))
    assert settings.scale() < symbology.LABEL_MAX_SCALE_DENOMINATOR
    image, labels = render(settings)
    texts = [label.labelText for label in labels.labelsWithinRect(settings.visibleExtent())
             if label.layerID == points.id()]
    assert len(texts) >= 5
    arabic = re.compile("[\u0600-\u06ff]")
    both = [t for t in texts if "\n" in t]
    assert both, texts
    for text in both:
        french, ar = text.split("\n")
        assert not arabic.search(french) and arabic.search(ar)
    names = {r[0] for r in sample_db.query("SELECT name_fr FROM service_point")}
    assert {t.split("\n")[0] for t in texts} <= names
    # Arabic pixels: the same map with French-only labels differs under the French lines
    french_only = points.labeling().clone()
    settings_fr = french_only.rootRule().children()[0].settings()
    settings_fr.fieldName = '"name_fr"'
    french_only.rootRule().children()[0].setSettings(settings_fr)
    original = points.labeling().clone()
    points.setLabeling(french_only)
    image_fr, _ = render(settings)
    points.setLabeling(original)
    assert differing_pixels(image, image_fr) > 500


def marker_square(points, label, settings: QgsMapSettings, margin_mm: float) -> QgsRectangle:
    """The square the icon of the labelled point covers on the map (map units), grown by
    ``margin_mm``: the icon's size (the ICON_SIZE expression at this scale) around the point."""
    from qgis.core import QgsExpression

    context = QgsExpressionContext(settings.expressionContext())
    size_mm = QgsExpression(symbology.ICON_SIZE).evaluate(context)
    half = (size_mm / 2 + margin_mm) * settings.outputDpi() / 25.4 * settings.mapUnitsPerPixel()
    point = next(points.getFeatures(QgsFeatureRequest(label.featureId))).geometry()
    point.transform(QgsCoordinateTransform(points.crs(), settings.destinationCrs(), QgsProject.instance()))
    p = point.asPoint()
    return QgsRectangle(p.x() - half, p.y() - half, p.x() + half, p.y() + half)


def test_city_labels_keep_clear_of_their_icon(loaded):
    """Both lines of a name (the Arabic beneath the French) stand off the point's icon:
    placed around the icon's bounds, not around its centre."""
    points = loaded.layers["service_point"]
    settings = map_settings(background_layers(loaded), RABAT, QSize(900, 700))
    _image, labels = render(settings)
    placed = [label for label in labels.labelsWithinRect(settings.visibleExtent())
              if label.layerID == points.id() and "\n" in label.labelText]
    assert len(placed) >= 5
    margin = symbology.LABEL_DISTANCE / 2
    touching = [label.labelText for label in placed
                if label.labelRect.intersects(marker_square(points, label, settings, margin))]
    assert touching == []


def text_image(text: str, font_family: str = symbology.LABEL_FONT) -> QImage:
    image = QImage(400, 60, QImage.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    context = QgsRenderContext.fromQPainter(painter)
    fmt = symbology.text_format(14.0, buffer=0)
    QgsTextRenderer.drawText(QPointF(10, 40), 0, QgsTextRenderer.AlignLeft, [text], context, fmt)
    painter.end()
    return image


def ink(image: QImage) -> int:
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if QColor(image.pixel(x, y)).lightness() < 128)


def test_arabic_labels_are_shaped_not_boxes(qgis_app):
    """QGIS's text renderer, with the label format: an Arabic name is drawn with real
    glyphs (it differs from the missing-glyph boxes of unassigned characters) and shaped
    (letters joined: it differs from the same letters kept apart by zero-width non-joiners)."""
    word = "الرباط"
    shaped = text_image(word)
    apart = text_image("\u200c".join(word))
    boxes = text_image("\ue000" * len(word))
    assert ink(shaped) > 50
    assert differing_pixels(shaped, boxes) > 100
    assert differing_pixels(shaped, apart) > 50


def test_drafts_and_closures_are_drawn_distinctly(qgis_app):
    style = symbology.InstitutionStyle("EN", "", "#009e73", ROOT / "resources" / "icons" / "entraide.svg")
    images = {name: preview(symbol, 48) for name, symbol in {
        "open": symbology.open_symbol(style),
        "draft": symbology.draft_symbol(style),
        "temporarily_closed": symbology.temporarily_closed_symbol(style),
        "closed": symbology.closed_symbol(),
    }.items()}
    names = list(images)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            assert differing_pixels(images[a], images[b]) > 150, (a, b)
    def dark(image: QImage) -> int:
        return sum(1 for y in range(image.height()) for x in range(image.width())
                   if QColor(image.pixel(x, y)).lightness() < 90)

    assert dark(images["temporarily_closed"]) > dark(images["open"]) + 20  # struck through


# --------------------------------------------------------------------------------------------
# Map themes and the quality review
# --------------------------------------------------------------------------------------------
def test_map_themes(loaded):
    collection = QgsProject.instance().mapThemeCollection()
    expected = ["All services", "ANAPEC", "OFPPT", "Entraide Nationale", "Artisanat", "Quality review"]
    assert loaded.themes == expected
    assert all(collection.hasMapTheme(name) for name in expected)
    visible = collection.mapThemeVisibleLayers("ANAPEC")
    assert loaded.layers["service_point"] in visible and loaded.layers["region"] in visible
    settings = map_settings([], QgsRectangle(-8.0, 33.2, -6.4, 34.4), QSize(500, 400))
    settings.setLayers(collection.mapThemeVisibleLayers("ANAPEC"))
    settings.setLayerStyleOverrides(collection.mapThemeStyleOverrides("ANAPEC"))
    image, _ = render(settings)
    assert colour_pixels(image, COLOURS["ANAPEC"]) > 40
    for code in ("OFPPT", "EN", "ARTISANAT"):
        assert colour_pixels(image, COLOURS[code]) < 5, code


def test_quality_review_highlights_stale_drafts_and_incomplete(loaded, sample_db):
    layer = loaded.layers["service_point"]
    collection = QgsProject.instance().mapThemeCollection()
    overrides = collection.mapThemeStyleOverrides("Quality review")
    assert layer.id() in overrides
    layer.styleManager().setCurrentStyle(review.quality_style_name())
    renderer = layer.renderer()
    keys = [r.ruleKey() for r in renderer.rootRule().children()]
    assert keys == [symbology.rule_key("quality", k) for k in ("stale", "incomplete", "draft", "ok")]
    # the stale rule selects what an independent SQL count finds
    stale = renderer.rootRule().children()[0].filterExpression()
    found = sum(1 for _ in layer.getFeatures(QgsFeatureRequest().setFilterExpression(stale)))
    expected = sample_db.query(
        "SELECT count(*) FROM service_point WHERE last_verified_on IS NULL "
        "OR julianday('now') - julianday(last_verified_on) > ?", (symbology.STALE_AFTER_DAYS,))[0][0]
    assert found == expected > 0
    settings = map_settings([layer, loaded.layers["region"]], MOROCCO, QSize(600, 600))
    image, _ = render(settings)
    assert colour_pixels(image, QColor(symbology.STALE_COLOUR)) > 100
    assert colour_pixels(image, QColor(symbology.INCOMPLETE_COLOUR)) > 20
    layer.styleManager().setCurrentStyle(symbology.STYLE_DEFAULT)
    assert isinstance(layer.renderer(), QgsRuleBasedRenderer)
    assert layer.renderer().rootRule().children()[0].ruleKey() == symbology.rule_key("institution", "ANAPEC")


def test_legend_reads_institutions_then_states(loaded):
    layer = loaded.layers["service_point"]
    project = QgsProject.instance()
    project.addMapLayer(layer)  # the project's layer tree and model own the legend nodes
    model = QgsLayerTreeModel(project.layerTreeRoot())
    legend = [str(n.data(0)) for n in model.layerLegendNodes(project.layerTreeRoot().findLayer(layer.id()))]
    del model
    assert legend[:3] == ["ANAPEC", CHOICE_LABELS["draft"].en, CHOICE_LABELS["temporarily_closed"].en]
    assert legend[-1] == CHOICE_LABELS["closed"].en


#: Characters that would change how a legend entry is ordered or shown (direction marks,
#: embeddings, isolates, the ellipsis of an elided text).
ODD_MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u2026]")


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_legend_entries_are_the_whole_names_of_the_institution_table(qgis_new_project, sample_db, language):
    """Each institution's legend entry is its whole name (the Arabic name in Arabic, the
    short name the committee uses in French and English), broken at spaces onto lines short
    enough for QGIS's layers panel, with no direction mark."""
    layer = sample_db.layer("service_point")
    symbology.style_service_points(layer, sample_db, language)
    project = QgsProject.instance()
    project.addMapLayer(layer)  # the project's layer tree and model own the legend nodes
    model = QgsLayerTreeModel(project.layerTreeRoot())
    legend = [str(n.data(0)) for n in model.layerLegendNodes(project.layerTreeRoot().findLayer(layer.id()))]
    del model
    names = [i["name_ar"] if language == "ar" else i["acronym"] for i in vocabularies.INSTITUTIONS]
    entries = legend[0:3 * len(names):3]
    assert [" ".join(e.split("\n")) for e in entries] == names
    for entry in legend:
        assert not ODD_MARKS.search(entry), entry
        lines = entry.split("\n")
        assert all(len(line) <= symbology.LEGEND_LINE_CHARACTERS or " " not in line for line in lines)
        assert all(line == line.strip() and line for line in lines), entry
    assert any("\n" in e for e in entries) == any(len(n) > symbology.LEGEND_LINE_CHARACTERS for n in names)


def test_english_legend_names_the_institutions_as_the_french_one(qgis_new_project, sample_db):
    labels = {}
    for language in ("fr", "en"):
        layer = sample_db.layer("service_point")
        symbology.style_service_points(layer, sample_db, language)
        # (the rules' wrappers go with the comprehension: kept past the layer, they crashed
        # the interpreter now and then)
        labels[language] = [r.label() for r in layer.renderer().rootRule().children()
                            ][:len(vocabularies.INSTITUTIONS)]
    assert labels["en"] == labels["fr"] == [i["acronym"] for i in vocabularies.INSTITUTIONS]


# --------------------------------------------------------------------------------------------
# Reference layers and the saved styles
# --------------------------------------------------------------------------------------------
def test_reference_layers_use_the_qml_styles(loaded):
    region, province, town = (loaded.layers[n] for n in ("region", "province", "town"))
    assert region.renderer().symbol().color().name() == symbology.LAND
    assert province.renderer().symbol().symbolLayer(0).brushStyle() == 0  # no fill
    assert town.hasScaleBasedVisibility()
    assert town.minimumScale() == symbology.TOWN_MAX_SCALE_DENOMINATOR
    assert region.labelsEnabled() and town.labelsEnabled()


@pytest.mark.parametrize("name", symbology.QML_STYLED)
def test_qml_styles_only_name_fields_of_the_model(name):
    qml = ET.parse(ROOT / "resources" / "styles" / f"{name}.qml").getroot()
    expressions = [e.get("fieldName", "") for e in qml.iter("settings") for e in e.iter("text-style")]
    referenced = set(re.findall(r'"([a-z_0-9]+)"', " ".join(expressions)))
    referenced |= set(re.findall(r'"([a-z_0-9]+)"', ET.tostring(qml, encoding="unicode")
                                 .replace("&quot;", '"'))) & {"population", "name_fr", "name_ar"}
    assert referenced, name
    assert referenced <= set(table(name).field_names)


def test_the_saved_default_style_renders_without_the_plugin(qgis_new_project, sample_db):
    layers = []
    for name in ("service_point", "region"):
        layer = QgsVectorLayer(f"{sample_db.path}|layername={name}", name, "ogr")
        QgsProject.instance().addMapLayer(layer)
        layers.append(layer)
    assert isinstance(layers[0].renderer(), QgsRuleBasedRenderer)
    image, _ = render(map_settings(layers, MOROCCO, QSize(600, 600)))
    for code, colour in COLOURS.items():
        assert colour_pixels(image, colour) > 40, code
    con = sqlite3.connect(sample_db.path)
    qml = con.execute("SELECT styleQML FROM layer_styles WHERE f_table_name = 'service_point'").fetchone()[0]
    con.close()
    assert "base64:" in qml and "/resources/icons/" not in qml  # icons embedded, no plugin path
