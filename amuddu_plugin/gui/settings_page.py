"""The *Amuddu* page of QGIS's Options dialog (Settings → Options…, and Amuddu → Settings…):
the default database, the online basemap, the languages the exports offer first, and the
name "Mark as verified" stamps. The keys are those of :mod:`..definitions.settings`."""

from __future__ import annotations

from typing import Any

from qgis.gui import QgsFileWidget, QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..definitions import settings
from ..definitions.model import LANGUAGES
from ..toolbelt.i18n import tr
from ..toolbelt.paths import resources_path
from .rtl import apply_direction

CTX = "SettingsPage"
#: The page's object name: Amuddu → Settings… opens the Options dialog on it.
PAGE_NAME = "mAmudduOptionsPage"
LANGUAGE_NAMES = {"fr": "Français", "ar": "العربية", "en": "English"}


class AmudduOptionsPage(QgsOptionsPageWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(PAGE_NAME)
        self.database = QgsFileWidget()
        self.database.setFilter("GeoPackage (*.gpkg)")
        self.basemap = QGroupBox(tr(CTX, "Online basemap under the reference layers"))
        self.basemap.setCheckable(True)
        self.basemap_url = QLineEdit()
        online = QFormLayout(self.basemap)
        online.addRow(tr(CTX, "Tile address"), self.basemap_url)
        note = QLabel(tr(CTX, "Added when a database is opened, with its attribution (%1). "
                              "Without internet the map is drawn without it.",
                         settings.OSM_ATTRIBUTION))
        note.setWordWrap(True)
        online.addRow(note)
        self.languages = {lang: QCheckBox(LANGUAGE_NAMES[lang]) for lang in LANGUAGES}
        languages = QWidget()
        row = QHBoxLayout(languages)
        row.setContentsMargins(0, 0, 0, 0)
        for box in self.languages.values():
            row.addWidget(box)
        self.verified_by = QLineEdit()
        self.verified_by.setPlaceholderText(tr(CTX, "Your name (empty: the computer's account name)"))
        form = QFormLayout()
        form.addRow(tr(CTX, "Default database"), self.database)
        form.addRow(tr(CTX, "Export languages"), languages)
        form.addRow(tr(CTX, "Verified by"), self.verified_by)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.basemap)
        layout.addStretch(1)
        apply_direction(self)
        self.basemap_url.setLayoutDirection(Qt.LeftToRight)  # an address reads left to right
        self.load()

    def load(self) -> None:
        self.database.setFilePath(settings.read_str(settings.DEFAULT_DATABASE))
        self.basemap.setChecked(settings.read_bool(settings.BASEMAP_ENABLED))
        self.basemap_url.setText(settings.read_str(settings.BASEMAP_URL))
        chosen = settings.read_list(settings.EXPORT_LANGUAGES)
        for lang, box in self.languages.items():
            box.setChecked(lang in chosen)
        self.verified_by.setText(settings.read_str(settings.VERIFIED_BY))

    def apply(self) -> None:
        """Called by the Options dialog on OK."""
        settings.write_str(settings.DEFAULT_DATABASE, self.database.filePath().strip())
        settings.write_bool(settings.BASEMAP_ENABLED, self.basemap.isChecked())
        settings.write_str(settings.BASEMAP_URL,
                           self.basemap_url.text().strip() or settings.OSM_TILES_URL)
        settings.write_list(settings.EXPORT_LANGUAGES,
                            [lang for lang, box in self.languages.items() if box.isChecked()])
        settings.write_str(settings.VERIFIED_BY, self.verified_by.text().strip())


class AmudduOptionsFactory(QgsOptionsWidgetFactory):
    """Registered by the plugin (iface.registerOptionsWidgetFactory), unregistered on unload."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle("Amuddu")

    def icon(self) -> QIcon:
        return QIcon(str(resources_path("icons", "amuddu.svg")))

    def createWidget(self, parent: Any = None) -> AmudduOptionsPage:  # noqa: N802 - QGIS's name
        return AmudduOptionsPage(parent)
