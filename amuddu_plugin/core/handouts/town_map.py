"""The small map of a handout: the town and its surroundings (the radius around it), the
regions, provinces and towns as the project's map styles draw them, the listed services
with the project's institution icons (colour and shape) and the number that refers to the
list, and the town centre the distances are measured from."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsLayoutItemMap,
    QgsMarkerSymbol,
    QgsPointDisplacementRenderer,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QColor, QFont

from ...definitions.formats import TEMPORARILY_CLOSED
from ..atlas.print_layers import FONT_LATIN, sql_literal
from ..atlas.template import map_crs
from ..store.database import Database
from ..styles import symbology
from .select import Service, Town

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


@dataclass
class MapLayers:
    """The background layers of every handout of one export, and the project holding them."""

    project: QgsProject
    background: list[QgsVectorLayer]
    styles: list[symbology.InstitutionStyle]


def background_layers(db: Database) -> MapLayers:
    project = QgsProject()
    layers = []
    for table in ("town", "province", "region"):
        layer = db.layer(table, table, default_style=False)
        symbology.apply_reference_style(layer, table)
        layers.append(layer)
    project.addMapLayers(layers, False)
    return MapLayers(project, layers, symbology.institution_styles(db, "fr"))


def _renderer(styles: Sequence[symbology.InstitutionStyle]) -> QgsPointDisplacementRenderer:
    root = QgsRuleBasedRenderer.Rule(None)
    for style in styles:
        code = f"\"institution\" = {sql_literal(style.code)}"
        root.appendChild(QgsRuleBasedRenderer.Rule(
            symbology.open_symbol(style), 0, 0,
            f"{code} AND \"status\" <> '{TEMPORARILY_CLOSED}'"))
        root.appendChild(QgsRuleBasedRenderer.Rule(
            symbology.temporarily_closed_symbol(style), 0, 0,
            f"{code} AND \"status\" = '{TEMPORARILY_CLOSED}'"))
    other = symbology.InstitutionStyle("", "", symbology.OTHER_COLOUR, symbology.icon_path(None))
    root.appendChild(QgsRuleBasedRenderer.Rule(symbology.open_symbol(other), 0, 0, "ELSE"))
    renderer = QgsPointDisplacementRenderer("number")
    renderer.setEmbeddedRenderer(QgsRuleBasedRenderer(root))
    renderer.setTolerance(2.5)
    renderer.setToleranceUnit(QgsUnitTypes.RenderMillimeters)
    renderer.setPlacement(QgsPointDisplacementRenderer.ConcentricRings)
    renderer.setCircleRadiusAddition(0.6)
    renderer.setCircleColor(QColor("#555555"))
    font = QFont(FONT_LATIN)
    font.setPointSizeF(7.5)
    font.setBold(True)
    renderer.setLabelFont(font)
    renderer.setLabelColor(QColor("#000000"))
    renderer.setCenterSymbol(QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "#000000", "outline_style": "no", "size": "0.8"}))
    return renderer


def services_layer(services: Sequence[Service], styles: Sequence[symbology.InstitutionStyle],
                   project: QgsProject) -> QgsVectorLayer:
    """A memory layer of the listed services, numbered as in the list."""
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "handout services", "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField("number", QVariant.Int), QgsField("institution", QVariant.String),
                            QgsField("status", QVariant.String)])
    layer.updateFields()
    features = []
    for number, service in enumerate(services, start=1):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([number, service.institution, service.status])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(service.lon, service.lat)))
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    layer.setRenderer(_renderer(styles))
    project.addMapLayer(layer, False)
    return layer


def centre_layer(town: Town, project: QgsProject) -> QgsVectorLayer:
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "town centre", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(town.lon, town.lat)))
    layer.dataProvider().addFeatures([feature])
    layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
        {"name": "star", "color": "#000000", "outline_color": "#ffffff", "outline_width": "0.4",
         "size": "5"})))
    project.addMapLayer(layer, False)
    return layer


def frame_town(item: QgsLayoutItemMap, layers: MapLayers, town: Town,
               services: Sequence[Service], radius_km: float) -> list[QgsVectorLayer]:
    """Point the map at the town: its layers, and an extent holding the radius around the
    centre (or, when closer, the services listed and a margin). Returns the layers made for
    this town (remove them from the project when the page is done)."""
    made = [services_layer(services, layers.styles, layers.project),
            centre_layer(town, layers.project)]
    item.setCrs(map_crs())
    item.setKeepLayerSet(True)
    item.setLayers([made[1], made[0], *layers.background])
    transform = QgsCoordinateTransform(WGS84, map_crs(), layers.project)
    centre = transform.transform(QgsPointXY(town.lon, town.lat))
    farthest = max((s.distance_km for s in services), default=0.0)
    half = 1000.0 * max(min(radius_km, farthest * 1.25), 3.0)
    item.zoomToExtent(QgsRectangle(centre.x() - half, centre.y() - half,
                                   centre.x() + half, centre.y() + half))
    item.setBackgroundColor(QColor(symbology.SEA))
    return made
