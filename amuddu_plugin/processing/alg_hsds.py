"""``amuddu:export_hsds``: the database in Open Referral HSDS 3.0 (tabular and/or JSON)."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
)

from ..core.hsds.export import HsdsOptions, export_hsds
from ..definitions.hsds import FORMATS
from ..definitions.model import LANGUAGES
from ..toolbelt.errors import AmudduError
from ..toolbelt.i18n import tr
from .alg_atlas import _choice_parameter
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
