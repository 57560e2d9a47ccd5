"""Parsing rows: each source row becomes a candidate service point (see importer.py); its
place is found by :mod:`.locate`."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from ...definitions.formats import codes_value
from ...definitions.model import Field, Kind
from ...toolbelt.i18n import tr, ui_language
from ..store.places import Gazetteer, Territory
from ..values import opening_hours
from ..values.normalise import (
    clean_text,
    fold,
    mostly_arabic,
    normalise_email,
    normalise_phone,
    normalise_url,
)
from .candidate import Candidate
from .categories import CategoryMatcher
from .common import (
    _FIELDS,
    _SPLIT,
    NOTE,
    REJECTED,
    WARNING,
    Problem,
    Vocabularies,
    _label,
    parse_date,
)
from .locate import Locator
from .mapping import (
    CATEGORIES,
    MULTI_COLUMN,
    ColumnMapping,
)
from .read import SourceTable

CTX = "Import"


# --------------------------------------------------------------------------------------------
# Parsing rows
# --------------------------------------------------------------------------------------------
class RowParser:
    """Turns the rows of a :class:`SourceTable` into candidates or rejections."""

    def __init__(self, table: SourceTable, columns: dict[str, str | None], vocab: Vocabularies,
                 gazetteer: Gazetteer, territory: Territory, mapping: ColumnMapping,
                 institution: str | None):
        self.table = table
        self.vocab = vocab
        self.gazetteer = gazetteer
        self.territory = territory
        self.mapping = mapping
        self.institution = institution
        self.by_target: dict[str, list[str]] = defaultdict(list)
        for column, key in columns.items():
            if key:
                self.by_target[key].append(column)
        self.mapped_fields = [(name, f) for name, f in _FIELDS.items()
                              if name in self.by_target and name != "institution"]
        self._category_cache: dict[tuple[str, str], tuple[list[str], list[tuple[str, str, str]]]] = {}
        self._read_as_told: set[tuple[str, str]] = set()
        self.locator = Locator(self.raw, self.column_of, gazetteer, territory)

    # -- cell access ----------------------------------------------------------------------
    def column_of(self, key: str) -> str:
        """The column(s) of the file holding ``key``, else the field's label."""
        cols = self.by_target.get(key)
        if cols:
            return " + ".join(cols)
        if key == "geometry":
            return tr(CTX, "geometry")
        return _label(key)

    def raw(self, values: dict[str, str | None], key: str) -> str | None:
        cols = self.by_target.get(key)
        if not cols:
            return None
        if len(cols) == 1 or key not in MULTI_COLUMN:
            return values.get(cols[0])
        parts = [values.get(c) for c in cols]
        joiner = "\n" if key == "notes" else "; "
        return joiner.join(p for p in parts if p and p.strip()) or None

    # -- one row --------------------------------------------------------------------------
    def parse(self, source_row: Any) -> tuple[Candidate | None, list[Problem]]:
        """The candidate of one row, or None when the row is rejected; and its problems."""
        n = source_row.number
        values_in = source_row.values
        problems: list[Problem] = []

        def problem(key: str, value: Any, reason: str, severity: str = WARNING) -> Problem:
            p = Problem(n, self.column_of(key), "" if value is None else str(value), reason, severity)
            problems.append(p)
            return p

        values: dict[str, Any] = {}
        for name, f in self.mapped_fields:
            raw = self.raw(values_in, name)
            if raw is None:
                continue
            value = self._value(f, raw, self._reporter(problem, name, raw))
            if value is not None:
                values[name] = value
        self._route_by_script(values, "name")
        self._route_by_script(values, "address")

        raw_institution = clean_text(self.raw(values_in, "institution"))
        institution = self.row_institution(values_in)
        if raw_institution:
            if institution is None:
                problem("institution", raw_institution,
                        tr(CTX, "unknown institution (known: %1)",
                           ", ".join(sorted(self.vocab.institution_codes))), REJECTED)
                return None, problems
        if not institution:
            problem("institution", "", tr(CTX, "no institution: give one for the whole file, or "
                                               "add an institution column"), REJECTED)
            return None, problems
        values["institution"] = institution
        facility = values.get("facility_type")
        if facility and self.vocab.facility_institution.get(facility) not in (None, institution):
            problem("facility_type", facility,
                    tr(CTX, "the facility type %1 belongs to %2, not %3: left out", facility,
                       self.vocab.facility_institution[facility], institution))
            del values["facility_type"]

        if not values.get("name_fr") and not values.get("name_ar"):
            problem("name_fr", "", tr(CTX, "the name is missing"), REJECTED)
            return None, problems

        cand = Candidate(n, institution, values, self._categories(values_in, institution, problem))
        cand.problems = problems
        if not self.locator.locate(cand, source_row, values_in, problem):
            return None, problems
        town_key = self._town_key(values.get("town"))
        name_fr = values.get("name_fr")
        name_key = ("fr", fold(name_fr)) if name_fr else ("ar", fold(values.get("name_ar")))
        cand.name_key = (institution, *name_key, town_key)
        cand.key = (institution, "id", fold(cand.external_id)) if cand.external_id else cand.name_key
        return cand, problems

    def row_institution(self, values_in: dict[str, str | None]) -> str | None:
        """The institution code of a row: its own column, else the one given for the file."""
        raw = clean_text(self.raw(values_in, "institution"))
        if raw:
            return self.vocab.institutions.get(fold(raw))
        return self.institution

    @staticmethod
    def _reporter(problem: Callable[..., Problem], key: str, raw: str) -> Callable[[str], Any]:
        return lambda reason: problem(key, raw, reason)

    def _town_key(self, town: str | None) -> str:
        if not town:
            return ""
        match = self.gazetteer.lookup(town)
        if match.status == "found" and match.town is not None:
            return f"g{match.town.geonames_id}"
        return "t:" + fold(town)

    @staticmethod
    def _route_by_script(values: dict[str, Any], stem: str) -> None:
        """A French column holding Arabic text (or the reverse) goes to the other language."""
        fr, ar = values.get(f"{stem}_fr"), values.get(f"{stem}_ar")
        if fr and not ar and mostly_arabic(fr):
            values[f"{stem}_ar"] = values.pop(f"{stem}_fr")
        elif ar and not fr and not mostly_arabic(ar):
            values[f"{stem}_fr"] = values.pop(f"{stem}_ar")

    def _value(self, f: Field, raw: str, report: Callable[[str], Any]) -> Any:
        name = f.name
        text = clean_text(raw, keep_newlines=name == "notes")
        if text is None:
            return None
        try:
            if name == "phone":
                return normalise_phone(text)
            if name == "email":
                return normalise_email(text)
            if name == "website":
                return normalise_url(text)
            if name == "opening_hours":
                reason = opening_hours.error(text)
                if reason:
                    raise ValueError(reason)
                return opening_hours.normalise(text)
            if name == "institution":
                code = self.vocab.institutions.get(fold(text))
                if code is None:
                    raise ValueError(tr(CTX, "unknown institution “%1” (known: %2)", text,
                                        ", ".join(sorted(self.vocab.institution_codes))))
                return code
            if name == "facility_type":
                code = self.vocab.facility_types.get(fold(text))
                if code is None:
                    raise ValueError(tr(CTX, "unknown facility type “%1”", text))
                return code
            if f.kind is Kind.CODES:
                index = self.vocab.lists.get(name, {})
                codes, unknown = [], []
                for part in _SPLIT.split(text):
                    if not part:
                        continue
                    code = index.get(fold(part))
                    if code is None:
                        unknown.append(part)
                    elif code not in codes:
                        codes.append(code)
                if unknown:
                    report(tr(CTX, "unknown value(s) %1, left out", ", ".join(f"“{u}”" for u in unknown)))
                return codes_value(codes)
            if f.choices:
                choice = self.vocab.choices.get(name, {}).get(fold(text))
                if choice is None:
                    raise ValueError(tr(CTX, "“%1” is not one of %2", text, ", ".join(f.choices)))
                return choice
            if f.kind is Kind.DATE:
                return parse_date(text)
        except ValueError as err:
            report(tr(CTX, "%1; the value was left out", err))
            return None
        return text

    def _categories(self, values_in: dict[str, str | None], institution: str,
                    problem: Callable[..., Problem]) -> list[str]:
        raw = self.raw(values_in, CATEGORIES)
        if not raw:
            return []
        key = (raw, institution)
        if key not in self._category_cache:  # a file repeats the same few wordings
            self._category_cache[key] = self._read_categories(raw, institution)
        codes, messages = self._category_cache[key]
        for part, reason, severity in messages:
            if severity == NOTE:  # "read as": said once for the whole file
                if (part, institution) in self._read_as_told:
                    continue
                self._read_as_told.add((part, institution))
            problem(CATEGORIES, part, reason, severity)
        return list(codes)

    def _read_categories(self, raw: str, institution: str) -> tuple[list[str], list[tuple[str, str, str]]]:
        """The codes of the categories in ``raw``, and (wording, reason, severity) to report."""
        text = clean_text(raw, keep_newlines=True)
        codes: list[str] = []
        messages: list[tuple[str, str, str]] = []
        matcher = self.vocab.category_matcher
        language = ui_language()
        for part in _SPLIT.split(text or ""):
            part = part.strip(" .-•*")
            if not part:
                continue
            code = self.mapping.category_code(part)
            if code is None:
                reading = matcher.read(part, institution)
                code = reading.code
                if code is None:
                    messages.append((part, _unknown_category(reading.suggestions, matcher, language),
                                     WARNING))
                    continue
                if reading.how in ("synonym", "words"):
                    messages.append((part, _read_as(reading.how, matcher.title(code, language)), NOTE))
            offered = self.vocab.category_institutions.get(code, set())
            if offered and institution not in offered:
                messages.append((part, tr(CTX, "the category %1 is not offered by %2: imported, "
                                               "check it", code, institution), WARNING))
            if code not in codes:
                codes.append(code)
        return codes, messages


def _read_as(how: str, title: str) -> str:
    if how == "synonym":
        return tr(CTX, "read as %1 (one of its other wordings in the vocabulary)", title)
    return tr(CTX, "read as %1 (its words match): check it", title)


def _unknown_category(suggestions: tuple[str, ...], matcher: CategoryMatcher, language: str) -> str:
    if not suggestions:
        return tr(CTX, "unknown service category, left out (add it to the mapping's categories "
                       "or to the synonyms of the service_category table to import it)")
    closest = ", ".join(matcher.title(code, language) for code in suggestions)
    return tr(CTX, "unknown service category, left out; the closest are %1 (add the wording to "
                   "the mapping's categories or to the synonyms of the service_category table to "
                   "import it)", closest)
