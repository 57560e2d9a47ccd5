"""Matching the candidates with the database and planning the inserts and updates."""

from __future__ import annotations

import uuid as _uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ...definitions.model import SERVICE, SERVICE_POINT
from ...toolbelt.i18n import tr
from ..store.database import (
    check_cancel,
    report_progress,
)
from ..store.gpkg import blob_point, point_wkt
from ..store.places import Gazetteer
from ..store.schema import GEOMETRY_COLUMN
from ..values.normalise import (
    fold,
)
from .candidate import Candidate
from .common import (
    _CHUNK,
    _FIELDS,
    _SP_COLUMNS,
    NOTE,
    REJECTED,
    SAME_PLACE,
    WARNING,
    ImportResult,
    MissingPoint,
    Problem,
    RowOutcome,
    TownPlacement,
    Vocabularies,
    _default,
    _label,
    _same,
)

CTX = "Import"


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
    services: dict[str, dict[str, Any]] = field(default_factory=dict)  # uuid -> values


_SERVICE_FIELDS = {f.name: f for f in SERVICE.fields}


def _load_existing(con: Any, institutions: Sequence[str], services: bool = False) -> list[Existing]:
    """The points of ``institutions``; with ``services``, their services' values too."""
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
    if services:
        names = list(_SERVICE_FIELDS)
        for values in con.execute(
            "SELECT " + ", ".join(f's."{n}"' for n in names) + " FROM service s JOIN service_point p "
            f"ON p.uuid = s.service_point_uuid WHERE p.institution IN ({marks})", tuple(institutions)
        ):
            row = dict(zip(names, values))
            if row["service_point_uuid"] in by_uuid:
                by_uuid[row["service_point_uuid"]].services[row["uuid"]] = row
    return out


# --------------------------------------------------------------------------------------------
# Planning
# --------------------------------------------------------------------------------------------
@dataclass
class Insert:
    cand: Candidate
    uuid: str
    values: dict[str, Any]
    services: list[tuple[str, dict[str, Any]]]  # (service uuid, its values: category...)


@dataclass
class Update:
    cand: Candidate
    existing: Existing
    changes: list[tuple[str, Any, Any]]  # (field, before, after); "geom" holds WKT
    services: list[tuple[str, dict[str, Any]]]
    service_changes: list[tuple[str, str, Any, Any]] = field(default_factory=list)  # (uuid, field, ...)


@dataclass
class Plan:
    inserts: list[Insert] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    unchanged: list[tuple[Candidate, Existing]] = field(default_factory=list)


def _reject(result: ImportResult, cand: Candidate, reason: str, field_name: str = "",
            value: str = "") -> None:
    result.problems.append(Problem(cand.row, field_name, value, reason, REJECTED))


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
    by_id, by_name = _index_existing(existing, gazetteer)
    by_uuid = {e.uuid: e for e in existing}
    matched: dict[str, int] = {}  # existing uuid -> row
    for i, cand in enumerate(candidates):
        if i % _CHUNK == 0:
            check_cancel(feedback)
            report_progress(feedback, 40 + 20 * i / max(1, len(candidates)))
        if cand.uuid in by_uuid and mode == "append":
            _reject(result, cand, tr(CTX, "the point %1 is already in the database (use the update "
                                          "mode to change it)", cand.uuid), "id", str(cand.uuid))
            continue
        hits = [by_uuid[cand.uuid]] if cand.uuid in by_uuid else _hits(cand, by_id, by_name, mode)
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
        _list_missing(result, candidates, existing, matched, rejected_ids)
    return plan


_Index = dict[tuple[str, ...], list[Existing]]


def _index_existing(existing: list[Existing], gazetteer: Gazetteer) -> tuple[_Index, _Index]:
    """The existing points by (institution, "id", folded identifier), and by (institution,
    language, folded name, town key) in each language they have a name in."""
    by_id: _Index = defaultdict(list)
    by_name: _Index = defaultdict(list)
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
    return by_id, by_name


def _hits(cand: Candidate, by_id: _Index, by_name: _Index, mode: str) -> list[Existing]:
    """The existing points the candidate matches: by identifier, else (mode ``upsert``) by
    name and town, among the points without an identifier when the candidate has one."""
    hits: list[Existing] = []
    if cand.external_id:
        hits = by_id.get(cand.key, [])
        if not hits and mode == "upsert":
            hits = [e for e in by_name.get(cand.name_key, []) if not e.values.get("external_id")]
    elif mode == "upsert":
        hits = by_name.get(cand.name_key, [])
    return hits


def _list_missing(result: ImportResult, candidates: list[Candidate], existing: list[Existing],
                  matched: dict[str, int], rejected_ids: frozenset[tuple[str, str]]) -> None:
    """The points of the file's institutions that no row matched (nor a rejected row names)."""
    institutions = {c.institution for c in candidates} | set(result.institutions)
    for e in existing:
        if e.uuid in matched or e.values["institution"] not in institutions:
            continue
        if (e.values["institution"], fold(e.values.get("external_id"))) in rejected_ids:
            continue
        name = str(e.values.get("name_fr") or e.values.get("name_ar") or "")
        result.missing.append(MissingPoint(e.uuid, e.values["institution"],
                                           e.values.get("external_id"), name, e.values.get("town")))


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
    point_uuid = cand.uuid or str(_uuid.uuid4())
    services, _ = _services(cand, None)
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
    services, service_changes = _services(cand, hit)
    _accept_problems(result, cand)
    if changes or services or service_changes:
        plan.updates.append(Update(cand, hit, changes, services, service_changes))
        fields = [c[0] for c in changes] + ([SERVICE.name] if services or service_changes else [])
        result.outcomes.append(RowOutcome(cand.row, "updated", hit.uuid, cand.display_name, fields))
        if placed_by_town:
            result.located_by_town.append(TownPlacement(cand.row, cand.display_name,
                                                        str(cand.values.get("town") or ""),
                                                        cand.town_found or ""))
    else:
        plan.unchanged.append((cand, hit))


def _services(cand: Candidate, hit: Existing | None) -> tuple[list[tuple[str, dict[str, Any]]],
                                                              list[tuple[str, str, Any, Any]]]:
    """The services to add to the point, and the changes of its existing ones (uuid, field,
    before, after): one new service per new category, or the candidate's whole services
    (matched by uuid; an empty value never erases one)."""
    if cand.services is None:
        have = hit.categories if hit is not None else set()
        return [(str(_uuid.uuid4()), {"category": c}) for c in cand.categories if c not in have], []
    added, changes = [], []
    for values in cand.services:
        old = hit.services.get(values["uuid"]) if hit is not None else None
        if old is None:
            added.append((values["uuid"], {k: v for k, v in values.items() if k != "uuid"}))
            continue
        for name, value in values.items():
            f = _SERVICE_FIELDS.get(name)
            if (f is not None and value is not None and name != "uuid"
                    and not _same(f.kind, old.get(name), value)):
                changes.append((values["uuid"], name, old.get(name), value))
    return added, changes
