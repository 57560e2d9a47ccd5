"""Reading what the public map shows: the service points that pass
:data:`~amuddu_plugin.definitions.formats.PUBLIC_FILTER`, and their services."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...definitions import opendata as O
from ...definitions.formats import PUBLIC_FILTER, codes_of
from ..store.database import Database
from ..store.gpkg import blob_point
from ..store.schema import GEOMETRY_COLUMN, quote

Row = dict[str, Any]


@dataclass
class OpenData:
    points: list[Row] = field(default_factory=list)  # POINT_FIELDS + lon, lat, categories
    services: list[Row] = field(default_factory=list)  # SERVICE_FIELDS
    skipped: list[str] = field(default_factory=list)  # uuids of public points without a place


def _round(value: float) -> float:
    return round(value, O.COORDINATE_DECIMALS)


def read_open_data(db: Database) -> OpenData:
    """The public points (ordered by uuid, so that two exports of the same data are the same)
    and their services; a public point without a usable point geometry is left out (listed)."""
    out = OpenData()
    columns = ", ".join(quote(f) for f in O.POINT_FIELDS)
    for *values, geom in db.query(f"SELECT {columns}, {quote(GEOMETRY_COLUMN)} FROM service_point "
                                  f"WHERE {PUBLIC_FILTER} ORDER BY uuid"):
        row = dict(zip(O.POINT_FIELDS, values))
        point = blob_point(geom)
        if point is None:
            out.skipped.append(str(row["uuid"]))
            continue
        row["lon"], row["lat"] = _round(point[0]), _round(point[1])
        row["categories"] = []
        out.points.append(row)
    by_uuid = {p["uuid"]: p for p in out.points}
    service_columns = ", ".join(f"s.{quote(f)}" for f in O.SERVICE_FIELDS)
    for service_values in db.query(f"SELECT {service_columns} FROM service s JOIN service_point p "
                           f"ON p.uuid = s.service_point_uuid WHERE {_qualified('p')} "
                           "ORDER BY s.service_point_uuid, s.category, s.uuid"):
        service = dict(zip(O.SERVICE_FIELDS, service_values))
        owner = by_uuid.get(service["service_point_uuid"])
        if owner is None:
            continue
        out.services.append(service)
        if service["category"] not in owner["categories"]:
            owner["categories"].append(service["category"])
    for p in out.points:
        p["categories"] = ";".join(p["categories"])
        for name in ("languages", "eligibility"):
            p[name] = ";".join(codes_of(p[name])) if p[name] else None
    for s in out.services:
        s["eligibility"] = ";".join(codes_of(s["eligibility"])) if s["eligibility"] else None
    return out


def _qualified(alias: str) -> str:
    """:data:`PUBLIC_FILTER` on the columns of the table ``alias``."""
    text = PUBLIC_FILTER
    for column in ("publication_state", "operating_status"):
        text = text.replace(f'"{column}"', f'{alias}."{column}"')
    return text
