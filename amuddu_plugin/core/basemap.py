"""The online basemap under an Amuddu database's layers: OpenStreetMap tiles (an XYZ layer),
so that points can be placed at city scale. Its attribution is shown in its name and kept
in its metadata, as the tile usage policy asks.

Offline, QGIS simply draws no tiles (the layer stays, and the reference layers are drawn
over an empty background); a layer QGIS cannot make at all is left out with a log line."""

from __future__ import annotations

from urllib.parse import quote

from qgis.core import QgsLayerTreeLayer, QgsProject, QgsRasterLayer

from ..definitions.settings import OSM_ATTRIBUTION, OSM_COPYRIGHT_URL, OSM_TILES_URL
from ..toolbelt.i18n import tr
from ..toolbelt.log import logger

CTX = "Basemap"
BASEMAP_PROPERTY = "amuddu/basemap"


def xyz_source(url: str, zmax: int = 19) -> str:
    """The data source of an XYZ tile layer for ``url`` ({x}, {y}, {z} placeholders)."""
    return f"type=xyz&url={quote(url, safe=':/')}&zmin=0&zmax={zmax}"


def basemap_name() -> str:
    return tr(CTX, "OpenStreetMap (%1)", OSM_ATTRIBUTION)


def find_basemap(project: QgsProject) -> QgsLayerTreeLayer | None:
    for node in project.layerTreeRoot().findLayers():
        if node.layer() is not None and node.layer().customProperty(BASEMAP_PROPERTY):
            return node
    return None


def add_basemap(project: QgsProject, url: str = OSM_TILES_URL) -> QgsRasterLayer | None:
    """The basemap at the bottom of the layer tree (kept there when already present);
    None when QGIS cannot make the layer."""
    node = find_basemap(project)
    root = project.layerTreeRoot()
    if node is not None:
        layer = node.layer()
        if root.children() and root.children()[-1] is not node:
            clone = node.clone()
            root.addChildNode(clone)
            node.parent().removeChildNode(node)
        return layer if isinstance(layer, QgsRasterLayer) else None
    layer = QgsRasterLayer(xyz_source(url or OSM_TILES_URL), basemap_name(), "wms")
    if not layer.isValid():
        logger().warning(tr(CTX, "The online basemap could not be added (%1).", url))
        return None
    layer.setCustomProperty(BASEMAP_PROPERTY, True)
    layer.setAttribution(OSM_ATTRIBUTION)
    layer.setAttributionUrl(OSM_COPYRIGHT_URL)
    metadata = layer.metadata()
    metadata.setRights([f"{OSM_ATTRIBUTION} ({OSM_COPYRIGHT_URL})"])
    layer.setMetadata(metadata)
    project.addMapLayer(layer, False)
    root.addLayer(layer)
    return layer
