"""``amuddu:export_open_data``: the public service points as open data (GeoJSON, CSV,
GeoPackage, README and DCAT metadata) for a national open-data portal."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ..core.opendata.export import OpenDataOptions, export_open_data
from ..definitions.model import LANGUAGES
from ..definitions.opendata import CSV_DELIMITERS, LICENCES
from ..toolbelt.i18n import tr
from .base import AmudduAlgorithm, choice_parameter

CTX = "Processing"


class ExportOpenData(AmudduAlgorithm):
    NAME = "export_open_data"
    READS_SNAPSHOT = True
    DISPLAY = "Export open data"
    HELP = (
        "Writes what the public map shows (the published, open service points and their "
        "services) as open data for a national portal: service_points.geojson (RFC 7946, WGS 84 "
        "longitude/latitude), service_points.csv and services.csv (UTF-8 with a byte-order mark; "
        "the delimiter ';' opens directly in French Excel), amuddu-open-data.gpkg, a README.md "
        "(licence, sources and credits, data version, date, counts, the fields and what they "
        "mean, in the chosen language) and metadata.json, a DCAT description of the dataset and "
        "its files. The licence is the committee's choice (default CC BY 4.0).\n\n"
        "The output folder is replaced only when the new export is complete, and only if it is a "
        "previous output of Amuddu."
    )
    GROUP = "Exchange"
    GROUP_ID = "exchange"

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(self.database_parameter())
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT", tr(CTX, "Open-data folder")))
        self.addParameter(choice_parameter("LICENCE", tr(CTX, "Licence of the data"),
                                            [lic.code for lic in LICENCES]))
        # (a text: an enum's value "," would be read as a list by qgis_process)
        self.addParameter(QgsProcessingParameterString(
            "CSV_DELIMITER", tr(CTX, "CSV delimiter (, or ; for French Excel)"), CSV_DELIMITERS[0]))
        self.addParameter(choice_parameter("LANGUAGE", tr(CTX, "Language of the README"),
                                            list(LANGUAGES)))
        self.addOutput(QgsProcessingOutputNumber("POINTS", tr(CTX, "Service points exported")))
        self.addOutput(QgsProcessingOutputNumber("SERVICES", tr(CTX, "Services exported")))
        self.addOutput(QgsProcessingOutputString("FILES", tr(CTX, "Files written")))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        db = self.open_database(parameters, context, feedback)
        output = self.output_path(parameters, context)
        options = OpenDataOptions(
            licence=self.choice(parameters, "LICENCE", context, [lic.code for lic in LICENCES]),
            delimiter=self.parameterAsString(parameters, "CSV_DELIMITER", context) or CSV_DELIMITERS[0],
            language=self.choice(parameters, "LANGUAGE", context, list(LANGUAGES)),
        )
        result = self.run_job(export_open_data, db, output, options, feedback)
        return {"OUTPUT": str(result.path), "POINTS": result.points, "SERVICES": result.services,
                "FILES": ",".join(result.files)}
