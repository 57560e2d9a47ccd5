"""Right to left for what the plugin builds: with QGIS in Arabic, its dialogs, forms and
message boxes lay out right to left even where Qt's own Arabic translation (which would
switch the whole application) is not installed."""

from __future__ import annotations

from typing import Any

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QMessageBox, QWidget

from ..toolbelt.i18n import is_right_to_left


def layout_direction(language: str | None = None) -> Qt.LayoutDirection:
    return Qt.RightToLeft if is_right_to_left(language) else Qt.LeftToRight


def apply_direction(widget: QWidget, language: str | None = None) -> QWidget:
    """Set the layout direction of ``widget`` (and so its children) for the UI language."""
    widget.setLayoutDirection(layout_direction(language))
    return widget


def message_box(icon: Any, title: str, text: str, buttons: Any, parent: QWidget | None) -> QMessageBox:
    """A QMessageBox laid out in the direction of the UI language."""
    box = QMessageBox(icon, title, text, buttons, parent)
    apply_direction(box)
    return box
