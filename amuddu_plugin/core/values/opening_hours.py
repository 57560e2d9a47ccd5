"""Opening hours in a documented subset of OpenStreetMap's ``opening_hours`` syntax.

The subset covers what a public office or training centre in Morocco publishes: days of
the week, public holidays, one or more time spans per day, closed days and "24/7"::

    Mo-Fr 08:30-16:30
    Mo-Th 08:30-12:00,14:00-16:30; Fr 08:30-11:30,15:00-16:30
    Mo-Fr 08:30-16:30; Sa 09:00-12:00; PH off
    24/7

Grammar (spaces around ``;`` and ``,`` are tolerated; :func:`normalise` writes the
canonical form shown above)::

    opening_hours := "24/7" | rule { ";" rule }
    rule          := [ days " " ] spans | days " " ( "off" | "closed" )
    days          := day_range { "," day_range }
    day_range     := day [ "-" day ] | "PH"
    day           := "Mo" | "Tu" | "We" | "Th" | "Fr" | "Sa" | "Su"
    spans         := span { "," span }
    span          := time "-" time        (start before end, same day)
    time          := hh ":" mm            (00:00 to 24:00)

As in OSM, a later rule replaces an earlier one for the days it names
(``Mo-Fr 08:00-16:00; Fr 08:00-11:30``). Not in the subset: months, dates, week numbers,
``sunrise``, spans past midnight, comments, ``||`` fallbacks. A value outside the subset is
refused with a message that says where and why; the OSM syntax remains the reference
(https://wiki.openstreetmap.org/wiki/Key:opening_hours/specification).

:func:`qgis_expression` returns the same check as a plain QGIS expression (no plugin
function), which the editing forms use as a constraint so that it also works when the
GeoPackage is opened without the plugin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...definitions.handouts import DAY_NAMES, HOURS_WORDS
from ...toolbelt.i18n import tr

CTX = "OpeningHours"

DAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
PUBLIC_HOLIDAY = "PH"
ALWAYS = "24/7"
CLOSED_WORDS = ("off", "closed")

# Pieces of the grammar as regular expressions; the QGIS expression is built from them.
_DAY = "(" + "|".join(DAYS) + ")"
_DAY_RANGE = f"({_DAY}(-{_DAY})?|{PUBLIC_HOLIDAY})"
_DAYS = f"{_DAY_RANGE}( *, *{_DAY_RANGE})*"
_TIME = "(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)"
_SPAN = f"{_TIME}-{_TIME}"
_SPANS = f"{_SPAN}( *, *{_SPAN})*"
_RULE = f"(({_DAYS} +)?{_SPANS}|{_DAYS} +({'|'.join(CLOSED_WORDS)}))"
#: The whole syntax of the subset (not the semantic checks: start before end).
SYNTAX = f"^ *({re.escape(ALWAYS)}|{_RULE}( *; *{_RULE})*) *;? *$"

_TIME_RE = re.compile(r"^(\d{2}):(\d{2})$")


class OpeningHoursError(ValueError):
    """A value outside the subset; the message says which part and why."""


@dataclass(frozen=True)
class Span:
    start: int  # minutes after midnight
    end: int

    def __str__(self) -> str:
        return f"{_hhmm(self.start)}-{_hhmm(self.end)}"


@dataclass(frozen=True)
class Rule:
    days: tuple[str, ...]  # day ranges as written, e.g. ("Mo-Fr", "PH"); () = every day
    spans: tuple[Span, ...]  # () = closed

    @property
    def closed(self) -> bool:
        return not self.spans

    def weekdays(self) -> set[int]:
        """Days of the week (0 = Monday) the rule names; all seven when it names none."""
        if not self.days:
            return set(range(7))
        out: set[int] = set()
        for day_range in self.days:
            if day_range == PUBLIC_HOLIDAY:
                continue
            first, _, last = day_range.partition("-")
            a = DAYS.index(first)
            b = DAYS.index(last) if last else a
            i = a
            while True:  # Sa-Mo wraps over the week-end, as in OSM
                out.add(i)
                if i == b:
                    break
                i = (i + 1) % 7
        return out

    def __str__(self) -> str:
        days = ",".join(self.days)
        what = "off" if self.closed else ",".join(str(s) for s in self.spans)
        return f"{days} {what}" if days else what


@dataclass(frozen=True)
class OpeningHours:
    rules: tuple[Rule, ...]  # () = 24/7

    @property
    def always_open(self) -> bool:
        return not self.rules

    def spans_on(self, weekday: int, public_holiday: bool = False) -> tuple[Span, ...]:
        """Opening spans on a day of the week (0 = Monday), a public holiday when
        ``public_holiday``. As in OSM, a later rule replaces an earlier one for the days it
        names, and on a public holiday the last rule naming ``PH`` decides, if any."""
        if self.always_open:
            return (Span(0, 24 * 60),)
        holiday_rules = [r for r in self.rules if PUBLIC_HOLIDAY in r.days]
        if public_holiday and holiday_rules:
            return holiday_rules[-1].spans
        spans: tuple[Span, ...] = ()
        for rule in self.rules:
            if weekday in rule.weekdays():
                spans = rule.spans
        return spans

    def is_open(self, weekday: int, minute: int, public_holiday: bool = False) -> bool:
        """Open on ``weekday`` (0 = Monday) at ``minute`` after midnight?"""
        return any(s.start <= minute < s.end for s in self.spans_on(weekday, public_holiday))

    def __str__(self) -> str:
        return ALWAYS if self.always_open else "; ".join(str(r) for r in self.rules)


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _time(text: str, where: str) -> int:
    m = _TIME_RE.match(text)
    if not m:
        raise OpeningHoursError(
            tr(CTX, "%1: \"%2\" is not a time; write hours and minutes as 08:30.", where, text)
        )
    hours, minutes = int(m.group(1)), int(m.group(2))
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        raise OpeningHoursError(
            tr(CTX, "%1: \"%2\" is not a time of day (00:00 to 24:00).", where, text)
        )
    return hours * 60 + minutes


def _span(text: str, where: str) -> Span:
    start, sep, end = text.partition("-")
    if not sep:
        raise OpeningHoursError(
            tr(CTX, "%1: \"%2\" is not a time span; write it as 08:30-16:30.", where, text)
        )
    span = Span(_time(start, where), _time(end, where))
    if span.end <= span.start:
        raise OpeningHoursError(
            tr(CTX, "%1: the span %2 ends before it starts (spans past midnight are not "
                    "supported).", where, text)
        )
    return span


def _day_range(text: str, where: str) -> str:
    if text == PUBLIC_HOLIDAY:
        return text
    parts = text.split("-")
    if len(parts) > 2 or any(p not in DAYS for p in parts):
        raise OpeningHoursError(
            tr(CTX, "%1: \"%2\" is not a day or a range of days (Mo, Tu, We, Th, Fr, Sa, Su, "
                    "PH; e.g. Mo-Fr).", where, text)
        )
    return text


def _rule(text: str, number: int) -> Rule:
    where = tr(CTX, "Rule %1 (\"%2\")", number, text)
    words = text.split(" ", 1)
    first = words[0]
    looks_like_days = bool(first) and (first[:2] in DAYS or first.startswith(PUBLIC_HOLIDAY))
    if looks_like_days:
        days = tuple(_day_range(d.strip(), where) for d in first.split(","))
        rest = words[1].strip() if len(words) > 1 else ""
        if not rest:
            raise OpeningHoursError(
                tr(CTX, "%1: give the opening times after the days, or \"off\".", where)
            )
    else:
        days, rest = (), text
    if rest in CLOSED_WORDS:
        if not days:
            raise OpeningHoursError(tr(CTX, "%1: say which days are closed (e.g. Su off).", where))
        return Rule(days, ())
    spans = tuple(_span(s.strip(), where) for s in rest.split(","))
    for a, b in zip(spans, spans[1:]):
        if b.start < a.end:
            raise OpeningHoursError(
                tr(CTX, "%1: the span %3 starts before %2 ends (write the spans of a day in "
                        "order, without overlap).", where, a, b)
            )
    return Rule(days, spans)


def parse(text: str) -> OpeningHours:
    """Parse ``text``; raises :class:`OpeningHoursError` naming the faulty rule."""
    value = re.sub(r"\s+", " ", text or "").strip()
    if not value:
        raise OpeningHoursError(tr(CTX, "The opening hours are empty."))
    if value == ALWAYS:
        return OpeningHours(())
    value = re.sub(r" *, *", ",", value)
    parts = [p.strip() for p in value.split(";")]
    if parts and parts[-1] == "":
        parts.pop()  # a trailing ";" is tolerated
    rules = []
    for number, part in enumerate(parts, start=1):
        if not part:
            raise OpeningHoursError(tr(CTX, "Rule %1 is empty (two \";\" in a row?).", number))
        if part == ALWAYS:
            raise OpeningHoursError(tr(CTX, "\"24/7\" must be the whole value, not one rule."))
        rules.append(_rule(part, number))
    return OpeningHours(tuple(rules))


def error(text: str | None) -> str | None:
    """Why ``text`` is not valid opening hours in the subset, or None when it is (or empty)."""
    if text is None or not str(text).strip():
        return None
    try:
        parse(str(text))
    except OpeningHoursError as err:
        return str(err)
    return None


def normalise(text: str) -> str:
    """The canonical spelling of valid opening hours (``Mo-Fr 08:30-16:30; Sa 09:00-12:00``)."""
    return str(parse(text))


def qgis_expression(field_name: str) -> str:
    """A QGIS expression, true when the field is empty or holds valid opening hours.

    Pure QGIS (works without the plugin): the syntax by a regular expression, then every
    span's start before its end by comparing the zero-padded times as text.
    """
    col = '"' + field_name.replace('"', '""') + '"'
    # Each rule's times in order, rules separated by ";": ",08:30,12:00,14:00,16:30;,09:00,12:00"
    times = (
        f"regexp_replace(regexp_replace({col}, '{_DAYS} *({'|'.join(CLOSED_WORDS)})?', ''), "
        "'[ ,-]+', ',')"
    )
    # Within a rule the times must rise: start < end inside a span (odd positions),
    # end <= next start between spans (even positions).
    out_of_order = (
        f"array_filter(string_to_array({times}, ';'), "
        "with_variable('t', array_filter(string_to_array(@element, ','), @element <> ''), "
        "array_length(array_filter(generate_series(1, array_length(@t) - 1), "
        "(@element % 2 = 1 AND array_get(@t, @element - 1) >= array_get(@t, @element)) OR "
        "(@element % 2 = 0 AND array_get(@t, @element - 1) > array_get(@t, @element)))) > 0))"
    )
    return (
        f"coalesce(trim({col}), '') = '' OR {col} = '{ALWAYS}' OR "
        f"(regexp_match({col}, '{SYNTAX}') > 0 AND array_length({out_of_order}) = 0)"
    )


def _fill(template: str, *values: str) -> str:
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", value)
    return template


def _days_in_words(first: int, last: int, language: str) -> str:
    names = DAY_NAMES.get(language, DAY_NAMES["fr"])
    if first == last:
        return names[first]
    if last == first + 1:
        return names[first] + HOURS_WORDS["and"].get(language) + names[last]
    return _fill(HOURS_WORDS["range"].get(language), names[first], names[last])


def _spans_in_words(spans: tuple[Span, ...], language: str) -> str:
    if not spans:
        return HOURS_WORDS["closed"].get(language)
    return HOURS_WORDS["and"].get(language).join(
        f"{_hhmm(s.start)}–{_hhmm(s.end)}" for s in spans)


def in_words(text: str, language: str) -> str:
    """The opening hours in words, in ``language`` (fr, ar or en), for print:
    ``Mo-Fr 08:30-16:30; PH off`` -> ``du lundi au vendredi : 08:30–16:30 ; jours fériés :
    fermé``. Consecutive days with the same hours go together; closed week days are left
    out. Raises :class:`OpeningHoursError` for a value outside the subset."""
    hours = parse(text)
    if hours.always_open:
        return HOURS_WORDS["always"].get(language)
    rule = HOURS_WORDS["rule"].get(language)
    parts: list[str] = []
    day = 0
    while day < 7:
        spans = hours.spans_on(day)
        last = day
        while last + 1 < 7 and hours.spans_on(last + 1) == spans:
            last += 1
        if spans:
            parts.append(_fill(rule, _days_in_words(day, last, language),
                               _spans_in_words(spans, language)))
        day = last + 1
    holiday = [r for r in hours.rules if PUBLIC_HOLIDAY in r.days]
    if holiday:
        parts.append(_fill(rule, HOURS_WORDS["holidays"].get(language),
                           _spans_in_words(holiday[-1].spans, language)))
    return HOURS_WORDS["separator"].get(language).join(parts)
