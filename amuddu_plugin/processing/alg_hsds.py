"""``amuddu:export_hsds`` (the database in Open Referral HSDS 3.0, tabular and/or JSON) and
``amuddu:import_hsds`` (an HSDS package into the database, as the spreadsheet import)."""

from __future__ import annotations

from pathlib import Path
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
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingUtils,
)

from ..core.hsds.export import HsdsOptions, export_hsds
from ..core.hsds.import_hsds import import_hsds
from ..core.imports.common import MODES
from ..core.imports.report import report_paths, write_report
from ..definitions.hsds import FORMATS
from ..definitions.model import LANGUAGES
from ..toolbelt.errors import AmudduError
from ..toolbelt.i18n import tr
from ..toolbelt.outputs import check_output
from .alg_atlas import _choice_parameter
from .alg_import import REPORT_FILTER
from .base import AmudduAlgorithm

CTX = "Processing"


class ExportHsds(AmudduAlgorithm):
    NAME = "export_hsds"
    READS_SNAPSHOT = True
    DISPLAY = "Export in Open Referral HSDS 3.0"
    HELP = (
        "Writes the database in the Human Services Data Specification (HSDS) 3.0.0 of Open "
        "Referral, the form in which service directories exchange data: the tabular data "
        "package (one CSV per HSDS table and datapackage.json) and/or the JSON form "
        "(organizations.json, services.json). Institutions become organizations, service "
        "points locations (with schedules from their opening hours, languages, wheelchair "
        "access), their services HSDS services, and the vocabularies taxonomies. Text in the "
        "other languages goes in the documented extension x_translations. Identifiers are "
        "the same at every export. What HSDS cannot express (public holidays, addresses "
        "without a postal code) is kept as text and reported.\n\n"
        "The output is a folder, or a .zip when its name ends in .zip. It is replaced only "
        "when the new export is complete, and only if it is a previous HSDS export of Amuddu."
    )
    GROUP = "Exchange"
    GROUP_ID = "exchange"

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(self.database_parameter())
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr(CTX, "Export folder (or .zip file)"), fileFilter="Zip (*.zip)"))
        self.addParameter(_choice_parameter("FORMAT", tr(CTX, "Form (both, tabular, json)"),
                                            list(FORMATS)))
        self.addParameter(QgsProcessingParameterBoolean(
            "PUBLISHED_ONLY", tr(CTX, "Published service points only"), True))
        self.addParameter(_choice_parameter(
            "LANGUAGE", tr(CTX, "Language of the standard fields (the others go in x_translations)"),
            list(LANGUAGES)))
        self.addOutput(QgsProcessingOutputNumber("LOCATIONS", tr(CTX, "Locations exported")))
        self.addOutput(QgsProcessingOutputNumber("SERVICES", tr(CTX, "Services exported")))
        self.addOutput(QgsProcessingOutputNumber("WARNINGS", tr(CTX, "Warnings")))
        self.addOutput(QgsProcessingOutputString("FILES", tr(CTX, "Files written")))

    def _choice(self, parameters: dict[str, Any], name: str, context: QgsProcessingContext,
                options: list[str]) -> str:
        value = parameters.get(name)
        if isinstance(value, int) and not isinstance(value, bool):
            return options[value] if 0 <= value < len(options) else str(value)
        return self.parameterAsString(parameters, name, context) or options[0]

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        db = self.open_database(parameters, context, feedback)
        output = self.parameterAsString(parameters, "OUTPUT", context)
        if not output:
            raise QgsProcessingException(tr(CTX, "No output folder was given."))
        options = HsdsOptions(
            format=self._choice(parameters, "FORMAT", context, list(FORMATS)),
            published_only=self.parameterAsBool(parameters, "PUBLISHED_ONLY", context),
            language=self._choice(parameters, "LANGUAGE", context, list(LANGUAGES)),
        )
        try:
            result = export_hsds(db, output, options, feedback)
        except AmudduError as err:
            raise QgsProcessingException(str(err)) from err
        return {
            "OUTPUT": str(result.path),
            "LOCATIONS": result.counts["location"],
            "SERVICES": result.counts["service"],
            "WARNINGS": len(result.warnings),
            "FILES": ",".join(result.files),
        }


class ImportHsds(AmudduAlgorithm):
    NAME = "import_hsds"
    POSTGIS = True
    DISPLAY = "Import from Open Referral HSDS 3.0"
    HELP = (
        "Imports a directory in the Human Services Data Specification (HSDS) 3.0.0 of Open "
        "Referral: a tabular data package (a folder or .zip with datapackage.json and its CSV "
        "files) or the JSON form (organizations.json, services.json, or one JSON file of "
        "service or organization objects). Organizations are matched to the institutions of "
        "the database by their id, code, acronym or name: an organization that matches none "
        "is reported and not imported. Locations become service points (keeping their id), "
        "with their address, phones, opening hours from their schedules, languages and "
        "wheelchair access; services keep their ids, their category and eligibility come "
        "from the taxonomy terms. Text in other languages is read from the extension "
        "x_translations of Amuddu's export. What cannot be expressed (schedules that are not "
        "weekly opening times) goes in the notes and is reported. A file that breaks the "
        "standard's types is refused whole, naming the file, row, field and reason. As the "
        "spreadsheet import: upsert adds and updates, append only adds; the whole import is "
        "one transaction with a report, undone by amuddu:undo_import; a dry run writes nothing."
    )
    GROUP = "Exchange"
    GROUP_ID = "exchange"

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            "INPUT", tr(CTX, "HSDS package (folder, .zip, datapackage.json or JSON file)"),
            behavior=QgsProcessingParameterFile.File, fileFilter="HSDS (*.zip *.json)"))
        self.addParameter(self.database_parameter())
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
        for name, label in (("ADDED", tr(CTX, "Added")), ("UPDATED", tr(CTX, "Updated")),
                            ("UNCHANGED", tr(CTX, "Unchanged")), ("REJECTED", tr(CTX, "Rejected")),
                            ("MISSING", tr(CTX, "In the database but not in the file"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def checkParameterValues(self, parameters: dict[str, Any],  # noqa: N802
                             context: QgsProcessingContext) -> tuple[bool, str]:
        """A package may be a folder, which QGIS's check of a file parameter refuses."""
        raw = parameters.get("INPUT")
        if not (isinstance(raw, str) and raw.strip() and Path(raw.strip()).expanduser().is_dir()):
            return super().checkParameterValues(parameters, context)
        # the folder is read as its datapackage.json (or its JSON files) by the import itself
        as_file = dict(parameters, INPUT=str(Path(raw.strip()).expanduser() / "datapackage.json"))
        return super().checkParameterValues(as_file, context)

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
        source = self.parameterAsString(parameters, "INPUT", context)
        if not source:
            raise QgsProcessingException(tr(CTX, "No HSDS package was given."))
        report = self.parameterAsFileOutput(parameters, "REPORT", context)
        if not report:
            report = QgsProcessingUtils.generateTempFilename("amuddu_hsds_import_report.html")
        protected = [db.source, source]
        try:  # both reports are checked before anything is imported
            for path in report_paths(report):
                check_output(path, protected=protected)
            result = import_hsds(db, source, mode=self.parameterAsEnumString(parameters, "MODE", context)
                                 or MODES[0], dry_run=self.parameterAsBool(parameters, "DRY_RUN", context),
                                 feedback=feedback)
            if send is not None and result.run_uuid:
                send(result.run_uuid)
            html_path, csv_path = write_report(result, report, protected=protected)
        except AmudduError as err:
            raise QgsProcessingException(str(err)) from err
        except OSError as err:
            raise QgsProcessingException(tr(CTX, "The report %1 cannot be written: %2", report,
                                            err.strerror or err)) from err
        feedback.pushInfo(tr(CTX, "Report: %1", html_path))
        c = result.counts
        return {"IMPORT_ID": result.run_uuid or "", "REPORT": str(html_path), "REPORT_CSV": str(csv_path),
                "ADDED": c.added, "UPDATED": c.updated, "UNCHANGED": c.unchanged, "REJECTED": c.rejected,
                "MISSING": c.missing}
