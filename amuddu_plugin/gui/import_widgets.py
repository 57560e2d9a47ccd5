"""The widgets of the import dialog and their layout; what they do is in import_dialog.py."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsMapLayerProxyModel
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.imports.importer import MODES
from ..definitions import settings
from ..definitions.model import CHOICE_LABELS
from ..toolbelt.i18n import tr, ui_language
from .import_view import DELIMITERS, ValueDelegate, fit_headers

CTX = "ImportDialog"
FILE_PATTERNS = "*.csv *.txt *.tsv *.xlsx *.xls *.ods *.geojson *.json *.gpkg *.shp"
ENCODINGS = ("utf-8", "utf-8-sig", "cp1256", "cp1252", "utf-16")


class ImportWidgets(QDialog):
    """The import dialog's widgets, laid out: the choices on top, then the columns, preview
    and report tabs, the progress bar and the buttons."""

    def __init__(self, parent: Any):
        super().__init__(parent)
        self.setWindowTitle(tr(CTX, "Import a spreadsheet into Amuddu"))
        self.resize(900, 700)
        language = ui_language()
        if language == "ar":
            self.setLayoutDirection(Qt.RightToLeft)
        form = self._build_form(language)
        mapping_row = self._build_tabs()
        self._build_buttons()
        self._lay_out(form, mapping_row)

    def _build_form(self, language: str) -> QFormLayout:
        """The choices: file or layer, how to read it, database, institution, mode."""
        self.file = QgsFileWidget()
        self.file.setFilter(f"{tr(CTX, 'Spreadsheets and layers')} ({FILE_PATTERNS});;"
                            f"{tr(CTX, 'All files')} (*)")
        self.layer = QgsMapLayerComboBox()
        self.layer.setFilters(QgsMapLayerProxyModel.VectorLayer)
        self.layer.setAllowEmptyLayer(True)
        self.layer.setLayer(None)
        self.sheet = QComboBox()
        self.encoding = QComboBox()
        self.encoding.addItem(tr(CTX, "Detect"), None)
        for name in ENCODINGS:
            self.encoding.addItem(name, name)
        self.delimiter = QComboBox()
        self.delimiter.addItem(tr(CTX, "Detect"), None)
        for value, label in DELIMITERS.items():
            self.delimiter.addItem(label, value)
        reading = QWidget()
        row = QHBoxLayout(reading)
        row.setContentsMargins(0, 0, 0, 0)
        for label, widget in ((tr(CTX, "Sheet"), self.sheet), (tr(CTX, "Encoding"), self.encoding),
                              (tr(CTX, "Delimiter"), self.delimiter)):
            row.addWidget(QLabel(label))
            row.addWidget(widget)
        self.database = QgsFileWidget()
        self.database.setFilter("GeoPackage (*.gpkg)")
        self.database.setFilePath(settings.read_str(settings.LAST_DATABASE))
        self.institution = QComboBox()
        self.mode = QComboBox()
        for mode in MODES:
            self.mode.addItem(CHOICE_LABELS[mode].get(language), mode)
        form = QFormLayout()
        form.addRow(tr(CTX, "File"), self.file)
        form.addRow(tr(CTX, "or a layer of the project"), self.layer)
        form.addRow(tr(CTX, "Reading"), reading)
        form.addRow(tr(CTX, "Database"), self.database)
        form.addRow(tr(CTX, "Institution"), self.institution)
        form.addRow(tr(CTX, "Mode"), self.mode)
        return form

    def _build_tabs(self) -> QHBoxLayout:
        """The columns, preview and report tabs; returns the row of the mapping buttons."""
        self.detected = QLabel()
        self.detected.setWordWrap(True)
        self.columns = QTableWidget(0, 3)
        self.columns.setHorizontalHeaderLabels([tr(CTX, "Column of the file"), tr(CTX, "Imported as"),
                                                tr(CTX, "First value")])
        self.columns.horizontalHeader().setStretchLastSection(True)
        fit_headers(self.columns)
        self.preview = QTableWidget(0, 0)
        for values in (self.columns, self.preview):
            values.setItemDelegate(ValueDelegate(values))
        self.report = QTextBrowser()
        self.report.setOpenExternalLinks(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.columns, tr(CTX, "Columns"))
        self.tabs.addTab(self.preview, tr(CTX, "Preview"))
        self.tabs.addTab(self.report, tr(CTX, "Report"))

        self.load_button = QPushButton(tr(CTX, "Load a mapping…"))
        self.save_button = QPushButton(tr(CTX, "Save the mapping…"))
        mapping_row = QHBoxLayout()
        mapping_row.addWidget(self.detected, 1)
        mapping_row.addWidget(self.load_button)
        mapping_row.addWidget(self.save_button)
        return mapping_row

    def _build_buttons(self) -> None:
        """The progress bar and the buttons that run the import."""
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.dry_run_button = QPushButton(tr(CTX, "Dry run"))
        self.import_button = QPushButton(tr(CTX, "Import"))
        self.cancel_button = QPushButton(tr(CTX, "Cancel the import"))
        self.cancel_button.setEnabled(False)
        self.undo_button = QPushButton(tr(CTX, "Undo this import…"))
        self.undo_button.setEnabled(False)
        for button in (self.dry_run_button, self.import_button, self.cancel_button, self.undo_button):
            self.buttons.addButton(button, QDialogButtonBox.ActionRole)

    def _lay_out(self, form: QFormLayout, mapping_row: QHBoxLayout) -> None:
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.addLayout(form)
        top_layout.addLayout(mapping_row)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)  # room to spare goes to the columns and preview
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
