"""What the web map data's stages share: the format, the public fields, warnings, raw JSON."""

from __future__ import annotations

import json
from typing import Any

from ...definitions.formats import PUBLIC_STATUSES

CTX = "WebMap"

FORMAT = "amuddu-webmap"
FORMAT_VERSION = 1
#: Coordinates are stored as integers of 1e-5 degree: about 1.1 m of latitude.
COORDINATE_SCALE = 100_000

#: Operating statuses that are exported (what the public sees: definitions.formats).
EXPORTED_STATUSES: tuple[str, ...] = PUBLIC_STATUSES

#: Fields of a service point that the public map shows (an allow-list, see the module doc).
PUBLIC_POINT_FIELDS: tuple[str, ...] = (
    "uuid", "institution", "facility_type", "name_fr", "name_ar", "name_en", "address_fr",
    "address_ar", "town", "province_code", "region_code", "phone", "email", "website",
    "opening_hours", "languages", "eligibility", "wheelchair", "operating_status",
    "last_verified_on",
)
#: Fields of a service (what a point offers) that the public map shows.
PUBLIC_SERVICE_FIELDS: tuple[str, ...] = (
    "category", "description_fr", "description_ar", "description_en", "eligibility", "fees_fr",
    "fees_ar", "fees_en", "how_to_apply_fr", "how_to_apply_ar", "how_to_apply_en", "min_age", "max_age",
)
MAX_WARNINGS_SHOWN = 50


class Warnings:
    """Problems found in the rows, each naming the row and field; the export goes on."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def add(self, message: str) -> None:
        self.messages.append(message)

    def __len__(self) -> int:
        return len(self.messages)


class RawJSON:
    """JSON text (UTF-8) that the page takes as it is: the big columns, written by SQLite or
    by the column encoders here, are not turned into Python objects and back
    (``webmap.script_json`` splices them into the document)."""

    __slots__ = ("data", "plain")

    def __init__(self, data: bytes, plain: bool = False) -> None:
        self.data = data
        self.plain = plain  # known to hold no "<", U+2028 or U+2029 (see webmap.script_json)


_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def json_bytes(value: Any) -> bytes:
    """``value`` as compact UTF-8 JSON."""
    return _JSON.encode(value).encode("utf-8")
