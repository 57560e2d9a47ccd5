"""Processing algorithms: thin wrappers over :mod:`amuddu_plugin.core`.

Ids are stable (``amuddu:<name>``). Each reports progress through the feedback object,
honours cancellation and runs the same in the toolbox, in models and under
``qgis_process``. Errors from the core are turned into ``QgsProcessingException`` with the
core's message, which names the file, table, row or field at fault.
"""

from __future__ import annotations

from .alg_access import GrantAccess, RevokeAccess
from .alg_alerts import AcknowledgeAlert, Alerts
from .alg_atlas import AddAtlasLayout, ExportAtlas
from .alg_database import CopyDatabase, CreateDatabase, LoadDatabase, RenderOverview
from .alg_handouts import ExportHandouts
from .alg_hsds import ExportHsds, ImportHsds
from .alg_import import CheckQuality, ImportServices, UndoImport
from .alg_monitoring import Coverage
from .alg_opendata import ExportOpenData
from .alg_progress import Compare, Snapshot
from .alg_report import CommitteeReport
from .alg_webmap import ExportWebMap
from .base import AmudduAlgorithm

#: Every algorithm of the provider, in the toolbox's order. The classes live in their own
#: modules, each subclassing :class:`.base.AmudduAlgorithm`; this module only lists them.
ALGORITHMS: list[type[AmudduAlgorithm]] = [CreateDatabase, CopyDatabase, LoadDatabase, RenderOverview,
                                           ExportAtlas, AddAtlasLayout, ExportWebMap,
                                           ImportServices, UndoImport, CheckQuality,
                                           ExportHsds, ImportHsds, ExportHandouts, Coverage, Alerts,
                                           AcknowledgeAlert, Snapshot, Compare, GrantAccess,
                                           RevokeAccess, ExportOpenData, CommitteeReport]
