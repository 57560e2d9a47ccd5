"""The checks that fire the committee's alert rules (declared in
:mod:`amuddu_plugin.definitions.monitoring`), on plain values: no QGIS, no database here.

An alert's *facts* are what fired it, written so that they stay the same while the situation
does (dates rather than day counts): the committee's acknowledgement holds the hash of the
facts it saw and lapses when they change. The day count is shown beside, as ``days``.
A point whose state has no known start date (no change history, no modification date) cannot
be said to wait: it stays quiet.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ...definitions.formats import TEMPORARILY_CLOSED, is_open
from ...definitions.monitoring import (
    DRAFT_MAX_DAYS,
    MOSTLY_SHARE,
    NO_UPDATE_MAX_DAYS,
    TEMPORARILY_CLOSED_MAX_DAYS,
    UNVERIFIED_MAX_DAYS,
    WAITING_STATES,
)
from .coverage import UnitCoverage


@dataclass(frozen=True)
class PointFacts:
    uuid: str
    institution: str
    name: str
    province: str
    region: str
    state: str  # publication state
    status: str  # operating status
    categories: frozenset[str] = frozenset()
    last_verified: date | None = None
    #: Since when the point is in its publication state, and in its operating status.
    state_since: date | None = None
    status_since: date | None = None
    #: The latest sign of life: modification, change history or verification.
    last_update: date | None = None

    @property
    def counts(self) -> bool:
        """Published and active: what the public map and the coverage count."""
        return is_open(self.state, self.status)


@dataclass(frozen=True)
class Alert:
    rule: str
    subject: str
    name: str
    facts: dict[str, Any] = field(hash=False)
    days: int | None = None

    @property
    def facts_json(self) -> str:
        return json.dumps(self.facts, sort_keys=True, ensure_ascii=False)

    @property
    def facts_hash(self) -> str:
        return hashlib.sha256(f"{self.rule}|{self.subject}|{self.facts_json}".encode()).hexdigest()[:16]


def _days(since: date | None, today: date) -> int | None:
    return None if since is None else (today - since).days


def category_missing(points: list[PointFacts], provinces: dict[str, str],
                     names: dict[str, str]) -> list[Alert]:
    """Provinces (code -> region) lacking a category that another province of their region has."""
    present: dict[str, set[str]] = {code: set() for code in provinces}
    for p in points:
        if p.counts and p.province in present:
            present[p.province] |= p.categories
    out = []
    for code, region in sorted(provinces.items()):
        elsewhere = set().union(*(present[o] for o, r in provinces.items() if r == region and o != code))
        missing = sorted(elsewhere - present[code])
        if missing:
            out.append(Alert("CATEGORY_MISSING_IN_PROVINCE", code, names.get(code, code),
                             {"region": region, "missing": missing}))
    return out


def beyond_reach(rows: list[UnitCoverage], distance_km: float, names: dict[str, str]) -> list[Alert]:
    """Units most of whose population lives farther than ``distance_km`` from any service."""
    return [Alert("POPULATION_BEYOND_REACH", r.code, names.get(r.code, r.code),
                  {"share_beyond": round(r.share_beyond_any, 3), "distance_km": distance_km,
                   "population": round(r.population)})
            for r in rows if r.share_beyond_any is not None and r.share_beyond_any > MOSTLY_SHARE]


def _open(points: list[PointFacts], institution: str) -> list[PointFacts]:
    return [p for p in points if p.institution == institution and p.status != "closed"]


def institution_unverified(points: list[PointFacts], institutions: list[str], today: date) -> list[Alert]:
    """Institutions most of whose open points were not verified for 12 months."""
    out = []
    for code in institutions:
        mine = _open(points, code)
        stale = [p for p in mine if p.last_verified is None
                 or (today - p.last_verified).days > UNVERIFIED_MAX_DAYS]
        if mine and len(stale) / len(mine) > MOSTLY_SHARE:
            out.append(Alert("INSTITUTION_UNVERIFIED", code, code,
                             {"points": len(mine), "unverified": len(stale)}))
    return out


def waiting(points: list[PointFacts], today: date) -> list[Alert]:
    """Drafts (points waiting for publication) for more than 30 days."""
    out = []
    for p in points:
        days = _days(p.state_since, today)
        if p.state in WAITING_STATES and p.status != "closed" and days is not None and days > DRAFT_MAX_DAYS:
            out.append(Alert("DRAFT_WAITING", p.uuid, p.name, {"state": p.state, "since": str(p.state_since),
                                                              "institution": p.institution}, days))
    return out


def closed_too_long(points: list[PointFacts], today: date) -> list[Alert]:
    """Points temporarily closed for more than 90 days."""
    out = []
    for p in points:
        days = _days(p.status_since, today)
        if p.status == TEMPORARILY_CLOSED and days is not None and days > TEMPORARILY_CLOSED_MAX_DAYS:
            out.append(Alert("CLOSED_TOO_LONG", p.uuid, p.name, {"since": str(p.status_since),
                                                                "institution": p.institution}, days))
    return out


def institution_silent(points: list[PointFacts], institutions: list[str], today: date,
                       imports: dict[str, date] | None = None) -> list[Alert]:
    """Institutions with no update (of a point, a verification or an import) for a quarter;
    ``imports`` holds the date of each institution's latest import."""
    out = []
    for code in institutions:
        dates = [p.last_update for p in points if p.institution == code and p.last_update]
        if imports and code in imports:
            dates.append(imports[code])
        last = max(dates, default=None)
        days = _days(last, today)
        if days is None or days > NO_UPDATE_MAX_DAYS:
            out.append(Alert("INSTITUTION_SILENT", code, code,
                             {"last_update": str(last) if last else None}, days))
    return out
