"""Amuddu → History of the selected point…: what happened to a service point and its services,
who did it and when (:mod:`amuddu_plugin.core.store.history`), in a table the analyst can
read right to left in Arabic."""

from __future__ import annotations

from typing import Any

from qgis.core import Qgis, QgsDataSourceUri, QgsVectorLayer
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.store.history import Change, field_label, point_history
from ..definitions.model import CHOICE_LABELS
from ..toolbelt.errors import AmudduError
from ..toolbelt.i18n import tr, ui_language
from .rtl import apply_direction
from .verify_action import service_point_layer

CTX = "History"
OBJECT_NAME = "AmudduHistoryDialog"


def layer_database(layer: QgsVectorLayer) -> str:
    """The data source of the database a service point layer belongs to: a GeoPackage path,
    or a key=value conninfo with its schema (no password: the plugin's layers carry none)."""
    if layer.providerType() == "postgres":
        uri = QgsDataSourceUri(layer.source())
        return f"{uri.connectionInfo(False)} schema={uri.schema()}"
    return layer.source().split("|", 1)[0]


def _operation(change: Change) -> str:
    what = {"insert": tr(CTX, "added"), "update": tr(CTX, "changed"), "delete": tr(CTX, "deleted")}
    whose = tr(CTX, "Point") if change.table == "service_point" else tr(CTX, "Service")
    return f"{whose}: {what.get(change.operation, change.operation)}"


def _value(change: Change, text: str) -> str:
    label = CHOICE_LABELS.get(text)
    return label.get(ui_language()) if label is not None and change.field else text


class HistoryDialog(QDialog):
    """The changes, one a line: when, who, what, the field, before, after."""

    @staticmethod
    def headers() -> list[str]:
        return [tr(CTX, "When (UTC)"), tr(CTX, "Who"), tr(CTX, "What"), tr(CTX, "Field"),
                tr(CTX, "Before"), tr(CTX, "After")]

    def __init__(self, title: str, changes: list[Change], parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.setWindowTitle(tr(CTX, "History of %1", title))
        layout = QVBoxLayout(self)
        if not changes:
            layout.addWidget(QLabel(tr(CTX, "No change of this point is recorded.")))
        headers = self.headers()
        self.table = QTableWidget(len(changes), len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for row, change in enumerate(reversed(changes)):  # the latest first
            cells = (change.when, change.who, _operation(change),
                     field_label(change.table, change.field) if change.field else "",
                     _value(change, change.old), _value(change, change.new))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        self.table.resizeColumnsToContents()
        header.setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 420)
        apply_direction(self)


def show_point_history(iface: Any) -> HistoryDialog | None:
    """The history of the one service point selected on the active layer (a message says
    what to do otherwise)."""
    def say(text: str, level: Any = Qgis.Warning) -> None:
        iface.messageBar().pushMessage(tr(CTX, "Amuddu"), text, level, 6)

    layer = service_point_layer(iface.activeLayer())
    if layer is None:
        say(tr(CTX, "Select the service points layer of an Amuddu database first."))
        return None
    features = list(layer.getSelectedFeatures())
    if len(features) != 1:
        say(tr(CTX, "Select one service point to see its history."))
        return None
    feature = features[0]
    from ..core.store.opening import open_database

    try:
        db = open_database(layer_database(layer))
        changes = point_history(db, str(feature["uuid"]))
    except AmudduError as err:
        say(tr(CTX, "The history cannot be read: %1", err), Qgis.Critical)
        return None
    own = f"name_{ui_language()}"
    names = [feature[n] for n in (own, "name_fr") if n in feature.fields().names()]
    title = next((str(n) for n in names if n not in (None, "") and str(n) != "NULL"), str(feature["uuid"]))
    global _OPEN
    if _OPEN is not None:
        _OPEN.close()
    _OPEN = HistoryDialog(title, changes, iface.mainWindow())
    _OPEN.show()
    return _OPEN


_OPEN: HistoryDialog | None = None
