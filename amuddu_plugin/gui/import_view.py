"""What the import dialog shows of the file it is about to import: the line that says how
the file was read, the table of its columns (each column's target a drop-down list), and
the preview of its first rows."""

from __future__ import annotations

import re
from typing import Any

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox, QStyledItemDelegate, QTableWidget, QTableWidgetItem

from ..core.imports.columns import resolve as resolve_columns
from ..core.imports.mapping import ColumnMapping, targets
from ..core.imports.read import SourceTable
from ..toolbelt.i18n import tr, ui_language

CTX = "ImportDialog"
PREVIEW_ROWS = 20
#: The delimiters one can force: value -> label.
DELIMITERS = {";": ";", ",": ",", "\t": "tab", "|": "|"}
#: A letter of a right-to-left script (Hebrew, Arabic and their presentation forms).
RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


class ValueDelegate(QStyledItemDelegate):
    """Draws the file's values: one without a right-to-left letter (a coordinate, a phone
    number, an e-mail) is laid out left to right, also in the Arabic dialog, so that
    "-6,8326" keeps its minus in front; it stays on the column's reading side."""

    def initStyleOption(self, option: Any, index: Any) -> None:  # noqa: N802 - Qt's name
        super().initStyleOption(option, index)
        if option.direction == Qt.RightToLeft and not RTL_LETTER.search(option.text or ""):
            option.direction = Qt.LeftToRight
            option.displayAlignment = Qt.AlignRight | Qt.AlignAbsolute | Qt.AlignVCenter


def read_facts(t: SourceTable) -> str:
    """How the file was read: rows, encoding, delimiter, the row of the column names."""
    facts = [tr(CTX, "%1 rows", len(t.rows))]
    if t.encoding:
        facts.append(tr(CTX, "encoding %1", t.encoding))
    if t.delimiter:
        facts.append(tr(CTX, "delimiter %1", DELIMITERS.get(t.delimiter, t.delimiter)))
    if t.header_row and t.header_row > 1:
        facts.append(tr(CTX, "column names on row %1", t.header_row))
    return ", ".join(facts)


def fit_headers(widget: QTableWidget) -> None:
    """Widen each column whose header text would be cut: at least the width the header's
    font and style need for its text (QHeaderView's size hint); wider columns stay."""
    header = widget.horizontalHeader()
    for i in range(widget.columnCount()):
        needed = header.sectionSizeHint(i)
        if header.sectionSize(i) < needed:
            header.resizeSection(i, needed)


def show_columns(widget: QTableWidget, table: SourceTable, mapping: ColumnMapping) -> None:
    """One line per column of the file: its name, its target (a drop-down list, set as
    ``mapping`` resolves it), its first value."""
    language = ui_language()
    resolved = resolve_columns(mapping, table.columns, [row.values for row in table.rows])
    widget.setRowCount(len(table.columns))
    first = table.rows[0].values if table.rows else {}
    for i, column in enumerate(table.columns):
        name = QTableWidgetItem(column)
        name.setFlags(name.flags() & ~Qt.ItemIsEditable)
        widget.setItem(i, 0, name)
        combo = QComboBox()
        combo.addItem(tr(CTX, "(not imported)"), None)
        for t in targets():
            combo.addItem(t.label.get(language), t.key)
        combo.setCurrentIndex(max(0, combo.findData(resolved.get(column))))
        widget.setCellWidget(i, 1, combo)
        sample = QTableWidgetItem(str(first.get(column) or ""))
        sample.setFlags(sample.flags() & ~Qt.ItemIsEditable)
        widget.setItem(i, 2, sample)
    widget.resizeColumnsToContents()
    fit_headers(widget)


def show_preview(widget: QTableWidget, t: SourceTable) -> None:
    """The first :data:`PREVIEW_ROWS` rows, numbered as in the file."""
    widget.setColumnCount(len(t.columns))
    widget.setHorizontalHeaderLabels(t.columns)
    rows = t.rows[:PREVIEW_ROWS]
    widget.setRowCount(len(rows))
    widget.setVerticalHeaderLabels([str(r.number) for r in rows])
    for i, r in enumerate(rows):
        for j, column in enumerate(t.columns):
            item = QTableWidgetItem(str(r.values.get(column) or ""))
            item.setFlags(item.flags() & ~Qt.ItemIsEditable)
            widget.setItem(i, j, item)
    fit_headers(widget)


def chosen_targets(widget: QTableWidget) -> dict[str, str | None]:
    """Column -> target, as chosen in the columns table."""
    columns: dict[str, str | None] = {}
    for i in range(widget.rowCount()):
        item = widget.item(i, 0)
        combo = widget.cellWidget(i, 1)
        if item is not None and combo is not None:
            columns[item.text()] = combo.currentData()
    return columns


def choose_target(widget: QTableWidget, column: str, key: str | None) -> None:
    """Map ``column`` to ``key`` in the columns table (KeyError when there is no such column)."""
    for i in range(widget.rowCount()):
        item = widget.item(i, 0)
        if item is not None and item.text() == column:
            combo = widget.cellWidget(i, 1)
            combo.setCurrentIndex(max(0, combo.findData(key)))
            return
    raise KeyError(column)
