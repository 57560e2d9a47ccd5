"""The list of services of a handout, laid out in the template's ``services-area``: for
each institution a heading, then for each service a row with the first language on the
left, the number that marks it on the map and its institution's icon in the middle, and
the second language on the right (right-aligned and right to left when Arabic). Rows that
do not fit go to a new page, which repeats the template's titles and footer."""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import (
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsReadWriteContext,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetricsF, QImage
from qgis.PyQt.QtXml import QDomDocument

from ...definitions.handouts import FONT_ARABIC, FONT_LATIN, RIGHT_TO_LEFT
from ..atlas.drawing import place as _place
from ..atlas.drawing import rule as _rule
from ..styles.symbology import icon_path
from .template import REPEATED_PREFIXES

_PX_PER_MM = 10.0
_MEASURE = QImage(1, 1, QImage.Format_ARGB32)
_MEASURE.setDotsPerMeterX(int(_PX_PER_MM * 1000))
_MEASURE.setDotsPerMeterY(int(_PX_PER_MM * 1000))
#: Room kept above the measured height: the layout's text drawing differs slightly.
_SLACK = 1.08


def font_for(language: str, size: float, bold: bool = False) -> QFont:
    font = QFont(FONT_ARABIC if language in RIGHT_TO_LEFT else FONT_LATIN)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def text_height(text: str, font: QFont, width_mm: float) -> float:
    """Height (mm) of ``text`` wrapped at ``width_mm`` in ``font``."""
    metrics = QFontMetricsF(font, _MEASURE)
    rect = metrics.boundingRect(QRectF(0, 0, width_mm * _PX_PER_MM, 1e7),
                                int(Qt.TextWordWrap), text)
    return rect.height() / _PX_PER_MM * _SLACK


@dataclass
class Block:
    """One side of a row: a bold first line and the lines beneath."""

    language: str
    title: str
    lines: list[str] = field(default_factory=list)


@dataclass
class Flow:
    """The cursor that lays rows out in the area, page after page."""

    layout: QgsPrintLayout
    area: QRectF  # on page 0, in mm
    size: float  # body font size, pt
    page: int = 0
    y: float = 0.0
    top_again: float = 0.0  # where the area starts on continuation pages
    pages_added: list[int] = field(default_factory=list)
    _repeat: tuple[QDomDocument, object] | None = None

    def __post_init__(self) -> None:
        self.y = self.area.top()
        self.top_again = _below_titles(self.layout, self.area.top())
        self._repeat = _repeated_items(self.layout)

    @property
    def gap(self) -> float:
        return self.size * 0.25

    def room(self, height: float) -> None:
        """Go to a new page unless ``height`` fits below the cursor."""
        if self.y + height <= self.area.bottom() or self.y <= self.top_for(self.page) + 0.01:
            return
        collection = self.layout.pageCollection()
        first = collection.page(0)
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize(first.pageSize())
        collection.addPage(page)
        self.page = collection.pageCount() - 1
        self.pages_added.append(self.page)
        if self._repeat is not None:
            doc, holder = self._repeat
            target = collection.page(self.page).pos()
            self.layout.addItemsFromXml(holder, doc, QgsReadWriteContext(),
                                        QPointF(target.x() + 1, target.y() + 1), True)
        self.y = self.top_again

    def top_for(self, page: int) -> float:
        return self.area.top() if page == 0 else self.top_again


def _repeated_items(layout: QgsPrintLayout) -> tuple[QDomDocument, object] | None:
    items = [i for i in layout.items() if isinstance(i, QgsLayoutItem)
             and not isinstance(i, QgsLayoutItemPage) and i.page() == 0
             and i.id().startswith(REPEATED_PREFIXES)]
    if not items:
        return None
    doc = QDomDocument()
    holder = doc.createElement("Items")
    doc.appendChild(holder)
    for item in items:
        item.writeXml(holder, doc, QgsReadWriteContext())
    return doc, holder


def _below_titles(layout: QgsPrintLayout, default: float) -> float:
    bottoms = [i.pos().y() + i.rect().height() for i in layout.items()
               if isinstance(i, QgsLayoutItem) and not isinstance(i, QgsLayoutItemPage)
               and i.page() == 0 and i.id().startswith("title-")]
    return max(bottoms) + 4.0 if bottoms else default


def _text(flow: Flow, text: str, language: str, rect: tuple[float, float, float, float], *,
          bold: bool = False, size: float | None = None,
          align: Qt.AlignmentFlag | None = None) -> QgsLayoutItemLabel:
    label = QgsLayoutItemLabel(flow.layout)
    label.setText(text)
    label.setFont(font_for(language, size or flow.size, bold))
    label.setFontColor(QColor("#000000"))
    rtl = language in RIGHT_TO_LEFT
    label.setHAlign(align if align is not None else (Qt.AlignRight if rtl else Qt.AlignLeft))
    label.setVAlign(Qt.AlignTop)
    label.setMarginX(0)
    label.setMarginY(0)
    flow.layout.addLayoutItem(label)
    _place(label, flow.page, *rect)
    return label


def _block_height(block: Block, width: float, size: float) -> tuple[float, float]:
    title = text_height(block.title, font_for(block.language, size, True), width)
    body = text_height("\n".join(block.lines), font_for(block.language, size), width) \
        if block.lines else 0.0
    return title, body


def add_heading(flow: Flow, first: Block, second: Block, colour: str, icon: str,
                following: float) -> None:
    """An institution's heading (kept with its first row, ``following`` mm high)."""
    size = flow.size * 1.15
    half = (flow.area.width() - 14) / 2
    height = max(_block_height(b, half, size)[0] for b in (first, second)) + 1.5
    flow.room(height + following)
    x, y = flow.area.left(), flow.y
    _rule(flow.layout, "", flow.page, x, y, flow.area.width(), colour="#000000", thickness=0.5)
    _text(flow, first.title, first.language, (x, y + 1.2, half, height), bold=True, size=size)
    _icon(flow, icon, colour, (x + half + 7 - 4.5, y + 1.0, 9, 9))
    _text(flow, second.title, second.language, (x + half + 14, y + 1.2, half, height),
          bold=True, size=size)
    flow.y += max(height, 10.5) + flow.gap


def row_height(flow: Flow, first: Block, second: Block) -> float:
    half = (flow.area.width() - 14) / 2
    heights = [sum(_block_height(b, half, flow.size)) for b in (first, second)]
    return max(max(heights), 14.0)


def add_row(flow: Flow, number: int, first: Block, second: Block, colour: str, icon: str) -> None:
    """One service: its two blocks, its number and its institution's icon."""
    half = (flow.area.width() - 14) / 2
    flow.room(row_height(flow, first, second))
    x, y = flow.area.left(), flow.y
    for block, left in ((first, x), (second, x + half + 14)):
        title_h, body_h = _block_height(block, half, flow.size)
        _text(flow, block.title, block.language, (left, y, half, title_h), bold=True)
        if block.lines:
            _text(flow, "\n".join(block.lines), block.language, (left, y + title_h, half, body_h))
    _text(flow, str(number), "fr", (x + half, y, 14, 7), bold=True, size=flow.size * 1.3,
          align=Qt.AlignHCenter)
    _icon(flow, icon, colour, (x + half + 3.5, y + 7, 7, 7))
    flow.y += row_height(flow, first, second) + flow.gap


def _icon(flow: Flow, icon: str, colour: str, rect: tuple[float, float, float, float]) -> None:
    picture = QgsLayoutItemPicture(flow.layout)
    picture.setPicturePath(str(icon_path(icon)))
    picture.setSvgFillColor(QColor(colour or "#595959"))
    picture.setSvgStrokeColor(QColor("#000000"))
    picture.setSvgStrokeWidth(0.2)
    picture.setResizeMode(QgsLayoutItemPicture.Zoom)
    flow.layout.addLayoutItem(picture)
    picture.attemptResize(QgsLayoutSize(rect[2], rect[3], QgsUnitTypes.LayoutMillimeters))
    _place(picture, flow.page, *rect)


def add_note(flow: Flow, first: Block, second: Block) -> None:
    half = (flow.area.width() - 14) / 2
    height = max(_block_height(b, half, flow.size)[0] for b in (first, second))
    flow.room(height)
    _text(flow, first.title, first.language, (flow.area.left(), flow.y, half, height))
    _text(flow, second.title, second.language,
          (flow.area.left() + half + 14, flow.y, half, height))
    flow.y += height + flow.gap


