"""The "Amuddu" Processing provider: every job of the plugin as an algorithm."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..toolbelt.i18n import tr
from ..toolbelt.paths import plugin_metadata, resources_path

PROVIDER_ID = "amuddu"


class AmudduProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return "Amuddu"

    def longName(self) -> str:  # noqa: N802
        return tr("Processing", "Amuddu – public services open to migrants (CP3)")

    def icon(self) -> QIcon:
        return QIcon(str(resources_path("icons", "amuddu.svg")))

    def versionInfo(self) -> str:  # noqa: N802
        return plugin_metadata().get("version", "")

    def loadAlgorithms(self) -> None:  # noqa: N802
        from .algorithms import ALGORITHMS

        for algorithm_class in ALGORITHMS:
            self.addAlgorithm(algorithm_class())
