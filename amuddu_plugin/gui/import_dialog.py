"""The "Import a spreadsheet…" dialog and the "Check data quality" action.

The dialog guides an analyst through an import: pick the file (or a layer of the project)
and the database, look at the first rows, fix how the columns are read (each column's
target is a drop-down list; the file's encoding and delimiter can be forced), save that
mapping for the institution's next delivery, try a dry run, then import. The import runs
in the background (a QgsTask that can be cancelled: nothing is written then); the report
is shown in the dialog, and the layers of the database are refreshed.

The widgets and their layout are in import_widgets.py, the tables that show the file in
import_view.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtWidgets import QFileDialog

from ..core.imports.importer import ImportResult, import_services
from ..core.imports.mapping import ColumnMapping, header_score
from ..core.imports.read import SPREADSHEET_SUFFIXES, SourceTable, read_source, spreadsheet_sheets
from ..core.imports.report import to_html, write_report
from ..core.store.database import Database
from ..definitions import settings
from ..toolbelt.errors import AmudduError
from ..toolbelt.i18n import tr, ui_language
from ..toolbelt.log import logger
from .import_view import choose_target, chosen_targets, read_facts, show_columns, show_preview
from .import_widgets import ImportWidgets
from .tasks import DialogSlot, JobTask

CTX = "ImportDialog"

_slot: DialogSlot[ImportDialog] = DialogSlot()


def mappings_folder() -> Path:
    """Where saved column mappings go by default: ``<QGIS profile>/amuddu/mappings``."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "amuddu" / "mappings"


def import_task(database: str, source: Any, table: SourceTable, mapping: ColumnMapping,
                institution: str | None, mode: str, dry_run: bool) -> JobTask:
    """The import (or dry run) as a background task; its ``result`` is the :class:`ImportResult`."""
    title = tr(CTX, "Dry run of an Amuddu import") if dry_run else tr(CTX, "Amuddu import")
    return JobTask(title, lambda feedback: import_services(
        Database.open(database), source, table=table, mapping=mapping, institution=institution,
        mode=mode, dry_run=dry_run, feedback=feedback), about={"database": database})


class ImportDialog(ImportWidgets):
    def __init__(self, iface: Any):
        super().__init__(iface.mainWindow() if iface is not None else None)
        self.iface = iface
        self.task: JobTask | None = None
        self.table: SourceTable | None = None
        self.mapping = ColumnMapping()
        self.result: ImportResult | None = None
        self._connect()
        self._fill_institutions()
        self._update_buttons()

    def _connect(self) -> None:
        self.file.fileChanged.connect(self._file_changed)
        self.layer.layerChanged.connect(lambda _layer: self.reload())
        self.sheet.activated.connect(lambda _i: self.reload())
        self.encoding.activated.connect(lambda _i: self.reload())
        self.delimiter.activated.connect(lambda _i: self.reload())
        self.database.fileChanged.connect(lambda _path: self._fill_institutions())
        self.load_button.clicked.connect(self.load_mapping)
        self.save_button.clicked.connect(self.save_mapping)
        self.dry_run_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        self.cancel_button.clicked.connect(self.cancel)
        self.undo_button.clicked.connect(self.undo)
        self.buttons.rejected.connect(self.close)

    # -- choices --------------------------------------------------------------------------
    def _fill_institutions(self) -> None:
        current = self.institution.currentData()
        self.institution.clear()
        self.institution.addItem(tr(CTX, "From the file's institution column"), None)
        path = self.database.filePath()
        if path and Path(path).is_file():
            try:
                db = Database.open(path, migrate=False)
                language = ui_language()
                for code, *names in db.query(
                        "SELECT code, name_fr, name_ar, name_en FROM institution ORDER BY sort_order"):
                    label = dict(zip(("fr", "ar", "en"), names)).get(language) or names[0]
                    self.institution.addItem(f"{code} – {label}", code)
            except AmudduError as err:
                self.detected.setText(str(err))
        index = self.institution.findData(current)
        self.institution.setCurrentIndex(max(0, index))

    def _source(self) -> Any:
        layer = self.layer.currentLayer()
        if layer is not None:
            return layer
        return self.file.filePath().strip() or None

    def _file_changed(self, path: str) -> None:
        self.sheet.clear()
        if path and Path(path).suffix.lower() in SPREADSHEET_SUFFIXES and Path(path).is_file():
            try:
                for name in spreadsheet_sheets(Path(path)):
                    self.sheet.addItem(name, name)
            except AmudduError as err:
                self.detected.setText(str(err))
        if path:
            self.layer.setLayer(None)
        self.reload()

    def _reading_options(self) -> ColumnMapping:
        m = self.mapping
        m.encoding = self.encoding.currentData()
        m.delimiter = self.delimiter.currentData()
        m.sheet = self.sheet.currentData()
        return m

    def reload(self) -> None:
        """Read the chosen file or layer again and show its columns and first rows."""
        source = self._source()
        self.table = None
        self.columns.setRowCount(0)
        self.preview.clear()
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        if source is None:
            self.detected.setText("")
            self._update_buttons()
            return
        m = self._reading_options()
        try:
            self.table = read_source(source, encoding=m.encoding, delimiter=m.delimiter, sheet=m.sheet,
                                     header_row=m.header_row, score=header_score)
        except AmudduError as err:
            self.detected.setText(str(err))
            self._update_buttons()
            return
        self.detected.setText(read_facts(self.table))
        show_columns(self.columns, self.table, self.mapping)
        show_preview(self.preview, self.table)
        self._update_buttons()

    def current_mapping(self) -> ColumnMapping:
        """The mapping as shown: the column choices, the reading options, the institution."""
        m = self._reading_options()
        columns = chosen_targets(self.columns)
        return ColumnMapping(columns=columns, categories=dict(m.categories),
                             institution=self.institution.currentData(), encoding=m.encoding,
                             delimiter=m.delimiter, sheet=m.sheet, header_row=m.header_row, name=m.name)

    def set_target(self, column: str, key: str | None) -> None:
        """Map ``column`` to ``key`` (as choosing it in the list does)."""
        choose_target(self.columns, column, key)

    # -- saved mappings ---------------------------------------------------------------------
    def apply_mapping(self, mapping: ColumnMapping) -> None:
        self.mapping = mapping
        for combo, value in ((self.encoding, mapping.encoding), (self.delimiter, mapping.delimiter),
                             (self.sheet, mapping.sheet)):
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)
        if mapping.institution:
            index = self.institution.findData(mapping.institution)
            if index >= 0:
                self.institution.setCurrentIndex(index)
        self.reload()

    def load_mapping(self) -> None:
        folder = mappings_folder()
        path, _ = QFileDialog.getOpenFileName(self, tr(CTX, "Load a column mapping"), str(folder),
                                              "JSON (*.json)")
        if not path:
            return
        try:
            self.apply_mapping(ColumnMapping.load(path))
        except ValueError as err:
            self.detected.setText(str(err))

    def save_mapping(self, path: str | None = None) -> Path | None:
        if not path:
            folder = mappings_folder()
            folder.mkdir(parents=True, exist_ok=True)
            suggested = folder / f"{self.institution.currentData() or 'mapping'}.json"
            path, _ = QFileDialog.getSaveFileName(self, tr(CTX, "Save the column mapping"),
                                                  str(suggested), "JSON (*.json)")
            if not path:
                return None
        mapping = self.current_mapping()
        mapping.name = mapping.name or Path(path).stem
        try:
            saved = mapping.save(path)
        except OSError as err:
            self.detected.setText(tr(CTX, "The mapping cannot be saved: %1", err.strerror or err))
            return None
        self.mapping = mapping
        self.detected.setText(tr(CTX, "Mapping saved: %1", saved))
        return saved

    # -- running ----------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        running = self.task is not None
        ready = self.table is not None and bool(self.database.filePath())
        self.dry_run_button.setEnabled(ready and not running)
        self.import_button.setEnabled(ready and not running)
        self.cancel_button.setEnabled(running)
        self.save_button.setEnabled(self.table is not None)
        self.undo_button.setEnabled(not running and self.result is not None and bool(self.result.run_uuid))

    def _task(self, dry_run: bool) -> JobTask | None:
        if self.table is None:
            return None
        source = self._source()
        if not isinstance(source, str):
            source = self.table.name
        mapping = self.current_mapping()
        return import_task(self.database.filePath(), source, self.table, mapping,
                           self.institution.currentData(), self.mode.currentData(), dry_run)

    def start(self, dry_run: bool, *, in_background: bool = True) -> JobTask | None:
        """Run the import (or the dry run). In the background by default; tests run it here."""
        task = self._task(dry_run)
        if task is None:
            return None
        self.task = task
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._update_buttons()
        task.start(self.progress.setValue, self._finished, in_background=in_background)
        return task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _finished(self, task: JobTask, ok: bool) -> None:
        if task is not self.task:
            return
        self.task = None
        self.progress.setVisible(False)
        if not ok or task.result is None:
            message = task.error or tr(CTX, "The import was cancelled: nothing was written.")
            self.report.setPlainText(message)
            self.tabs.setCurrentWidget(self.report)
            self._message(message, Qgis.Critical)
            self._update_buttons()
            return
        result: ImportResult = task.result
        self.result = result
        database = task.about["database"]
        self.report.setHtml(to_html(result))
        self.tabs.setCurrentWidget(self.report)
        c = result.counts
        summary = tr(CTX, "%1 added, %2 updated, %3 unchanged, %4 rejected, %5 located by town.",
                     c.added, c.updated, c.unchanged, c.rejected, c.located_by_town)
        if result.dry_run:
            self._message(tr(CTX, "Dry run: %1", summary), Qgis.Info)
        else:
            settings.write_str(settings.LAST_DATABASE, database)
            self._message(tr(CTX, "Import done: %1", summary), Qgis.Success)
            self.refresh_layers(database)
        self._update_buttons()

    def save_report(self, path: str) -> tuple[Path, Path] | None:
        if self.result is None:
            return None
        return write_report(self.result, path)

    def refresh_layers(self, database: str) -> None:
        """Reload the project's layers of ``database`` so that they show the import."""
        target = str(Path(database).resolve())
        for layer in QgsProject.instance().mapLayers().values():
            source = layer.source().split("|")[0]
            if source and Path(source).resolve() == Path(target):
                layer.dataProvider().reloadData()
                layer.triggerRepaint()

    def undo(self) -> None:
        """Open amuddu:undo_import for the last import (its Processing dialog)."""
        if self.result is None or not self.result.run_uuid:
            return
        import processing  # only once the Processing plugin is initialised

        results = processing.execAlgorithmDialog(
            "amuddu:undo_import", {"DATABASE": self.database.filePath(), "IMPORT_ID": self.result.run_uuid})
        if results:
            self.result = None
            self.refresh_layers(self.database.filePath())
            self._update_buttons()

    def _message(self, text: str, level: Any) -> None:
        logger().info(text)
        if self.iface is not None and hasattr(self.iface, "messageBar"):
            self.iface.messageBar().pushMessage(tr(CTX, "Amuddu"), text, level, 8)


def show_import_dialog(iface: Any) -> ImportDialog:
    """Show the import dialog (one per session)."""
    return _slot.show(lambda: ImportDialog(iface))


def close_import_dialog() -> None:
    """On unload: cancel a running import and drop the dialog."""
    _slot.close()


def check_quality_dialog(iface: Any) -> None:
    """Run amuddu:check_quality in its Processing dialog, on the last database opened."""
    import processing  # only once the Processing plugin is initialised

    processing.execAlgorithmDialog("amuddu:check_quality",
                                   {"DATABASE": settings.read_str(settings.LAST_DATABASE)})
