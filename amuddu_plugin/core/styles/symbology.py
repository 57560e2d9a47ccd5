"""Map styles of the Amuddu layers: derived from the model and the ``institution`` table.

- Service points: one rule per institution of the database (its colour and icon from
  the ``institution`` table), drawn with the plugin's SVG icons (``resources/icons``,
  recoloured through QGIS's ``param(fill)``/``param(outline)`` convention and embedded in
  the style, so that a style saved in the GeoPackage needs no file of the plugin). Under
  each institution, drafts are drawn hollow and temporarily closed points faded and struck
  through; closed points are small grey crosses; an institution added to the table later
  still shows, as "other institution", until the styles are applied again. Labels: the
  French name with the Arabic name beneath, from 1:250,000, placed by QGIS around the
  point (collisions resolved by its labelling engine, published points first).
- A second style of the service points, *quality review*: points not verified for a year,
  drafts and incomplete records highlighted (Okabe–Ito colours).
- Reference layers (regions, provinces, towns): quiet styles kept as QML files in
  ``resources/styles`` (edit them in QGIS and save over them).
- Map themes: all services, one per institution, quality review.

Legend texts come from the model's labels (:data:`~..definitions.model.CHOICE_LABELS`) and
the ``institution`` table, in the interface language.
"""

from __future__ import annotations

import base64
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from qgis.core import (
    QgsFillSymbol,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsPropertyCollection,
    QgsRuleBasedLabeling,
    QgsRuleBasedRenderer,
    QgsSimpleMarkerSymbolLayer,
    QgsSimpleMarkerSymbolLayerBase,
    QgsSingleSymbolRenderer,
    QgsSvgMarkerSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QFont

from ...definitions.formats import PUBLISHED, TEMPORARILY_CLOSED
from ...definitions.model import CHOICE_LABELS, Role, table
from ...toolbelt.i18n import tr
from ...toolbelt.paths import resources_path
from ..store.database import Database

CTX = "Symbology"

# Background colours (also used by the overview map and the atlas).
LAND = "#f4f1ea"
SEA = "#dce9f2"
REGION_LINE = "#6b6b6b"
PROVINCE_LINE = "#b9b4aa"
OTHER_COLOUR = "#777777"
TEXT_COLOUR = "#222222"
#: Okabe–Ito colours of the quality review (colour-blind safe).
STALE_COLOUR = "#d55e00"  # vermillion
INCOMPLETE_COLOUR = "#56b4e9"  # sky blue
DRAFT_COLOUR = "#f0e442"  # yellow
UP_TO_DATE_COLOUR = "#009e73"  # bluish green

#: Towns show from this scale (1:1,500,000) inwards.
TOWN_MAX_SCALE_DENOMINATOR = 1_500_000
#: Service point labels show from this scale (1:250,000) inwards.
LABEL_MAX_SCALE_DENOMINATOR = 250_000
#: A point not verified for this many days is stale.
STALE_AFTER_DAYS = 365
#: Icon size in millimetres: smaller when zoomed out to the whole country.
ICON_SIZE = ("CASE WHEN @map_scale IS NULL THEN 4.2 WHEN @map_scale > 3000000 THEN 3.2 "
             "WHEN @map_scale > 600000 THEN 4.2 ELSE 5.6 END")
ICON_SIZE_LEGEND = 5.0
#: A legend entry longer than this many characters goes on to a second line (at a space):
#: QGIS's layer tree stays left to right in Arabic, so a long Arabic name that overflows the
#: panel would lose its start (the right end) out of view.
LEGEND_LINE_CHARACTERS = 24
LABEL_FONT = "Noto Sans"
#: Gap between a service point's icon and its name, millimetres.
LABEL_DISTANCE = 0.8
GENERIC_ICON = "institution.svg"
#: Reference layers styled by a QML file of ``resources/styles`` (``<table>.qml``).
QML_STYLED = ("region", "province", "town")
#: Fields an analyst should fill before publishing; empty ones make a record "incomplete".
#: A point needs at least one of the contact fields.
COMPLETENESS_FIELDS = ("name_ar", "address_fr", "opening_hours", "languages", "eligibility")
CONTACT_FIELDS = ("phone", "email", "website")

# Expressions on the model's closed lists (operating status, publication state).
#: Not yet published (a draft, or submitted for review): drawn apart, under the "draft" key.
IS_DRAFT = f"\"publication_state\" <> '{PUBLISHED}'"
IS_CLOSED = "\"operating_status\" = 'closed'"
IS_TEMPORARILY_CLOSED = f"\"operating_status\" = '{TEMPORARILY_CLOSED}'"

STYLE_DEFAULT = "default"  # QgsMapLayerStyleManager's name for the style a layer starts with


@dataclass(frozen=True)
class InstitutionStyle:
    code: str
    label: str
    colour: str
    icon: Path


# --------------------------------------------------------------------------------------------
# The institutions of a database
# --------------------------------------------------------------------------------------------
def institutions(db: Database, language: str) -> list[tuple[str, str, str]]:
    """(code, label, colour) of each institution, in the database's order: the acronym in
    French and English, the Arabic name in Arabic."""
    return [(i.code, i.label, i.colour) for i in institution_styles(db, language)]


def institution_styles(db: Database, language: str) -> list[InstitutionStyle]:
    rows = db.query(
        "SELECT code, acronym, name_ar, colour, icon FROM institution ORDER BY sort_order, code"
    )
    out = []
    for code, acronym, name_ar, colour, icon in rows:
        label = name_ar if language == "ar" and name_ar else (acronym or code)
        out.append(InstitutionStyle(code, label, _colour(colour), icon_path(icon)))
    return out


def _colour(value: str | None) -> str:
    colour = QColor(value or "")
    return colour.name() if colour.isValid() else OTHER_COLOUR


def icon_path(name: str | None) -> Path:
    """The icon file ``name`` of ``resources/icons``, or the generic one when it is missing
    (an institution added to the table without an icon of ours)."""
    if name:
        path = resources_path("icons", Path(name).name)
        if path.is_file():
            return path
    return resources_path("icons", GENERIC_ICON)


@lru_cache(maxsize=32)
def embedded_svg(path: Path) -> str:
    """The SVG file as QGIS embeds it in a style (``base64:…``)."""
    return "base64:" + base64.b64encode(Path(path).read_bytes()).decode("ascii")


# --------------------------------------------------------------------------------------------
# Symbols
# --------------------------------------------------------------------------------------------
def icon_layer(icon: Path, fill: str, outline: str, size: float = ICON_SIZE_LEGEND,
               alpha: int = 255) -> QgsSvgMarkerSymbolLayer:
    layer = QgsSvgMarkerSymbolLayer(embedded_svg(icon), size)
    fill_colour, outline_colour = QColor(fill), QColor(outline)
    fill_colour.setAlpha(alpha)
    outline_colour.setAlpha(alpha)
    layer.setFillColor(fill_colour)
    layer.setStrokeColor(outline_colour)
    layer.setStrokeWidth(0.25)
    return layer


def _marker(*layers: object) -> QgsMarkerSymbol:
    symbol = QgsMarkerSymbol()
    symbol.deleteSymbolLayer(0)
    for layer in layers:
        symbol.appendSymbolLayer(layer)
    symbol.setDataDefinedSize(QgsProperty.fromExpression(ICON_SIZE))
    return symbol


def open_symbol(style: InstitutionStyle) -> QgsMarkerSymbol:
    """Published and open: the icon filled with the institution's colour, white pictogram."""
    return _marker(icon_layer(style.icon, style.colour, "#ffffff"))


def draft_symbol(style: InstitutionStyle) -> QgsMarkerSymbol:
    """Draft: hollow (white shape, pictogram and rim in the institution's colour)."""
    return _marker(icon_layer(style.icon, "#ffffff", style.colour))


def temporarily_closed_symbol(style: InstitutionStyle) -> QgsMarkerSymbol:
    """Temporarily closed: the icon faded on white, struck through in dark grey."""
    strike = QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase.Line,
                                        ICON_SIZE_LEGEND * 1.15, 45)
    strike.setStrokeColor(QColor("#3d3d3d"))
    strike.setStrokeWidth(0.45)
    return _marker(
        icon_layer(style.icon, "#ffffff", "#ffffff"),
        icon_layer(style.icon, style.colour, "#ffffff", alpha=110),
        strike,
    )


def closed_symbol() -> QgsMarkerSymbol:
    cross = QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase.Cross2, 2.4)
    cross.setStrokeColor(QColor("#6b6b6b"))
    cross.setStrokeWidth(0.6)
    symbol = QgsMarkerSymbol()
    symbol.changeSymbolLayer(0, cross)
    return symbol


def _state_label(code: str, language: str) -> str:
    return legend_label(CHOICE_LABELS[code].get(language))


def legend_label(text: str, width: int = LEGEND_LINE_CHARACTERS) -> str:
    """``text`` as a legend entry: whole, on lines of at most ``width`` characters broken at
    spaces (a longer word keeps a line of its own)."""
    return "\n".join(textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)) or text


# --------------------------------------------------------------------------------------------
# Service points
# --------------------------------------------------------------------------------------------
def rule_key(*parts: str) -> str:
    return ":".join(("amuddu",) + parts)


def service_point_renderer(styles: Sequence[InstitutionStyle], language: str) -> QgsRuleBasedRenderer:
    """One rule per institution (its open icon), with two child rules that draw drafts and
    temporarily closed points over it; closed points and unknown institutions last."""
    root = QgsRuleBasedRenderer.Rule(None)
    for style in styles:
        code = style.code.replace("'", "''")
        parent = QgsRuleBasedRenderer.Rule(
            open_symbol(style), 0, 0, f"\"institution\" = '{code}' AND NOT ({IS_CLOSED})",
            legend_label(style.label),
        )
        parent.setRuleKey(rule_key("institution", style.code))
        draft = QgsRuleBasedRenderer.Rule(draft_symbol(style), 0, 0, IS_DRAFT,
                                          _state_label("draft", language))
        draft.setRuleKey(rule_key("institution", style.code, "draft"))
        closing = QgsRuleBasedRenderer.Rule(
            temporarily_closed_symbol(style), 0, 0,
            f"{IS_TEMPORARILY_CLOSED} AND NOT ({IS_DRAFT})",
            _state_label(TEMPORARILY_CLOSED, language),
        )
        closing.setRuleKey(rule_key("institution", style.code, TEMPORARILY_CLOSED))
        parent.appendChild(draft)
        parent.appendChild(closing)
        root.appendChild(parent)
    other_style = InstitutionStyle("", tr(CTX, "Other institution"), OTHER_COLOUR,
                                   icon_path(None))
    known = ", ".join("'" + s.code.replace("'", "''") + "'" for s in styles) or "''"
    other = QgsRuleBasedRenderer.Rule(
        open_symbol(other_style), 0, 0,
        f"NOT ({IS_CLOSED}) AND (\"institution\" IS NULL OR \"institution\" NOT IN ({known}))",
        legend_label(other_style.label),
    )
    other.setRuleKey(rule_key("other"))
    root.appendChild(other)
    closed = QgsRuleBasedRenderer.Rule(closed_symbol(), 0, 0, IS_CLOSED,
                                       _state_label("closed", language))
    closed.setRuleKey(rule_key("closed"))
    root.appendChild(closed)
    return QgsRuleBasedRenderer(root)


def text_format(size: float = 8.0, colour: str = TEXT_COLOUR, *, bold: bool = False,
                italic: bool = False, buffer: float = 0.9) -> QgsTextFormat:
    font = QFont(LABEL_FONT)
    font.setBold(bold)
    font.setItalic(italic)
    fmt = QgsTextFormat()
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
    fmt.setColor(QColor(colour))
    if buffer > 0:
        halo = QgsTextBufferSettings()
        halo.setEnabled(True)
        halo.setSize(buffer)
        halo.setSizeUnit(QgsUnitTypes.RenderMillimeters)
        halo.setColor(QColor("#ffffff"))
        halo.setOpacity(0.9)
        fmt.setBuffer(halo)
    return fmt


def bilingual_label_expression(french: str = "name_fr", arabic: str = "name_ar") -> str:
    """French name, then the Arabic name beneath it when there is one."""
    return (
        f"\"{french}\" || CASE WHEN coalesce(\"{arabic}\", '') <> '' "
        f"THEN '\\n' || \"{arabic}\" ELSE '' END"
    )


def service_point_labeling() -> QgsRuleBasedLabeling:
    """Names from 1:250,000 inwards; further out the points only block other labels (the
    towns' names), so that no label covers an icon."""
    settings = QgsPalLayerSettings()
    settings.fieldName = bilingual_label_expression()
    settings.isExpression = True
    settings.setFormat(text_format(8.0))
    settings.placement = QgsPalLayerSettings.OrderedPositionsAroundPoint
    # The distance counts from the icon's edge (its size varies with the scale, ICON_SIZE),
    # not from the point: both lines, the Arabic one beneath, stay clear of the icon.
    settings.offsetType = QgsPalLayerSettings.FromSymbolBounds
    settings.dist = LABEL_DISTANCE
    settings.distUnits = QgsUnitTypes.RenderMillimeters
    settings.multilineAlign = QgsPalLayerSettings.MultiFollowPlacement
    settings.displayAll = False  # QGIS's labelling engine drops colliding labels
    obstacles = settings.obstacleSettings()
    obstacles.setFactor(2.0)  # strongly discourage names over other points' icons
    settings.setObstacleSettings(obstacles)
    properties = QgsPropertyCollection()
    properties.setProperty(
        QgsPalLayerSettings.Priority,
        QgsProperty.fromExpression(f"CASE WHEN {IS_DRAFT} THEN 3 ELSE 7 END"),
    )
    settings.setDataDefinedProperties(properties)
    blocking = QgsPalLayerSettings(settings)
    blocking.drawLabels = False
    root = QgsRuleBasedLabeling.Rule(None)
    names = QgsRuleBasedLabeling.Rule(settings, 0, LABEL_MAX_SCALE_DENOMINATOR,
                                      f"NOT ({IS_CLOSED})", tr(CTX, "Names"))
    block = QgsRuleBasedLabeling.Rule(blocking, LABEL_MAX_SCALE_DENOMINATOR, 0, "",
                                      tr(CTX, "Block other labels"))
    root.appendChild(names)
    root.appendChild(block)
    return QgsRuleBasedLabeling(root)


# --------------------------------------------------------------------------------------------
# Applying styles
# --------------------------------------------------------------------------------------------
def point_symbol(colour: str, size: float = 2.6) -> QgsMarkerSymbol:
    """A plain disc in an institution's colour (print legends, the overview map's key)."""
    return QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": colour, "outline_color": "#ffffff",
         "outline_width": "0.3", "size": str(size)}
    )


def set_aliases(layer: QgsVectorLayer, table_name: str, language: str) -> None:
    """Field aliases in ``language`` from the model's labels."""
    t = table(table_name)
    fields = layer.fields()
    for f in t.fields:
        idx = fields.indexOf(f.name)
        if idx >= 0:
            layer.setFieldAlias(idx, f.label.get(language))


def apply_default_style(layer: QgsVectorLayer, table_name: str, db: Database,
                        language: str) -> None:
    """Field aliases and map style of a layer (what rendering without forms needs)."""
    set_aliases(layer, table_name, language)
    apply_symbology(layer, table_name, db, language)


def style_file(table_name: str) -> Path:
    return resources_path("styles", f"{table_name}.qml")


def apply_reference_style(layer: QgsVectorLayer, table_name: str) -> bool:
    """Load ``resources/styles/<table>.qml`` (symbology, labels, scale range) into the layer."""
    path = style_file(table_name)
    if not path.is_file():
        return False
    categories = (QgsMapLayer.Symbology | QgsMapLayer.Labeling | QgsMapLayer.Rendering)
    _message, ok = layer.loadNamedStyle(str(path), categories)
    return bool(ok)


def style_service_points(layer: QgsVectorLayer, db: Database, language: str) -> None:
    layer.setRenderer(service_point_renderer(institution_styles(db, language), language))
    layer.setLabeling(service_point_labeling())
    layer.setLabelsEnabled(True)


def apply_symbology(layer: QgsVectorLayer, table_name: str, db: Database, language: str) -> None:
    """The map style of a layer of table ``table_name``; plain tables get none."""
    if table_name == "service_point":
        style_service_points(layer, db, language)
    elif table_name in QML_STYLED:
        apply_reference_style(layer, table_name)
    elif table(table_name).geometry and table(table_name).role is Role.REFERENCE:
        symbol = QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": PROVINCE_LINE, "outline_width": "0.2"})
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
