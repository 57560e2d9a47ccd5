"""The plugin's "Mark the selected service points as verified" action (menu and toolbar).

The layer itself also carries "Mark as verified" actions (attribute table, form, map
"Run feature action" tool; see :func:`amuddu_plugin.core.styles.verify.verify_actions`), which
work without the plugin. This one acts on the selection of the active layer.
"""

from __future__ import annotations

from typing import Any

from qgis.core import Qgis, QgsVectorLayer

from ..core.styles.verify import mark_verified
from ..definitions import settings
from ..toolbelt.i18n import tr
from ..toolbelt.log import logger

CTX = "VerifyAction"
TABLE_PROPERTY = "amuddu/table"
TABLE = "service_point"


def service_point_layer(layer: Any) -> QgsVectorLayer | None:
    """``layer`` when it is the service points of an Amuddu database, else None."""
    if isinstance(layer, QgsVectorLayer) and layer.customProperty(TABLE_PROPERTY) == TABLE:
        return layer
    if isinstance(layer, QgsVectorLayer) and layer.source().endswith(f"|layername={TABLE}"):
        return layer
    return None


class VerifyAction:
    def __init__(self, iface: Any):
        self.iface = iface

    def _message(self, text: str, level: Any) -> None:
        self.iface.messageBar().pushMessage(tr(CTX, "Amuddu"), text, level, 5)

    def mark_selection(self) -> int:
        """Stamp today and the current user on the selected service points; returns how
        many were stamped (0 with a message when there is nothing to do)."""
        layer = service_point_layer(self.iface.activeLayer())
        if layer is None:
            self._message(tr(CTX, "Select the service points layer of an Amuddu database first."),
                          Qgis.Warning)
            return 0
        ids = layer.selectedFeatureIds()
        if not ids:
            self._message(tr(CTX, "Select the service points to mark as verified first."),
                          Qgis.Warning)
            return 0
        try:
            count = mark_verified(layer, ids, user=settings.read_str(settings.VERIFIED_BY) or None,
                                  command=tr(CTX, "Mark as verified"))
        except RuntimeError as err:
            logger().warning(str(err))
            self._message(tr(CTX, "The verification could not be saved: %1", err), Qgis.Critical)
            return 0
        self._message(tr(CTX, "%1 service points marked as verified today.", count), Qgis.Success)
        return count
