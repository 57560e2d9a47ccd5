"""``amuddu:create_database``, ``amuddu:load_database`` and ``amuddu:render_overview``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)

from ..core.setup import create_database
from ..toolbelt.errors import AmudduError
from ..toolbelt.i18n import tr
from ..toolbelt.paths import bundled_database
from .base import GPKG_FILTER, AmudduAlgorithm

CTX = "Processing"  # the translation context of every algorithm's texts


class CreateDatabase(AmudduAlgorithm):
    NAME = "create_database"
    DISPLAY = "Create an Amuddu database"
    HELP = (
        "Writes a new Amuddu GeoPackage holding the reference layers (regions, provinces, "
        "communes, towns) and the vocabularies. With sample data, it also holds the "
        "illustrative service points shipped with the plugin (source = 'sample'); they are "
        "not the institutions' official list. The file is written completely or not at all."
    )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "OUTPUT", tr(CTX, "New database"), fileFilter=GPKG_FILTER
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                "SAMPLE_DATA", tr(CTX, "Include the illustrative sample service points"), False
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                "OVERWRITE", tr(CTX, "Replace the file if it exists"), False
            )
        )
        self.addOutput(QgsProcessingOutputNumber("SERVICE_POINTS", tr(CTX, "Service points")))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        if not output:
            raise QgsProcessingException(tr(CTX, "No output file was given."))
        if not output.lower().endswith(".gpkg"):
            output += ".gpkg"
        reference = bundled_database()
        if not reference.exists():
            raise QgsProcessingException(
                tr(CTX, "The plugin's reference database %1 is missing: reinstall the plugin, "
                        "or run 'make data' in a development checkout.", reference)
            )
        try:
            db = create_database(
                output,
                feedback,
                reference=reference,
                sample_data=self.parameterAsBool(parameters, "SAMPLE_DATA", context),
                overwrite=self.parameterAsBool(parameters, "OVERWRITE", context),
            )
        except AmudduError as err:
            raise QgsProcessingException(str(err)) from err
        points = db.count("service_point")
        feedback.pushInfo(tr(CTX, "%1 service points, %2 regions.", points, db.count("region")))
        return {"OUTPUT": db.source, "SERVICE_POINTS": points}


class LoadDatabase(AmudduAlgorithm):
    NAME = "load_database"
    DISPLAY = "Load an Amuddu database into the project"
    HELP = (
        "Adds every layer of an Amuddu database to the current project in one group "
        "(services on top, reference layers below), with default styles and the relations "
        "between service points and their services."
    )

    def flags(self):  # the project is touched: run in the main thread
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(self.database_parameter())
        self.addOutput(QgsProcessingOutputNumber("LAYERS", tr(CTX, "Layers loaded")))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        from ..core.project import load_into_project

        db = self.open_database(parameters, context, feedback)
        project = context.project()
        if project is None:
            raise QgsProcessingException(
                tr(CTX, "There is no project to load the layers into: run this tool in QGIS, "
                        "or give qgis_process a project with --PROJECT_PATH.")
            )
        loaded = load_into_project(db, project, feedback=feedback)
        return {"LAYERS": len(loaded.layers)}


class RenderOverview(AmudduAlgorithm):
    NAME = "render_overview"
    DISPLAY = "Render an overview map of the service points"
    HELP = (
        "Draws every service point of the database on the regions of Morocco, coloured by "
        "institution, with a legend, and saves it as a PNG image."
    )

    GROUP = "Maps"
    GROUP_ID = "maps"

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(self.database_parameter())
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "OUTPUT", tr(CTX, "PNG image"), fileFilter="PNG (*.png)"
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "WIDTH", tr(CTX, "Width in pixels"), QgsProcessingParameterNumber.Integer,
                1600, False, 400, 8000,
            )
        )
        self.addOutput(QgsProcessingOutputNumber("SERVICE_POINTS", tr(CTX, "Service points")))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        from ..core.overview import render_overview

        db = self.open_database(parameters, context, feedback)
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        if not output.lower().endswith(".png"):
            output += ".png"
        width = self.parameterAsInt(parameters, "WIDTH", context)
        try:
            counts = render_overview(db, Path(output), width=width, feedback=feedback)
        except AmudduError as err:
            raise QgsProcessingException(str(err)) from err
        return {"OUTPUT": output, "SERVICE_POINTS": sum(counts.values())}


