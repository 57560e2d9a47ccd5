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

import os
import re
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutRenderContext,
    QgsPrintLayout,
    QgsProject,
    QgsRenderContext,
)
from qgis.PyQt.QtCore import QMarginsF, QSizeF
from qgis.PyQt.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from ...toolbelt.errors import OutputRefused
from ...toolbelt.i18n import tr
from ...toolbelt.outputs import check_output, commit, is_ours, looks_complete, sweep
from ...toolbelt.progress import Progress
from ..store.database import Database
from .layout import missing_fonts, prepare_layout, remove_items, repeat_page_items
from .print_layers import PRINTABLE_POINTS
from .regions import (
    COMBINED_NAME,
    DEFAULT_PNG_DPI,
    PDF_DPI,
    STAGING_PREFIX,
    AtlasCanceled,
    AtlasError,
    AtlasResult,
    RegionMap,
    check_format,
    check_paper,
    parse_regions,
    region_names,
    region_stem,
)
from .template import (
    TEXTS,
)

CTX = "Atlas"  # the translation context (a literal: tools/update_ts.py reads it)

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


def _steps(feedback: Any) -> Progress:
    return Progress(feedback, cancelled=tr(CTX, "Cancelled: no map was written."), error=AtlasCanceled)


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
    steps = _steps(feedback)
    fmt = check_format(fmt)
    if template is None:
        paper = check_paper(paper)
    names = region_names(db)
    if not names:
        raise AtlasError(tr(CTX, "The database %1 has no regions.", db.path))
    codes = parse_regions(regions, names)
    for family in missing_fonts():
        steps.warn(tr(CTX, "The font %1 is not installed: the maps use a substitute. "
                           "Install the Noto fonts for the intended look.", family))
    folder, staging = _prepare_folder(output)
    result = AtlasResult(folder)
    try:
        steps.check_cancel()
        project = QgsProject()
        layout, _layers = prepare_layout(db, project, paper=paper, template=template)
        book = (_CombinedPdf(staging / COMBINED_NAME, f"Amuddu – {TEXTS['atlas_title'].fr}")
                if combined else None)
        _draw_regions(db, project, layout, codes, _Drawing(staging, fmt, dpi, book), result, steps)
        steps.check_cancel()
        if book is not None:
            result.combined = book.path
        _commit(result, staging, folder, fmt)
    except OSError as err:
        raise AtlasError(tr(CTX, "Cannot write to the folder %1: %2", folder,
                            err.strerror or err)) from err
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    steps.info(tr(CTX, "%1 file(s) written in %2.", len(result.files), folder))
    return result


@dataclass
class _Drawing:
    """Where and how the regions are drawn."""

    staging: Path
    fmt: str
    dpi: int
    book: _CombinedPdf | None


def _draw_regions(db: Database, project: QgsProject, layout: QgsPrintLayout, codes: list[str],
                  drawing: _Drawing, result: AtlasResult, steps: Progress) -> None:
    """Draw the atlas page(s) of every region of ``codes`` into the staging folder."""
    atlas = layout.atlas()
    atlas.setFilterFeatures(True)
    atlas.setFilterExpression('"code" IN ({})'.format(", ".join(f"'{c}'" for c in codes)))
    if not atlas.beginRender() or atlas.count() == 0:
        raise AtlasError(tr(CTX, "The atlas found no region to draw."))
    exporter = QgsLayoutExporter(layout)
    counts = _service_counts(db)
    total = atlas.count()
    steps.info(tr(CTX, "Drawing %1 regional maps (%2, %3)…", total, drawing.fmt.upper(),
                  layout.customProperty("amuddu/template", "")))
    try:
        for index in range(total):
            steps.check_cancel()
            if not atlas.seekTo(index):
                raise AtlasError(tr(CTX, "The atlas could not move to region %1.", index + 1))
            feature = layout.reportContext().feature()
            code, name = str(feature["code"]), str(feature["name_fr"])
            region = RegionMap(code, name, 0, counts.get(code, 0))
            copies = repeat_page_items(layout)
            try:
                _set_metadata(project, code, name)
                region.files = _export_region(exporter, layout, drawing.staging,
                                              region_stem(code, name), drawing.fmt, drawing.dpi)
                region.pages = layout.pageCollection().pageCount()
                if drawing.book is not None:
                    drawing.book.add(layout, exporter)
            finally:
                remove_items(layout, copies)
            result.regions.append(region)
            steps.info(tr(CTX, "%1 %2: %3 page(s), %4 service point(s).", code, name,
                          region.pages, region.services))
            steps.progress(100.0 * (index + 1) / total)
    finally:
        if drawing.book is not None:
            drawing.book.close()
        atlas.endRender()


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
