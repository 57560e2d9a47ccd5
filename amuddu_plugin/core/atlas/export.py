"""The regional atlas: one printed map per region, as PDF or PNG, with no manual layout work.

:func:`export_atlas` loads a layout template (``resources/layouts/amuddu_atlas_<paper>.qpt``
or one of the user's own), binds the print layers of a database to it
(:mod:`amuddu_plugin.core.atlas.print_layers`) and writes one file per region, named by code and
slug (``06-casablanca-settat.pdf``), and optionally one PDF of all the regions exported.

Every parameter is checked before anything is drawn; the files are drawn into a hidden
staging folder inside the output folder and moved into place only when every region is
done, so a failed or cancelled run leaves the folder as it was.

:func:`add_layout_to_project` puts the same layout, bound to the same layers, into a
project, for hand edits in the layout designer.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsCoordinateTransform,
    QgsExpressionContextUtils,
    QgsLayerTreeGroup,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItem,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutRenderContext,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRenderContext,
)
from qgis.PyQt.QtCore import QMarginsF, QPointF, QSizeF
from qgis.PyQt.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QPainter, QPdfWriter
from qgis.PyQt.QtXml import QDomDocument

from ...toolbelt.errors import OutputRefused
from ...toolbelt.i18n import tr
from ...toolbelt.log import logger
from ...toolbelt.outputs import check_output, commit, is_ours, looks_complete, sweep
from ..store.database import SAMPLE_SOURCE, Database, StoreError, report_info
from .print_layers import FONT_ARABIC, FONT_LATIN, PRINTABLE_POINTS, PrintLayers, make_print_layers
from .template import (
    ITEM_LEGEND,
    ITEM_LOCATOR_MAP,
    ITEM_MAIN_MAP,
    ITEM_TABLE,
    PAPERS,
    REQUIRED_ITEMS,
    TEXTS,
    template_path,
)

CTX = "Atlas"
FORMATS = ("pdf", "png")
COMBINED_NAME = "amuddu-atlas.pdf"
PDF_DPI = 300  # for the few parts a PDF may rasterise; maps and text stay vectors
DEFAULT_PNG_DPI = 150
STAGING_PREFIX = ".amuddu-atlas-"


class AtlasError(StoreError):
    """A problem with the atlas parameters or its output, worded for the person who asked."""


class AtlasCanceled(AtlasError):
    pass


@dataclass
class RegionMap:
    """What was written for one region."""

    code: str
    name: str
    pages: int
    services: int
    files: list[Path] = field(default_factory=list)


@dataclass
class AtlasResult:
    folder: Path
    regions: list[RegionMap] = field(default_factory=list)
    combined: Path | None = None

    @property
    def files(self) -> list[Path]:
        out = [f for r in self.regions for f in r.files]
        return out + ([self.combined] if self.combined else [])

    @property
    def pages(self) -> int:
        return sum(r.pages for r in self.regions)


# ------------------------------------------------------------------------------------------
# Names and parameters
# ------------------------------------------------------------------------------------------
def slugify(text: str) -> str:
    """ASCII, lower case, words joined by hyphens: ``Fès-Meknès`` -> ``fes-meknes``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def region_stem(code: str, name_fr: str) -> str:
    """The file name of a region's map, without extension: ``06-casablanca-settat``."""
    return f"{code}-{slugify(name_fr)}"


def region_names(db: Database) -> dict[str, str]:
    """HCP code -> French name of every region of the database, in code order."""
    return dict(db.query("SELECT code, name_fr FROM region ORDER BY code"))


def parse_regions(value: str | Sequence[str] | None, known: Iterable[str]) -> list[str]:
    """The region codes asked for, in code order, without repeats; all of ``known`` when
    empty. ``6`` is read as ``06``. Unknown codes raise an error that lists them."""
    known_codes = list(known)
    if value is None:
        items: list[str] = []
    elif isinstance(value, str):
        items = value.replace(";", ",").split(",")
    else:
        items = [str(v) for v in value]
    asked = [item.strip() for item in items if item.strip()]
    if not asked:
        return known_codes
    codes, unknown = [], []
    for item in asked:
        code = item.zfill(2) if item.isdigit() and len(item) < 2 else item
        if code in known_codes:
            if code not in codes:
                codes.append(code)
        else:
            unknown.append(item)
    if unknown:
        raise AtlasError(
            tr(CTX, "Unknown region code(s): %1. The HCP region codes are %2.",
               ", ".join(unknown), ", ".join(known_codes))
        )
    return sorted(codes, key=known_codes.index)


def check_format(value: str) -> str:
    fmt = (value or "").strip().lower()
    if fmt not in FORMATS:
        raise AtlasError(tr(CTX, "Unknown format %1: use pdf or png.", value))
    return fmt


def check_paper(value: str) -> str:
    paper = (value or "").strip().upper()
    if paper not in PAPERS:
        raise AtlasError(tr(CTX, "Unknown paper size %1: use %2.", value, " or ".join(PAPERS)))
    return paper


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
    group: QgsLayerTreeGroup = root.addGroup(tr(CTX, "Amuddu – print layers (%1)", db.path.stem))
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
def _pdf_settings() -> QgsLayoutExporter.PdfExportSettings:
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = PDF_DPI
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = True
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText  # real, searchable text
    settings.exportMetadata = True
    settings.appendGeoreference = True
    settings.simplifyGeometries = True
    return settings


def _png_settings(dpi: int) -> QgsLayoutExporter.ImageExportSettings:
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    settings.generateWorldFile = False
    settings.exportMetadata = True
    return settings


class _CombinedPdf:
    """One PDF of several regions: each region's pages drawn as the layout's own PDF
    export draws them (vector maps, text kept as text)."""

    def __init__(self, path: Path, title: str):
        self.path = path
        self.writer = QPdfWriter(str(path))
        self.writer.setResolution(PDF_DPI)
        self.writer.setTitle(title)
        self.writer.setCreator("Amuddu (QGIS)")
        self.painter: QPainter | None = None

    def add(self, layout: QgsPrintLayout, exporter: QgsLayoutExporter) -> None:
        context = layout.renderContext()
        saved = (context.flags(), context.dpi(), context.textRenderFormat())
        context.setDpi(PDF_DPI)
        context.setFlag(QgsLayoutRenderContext.FlagForceVectorOutput, True)
        context.setFlag(QgsLayoutRenderContext.FlagUseAdvancedEffects, False)
        context.setTextRenderFormat(QgsRenderContext.TextFormatAlwaysText)
        try:
            collection = layout.pageCollection()
            for number in range(collection.pageCount()):
                if not collection.shouldExportPage(number):
                    continue
                size = collection.page(number).pageSize()
                page_layout = QPageLayout(
                    QPageSize(QSizeF(size.width(), size.height()), QPageSize.Millimeter),
                    QPageLayout.Portrait, QMarginsF(0, 0, 0, 0),
                )
                self.writer.setPageLayout(page_layout)
                if self.painter is None:
                    self.painter = QPainter()
                    if not self.painter.begin(self.writer):
                        raise AtlasError(tr(CTX, "Cannot write %1.", self.path))
                else:
                    self.writer.newPage()
                exporter.renderPage(self.painter, number)
        finally:
            context.setFlags(saved[0])
            context.setDpi(saved[1])
            context.setTextRenderFormat(saved[2])

    def close(self) -> None:
        if self.painter is not None:
            self.painter.end()
            self.painter = None


def _prepare_folder(output: str | os.PathLike[str]) -> tuple[Path, Path]:
    """The output folder (created if missing) and a staging folder inside it."""
    text = str(output).strip()
    if not text:
        raise AtlasError(tr(CTX, "No output folder was given."))
    folder = Path(text).expanduser().resolve()
    if folder.exists() and not folder.is_dir():
        raise AtlasError(tr(CTX, "%1 is a file, not a folder.", folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        sweep(folder)  # staging folders and temporary files of runs that died
        staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=folder))
    except OSError as err:
        raise AtlasError(
            tr(CTX, "Cannot write to the folder %1: %2", folder, err.strerror or err)
        ) from err
    return folder, staging


def _check_cancel(feedback: Any) -> None:
    if feedback is not None and feedback.isCanceled():
        raise AtlasCanceled(tr(CTX, "Cancelled: no map was written."))


def _warn(feedback: Any, text: str) -> None:
    logger().warning(text)
    if feedback is not None:
        if hasattr(feedback, "pushWarning"):
            feedback.pushWarning(text)
        else:  # pragma: no cover - QGIS < 3.16
            feedback.reportError(text, False)


def export_atlas(
    db: Database,
    output: str | os.PathLike[str],
    *,
    fmt: str = "pdf",
    paper: str = "A4",
    regions: str | Sequence[str] | None = None,
    combined: bool = False,
    dpi: int = DEFAULT_PNG_DPI,
    template: str | os.PathLike[str] | None = None,
    feedback: Any = None,
) -> AtlasResult:
    """Write the map of each region asked for (all when ``regions`` is empty) into the
    folder ``output``: ``<code>-<slug>.pdf``, or for PNG one image per page
    (``<code>-<slug>.png``, ``<code>-<slug>_2.png``...); with ``combined``, also
    ``amuddu-atlas.pdf`` holding every region exported.

    Raises :class:`AtlasError` with a clear message, having written nothing, for an unknown
    format, paper, region code or template, or an output folder that cannot be written."""
    fmt = check_format(fmt)
    if template is None:
        paper = check_paper(paper)
    names = region_names(db)
    if not names:
        raise AtlasError(tr(CTX, "The database %1 has no regions.", db.path))
    codes = parse_regions(regions, names)
    for family in missing_fonts():
        _warn(feedback, tr(CTX, "The font %1 is not installed: the maps use a substitute. "
                                "Install the Noto fonts for the intended look.", family))
    folder, staging = _prepare_folder(output)
    result = AtlasResult(folder)
    try:
        _check_cancel(feedback)
        project = QgsProject()
        layout, layers = prepare_layout(db, project, paper=paper, template=template)
        atlas = layout.atlas()
        atlas.setFilterFeatures(True)
        atlas.setFilterExpression('"code" IN ({})'.format(", ".join(f"'{c}'" for c in codes)))
        if not atlas.beginRender() or atlas.count() == 0:
            raise AtlasError(tr(CTX, "The atlas found no region to draw."))
        exporter = QgsLayoutExporter(layout)
        book = (_CombinedPdf(staging / COMBINED_NAME, f"Amuddu – {TEXTS['atlas_title'].fr}")
                if combined else None)
        counts = _service_counts(db)
        total = atlas.count()
        report_info(feedback, tr(CTX, "Drawing %1 regional maps (%2, %3)…", total, fmt.upper(),
                           layout.customProperty("amuddu/template", "")))
        try:
            for index in range(total):
                _check_cancel(feedback)
                if not atlas.seekTo(index):
                    raise AtlasError(tr(CTX, "The atlas could not move to region %1.", index + 1))
                feature = layout.reportContext().feature()
                code, name = str(feature["code"]), str(feature["name_fr"])
                region = RegionMap(code, name, 0, counts.get(code, 0))
                copies = repeat_page_items(layout)
                try:
                    _set_metadata(project, code, name)
                    region.files = _export_region(exporter, layout, staging,
                                                  region_stem(code, name), fmt, dpi)
                    region.pages = layout.pageCollection().pageCount()
                    if book is not None:
                        book.add(layout, exporter)
                finally:
                    remove_items(layout, copies)
                result.regions.append(region)
                report_info(feedback, tr(CTX, "%1 %2: %3 page(s), %4 service point(s).", code, name,
                                   region.pages, region.services))
                if feedback is not None:
                    feedback.setProgress(100.0 * (index + 1) / total)
        finally:
            if book is not None:
                book.close()
            atlas.endRender()
        _check_cancel(feedback)
        if book is not None:
            result.combined = book.path
        _commit(result, staging, folder, fmt)
    except OSError as err:
        raise AtlasError(tr(CTX, "Cannot write to the folder %1: %2", folder,
                            err.strerror or err)) from err
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    report_info(feedback, tr(CTX, "%1 file(s) written in %2.", len(result.files), folder))
    return result


def _service_counts(db: Database) -> dict[str, int]:
    return {code: int(n) for code, n in db.query(
        f"SELECT region_code, count(*) FROM service_point WHERE {PRINTABLE_POINTS} "
        "GROUP BY region_code")}


def _set_metadata(project: QgsProject, code: str, name: str) -> None:
    """Title, author and subject that the PDF export writes into the file."""
    metadata = project.metadata()
    metadata.setTitle(f"Amuddu – {name} ({code})")
    metadata.setAuthor(TEXTS["author"].fr)
    metadata.setAbstract(TEXTS["subtitle"].fr)
    metadata.setKeywords({"Amuddu": ["CP3", "SNIA", code, name]})
    project.setMetadata(metadata)


def _export_region(exporter: QgsLayoutExporter, layout: QgsPrintLayout, staging: Path,
                   stem: str, fmt: str, dpi: int) -> list[Path]:
    if fmt == "pdf":
        path = staging / f"{stem}.pdf"
        status = exporter.exportToPdf(str(path), _pdf_settings())
        files = [path]
    else:
        path = staging / f"{stem}.png"
        status = exporter.exportToImage(str(path), _png_settings(dpi))
        files = [path] + sorted((p for p in staging.glob(f"{stem}_*.png") if _is_page(p, stem)),
                                key=lambda p: int(p.stem.rsplit("_", 1)[1]))
    if status != QgsLayoutExporter.Success:
        raise AtlasError(tr(CTX, "The map %1 could not be written (%2).", path.name,
                            exporter.errorFile() or status))
    missing = [p for p in files if not p.is_file()]
    if missing:
        raise AtlasError(tr(CTX, "The map %1 could not be written.", missing[0].name))
    return files


def _is_page(path: Path, stem: str) -> bool:
    """Whether ``path`` is a later page of the PNG map ``stem`` (``<stem>_<n>.png``)."""
    return re.fullmatch(rf"{re.escape(stem)}_\d+\.png", path.name) is not None


def _commit(result: AtlasResult, staging: Path, folder: Path, fmt: str) -> None:
    """Check every staged file (a full disk leaves empty or cut files that the exporter
    calls a success), refuse targets that Amuddu did not write, then move the files into
    the output folder (each by an atomic rename) and drop the PNG pages left by an earlier,
    longer export of the same regions. Nothing in the folder changes unless all is well."""
    staged = [p for region in result.regions for p in region.files]
    if result.combined is not None:
        staged.append(result.combined)
    for path in staged:
        problem = looks_complete(path)
        if problem:
            raise AtlasError(tr(CTX, "The map %1 could not be written: %2", path.name, problem))
        try:
            check_output(folder / path.name, legacy=_legacy_map)
        except OutputRefused as err:
            raise AtlasError(str(err)) from err
    commit((path, folder / path.name) for path in staged)
    for region in result.regions:
        region.files = [folder / p.name for p in region.files]
        if fmt == "png":
            stem = region.files[0].stem
            for stale in folder.glob(f"{stem}_*.png"):
                if _is_page(stale, stem) and stale not in region.files and \
                        (is_ours(stale) or _legacy_map(stale)):
                    stale.unlink()
    if result.combined is not None:
        result.combined = folder / result.combined.name


def _legacy_map(path: Path) -> bool:
    """A map written by an earlier version (which kept no record): its metadata name Amuddu."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(65536)
            fh.seek(max(0, path.stat().st_size - 65536))
            tail = fh.read()
    except OSError:
        return False
    return b"Amuddu" in head or b"Amuddu" in tail
