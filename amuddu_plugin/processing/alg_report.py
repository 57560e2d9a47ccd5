"""``amuddu:cp3_report``: the committee's printed report to the steering committee, a thin
wrapper over :mod:`amuddu_plugin.core.report.export`. Runs in the main thread (a layout is a
graphics scene), as the atlas and the handouts do."""

from __future__ import annotations

from datetime import date
from typing import Any

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..core.report.export import ReportOptions, export_report
from ..definitions.report import DEFAULT_LANGUAGE, DEFAULT_PAPER, LANGUAGES, PAPERS
from ..toolbelt.errors import AmudduError
from ..toolbelt.i18n import tr
from .alg_monitoring import MonitoringAlgorithm, checked_distance, distance_parameter
from .base import choice_parameter

CTX = "Processing"
LANGUAGE_CHOICES = [DEFAULT_LANGUAGE, *[code for code in LANGUAGES if code != DEFAULT_LANGUAGE]]
PAPER_CHOICES = [DEFAULT_PAPER, *[code for code in PAPERS if code != DEFAULT_PAPER]]


def _advanced(parameter: QgsProcessingParameterDefinition) -> QgsProcessingParameterDefinition:
    parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    return parameter


class CommitteeReport(MonitoringAlgorithm):
    NAME = "cp3_report"
    READS_SNAPSHOT = True
    DISPLAY = "Committee report for the steering committee (PDF)"
    HELP = (
        "Prints the report that programme committee 3 takes to the steering committee, as one "
        "PDF drawn by QGIS's layout engine: a national summary (population, published active "
        "service points and services by institution and by region, and what opened, closed or "
        "changed over the period), the coverage of Morocco (two maps of the provinces: services "
        "per 100,000 inhabitants and the share of the population beyond the reference distance), "
        "bar charts by region and institution, one page per region (its map and its provinces), "
        "the alerts with the committee's notes, and the data-quality summary with the sources. "
        "Every page has its number, the date and the data version. In Arabic the whole report "
        "reads right to left.\n\n"
        "The period: FROM and TO are snapshot labels (amuddu:snapshot) or dates (the latest "
        "snapshot on or before it); both empty: the last two snapshots, or the last one to now, "
        "or the first data state to now when there is no snapshot; TO empty: now.\n\n"
        "Beside the PDF, a QGIS project of the same name (.qgz) holds the report's layout and "
        "the layers of its maps: open it and use Project > Layouts to adjust the report in the "
        "layout designer. Nothing is written unless both files are complete."
    )

    def flags(self):  # layouts are drawn in the main thread
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(self.database_parameter())
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "OUTPUT", tr(CTX, "Report (PDF)"), fileFilter="PDF (*.pdf *.PDF)"
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "FROM", tr(CTX, "From (snapshot label or date; empty: the last report)"), "", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "TO", tr(CTX, "To (snapshot label or date; empty: now)"), "", optional=True
            )
        )
        self.addParameter(choice_parameter("LANGUAGE", tr(CTX, "Language of the report"), LANGUAGE_CHOICES))
        self.addParameter(choice_parameter("PAPER", tr(CTX, "Paper size (portrait)"), PAPER_CHOICES))
        self.addParameter(_advanced(distance_parameter()))
        self.addParameter(
            _advanced(
                QgsProcessingParameterString(
                    "TODAY", tr(CTX, "Date of the report (YYYY-MM-DD; empty: today)"), "", optional=True
                )
            )
        )
        self.addOutput(QgsProcessingOutputFile("PROJECT", tr(CTX, "Project with the report's layout")))
        self.addOutput(QgsProcessingOutputNumber("PAGES", tr(CTX, "Pages")))
        self.addOutput(QgsProcessingOutputString("PERIOD", tr(CTX, "Period of the report")))

    def _today(self, parameters: dict[str, Any], context: QgsProcessingContext) -> date | None:
        text = (self.parameterAsString(parameters, "TODAY", context) or "").strip()
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise QgsProcessingException(
                tr(CTX, "TODAY must be a date written YYYY-MM-DD (got “%1”).", text)
            ) from None

    def processAlgorithm(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,  # noqa: N802
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        db = self.open_database(parameters, context, feedback)
        options = ReportOptions(
            language=self.choice(parameters, "LANGUAGE", context, LANGUAGE_CHOICES),
            paper=self.choice(parameters, "PAPER", context, PAPER_CHOICES),
            start=self.parameterAsString(parameters, "FROM", context) or "",
            end=self.parameterAsString(parameters, "TO", context) or "",
            today=self._today(parameters, context),
            distance_km=checked_distance(self, parameters, context),
        )
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        try:
            result = export_report(db, output, options, feedback)
        except AmudduError as err:
            raise QgsProcessingException(str(err)) from err
        period = result.period
        text = f"{period.start or '–'} → {period.end or 'now'}"
        feedback.pushInfo(
            tr(CTX, "Report written: %1 (%2 pages); its layout: %3", result.pdf, result.pages, result.project)
        )
        return {
            "OUTPUT": str(result.pdf),
            "PROJECT": str(result.project),
            "PAGES": result.pages,
            "PERIOD": text,
        }
