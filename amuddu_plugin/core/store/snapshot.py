"""What a copy carries between stores (:mod:`.copy`): every table's rows in one neutral
form (booleans, ISO dates, UTC date-times with milliseconds, geometries as WKB) and the
user's own saved styles."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

from ...definitions.model import Kind

#: The name of the saved styles that Amuddu writes (the others are the user's).
AMUDDU_STYLE = "Amuddu"


@dataclass
class Snapshot:
    """Everything copied: each table's rows as (fid, wkb, *values) in field order, and the
    user's own saved styles (table, name, qml, sld, default, description)."""

    rows: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    styles: list[tuple[Any, ...]] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.rows.items()}


def utc_text(value: _dt.datetime) -> str:
    """A date-time as the GeoPackage stores it: UTC, milliseconds, "Z"."""
    if value.tzinfo is not None:
        value = value.astimezone(_dt.timezone.utc)
    return value.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def neutral(kind: Kind, value: Any) -> Any:
    """A value read from either store, in the one form both are written from."""
    if value is None:
        return None
    if kind is Kind.BOOLEAN:
        return bool(value)
    if kind is Kind.DATE:
        return value.isoformat() if isinstance(value, _dt.date) else str(value)[:10]
    if kind is Kind.DATETIME:
        if isinstance(value, _dt.datetime):
            return utc_text(value)
        text = str(value)
        try:
            return utc_text(_dt.datetime.fromisoformat(text.replace("Z", "+00:00")))
        except ValueError:
            return text
    if kind is Kind.UUID:
        return str(value)
    if isinstance(value, memoryview):
        return bytes(value)
    return value
