"""Evaluating the alert rules on an Amuddu database, and the committee's acknowledgements.

The facts of each point come from the database: its states, its last verification, its
modification stamp (``updated_at``, written by the forms and imports) and the change
history of imports (``change_log``: when a point was added, when its publication state or
operating status last changed). An acknowledgement (table ``alert_acknowledgement``) holds
the hash of the facts the committee saw; the alert is known while they stay the same.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ...definitions.model import ALERT_ACKNOWLEDGEMENT
from ...definitions.monitoring import ALERT_RULES, PROVINCE
from ..store.gpkg import readonly_uri
from . import alerts as checks
from .coverage import coverage
from .read import read_points, read_units

ACK_TABLE = ALERT_ACKNOWLEDGEMENT.name
_RULE_ORDER = {r.code: i for i, r in enumerate(ALERT_RULES)}


@dataclass(frozen=True)
class Acknowledgement:
    facts_hash: str
    note: str
    at: str
    by: str


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _history(con: sqlite3.Connection) -> dict[str, dict[str, date]]:
    """uuid -> {"insert" | field name | "any": date of the latest such change}."""
    out: dict[str, dict[str, date]] = {}
    for uuid, action, field_name, changed_at in con.execute(
            "SELECT row_uuid, action, coalesce(field_name, ''), max(changed_at) FROM change_log "
            "WHERE table_name = 'service_point' GROUP BY 1, 2, 3"):
        day = _date(changed_at)
        if day is None:
            continue
        row = out.setdefault(str(uuid), {})
        for key in (action if action == "insert" else field_name, "any"):
            row[key] = max(day, row.get(key, day))
    return out


def _since(history: dict[str, date], field: str, updated: date | None) -> date | None:
    known = [d for d in (history.get(field), history.get("insert")) if d]
    return max(known) if known else updated


def read_point_facts(con: sqlite3.Connection) -> list[checks.PointFacts]:
    categories: dict[str, set[str]] = {}
    for uuid, category in con.execute("SELECT service_point_uuid, category FROM service"):
        categories.setdefault(str(uuid), set()).add(str(category))
    history = _history(con)
    out = []
    for row in con.execute(
            "SELECT uuid, institution, name_fr, province_code, region_code, publication_state, "
            "operating_status, last_verified_on, updated_at FROM service_point"):
        uuid, institution, name, province, region, state, status, verified, updated = row
        changes, updated_day, verified_day = history.get(str(uuid), {}), _date(updated), _date(verified)
        signs = [d for d in (updated_day, verified_day, changes.get("any")) if d]
        out.append(checks.PointFacts(
            str(uuid), str(institution), str(name or ""), str(province or ""), str(region or ""),
            str(state), str(status), frozenset(categories.get(str(uuid), ())), verified_day,
            _since(changes, "publication_state", updated_day),
            _since(changes, "operating_status", updated_day), max(signs, default=None)))
    return out


def _imports(con: sqlite3.Connection) -> dict[str, date]:
    out: dict[str, date] = {}
    for institutions, started in con.execute(
            "SELECT institution, max(started_at) FROM import_run WHERE status = 'done' GROUP BY 1"):
        day = _date(started)
        for code in str(institutions or "").split(","):
            if day and code.strip():
                out[code.strip()] = max(day, out.get(code.strip(), day))
    return out


def evaluate(path: Path, today: date, distance_km: float) -> list[checks.Alert]:
    """Every alert the rules fire on the database at ``path`` on ``today``."""
    with sqlite3.connect(readonly_uri(Path(path)), uri=True) as con:
        points = read_point_facts(con)
        provinces = {str(c): str(r) for c, r in con.execute("SELECT code, region_code FROM province")}
        names = {str(c): str(n or c) for c, n in con.execute("SELECT code, name_fr FROM province")}
        institutions = [str(c) for (c,) in con.execute(
            "SELECT code FROM institution ORDER BY sort_order, code")]
        categories = [str(c) for (c,) in con.execute("SELECT code FROM service_category")]
        imports = _imports(con)
    rows = coverage(read_units(path, PROVINCE), read_points(path, PROVINCE), categories, distance_km,
                    per_category=False)  # beyond_reach reads the reach of any service
    found = (checks.category_missing(points, provinces, names)
             + checks.beyond_reach(rows, distance_km, names)
             + checks.institution_unverified(points, institutions, today)
             + checks.waiting(points, today) + checks.closed_too_long(points, today)
             + checks.institution_silent(points, institutions, today, imports))
    return sorted(found, key=lambda a: (_RULE_ORDER[a.rule], a.subject))


def read_acknowledgements(path: str | os.PathLike[str]) -> dict[tuple[str, str], Acknowledgement]:
    with sqlite3.connect(readonly_uri(Path(path)), uri=True) as con:
        if not con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (ACK_TABLE,)).fetchone():
            return {}
        rows = con.execute(f'SELECT rule, subject, facts_hash, note, acknowledged_at, acknowledged_by '
                           f'FROM "{ACK_TABLE}"').fetchall()
    return {(str(r), str(s)): Acknowledgement(str(h), n or "", str(at), by or "")
            for r, s, h, n, at, by in rows}


def acknowledgement_statements(alert: checks.Alert, note: str, at: str, by: str) -> list[str]:
    """SQL replacing the acknowledgement of the alert's rule and subject by this one."""
    def lit(value: str) -> str:
        return "'" + value.replace("'", "''") + "'"

    return [f'DELETE FROM "{ACK_TABLE}" WHERE rule = {lit(alert.rule)} AND subject = {lit(alert.subject)}',
            f'INSERT INTO "{ACK_TABLE}" (rule, subject, facts_hash, facts, note, acknowledged_at, '
            f'acknowledged_by) VALUES ({lit(alert.rule)}, {lit(alert.subject)}, {lit(alert.facts_hash)}, '
            f'{lit(alert.facts_json)}, {lit(note)}, {lit(at)}, {lit(by)})']
