"""The "Import a spreadsheet…" dialog: preview, column mapping, saved mappings, dry run,
import in a background task, and the plugin's menu actions."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from amuddu_plugin.core.imports.mapping import ColumnMapping
from amuddu_plugin.core.setup import create_database

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def db(qgis_app, bundled_gpkg, tmp_path):
    return create_database(tmp_path / "amuddu.gpkg", reference=bundled_gpkg)


@pytest.fixture
def dialog(qgis_iface, db):
    from amuddu_plugin.gui.import_dialog import ImportDialog

    d = ImportDialog(qgis_iface)
    d.database.setFilePath(db.source)
    yield d
    d.close()
    d.deleteLater()


def targets_shown(d) -> dict[str, str | None]:
    return {d.columns.item(i, 0).text(): d.columns.cellWidget(i, 1).currentData()
            for i in range(d.columns.rowCount())}


def test_preview_and_recognised_columns(dialog):
    assert [dialog.institution.itemData(i) for i in range(dialog.institution.count())] == [
        None, "ANAPEC", "OFPPT", "EN", "ARTISANAT"]
    dialog.file.setFilePath(str(DATA / "anapec_arabic_cp1256.csv"))
    assert dialog.table is not None and len(dialog.table.rows) == 7
    assert "encoding cp1256" in dialog.detected.text() and "column names on row 2" in dialog.detected.text()
    shown = targets_shown(dialog)
    assert shown["الاسم"] == "name_fr" and shown["خط العرض"] == "latitude"
    assert shown["الخدمات"] == "categories"
    assert dialog.preview.rowCount() == 7 and dialog.preview.columnCount() == 10
    assert dialog.preview.verticalHeaderItem(0).text() == "3"  # the spreadsheet's row number
    assert dialog.preview.item(0, 2).text() == "وكالة أنابيك الرباط أكدال"
    assert dialog.import_button.isEnabled() and not dialog.undo_button.isEnabled()


def test_forcing_the_encoding_reads_the_file_again(dialog):
    dialog.file.setFilePath(str(DATA / "anapec_arabic_cp1256.csv"))
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("cp1252"))
    dialog.encoding.activated.emit(dialog.encoding.currentIndex())
    assert "encoding cp1252" in dialog.detected.text()
    assert "الاسم" not in targets_shown(dialog)


def test_fix_save_and_reload_a_mapping(dialog, tmp_path):
    dialog.file.setFilePath(str(DATA / "anapec_arabic_cp1256.csv"))
    dialog.institution.setCurrentIndex(dialog.institution.findData("ANAPEC"))
    dialog.set_target("العنوان", None)
    dialog.set_target("البريد الإلكتروني", "notes")
    saved = dialog.save_mapping(str(tmp_path / "anapec.json"))
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["columns"]["العنوان"] is None and data["columns"]["البريد الإلكتروني"] == "notes"
    assert data["institution"] == "ANAPEC" and data["name"] == "anapec"
    dialog.set_target("العنوان", "address_ar")
    dialog.apply_mapping(ColumnMapping.load(saved))
    assert targets_shown(dialog)["العنوان"] is None


def test_dry_run_then_import_in_the_dialog(dialog, db):
    dialog.file.setFilePath(str(DATA / "anapec_arabic_cp1256.csv"))
    dialog.institution.setCurrentIndex(dialog.institution.findData("ANAPEC"))
    before = db.path.read_bytes()
    dialog.start(dry_run=True, in_background=False)
    assert db.path.read_bytes() == before
    assert dialog.result is not None and dialog.result.dry_run
    assert "Dry run: nothing was written" in dialog.report.toPlainText()
    assert not dialog.undo_button.isEnabled()
    dialog.set_target("الخدمات", None)  # a choice made in the dialog is what gets imported
    dialog.start(dry_run=False, in_background=False)
    assert db.count("service_point") == 6 and db.count("service") == 0
    assert dialog.result.run_uuid in dialog.report.toPlainText()
    assert dialog.undo_button.isEnabled()


def test_import_runs_as_a_background_task(qgis_app, dialog, db):
    dialog.file.setFilePath(str(DATA / "ofppt_dms.xlsx"))
    task = dialog.start(dry_run=False)
    assert task is not None and not dialog.import_button.isEnabled() and dialog.cancel_button.isEnabled()
    deadline = time.time() + 60
    while dialog.task is not None and time.time() < deadline:
        qgis_app.processEvents()
        time.sleep(0.02)
    assert dialog.task is None
    assert dialog.result is not None and dialog.result.counts.added == 5
    assert db.count("service_point") == 5 and dialog.import_button.isEnabled()


def headers_cut(table) -> list[str]:
    """Header texts of ``table`` wider than their section (the text's width in the header's
    font plus the style's margins on both sides)."""
    from qgis.PyQt.QtWidgets import QStyle

    header = table.horizontalHeader()
    margin = header.style().pixelMetric(QStyle.PM_HeaderMargin, None, header)
    cut = []
    for i in range(table.columnCount()):
        text = table.horizontalHeaderItem(i).text()
        if header.sectionSize(i) < header.fontMetrics().horizontalAdvance(text) + 2 * margin:
            cut.append(text)
    return cut


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_column_headers_are_not_cut(qgis_iface, db, language):
    from amuddu_plugin.gui.import_dialog import ImportDialog
    from amuddu_plugin.toolbelt.i18n import install_translator, remove_translator

    translator = install_translator(language)
    assert translator is not None
    try:
        d = ImportDialog(qgis_iface)
        d.show()
        assert headers_cut(d.columns) == []  # before a file is read
        d.database.setFilePath(db.source)
        d.file.setFilePath(str(DATA / "anapec_arabic_cp1256.csv"))
        assert d.columns.rowCount() == 10
        assert headers_cut(d.columns) == [] and headers_cut(d.preview) == []
        d.close()
        d.deleteLater()
    finally:
        remove_translator(translator)


def test_values_without_arabic_letters_read_left_to_right_in_the_arabic_dialog(dialog):
    """In the right-to-left dialog a longitude keeps its minus in front (laid out left to
    right) and an Arabic value stays right to left; both on the column's right side."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QStyleOptionViewItem

    dialog.setLayoutDirection(Qt.RightToLeft)
    dialog.file.setFilePath(str(DATA / "anapec_arabic_cp1256.csv"))
    table = dialog.preview
    columns = [table.horizontalHeaderItem(j).text() for j in range(table.columnCount())]

    def drawn(column: str):
        index = table.model().index(0, columns.index(column))
        option = QStyleOptionViewItem()
        option.direction = table.layoutDirection()
        table.itemDelegate().initStyleOption(option, index)
        return option.text, option.direction, option.displayAlignment & Qt.AlignHorizontal_Mask

    text, direction, alignment = drawn("خط الطول")
    assert text.startswith("-") and direction == Qt.LeftToRight
    assert alignment & Qt.AlignRight and alignment & Qt.AlignAbsolute
    text, direction, _ = drawn("المدينة")
    assert text == "الرباط" and direction == Qt.RightToLeft


def test_menu_actions(qgis_iface):
    from amuddu_plugin.plugin import AmudduPlugin

    plugin = AmudduPlugin(qgis_iface)
    plugin.initGui()
    try:
        texts = [a.text() for a in plugin.actions]
        assert "Import a spreadsheet…" in texts and "Check data quality" in texts
        import amuddu_plugin.gui.import_dialog as module

        next(a for a in plugin.actions if a.text() == "Import a spreadsheet…").trigger()
        assert module._slot.dialog is not None and module._slot.dialog.isVisible()
    finally:
        plugin.unload()
    assert module._slot.dialog is None
