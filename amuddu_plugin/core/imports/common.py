"""What every stage of the import shares: its constants, results, helpers and the
vocabularies read from the database."""

from __future__ import annotations

import datetime as _dt
import os
import re
from dataclasses import dataclass, field
from typing import Any

from ...definitions.formats import same_codes
from ...definitions.model import CHOICE_LABELS, SERVICE_POINT, Field, Kind
from ...definitions.vocabularies import split_synonyms
from ...toolbelt.i18n import tr, ui_language
from ..store.database import (
    StoreError,
    now_iso,
)
from ..values.normalise import (
    fold,
)
from .categories import CategoryMatcher
from .mapping import (
    importable_fields,
    target,
)

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
    column_reasons: dict[str, str] = field(default_factory=dict)  # column -> how it was read
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
    return now_iso()


def _same(kind: Kind, old: Any, new: Any) -> bool:
    if old == new:
        return True
    if kind is Kind.CODES:  # {ar,fr} and {"fr","ar"} (as a QGIS form writes it) are the same
        return same_codes(old, new)
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
    category_matcher: CategoryMatcher = field(default_factory=CategoryMatcher)

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
        for code, institution, synonyms, *labels in con.execute(
            "SELECT code, institution, synonyms, label_fr, label_ar, label_en FROM facility_type "
            "ORDER BY sort_order, code"
        ):
            for name in (code, *labels, *split_synonyms(synonyms)):
                if name:
                    v.facility_types.setdefault(fold(name), code)
            v.facility_by_institution.setdefault(institution, []).append(
                (code, fold(labels[0] or code))
            )
            if institution:
                v.facility_institution[code] = institution
        for code, institutions, synonyms, *labels in con.execute(
            "SELECT code, institutions, synonyms, label_fr, label_ar, label_en FROM service_category"
        ):
            for name in (code, *labels):
                if name:
                    v.categories.setdefault(fold(name), code)
            v.category_institutions[code] = {i.strip() for i in (institutions or "").split(",") if i.strip()}
            v.category_matcher.add(code, tuple(labels), synonyms, v.category_institutions[code])
        for f in importable_fields():
            if f.kind is Kind.CODES and f.vocabulary:
                index: dict[str, str] = {}
                for code, synonyms, *labels in con.execute(
                    f'SELECT code, synonyms, label_fr, label_ar, label_en FROM "{f.vocabulary}"'
                ):
                    for name in (code, *labels, *split_synonyms(synonyms)):
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


def _label(key: str) -> str:
    """The label of a mapping target in the interface's language."""
    try:
        return target(key).label.get(ui_language())
    except KeyError:
        return key
