"""The design of the atlas's print layout: a map page (main map, locator, legend, north
arrow, scale bar) and a table page, for each paper size, drawn into the shipped templates
(``resources/layouts/amuddu_atlas_*.qpt``) by ``tools/draw_templates.py``. The export reads
the templates, never this module.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsFillSymbol,
    QgsLayout,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
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
    QgsScaleBarSettings,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ...definitions.formats import TEMPORARILY_CLOSED
from ...definitions.model import INSTITUTION, SERVICE_POINT, Label
from ..styles.symbology import text_format
from .drawing import font, label, map_frame, place, rule, save_templates
from .print_layers import FONT_LATIN, LOCATOR_HIGHLIGHT
from .template import (
    ACCENT,
    FOOTER_META,
    FOOTER_SOURCES,
    INK,
    ITEM_LEGEND,
    ITEM_LOCATOR_MAP,
    ITEM_MAIN_MAP,
    ITEM_NORTH_ARROW,
    ITEM_SCALEBAR,
    ITEM_TABLE,
    MUTED,
    NORTH_ARROW_SVG,
    PAPERS,
    ROW_TINT,
    TEXTS,
    Grid,
    atlas_field,
    template_path,
)


def _header(layout: QgsLayout, g: Grid, page: int, prefix: str, title_fr: str,
            title_ar: str, *, subtitle: bool) -> None:
    m, w = g.margin, g.inner_width
    left, right = w * 0.56, w * 0.44
    title_size = g.font(20 if subtitle else 14)
    title_h = 11 if subtitle else 8
    label(layout, f"{prefix}title-fr", title_fr, page, (m, m, left, title_h + 2),
           size=title_size, bold=True, colour=ACCENT)
    label(layout, f"{prefix}title-ar", title_ar, page, (m + w - right, m - 1, right, title_h + 3),
           size=title_size, bold=True, colour=ACCENT, arabic=True)
    if subtitle:
        top = m + title_h + 3
        height = m + g.header - top - 1
        text_fr = f"{TEXTS['subtitle'].fr}\n{TEXTS['programme'].fr}"
        text_ar = f"{TEXTS['subtitle'].ar}\n{TEXTS['programme'].ar}"
        label(layout, f"{prefix}subtitle-fr", text_fr, page, (m, top, left, height),
               size=g.font(8.5), colour=MUTED)
        label(layout, f"{prefix}subtitle-ar", text_ar, page, (m + w - right, top - 0.5, right, height),
               size=g.font(8.5), colour=MUTED, arabic=True)
    rule(layout, f"{prefix}header-rule", page, m, m + (g.header if subtitle else 14), w)


def _footer(layout: QgsLayout, g: Grid, page: int, prefix: str) -> None:
    m, w = g.margin, g.inner_width
    top = g.footer_top
    rule(layout, f"{prefix}footer-rule", page, m, top - 1.2, w, colour="#b9b9b9", thickness=0.25)
    label(layout, f"{prefix}footer-sources", FOOTER_SOURCES, page, (m, top, w * 0.68, g.footer),
           size=g.font(6.2), colour=MUTED)
    meta = label(layout, f"{prefix}footer-meta", FOOTER_META, page,
                  (m + w * 0.70, top, w * 0.30, g.footer), size=g.font(6.5), colour=MUTED)
    meta.setHAlign(Qt.AlignRight)


def _map_width(g: Grid) -> float:
    return g.inner_width - g.column - g.gap


def _main_map(layout: QgsPrintLayout, g: Grid, page: int) -> QgsLayoutItemMap:
    main = map_frame(layout, ITEM_MAIN_MAP, page,
                     (g.margin, g.body_top, _map_width(g), g.body_bottom - g.body_top))
    main.setAtlasDriven(True)
    main.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    main.setAtlasMargin(0.06)
    return main


def _locator(layout: QgsPrintLayout, g: Grid, page: int, main: QgsLayoutItemMap) -> float:
    """The inset of the whole country with the main map's extent drawn on it; its height."""
    col_x = g.width - g.margin - g.column
    locator_h = round(g.column * 0.72, 1)
    locator = map_frame(layout, ITEM_LOCATOR_MAP, page, (col_x, g.body_top, g.column, locator_h))
    overview = QgsLayoutItemMapOverview("main-map-extent", locator)
    overview.setLinkedMap(main)
    overview.setFrameSymbol(QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": LOCATOR_HIGHLIGHT, "outline_width": "0.5"}))
    locator.overviews().addOverview(overview)
    label(layout, "locator-title", f"{TEXTS['locator'].fr} · {TEXTS['locator'].ar}", page,
          (col_x + 2, g.body_top + 1.5, g.column - 4, 5), size=g.font(7), bold=True, colour=MUTED)
    return locator_h


def _legend(layout: QgsPrintLayout, g: Grid, page: int, main: QgsLayoutItemMap, top: float) -> None:
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
    legend.setStyleFont(QgsLegendStyle.Title, font(FONT_LATIN, g.font(9), bold=True))
    legend.setStyleFont(QgsLegendStyle.Group, font(FONT_LATIN, g.font(7.5), bold=True))
    legend.setStyleFont(QgsLegendStyle.Subgroup, font(FONT_LATIN, g.font(7.5), bold=True))
    legend.setStyleFont(QgsLegendStyle.SymbolLabel, font(FONT_LATIN, g.font(7)))
    legend.setStyleMargin(QgsLegendStyle.Title, QgsLegendStyle.Bottom, 2.5)
    legend.setStyleMargin(QgsLegendStyle.Subgroup, QgsLegendStyle.Top, 2.0)
    legend.setStyleMargin(QgsLegendStyle.Symbol, QgsLegendStyle.Top, 1.6)
    legend.setBackgroundEnabled(False)
    legend.setFrameEnabled(False)
    layout.addLayoutItem(legend)
    place(legend, page, g.width - g.margin - g.column, top, g.column, g.body_bottom - top)


def _north_arrow(layout: QgsPrintLayout, g: Grid, page: int, main: QgsLayoutItemMap) -> None:
    arrow = QgsLayoutItemPicture(layout)
    arrow.setId(ITEM_NORTH_ARROW)
    arrow.setPicturePath(NORTH_ARROW_SVG)
    arrow.setLinkedMap(main)
    arrow.setNorthMode(QgsLayoutItemPicture.TrueNorth)
    arrow.setSvgFillColor(QColor(INK))
    arrow.setSvgStrokeColor(QColor(INK))
    layout.addLayoutItem(arrow)
    arrow_w = 7.0 if not g.large else 9.0
    place(arrow, page, g.margin + _map_width(g) - arrow_w - 4, g.body_top + 4, arrow_w, arrow_w * 1.6)


def _scale_bar(layout: QgsPrintLayout, g: Grid, page: int, main: QgsLayoutItemMap) -> None:
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
    bar.attemptMove(QgsLayoutPoint(g.margin + 4, g.body_bottom - 14, QgsUnitTypes.LayoutMillimeters),
                    page=page)


def _map_page(layout: QgsPrintLayout, g: Grid) -> None:
    page = 0
    _header(layout, g, page, "", atlas_field("name_fr"), atlas_field("name_ar"), subtitle=True)
    main = _main_map(layout, g, page)
    locator_h = _locator(layout, g, page, main)
    _legend(layout, g, page, main, g.body_top + locator_h + 5)
    _north_arrow(layout, g, page, main)
    _scale_bar(layout, g, page, main)
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
                f"\"name_fr\" || if(\"operating_status\" = '{TEMPORARILY_CLOSED}', "
                f"' (' || map_get(json_to_map(@amuddu_status), '{TEMPORARILY_CLOSED}') || ')', '')",
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
    place(frame, page, m, top, g.inner_width, g.body_bottom - top)
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
    return save_templates(folder, list(PAPERS), build_layout, lambda paper: template_path(paper).name)
