"""The "Mark as verified" actions of the service points: stamp ``last_verified_on`` and
``last_verified_by`` on one point, or on the selection, from the form or the attribute table."""

from __future__ import annotations

import inspect
import textwrap
from collections.abc import Iterable
from typing import Any

from qgis.core import (
    QgsAction,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QUuid

from ...definitions.settings import VERIFIED_BY
from ...toolbelt.i18n import tr

CTX = "Forms"

#: Stable ids of the actions this module adds (re-applying replaces them, never duplicates).
VERIFY_FEATURE_ACTION_ID = "{2c5d4c8e-57a8-4b0c-9a4e-7f1f0e6d1a01}"
VERIFY_SELECTION_ACTION_ID = "{2c5d4c8e-57a8-4b0c-9a4e-7f1f0e6d1a02}"


# --------------------------------------------------------------------------------------------
# "Mark as verified"
# --------------------------------------------------------------------------------------------
def mark_verified(layer: Any, feature_ids: Iterable[int], user: str | None = None,
                  day: Any = None, on_field: str = "last_verified_on",
                  by_field: str = "last_verified_by", command: str = "Mark as verified") -> int:
    """Stamp ``day`` (today) and ``user`` (the current account) as the last verification
    of the features ``feature_ids`` of ``layer``; returns how many were stamped.

    When the layer is not being edited, the change is saved at once; when it is, the
    change joins the current edits (and can be undone). This function's source is also the
    code of the layer's "Mark as verified" actions, so it imports what it needs itself and
    works without the plugin."""
    from qgis.core import QgsExpressionContextUtils
    from qgis.PyQt.QtCore import QDate

    ids = [int(i) for i in feature_ids]
    on, by = layer.fields().indexOf(on_field), layer.fields().indexOf(by_field)
    if not ids or on < 0 or by < 0:
        return 0
    if user is None:
        user = QgsExpressionContextUtils.globalScope().variable("user_account_name") or ""
    day = day or QDate.currentDate()
    started = not layer.isEditable()
    if started and not layer.startEditing():
        raise RuntimeError(f"{layer.name()} cannot be edited.")
    layer.beginEditCommand(command)
    for fid in ids:
        layer.changeAttributeValues(fid, {on: day, by: user})
    layer.endEditCommand()
    if started and not layer.commitChanges():
        errors = "; ".join(layer.commitErrors())
        layer.rollBack()
        raise RuntimeError(f"{layer.name()}: the verification could not be saved: {errors}")
    return len(ids)


def _action_code(call: str) -> str:
    source = textwrap.dedent(inspect.getsource(mark_verified))
    source = source.replace("def mark_verified(", "def _amuddu_mark_verified(", 1)
    # The analyst's name from the plugin's settings when set (else the account name).
    return (
        "from qgis.core import QgsProject, QgsSettings\n"
        f"{source}\n"
        "_layer = QgsProject.instance().mapLayer('[% @layer_id %]')\n"
        f"_user = QgsSettings().value({VERIFIED_BY!r}, '', type=str) or None\n"
        f"_amuddu_mark_verified(_layer, {call}, user=_user)\n"
    )


def verify_actions() -> list[QgsAction]:
    """The layer actions: one feature (attribute table, form, map) and the selection."""
    feature = QgsAction(
        QUuid(VERIFY_FEATURE_ACTION_ID), QgsAction.GenericPython,
        tr(CTX, "Mark as verified (today, by me)"),
        _action_code("[[% $id %]]"), "", False, tr(CTX, "Verified"), {"Feature", "Canvas"}, "",
    )
    selection = QgsAction(
        QUuid(VERIFY_SELECTION_ACTION_ID), QgsAction.GenericPython,
        tr(CTX, "Mark the selected points as verified (today, by me)"),
        _action_code("_layer.selectedFeatureIds()"), "", False, tr(CTX, "Verify selection"),
        {"Layer"}, "",
    )
    return [feature, selection]


def add_verify_actions(layer: QgsVectorLayer) -> None:
    manager = layer.actions()
    for action in verify_actions():
        manager.removeAction(action.id())
        manager.addAction(action)
