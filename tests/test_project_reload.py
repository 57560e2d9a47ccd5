"""Opening a database again, or in another language, replaces its group and map themes
(no pile-up); the online basemap sits at the bottom of the layer tree, with its attribution."""

from __future__ import annotations

from qgis.core import QgsProject

from amuddu_plugin.core.basemap import BASEMAP_PROPERTY, find_basemap, xyz_source
from amuddu_plugin.core.project import LANGUAGE_PROPERTY, load_into_project
from amuddu_plugin.definitions.settings import OSM_ATTRIBUTION, OSM_TILES_URL


def amuddu_groups(project: QgsProject) -> list:
    return [g for g in project.layerTreeRoot().children()
            if g.nodeType() == 0 and g.customProperty("amuddu/source")]


def test_opening_again_in_another_language_replaces_groups_and_themes(qgis_new_project, sample_db):
    project = QgsProject.instance()
    first = load_into_project(sample_db, project, language="en")
    themes = project.mapThemeCollection().mapThemes()
    assert sorted(themes) == sorted(first.themes) and len(themes) >= 3
    again = load_into_project(sample_db, project, language="en")
    assert again.already_loaded and project.mapThemeCollection().mapThemes() == themes
    layer_count = len(project.mapLayers())
    other = load_into_project(sample_db, project, language="fr")
    assert other.replaced and not other.already_loaded
    assert len(amuddu_groups(project)) == 1
    assert amuddu_groups(project)[0].customProperty(LANGUAGE_PROPERTY) == "fr"
    assert len(project.mapLayers()) == layer_count
    assert sorted(project.mapThemeCollection().mapThemes()) == sorted(other.themes)
    assert len(project.mapThemeCollection().mapThemes()) == len(themes)
    prefix = "amuddu_"
    assert len([r for r in project.relationManager().relations() if r.startswith(prefix)]) == \
        len(first.relations)


#: Tiles that never leave the machine: a layer fetching real tiles in the headless suite
#: would still have requests in flight when the project is cleared (QGIS 3.22 may crash).
LOCAL_TILES = "file:///nonexistent/amuddu-tiles/{z}/{x}/{y}.png"


def test_the_basemap_source_is_openstreetmap_xyz():
    source = xyz_source(OSM_TILES_URL)
    assert source.startswith("type=xyz&url=https://tile.openstreetmap.org/") and "zmax=19" in source


def test_the_basemap_is_at_the_bottom_with_its_attribution(qgis_new_project, sample_db):
    project = QgsProject.instance()
    loaded = load_into_project(sample_db, project, language="en", basemap=LOCAL_TILES)
    layer = loaded.basemap
    assert layer is not None and layer.isValid() and layer.customProperty(BASEMAP_PROPERTY)
    assert "type=xyz" in layer.source()
    assert layer.attribution() == OSM_ATTRIBUTION and OSM_ATTRIBUTION in layer.name()
    order = [n.layer() for n in project.layerTreeRoot().findLayers()]
    assert order[-1] is layer
    assert order.index(loaded.layers["region"]) < order.index(layer)
    again = load_into_project(sample_db, project, language="fr", basemap=LOCAL_TILES)
    assert again.basemap is layer and find_basemap(project).layer() is layer
    assert [n.layer() for n in project.layerTreeRoot().findLayers()][-1] is layer
    assert len([lyr for lyr in project.mapLayers().values() if lyr.customProperty(BASEMAP_PROPERTY)]) == 1
    project.removeMapLayer(layer.id())


def test_no_basemap_unless_asked(qgis_new_project, sample_db):
    loaded = load_into_project(sample_db, QgsProject.instance(), language="en")
    assert loaded.basemap is None and find_basemap(QgsProject.instance()) is None
