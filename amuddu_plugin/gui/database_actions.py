"""What the "Open database…" and "New database…" actions do in QGIS desktop."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from ..core.project import (
    crs_is_morocco,
    find_loaded,
    has_other_layers,
    load_into_project,
    morocco_crs,
    morocco_extent,
)
from ..core.store.database import Database
from ..core.store.opening import open_database
from ..definitions import settings
from ..toolbelt.errors import AmudduError
from ..toolbelt.i18n import tr
from ..toolbelt.log import logger
from .rtl import message_box

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
            db = open_database(path)
        except AmudduError as err:
            self._error(str(err))
            return None
        project = QgsProject.instance()
        set_crs = self._ask_crs(project, db)
        basemap = (settings.read_str(settings.BASEMAP_URL)
                   if settings.read_bool(settings.BASEMAP_ENABLED) else None)
        loaded = load_into_project(db, project, set_crs=set_crs, basemap=basemap)
        self._keep_crs(project, set_crs)
        canvas = self.iface.mapCanvas()
        if canvas is not None:
            canvas.setExtent(morocco_extent(db, project))
            canvas.refresh()
        settings.write_str(settings.LAST_DATABASE, path if db.is_postgis else db.source)
        if not db.is_postgis:
            settings.write_str(settings.LAST_FOLDER, str(db.path.parent))
        if loaded.already_loaded:
            message = tr(CTX, "%1 is already in the project.", db.name)
        elif loaded.replaced:
            message = tr(CTX, "%1 was loaded again in the interface language: its layers, "
                              "groups and map themes were replaced.", db.name)
        else:
            message = tr(CTX, "Loaded %1 layers from %2.", len(loaded.layers), db.name)
        self.iface.messageBar().pushMessage(tr(CTX, "Amuddu"), message, Qgis.Info, 5)
        return db

    def _keep_crs(self, project: QgsProject, set_crs: bool) -> None:
        """The desktop's layer tree bridge gives a project the CRS of its first layers, on a
        deferred call after they are added (projections/newProjectCrsBehavior): run that
        set-up now, then put back the projection chosen for Morocco."""
        bridge = self.iface.layerTreeCanvasBridge() if hasattr(self.iface, "layerTreeCanvasBridge") else None
        if bridge is not None:
            bridge.setCanvasLayers()
        if set_crs and not crs_is_morocco(project):
            project.setCrs(morocco_crs())

    def _ask_crs(self, project: QgsProject, db: Database) -> bool:
        """Whether to put the project in Morocco's projection: yes for a project of
        Amuddu layers only; asked when it has layers of its own in another CRS."""
        if find_loaded(project, db) is not None or crs_is_morocco(project):
            return False
        if not has_other_layers(project):
            return True
        box = message_box(
            QMessageBox.Question, tr(CTX, "Change the projection?"),
            tr(CTX, "The project is in %1. Draw it in the Lambert conformal conic projection "
                    "for Morocco, which keeps shapes and distances true across the country? "
                    "Your own layers are reprojected on the fly; their data do not change.",
               project.crs().userFriendlyIdentifier()),
            QMessageBox.Yes | QMessageBox.No, self.iface.mainWindow())
        box.setDefaultButton(QMessageBox.Yes)
        return bool(box.exec_() == QMessageBox.Yes)

    def open_database(self) -> None:
        start = settings.read_str(settings.LAST_FOLDER, str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(
            self.iface.mainWindow(), tr(CTX, "Open an Amuddu database"), start, GPKG_FILTER
        )
        if path:
            self.open_path(path)

    def open_shared_database(self) -> None:
        """A database on a PostgreSQL server, named as QGIS names connections (no password:
        ~/.pgpass, pg_service.conf or a QGIS authentication configuration holds it)."""
        last = settings.current_database()
        text, ok = QInputDialog.getText(
            self.iface.mainWindow(), tr(CTX, "Open a shared database"),
            tr(CTX, "PostgreSQL connection, e.g. service=amuddu_prod, "
                    "postgresql://me@server/amuddu?schema=amuddu or pg:NAME of a saved connection:"),
            QLineEdit.Normal, last if last and not last.lower().endswith(".gpkg") else "")
        if ok and text.strip():
            self.open_path(text.strip())

    def open_last_database(self) -> None:
        last = settings.current_database()
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
