"""Importing the institutions' spreadsheets into service points: safe, explainable, fast.

:func:`import_services` runs the whole import:

1. **Read** the file (:mod:`.import_read`) and map its columns (:mod:`.import_mapping`).
2. **Parse** every row into a candidate service point: text cleaned, phone numbers to
   ``+212…``, e-mails and web addresses checked, codes (institution, facility type, service
   categories, languages, eligibility, closed lists) looked up in the database's
   vocabularies by code or by label in any language; coordinates read (decimal with dot or
   comma, DMS) and checked against Morocco, swapped when only the swap lands in Morocco;
   without coordinates, the row is placed at its town (gazetteer) and marked
   ``located_by = 'town'``. A problem that makes a row unusable rejects it; a bad value in
   an optional field drops that value. Either way the report names the row, the column, the
   value and the reason.
3. **Match** each candidate with the database (mode ``upsert``): by institution and the
   institution's own identifier, or by institution, name and town when the file has no
   identifier. New rows are added; matched rows are updated in the fields whose value
   changed (an empty cell never erases a value); the rest is left alone. Points of the
   delivering institutions that the file does not mention are listed, never deleted.
   Mode ``append`` adds every row (refusing identifiers already in the database).
4. **Write**, in one SQLite transaction, the points, their services, one ``import_run``
   row and a ``change_log`` row for every change (before/after value, user, time), so
   that :func:`undo_import` can take the import back. Any error, or a cancellation,
   rolls everything back: the file is left byte-for-byte as it was. A dry run opens the
   database read-only and stops before writing, with the same report.
"""

from __future__ import annotations

import datetime as _dt
import gc
import json
import os
import re
import time
import uuid as _uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...definitions.model import CHOICE_LABELS, SERVICE, SERVICE_POINT, Field, Kind
from ...toolbelt.i18n import tr, ui_language
from ...toolbelt.log import logger
from ..store.database import (
    Canceled,
    Database,
    StoreError,
    check_cancel,
    now_iso,
    report_info,
    report_progress,
)
from ..store.gpkg import blob_point, connect, point_blob, point_wkt, touch_tables, wkt_point
from ..store.places import Gazetteer, Territory, TownMatch
from ..store.schema import GEOMETRY_COLUMN
from ..values import opening_hours
from ..values.coordinates import Coordinate, order_by_axis, parse_coordinate, parse_pair
from ..values.normalise import (
    clean_text,
    fold,
    mostly_arabic,
    normalise_email,
    normalise_phone,
    normalise_url,
)
from .mapping import (
    CATEGORIES,
    COORDINATES,
    LATITUDE,
    LONGITUDE,
    MULTI_COLUMN,
    ColumnMapping,
    header_score,
    importable_fields,
    target,
)
from .read import SourceTable, read_source

CTX = "Import"

MODES = ("upsert", "append")
REJECTED, WARNING, NOTE = "rejected", "warning", "note"
#: Farther than this from its town (km), a point's coordinates are reported for checking.
TOWN_DISTANCE_WARNING_KM = 50.0
#: Coordinates closer than this (degrees) count as the same place (no update).
SAME_PLACE = 1e-7
_CHUNK = 500

_FIELDS: dict[str, Field] = {f.name: f for f in importable_fields()}
_SP_COLUMNS = [f.name for f in SERVICE_POINT.fields]


class ImportFailed(StoreError):
    """An import (or an undo) that cannot run, worded for the user; nothing was written."""


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------
@dataclass
class Problem:
    row: int | None  # the row number as the user sees it in the file
    field: str  # the column of the file (or the field, when no column holds it)
    value: str
    reason: str
    severity: str  # REJECTED (the row was not imported), WARNING (a value was dropped), NOTE


@dataclass
class Counts:
    rows: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    located_by_town: int = 0
    missing: int = 0


@dataclass
class TownPlacement:
    row: int
    name: str
    town: str
    town_found: str


@dataclass
class MissingPoint:
    uuid: str
    institution: str
    external_id: str | None
    name: str
    town: str | None


@dataclass
class RowOutcome:
    row: int
    action: str  # "added" or "updated"
    uuid: str
    name: str
    fields: list[str] = field(default_factory=list)


@dataclass
class ImportResult:
    source: str
    database: str
    mode: str
    dry_run: bool
    user: str
    started_at: str
    run_uuid: str | None = None
    institutions: list[str] = field(default_factory=list)
    counts: Counts = field(default_factory=Counts)
    problems: list[Problem] = field(default_factory=list)
    located_by_town: list[TownPlacement] = field(default_factory=list)
    missing: list[MissingPoint] = field(default_factory=list)
    outcomes: list[RowOutcome] = field(default_factory=list)
    columns: dict[str, str | None] = field(default_factory=dict)
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    header_row: int | None = None
    #: Seconds spent in each step (read, parse, load, plan, write), for the benchmark.
    timings: dict[str, float] = field(default_factory=dict)

    def problems_of(self, row: int) -> list[Problem]:
        return [p for p in self.problems if p.row == row]


@dataclass
class UndoResult:
    run_uuid: str
    undo_uuid: str
    deleted: int = 0
    restored: int = 0
    services_deleted: int = 0


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------
def current_user() -> str:
    try:
        from qgis.core import QgsApplication

        name = QgsApplication.userLoginName()
        if name:
            return str(name)
    except Exception:  # pragma: no cover - outside QGIS
        pass
    return os.environ.get("USER") or os.environ.get("USERNAME") or "unknown"


def _default(f: Field) -> Any:
    if f.default is None:
        return None
    text = f.default
    if text.startswith("'") and text.endswith("'"):
        return text[1:-1].replace("''", "'")
    try:
        return int(text)
    except ValueError:
        return text


_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d", "%d/%m/%y")


def parse_date(text: str) -> str:
    """An ISO date from the usual spellings (and Excel's day numbers); raises ValueError."""
    value = text.strip()
    value = re.sub(r"[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$", "", value)
    if re.fullmatch(r"\d{5}(\.0+)?", value):  # Excel serial day
        number = int(float(value))
        if 20000 <= number <= 80000:
            return (_dt.date(1899, 12, 30) + _dt.timedelta(days=number)).isoformat()
    for fmt in _DATE_FORMATS:
        try:
            return _dt.datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    raise ValueError(tr(CTX, "“%1” is not a date (write it 2024-03-31 or 31/03/2024)", text))


def _gpkg_timestamp() -> str:
    """The time in the format of ``gpkg_contents.last_change``."""
    return _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _codes_value(codes: Iterable[str]) -> str:
    return "{" + ",".join(codes) + "}"


def _codes_set(value: Any) -> frozenset[str]:
    if value in (None, ""):
        return frozenset()
    return frozenset(c.strip() for c in str(value).strip("{}").split(",") if c.strip())


def _same(kind: Kind, old: Any, new: Any) -> bool:
    if old == new:
        return True
    if kind is Kind.CODES:
        return _codes_set(old) == _codes_set(new)
    if old is None or new is None:
        return False
    return str(old) == str(new)


_SPLIT = re.compile(r"\s*(?:[;|\n/،؛]|,(?!\d))\s*")


# --------------------------------------------------------------------------------------------
# Vocabularies (read from the database: the labels are the committee's data)
# --------------------------------------------------------------------------------------------
@dataclass
class Vocabularies:
    institutions: dict[str, str] = field(default_factory=dict)  # fold(any name) -> code
    institution_codes: set[str] = field(default_factory=set)
    facility_types: dict[str, str] = field(default_factory=dict)
    facility_by_institution: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    facility_institution: dict[str, str] = field(default_factory=dict)
    categories: dict[str, str] = field(default_factory=dict)
    category_institutions: dict[str, set[str]] = field(default_factory=dict)
    lists: dict[str, dict[str, str]] = field(default_factory=dict)  # vocabulary table -> index
    choices: dict[str, dict[str, str]] = field(default_factory=dict)  # field -> index

    @classmethod
    def load(cls, con: Any) -> Vocabularies:
        v = cls()
        for code, acronym, *names in con.execute(
            "SELECT code, acronym, name_fr, name_ar, name_en FROM institution"
        ):
            v.institution_codes.add(code)
            for name in (code, acronym, *names):
                if name:
                    v.institutions.setdefault(fold(name), code)
        for code, institution, *labels in con.execute(
            "SELECT code, institution, label_fr, label_ar, label_en FROM facility_type "
            "ORDER BY sort_order, code"
        ):
            for name in (code, *labels):
                if name:
                    v.facility_types.setdefault(fold(name), code)
            v.facility_by_institution.setdefault(institution, []).append(
                (code, fold(labels[0] or code))
            )
            if institution:
                v.facility_institution[code] = institution
        for code, institutions, *labels in con.execute(
            "SELECT code, institutions, label_fr, label_ar, label_en FROM service_category"
        ):
            for name in (code, *labels):
                if name:
                    v.categories.setdefault(fold(name), code)
            v.category_institutions[code] = {i.strip() for i in (institutions or "").split(",") if i.strip()}
        for f in importable_fields():
            if f.kind is Kind.CODES and f.vocabulary:
                index: dict[str, str] = {}
                for code, *labels in con.execute(
                    f'SELECT code, label_fr, label_ar, label_en FROM "{f.vocabulary}"'
                ):
                    for name in (code, *labels):
                        if name:
                            index.setdefault(fold(name), code)
                v.lists[f.name] = index
            if f.choices:
                index = {}
                for choice in f.choices:
                    label = CHOICE_LABELS.get(choice)
                    names = (choice, label.fr, label.ar, label.en) if label else (choice,)
                    for name in names:
                        index.setdefault(fold(name), choice)
                v.choices[f.name] = index
        return v


# --------------------------------------------------------------------------------------------
# Parsing rows
# --------------------------------------------------------------------------------------------
@dataclass
class Candidate:
    row: int
    institution: str
    values: dict[str, Any]
    categories: list[str]
    point: tuple[float, float] | None = None
    located_by: str | None = None
    province_code: str | None = None
    region_code: str | None = None
    location_problem: Problem | None = None  # fatal only if the row needs a location
    town_found: str | None = None  # the gazetteer's name, when placed by town
    key: tuple[str, ...] = ()
    name_key: tuple[str, ...] = ()
    problems: list[Problem] = field(default_factory=list)

    @property
    def external_id(self) -> str | None:
        return self.values.get("external_id")

    @property
    def display_name(self) -> str:
        return str(self.values.get("name_fr") or self.values.get("name_ar") or "")


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
        self._category_cache: dict[tuple[str, str], tuple[list[str], list[tuple[str, str]]]] = {}

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
        if not self._locate(cand, source_row, values_in, problem):
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
                return _codes_value(sorted(codes)) if codes else None
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
        for part, reason in messages:
            problem(CATEGORIES, part, reason)
        return list(codes)

    def _read_categories(self, raw: str, institution: str) -> tuple[list[str], list[tuple[str, str]]]:
        """The codes of the categories in ``raw``, and (wording, reason) for those to report."""
        text = clean_text(raw, keep_newlines=True)
        codes: list[str] = []
        messages: list[tuple[str, str]] = []
        for part in _SPLIT.split(text or ""):
            part = part.strip(" .-•*")
            if not part:
                continue
            code = self.mapping.category_code(part) or self.vocab.categories.get(fold(part))
            if code is None:
                messages.append((part, tr(CTX, "unknown service category, left out (add it to the "
                                               "mapping's categories to import it)")))
                continue
            offered = self.vocab.category_institutions.get(code, set())
            if offered and institution not in offered:
                messages.append((part, tr(CTX, "the category %1 is not offered by %2: imported, "
                                               "check it", code, institution)))
            if code not in codes:
                codes.append(code)
        return codes, messages

    # -- location -------------------------------------------------------------------------
    def _coordinates(self, values_in: dict[str, str | None],
                     problem: Callable[..., Problem]) -> tuple[float, float, bool] | None | Problem:
        """(lat, lon, swapped by letters), None when absent, or the Problem that rejects the row."""
        lat_raw, lon_raw = self.raw(values_in, LATITUDE), self.raw(values_in, LONGITUDE)
        pair_raw = self.raw(values_in, COORDINATES)
        try:
            lat = parse_coordinate(lat_raw)
        except ValueError as err:
            return problem(LATITUDE, lat_raw, str(err), REJECTED)
        try:
            lon = parse_coordinate(lon_raw)
        except ValueError as err:
            return problem(LONGITUDE, lon_raw, str(err), REJECTED)
        if lat is None and lon is None and clean_text(pair_raw):
            try:
                pair = parse_pair(pair_raw)
            except ValueError as err:
                return problem(COORDINATES, pair_raw, str(err), REJECTED)
            if pair is not None:
                lat, lon = pair
        if lat is None and lon is None:
            return None
        if lat is None or lon is None:
            missing, present = (LATITUDE, lon_raw) if lat is None else (LONGITUDE, lat_raw)
            return problem(missing, "", tr(CTX, "a coordinate is missing (only %1 is given)", present),
                           REJECTED)
        assert isinstance(lat, Coordinate) and isinstance(lon, Coordinate)
        return order_by_axis(lat, lon)

    def _locate(self, cand: Candidate, source_row: Any, values_in: dict[str, str | None],
                problem: Callable[..., Problem]) -> bool:
        """Place the candidate; False when its coordinates are wrong (the row is rejected).

        Without coordinates, the town places it; when the town cannot, ``location_problem``
        says why, and the row is rejected only if it must be added (see :func:`_plan`)."""
        town_text = cand.values.get("town")
        match: TownMatch | None = self.gazetteer.lookup(town_text) if town_text else None
        found = match.town if match is not None and match.status == "found" else None
        if found is not None:
            if match is not None and match.approximate:
                problem("town", town_text, tr(CTX, "town read as %1", found.name_fr), NOTE)
            cand.values["town"] = found.name_fr
        swapped_by_letters = False
        if source_row.point is not None:
            point: tuple[float, float] | None = source_row.point
        else:
            if source_row.geometry_problem:
                problem(COORDINATES, "", tr(CTX, "%1: the geometry was ignored", source_row.geometry_problem))
            parsed = self._coordinates(values_in, problem)
            if isinstance(parsed, Problem):
                return False
            point = None
            if parsed is not None:
                lat, lon, swapped_by_letters = parsed
                point = (lon, lat)
        if point is None:
            self._place_by_town(cand, match, town_text)
            return True
        lon, lat = point

        def written() -> str:
            if source_row.point is not None:
                return f"{lat}, {lon}"
            lat_raw = clean_text(self.raw(values_in, LATITUDE))
            lon_raw = clean_text(self.raw(values_in, LONGITUDE))
            return f"{lat_raw}, {lon_raw}" if lat_raw or lon_raw else str(self.raw(values_in, COORDINATES))

        def where() -> str:
            if source_row.point is not None:
                return "geometry"
            return LATITUDE if clean_text(self.raw(values_in, LATITUDE)) else COORDINATES

        place = self.territory.locate(lon, lat)
        if place is None:
            place = self.territory.locate(lat, lon)
            if place is None:
                hint = ""
                if self.territory.locate(-abs(lon), lat) is not None:
                    hint = " " + tr(CTX, "(a missing minus sign before the longitude?)")
                problem(where(), written(), tr(CTX, "the point (latitude %1, longitude %2) is outside "
                                                    "Morocco", lat, lon) + hint, REJECTED)
                return False
            lon, lat = lat, lon
            problem(where(), written(), tr(CTX, "latitude and longitude were swapped: corrected"), WARNING)
        elif swapped_by_letters:
            problem(where(), written(), tr(CTX, "latitude and longitude were written in each other's "
                                                "place (hemisphere letters): corrected"), WARNING)
        cand.point = (lon, lat)
        cand.located_by = "gps"
        cand.province_code, cand.region_code = place.province_code, place.region_code
        if found is not None and found.lon is not None and found.lat is not None:
            km = _distance_km(lon, lat, found.lon, found.lat)
            if km > TOWN_DISTANCE_WARNING_KM:
                problem("town", town_text, tr(CTX, "the coordinates are %1 km from %2: check them",
                                              round(km), found.name_fr), NOTE)
        elif match is not None and town_text:
            problem("town", town_text, self._town_reason(match, town_text), NOTE)
        return True

    def _place_by_town(self, cand: Candidate, match: TownMatch | None, town_text: str | None) -> None:
        found = match.town if match is not None and match.status == "found" else None
        if found is None or found.lon is None or found.lat is None:
            if match is None:
                reason = tr(CTX, "no coordinates and no town to place it")
                column, value = self.column_of(COORDINATES), ""
            else:
                reason = self._town_reason(match, town_text or "") + "; " + tr(
                    CTX, "without coordinates the row cannot be placed")
                column, value = self.column_of("town"), town_text or ""
            cand.location_problem = Problem(cand.row, column, value, reason, REJECTED)
            return
        cand.point = (float(found.lon), float(found.lat))
        cand.located_by = "town"
        cand.province_code, cand.region_code = found.province_code, found.region_code
        cand.town_found = found.describe()

    @staticmethod
    def _town_reason(match: TownMatch, town_text: str) -> str:
        if match.status == "ambiguous":
            names = "; ".join(t.describe() for t in match.candidates[:5])
            return tr(CTX, "the town “%1” is ambiguous (%2 towns match: %3)", town_text,
                      len(match.candidates), names)
        return tr(CTX, "the town “%1” is not in the towns gazetteer", town_text)


def _distance_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    import math

    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


# --------------------------------------------------------------------------------------------
# The existing points
# --------------------------------------------------------------------------------------------
@dataclass
class Existing:
    fid: int
    uuid: str
    values: dict[str, Any]
    point: tuple[float, float] | None
    categories: set[str] = field(default_factory=set)


def _load_existing(con: Any, institutions: Sequence[str]) -> list[Existing]:
    if not institutions:
        return []
    names = [c for c in _SP_COLUMNS if c != "uuid"]
    marks = ",".join("?" * len(institutions))
    cols = ", ".join(f'"{c}"' for c in names)
    out: list[Existing] = []
    by_uuid: dict[str, Existing] = {}
    for fid, uuid, geom, *values in con.execute(
        f'SELECT fid, uuid, "{GEOMETRY_COLUMN}", {cols} FROM service_point '
        f"WHERE institution IN ({marks})", tuple(institutions)
    ):
        e = Existing(fid, uuid, dict(zip(names, values)), blob_point(geom))
        out.append(e)
        by_uuid[uuid] = e
    for point_uuid, category in con.execute(
        "SELECT s.service_point_uuid, s.category FROM service s JOIN service_point p "
        f"ON p.uuid = s.service_point_uuid WHERE p.institution IN ({marks})", tuple(institutions)
    ):
        if point_uuid in by_uuid:
            by_uuid[point_uuid].categories.add(category)
    return out


# --------------------------------------------------------------------------------------------
# Planning
# --------------------------------------------------------------------------------------------
@dataclass
class Insert:
    cand: Candidate
    uuid: str
    values: dict[str, Any]
    services: list[tuple[str, str]]  # (service uuid, category)


@dataclass
class Update:
    cand: Candidate
    existing: Existing
    changes: list[tuple[str, Any, Any]]  # (field, before, after); "geom" holds WKT
    services: list[tuple[str, str]]


@dataclass
class Plan:
    inserts: list[Insert] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    unchanged: list[tuple[Candidate, Existing]] = field(default_factory=list)


def _reject(result: ImportResult, cand: Candidate, reason: str, field_name: str = "",
            value: str = "") -> None:
    result.problems.append(Problem(cand.row, field_name, value, reason, REJECTED))


def _label(key: str) -> str:
    """The label of a mapping target in the interface's language."""
    try:
        return target(key).label.get(ui_language())
    except KeyError:
        return key


def _facility_type(cand: Candidate, vocab: Vocabularies) -> tuple[str | None, Problem | None]:
    options = vocab.facility_by_institution.get(cand.institution, [])
    if not options:
        return None, None
    name = fold(cand.values.get("name_fr") or "")
    found = [(len(label), code) for code, label in options if label and label in name]
    if found:  # the name says it: "Agence ANAPEC Rabat", "Centre social Hay Mohammadi"
        return max(found)[1], None
    code = options[0][0]
    return code, Problem(cand.row, _label("facility_type"), "",
                         tr(CTX, "no facility type given: set to %1, check it", code), WARNING)


def _plan(result: ImportResult, candidates: list[Candidate], existing: list[Existing],
          vocab: Vocabularies, gazetteer: Gazetteer, mode: str, source_name: str,
          feedback: Any, rejected_ids: frozenset[tuple[str, str]] = frozenset(),
          column_of: Callable[[str], str] = _label) -> Plan:
    """What to insert and update. ``rejected_ids``: (institution, folded identifier) of rows
    that are in the file but were rejected: their points are not "missing from the file".
    ``column_of`` names the column of the file that holds a field, for the report."""
    plan = Plan()
    by_id: dict[tuple[str, ...], list[Existing]] = defaultdict(list)
    by_name: dict[tuple[str, ...], list[Existing]] = defaultdict(list)
    town_keys: dict[str, str] = {}

    def town_key(town: str | None) -> str:
        if not town:
            return ""
        if town not in town_keys:
            m = gazetteer.lookup(town)
            found = m.status == "found" and m.town is not None
            town_keys[town] = f"g{m.town.geonames_id}" if found and m.town else "t:" + fold(town)
        return town_keys[town]

    for e in existing:
        inst = e.values["institution"]
        if e.values.get("external_id"):
            by_id[(inst, "id", fold(e.values["external_id"]))].append(e)
        tk = town_key(e.values.get("town"))
        if e.values.get("name_fr"):
            by_name[(inst, "fr", fold(e.values["name_fr"]), tk)].append(e)
        if e.values.get("name_ar"):
            by_name[(inst, "ar", fold(e.values["name_ar"]), tk)].append(e)

    matched: dict[str, int] = {}  # existing uuid -> row
    for i, cand in enumerate(candidates):
        if i % _CHUNK == 0:
            check_cancel(feedback)
            report_progress(feedback, 40 + 20 * i / max(1, len(candidates)))
        hits: list[Existing] = []
        if cand.external_id:
            hits = by_id.get(cand.key, [])
            if not hits and mode == "upsert":
                hits = [e for e in by_name.get(cand.name_key, []) if not e.values.get("external_id")]
        elif mode == "upsert":
            hits = by_name.get(cand.name_key, [])
        if mode == "append" and hits and cand.external_id:
            _reject(result, cand, tr(CTX, "the identifier %1 of %2 is already in the database "
                                          "(use the update mode to change it)", cand.external_id,
                                     cand.institution), column_of("external_id"), cand.external_id)
            continue
        if mode == "upsert" and len(hits) > 1:
            _reject(result, cand, tr(CTX, "matches %1 points of the database (%2): merge them first",
                                     len(hits), ", ".join(e.uuid for e in hits[:5])))
            for e in hits:
                matched.setdefault(e.uuid, cand.row)
            continue
        hit = hits[0] if mode == "upsert" and hits else None
        if hit is not None and hit.uuid in matched:
            _reject(result, cand, tr(CTX, "the same point of the database as row %1", matched[hit.uuid]))
            continue
        if hit is None:
            _plan_insert(plan, result, cand, vocab, source_name, column_of)
        else:
            matched[hit.uuid] = cand.row
            _plan_update(plan, result, cand, hit)
    if mode == "upsert":
        institutions = {c.institution for c in candidates} | set(result.institutions)
        for e in existing:
            if e.uuid in matched or e.values["institution"] not in institutions:
                continue
            if (e.values["institution"], fold(e.values.get("external_id"))) in rejected_ids:
                continue
            name = str(e.values.get("name_fr") or e.values.get("name_ar") or "")
            result.missing.append(MissingPoint(e.uuid, e.values["institution"],
                                               e.values.get("external_id"), name, e.values.get("town")))
    return plan


def _accept_problems(result: ImportResult, cand: Candidate) -> None:
    result.problems.extend(cand.problems)


def _plan_insert(plan: Plan, result: ImportResult, cand: Candidate, vocab: Vocabularies,
                 source_name: str, column_of: Callable[[str], str] = _label) -> None:
    if cand.location_problem is not None:
        result.problems.extend(cand.problems)
        result.problems.append(cand.location_problem)
        return
    if not cand.values.get("name_fr"):
        result.problems.extend(cand.problems)
        _reject(result, cand, tr(CTX, "the French name is missing (required for a new point)"),
                column_of("name_fr"), "")
        return
    values = dict(cand.values)
    if not values.get("facility_type"):
        code, note = _facility_type(cand, vocab)
        if code is None:
            result.problems.extend(cand.problems)
            _reject(result, cand, tr(CTX, "no facility type given, and %1 has none in the vocabulary",
                                     cand.institution), column_of("facility_type"), "")
            return
        values["facility_type"] = code
        if note is not None:
            cand.problems.append(note)
    for f in SERVICE_POINT.fields:
        if f.name not in values and f.required and f.default is not None:
            values[f.name] = _default(f)
    values.setdefault("source", source_name)
    values["located_by"] = cand.located_by
    values["province_code"] = cand.province_code
    values["region_code"] = cand.region_code
    point_uuid = str(_uuid.uuid4())
    services = [(str(_uuid.uuid4()), c) for c in cand.categories]
    plan.inserts.append(Insert(cand, point_uuid, values, services))
    _accept_problems(result, cand)
    if cand.located_by == "town":
        result.located_by_town.append(TownPlacement(cand.row, cand.display_name,
                                                    str(cand.values.get("town") or ""),
                                                    cand.town_found or ""))
    result.outcomes.append(RowOutcome(cand.row, "added", point_uuid, cand.display_name))


def _plan_update(plan: Plan, result: ImportResult, cand: Candidate, hit: Existing) -> None:
    if cand.location_problem is not None:
        if hit.point is None:
            result.problems.extend(cand.problems)
            result.problems.append(cand.location_problem)
            return
        # The point keeps its place in the database: the location problem is only a note.
        p = cand.location_problem
        cand.problems.append(Problem(p.row, p.field, p.value, tr(CTX, "%1; the point keeps its place "
                                                                      "in the database", p.reason), NOTE))
    changes: list[tuple[str, Any, Any]] = []
    for name, value in cand.values.items():
        f = _FIELDS.get(name)
        if f is None or value is None:
            continue
        old = hit.values.get(name)
        if not _same(f.kind, old, value):
            changes.append((name, old, value))
    placed_by_town = False
    if cand.point is not None:
        new = cand.point
        move = hit.point is None or (
            cand.located_by != "town"
            and (abs(hit.point[0] - new[0]) > SAME_PLACE or abs(hit.point[1] - new[1]) > SAME_PLACE)
        )
        if move:
            changes.append((GEOMETRY_COLUMN, point_wkt(*hit.point) if hit.point else None, point_wkt(*new)))
            placed_by_town = cand.located_by == "town"
            for name, value in (("located_by", cand.located_by), ("province_code", cand.province_code),
                                ("region_code", cand.region_code)):
                if value is not None and hit.values.get(name) != value:
                    changes.append((name, hit.values.get(name), value))
    services = [(str(_uuid.uuid4()), c) for c in cand.categories if c not in hit.categories]
    _accept_problems(result, cand)
    if changes or services:
        plan.updates.append(Update(cand, hit, changes, services))
        fields = [c[0] for c in changes] + ([SERVICE.name] if services else [])
        result.outcomes.append(RowOutcome(cand.row, "updated", hit.uuid, cand.display_name, fields))
        if placed_by_town:
            result.located_by_town.append(TownPlacement(cand.row, cand.display_name,
                                                        str(cand.values.get("town") or ""),
                                                        cand.town_found or ""))
    else:
        plan.unchanged.append((cand, hit))


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------
def _json(values: dict[str, Any]) -> str:
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


def _write(con: Any, plan: Plan, result: ImportResult, run_uuid: str, feedback: Any) -> None:
    now, user = now_iso(), result.user
    log: list[tuple[Any, ...]] = []
    columns = [c for c in _SP_COLUMNS if c not in ("updated_at", "updated_by")]
    insert_sql = (
        f'INSERT INTO service_point ("{GEOMETRY_COLUMN}", '
        + ", ".join(f'"{c}"' for c in columns) + ', "updated_at", "updated_by") VALUES ('
        + ", ".join("?" * (len(columns) + 3)) + ")"
    )
    service_sql = "INSERT INTO service (uuid, service_point_uuid, category) VALUES (?, ?, ?)"
    log_sql = (
        "INSERT INTO change_log (import_run_uuid, table_name, row_uuid, action, field_name, "
        "old_value, new_value, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    con.execute(
        "INSERT INTO import_run (uuid, started_at, run_by, source_file, institution, mode, status) "
        "VALUES (?, ?, ?, ?, ?, ?, 'done')",
        (run_uuid, result.started_at, user, result.source, ",".join(result.institutions), result.mode),
    )
    total = len(plan.inserts) + len(plan.updates) or 1
    done = 0
    services: list[tuple[str, str, str]] = []
    for start in range(0, len(plan.inserts), _CHUNK):
        check_cancel(feedback)
        rows = []
        for ins in plan.inserts[start:start + _CHUNK]:
            values = dict(ins.values, uuid=ins.uuid)
            lon, lat = ins.cand.point  # type: ignore[misc]
            rows.append((point_blob(lon, lat), *(values.get(c) for c in columns), now, user))
            logged = {k: v for k, v in values.items() if v is not None}
            logged[GEOMETRY_COLUMN] = point_wkt(lon, lat)
            log.append((run_uuid, SERVICE_POINT.name, ins.uuid, "insert", None, None, _json(logged),
                        user, now))
            for service_uuid, category in ins.services:
                services.append((service_uuid, ins.uuid, category))
        con.executemany(insert_sql, rows)
        done += len(rows)
        report_progress(feedback, 60 + 35 * done / total)
    # Updates, grouped by the set of fields they change (one prepared statement per group).
    groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
    for i, up in enumerate(plan.updates):
        if i % _CHUNK == 0:
            check_cancel(feedback)
            report_progress(feedback, 60 + 35 * (done + i) / total)
        for service_uuid, category in up.services:
            services.append((service_uuid, up.existing.uuid, category))
        if not up.changes:
            continue
        names = tuple(name for name, _, _ in up.changes)
        params = []
        for name, old, new in up.changes:
            if name == GEOMETRY_COLUMN:
                point = wkt_point(new)
                params.append(point_blob(*point) if point else None)
            else:
                params.append(new)
            log.append((run_uuid, SERVICE_POINT.name, up.existing.uuid, "update", name,
                        None if old is None else str(old), None if new is None else str(new), user, now))
        groups[names].append((*params, now, user, up.existing.uuid))
    for names, rows in groups.items():
        check_cancel(feedback)
        sets = ", ".join(f'"{n}" = ?' for n in names)
        con.executemany(f'UPDATE service_point SET {sets}, "updated_at" = ?, "updated_by" = ? '
                        "WHERE uuid = ?", rows)
    check_cancel(feedback)
    if services:
        con.executemany(service_sql, services)
        for service_uuid, point_uuid, category in services:
            log.append((run_uuid, SERVICE.name, service_uuid, "insert", None, None,
                        _json({"service_point_uuid": point_uuid, "category": category}), user, now))
    for start in range(0, len(log), 20 * _CHUNK):
        check_cancel(feedback)
        con.executemany(log_sql, log[start:start + 20 * _CHUNK])
    c = result.counts
    con.execute(
        "UPDATE import_run SET finished_at = ?, added = ?, updated = ?, unchanged = ?, rejected = ?, "
        "located_by_town = ?, missing = ? WHERE uuid = ?",
        (now_iso(), c.added, c.updated, c.unchanged, c.rejected, c.located_by_town, c.missing, run_uuid),
    )
    touch_tables(con, ["service_point", "service", "import_run", "change_log"], _gpkg_timestamp())


# --------------------------------------------------------------------------------------------
# The import
# --------------------------------------------------------------------------------------------
def load_places(db: Database) -> tuple[Gazetteer, Territory]:
    con = connect(db.path, write=False)
    try:
        gazetteer = Gazetteer.from_connection(con)
    finally:
        con.close()
    return gazetteer, Territory.from_database(db)


def read_with_mapping(source: Any, mapping: ColumnMapping | None, feedback: Any = None) -> SourceTable:
    mapping = mapping or ColumnMapping()
    return read_source(source, encoding=mapping.encoding, delimiter=mapping.delimiter,
                       sheet=mapping.sheet, header_row=mapping.header_row, score=header_score,
                       feedback=feedback)


def import_services(
    db: Database,
    source: Any,
    *,
    institution: str | None = None,
    mapping: ColumnMapping | None = None,
    mode: str = "upsert",
    dry_run: bool = False,
    user: str | None = None,
    feedback: Any = None,
    table: SourceTable | None = None,
    places: tuple[Gazetteer, Territory] | None = None,
) -> ImportResult:
    """Import ``source`` (a path, ``path|layername=``, or a QGIS vector layer) into ``db``.

    See the module documentation. Raises :class:`ImportFailed` (nothing written) when the
    file cannot be read or the import cannot run; a cancellation raises ``Canceled``.
    ``table``: the file already read (the dialog reads it for its preview); ``places``: the
    gazetteer and territory already loaded (for repeated imports).
    """
    # An import makes hundreds of thousands of small objects that live until its end: the
    # cyclic garbage collector would scan them again and again for nothing (~15 % of the time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _import_services(db, source, institution=institution, mapping=mapping, mode=mode,
                                dry_run=dry_run, user=user, feedback=feedback, table=table,
                                places=places)
    finally:
        if collecting:
            gc.enable()


def _import_services(db: Database, source: Any, *, institution: str | None,
                     mapping: ColumnMapping | None, mode: str, dry_run: bool, user: str | None,
                     feedback: Any, table: SourceTable | None,
                     places: tuple[Gazetteer, Territory] | None) -> ImportResult:
    if mode not in MODES:
        raise ImportFailed(tr(CTX, "Unknown import mode “%1” (use upsert or append).", mode))
    mapping = mapping or ColumnMapping()
    institution = institution or mapping.institution
    started = now_iso()
    label = str(source) if isinstance(source, (str, Path)) else source.sourceName()
    report_info(feedback, tr(CTX, "Reading %1…", label))
    clock = time.perf_counter()
    if table is None:
        table = read_with_mapping(source, mapping, feedback)
    read_seconds = time.perf_counter() - clock
    check_cancel(feedback)
    report_progress(feedback, 10)
    columns = mapping.resolve(table.columns)
    name_columns = [c for c, k in columns.items() if k in ("name_fr", "name_ar")]
    if not name_columns:
        raise ImportFailed(
            tr(CTX, "No column of %1 holds the names of the service points (columns: %2). Map one "
                    "in the dialog or in the mapping file.", table.name, ", ".join(table.columns))
        )
    source_name = (Path(str(source).split("|")[0]).name
                   if isinstance(source, (str, Path)) else table.name)
    result = ImportResult(source=source_name, database=db.source, mode=mode, dry_run=dry_run,
                          user=user or current_user(), started_at=started, columns=columns,
                          encoding=table.encoding, delimiter=table.delimiter, sheet=table.sheet,
                          header_row=table.header_row)
    result.counts.rows = len(table.rows)
    result.timings["read"] = read_seconds
    clock = time.perf_counter()

    con = connect(db.path, write=False)
    try:
        vocab = Vocabularies.load(con)
    finally:
        con.close()
    if institution:
        code = vocab.institutions.get(fold(institution))
        if code is None:
            raise ImportFailed(tr(CTX, "Unknown institution “%1” (known: %2).", institution,
                                  ", ".join(sorted(vocab.institution_codes))))
        institution = code
    gazetteer, territory = places or load_places(db)
    report_progress(feedback, 20)

    parser = RowParser(table, columns, vocab, gazetteer, territory, mapping, institution)
    candidates: list[Candidate] = []
    rejected_ids: set[tuple[str, str]] = set()
    for i, row in enumerate(table.rows):
        if i % _CHUNK == 0:
            check_cancel(feedback)
            report_progress(feedback, 20 + 20 * i / max(1, len(table.rows)))
        cand, problems = parser.parse(row)
        if cand is None:
            result.problems.extend(problems)
            external_id = clean_text(parser.raw(row.values, "external_id"))
            row_institution = parser.row_institution(row.values)
            if external_id and row_institution:
                rejected_ids.add((row_institution, fold(external_id)))
        else:
            candidates.append(cand)
    # The same key twice in the file: neither row is taken (which one is right?).
    result.timings["parse"] = time.perf_counter() - clock
    rows_by_key: dict[tuple[str, ...], list[Candidate]] = defaultdict(list)
    for cand in candidates:
        rows_by_key[cand.key].append(cand)
    unique: list[Candidate] = []
    for cand in candidates:
        same = rows_by_key[cand.key]
        if len(same) > 1:
            others = ", ".join(str(c.row) for c in same if c is not cand)
            result.problems.extend(p for p in cand.problems if p.severity != REJECTED)
            if cand.external_id:
                rejected_ids.add((cand.institution, fold(cand.external_id)))
                _reject(result, cand, tr(CTX, "the identifier %1 is also on row(s) %2 of the file",
                                         cand.external_id, others),
                        parser.column_of("external_id"), str(cand.external_id))
            else:
                _reject(result, cand, tr(CTX, "the same name and town are also on row(s) %1 of the file",
                                         others), parser.column_of("name_fr"), cand.display_name)
        else:
            unique.append(cand)
    result.institutions = sorted({c.institution for c in unique} | ({institution} if institution else set()))

    con = connect(db.path, write=not dry_run)
    try:
        if not dry_run:
            con.execute("BEGIN IMMEDIATE")  # no other writer until commit or rollback
        try:
            clock = time.perf_counter()
            existing = _load_existing(con, result.institutions)
            result.timings["load"] = time.perf_counter() - clock
            clock = time.perf_counter()
            plan = _plan(result, unique, existing, vocab, gazetteer, mode, source_name, feedback,
                         frozenset(rejected_ids), parser.column_of)
            result.timings["plan"] = time.perf_counter() - clock
            _count(result, plan, table)
            if not dry_run:
                run_uuid = str(_uuid.uuid4())
                clock = time.perf_counter()
                _write(con, plan, result, run_uuid, feedback)
                check_cancel(feedback)
                con.execute("COMMIT")
                result.timings["write"] = time.perf_counter() - clock
                result.run_uuid = run_uuid
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise
    except Canceled:
        raise
    except StoreError:
        raise
    except Exception as err:
        logger().exception("import failed")
        raise ImportFailed(tr(CTX, "The import into %1 failed, nothing was written: %2",
                              db.path, err)) from err
    finally:
        con.close()
    result.problems.sort(key=lambda p: (p.row if p.row is not None else 10**9))
    report_progress(feedback, 100)
    c = result.counts
    report_info(feedback, tr(CTX, "%1 rows: %2 added, %3 updated, %4 unchanged, %5 rejected, %6 located by "
                            "town, %7 in the database but not in the file.", c.rows, c.added, c.updated,
                       c.unchanged, c.rejected, c.located_by_town, c.missing))
    return result


def _count(result: ImportResult, plan: Plan, table: SourceTable) -> None:
    c = result.counts
    c.added, c.updated, c.unchanged = len(plan.inserts), len(plan.updates), len(plan.unchanged)
    c.rejected = len({p.row for p in result.problems if p.severity == REJECTED})
    c.located_by_town = len(result.located_by_town)
    c.missing = len(result.missing)


# --------------------------------------------------------------------------------------------
# History and undo
# --------------------------------------------------------------------------------------------
def import_runs(db: Database) -> list[dict[str, Any]]:
    """The imports recorded in the database, newest first."""
    con = connect(db.path, write=False)
    try:
        con.row_factory = _dict_row
        return list(con.execute("SELECT * FROM import_run ORDER BY started_at DESC, fid DESC"))
    finally:
        con.close()


def _dict_row(cursor: Any, row: tuple[Any, ...]) -> dict[str, Any]:
    return {d[0]: v for d, v in zip(cursor.description, row)}
