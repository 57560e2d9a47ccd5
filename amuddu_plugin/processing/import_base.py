"""What every import algorithm shares (the spreadsheet import, the HSDS import): the mode, dry
run and report parameters, the counts it returns, the run on a server through a session, and
the report written after the import, an import whose report fails being named so that it can
be undone."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingUtils,
)

from ..core.imports.common import MODES
from ..core.imports.report import report_paths, write_report
from ..toolbelt.errors import AmudduError
from ..toolbelt.i18n import tr
from ..toolbelt.outputs import check_output
from .base import AmudduAlgorithm

CTX = "Processing"
REPORT_FILTER = "HTML (*.html)"
#: An import's run: (mode, dry run) -> its result (with ``run_uuid``, ``dry_run``, ``counts``).
Run = Callable[[str, bool], Any]


def _count_labels() -> dict[str, str]:
    """Every count an import may return: output name -> label."""
    return {"ADDED": tr(CTX, "Added"), "UPDATED": tr(CTX, "Updated"),
            "UNCHANGED": tr(CTX, "Unchanged"), "REJECTED": tr(CTX, "Rejected"),
            "LOCATED_BY_TOWN": tr(CTX, "Located by town"),
            "MISSING": tr(CTX, "In the database but not in the file")}


class ImportAlgorithm(AmudduAlgorithm):
    """An import: the subclass adds its own parameters, then :meth:`add_import_parameters`, and
    gives :meth:`importer`."""

    POSTGIS = True
    #: The outputs of the counts (names of :func:`_count_labels`), in the report's order.
    COUNTS: tuple[str, ...] = ("ADDED", "UPDATED", "UNCHANGED", "REJECTED", "MISSING")
    #: The name of the report when none is asked for (a temporary file).
    REPORT_NAME = "amuddu_import_report.html"

    def add_import_parameters(self) -> None:
        self.addParameter(QgsProcessingParameterEnum(
            "MODE", tr(CTX, "Mode (upsert: add and update; append: add only)"), list(MODES),
            defaultValue=MODES[0], usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "DRY_RUN", tr(CTX, "Dry run (write nothing, report only)"), False))
        self.addParameter(QgsProcessingParameterFileDestination(
            "REPORT", tr(CTX, "Report (HTML; a CSV is written beside it)"), fileFilter=REPORT_FILTER,
            optional=True))
        self.addOutput(QgsProcessingOutputString("IMPORT_ID", tr(CTX, "Import id (to undo it)")))
        self.addOutput(QgsProcessingOutputFile("REPORT_CSV", tr(CTX, "Report (CSV)")))
        labels = _count_labels()
        for name in self.COUNTS:
            self.addOutput(QgsProcessingOutputNumber(name, labels[name]))

    def importer(self, db: Any, parameters: dict[str, Any], context: QgsProcessingContext,
                 feedback: QgsProcessingFeedback) -> tuple[Run, list[Any]]:
        """The import to run on ``db`` and the paths its report may not overwrite."""
        raise NotImplementedError

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        db = self.open_database(parameters, context, feedback)
        if db.is_postgis:  # the import runs on a snapshot; what it changed goes to the server
            with self.server_session(parameters, context, feedback) as session:
                dry_run = self.parameterAsBool(parameters, "DRY_RUN", context)
                return self._import(session.snapshot, parameters, context, feedback,
                                    send=None if dry_run else session.send)
        return self._import(db, parameters, context, feedback)

    def _import(self, db: Any, parameters: dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback, send: Any = None) -> dict[str, Any]:
        run, protected = self.importer(db, parameters, context, feedback)
        report = self.parameterAsFileOutput(parameters, "REPORT", context)
        if not report:
            report = QgsProcessingUtils.generateTempFilename(self.REPORT_NAME)
        protected = [db.source, *protected]
        try:  # both reports are checked before anything is imported
            for path in report_paths(report):
                check_output(path, protected=protected)
            result = run(self.parameterAsEnumString(parameters, "MODE", context) or MODES[0],
                         self.parameterAsBool(parameters, "DRY_RUN", context))
            if send is not None and result.run_uuid:
                send(result.run_uuid)
        except AmudduError as err:
            raise QgsProcessingException(str(err)) from err
        try:
            html_path, csv_path = write_report(result, report, protected=protected)
        except (AmudduError, OSError) as err:
            reason = err.strerror or str(err) if isinstance(err, OSError) else str(err)
            if result.run_uuid and not result.dry_run:
                raise QgsProcessingException(tr(
                    CTX, "The rows were imported (import id %1: amuddu:undo_import takes them "
                         "back), but the report %2 could not be written: %3",
                    result.run_uuid, report, reason)) from err
            raise QgsProcessingException(tr(CTX, "The report %1 cannot be written: %2", report,
                                            reason)) from err
        feedback.pushInfo(tr(CTX, "Report: %1", html_path))
        counts = {name: getattr(result.counts, name.lower()) for name in self.COUNTS}
        return {"IMPORT_ID": result.run_uuid or "", "REPORT": str(html_path),
                "REPORT_CSV": str(csv_path), **counts}
