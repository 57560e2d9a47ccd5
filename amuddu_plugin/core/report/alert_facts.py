"""What made an alert fire, in words: the facts the alert rule recorded (core/monitoring/alerts.py)
as one line of the report's alerts table, in the report's language."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from ...definitions.formats import TEMPORARILY_CLOSED
from ...definitions.handouts import LIST_JOINER
from ...definitions.model import CHOICE_LABELS, Label
from ...definitions.monitoring import UNVERIFIED_MAX_DAYS
from ...toolbelt.i18n import tr
from .text import day, number, percent

CTX = "Report"
#: Categories named in an alert's line (the others counted): a line, not a page.
MAX_NAMED = 4


def _day(text: Any, language: str) -> str:
    try:
        return day(date.fromisoformat(str(text)), language)
    except ValueError:
        return str(text or "")


def fired(rule: str, facts: Mapping[str, Any], language: str,
          categories: Mapping[str, Label] | None = None) -> str:
    """The facts of an alert of ``rule`` in words ('' for a rule that records none)."""
    if rule == "CATEGORY_MISSING_IN_PROVINCE":
        names = [(categories or {}).get(c, Label(c, c, c)).get(language) for c in facts.get("missing", [])]
        shown = LIST_JOINER.get(language, ", ").join(names[:MAX_NAMED])
        if len(names) > MAX_NAMED:
            shown = tr(CTX, "%1 and %2 more", shown, number(len(names) - MAX_NAMED, language))
        return tr(CTX, "Not here, though elsewhere in the region: %1", shown)
    if rule == "POPULATION_BEYOND_REACH":
        return tr(CTX, "%1 of %2 inhabitants live more than %3 km from any service",
                  percent(facts.get("share_beyond"), language), number(facts.get("population"), language),
                  number(facts.get("distance_km"), language))
    if rule == "INSTITUTION_UNVERIFIED":
        return tr(CTX, "%1 of its %2 open points not verified for %3 days",
                  number(facts.get("unverified"), language), number(facts.get("points"), language),
                  number(UNVERIFIED_MAX_DAYS, language))
    if rule == "DRAFT_WAITING":
        state = CHOICE_LABELS.get(str(facts.get("state")))
        return tr(CTX, "%1 since %2", state.get(language) if state else str(facts.get("state", "")),
                  _day(facts.get("since"), language))
    if rule == "CLOSED_TOO_LONG":
        return tr(CTX, "%1 since %2", CHOICE_LABELS[TEMPORARILY_CLOSED].get(language),
                  _day(facts.get("since"), language))
    if rule == "INSTITUTION_SILENT":
        last = facts.get("last_update")
        return (tr(CTX, "Last update: %1", _day(last, language)) if last
                else tr(CTX, "No update recorded"))
    return ""
