"""Parsing rows: each source row becomes a candidate service point (see importer.py)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ...definitions.formats import codes_value
from ...definitions.model import Field, Kind
from ...toolbelt.i18n import tr
from ..store.places import Gazetteer, Territory, TownMatch
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
from .common import (
    _FIELDS,
    _SPLIT,
    NOTE,
    REJECTED,
    TOWN_DISTANCE_WARNING_KM,
    WARNING,
    Problem,
    Vocabularies,
    _label,
    parse_date,
)
from .mapping import (
    CATEGORIES,
    COORDINATES,
    LATITUDE,
    LONGITUDE,
    MULTI_COLUMN,
    ColumnMapping,
)
from .read import SourceTable

CTX = "Import"


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
