"""The figures of the committee's report, gathered once from the database: coverage by region
and province (:mod:`..monitoring.coverage`), points and services by institution, what changed
over the period (:mod:`..monitoring.snapshot`), the alerts with the committee's notes
(:mod:`..monitoring.evaluate`) and the data-quality summary (:mod:`..quality`). Plain values:
the pages are drawn from these and nothing else.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from ...definitions.model import Label
from ...definitions.monitoring import CLOSED, DISTANCE_KM, OPENED, PROVINCE, REGION, alert_rule
from ...definitions.quality_rules import rule as quality_rule
from ...toolbelt.i18n import tr
from ..monitoring.coverage import ServicePoint, UnitCoverage, coverage
from ..monitoring.evaluate import evaluate, read_acknowledgements
from ..monitoring.read import read_points, read_units
from ..monitoring.snapshot import Change, PointState, SnapshotError, compare, read_state
from ..store.database import SAMPLE_SOURCE, Database
from ..store.gpkg import readonly_uri

CTX = "Report"


@dataclass
class Figures:
    """Points, services and changes of one institution or unit."""

    code: str
    name: Label
    points: int = 0
    services: int = 0
    opened: int = 0
    closed: int = 0
    other_changes: int = 0  # moved, changed, verified
    population: float = 0.0
    per_100k: float | None = None
    beyond: float | None = None  # share (0-1) of the population beyond the distance
    colour: str = "#595959"
    parent: str = ""  # a province's region
    short: str = ""  # an institution's acronym


@dataclass(frozen=True)
class AlertLine:
    rule: str
    severity: str
    message: Label
    subject: str
    name: str
    days: int | None
    known: bool
    note: str
    #: What made it fire, as the rule recorded it (core/monitoring/alerts.py).
    facts: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class QualityLine:
    rule: str
    severity: str
    message: Label
    issues: int


@dataclass(frozen=True)
class Period:
    """From which state to which: a snapshot label, or None for the first data state
    (``start``) or for now (``end``)."""

    start: str | None
    end: str | None
    changes: list[Change]


@dataclass
class ReportFacts:
    today: date
    data_version: str
    samples: bool
    distance_km: float
    period: Period
    institutions: list[Figures] = field(default_factory=list)
    regions: list[Figures] = field(default_factory=list)
    provinces: list[Figures] = field(default_factory=list)
    alerts: list[AlertLine] = field(default_factory=list)
    #: The service categories by code, as the alerts name them.
    categories: dict[str, Label] = field(default_factory=dict)
    quality: list[QualityLine] = field(default_factory=list)
    points_checked: int = 0

    @property
    def population(self) -> float:
        return sum(r.population for r in self.regions)

    @property
    def points(self) -> int:
        return sum(i.points for i in self.institutions)

    @property
    def services(self) -> int:
        return sum(i.services for i in self.institutions)

    def provinces_of(self, region: str) -> list[Figures]:
        return [p for p in self.provinces if p.parent == region]


class ReportError(SnapshotError):
    """A report that cannot be made, worded for the person who asked."""


def snapshot_labels(path: Any) -> list[str]:
    """The labels of the database's snapshots, oldest first."""
    with sqlite3.connect(readonly_uri(path), uri=True) as con:
        return [str(r[0]) for r in con.execute("SELECT label FROM snapshot ORDER BY taken_at, label")]


def resolve_period(path: Any, start: str, end: str) -> Period:
    """The period of the report. Both empty: the last two snapshots, or the last one to now,
    or the first data state (nothing published) to now when there is no snapshot. FROM empty
    with TO given: from the first data state."""
    start, end = (start or "").strip(), (end or "").strip()
    if not start and not end:
        labels = snapshot_labels(path)
        start = labels[-2] if len(labels) >= 2 else (labels[-1] if labels else "")
        end = labels[-1] if len(labels) >= 2 else ""
    before: dict[str, PointState] = {}
    start_label = None
    if start:
        start_label, before = read_state(path, start, "FROM")
    end_label, after = read_state(path, end, "TO")
    return Period(start_label, end_label if end else None, compare(before, after))


def _names(con: sqlite3.Connection, table: str) -> dict[str, Label]:
    return {
        str(c): Label(str(fr or c), str(ar or fr or c), str(fr or c))
        for c, fr, ar in con.execute(f'SELECT code, name_fr, name_ar FROM "{table}"')
    }


def _point_services(point: ServicePoint) -> int:
    return sum(n for _, n in point.services)


def _count_changes(figures: dict[str, Figures], changes: list[Change], key: str) -> None:
    for change in changes:
        row = figures.get(getattr(change.point, key))
        if row is None:
            continue
        if change.kind == OPENED:
            row.opened += 1
        elif change.kind == CLOSED:
            row.closed += 1
        else:
            row.other_changes += 1


def _institutions(
    con: sqlite3.Connection, points: list[ServicePoint], changes: list[Change]
) -> list[Figures]:
    out = {
        str(code): Figures(
            str(code),
            Label(str(fr or code), str(ar or fr or code), str(en or fr or code)),
            colour=str(colour or "#595959"),
            short=str(acronym or code),
        )
        for code, acronym, fr, ar, en, colour in con.execute(
            "SELECT code, acronym, name_fr, name_ar, name_en, colour FROM institution "
            "ORDER BY sort_order, code"
        )
    }
    for p in points:
        row = out.get(p.institution)
        if row is not None:
            row.points += 1
            row.services += _point_services(p)
    _count_changes(out, changes, "institution")
    return list(out.values())


def _units(rows: list[UnitCoverage], names: dict[str, Label], parents: dict[str, str]) -> dict[str, Figures]:
    out = {}
    for r in rows:
        out[r.code] = Figures(
            r.code,
            names.get(r.code, Label(r.code, r.code, r.code)),
            r.points,
            r.services,
            population=r.population,
            per_100k=r.services_per_100k,
            beyond=r.share_beyond_any,
            parent=parents.get(r.code, ""),
        )
    return out


#: The one "category" the report measures: any service (its distances are to the nearest
#: point that offers one, whatever it is).
ANY_SERVICE = "*"


def _any_service(points: list[ServicePoint]) -> list[ServicePoint]:
    """The points that offer a service, each as offering "any service" with its count."""
    return [
        replace(p, categories=frozenset({ANY_SERVICE}), services=((ANY_SERVICE, _point_services(p)),))
        for p in points
        if p.categories
    ]


def _level(
    db: Database, level: str, distance_km: float, names: dict[str, Label], parents: dict[str, str]
) -> tuple[dict[str, Figures], list[ServicePoint]]:
    """The units of ``level`` with their figures: every published active point counted (as the
    institutions' table counts them), its services, and the share of the population beyond
    the distance from the nearest point offering any service."""
    points = read_points(db.path, level)
    units = _units(
        coverage(read_units(db.path, level), _any_service(points), [ANY_SERVICE], distance_km), names, parents
    )
    for unit in units.values():
        unit.points = 0
    for p in points:
        if p.unit_code in units:
            units[p.unit_code].points += 1
    return units, points


def _coverage(
    db: Database, distance_km: float, changes: list[Change], con: sqlite3.Connection
) -> tuple[list[Figures], list[Figures], list[ServicePoint]]:
    """(regions, provinces, the published active points) with their coverage figures."""
    parents = {str(c): str(r) for c, r in con.execute("SELECT code, region_code FROM province")}
    provinces, points = _level(db, PROVINCE, distance_km, _names(con, "province"), parents)
    regions, _ = _level(db, REGION, distance_km, _names(con, "region"), {})
    _count_changes(regions, changes, "region_code")
    _count_changes(provinces, changes, "province_code")
    return list(regions.values()), list(provinces.values()), points


def _alerts(db: Database, today: date, distance_km: float) -> list[AlertLine]:
    acknowledged = read_acknowledgements(db.path)
    out = []
    for alert in evaluate(db.path, today, distance_km):
        rule = alert_rule(alert.rule)
        ack = acknowledged.get((alert.rule, alert.subject))
        known = ack is not None and ack.facts_hash == alert.facts_hash
        out.append(
            AlertLine(
                alert.rule,
                rule.severity,
                rule.message,
                alert.subject,
                alert.name,
                alert.days,
                known,
                ack.note if known and ack else "",
                dict(alert.facts),
            )
        )
    return out


def _categories(db: Database) -> dict[str, Label]:
    return {code: Label(fr or code, ar or fr or code, en or fr or code) for code, fr, ar, en in
            db.query("SELECT code, label_fr, label_ar, label_en FROM service_category")}


def gather(
    db: Database, period: Period, today: date, feedback: Any = None, distance_km: float = DISTANCE_KM
) -> ReportFacts:
    """Every figure of the report on ``today``."""
    from ..quality import check_quality

    facts = ReportFacts(
        today,
        db.meta("data_version") or "",
        db.count("service_point", f"source = '{SAMPLE_SOURCE}'") > 0,
        distance_km,
        period,
    )
    with sqlite3.connect(readonly_uri(db.path), uri=True) as con:
        facts.regions, facts.provinces, points = _coverage(db, distance_km, period.changes, con)
        facts.institutions = _institutions(con, points, period.changes)
    if not facts.regions:
        raise ReportError(
            tr(
                CTX,
                "The database %1 has no regions: the report needs the reference data "
                "(amuddu:create_database makes a database with it).",
                db.path,
            )
        )
    facts.alerts = _alerts(db, today, distance_km)
    facts.categories = _categories(db)
    result = check_quality(db, feedback, today=today)
    facts.quality = [
        QualityLine(code, severity, quality_rule(code).message, n) for code, severity, n in result.summary()
    ]
    facts.points_checked = result.points_checked
    return facts
