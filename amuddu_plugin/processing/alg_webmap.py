"""``amuddu:export_webmap``: the public web map, as a folder (and optionally a .zip)."""

from __future__ import annotations

import concurrent.futures
from functools import partial
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputFile,
    QgsProcessingOutputFolder,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ..core.webmap.data import DataEncoder, check_languages
from ..core.webmap.export import (
    DEFAULT_LANGUAGES,
    WebMapOptions,
    export_webmap,
)
from ..core.webmap.page import DEFAULT_BASEMAP_ATTRIBUTION, DEFAULT_BASEMAP_URL
from ..core.webmap.server_reader import ROWS_READ_ON_SERVER
from ..toolbelt.i18n import tr
from .base import AmudduAlgorithm

CTX = "Processing"


class ExportWebMap(AmudduAlgorithm):
    NAME = "export_webmap"
    READS_SNAPSHOT = True
    SNAPSHOT_SPATIAL_INDEX = False  # the export reads the snapshot through SQLite only
    SNAPSHOT_ROWS_LEFT = ROWS_READ_ON_SERVER  # ... or on the server itself
    DISPLAY = "Export the web map"
    HELP = (
        "Writes the public web map of the database into a folder: index.html (open it from "
        "the disk, or put the folder on any web server) with the application, the icons, "
        "the data and an offline basemap of the regions, provinces and towns. Only published "
        "service points that are active or temporarily closed are exported; drafts, closed "
        "points, notes and the names of who verified them never leave QGIS. "
        "Leave the basemap address empty for a map that needs no network at all. "
        "The folder is replaced only when the new export is complete."
    )

    GROUP = "Maps"
    GROUP_ID = "maps"

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(self.database_parameter())
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT", tr(CTX, "Web map folder")))
        self.addParameter(QgsProcessingParameterString(
            "TITLE", tr(CTX, "Title (empty: \"Public services open to migrants\" in each language)"),
            "", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "LANGUAGES", tr(CTX, "Languages (comma-separated: fr, ar, en)"), DEFAULT_LANGUAGES))
        self.addParameter(QgsProcessingParameterString(
            "DEFAULT_LANGUAGE", tr(CTX, "Default language (when the browser's is not exported)"), "fr"))
        self.addParameter(QgsProcessingParameterString(
            "BASEMAP_URL", tr(CTX, "Online basemap tiles (empty: offline basemap only)"),
            DEFAULT_BASEMAP_URL, optional=True))
        self.addParameter(QgsProcessingParameterString(
            "BASEMAP_ATTRIBUTION",
            tr(CTX, "Attribution of the basemap tiles ([text](https://...) for a link)"),
            DEFAULT_BASEMAP_ATTRIBUTION, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "ZIP", tr(CTX, "Also write a .zip of the folder"), False))
        self.addOutput(QgsProcessingOutputFile("INDEX", tr(CTX, "Web page (index.html)")))
        self.addOutput(QgsProcessingOutputFile("ZIP_FILE", tr(CTX, "Zip file")))
        self.addOutput(QgsProcessingOutputNumber("SERVICE_POINTS", tr(CTX, "Service points exported")))
        self.addOutput(QgsProcessingOutputNumber("WARNINGS", tr(CTX, "Warnings")))
        self.addOutput(QgsProcessingOutputFolder("FOLDER", tr(CTX, "Web map folder")))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        source = self.open_source(parameters, context, feedback)
        output = self.output_path(parameters, context)
        options = WebMapOptions(
            title=self.parameterAsString(parameters, "TITLE", context) or "",
            languages=(self.parameterAsString(parameters, "LANGUAGES", context) or "").split(","),
            default_language=self.parameterAsString(parameters, "DEFAULT_LANGUAGE", context) or "",
            basemap_url=self.parameterAsString(parameters, "BASEMAP_URL", context) or "",
            basemap_attribution=self.parameterAsString(parameters, "BASEMAP_ATTRIBUTION", context) or "",
            make_zip=self.parameterAsBool(parameters, "ZIP", context),
        )
        if source.is_postgis:
            result = self.from_server(source, self.parameterAsFile(parameters, "DATABASE", context), output,
                                       options, feedback)
        else:
            result = self.run_job(export_webmap, source, output, options, feedback)
        return {
            "OUTPUT": str(result.folder),
            "FOLDER": str(result.folder),
            "INDEX": str(result.index),
            "ZIP_FILE": str(result.zip) if result.zip else "",
            "SERVICE_POINTS": result.points,
            "WARNINGS": len(result.warnings),
        }

    def from_server(self, server: Any, text: str, output: str, options: WebMapOptions,
                     feedback: QgsProcessingFeedback) -> Any:
        """The export of a server database: its points and services read on the server (begun at
        once), the rest from a snapshot written meanwhile (server_reader.ServerReader)."""
        languages, default_language = self.run_job(check_languages, options.languages,
                                                    options.default_language)
        written: concurrent.futures.Future[Path] = concurrent.futures.Future()
        encoder = DataEncoder(None, languages, default_language, server, snapshot=written)
        try:
            snapshot = self._snapshot(text, feedback)
        except BaseException as err:
            written.set_exception(err)
            encoder.close()
            raise
        written.set_result(snapshot.path)
        return self.run_job(partial(export_webmap, server=server, encoder=encoder), snapshot, output,
                            options, feedback)
