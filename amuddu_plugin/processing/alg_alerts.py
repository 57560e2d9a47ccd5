"""``amuddu:alerts`` (the committee's alerts, as a table) and ``amuddu:acknowledge_alert`` (mark
one as known, with a note, until its facts change); over :mod:`amuddu_plugin.core.monitoring`."""

from __future__ import annotations

from datetime import date
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
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.monitoring.alerts import Alert
from ..core.monitoring.evaluate import acknowledgement_statements, evaluate, read_acknowledgements
from ..core.store.database import now_iso
from ..core.store.schema import qgs_fields
from ..definitions.model import LANGUAGES, SRID
from ..definitions.monitoring import ALERT_OUTPUT, ALERT_RULES, alert_rule
from ..toolbelt.errors import AmudduError
from ..toolbelt.i18n import tr, ui_language
from .alg_monitoring import MonitoringAlgorithm, checked_distance, distance_parameter
from .sinks import SafeSink

CTX = "Processing"


def _today_parameter() -> QgsProcessingParameterString:
    return QgsProcessingParameterString(
        "TODAY", tr(CTX, "Date of the evaluation (YYYY-MM-DD; empty: today)"), "", optional=True)


def current_user() -> str:
    import os

    from qgis.core import QgsApplication

    return str(QgsApplication.userLoginName() or os.environ.get("USER") or "")


class _AlertAlgorithm(MonitoringAlgorithm):
    def today(self, parameters: dict[str, Any], context: QgsProcessingContext) -> date:
        text = (self.parameterAsString(parameters, "TODAY", context) or "").strip()
        if not text:
            return date.today()
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise QgsProcessingException(tr(CTX, "TODAY must be a date written YYYY-MM-DD (got “%1”).",
                                            text)) from None

    def alerts(self, parameters: dict[str, Any], context: QgsProcessingContext,
               feedback: QgsProcessingFeedback) -> tuple[Any, list[Alert]]:
        """(the database, the alerts read from it: from a snapshot for a server)."""
        db, read = self.open_with_reading(parameters, context, feedback)
        distance = checked_distance(self, parameters, context)
        try:
            return db, evaluate(read.path, self.today(parameters, context), distance)
        except AmudduError as err:
            raise QgsProcessingException(str(err)) from err


class Alerts(_AlertAlgorithm):
    NAME = "alerts"
    READS_SNAPSHOT = True
    DISPLAY = "Alerts for the steering committee"
    HELP = (
        "Evaluates the committee's alert rules on the database: a province without a service "
        "category found elsewhere in its region; a province most of whose population lives "
        "beyond the reference distance; an institution most of whose points were not verified "
        "for 12 months; points waiting for publication for more than 30 days; points "
        "temporarily closed for more than 90 days; an institution with no update for a "
        "quarter. Each alert has its rule, severity, subject, message in French, Arabic and "
        "English and the facts that fired it. An alert marked as known "
        "(amuddu:acknowledge_alert) stays known, with the committee's note, until its facts "
        "change."
    )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(self.database_parameter())
        self.addParameter(distance_parameter())
        self.addParameter(_today_parameter())
        self.addParameter(QgsProcessingParameterBoolean(
            "INCLUDE_KNOWN", tr(CTX, "List the alerts already known to the committee"), True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", tr(CTX, "Alerts"), QgsProcessing.TypeVector))
        for name, label in (("ALERTS", tr(CTX, "Alerts listed")), ("NEW", tr(CTX, "New alerts")),
                            ("KNOWN", tr(CTX, "Known alerts"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        db, found = self.alerts(parameters, context, feedback)
        known = read_acknowledgements(db.path)
        include_known = self.parameterAsBool(parameters, "INCLUDE_KNOWN", context)
        fields = qgs_fields(ALERT_OUTPUT)
        listed = counted_known = 0
        with SafeSink(self, parameters, "OUTPUT", context, fields, QgsWkbTypes.NoGeometry,
                      QgsCoordinateReferenceSystem(f"EPSG:{SRID}"), protected=[db.source]) as out:
            for alert in found:
                ack = known.get((alert.rule, alert.subject))
                is_known = ack is not None and ack.facts_hash == alert.facts_hash
                counted_known += is_known
                if is_known and not include_known:
                    continue
                out.add(_feature(fields, alert, ack if is_known else None))
                listed += 1
        language = ui_language()
        for rule in ALERT_RULES:
            count = sum(1 for a in found if a.rule == rule.code)
            if count:
                feedback.pushInfo(f"{rule.message.get(language)}: {count}")
        return {"OUTPUT": out.destination, "ALERTS": listed, "NEW": len(found) - counted_known,
                "KNOWN": counted_known}


def _feature(fields: Any, alert: Alert, ack: Any) -> QgsFeature:
    rule = alert_rule(alert.rule)
    values: dict[str, Any] = {
        "rule": alert.rule, "severity": rule.severity, "subject_type": rule.subject,
        "subject": alert.subject, "name": alert.name, "facts": alert.facts_json, "days": alert.days,
        "facts_hash": alert.facts_hash, "known": ack is not None,
        "note": ack.note if ack else None, "known_since": ack.at if ack else None,
    }
    values.update({f"message_{lang}": rule.message.get(lang) for lang in LANGUAGES})
    feature = QgsFeature(fields)
    feature.setAttributes([values.get(name) for name in fields.names()])
    return feature


class AcknowledgeAlert(_AlertAlgorithm):
    NAME = "acknowledge_alert"
    POSTGIS = True  # evaluated on a snapshot, the acknowledgement written to the server
    DISPLAY = "Mark an alert as known to the committee"
    HELP = (
        "Records that the committee knows an alert of amuddu:alerts (its rule and subject, as "
        "listed there), with a note. The alert stays known until the facts that fired it "
        "change; then it is new again. Marking it again replaces the note."
    )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(self.database_parameter())
        rule = QgsProcessingParameterEnum("RULE", tr(CTX, "Alert rule"), [r.code for r in ALERT_RULES])
        rule.setUsesStaticStrings(True)
        self.addParameter(rule)
        self.addParameter(QgsProcessingParameterString(
            "SUBJECT", tr(CTX, "Subject of the alert (unit, institution or point code)")))
        self.addParameter(QgsProcessingParameterString("NOTE", tr(CTX, "Committee's note"), "",
                                                       multiLine=True, optional=True))
        self.addParameter(distance_parameter())
        self.addParameter(_today_parameter())
        self.addOutput(QgsProcessingOutputString("FACTS_HASH", tr(CTX, "Hash of the facts known")))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        rule = self.parameterAsEnumString(parameters, "RULE", context)
        subject = (self.parameterAsString(parameters, "SUBJECT", context) or "").strip()
        db, found = self.alerts(parameters, context, feedback)
        alert = next((a for a in found if a.rule == rule and a.subject == subject), None)
        if alert is None:
            raise QgsProcessingException(tr(
                CTX, "SUBJECT: no alert %1 for “%2” now, nothing to mark as known (amuddu:alerts "
                     "lists the alerts and their subjects).", rule, subject))
        note = self.parameterAsString(parameters, "NOTE", context) or ""
        try:
            db.execute(acknowledgement_statements(alert, note, now_iso(), current_user()))
        except AmudduError as err:
            raise QgsProcessingException(str(err)) from err
        feedback.pushInfo(tr(CTX, "Alert %1 for %2 marked as known.", rule, subject))
        return {"FACTS_HASH": alert.facts_hash}
