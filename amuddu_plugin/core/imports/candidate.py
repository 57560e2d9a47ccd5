"""A candidate service point: one row of the file once parsed (see importer.py, stage 2)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .common import Problem


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
    #: The point's own id and its whole services (uuid, category, ...), when the source
    #: gives them (the HSDS import); else a new id and one new service per category.
    uuid: str | None = None
    services: list[dict[str, Any]] | None = None

    @property
    def external_id(self) -> str | None:
        return self.values.get("external_id")

    @property
    def display_name(self) -> str:
        return str(self.values.get("name_fr") or self.values.get("name_ar") or "")
