"""The "Export the web map…" dialog: choices remembered per project, export in the
background (a QgsTask), and an offer to open the result in the browser."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from qgis.core import Qgis, QgsProject
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.store.database import Database
from ..core.webmap.export import (
    WebMapOptions,
    WebMapResult,
    export_webmap,
)
from ..core.webmap.page import DEFAULT_BASEMAP_ATTRIBUTION, DEFAULT_BASEMAP_URL
from ..definitions import settings
from ..definitions.model import LANGUAGES
from ..toolbelt.i18n import tr
from .rtl import apply_direction
from .tasks import DialogSlot, JobTask

CTX = "WebMapDialog"
#: Where the dialog's choices are kept in the project file (QgsProject entries).
SCOPE = "amuddu"
KEY = "webmap/"
LANGUAGE_NAMES = {"fr": "Français", "ar": "العربية", "en": "English"}

_slot: DialogSlot[WebMapDialog] = DialogSlot()
_LINK = re.compile(r"^\[([^\[\]]+)\]\(([^()\s]+)\)$")


def split_attribution(markdown: str) -> tuple[str, str]:
    """The attribution's text and link, from its stored form ``[text](url)`` (the web map's;
    a plain text has no link)."""
    match = _LINK.match(markdown.strip())
    return (match.group(1), match.group(2)) if match else (markdown.strip(), "")


def join_attribution(text: str, url: str) -> str:
    text, url = text.strip(), url.strip()
    return f"[{text}]({url})" if text and url else text


def export_task(database: str, output: str, options: WebMapOptions) -> JobTask:
    """The export as a background task; its ``result`` is the :class:`WebMapResult`."""
    return JobTask(tr(CTX, "Exporting the Amuddu web map"),
                   lambda feedback: export_webmap(Database.open(database), output, options,
                                                  feedback=feedback))


class WebMapDialog(QDialog):
    def __init__(self, iface: Any):
        super().__init__(iface.mainWindow())
        self.iface = iface
        self.task: JobTask | None = None
        self.setWindowTitle(tr(CTX, "Export the web map"))
        self.setMinimumWidth(560)

        self.database = QgsFileWidget()
        self.database.setFilter("GeoPackage (*.gpkg)")
        self.output = QgsFileWidget()
        self.output.setStorageMode(QgsFileWidget.GetDirectory)
        self.title = QLineEdit()
        self.title.setPlaceholderText(tr(CTX, "Public services open to migrants (in each language)"))
        self.languages = {lang: QCheckBox(LANGUAGE_NAMES[lang]) for lang in LANGUAGES}
        languages = QWidget()
        row = QHBoxLayout(languages)
        row.setContentsMargins(0, 0, 0, 0)
        for box in self.languages.values():
            row.addWidget(box)
        self.default_language = QComboBox()
        for lang in LANGUAGES:
            self.default_language.addItem(LANGUAGE_NAMES[lang], lang)
        self.online = self._online_box()
        self.zip = QCheckBox(tr(CTX, "Also write a .zip of the folder"))

        form = QFormLayout()
        form.addRow(tr(CTX, "Database"), self.database)
        form.addRow(tr(CTX, "Folder"), self.output)
        form.addRow(tr(CTX, "Title"), self.title)
        form.addRow(tr(CTX, "Languages"), languages)
        form.addRow(tr(CTX, "Default language"), self.default_language)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.export_button = QPushButton(tr(CTX, "Export"))
        self.buttons.addButton(self.export_button, QDialogButtonBox.AcceptRole)
        self.cancel_button = QPushButton(tr(CTX, "Cancel the export"))
        self.cancel_button.setEnabled(False)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ActionRole)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.online)
        layout.addWidget(self.zip)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        apply_direction(self)
        self.basemap_url.setLayoutDirection(Qt.LeftToRight)  # an address reads left to right
        self.basemap_attribution_url.setLayoutDirection(Qt.LeftToRight)  # an address reads left to right
        self.load_settings()

    def _online_box(self) -> QGroupBox:
        """The online basemap: tile address, attribution text and its link."""
        box = QGroupBox(tr(CTX, "Online background map (leave it off for offline use)"))
        box.setCheckable(True)
        self.basemap_url = QLineEdit()
        self.basemap_attribution = QLineEdit()
        self.basemap_attribution_url = QLineEdit()
        online = QFormLayout(box)
        online.addRow(tr(CTX, "Tile address"), self.basemap_url)
        online.addRow(tr(CTX, "Attribution"), self.basemap_attribution)
        online.addRow(tr(CTX, "Attribution link"), self.basemap_attribution_url)
        return box

    # -- settings, per project -------------------------------------------------------------
    def load_settings(self) -> None:
        project = QgsProject.instance()

        def text(key: str, default: str) -> str:
            value, found = project.readEntry(SCOPE, KEY + key, default)
            return value if found else default

        def flag(key: str, default: bool) -> bool:
            value, found = project.readBoolEntry(SCOPE, KEY + key, default)
            return bool(value) if found else default

        self.database.setFilePath(text("database", settings.current_database()))
        folder = text("output", "")
        if not folder and project.homePath():
            folder = str(Path(project.homePath()) / "webmap")
        self.output.setFilePath(folder)
        self.title.setText(text("title", ""))
        chosen = text("languages", ",".join(settings.read_list(settings.EXPORT_LANGUAGES)
                                            or LANGUAGES)).split(",")
        for lang, box in self.languages.items():
            box.setChecked(lang in chosen)
        index = self.default_language.findData(text("default_language", "fr"))
        self.default_language.setCurrentIndex(max(index, 0))
        self.online.setChecked(flag("online", True))
        self.basemap_url.setText(text("basemap_url", DEFAULT_BASEMAP_URL))
        attribution, link = split_attribution(text("basemap_attribution", DEFAULT_BASEMAP_ATTRIBUTION))
        self.basemap_attribution.setText(attribution)
        self.basemap_attribution_url.setText(link)
        self.zip.setChecked(flag("zip", False))

    def save_settings(self) -> None:
        project = QgsProject.instance()
        values: dict[str, Any] = {
            "database": self.database.filePath(),
            "output": self.output.filePath(),
            "title": self.title.text(),
            "languages": ",".join(self.chosen_languages()),
            "default_language": self.default_language.currentData(),
            "online": self.online.isChecked(),
            "basemap_url": self.basemap_url.text(),
            "basemap_attribution": self.attribution(),
            "zip": self.zip.isChecked(),
        }
        for key, value in values.items():
            project.writeEntry(SCOPE, KEY + key, value)

    def attribution(self) -> str:
        """The attribution as the web map stores it (``[text](link)``)."""
        return join_attribution(self.basemap_attribution.text(), self.basemap_attribution_url.text())

    def chosen_languages(self) -> list[str]:
        return [lang for lang, box in self.languages.items() if box.isChecked()]

    def options(self) -> WebMapOptions:
        return WebMapOptions(
            title=self.title.text().strip(),
            languages=self.chosen_languages(),
            default_language=self.default_language.currentData(),
            basemap_url=self.basemap_url.text().strip() if self.online.isChecked() else "",
            basemap_attribution=self.attribution(),
            make_zip=self.zip.isChecked(),
        )

    # -- the export ------------------------------------------------------------------------
    def start(self) -> None:
        database = self.database.filePath().strip()
        output = self.output.filePath().strip()
        if not database or not output:
            self.status.setText(tr(CTX, "Choose the database and the folder of the web map."))
            return
        self.save_settings()
        task = self.task = export_task(database, output, self.options())
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(tr(CTX, "Exporting in the background: you can go on working."))
        task.start(self.progress.setValue, self.export_done)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def export_done(self, task: JobTask, ok: bool = True) -> None:
        self.export_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)
        self.task = None
        result: WebMapResult | None = task.result
        bar = self.iface.messageBar()
        if result is None:
            message = task.error or tr(
                CTX, "The export was cancelled; the previous one, if any, is unchanged.")
            self.status.setText(message)
            bar.pushMessage(tr(CTX, "Amuddu web map"), message, Qgis.Warning, 0)
            return
        message = tr(CTX, "%1 service points exported to %2.", result.points, result.index)
        if result.warnings:
            message += " " + tr(CTX, "%1 warnings: see the Amuddu log.", len(result.warnings))
        self.status.setText(message)
        item = bar.createMessage(tr(CTX, "Amuddu web map"), message)
        button = QPushButton(tr(CTX, "Open in the browser"), item)
        index = str(result.index)
        button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(index)))
        item.layout().addWidget(button)
        bar.pushWidget(item, Qgis.Success, 0)


def show_webmap_dialog(iface: Any) -> WebMapDialog:
    """Show the dialog (one per session, its choices reloaded from the current project)."""
    return _slot.show(lambda: WebMapDialog(iface),
                      lambda dialog: dialog.load_settings() if dialog.task is None else None)


def close_webmap_dialog() -> None:
    """On unload: cancel a running export and drop the dialog."""
    _slot.close()
