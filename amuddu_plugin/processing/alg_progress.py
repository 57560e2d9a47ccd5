"""``amuddu:snapshot`` (record the published data under a label) and ``amuddu:compare`` (what
opened, closed, moved, changed and was verified between two snapshots, or since one); over
:mod:`amuddu_plugin.core.monitoring.snapshot`."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.monitoring.snapshot import compare, read_state, summary, take_server_snapshot, take_snapshot
from ..core.store.database import now_iso
from ..core.store.schema import qgs_fields
from ..definitions.model import LANGUAGES, SRID
from ..definitions.monitoring import CHANGE_KINDS, CHANGE_OUTPUT, CHANGE_SUMMARY
from ..toolbelt.errors import AmudduError
from ..toolbelt.i18n import tr, ui_language
from .alg_alerts import current_user
from .alg_monitoring import MonitoringAlgorithm
from .sinks import SafeSink, destination_file

CTX = "Processing"


class Snapshot(MonitoringAlgorithm):
    NAME = "snapshot"
    POSTGIS = True  # read from a snapshot, the new rows written to the server
    DISPLAY = "Take a snapshot of the published data"
    HELP = (
        "Records, under a label (for example the date of a committee meeting), the state of "
        "the published service points: for each one its identity, institution, region, "
        "status, place, last verification and a fingerprint of its texts, contacts and "
        "services. amuddu:compare then says what changed between two snapshots, or since one."
    )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(self.database_parameter())
        self.addParameter(QgsProcessingParameterString("LABEL", tr(CTX, "Label of the snapshot")))
        self.addOutput(QgsProcessingOutputString("SNAPSHOT", tr(CTX, "Snapshot id")))
        self.addOutput(QgsProcessingOutputNumber("POINTS", tr(CTX, "Published points")))
        self.addOutput(QgsProcessingOutputNumber("SERVICES", tr(CTX, "Published services")))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        db, read = self.open_with_reading(parameters, context, feedback)
        label = self.parameterAsString(parameters, "LABEL", context) or ""
        try:
            if db.is_postgis:
                snapshot, points, services = take_server_snapshot(db, read.path, label, now_iso(),
                                                                  current_user())
            else:
                snapshot, points, services = take_snapshot(db.path, label, now_iso(), current_user())
        except AmudduError as err:
            raise QgsProcessingException(str(err)) from err
        feedback.pushInfo(tr(CTX, "Snapshot “%1”: %2 published points, %3 services.", label.strip(),
                             points, services))
        return {"SNAPSHOT": snapshot, "POINTS": points, "SERVICES": services}


class Compare(MonitoringAlgorithm):
    NAME = "compare"
    READS_SNAPSHOT = True
    DISPLAY = "Compare two snapshots"
    HELP = (
        "Lists what changed in the published data between two snapshots (FROM and TO: a label, "
        "or a date for the latest snapshot taken on or before it; TO empty: now): points "
        "opened or published, closed or withdrawn, moved (more than 10 m), changed (texts, "
        "contacts, services) and verified. The summary counts them by institution and region."
    )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(self.database_parameter())
        self.addParameter(QgsProcessingParameterString("FROM", tr(CTX, "From (snapshot label or date)")))
        self.addParameter(QgsProcessingParameterString(
            "TO", tr(CTX, "To (snapshot label or date; empty: now)"), "", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr(CTX, "Changes"),
                                                            QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "SUMMARY", tr(CTX, "Changes by institution and region"), QgsProcessing.TypeVector,
            optional=True, createByDefault=True))
        for kind in CHANGE_KINDS:
            self.addOutput(QgsProcessingOutputNumber(kind.upper(), CHANGE_KINDS[kind].get(ui_language())))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        db = self.open_database(parameters, context, feedback)
        start = (self.parameterAsString(parameters, "FROM", context) or "").strip()
        if not start:
            raise QgsProcessingException(tr(CTX, "FROM: name the snapshot to compare from."))
        try:
            label_from, before = read_state(db.path, start, "FROM")
            label_to, after = read_state(db.path, self.parameterAsString(parameters, "TO", context) or "",
                                         "TO")
        except AmudduError as err:
            raise QgsProcessingException(str(err)) from err
        changes = compare(before, after)
        crs = QgsCoordinateReferenceSystem(f"EPSG:{SRID}")
        fields = qgs_fields(CHANGE_OUTPUT)
        with SafeSink(self, parameters, "OUTPUT", context, fields, QgsWkbTypes.NoGeometry, crs,
                      protected=[db.source]) as out:
            for change in changes:
                values = {name: getattr(change.point, name, None) for name in fields.names()}
                values.update({"kind": change.kind, "detail": change.detail})
                values.update({f"kind_label_{lang}": CHANGE_KINDS[change.kind].get(lang)
                               for lang in LANGUAGES})
                out.add(_feature(fields, values))
        outputs: dict[str, Any] = {"OUTPUT": out.destination}
        summary_fields = qgs_fields(CHANGE_SUMMARY)
        with SafeSink(self, parameters, "SUMMARY", context, summary_fields, QgsWkbTypes.NoGeometry, crs,
                      protected=[db.source, destination_file(out.destination or "")]) as table:
            for institution, region, kind, points in summary(changes):
                table.add(_feature(summary_fields, {"institution": institution, "region_code": region,
                                                    "kind": kind, "points": points}))
        if table.destination is not None:
            outputs["SUMMARY"] = table.destination
        for kind in CHANGE_KINDS:
            outputs[kind.upper()] = sum(1 for c in changes if c.kind == kind)
        feedback.pushInfo(tr(CTX, "From “%1” to “%2”: %3 changes.", label_from, label_to, len(changes)))
        return outputs


def _feature(fields: Any, values: dict[str, Any]) -> QgsFeature:
    feature = QgsFeature(fields)
    feature.setAttributes([values.get(name) for name in fields.names()])
    return feature
