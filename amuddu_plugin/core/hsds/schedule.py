"""Opening hours (the OSM subset of :mod:`..values.opening_hours`) <-> HSDS ``schedule`` rows.

HSDS writes a weekly schedule as RFC 5545 recurrence pieces: one row per opening span and
set of days (``freq`` WEEKLY, ``byday`` ``MO,TU,WE``, ``opens_at`` / ``closes_at``). Days that
share a span share a row: ``Mo-Th 08:30-12:00,14:00-16:30; Fr 08:30-11:30`` gives three rows.
Times are local (Morocco's offset from UTC changes during Ramadan, so no fixed ``timezone``).

What a schedule row cannot say is kept and reported, never dropped silently:

- public holidays (``PH off``, ``PH 09:00-12:00``): RFC 5545 has no such day;
- ``24/7``: one row for every day with no times (HSDS has no "all day");
- a value outside the subset: a single row that holds only the text.

In those cases every row's ``description`` holds the whole value in the OSM syntax, so that
nothing is lost and an import can read it back exactly (:func:`from_schedules`, the
reverse, for the HSDS import to come).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...definitions.hsds import RRULE_DAYS
from ...toolbelt.i18n import tr
from ..values import opening_hours as oh

CTX = "HSDS"


@dataclass
class Conversion:
    """The schedule rows of one opening hours value, and what they could not express."""

    rows: list[dict[str, str]] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)  # messages, translated


def _hhmmss(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}:00"


def _weekly(hours: oh.OpeningHours) -> list[dict[str, str]]:
    """One row per distinct opening span, with the days that have it."""
    days_of: dict[oh.Span, list[int]] = {}
    for weekday in range(7):
        for span in hours.spans_on(weekday):
            days_of.setdefault(span, []).append(weekday)
    ordered = sorted(days_of.items(), key=lambda item: (item[1][0], item[0].start, item[0].end))
    return [
        {
            "freq": "WEEKLY",
            "wkst": RRULE_DAYS[0],
            "byday": ",".join(RRULE_DAYS[d] for d in days),
            "opens_at": _hhmmss(span.start),
            # 24:00 is not a time of day in ISO 8601's extended form that Table Schema reads
            "closes_at": _hhmmss(span.end) if span.end < 24 * 60 else "23:59:59",
        }
        for span, days in ordered
    ]


def to_schedules(text: str | None) -> Conversion:
    """The HSDS schedule rows of an ``opening_hours`` value (none when it is empty)."""
    out = Conversion()
    value = (text or "").strip()
    if not value:
        return out
    try:
        hours = oh.parse(value)
    except oh.OpeningHoursError as err:
        out.rows.append({"description": value})
        out.lost.append(tr(CTX, "opening hours \"%1\" are not in the supported syntax (%2): "
                                "exported as text only", value, err))
        return out
    canonical = str(hours)
    if hours.always_open:
        out.rows.append({"freq": "WEEKLY", "wkst": RRULE_DAYS[0], "byday": ",".join(RRULE_DAYS),
                         "description": canonical})
        out.lost.append(tr(CTX, "\"24/7\" has no times in HSDS: exported as every day, the "
                                "value kept in the description"))
        return out
    out.rows = _weekly(hours)
    holiday_rules = [str(r) for r in hours.rules if oh.PUBLIC_HOLIDAY in r.days]
    if holiday_rules:
        out.lost.append(tr(CTX, "public holidays (%1) cannot be expressed in an HSDS schedule: "
                                "kept in the description", "; ".join(holiday_rules)))
    if out.lost or not out.rows:
        for row in out.rows:
            row["description"] = canonical
        if not out.rows:  # closed every day of the week: say so in one row
            out.rows.append({"description": canonical})
    return out


def _minutes(text: str) -> int | None:
    m = re.match(r"^(\d{2}):(\d{2})(?::(\d{2}))?$", (text or "").strip())
    if not m or int(m.group(1)) > 24 or int(m.group(2)) > 59:
        return None
    value = int(m.group(1)) * 60 + int(m.group(2))
    return 24 * 60 if value == 23 * 60 + 59 and m.group(3) == "59" else value


def _day_ranges(days: list[int]) -> str:
    """``[0, 1, 2, 4]`` -> ``Mo-We,Fr``."""
    out, start = [], None
    for k, day in enumerate(days):
        if start is None:
            start = day
        if k + 1 == len(days) or days[k + 1] != day + 1:
            out.append(oh.DAYS[start] + (f"-{oh.DAYS[day]}" if day != start else ""))
            start = None
    return ",".join(out)


def from_schedules(rows: list[dict[str, str]]) -> Conversion:
    """The ``opening_hours`` value of a location's HSDS schedule rows (the reverse of
    :func:`to_schedules`): in ``Conversion.rows``, one ``{"opening_hours": value}`` or none.

    A description that holds a valid value in the OSM syntax (as this export writes when a
    schedule cannot say everything) is taken as it is; otherwise the weekly rows are read.
    Rows that are not a plain weekly opening (monthly, week numbers, intervals, no times)
    are left out and reported in ``Conversion.lost``."""
    out = Conversion()
    descriptions = {(r.get("description") or "").strip() for r in rows} - {""}
    if len(descriptions) == 1 and oh.error(next(iter(descriptions))) is None:
        out.rows.append({"opening_hours": oh.normalise(next(iter(descriptions)))})
        return out
    spans: dict[int, list[oh.Span]] = {}
    for row in rows:
        days = [d.strip().upper() for d in (row.get("byday") or "").split(",") if d.strip()]
        start, end = _minutes(row.get("opens_at", "")), _minutes(row.get("closes_at", ""))
        plain = (row.get("freq") or "WEEKLY") == "WEEKLY" and str(row.get("interval") or "1") in ("1", "1.0")
        plain = plain and not any(row.get(k) for k in ("byweekno", "bymonthday", "byyearday"))
        if not (plain and days and all(d in RRULE_DAYS for d in days) and start is not None
                and end is not None and start < end):
            out.lost.append(tr(CTX, "a schedule row (%1) is not a weekly opening time: left out",
                               ", ".join(f"{k}={v}" for k, v in row.items() if v and k != "id")))
            continue
        for day in days:
            spans.setdefault(RRULE_DAYS.index(day), []).append(oh.Span(start, end))
    groups: dict[tuple[oh.Span, ...], list[int]] = {}
    for weekday in sorted(spans):
        key = tuple(sorted(set(spans[weekday]), key=lambda s: s.start))
        groups.setdefault(key, []).append(weekday)
    rules = [f"{_day_ranges(days)} {','.join(str(s) for s in key)}"
             for key, days in sorted(groups.items(), key=lambda item: item[1][0])]
    if rules:
        text = "; ".join(rules)
        problem = oh.error(text)
        if problem:
            out.lost.append(tr(CTX, "the schedule reads as \"%1\", which is not valid opening "
                                    "hours (%2): left out", text, problem))
        else:
            out.rows.append({"opening_hours": oh.normalise(text)})
    return out
