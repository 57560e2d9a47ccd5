"""Layout items drawn the way Amuddu's printed pages draw them: placed in millimetres,
labels in the print fonts (Arabic right-aligned), thin rules, framed maps in Morocco's
projection. Shared by the atlas and the handouts templates (and their drawing in
:mod:`.design` and :mod:`..handouts.template`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from qgis.core import (
    QgsFillSymbol,
    QgsLayout,
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont

from .print_layers import FONT_ARABIC, FONT_LATIN
from .template import ACCENT, INK, MOROCCO_EXTENT, map_crs


def place(item: QgsLayoutItem, page: int, x: float, y: float, w: float, h: float) -> None:
    item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters), page=page)


def font(family: str, size: float, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(family)
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def label(layout: QgsLayout, item_id: str, text: str, page: int, rect: tuple[float, ...], *,
           size: float, bold: bool = False, italic: bool = False, colour: str = INK,
           arabic: bool = False, valign: Qt.AlignmentFlag = Qt.AlignTop) -> QgsLayoutItemLabel:
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    label.setFont(font(FONT_ARABIC if arabic else FONT_LATIN, size, bold=bold, italic=italic))
    label.setFontColor(QColor(colour))
    label.setHAlign(Qt.AlignRight if arabic else Qt.AlignLeft)
    label.setVAlign(valign)
    label.setMarginX(0)
    label.setMarginY(0)
    layout.addLayoutItem(label)
    place(label, page, *rect)
    return label


def rule(layout: QgsLayout, item_id: str, page: int, x: float, y: float, w: float,
          colour: str = ACCENT, thickness: float = 0.6) -> QgsLayoutItemShape:
    shape = QgsLayoutItemShape(layout)
    shape.setId(item_id)
    shape.setShapeType(QgsLayoutItemShape.Rectangle)
    shape.setSymbol(QgsFillSymbol.createSimple({"color": colour, "outline_style": "no"}))
    layout.addLayoutItem(shape)
    place(shape, page, x, y, w, thickness)
    return shape


def map_frame(layout: QgsLayout, item_id: str, page: int, rect: tuple[float, ...]) -> QgsLayoutItemMap:
    item = QgsLayoutItemMap(layout)
    item.setId(item_id)
    item.setCrs(map_crs())
    item.setKeepLayerSet(True)
    item.setBackgroundColor(QColor("#ffffff"))
    item.setFrameEnabled(True)
    item.setFrameStrokeColor(QColor("#8c8c8c"))
    item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3))
    layout.addLayoutItem(item)
    item.attemptSetSceneRect(QRectF(0, 0, rect[2], rect[3]))
    item.setExtent(MOROCCO_EXTENT)  # a map without an extent cannot be sized
    place(item, page, *rect)
    return item


def save_templates(folder: Path, papers: list[str], build: Callable[[QgsProject, str], QgsPrintLayout],
                   name: Callable[[str], str]) -> list[Path]:
    """Draw ``build(project, paper)`` for each paper into ``folder / name(paper)`` (each file
    written beside and renamed when complete); returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    project = QgsProject()
    for paper in papers:
        layout = build(project, paper)
        path = folder / name(paper)
        tmp = path.with_name(f".{path.name}.tmp")
        if not layout.saveAsTemplate(str(tmp), QgsReadWriteContext()):
            raise OSError(f"cannot write {tmp}")
        tmp.replace(path)
        written.append(path)
    return written
