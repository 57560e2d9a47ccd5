"""The atlas layout: loaded from its template, bound to a database's print layers, its page
items repeated on extra pages, and added to a project for hand edits."""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsCoordinateTransform,
    QgsExpressionContextUtils,
    QgsLayerTreeGroup,
    QgsLayoutFrame,
    QgsLayoutItem,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
)
from qgis.PyQt.QtCore import QPointF
from qgis.PyQt.QtGui import QFont, QFontDatabase
from qgis.PyQt.QtXml import QDomDocument

from ...toolbelt.i18n import tr
from ..store.database import SAMPLE_SOURCE, Database
from .print_layers import FONT_ARABIC, FONT_LATIN, PRINTABLE_POINTS, PrintLayers, make_print_layers
from .regions import AtlasError, check_paper
from .template import (
    ITEM_LEGEND,
    ITEM_LOCATOR_MAP,
    ITEM_MAIN_MAP,
    ITEM_TABLE,
    REQUIRED_ITEMS,
    TEXTS,
    template_path,
)

CTX = "Atlas"  # the translation context (a literal: tools/update_ts.py reads it)

def missing_fonts() -> list[str]:
    """The print fonts (Noto Sans, Noto Sans Arabic) this machine lacks."""
    families = set(QFontDatabase().families())
    return [f for f in (FONT_LATIN, FONT_ARABIC) if f not in families]


def pair_print_fonts() -> None:
    """Make Noto Sans and Noto Sans Arabic each other's fallback: the Arabic of mixed texts
    (legend, table, town labels) is then drawn in Noto Sans Arabic, and the punctuation of
    Arabic texts (dashes, middle dots, brackets, which Noto Sans Arabic lacks) in Noto Sans,
    rather than in whichever font the system falls back to."""
    for family, fallback in ((FONT_LATIN, FONT_ARABIC), (FONT_ARABIC, FONT_LATIN)):
        if fallback not in QFont.substitutes(family):
            QFont.insertSubstitution(family, fallback)


# ------------------------------------------------------------------------------------------
# The layout
# ------------------------------------------------------------------------------------------
def load_layout(project: QgsProject, *, paper: str = "A4",
                template: str | os.PathLike[str] | None = None) -> QgsPrintLayout:
    """A layout from the shipped template of ``paper`` or from ``template`` (a .qpt);
    refuses a template that lacks one of the items the atlas binds data to."""
    path = Path(template) if template else template_path(check_paper(paper))
    if not path.is_file():
        raise AtlasError(tr(CTX, "The layout template %1 does not exist.", path))
    doc = QDomDocument()
    try:
        content = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise AtlasError(tr(CTX, "The layout template %1 cannot be read: %2", path, err)) from err
    if not doc.setContent(content)[0]:
        raise AtlasError(tr(CTX, "The layout template %1 is not valid XML.", path))
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(doc, QgsReadWriteContext())
    if not ok:
        raise AtlasError(tr(CTX, "%1 is not a QGIS layout template.", path))
    missing = [item_id for item_id in REQUIRED_ITEMS if layout.itemById(item_id) is None]
    if missing:
        raise AtlasError(
            tr(CTX, "The layout template %1 lacks the item(s) %2 that the atlas fills in.",
               path, ", ".join(missing))
        )
    if not isinstance(layout.itemById(ITEM_TABLE), QgsLayoutFrame) or not isinstance(
        _table(layout), QgsLayoutItemAttributeTable
    ):
        raise AtlasError(
            tr(CTX, "In the layout template %1, the item %2 must be a frame of an attribute table.",
               path, ITEM_TABLE)
        )
    layout.setCustomProperty("amuddu/template", str(path))
    return layout


def _table(layout: QgsPrintLayout) -> Any:
    frame = layout.itemById(ITEM_TABLE)
    return frame.multiFrame() if isinstance(frame, QgsLayoutFrame) else None


def layout_variables(db: Database, layers: PrintLayers) -> dict[str, str]:
    """Every variable the template reads: the data facts of :mod:`atlas_style` plus the
    data version, the production date and the note on illustrative sample points."""
    samples = db.count("service_point", f"{PRINTABLE_POINTS} AND source = '{SAMPLE_SOURCE}'")
    return {
        **layers.variables,
        "amuddu_data_version": db.meta("data_version") or "",
        "amuddu_produced_on": _dt.date.today().strftime("%d/%m/%Y"),
        "amuddu_sample_note": TEXTS["sample_note"].fr if samples else "",
    }


def bind_layout(layout: QgsPrintLayout, db: Database, layers: PrintLayers) -> None:
    """Point the template's items at the print layers: atlas coverage, map layers, the
    locator's extent, the legend's entries and the table's source."""
    for name, value in layout_variables(db, layers).items():
        QgsExpressionContextUtils.setLayoutVariable(layout, name, value)

    atlas = layout.atlas()
    atlas.setCoverageLayer(layers.regions)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)

    main = layout.itemById(ITEM_MAIN_MAP)
    locator = layout.itemById(ITEM_LOCATOR_MAP)
    main.setKeepLayerSet(True)
    main.setLayers(layers.main_map())
    main.setAtlasDriven(True)
    locator.setKeepLayerSet(True)
    locator.setLayers([layers.locator])
    locator.setAtlasDriven(False)
    extent = QgsCoordinateTransform(
        layers.locator.crs(), locator.crs(), layout.project()
    ).transformBoundingBox(layers.locator.extent())
    extent.scale(1.04)
    locator.zoomToExtent(extent)
    for item in layout.items():  # a scale bar, north arrow or legend that lost its map
        if (hasattr(item, "linkedMap") and not isinstance(item, QgsLayoutItemMap)
                and item.linkedMap() is None):
            item.setLinkedMap(main)

    legend = layout.itemById(ITEM_LEGEND)
    _bind_legend(legend, layers)

    table = _table(layout)
    columns = list(table.columns())  # copies (a value type since QGIS 3.16)
    sort_columns = list(table.sortColumns())
    table.setVectorLayer(layers.service_points)  # resets the columns: put them back
    table.setColumns(columns)
    table.setSortColumns(sort_columns)
    table.refresh()


def _bind_legend(legend: QgsLayoutItemLegend, layers: PrintLayers) -> None:
    """Service points under their layer's name, then the background entries without a
    heading; filtered by the map, so that only what the region holds is listed."""
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    points = root.addLayer(layers.service_points)
    QgsLegendRenderer.setNodeLegendStyle(points, QgsLegendStyle.Subgroup)
    for layer in (layers.regions, layers.provinces):
        node = root.addLayer(layer)
        QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Hidden)
    legend.setLegendFilterByMapEnabled(True)
    legend.updateLegend()


def prepare_layout(db: Database, project: QgsProject, *, paper: str = "A4",
                   template: str | os.PathLike[str] | None = None) -> tuple[QgsPrintLayout, PrintLayers]:
    """The atlas layout bound to fresh print layers of ``db``, held by ``project``."""
    pair_print_fonts()
    layout = load_layout(project, paper=paper, template=template)
    layers = make_print_layers(db, project)
    bind_layout(layout, db, layers)
    return layout, layers


def add_layout_to_project(db: Database, project: QgsProject, *, paper: str = "A4",
                          template: str | os.PathLike[str] | None = None) -> QgsPrintLayout:
    """Add the atlas layout and its print layers to ``project`` for hand edits in the
    layout designer. The print layers go into a group of their own, unchecked (they draw
    only in the layout: their styles follow the atlas page)."""
    layout, layers = prepare_layout(db, project, paper=paper, template=template)
    root = project.layerTreeRoot()
    group: QgsLayerTreeGroup = root.addGroup(tr(CTX, "Amuddu – print layers (%1)", db.name))
    for layer in layers.all():
        group.addLayer(layer)
    group.setItemVisibilityCheckedRecursive(False)
    group.setExpanded(False)
    manager = project.layoutManager()
    layout.setName(_unique_name(project, layout.name()))
    manager.addLayout(layout)
    return layout


def _unique_name(project: QgsProject, name: str) -> str:
    taken = {lay.name() for lay in project.layoutManager().layouts()}
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name} {n}", n + 1
    return candidate


# ------------------------------------------------------------------------------------------
# Pages that the table adds
# ------------------------------------------------------------------------------------------
def repeat_page_items(layout: QgsPrintLayout) -> list[QgsLayoutItem]:
    """Copy the items of the table's first page (headers, footers) onto the pages the table
    added; returns the copies (remove them before moving to the next region)."""
    table = _table(layout)
    frames = [table.frame(i) for i in range(table.frameCount())]
    if len(frames) < 2:
        return []
    first_page = frames[0].page()
    frame_uuids = {f.uuid() for f in frames}
    originals = [
        item for item in layout.items()
        if isinstance(item, QgsLayoutItem) and not isinstance(item, QgsLayoutItemPage)
        and item.uuid() not in frame_uuids and item.page() == first_page
        and item.parentGroup() is None
    ]
    if not originals:
        return []
    doc = QDomDocument()
    holder = doc.createElement("Items")
    doc.appendChild(holder)
    context = QgsReadWriteContext()
    for item in originals:
        item.writeXml(holder, doc, context)
    collection = layout.pageCollection()
    copies: list[QgsLayoutItem] = []
    for page in sorted({f.page() for f in frames[1:]}):
        if page <= first_page:
            continue
        target = collection.page(page).pos()
        copies += layout.addItemsFromXml(holder, doc, context, QPointF(target.x() + 1, target.y() + 1),
                                         True)
    return copies


def remove_items(layout: QgsPrintLayout, items: Iterable[QgsLayoutItem]) -> None:
    for item in items:
        layout.removeLayoutItem(item)


# ------------------------------------------------------------------------------------------
# Export
# ------------------------------------------------------------------------------------------
