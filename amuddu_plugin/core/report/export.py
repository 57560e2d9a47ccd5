"""The committee's report (``amuddu:cp3_report``): one PDF drawn by QGIS's layout engine, and
beside it a QGIS project holding the same layout and the layers its maps draw, for the
analyst to open and adjust in the layout designer (Project > Layouts).

Pages, in the order of :data:`~amuddu_plugin.definitions.report.PAGE_ORDER`: the national
summary, the coverage of Morocco (two maps), the bar charts, one page per region, the alerts
(as many pages as they need) and the data-quality summary with the sources. Everything is
checked and gathered before anything is drawn; the PDF and the project are written beside
their targets and renamed into place only when both are complete (``toolbelt/outputs.py``),
so a failed or cancelled run leaves the previous report as it was.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from qgis.core import QgsLayoutExporter, QgsPrintLayout
from qgis.PyQt.QtGui import QFont

from ...definitions.monitoring import DISTANCE_KM
from ...definitions.report import (
    DEFAULT_LANGUAGE,
    DEFAULT_PAPER,
    FONT_ARABIC,
    FONT_LATIN,
    LANGUAGES,
    LAYOUT_NAME,
    PAPERS,
    PROJECT_SUFFIX,
)
from ...toolbelt.i18n import tr
from ...toolbelt.outputs import atomic_file, check_output, looks_complete
from ...toolbelt.progress import Progress
from ..atlas.export import _pdf_settings
from ..atlas.layout import pair_print_fonts
from ..store.database import Database
from .facts import Period, ReportError, ReportFacts, gather, resolve_period
from .maps import MapLayers, make_layers
from .page import Sheet, footer
from .pages import draw_alerts, draw_national_maps, draw_quality, draw_region
from .summary import draw_charts, draw_summary
from .text import report_language

CTX = "Report"


class ReportCanceled(ReportError):
    pass


@dataclass(frozen=True)
class ReportOptions:
    language: str = DEFAULT_LANGUAGE
    paper: str = DEFAULT_PAPER
    start: str = ""  # FROM: a snapshot label or a date; empty: see resolve_period
    end: str = ""  # TO
    today: date | None = None
    distance_km: float = DISTANCE_KM


@dataclass
class ReportResult:
    pdf: Path
    project: Path
    pages: int
    facts: ReportFacts

    @property
    def period(self) -> Period:
        return self.facts.period


def check_options(options: ReportOptions) -> None:
    if options.language not in LANGUAGES:
        raise ReportError(
            tr(CTX, "LANGUAGE: unknown language “%1”; use %2.", options.language, " or ".join(LANGUAGES))
        )
    if options.paper not in PAPERS:
        raise ReportError(
            tr(CTX, "PAPER: unknown paper size “%1”; use %2.", options.paper, " or ".join(PAPERS))
        )
    if not options.distance_km > 0:
        raise ReportError(tr(CTX, "DISTANCE_KM must be a distance above 0 km (got %1).", options.distance_km))


def targets(output: str | os.PathLike[str], db: Database) -> tuple[Path, Path]:
    """The PDF and the project beside it, refused before anything is drawn when either is the
    database or a file that Amuddu did not write (toolbelt/outputs.py)."""
    text = str(output).strip()
    if not text:
        raise ReportError(tr(CTX, "OUTPUT: no file was given for the report."))
    pdf = Path(text).expanduser()
    if pdf.suffix.lower() != ".pdf":
        pdf = pdf.with_name(pdf.name + ".pdf")
    if pdf.is_dir():
        raise ReportError(tr(CTX, "OUTPUT: %1 is a folder; name the report's PDF file.", pdf))
    project = pdf.with_suffix(PROJECT_SUFFIX)
    return (check_output(pdf, protected=[db.path]), check_output(project, protected=[db.path]))


def draw(sheet: Sheet, facts: ReportFacts, layers: MapLayers, steps: Progress) -> None:
    """Every page of the report into ``sheet``."""
    draw_summary(sheet, facts)
    draw_national_maps(sheet, facts, layers)
    draw_charts(sheet, facts)
    for index in range(len(facts.regions)):
        steps.check_cancel()
        draw_region(sheet, facts, layers, index)
        steps.progress(100.0 * (index + 1) / (len(facts.regions) + 2))
    draw_alerts(sheet, facts)
    draw_quality(sheet, facts)


def build_layout(
    db: Database, facts: ReportFacts, options: ReportOptions, steps: Progress
) -> tuple[QgsPrintLayout, MapLayers]:
    """The report's layout (in the project of its map layers)."""
    pair_print_fonts()
    if FONT_LATIN not in QFont.substitutes(FONT_ARABIC):  # punctuation Naskh lacks
        QFont.insertSubstitution(FONT_ARABIC, FONT_LATIN)
    layers = make_layers(db, facts, options.language)
    layout = QgsPrintLayout(layers.project)
    layout.setName(LAYOUT_NAME.format(language=options.language))
    width, height = PAPERS[options.paper]
    sheet = Sheet(
        layout,
        options.language,
        width,
        height,
        footer(options.language, facts.today, facts.data_version, facts.samples),
    )
    draw(sheet, facts, layers, steps)
    layers.project.layoutManager().addLayout(layout)
    metadata = layers.project.metadata()
    metadata.setTitle(tr(CTX, "Amuddu – report of programme committee 3"))
    metadata.setAuthor(tr(CTX, "Programme committee 3 (SNIA)"))
    layers.project.setMetadata(metadata)
    layers.project.setTitle(layout.name())
    return layout, layers


def _write(layout: QgsPrintLayout, layers: MapLayers, pdf: Path, project: Path) -> None:
    with atomic_file(pdf, validate=looks_complete) as tmp_pdf:
        with atomic_file(project) as tmp_project:
            exporter = QgsLayoutExporter(layout)
            status = exporter.exportToPdf(str(tmp_pdf), _pdf_settings())
            if status != QgsLayoutExporter.Success:
                raise ReportError(
                    tr(
                        CTX,
                        "The report %1 could not be written: %2",
                        pdf.name,
                        exporter.errorMessage() or status,
                    )
                )
            if not layers.project.write(str(tmp_project)):
                raise ReportError(
                    tr(CTX, "The project %1 could not be written: %2", project.name, layers.project.error())
                )


def export_report(
    db: Database, output: str | os.PathLike[str], options: ReportOptions, feedback: Any = None
) -> ReportResult:
    """Write the report of ``options`` to the PDF ``output`` and its project beside it."""
    steps = Progress(feedback, cancelled=tr(CTX, "Cancelled: no report was written."), error=ReportCanceled)
    check_options(options)
    pdf, project = targets(output, db)
    period = resolve_period(db.path, options.start, options.end)
    today = options.today or date.today()
    with report_language(options.language):
        steps.info(tr(CTX, "Gathering the figures…"))
        facts = gather(db, period, today, None, options.distance_km)
        steps.check_cancel()
        steps.progress(15)
        steps.info(tr(CTX, "Drawing the pages…"))
        layout, layers = build_layout(db, facts, options, steps.part(15, 75))
        steps.check_cancel()
        steps.info(tr(CTX, "Writing %1…", pdf.name))
        try:
            _write(layout, layers, pdf, project)
        except OSError as err:
            raise ReportError(
                tr(CTX, "The report %1 could not be written: %2", pdf, getattr(err, "strerror", None) or err)
            ) from err
    steps.progress(100)
    return ReportResult(pdf.resolve(), project.resolve(), layout.pageCollection().pageCount(), facts)
