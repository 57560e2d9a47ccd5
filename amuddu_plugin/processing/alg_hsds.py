"""``amuddu:export_hsds`` (the database in Open Referral HSDS 3.0, tabular and/or JSON) and
``amuddu:import_hsds`` (an HSDS package into the database, as the spreadsheet import)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..core.hsds.export import HsdsOptions, export_hsds
from ..core.hsds.import_hsds import import_hsds
from ..definitions.hsds import FORMATS
from ..definitions.model import LANGUAGES
from ..toolbelt.i18n import tr
from .base import AmudduAlgorithm, choice_parameter
from .import_base import ImportAlgorithm, Run

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
        self.addParameter(choice_parameter("FORMAT", tr(CTX, "Form (both, tabular, json)"),
                                            list(FORMATS)))
        self.addParameter(QgsProcessingParameterBoolean(
            "PUBLISHED_ONLY", tr(CTX, "Published service points only"), True))
        self.addParameter(choice_parameter(
            "LANGUAGE", tr(CTX, "Language of the standard fields (the others go in x_translations)"),
            list(LANGUAGES)))
        self.addOutput(QgsProcessingOutputNumber("LOCATIONS", tr(CTX, "Locations exported")))
        self.addOutput(QgsProcessingOutputNumber("SERVICES", tr(CTX, "Services exported")))
        self.addOutput(QgsProcessingOutputNumber("WARNINGS", tr(CTX, "Warnings")))
        self.addOutput(QgsProcessingOutputString("FILES", tr(CTX, "Files written")))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        db = self.open_database(parameters, context, feedback)
        output = self.output_path(parameters, context)
        options = HsdsOptions(
            format=self.choice(parameters, "FORMAT", context, list(FORMATS)),
            published_only=self.parameterAsBool(parameters, "PUBLISHED_ONLY", context),
            language=self.choice(parameters, "LANGUAGE", context, list(LANGUAGES)),
        )
        result = self.run_job(export_hsds, db, output, options, feedback)
        return {
            "OUTPUT": str(result.path),
            "LOCATIONS": result.counts["location"],
            "SERVICES": result.counts["service"],
            "WARNINGS": len(result.warnings),
            "FILES": ",".join(result.files),
        }


class ImportHsds(ImportAlgorithm):
    NAME = "import_hsds"
    REPORT_NAME = "amuddu_hsds_import_report.html"
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
        self.add_import_parameters()

    def checkParameterValues(self, parameters: dict[str, Any],  # noqa: N802
                             context: QgsProcessingContext) -> tuple[bool, str]:
        """A package may be a folder, which QGIS's check of a file parameter refuses."""
        raw = parameters.get("INPUT")
        if not (isinstance(raw, str) and raw.strip() and Path(raw.strip()).expanduser().is_dir()):
            return super().checkParameterValues(parameters, context)
        # the folder is read as its datapackage.json (or its JSON files) by the import itself
        as_file = dict(parameters, INPUT=str(Path(raw.strip()).expanduser() / "datapackage.json"))
        return super().checkParameterValues(as_file, context)

    def importer(self, db: Any, parameters: dict[str, Any], context: QgsProcessingContext,
                 feedback: QgsProcessingFeedback) -> tuple[Run, list[Any]]:
        source = self.parameterAsString(parameters, "INPUT", context)
        if not source:
            raise QgsProcessingException(tr(CTX, "No HSDS package was given."))

        def run(mode: str, dry_run: bool) -> Any:
            return import_hsds(db, source, mode=mode, dry_run=dry_run, feedback=feedback)

        return run, [source]
