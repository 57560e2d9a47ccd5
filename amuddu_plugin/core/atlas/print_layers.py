"""The layers of the printed regional maps, and their print styles.

The atlas runs over the ``region`` table. Every style below reads the atlas feature through
the expression context, so that the same layers serve the export and the layout designer:

- the region of the page is drawn in the land colour, its neighbours greyed and named;
- service points are drawn only in the region of the page (by ``region_code``, the rule
  the table follows too), with the project's symbology (:mod:`.symbology`: the
  institutions' icons and colours, the temporarily closed look); points that share a place
  are spread on a ring so that each shows. Draft and closed points never reach the layer:
  it is filtered at its source;
- town names (French, Arabic beneath) label the towns that host a printed service;
- the locator inset highlights the region on the whole country.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from qgis.core import (
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsNullSymbolRenderer,
    QgsPalLayerSettings,
    QgsPointDisplacementRenderer,
    QgsProject,
    QgsProperty,
    QgsRuleBasedLabeling,
    QgsRuleBasedRenderer,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from ...definitions.formats import PUBLIC_FILTER, TEMPORARILY_CLOSED
from ...definitions.model import (
    CHOICE_LABELS,
    OPERATING_STATUS,
    PROVINCE,
    REGION,
    SERVICE_POINT,
    TOWN,
    Label,
)
from ..store.database import Database
from ..styles import symbology
from ..styles.symbology import text_format
from .template import TEXTS

CTX = "Atlas"

FONT_LATIN = "Noto Sans"
FONT_ARABIC = "Noto Sans Arabic"

#: Colours of the print (the land and province colours are the project's, from symbology).
NEIGHBOUR_FILL = "#e4e4e1"
NEIGHBOUR_LINE = "#ffffff"
REGION_OUTLINE = "#3d3d3d"
LOCATOR_FILL = "#d9d9d6"
LOCATOR_HIGHLIGHT = "#c2452d"
TEXT_GREY = "#7a7a7a"
PROVINCE_TEXT = "#8f8f8f"
#: Points closer than this on paper are spread on a ring around their place (mm).
DISPLACEMENT_TOLERANCE_MM = 1.5

#: Expressions that tie the styles to the atlas page.
IS_ATLAS_REGION = "$id = @atlas_featureid"
IN_ATLAS_REGION = "\"region_code\" = attribute(@atlas_feature, 'code')"

#: Service points that may be printed: published and not closed. Temporarily closed points
#: print, flagged. Applied at the layer's source, so that no style or hand edit of the
#: layout can print a draft or a closed point.
PRINTABLE_POINTS = PUBLIC_FILTER
ISTEMPORARILY_CLOSED = f"\"operating_status\" = '{TEMPORARILY_CLOSED}'"

#: Legend entries that are not data (French, then Arabic on a second line).
PRINT_LABELS: dict[str, Label] = {
    "region": Label("Région représentée", "الجهة المعنية", "Region shown"),
    "neighbours": Label("Autres régions", "الجهات الأخرى", "Other regions"),
    "province": Label(
        "Limite de province ou préfecture", "حدود الإقليم أو العمالة", "Province boundary"
    ),
    "other_institution": Label("Autre institution", "مؤسسة أخرى", "Other institution"),
}


def bilingual(label: Label, separator: str = "\n") -> str:
    """French, then Arabic: how every fixed text of the print is written."""
    return f"{label.fr}{separator}{label.ar}" if label.ar else label.fr


def sql_literal(value: str) -> str:
    return "'" + str(value).replace("'", "''") + "'"


# ------------------------------------------------------------------------------------------
# Service points
# ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PrintInstitution:
    style: symbology.InstitutionStyle  # code, acronym (the French label), colour, icon
    name_ar: str

    @property
    def code(self) -> str:
        return self.style.code

    @property
    def acronym(self) -> str:
        return self.style.label

    @property
    def legend_label(self) -> str:
        return f"{self.acronym}\n{self.name_ar}" if self.name_ar else self.acronym


def print_institutions(db: Database) -> list[PrintInstitution]:
    """The institutions of the database, in its order, with their project styles."""
    arabic = dict(db.query("SELECT code, name_ar FROM institution"))
    return [PrintInstitution(s, arabic.get(s.code) or "")
            for s in symbology.institution_styles(db, "fr")]


def service_point_renderer(db: Database) -> QgsRuleBasedRenderer:
    """Points of the atlas region only, with the project's symbols: per institution, one
    rule for its open points and one for its temporarily closed ones, then unknown
    institutions. The rules exclude one another, so each point has one symbol (what the
    displacement renderer draws), and the legend, filtered by the map, lists only what the
    region holds."""
    root = QgsRuleBasedRenderer.Rule(None)
    closed_label = CHOICE_LABELS[TEMPORARILY_CLOSED]
    institutions = print_institutions(db)
    for inst in institutions:
        where = f"{IN_ATLAS_REGION} AND \"institution\" = {sql_literal(inst.code)}"
        root.appendChild(QgsRuleBasedRenderer.Rule(
            symbology.open_symbol(inst.style), 0, 0,
            f"{where} AND NOT ({ISTEMPORARILY_CLOSED})", inst.legend_label,
        ))
    for inst in institutions:
        where = f"{IN_ATLAS_REGION} AND \"institution\" = {sql_literal(inst.code)}"
        root.appendChild(QgsRuleBasedRenderer.Rule(
            symbology.temporarily_closed_symbol(inst.style), 0, 0,
            f"{where} AND {ISTEMPORARILY_CLOSED}",
            f"{inst.acronym} – {closed_label.fr.lower()}\n{closed_label.ar}",
        ))
    other = symbology.InstitutionStyle("", PRINT_LABELS["other_institution"].fr,
                                       symbology.OTHER_COLOUR, symbology.icon_path(None))
    known = ", ".join(sql_literal(i.code) for i in institutions) or "''"
    root.appendChild(QgsRuleBasedRenderer.Rule(
        symbology.open_symbol(other), 0, 0,
        f"{IN_ATLAS_REGION} AND coalesce(\"institution\" NOT IN ({known}), true)",
        bilingual(PRINT_LABELS["other_institution"]),
    ))
    return QgsRuleBasedRenderer(root)


def style_service_points(layer: QgsVectorLayer, db: Database) -> None:
    """Points that (nearly) share a place, such as several offices in one town, are spread
    on a ring around a dot at their position, so that each institution shows."""
    renderer = QgsPointDisplacementRenderer()
    renderer.setEmbeddedRenderer(service_point_renderer(db))
    renderer.setTolerance(DISPLACEMENT_TOLERANCE_MM)
    renderer.setToleranceUnit(QgsUnitTypes.RenderMillimeters)
    renderer.setPlacement(QgsPointDisplacementRenderer.Ring)
    renderer.setCircleRadiusAddition(0.0)
    renderer.setCircleWidth(0.15)
    renderer.setCircleColor(QColor("#9a9a9a"))
    renderer.setCenterSymbol(QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "#3d3d3d", "outline_style": "no", "size": "0.8"}))
    renderer.setLabelAttributeName("")
    layer.setRenderer(renderer)


# ------------------------------------------------------------------------------------------
# Background layers
# ------------------------------------------------------------------------------------------
def style_regions(layer: QgsVectorLayer) -> None:
    """The atlas region in the land colour with a dark outline, its neighbours greyed and
    named in grey italics."""
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(
        QgsFillSymbol.createSimple({"color": symbology.LAND, "outline_color": REGION_OUTLINE,
                                    "outline_width": "0.6"}),
        0, 0, IS_ATLAS_REGION, bilingual(PRINT_LABELS["region"]),
    ))
    root.appendChild(QgsRuleBasedRenderer.Rule(
        QgsFillSymbol.createSimple({"color": NEIGHBOUR_FILL, "outline_color": NEIGHBOUR_LINE,
                                    "outline_width": "0.5"}),
        0, 0, "ELSE", bilingual(PRINT_LABELS["neighbours"]),
    ))
    layer.setRenderer(QgsRuleBasedRenderer(root))

    settings = QgsPalLayerSettings()
    settings.fieldName = "name_fr"
    settings.setFormat(text_format(8, TEXT_GREY, italic=True, buffer=0.6))
    settings.placement = QgsPalLayerSettings.Horizontal
    settings.centroidWhole = False  # place the name in the part of the polygon in view
    settings.fitInPolygonOnly = True
    labels_root = QgsRuleBasedLabeling.Rule(None)
    labels_root.appendChild(QgsRuleBasedLabeling.Rule(settings, 0, 0, f"NOT ({IS_ATLAS_REGION})"))
    layer.setLabeling(QgsRuleBasedLabeling(labels_root))
    layer.setLabelsEnabled(True)


def style_provinces(layer: QgsVectorLayer) -> None:
    fill = QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": symbology.PROVINCE_LINE, "outline_width": "0.25",
         "outline_style": "dash"}
    )
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(fill, 0, 0, "", bilingual(PRINT_LABELS["province"])))
    layer.setRenderer(QgsRuleBasedRenderer(root))

    # the names of the region's provinces (their delegations serve them), quiet, and placed
    # after the towns' names
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    settings.fieldName = symbology.bilingual_label_expression()
    settings.setFormat(text_format(6.5, PROVINCE_TEXT, italic=True, buffer=0.5))
    settings.placement = QgsPalLayerSettings.Horizontal
    settings.fitInPolygonOnly = True
    settings.multilineAlign = QgsPalLayerSettings.MultiCenter
    settings.priority = 2
    labels_root = QgsRuleBasedLabeling.Rule(None)
    labels_root.appendChild(QgsRuleBasedLabeling.Rule(settings, 0, 0, IN_ATLAS_REGION))
    layer.setLabeling(QgsRuleBasedLabeling(labels_root))
    layer.setLabelsEnabled(True)


def style_towns(layer: QgsVectorLayer) -> None:
    """Labels only (French, Arabic beneath) for the towns of the region that host a printed
    service of the region (listed as ``<region code>:<town>`` in the layout variable
    ``amuddu_service_towns``)."""
    layer.setRenderer(QgsNullSymbolRenderer())
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    settings.fieldName = symbology.bilingual_label_expression()
    fmt = text_format(7.5, "#2b2b2b", bold=True, buffer=0.7)
    settings.setFormat(fmt)
    settings.multilineAlign = QgsPalLayerSettings.MultiCenter
    settings.placement = QgsPalLayerSettings.OrderedPositionsAroundPoint
    settings.dist = 2.6
    settings.distUnits = QgsUnitTypes.RenderMillimeters
    settings.priority = 7
    props = settings.dataDefinedProperties()
    props.setProperty(QgsPalLayerSettings.Priority, QgsProperty.fromExpression(
        "scale_linear(coalesce(\"population\", 0), 0, 1000000, 4, 10)"))
    settings.setDataDefinedProperties(props)
    root = QgsRuleBasedLabeling.Rule(None)
    root.appendChild(QgsRuleBasedLabeling.Rule(
        settings, 0, 0,
        "\"region_code\" = attribute(@atlas_feature, 'code') AND "
        "array_contains(string_to_array(coalesce(@amuddu_service_towns, ''), '|'), "
        "attribute(@atlas_feature, 'code') || ':' || \"name_fr\")",
    ))
    layer.setLabeling(QgsRuleBasedLabeling(root))
    layer.setLabelsEnabled(True)


def style_locator(layer: QgsVectorLayer) -> None:
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(
        QgsFillSymbol.createSimple({"color": LOCATOR_HIGHLIGHT, "outline_color": "#ffffff",
                                    "outline_width": "0.2"}),
        0, 0, IS_ATLAS_REGION, bilingual(PRINT_LABELS["region"]),
    ))
    root.appendChild(QgsRuleBasedRenderer.Rule(
        QgsFillSymbol.createSimple({"color": LOCATOR_FILL, "outline_color": "#ffffff",
                                    "outline_width": "0.2"}),
        0, 0, "ELSE", bilingual(PRINT_LABELS["neighbours"]),
    ))
    layer.setRenderer(QgsRuleBasedRenderer(root))


# ------------------------------------------------------------------------------------------
# The set of print layers
# ------------------------------------------------------------------------------------------
@dataclass
class PrintLayers:
    """The layers one atlas layout draws, keyed by role."""

    regions: QgsVectorLayer  # atlas coverage and map background
    provinces: QgsVectorLayer
    towns: QgsVectorLayer
    service_points: QgsVectorLayer  # published, not closed
    locator: QgsVectorLayer
    variables: dict[str, str] = field(default_factory=dict)

    def all(self) -> list[QgsVectorLayer]:
        return [self.service_points, self.towns, self.provinces, self.regions, self.locator]

    def main_map(self) -> list[QgsVectorLayer]:
        """Layers of the main map, top to bottom."""
        return [self.service_points, self.towns, self.provinces, self.regions]


def print_layer(db: Database, table_name: str, name: str, subset: str = "") -> QgsVectorLayer:
    """A layer of ``db`` with none of the styles saved in the database (the print styles
    are set below, whatever the GeoPackage's default styles say)."""
    return db.layer(table_name, name, subset=subset, default_style=False)


def make_print_layers(db: Database, project: QgsProject | None = None) -> PrintLayers:
    """Open and style the print layers of ``db``; add them to ``project`` when given (not
    to its layer tree: the caller decides where they show)."""
    layers = PrintLayers(
        regions=print_layer(db, "region", bilingual(REGION.label, " · ")),
        provinces=print_layer(db, "province", bilingual(PROVINCE.label, " · ")),
        towns=print_layer(db, "town", bilingual(TOWN.label, " · ")),
        service_points=print_layer(db, "service_point", bilingual(SERVICE_POINT.label, " · "),
                                   PRINTABLE_POINTS),
        locator=print_layer(db, "region", bilingual(TEXTS["locator"], " · ")),
    )
    style_regions(layers.regions)
    style_provinces(layers.provinces)
    style_towns(layers.towns)
    style_service_points(layers.service_points, db)
    style_locator(layers.locator)
    for layer in layers.all():
        layer.setCustomProperty("amuddu/atlas", True)
    if project is not None:
        project.addMapLayers(layers.all(), False)
    layers.variables = print_variables(db)
    return layers


def print_variables(db: Database) -> dict[str, str]:
    """Layout variables the template's expressions read, computed from the database: the
    labels of the codes (from its vocabularies), the categories of services each printed
    point offers, the number of printed points per region, and the towns that host one.

    Passing these facts as variables (rather than aggregates over other layers) keeps the
    layout independent of the project that holds it."""
    institutions = {i.code: i.acronym for i in print_institutions(db)}
    categories = dict(db.query(
        "SELECT code, label_fr FROM service_category ORDER BY sort_order, code"))
    offered: dict[str, list[str]] = {}
    for point, category in db.query(
        "SELECT s.service_point_uuid, s.category FROM service s "
        "JOIN service_point p ON p.uuid = s.service_point_uuid "
        f"LEFT JOIN service_category c ON c.code = s.category WHERE {_qualified('p')} "
        "ORDER BY c.sort_order, s.category"
    ):
        labels = offered.setdefault(point, [])
        label = categories.get(category, category)
        if label not in labels:
            labels.append(label)
    counts = dict(db.query(
        f"SELECT region_code, count(*) FROM service_point WHERE {PRINTABLE_POINTS} "
        "GROUP BY region_code"))
    towns = sorted(f"{region}:{town}" for region, town in db.query(
        f"SELECT DISTINCT region_code, town FROM service_point WHERE {PRINTABLE_POINTS} "
        "AND town IS NOT NULL AND region_code IS NOT NULL"))
    status = {code: CHOICE_LABELS[code].fr for code in OPERATING_STATUS}
    return {
        "amuddu_institutions": json.dumps(institutions, ensure_ascii=False),
        "amuddu_institution_list": ", ".join(institutions.values()),
        "amuddu_services_offered": json.dumps(
            {point: " ; ".join(labels) for point, labels in offered.items()}, ensure_ascii=False),
        "amuddu_service_counts": json.dumps(counts),
        "amuddu_status": json.dumps(status, ensure_ascii=False),
        "amuddu_service_towns": "|".join(towns),
    }


def _qualified(alias: str) -> str:
    """:data:`PRINTABLE_POINTS` on the table aliased ``alias``."""
    return PRINTABLE_POINTS.replace('"publication_state"', f'{alias}."publication_state"').replace(
        '"operating_status"', f'{alias}."operating_status"')
