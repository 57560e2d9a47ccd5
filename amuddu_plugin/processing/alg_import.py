"""``amuddu:import_services``, ``amuddu:undo_import`` and ``amuddu:check_quality``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.imports.importer import import_services
from ..core.imports.mapping import ColumnMapping
from ..core.imports.read import CSV_SUFFIXES, SPREADSHEET_SUFFIXES, split_source
from ..core.imports.undo import undo_import
from ..definitions.model import LANGUAGES, SRID
from ..definitions.quality_rules import QUALITY_ISSUE, QUALITY_SUMMARY, rule
from ..toolbelt.errors import AmudduError
from ..toolbelt.i18n import tr, ui_language
from ..toolbelt.progress import Progress
from .base import AmudduAlgorithm, database_problem
from .import_base import ImportAlgorithm, Run
from .sinks import SafeSink, destination_file

CTX = "Processing"  # the translation context of every algorithm's texts (see algorithms.py)


class _ImportGroup(AmudduAlgorithm):
    GROUP = "Import and quality"
    GROUP_ID = "import"


def input_paths(algorithm: AmudduAlgorithm, parameters: dict[str, Any],
                context: QgsProcessingContext) -> list[str]:
    """The files an import reads (to protect them from its outputs)."""
    from qgis.core import QgsProviderRegistry

    raw = parameters.get("INPUT")
    if isinstance(raw, (str, Path)) and str(raw).strip():
        path = split_source(str(raw))[0]
        if path.is_file():
            return [str(path)]
    layer = algorithm.parameterAsVectorLayer(parameters, "INPUT", context)
    if layer is None:
        return []
    decoded = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    return [decoded["path"]] if decoded.get("path") else []


def _own_file(raw: Any) -> str | None:
    """``raw`` when it names a CSV or spreadsheet file that the plugin reads itself."""
    if isinstance(raw, (str, Path)) and str(raw).strip():
        path, _ = split_source(str(raw))
        if path.is_file() and path.suffix.lower() in CSV_SUFFIXES | SPREADSHEET_SUFFIXES:
            return str(raw)
    return None


def input_source(algorithm: AmudduAlgorithm, parameters: dict[str, Any],
                 context: QgsProcessingContext) -> Any:
    """A file path that the import reads itself (CSV, spreadsheets: encoding, delimiter and
    header detection), or a Processing feature source for anything else."""
    raw = parameters.get("INPUT")
    own = _own_file(raw)
    if own is not None:
        return own
    source = algorithm.parameterAsSource(parameters, "INPUT", context)
    if source is None:
        raise QgsProcessingException(tr(CTX, "The input %1 cannot be read.", raw))
    return source


class ImportServices(_ImportGroup, ImportAlgorithm):
    NAME = "import_services"
    COUNTS = ("ADDED", "UPDATED", "UNCHANGED", "REJECTED", "LOCATED_BY_TOWN", "MISSING")
    DISPLAY = "Import service points from a spreadsheet or layer"
    HELP = (
        "Imports the offices of an institution from a CSV file (any encoding and delimiter), "
        "an XLSX or ODS spreadsheet, a GeoJSON or GeoPackage layer, or any vector layer. "
        "Columns are recognised by their names in French, English or Arabic; a saved mapping "
        "(made in the import dialog) can say otherwise. Coordinates may be decimal (dot or "
        "comma) or in degrees-minutes-seconds; swapped latitude and longitude are corrected, "
        "points outside Morocco rejected. Rows without coordinates are placed at their town "
        "and listed for checking. Phone numbers are written +212…; service categories are "
        "matched to the vocabulary. In update mode, rows are matched by the institution's "
        "identifier (or name and town) and only changed values are written; nothing is ever "
        "deleted. The whole import is one transaction, recorded in the change history so that "
        "it can be undone; a dry run writes nothing and gives the same report."
    )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", tr(CTX, "Spreadsheet or layer to import (CSV, XLSX, ODS, GeoJSON, GeoPackage…)"),
            [QgsProcessing.TypeVector]))
        self.addParameter(self.database_parameter())
        self.addParameter(QgsProcessingParameterString(
            "INSTITUTION", tr(CTX, "Institution (code), for a file without an institution column"),
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            "MAPPING", tr(CTX, "Saved column mapping (JSON)"), behavior=QgsProcessingParameterFile.File,
            fileFilter="JSON (*.json)", optional=True))
        self.add_import_parameters()

    def checkParameterValues(self, parameters: dict[str, Any],  # noqa: N802
                             context: QgsProcessingContext) -> tuple[bool, str]:
        """A CSV or spreadsheet file is read by the plugin's own reader (UTF-16, empty files,
        any delimiter), which QGIS's check of a layer source would refuse before it runs."""
        if _own_file(parameters.get("INPUT")) is None:
            return super().checkParameterValues(parameters, context)
        problem = database_problem(parameters.get("DATABASE"))
        if problem:
            return False, problem
        for definition in self.parameterDefinitions():
            if definition.name() == "INPUT":
                continue
            value = parameters.get(definition.name())
            if not definition.checkValueIsAcceptable(value, context):
                return False, tr(CTX, "Incorrect parameter value for %1", definition.name())
        return True, ""

    def importer(self, db: Any, parameters: dict[str, Any], context: QgsProcessingContext,
                 feedback: QgsProcessingFeedback) -> tuple[Run, list[Any]]:
        source = input_source(self, parameters, context)
        mapping_path = self.parameterAsFile(parameters, "MAPPING", context)
        try:
            mapping = ColumnMapping.load(mapping_path) if mapping_path else None
        except ValueError as err:
            raise QgsProcessingException(str(err)) from err
        institution = self.parameterAsString(parameters, "INSTITUTION", context).strip() or None

        def run(mode: str, dry_run: bool) -> Any:
            return import_services(db, source, institution=institution, mapping=mapping, mode=mode,
                                   dry_run=dry_run, feedback=feedback)

        return run, [mapping_path, *input_paths(self, parameters, context)]


class UndoImport(_ImportGroup):
    NAME = "undo_import"
    POSTGIS = True
    DISPLAY = "Undo an import"
    HELP = (
        "Takes back an import recorded in the database's change history: deletes the points "
        "and services it added and restores the values it changed. The import's id is in its "
        "report. Refused, with nothing changed, when those rows were edited or imported again "
        "since (undo the later import first)."
    )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(self.database_parameter())
        self.addParameter(QgsProcessingParameterString("IMPORT_ID", tr(CTX, "Import id")))
        self.addOutput(QgsProcessingOutputString("UNDO_ID", tr(CTX, "Id of the undoing")))
        self.addOutput(QgsProcessingOutputNumber("DELETED", tr(CTX, "Points deleted")))
        self.addOutput(QgsProcessingOutputNumber("RESTORED", tr(CTX, "Points restored")))
        self.addOutput(QgsProcessingOutputNumber("SERVICES_DELETED", tr(CTX, "Services deleted")))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        db = self.open_database(parameters, context, feedback)
        run = self.parameterAsString(parameters, "IMPORT_ID", context)
        try:
            if db.is_postgis:  # undone on a snapshot; what it changed goes to the server
                with self.server_session(parameters, context, feedback) as session:
                    result = undo_import(session.snapshot, run, feedback=feedback)
                    session.send(result.undo_uuid)
            else:
                result = undo_import(db, run, feedback=feedback)
        except AmudduError as err:
            raise QgsProcessingException(str(err)) from err
        return {"UNDO_ID": result.undo_uuid, "DELETED": result.deleted, "RESTORED": result.restored,
                "SERVICES_DELETED": result.services_deleted}


def _issue_feature(fields: Any, issue: Any) -> QgsFeature:
    f = QgsFeature(fields)
    r = rule(issue.rule)
    values: dict[str, Any] = {"rule": issue.rule, "severity": r.severity, "detail": issue.detail,
                              "table_name": issue.table_name, "row_uuid": issue.row_uuid,
                              "name": issue.name, "institution": issue.institution}
    values.update({f"message_{lang}": r.message.get(lang) for lang in LANGUAGES})
    f.setAttributes([values.get(name) for name in fields.names()])
    if issue.point is not None:
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*issue.point)))
    return f


def _file_of(destination: str | None) -> str | None:
    return destination_file(destination) if destination else None


class _StyleIssues(QgsProcessingLayerPostProcessorInterface):
    def postProcessLayer(self, layer: Any, context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> None:
        from ..core.quality import style_issues

        style_issues(layer)


class CheckQuality(_ImportGroup):
    NAME = "check_quality"
    READS_SNAPSHOT = True
    DISPLAY = "Check data quality"
    HELP = (
        "Checks every service point and service against the committee's quality rules: "
        "outside Morocco or in the sea, region or province codes that disagree with the "
        "location, probable duplicates (same institution within 100 m, or same name in the "
        "same town), published without a phone or without a service, missing French name, "
        "invalid phone, e-mail, website or opening hours, verification older than 12 months, "
        "points placed at their town's centre, services in a category the institution does "
        "not offer. The result is a layer of issues at the points concerned (rule, severity, "
        "message in French, Arabic and English) and a summary table."
    )

    #: The issues layer's styler, kept on the class: QGIS runs a copy of the algorithm and
    #: deletes it before it loads the outputs, with whatever the copy held.
    _styler: _StyleIssues | None = None

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(self.database_parameter())
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", tr(CTX, "Quality issues"), QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "SUMMARY", tr(CTX, "Quality summary"), QgsProcessing.TypeVector, optional=True,
            createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber("ISSUES", tr(CTX, "Issues found")))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        from qgis.core import QgsCoordinateReferenceSystem

        from ..core.quality import check_quality
        from ..core.store.schema import qgs_fields

        db = self.open_database(parameters, context, feedback)
        try:
            result = check_quality(db, feedback)
        except AmudduError as err:
            raise QgsProcessingException(str(err)) from err
        crs = QgsCoordinateReferenceSystem(f"EPSG:{SRID}")
        fields = qgs_fields(QUALITY_ISSUE)
        steps = Progress(feedback, cancelled=tr(CTX, "Cancelled: no output was written."),
                         error=QgsProcessingException)
        with SafeSink(self, parameters, "OUTPUT", context, fields, QgsWkbTypes.Point, crs,
                      protected=[db.source]) as issues:
            for i, issue in enumerate(result.issues):
                steps.check_cancel()
                steps.progress(90 + 10 * i / max(1, len(result.issues)))
                issues.add(_issue_feature(fields, issue))
        dest = issues.destination
        outputs: dict[str, Any] = {"OUTPUT": dest, "ISSUES": len(result.issues)}
        summary_fields = qgs_fields(QUALITY_SUMMARY)
        with SafeSink(self, parameters, "SUMMARY", context, summary_fields, QgsWkbTypes.NoGeometry,
                      crs, protected=[db.source, _file_of(dest)]) as summary:
            for code, severity, count in result.summary():
                f = QgsFeature(summary_fields)
                messages = {f"message_{lang}": rule(code).message.get(lang) for lang in LANGUAGES}
                row: dict[str, Any] = {"rule": code, "severity": severity, "issues": count, **messages}
                f.setAttributes([row.get(name) for name in summary_fields.names()])
                summary.add(f)
        if summary.destination is not None:
            outputs["SUMMARY"] = summary.destination
        language = ui_language()
        for code, _, count in result.summary():
            if count:
                feedback.pushInfo(f"{rule(code).message.get(language)}: {count}")
        if context.willLoadLayerOnCompletion(dest):
            CheckQuality._styler = _StyleIssues()
            context.layerToLoadOnCompletionDetails(dest).setPostProcessor(CheckQuality._styler)
        return outputs
