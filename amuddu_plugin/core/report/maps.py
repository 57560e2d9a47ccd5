"""The report's maps: the provinces coloured by services per 100,000 inhabitants (the classes
and colours of the coverage layer's own style, :mod:`..monitoring.style`) and by the share of
their population beyond the reference distance, in Morocco's Lambert projection (the atlas's
map frames). The layers read the database itself, so that the project saved beside the PDF
opens with them; each class is one rule listing its provinces, so the layer's legend is the
report's. On a region's map the other regions are veiled: the veil's rule reads the map
item's id (``region-<code>``), and holds in the layout designer too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsFillSymbol,
    QgsLayoutItemMap,
    QgsMarkerSymbol,
    QgsProject,
    QgsRectangle,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from ...definitions.formats import OPEN_FILTER
from ...definitions.monitoring import REACH_RAMP
from ...definitions.report import NO_DATA_COLOUR, REACH_CLASSES
from ...toolbelt.i18n import tr
from ..atlas.drawing import map_frame
from ..atlas.template import MOROCCO_EXTENT, map_crs
from ..handouts.rows import text_height
from ..monitoring.style import RATIO_FIELD, style_coverage
from ..store.database import Database
from .facts import Figures, ReportFacts
from .page import Sheet
from .text import number

CTX = "Report"
PUBLISHED_ACTIVE = OPEN_FILTER
VEIL = "\"code\" <> coalesce(nullif(regexp_substr(@map_id, '^region-([^-]+)'), ''), \"code\")"


@dataclass(frozen=True)
class MapClass:
    label: str
    colour: str
    codes: tuple[str, ...]


@dataclass
class MapLayers:
    project: QgsProject
    coverage: QgsVectorLayer
    reach: QgsVectorLayer
    regions: QgsVectorLayer
    points: QgsVectorLayer
    coverage_classes: list[MapClass]
    reach_classes: list[MapClass]


def coverage_classes(provinces: Sequence[Figures], language: str) -> list[MapClass]:
    """The coverage layer's classes (quantiles of services per 100,000, its ramp and legend
    texts), with the provinces of each."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "ratios", "memory")
    layer.dataProvider().addAttributes([QgsField(RATIO_FIELD, QVariant.Double)])
    layer.updateFields()
    features = []
    for p in provinces:
        f = QgsFeature(layer.fields())
        f.setAttributes([p.per_100k])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    style_coverage(layer, [], [], language)
    renderer = layer.renderer()
    ranges = renderer.ranges() if hasattr(renderer, "ranges") else []
    members: dict[int, list[str]] = {i: [] for i in range(len(ranges))}
    missing: list[str] = []
    for p in provinces:
        found = renderer.rangeForValue(p.per_100k) if p.per_100k is not None else None
        index = next(
            (i for i, r in enumerate(ranges) if found is not None and r.label() == found.label()), None
        )
        (members[index] if index is not None else missing).append(p.code)
    out = [MapClass(r.label(), r.symbol().color().name(), tuple(members[i])) for i, r in enumerate(ranges)]
    if missing:
        out.append(MapClass(tr(CTX, "No figure"), NO_DATA_COLOUR, tuple(missing)))
    return out


def reach_index(share: float) -> int:
    """The class of :data:`REACH_CLASSES` of a share (0-1) of the population."""
    return next(
        (k for k, (_, upper) in enumerate(REACH_CLASSES) if 100 * share <= upper + 1e-9),
        len(REACH_CLASSES) - 1,
    )


def reach_classes(provinces: Sequence[Figures], language: str) -> list[MapClass]:
    """The share of the population beyond the distance, in fixed classes of 20 %."""
    out = []
    for index, ((lower, upper), colour) in enumerate(zip(REACH_CLASSES, REACH_RAMP)):
        codes = tuple(p.code for p in provinces if p.beyond is not None and reach_index(p.beyond) == index)
        out.append(
            MapClass(
                tr(CTX, "%1 – %2 % of the population", number(lower, language), number(upper, language)),
                colour,
                codes,
            )
        )
    missing = tuple(p.code for p in provinces if p.beyond is None)
    if missing:
        out.append(MapClass(tr(CTX, "No figure"), NO_DATA_COLOUR, missing))
    return out


def _in_list(codes: Sequence[str]) -> str:
    return '"code" IN ({})'.format(", ".join("'" + c.replace("'", "''") + "'" for c in codes) or "NULL")


def _choropleth(layer: QgsVectorLayer, classes: Sequence[MapClass]) -> None:
    root = QgsRuleBasedRenderer.Rule(None)
    for klass in classes:
        symbol = QgsFillSymbol.createSimple(
            {"color": klass.colour, "outline_color": "#ffffff", "outline_width": "0.15"}
        )
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, _in_list(klass.codes), klass.label))
    layer.setRenderer(QgsRuleBasedRenderer(root))


def _regions_style(layer: QgsVectorLayer) -> None:
    root = QgsRuleBasedRenderer.Rule(None)
    veil = QgsFillSymbol.createSimple(
        {"color": "255,255,255,170", "outline_color": "#b0b0b0", "outline_width": "0.2"}
    )
    root.appendChild(QgsRuleBasedRenderer.Rule(veil, 0, 0, VEIL, tr(CTX, "Other regions")))
    outline = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#3d3d3d", "outline_width": "0.45"})
    root.appendChild(QgsRuleBasedRenderer.Rule(outline, 0, 0, "ELSE", tr(CTX, "Region boundary")))
    layer.setRenderer(QgsRuleBasedRenderer(root))


def _points_style(layer: QgsVectorLayer, facts: ReportFacts) -> None:
    categories = []
    for inst in facts.institutions:
        symbol = QgsMarkerSymbol.createSimple(
            {
                "name": "circle",
                "color": inst.colour,
                "size": "1.3",
                "outline_color": "#ffffff",
                "outline_width": "0.15",
            }
        )
        categories.append(QgsRendererCategory(inst.code, symbol, inst.short))
    layer.setRenderer(QgsCategorizedSymbolRenderer("institution", categories))


def make_layers(db: Database, facts: ReportFacts, language: str) -> MapLayers:
    """The map layers, in a project of their own (saved beside the PDF)."""
    project = QgsProject()
    project.setCrs(map_crs())
    coverage = db.layer(
        "province", tr(CTX, "Services per 100,000 inhabitants (provinces)"), default_style=False
    )
    reach = db.layer("province", tr(CTX, "Population beyond reach (provinces)"), default_style=False)
    regions = db.layer("region", tr(CTX, "Regions"), default_style=False)
    points = db.layer(
        "service_point",
        tr(CTX, "Published active service points"),
        subset=PUBLISHED_ACTIVE,
        default_style=False,
    )
    layers = MapLayers(
        project,
        coverage,
        reach,
        regions,
        points,
        coverage_classes(facts.provinces, language),
        reach_classes(facts.provinces, language),
    )
    _choropleth(coverage, layers.coverage_classes)
    _choropleth(reach, layers.reach_classes)
    _regions_style(regions)
    _points_style(points, facts)
    project.addMapLayers([coverage, reach, regions, points])
    return layers


def region_extent(layers: MapLayers, code: str) -> QgsRectangle:
    """The region's bounding box in the map projection, with a margin."""
    transform = QgsCoordinateTransform(layers.regions.crs(), map_crs(), layers.project)
    extent = QgsRectangle()
    for feature in layers.regions.getFeatures(_in_list([code])):
        geometry = feature.geometry()
        geometry.transform(transform)
        extent.combineExtentWith(geometry.boundingBox())
    if extent.isEmpty():
        return QgsRectangle(MOROCCO_EXTENT)
    extent.scale(1.08)
    return extent


def add_map(
    sheet: Sheet,
    page: int,
    rect: tuple[float, float, float, float],
    item_id: str,
    layers: Sequence[QgsVectorLayer],
    extent: QgsRectangle,
) -> QgsLayoutItemMap:
    item = map_frame(sheet.layout, item_id, page, sheet.box(*rect))
    item.setLayers(list(layers))
    item.zoomToExtent(extent)
    return item


def legend(
    sheet: Sheet, page: int, x: float, y: float, width: float, title: str, classes: Sequence[MapClass]
) -> float:
    """The classes of a map as swatches and texts; returns the legend's bottom."""
    s = sheet.scale
    title_h = max(5 * s, text_height(title, sheet.font(8, True), width))
    sheet.text(page, title, (x, y, width, title_h), size=8, bold=True)
    y += title_h + 0.5 * s
    for klass in classes:
        height = max(4.2 * s, text_height(klass.label, sheet.font(7.5), width - 6.5 * s))
        sheet.shape(page, (x, y + 0.5, 5 * s, 3.2 * s), klass.colour, stroke="#8c8c8c")
        sheet.text(page, klass.label, (x + 6.5 * s, y, width - 6.5 * s, height), size=7.5)
        y += height + 0.5 * s
    return y
