"""Placing a candidate (see importer.py, stage 2): its point (a layer's geometry, else the
coordinate columns) checked against Morocco and swapped back when only the swap lands in
Morocco; without one, its town (the gazetteer) places it."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from ...toolbelt.i18n import tr
from ..store.places import Gazetteer, Place, Territory, Town, TownMatch
from ..values.coordinates import Coordinate, order_by_axis, parse_coordinate, parse_pair
from ..values.normalise import clean_text
from .candidate import Candidate
from .common import NOTE, REJECTED, TOWN_DISTANCE_WARNING_KM, WARNING, Problem
from .mapping import COORDINATES, LATITUDE, LONGITUDE

CTX = "Import"

#: ``problem(key, value, reason, severity=WARNING)``: records a problem of the row.
Report = Callable[..., Problem]


class Locator:
    """Places the candidates of a :class:`~.parse.RowParser`, whose cells it reads through
    ``raw`` and whose columns it names through ``column_of``."""

    def __init__(self, raw: Callable[[dict[str, str | None], str], str | None],
                 column_of: Callable[[str], str], gazetteer: Gazetteer, territory: Territory):
        self.raw = raw
        self.column_of = column_of
        self.gazetteer = gazetteer
        self.territory = territory

    def locate(self, cand: Candidate, source_row: Any, values_in: dict[str, str | None],
               problem: Report) -> bool:
        """Place the candidate; False when its coordinates are wrong (the row is rejected).

        Without coordinates, the town places it; when the town cannot, ``location_problem``
        says why, and the row is rejected only if it must be added (see :func:`_plan`)."""
        town_text = cand.values.get("town")
        match, found = self._town(cand, town_text, problem)
        point = self._point(source_row, values_in, problem)
        if isinstance(point, Problem):
            return False
        if point is None:
            self._place_by_town(cand, match, town_text)
            return True
        checked = self._in_morocco(source_row, values_in, point, problem)
        if checked is None:
            return False
        lon, lat, place = checked
        cand.point = (lon, lat)
        cand.located_by = "gps"
        cand.province_code, cand.region_code = place.province_code, place.region_code
        self._check_town(match, found, town_text, lon, lat, problem)
        return True

    def _town(self, cand: Candidate, town_text: str | None,
              problem: Report) -> tuple[TownMatch | None, Town | None]:
        """The gazetteer's match for the row's town, and the town when found (its name then
        replaces the one of the file)."""
        match: TownMatch | None = self.gazetteer.lookup(town_text) if town_text else None
        found = match.town if match is not None and match.status == "found" else None
        if found is not None:
            if match is not None and match.approximate:
                problem("town", town_text, tr(CTX, "town read as %1", found.name_fr), NOTE)
            cand.values["town"] = found.name_fr
        return match, found

    def _point(self, source_row: Any, values_in: dict[str, str | None],
               problem: Report) -> tuple[float, float, bool] | None | Problem:
        """(lon, lat, swapped by letters): the layer's geometry, else the coordinate columns;
        None when the row has no point, or the Problem that rejects the row."""
        if source_row.point is not None:
            lon, lat = source_row.point
            return lon, lat, False
        if source_row.geometry_problem:
            problem(COORDINATES, "", tr(CTX, "%1: the geometry was ignored", source_row.geometry_problem))
        parsed = self._coordinates(values_in, problem)
        if parsed is None or isinstance(parsed, Problem):
            return parsed
        lat, lon, swapped_by_letters = parsed
        return lon, lat, swapped_by_letters

    def _coordinates(self, values_in: dict[str, str | None],
                     problem: Report) -> tuple[float, float, bool] | None | Problem:
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

    def _in_morocco(self, source_row: Any, values_in: dict[str, str | None],
                    point: tuple[float, float, bool], problem: Report) -> tuple[float, float, Place] | None:
        """(lon, lat, place) of the point, swapped back when only the swap lands in Morocco;
        None when it is outside Morocco either way (the row is rejected)."""
        lon, lat, swapped_by_letters = point
        place = self.territory.locate(lon, lat)
        if place is None:
            place = self.territory.locate(lat, lon)
            if place is None:
                hint = ""
                if self.territory.locate(-abs(lon), lat) is not None:
                    hint = " " + tr(CTX, "(a missing minus sign before the longitude?)")
                problem(self._where(source_row, values_in), self._written(source_row, values_in, lon, lat),
                        tr(CTX, "the point (latitude %1, longitude %2) is outside Morocco", lat, lon)
                        + hint, REJECTED)
                return None
            lon, lat = lat, lon
            problem(self._where(source_row, values_in), self._written(source_row, values_in, lon, lat),
                    tr(CTX, "latitude and longitude were swapped: corrected"), WARNING)
        elif swapped_by_letters:
            problem(self._where(source_row, values_in), self._written(source_row, values_in, lon, lat),
                    tr(CTX, "latitude and longitude were written in each other's place (hemisphere "
                            "letters): corrected"), WARNING)
        return lon, lat, place

    def _written(self, source_row: Any, values_in: dict[str, str | None], lon: float, lat: float) -> str:
        """The point as the file gives it, for the report."""
        if source_row.point is not None:
            return f"{lat}, {lon}"
        lat_raw = clean_text(self.raw(values_in, LATITUDE))
        lon_raw = clean_text(self.raw(values_in, LONGITUDE))
        return f"{lat_raw}, {lon_raw}" if lat_raw or lon_raw else str(self.raw(values_in, COORDINATES))

    def _where(self, source_row: Any, values_in: dict[str, str | None]) -> str:
        """The key of the cells the point comes from, for the report."""
        if source_row.point is not None:
            return "geometry"
        return LATITUDE if clean_text(self.raw(values_in, LATITUDE)) else COORDINATES

    def _check_town(self, match: TownMatch | None, found: Town | None, town_text: str | None,
                    lon: float, lat: float, problem: Report) -> None:
        """A note when the point is far from its town, or when the town is not found."""
        if found is not None and found.lon is not None and found.lat is not None:
            km = _distance_km(lon, lat, found.lon, found.lat)
            if km > TOWN_DISTANCE_WARNING_KM:
                problem("town", town_text, tr(CTX, "the coordinates are %1 km from %2: check them",
                                              round(km), found.name_fr), NOTE)
        elif match is not None and town_text:
            problem("town", town_text, self._town_reason(match, town_text), NOTE)

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
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))
