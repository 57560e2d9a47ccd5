"""The page layout of the handouts (``resources/layouts/amuddu_handout_<paper>.qpt``).

A plain QGIS layout template: open it in the layout designer (*Project → New Print Layout →
Add items from template*), move, resize or restyle its items, save it as a template of
your own and give it to ``amuddu:export_handouts`` (``TEMPLATE``). The export fills the
items that have these ids, so keep them:

- ``town-map``: the map of the town and its surroundings (its extent is set per town);
- ``qr-code``: the picture that receives the QR code;
- ``services-area``: a frame (drawn without stroke) where the list of services is laid out,
  continued on further pages, which repeat the items whose id starts with ``title-`` or
  ``footer-``.

The texts read layout variables set per town: ``@amuddu_town_first``,
``@amuddu_town_second`` (the town's name in each language of the pair),
``@amuddu_subtitle_first``/``_second``, ``@amuddu_scan``, ``@amuddu_url``,
``@amuddu_check_first``/``_second`` (date and data version) and ``@amuddu_credits``.
Large print: town names in 26 pt, the list in 11 pt on A4 (A5 scales the page down
and keeps the list at 10 pt at least).

To redraw the shipped templates after changing the design::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/draw_templates.py
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsFillSymbol,
    QgsLayoutItemLabel,
    QgsLayoutItemPicture,
    QgsLayoutItemShape,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt

from ...definitions.handouts import BODY_MIN_PT, BODY_SIZE_PT, FONT_ARABIC, PAPERS
from ...toolbelt.paths import resources_path
from ..atlas.drawing import label as _label
from ..atlas.drawing import map_frame as _map
from ..atlas.drawing import place as _place
from ..atlas.drawing import rule as _rule
from ..atlas.drawing import save_templates
from ..atlas.template import INK, MUTED

ITEM_MAP = "town-map"
ITEM_QR = "qr-code"
ITEM_AREA = "services-area"
REQUIRED_ITEMS = (ITEM_MAP, ITEM_QR, ITEM_AREA)
REPEATED_PREFIXES = ("title-", "footer-")
BLACK = "#000000"


@dataclass(frozen=True)
class Grid:
    """Positions (mm) on a portrait page, drawn for A4 and scaled for other sizes."""

    width: float
    height: float

    @property
    def scale(self) -> float:
        return self.width / PAPERS["A4"][0]

    def mm(self, value: float) -> float:
        return value * self.scale

    def font(self, size: float, minimum: float = 0.0) -> float:
        return max(size * self.scale, minimum)

    @property
    def margin(self) -> float:
        return self.mm(11)

    @property
    def inner(self) -> float:
        return self.width - 2 * self.margin

    @property
    def footer_top(self) -> float:
        return self.height - self.margin - self.mm(22)


def template_path(paper: str) -> Path:
    return resources_path("layouts", f"amuddu_handout_{paper}.qpt")


def body_size(paper: str) -> float:
    """The list's font size (pt) on ``paper``."""
    return Grid(*PAPERS[paper]).font(BODY_SIZE_PT, BODY_MIN_PT)


def _arabic(label: QgsLayoutItemLabel) -> QgsLayoutItemLabel:
    """The handouts' Arabic font on a label drawn by the atlas's helper."""
    font = label.font()
    font.setFamily(FONT_ARABIC)
    label.setFont(font)
    return label


def _header(layout: QgsPrintLayout, g: Grid) -> None:
    m, half = g.margin, g.inner / 2
    _label(layout, "title-first", "[% @amuddu_town_first %]", 0, (m, m, half, g.mm(14)),
           size=g.font(26), bold=True, colour=BLACK)
    _arabic(_label(layout, "title-second", "[% @amuddu_town_second %]", 0,
                   (m + half, m - g.mm(2), half, g.mm(16)), size=g.font(26), bold=True,
                   colour=BLACK, arabic=True))
    top = m + g.mm(15)
    _label(layout, "title-sub-first", "[% @amuddu_subtitle_first %]", 0,
           (m, top, half - g.mm(2), g.mm(14)), size=g.font(10.5, 9), colour=INK)
    _arabic(_label(layout, "title-sub-second", "[% @amuddu_subtitle_second %]", 0,
                   (m + half + g.mm(2), top - g.mm(1), half - g.mm(2), g.mm(14)),
                   size=g.font(11, 9), colour=INK, arabic=True))
    _rule(layout, "title-rule", 0, m, m + g.mm(29), g.inner, colour=BLACK, thickness=g.mm(0.8))


def _map_and_qr(layout: QgsPrintLayout, g: Grid) -> None:
    m, top = g.margin, g.margin + g.mm(32)
    qr, height = g.mm(52), g.mm(72)
    _map(layout, ITEM_MAP, 0, (m, top, g.inner - qr - g.mm(5), height))
    picture = QgsLayoutItemPicture(layout)
    picture.setId(ITEM_QR)
    picture.setResizeMode(QgsLayoutItemPicture.Zoom)
    layout.addLayoutItem(picture)
    _place(picture, 0, m + g.inner - qr, top, qr, qr)
    caption = _label(layout, "qr-caption", "[% @amuddu_scan %]", 0,
                     (m + g.inner - qr, top + qr + g.mm(1), qr, height - qr - g.mm(1)),
                     size=g.font(10, 8), colour=INK)
    caption.setHAlign(Qt.AlignHCenter)


def _area(layout: QgsPrintLayout, g: Grid) -> None:
    top = g.margin + g.mm(32) + g.mm(72) + g.mm(5)
    shape = QgsLayoutItemShape(layout)
    shape.setId(ITEM_AREA)
    shape.setShapeType(QgsLayoutItemShape.Rectangle)
    shape.setSymbol(QgsFillSymbol.createSimple({"style": "no", "outline_style": "no"}))
    layout.addLayoutItem(shape)
    _place(shape, 0, g.margin, top, g.inner, g.footer_top - g.mm(3) - top)


def _footer(layout: QgsPrintLayout, g: Grid) -> None:
    m, half, top = g.margin, g.inner / 2, g.footer_top
    _rule(layout, "footer-rule", 0, m, top - g.mm(1.5), g.inner, colour=BLACK, thickness=g.mm(0.4))
    _label(layout, "footer-check-first", "[% @amuddu_check_first %]", 0,
           (m, top, half - g.mm(2), g.mm(14)), size=g.font(9, 8), bold=True, colour=BLACK)
    _arabic(_label(layout, "footer-check-second", "[% @amuddu_check_second %]", 0,
                   (m + half + g.mm(2), top - g.mm(1), half - g.mm(2), g.mm(14)),
                   size=g.font(9.5, 8), bold=True, colour=BLACK, arabic=True))
    credits = _label(layout, "footer-credits", "[% @amuddu_credits %]", 0,
                     (m, top + g.mm(14), g.inner, g.mm(8)), size=g.font(7.5, 6.5), colour=MUTED)
    credits.setHAlign(Qt.AlignHCenter)


def build_layout(project: QgsProject, paper: str) -> QgsPrintLayout:
    """The handout layout of ``paper`` (``A4`` or ``A5`` portrait), without data."""
    width, height = PAPERS[paper]
    g = Grid(width, height)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(f"Amuddu – handout ({paper})")
    layout.pageCollection().page(0).setPageSize(
        QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters))
    _header(layout, g)
    _map_and_qr(layout, g)
    _area(layout, g)
    _footer(layout, g)
    layout.setCustomProperty("amuddu/handout_template", paper)
    return layout


def labels(layout: QgsPrintLayout) -> list[QgsLayoutItemLabel]:
    return [i for i in layout.items() if isinstance(i, QgsLayoutItemLabel)]


def write_templates(folder: Path) -> list[Path]:
    """Draw every paper size's template into ``folder``; returns the files written."""
    return save_templates(folder, list(PAPERS), build_layout, lambda paper: template_path(paper).name)
