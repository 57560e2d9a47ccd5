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
    QgsProcessingParameterString,
)

from ..core.setup import copy_database, create_database, create_on_server
from ..core.store.database import is_postgres_source
from ..toolbelt.errors import AmudduError
from ..toolbelt.i18n import tr
from ..toolbelt.paths import bundled_database
from .base import GPKG_FILTER, AmudduAlgorithm

CTX = "Processing"  # the translation context of every algorithm's texts


class CreateDatabase(AmudduAlgorithm):
    NAME = "create_database"
    DISPLAY = "Create an Amuddu database"
    HELP = (
        "Writes a new Amuddu database holding the reference layers (regions, provinces, "
        "communes, towns) and the vocabularies: a GeoPackage file, or a schema on a "
        "PostgreSQL + PostGIS server when the output is a connection "
        "(postgresql://USER@HOST:PORT/DBNAME?schema=amuddu, service=NAME, host=… dbname=…, "
        "or pg:NAME of a connection saved in QGIS; no password in it). With sample data, it "
        "also holds the illustrative service points shipped with the plugin "
        "(source = 'sample'); they are not the institutions' official list. The database is "
        "written completely or not at all, with the default forms and styles saved in it."
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
        raw = parameters.get("OUTPUT")
        server = isinstance(raw, str) and is_postgres_source(raw)
        output = str(raw).strip() if server else self.parameterAsFileOutput(parameters, "OUTPUT", context)
        if not output:
            raise QgsProcessingException(tr(CTX, "No output file was given."))
        if not server and not output.lower().endswith(".gpkg"):
            output += ".gpkg"
        reference = bundled_database()
        if not reference.exists():
            raise QgsProcessingException(
                tr(CTX, "The plugin's reference database %1 is missing: reinstall the plugin, "
                        "or run 'make data' in a development checkout.", reference)
            )
        sample = self.parameterAsBool(parameters, "SAMPLE_DATA", context)
        overwrite = self.parameterAsBool(parameters, "OVERWRITE", context)
        try:
            if server:
                db = create_on_server(output, feedback, reference=reference, sample_data=sample,
                                      overwrite=overwrite)
            else:
                db = create_database(output, feedback, reference=reference, sample_data=sample,
                                     overwrite=overwrite)
        except AmudduError as err:
            raise QgsProcessingException(str(err)) from err
        points = db.count("service_point")
        feedback.pushInfo(tr(CTX, "%1 service points, %2 regions.", points, db.count("region")))
        return {"OUTPUT": db.source, "SERVICE_POINTS": points}


class CopyDatabase(AmudduAlgorithm):
    NAME = "copy_database"
    DATABASE_PARAMETERS = ("INPUT",)
    DISPLAY = "Copy an Amuddu database"
    HELP = (
        "Copies an Amuddu database into another store, GeoPackage to PostGIS and back (or "
        "between two of a kind), with every row of every table (service points, services, "
        "vocabularies, reference layers, import history) under the same keys, and the saved "
        "forms and styles. A connection is written postgresql://USER@HOST:PORT/DBNAME"
        "?schema=amuddu, service=NAME, host=… dbname=…, or pg:NAME of a connection saved in "
        "QGIS, without a password. The copy is written completely or not at all: a failure "
        "leaves the target as it was; an existing Amuddu target is replaced only with "
        "OVERWRITE, and a file or schema that is not an Amuddu database never."
    )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(self.database_parameter("INPUT"))
        self.addParameter(QgsProcessingParameterString(
            "OUTPUT", tr(CTX, "Target database (a .gpkg file or a PostgreSQL connection)")))
        self.addParameter(QgsProcessingParameterBoolean(
            "OVERWRITE", tr(CTX, "Replace the target if it is an Amuddu database"), False))
        self.addOutput(QgsProcessingOutputNumber("ROWS", tr(CTX, "Rows copied")))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        source = self.parameterAsFile(parameters, "INPUT", context)
        target = self.parameterAsString(parameters, "OUTPUT", context).strip()
        try:
            db, counts = copy_database(source, target, feedback,
                                       overwrite=self.parameterAsBool(parameters, "OVERWRITE", context))
        except AmudduError as err:
            raise QgsProcessingException(str(err)) from err
        return {"OUTPUT": db.source, "ROWS": sum(counts.values())}


class LoadDatabase(AmudduAlgorithm):
    NAME = "load_database"
    POSTGIS = True
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
    READS_SNAPSHOT = True
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


