"""What a handout lists: the towns asked for, and around each the published, non-closed
service points within the radius, nearest first, grouped by institution.

Plain SQL on the GeoPackage (no QGIS layer): the selection is the same whether it runs in
the toolbox, headless or in a test. Distances are great-circle distances from the town's
GeoNames point, on the mean Earth radius the web map uses, so the page and the map agree.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ...definitions.formats import PUBLIC_FILTER
from ...definitions.handouts import EARTH_RADIUS_KM
from ...definitions.model import Label
from ...definitions.urls import slugify
from ...toolbelt.i18n import tr
from ..store.database import Database, StoreError
from ..store.gpkg import point_xy
from ..values.normalise import fold
from ..webmap.gazetteer import town_rows, town_slugs

CTX = "Handouts"


class HandoutError(StoreError):
    """A problem with the handouts' parameters or output, worded for the person who asked."""


@dataclass(frozen=True)
class Town:
    geonames_id: int
    name: Label
    slug: str
    lon: float
    lat: float


@dataclass(frozen=True)
class Institution:
    code: str
    acronym: str
    name: Label
    colour: str
    icon: str


@dataclass
class Service:
    """One service point as the handout prints it."""

    uuid: str
    institution: str
    name: Label
    address: Label
    phone: str
    opening_hours: str
    status: str
    lon: float
    lat: float
    distance_km: float = 0.0
    offers: list[Label] = field(default_factory=list)


@dataclass
class Group:
    institution: Institution
    services: list[Service]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (the web map's geo.js computes the same)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def _label(fr: object, ar: object, en: object) -> Label:
    fr_text = str(fr or "").strip()
    return Label(fr_text, str(ar or "").strip(), str(en or "").strip())


def all_towns(db: Database) -> list[Town]:
    """Every town the web map knows, with the slug its URLs use."""
    slugs = town_slugs(db)
    return [Town(r[0], _label(r[2], r[3], ""), slugs[r[0]], r[1][0], r[1][1])
            for r in town_rows(db)]


def _split(value: str | Sequence[str] | None) -> list[str]:
    if value is None:
        return []
    items = value.replace(";", ",").split(",") if isinstance(value, str) else list(value)
    return [str(i).strip() for i in items if str(i).strip()]


def resolve_towns(towns: Sequence[Town], value: str | Sequence[str] | None) -> list[Town]:
    """The towns named in ``value`` (French or Arabic names, slugs or GeoNames ids,
    separated by commas), in the order given, without repeats. A name that matches no
    town, or several (two *Dakhla*: give the id), raises an error naming it."""
    by_key: dict[str, list[Town]] = {}
    for town in towns:
        keys = {str(town.geonames_id), town.slug, slugify(town.name.fr),
                fold(town.name.fr), fold(town.name.ar)}
        for key in keys - {""}:
            by_key.setdefault(key, []).append(town)
    out: list[Town] = []
    for item in _split(value):
        found = by_key.get(item) or by_key.get(slugify(item)) or by_key.get(fold(item))
        if not found:
            raise HandoutError(tr(CTX, "Town \"%1\" (TOWNS) is not in the towns of the database.",
                                  item))
        if len({t.geonames_id for t in found}) > 1:
            ids = ", ".join(f"{t.geonames_id} ({t.slug})" for t in found)
            raise HandoutError(tr(CTX, "Town \"%1\" (TOWNS) names several towns: give one of "
                                       "their codes: %2.", item, ids))
        if found[0] not in out:
            out.append(found[0])
    return out


def institutions(db: Database) -> dict[str, Institution]:
    rows = db.query("SELECT code, acronym, name_fr, name_ar, name_en, colour, icon "
                    "FROM institution ORDER BY sort_order, code")
    return {r[0]: Institution(r[0], r[1] or r[0], _label(r[2], r[3], r[4]), r[5] or "", r[6] or "")
            for r in rows}


def check_codes(value: str | Sequence[str] | None, known: Iterable[str], parameter: str) -> list[str]:
    """The codes asked for (case-insensitive), refusing unknown ones with their list."""
    by_upper = {code.upper(): code for code in known}
    asked = _split(value)
    unknown = [a for a in asked if a.upper() not in by_upper]
    if unknown:
        raise HandoutError(tr(CTX, "Unknown code(s) in %1: %2 (known: %3).", parameter,
                              ", ".join(unknown), ", ".join(sorted(by_upper.values()))))
    return [by_upper[a.upper()] for a in asked]


def printable_services(db: Database, institution_codes: Sequence[str] = (),
                       category_codes: Sequence[str] = ()) -> list[Service]:
    """Every published, non-closed point with a location, with what it offers; only those
    of ``institution_codes`` and offering one of ``category_codes`` when given."""
    where = PUBLIC_FILTER.replace('"publication_state"', "p.publication_state").replace(
        '"operating_status"', "p.operating_status")  # what the public sees
    params: list[str] = []
    if institution_codes:
        where += f" AND p.institution IN ({','.join('?' * len(institution_codes))})"
        params += list(institution_codes)
    rows = db.query(
        "SELECT p.uuid, p.institution, p.name_fr, p.name_ar, p.name_en, p.address_fr, "
        "p.address_ar, p.phone, p.opening_hours, p.operating_status, p.geom "
        f"FROM service_point p WHERE {where}", params)
    offers = _offers(db)
    out = []
    for r in rows:
        try:
            xy = point_xy(r[10]) if r[10] is not None else None
        except ValueError:
            xy = None
        if xy is None:
            continue
        labels = offers.get(r[0], [])
        if category_codes and not any(code in category_codes for code, _ in labels):
            continue
        out.append(Service(r[0], r[1], _label(r[2], r[3], r[4]), _label(r[5], r[6], ""),
                           str(r[7] or ""), str(r[8] or ""), r[9], xy[0], xy[1],
                           offers=[label for _, label in labels]))
    return out


def _offers(db: Database) -> dict[str, list[tuple[str, Label]]]:
    out: dict[str, list[tuple[str, Label]]] = {}
    for point, code, fr, ar, en in db.query(
        "SELECT s.service_point_uuid, s.category, c.label_fr, c.label_ar, c.label_en "
        "FROM service s LEFT JOIN service_category c ON c.code = s.category "
        "ORDER BY c.sort_order, s.category"
    ):
        labels = out.setdefault(point, [])
        if all(code != known for known, _ in labels):
            labels.append((code, _label(fr or code, ar, en)))
    return out


def nearby(town: Town, services: Iterable[Service], radius_km: float) -> list[Service]:
    """The services within ``radius_km`` of the town, nearest first (then by name), each
    with its distance."""
    out = []
    for service in services:
        distance = haversine_km(town.lat, town.lon, service.lat, service.lon)
        if distance <= radius_km:
            out.append(Service(**{**service.__dict__, "distance_km": distance}))
    return sorted(out, key=lambda s: (s.distance_km, s.name.fr, s.uuid))


def grouped(services: Sequence[Service], known: dict[str, Institution]) -> list[Group]:
    """The services by institution, each group nearest first, the group with the nearest
    service first."""
    groups: dict[str, Group] = {}
    for service in services:  # already nearest first
        institution = known.get(service.institution) or Institution(
            service.institution, service.institution, _label(service.institution, "", ""), "", "")
        groups.setdefault(service.institution, Group(institution, [])).services.append(service)
    return list(groups.values())
