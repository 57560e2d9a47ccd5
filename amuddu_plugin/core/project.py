"""Loading an Amuddu database into a QGIS project: one group, forms, styles, relations,
map themes, and the online basemap under them.

A database is loaded once per project. Opened again in the same language, the group that
holds it is kept; in another language, the group, its layers, relations and map themes are
replaced, so that every name is in the language the analyst works in."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLayerTreeGroup,
    QgsProject,
    QgsRectangle,
    QgsRelation,
    QgsVectorLayer,
)

from ..definitions.model import Role, relations, tables_with_role
from ..definitions.projection import MOROCCO_LCC_WKT
from ..toolbelt.i18n import tr, ui_language
from ..toolbelt.progress import Progress, progress_of
from .basemap import add_basemap
from .store.database import Database
from .styles.forms import FormContext, configure_form
from .styles.metadata import apply_metadata
from .styles.review import add_quality_review_style
from .styles.symbology import apply_symbology, institution_styles
from .styles.themes import create_map_themes

CTX = "Project"
SOURCE_PROPERTY = "amuddu/source"
LANGUAGE_PROPERTY = "amuddu/language"


@dataclass
class LoadedDatabase:
    group: QgsLayerTreeGroup
    layers: dict[str, QgsVectorLayer] = field(default_factory=dict)
    relations: list[QgsRelation] = field(default_factory=list)
    already_loaded: bool = False
    themes: list[str] = field(default_factory=list)
    crs_changed: bool = False
    replaced: bool = False
    basemap: Any = None


def morocco_crs() -> QgsCoordinateReferenceSystem:
    """The Lambert conformal conic of definitions/projection.py."""
    return QgsCoordinateReferenceSystem.fromWkt(MOROCCO_LCC_WKT)


def has_other_layers(project: QgsProject) -> bool:
    """Whether the project holds layers that no Amuddu database put there."""
    return any(layer.customProperty("amuddu/table") is None
               for layer in project.mapLayers().values())


def crs_is_morocco(project: QgsProject) -> bool:
    return project.crs().isValid() and project.crs() == morocco_crs()


def _subgroups() -> list[tuple[str, Role, bool]]:
    """(title, role, visible) of each subgroup, top to bottom."""
    return [
        (tr(CTX, "Services"), Role.SERVICE, True),
        (tr(CTX, "Reference"), Role.REFERENCE, True),
        (tr(CTX, "Vocabularies"), Role.VOCABULARY, False),
    ]


def find_loaded(project: QgsProject, db: Database) -> QgsLayerTreeGroup | None:
    for group in project.layerTreeRoot().findGroups():
        if group.customProperty(SOURCE_PROPERTY) == db.source:
            return group
    return None


def _relation_id(db: Database, relation_id: str) -> str:
    digest = hashlib.sha1(db.source.encode("utf-8")).hexdigest()[:8]
    return f"amuddu_{digest}_{relation_id}"


def remove_loaded(project: QgsProject, group: QgsLayerTreeGroup, db: Database) -> None:
    """Take a loaded database out of ``project``: its layers, relations and group."""
    ids = [node.layerId() for node in group.findLayers()]
    manager = project.relationManager()
    prefix = _relation_id(db, "")
    for relation_id in list(manager.relations()):
        if relation_id.startswith(prefix):
            manager.removeRelation(relation_id)
    parent = group.parent()
    project.removeMapLayers(ids)
    if parent is not None:
        parent.removeChildNode(group)


def load_into_project(db: Database, project: QgsProject, *, language: str | None = None,
                      feedback: Any = None, set_crs: bool | None = None,
                      basemap: str | None = None) -> LoadedDatabase:
    """Add the database's layers to ``project`` in one group, or return the group that
    already holds them in ``language`` (a database is never loaded twice into one
    project; loaded in another language, it is replaced).

    The project is then put in Morocco's Lambert conformal conic when ``set_crs`` is
    true; by default (None) only when it held no layers of its own (the desktop asks
    the analyst first, gui/database_actions.py). The CRS is set after the layers are
    added: QGIS gives an empty project the CRS of its first layer. ``basemap``: the tile
    address of an online basemap to put at the bottom of the layer tree (none by default)."""
    language = language or ui_language()
    existing = find_loaded(project, db)
    replaced = False
    if existing is not None and existing.customProperty(LANGUAGE_PROPERTY, language) == language:
        layers = {
            node.layer().customProperty("amuddu/table"): node.layer()
            for node in existing.findLayers() if node.layer() is not None
        }
        return LoadedDatabase(existing, layers, already_loaded=True)
    if existing is not None:
        remove_loaded(project, existing, db)
        replaced = True
    if set_crs is None:
        set_crs = not has_other_layers(project)
    group = project.layerTreeRoot().insertGroup(0, tr(CTX, "Amuddu – %1", db.name))
    group.setCustomProperty(SOURCE_PROPERTY, db.source)
    group.setCustomProperty(LANGUAGE_PROPERTY, language)
    loaded = LoadedDatabase(group, replaced=replaced)
    _add_layers(db, project, loaded, language, progress_of(feedback))
    _add_relations(db, project, loaded, language)
    _style(db, project, loaded, language)
    if basemap:
        loaded.basemap = add_basemap(project, basemap)
    if set_crs and not crs_is_morocco(project):
        project.setCrs(morocco_crs())
        loaded.crs_changed = True
    return loaded


def _style(db: Database, project: QgsProject, loaded: LoadedDatabase, language: str) -> None:
    """Forms and styles once every layer and relation is there (forms refer to them)."""
    context = FormContext.for_project(loaded.layers, language, _relation_id(db, ""),
                                      project.relationManager())
    for name, layer in loaded.layers.items():
        configure_form(layer, name, context)
        apply_symbology(layer, name, db, language)
    points = loaded.layers.get("service_point")
    if points is not None:
        add_quality_review_style(points, language)
    loaded.themes = create_map_themes(project, loaded.layers, institution_styles(db, language))


def _add_layers(db: Database, project: QgsProject, loaded: LoadedDatabase, language: str,
                steps: Progress) -> None:
    """One subgroup per role (points, vocabularies, reference layers), each table a layer."""
    subgroups = _subgroups()
    for step, (title, role, visible) in enumerate(subgroups):
        sub = loaded.group.addGroup(title)
        for t in tables_with_role(role):
            if steps.is_cancelled():
                break
            layer = db.layer(t.name, t.label.get(language))
            layer.setCustomProperty("amuddu/table", t.name)
            apply_metadata(layer, t.name, db, language)
            project.addMapLayer(layer, False)
            node = sub.addLayer(layer)
            node.setItemVisibilityChecked(visible)
            loaded.layers[t.name] = layer
        if role is Role.VOCABULARY:
            sub.setExpanded(False)
        steps.progress(100.0 * (step + 1) / len(subgroups))


def _add_relations(db: Database, project: QgsProject, loaded: LoadedDatabase, language: str) -> None:
    """The model's relations between the loaded layers (a point's services are part of it)."""
    manager = project.relationManager()
    for rel in relations():
        parent = loaded.layers.get(rel.parent)
        child = loaded.layers.get(rel.child)
        if parent is None or child is None:
            continue
        qrel = QgsRelation()
        qrel.setId(_relation_id(db, rel.id))
        qrel.setName(f"{rel.label.get(language)} ({rel.child_field})")
        qrel.setReferencedLayer(parent.id())
        qrel.setReferencingLayer(child.id())
        qrel.addFieldPair(rel.child_field, rel.parent_field)
        if rel.child == "service" and rel.parent == "service_point":
            qrel.setStrength(QgsRelation.Composition)
        if qrel.isValid():
            manager.addRelation(qrel)
            loaded.relations.append(qrel)


def morocco_extent(db: Database, project: QgsProject) -> QgsRectangle:
    """The extent of the regions layer in the project's CRS, with a small margin."""
    regions = db.layer("region")
    extent = regions.extent()
    transform = QgsCoordinateTransform(regions.crs(), project.crs(), project)
    out = transform.transformBoundingBox(extent)
    out.scale(1.05)
    return out
