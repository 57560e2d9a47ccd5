"""What the "Open database…" and "New database…" actions do in QGIS desktop."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtWidgets import QFileDialog

from ..core.project import load_into_project, morocco_extent
from ..core.store.database import Database
from ..definitions import settings
from ..toolbelt.errors import AmudduError
from ..toolbelt.i18n import tr
from ..toolbelt.log import logger

CTX = "DatabaseActions"
GPKG_FILTER = "GeoPackage (*.gpkg)"


class DatabaseActions:
    def __init__(self, iface: Any):
        self.iface = iface

    def _error(self, message: str) -> None:
        logger().warning(message)
        self.iface.messageBar().pushMessage(tr(CTX, "Amuddu"), message, Qgis.Critical, 0)

    def open_path(self, path: str) -> Database | None:
        """Open, check and load ``path`` into the current project; zoom to Morocco."""
        try:
            db = Database.open(path)
        except AmudduError as err:
            self._error(str(err))
            return None
        project = QgsProject.instance()
        loaded = load_into_project(db, project)
        canvas = self.iface.mapCanvas()
        if canvas is not None:
            canvas.setExtent(morocco_extent(db, project))
            canvas.refresh()
        settings.write_str(settings.LAST_DATABASE, db.source)
        settings.write_str(settings.LAST_FOLDER, str(db.path.parent))
        if loaded.already_loaded:
            message = tr(CTX, "%1 is already in the project.", db.path.name)
        else:
            message = tr(CTX, "Loaded %1 layers from %2.", len(loaded.layers), db.path.name)
        self.iface.messageBar().pushMessage(tr(CTX, "Amuddu"), message, Qgis.Info, 5)
        return db

    def open_database(self) -> None:
        start = settings.read_str(settings.LAST_FOLDER, str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(
            self.iface.mainWindow(), tr(CTX, "Open an Amuddu database"), start, GPKG_FILTER
        )
        if path:
            self.open_path(path)

    def open_last_database(self) -> None:
        last = settings.read_str(settings.LAST_DATABASE)
        if not last:
            self._error(tr(CTX, "No database has been opened yet."))
            return
        self.open_path(last)

    def new_database(self) -> None:
        """Run amuddu:create_database in its Processing dialog, then load the result."""
        import processing  # only once the Processing plugin is initialised

        results = processing.execAlgorithmDialog("amuddu:create_database", {})
        if results and results.get("OUTPUT"):
            self.open_path(results["OUTPUT"])

    def show_toolbox(self) -> None:
        if hasattr(self.iface, "showProcessingToolbox"):
            self.iface.showProcessingToolbox()
