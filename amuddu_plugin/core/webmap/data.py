"""The data of the web map: published service points in a compact, columnar JSON.

What is exported, and how, is derived from the model (:mod:`..definitions.model`):

- only the fields named in :data:`PUBLIC_POINT_FIELDS` and :data:`PUBLIC_SERVICE_FIELDS`
  leave QGIS (an allow-list: a field added to the model later stays private until it is
  named here); internal ones (notes, source, who verified, publication state...) never do;
- only published service points that are active or temporarily closed are exported;
- field labels, choice labels and vocabulary labels are written once, in the exported
  languages, and every row refers to them by index.

The format (``"format": "amuddu-webmap"``, version 1) is columnar: one array per field, one
entry per point, points sorted by name in the default language (then by fid). Text goes
through one shared string table (index 0 is the empty string, meaning "none"), written
front-coded (sorted; each string as the length of the prefix it shares with the previous one
and the rest), so that a repeated address, website or hours is written once. The texts of
each point (names, addresses, phone, e-mail) are columns of their own (``COLUMN_CODING``):
``plain``, ``front`` (each value as the length of the start it shares with the previous one,
and the rest: names sorted alike share their first words) or ``back`` (the end it shares, and
the rest: addresses of the same district and town); shared lengths count UTF-16 code units,
as JavaScript does. A service refers to a shared "detail" (its descriptions, eligibility, fees
and ages), since most services of a category say the same. Coordinates are integers in units
of 1e-5 degree (about 1 m) from an origin. The web app (``webapp/src/data.js``) decodes it;
``tests/web/decode.py`` does in Python.

How it is made fast (100,000 points and 215,000 services in about a second and a half, half
of what QGIS's GeoJSON writer takes for the points alone; see bench/bench_webmap.py):

- SQLite does the row-by-row work, on a thread of its own (:class:`_Reader`: it releases
  Python's GIL) while Python sorts the points, codes the texts or QGIS draws the basemap: one
  pass over each table writes the big columns as JSON arrays or lists of numbers, finds each
  code's position in its vocabulary, and each row's key among the distinct values of a field;
- Python never holds a Python object per row and field: it sorts the names (the one thing
  SQLite cannot do as the page does), then works on whole columns with numpy, the texts as the
  bytes of SQLite's JSON (:class:`_JsonStrings` cleans them and front- or back-codes them),
  and sees each distinct value (towns, hours, code sets, websites, service details) once;
- the document is written with those JSON arrays spliced in, not encoded again
  (:class:`RawJSON`, ``webmap.script_json``).

Nothing here imports QGIS: it reads the GeoPackage with :mod:`sqlite3` and needs numpy (which
QGIS ships). Several phone numbers or e-mail addresses in one field are separated by ``;``.
"""

from __future__ import annotations

import base64
import binascii
import concurrent.futures
import hashlib
import itertools
import json
import math
import operator
import re
import sqlite3
import struct
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from ...definitions.model import (
    CHOICE_LABELS,
    LANGUAGES,
    OPERATING_STATUS,
    PUBLICATION_STATE,
    SERVICE,
    SERVICE_POINT,
    WHEELCHAIR,
    Kind,
    Label,
    Table,
    table,
)
from ...toolbelt.i18n import tr
from ..store.database import Database, StoreError
from ..store.gpkg import readonly_uri
from ..store.schema import GEOMETRY_COLUMN, quote
from ..values.opening_hours import OpeningHoursError
from ..values.opening_hours import parse as parse_opening_hours

CTX = "WebMap"

FORMAT = "amuddu-webmap"
FORMAT_VERSION = 1
#: Coordinates are stored as integers of 1e-5 degree: about 1.1 m of latitude.
COORDINATE_SCALE = 100_000

#: Publication state and operating statuses that are exported; the others never leave QGIS.
PUBLISHED = "published"
EXPORTED_STATUSES: tuple[str, ...] = tuple(s for s in OPERATING_STATUS if s != "closed")
assert PUBLISHED in PUBLICATION_STATE

#: Fields of a service point that the public map shows (an allow-list, see the module doc).
PUBLIC_POINT_FIELDS: tuple[str, ...] = (
    "uuid", "institution", "facility_type", "name_fr", "name_ar", "name_en", "address_fr",
    "address_ar", "town", "province_code", "region_code", "phone", "email", "website",
    "opening_hours", "languages", "eligibility", "wheelchair", "operating_status",
    "last_verified_on",
)
#: Fields of a service (what a point offers) that the public map shows.
PUBLIC_SERVICE_FIELDS: tuple[str, ...] = (
    "category", "description_fr", "description_ar", "description_en", "eligibility", "fees",
    "how_to_apply_fr", "how_to_apply_ar", "how_to_apply_en", "min_age", "max_age",
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


# --------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------
_EMAIL = re.compile(r"^[^@\s<>\"'(),;:\\]+@[^@\s<>\"'(),;:\\]+\.[^@\s<>\"'(),;:\\]+$")
_DOMAIN_LIKE = re.compile(r"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(/\S*)?$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_PHONE_OK = re.compile(r"^\+?[0-9 ().-]{6,}$")  # one number that can be dialled (the usual case)
DEFAULT_COLOUR = "#595959"


def clean_text(value: Any) -> str:
    """A text value as the page shows it: stripped, without control characters."""
    if value is None:
        return ""
    text = value if type(value) is str else str(value)
    if not text.isprintable():  # rare: a control character, a line break, a bidi mark...
        text = _CONTROL.sub("", text)
    return text.strip()


def web_url(value: str) -> str | None:
    """``value`` as an http(s) address, or None when it is not one (``javascript:``...).

    A bare domain (``www.anapec.org``) gets ``https://``."""
    text = value.strip()
    if not text:
        return None
    if "://" not in text and _DOMAIN_LIKE.match(text):
        text = "https://" + text
    if any(c.isspace() for c in text) or _CONTROL.search(text) or "\\" in text:
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return text


def email_address(value: str) -> str | None:
    text = value.strip()
    return text if _EMAIL.match(text) else None


def split_values(text: str) -> list[str]:
    """Several phone numbers or e-mail addresses in one field, as the import writes them
    (``"+212537000000; +212661000000"``)."""
    return [part.strip() for part in re.split(r"[;\n]", text or "") if part.strip()]


def phone_digits(value: str) -> str:
    """What a ``tel:`` link dials: a leading + and the digits (the app derives the same)."""
    text = value.strip()
    digits = re.sub(r"\D", "", text)
    return ("+" if text.startswith("+") else "") + digits


def codes_of(value: Any) -> list[str]:
    """The codes of a multi-valued field, as QGIS stores them: ``{A,B}`` (also ``A,B``)."""
    if value is None:
        return []
    text = str(value).strip().strip("{}")
    return [c.strip().strip('"') for c in text.split(",") if c.strip().strip('"')]


_UUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")


def public_id(value: str) -> str:
    """The 22-character identifier of a service point in the page and its links: the UUID's
    16 bytes in URL-safe base64 (stable across exports)."""
    text = str(value)
    if _UUID.match(text):
        raw = bytes.fromhex(text.replace("-", ""))
    else:
        raw = hashlib.sha1(text.encode("utf-8")).digest()[:16]
    return base64.urlsafe_b64encode(raw).decode("ascii")[:22]


def public_ids(uuids: Sequence[str]) -> str:
    """:func:`public_id` of every UUID, concatenated (22 characters each); in one pass over
    all of them when they are all UUIDs (the usual case)."""
    joined = "".join(uuids)
    if len(joined) == 36 * len(uuids) and joined.isascii():
        fast = _public_ids(joined.encode("ascii"))
        if fast is not None:
            return fast
    return "".join(public_id(u) for u in uuids)


def _public_ids(joined: bytes) -> str | None:
    """public_ids() of UUIDs given one after the other (36 ASCII characters each); None if one
    of them is not written as a UUID."""
    import numpy as np

    rows = np.frombuffer(joined, np.uint8).reshape(-1, 36)
    dashes = [8, 13, 18, 23]
    if not (rows[:, dashes] == 0x2D).all():
        return None
    try:
        raw = np.frombuffer(binascii.unhexlify(np.delete(rows, dashes, axis=1).tobytes()), np.uint8)
    except binascii.Error:
        return None
    # 16 bytes and 2 of padding make 24 base64 characters: the first 22 are the id.
    padded = np.zeros((len(rows), 18), np.uint8)
    padded[:, :16] = raw.reshape(-1, 16)
    encoded = np.frombuffer(base64.urlsafe_b64encode(padded.tobytes()), np.uint8).reshape(-1, 24)
    return encoded[:, :22].tobytes().decode("ascii")


def public_label(label: Label) -> dict[str, str]:
    """A field label as the public sees it: the model's label without its trailing
    parenthesis ("Adresse (FR)" -> "Adresse", "Horaires (syntaxe OSM)" -> "Horaires")."""
    return {
        lang: re.sub(r"\s*\([^()]*\)\s*$", "", label.get(lang)) for lang in LANGUAGES
    }


# --------------------------------------------------------------------------------------------
# Opening hours: read by core/values/opening_hours.py (the subset the editing forms accept)
# --------------------------------------------------------------------------------------------
def weekly_hours(text: str) -> tuple[list[list[int]] | None, str]:
    """The week of an ``opening_hours`` value as 7 lists (Monday first) of flattened
    ``[start, end, ...]`` minutes, and "" ; or None and the reason it cannot be read."""
    try:
        hours = parse_opening_hours(text)
    except OpeningHoursError as err:
        return None, str(err)
    return [[m for span in hours.spans_on(day) for m in (span.start, span.end)] for day in range(7)], ""


# --------------------------------------------------------------------------------------------
# Geometry: a GeoPackage point blob read without GDAL (fast, and enough for points)
# --------------------------------------------------------------------------------------------
_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def gpkg_wkb(blob: bytes) -> bytes | None:
    """The WKB inside a GeoPackage geometry blob; None for an empty geometry."""
    if blob is None or len(blob) < 8 or blob[:2] != b"GP":
        raise ValueError("not a GeoPackage geometry")
    flags = blob[3]
    if flags & 0x10:
        return None
    envelope = _ENVELOPE_BYTES.get((flags >> 1) & 0x07)
    if envelope is None:
        raise ValueError("unknown GeoPackage envelope")
    return bytes(blob[8 + envelope:])


def point_xy(blob: bytes) -> tuple[float, float] | None:
    """(x, y) of a GeoPackage Point (or the first point of a MultiPoint); None if empty."""
    wkb = gpkg_wkb(blob)
    if wkb is None:
        return None
    offset = 0
    for _ in range(2):  # a Point, or a MultiPoint holding it
        order = "<" if wkb[offset] == 1 else ">"
        (code,) = struct.unpack_from(order + "I", wkb, offset + 1)
        kind = (code & 0x0FFFFFFF) % 1000
        if kind == 1:
            x, y = struct.unpack_from(order + "dd", wkb, offset + 5)
            if math.isnan(x) or math.isnan(y):
                return None
            return x, y
        if kind == 4:
            (count,) = struct.unpack_from(order + "I", wkb, offset + 5)
            if count == 0:
                return None
            offset += 9
            continue
        break
    raise ValueError("not a point geometry")


# --------------------------------------------------------------------------------------------
# Shared tables and coded columns
# --------------------------------------------------------------------------------------------
#: How each text column of the points is written (see the module doc).
COLUMN_CODING = {"name": "front", "address": "back", "phone": "plain", "email": "plain"}


class StringTable:
    """Shared strings: each distinct text is stored once; 0 stands for "none".

    Written front-coded (:meth:`front_coded`): sorted, each string as the length of the
    prefix it shares with the previous one and the rest, which makes the many names and
    addresses that differ by their last words small."""

    def __init__(self) -> None:
        self.items: list[str] = [""]
        self.index: dict[str, int] = {"": 0}

    def add(self, value: str | None) -> int:
        if not value:
            return 0
        found = self.index.get(value)
        if found is None:
            found = self.index[value] = len(self.items)
            self.items.append(value)
        return found

    def front_coded(self) -> tuple[dict[str, list[Any]], list[int]]:
        """``({"prefix": [...], "suffix": [...]}, new_index_of_old_index)``. Prefix lengths
        count UTF-16 code units, as JavaScript strings do."""
        order = sorted(range(1, len(self.items)), key=self.items.__getitem__)
        remap = [0] * len(self.items)
        prefixes, suffixes = [0], [""]
        previous = ""
        for new, old in enumerate(order, start=1):
            remap[old] = new
            text = self.items[old]
            # the longest shared prefix, by bisection (slice comparisons run in C)
            low, high = 0, min(len(text), len(previous))
            while low < high:
                middle = (low + high + 1) // 2
                if text[:middle] == previous[:middle]:
                    low = middle
                else:
                    high = middle - 1
            n = low
            shared = text[:n]
            units = n if shared.isascii() else len(shared.encode("utf-16-le")) // 2
            prefixes.append(units)
            suffixes.append(text[n:])
            previous = text
        return {"prefix": prefixes, "suffix": suffixes}, remap


class Interner:
    """Distinct values of some kind (code sets, opening hours...), referred to by index."""

    def __init__(self) -> None:
        self.items: list[Any] = []
        self.index: dict[Any, int] = {}

    def add(self, key: Any, value: Any) -> int:
        found = self.index.get(key)
        if found is None:
            found = self.index[key] = len(self.items)
            self.items.append(value)
        return found


def _by_language(t: Table, languages: Sequence[str], names: Iterable[str]) -> dict[str, dict[str, str]]:
    """``{stem: {lang: column}}`` for the trilingual fields among ``names``."""
    out: dict[str, dict[str, str]] = {}
    for name in names:
        f = t.field(name)
        if f.language:
            stem = name[: -len(f.language) - 1]
            if f.language in languages:
                out.setdefault(stem, {})[f.language] = name
            else:
                out.setdefault(stem, {})
    return out


@dataclass
class Vocabulary:
    codes: list[str]
    entries: list[dict[str, Any]]

    def position(self) -> dict[str, int]:
        return {code: i for i, code in enumerate(self.codes)}


@dataclass
class DataExport:
    """The encoded data and what the export met on the way."""

    payload: dict[str, Any]
    points: int
    services: int
    skipped: int
    warnings: Warnings
    bounds: tuple[float, float, float, float] | None = None
    hours_unknown: int = 0


def _labels(label_source: Any, languages: Sequence[str], columns: dict[str, str]) -> dict[str, str]:
    out = {}
    for lang in languages:
        column = columns.get(lang)
        value = clean_text(label_source.get(column)) if column else ""
        if value:
            out[lang] = value
    return out


Rows = list[tuple[Any, ...]]
Query = Callable[[str], Rows]


def read_vocabulary(query: Query, name: str, languages: Sequence[str],
                    extra: Sequence[str] = ()) -> Vocabulary:
    """A vocabulary table's rows as ``{"code", "label": {lang: text}, ...extra}``, in order."""
    t = table(name)
    label_columns = {f.language: f.name for f in t.fields
                     if f.language and f.name.startswith(("label_", "name_"))}
    columns = ["code", *label_columns.values(), *extra]
    order = "sort_order, code" if "sort_order" in t.field_names else "code"
    rows = query(f"SELECT {', '.join(quote(c) for c in columns)} FROM {quote(t.name)} ORDER BY {order}")
    codes, entries = [], []
    for row in rows:
        record = dict(zip(columns, row))
        code = clean_text(record["code"])
        entry: dict[str, Any] = {"code": code, "label": _labels(record, languages, label_columns)}
        for column in extra:
            entry[column] = record[column]
        codes.append(code)
        entries.append(entry)
    return Vocabulary(codes, entries)


def _places(query: Query, name: str, languages: Sequence[str], extra: Sequence[str]) -> Vocabulary:
    t = table(name)
    names = {f.language: f.name for f in t.fields if f.language}
    columns = ["code", *names.values(), *extra]
    rows = query(f"SELECT {', '.join(quote(c) for c in columns)} FROM {quote(t.name)} "
                 "WHERE code IS NOT NULL ORDER BY code")
    codes, entries = [], []
    for row in rows:
        record = dict(zip(columns, row))
        entry: dict[str, Any] = {"code": str(record["code"]), "label": _labels(record, languages, names)}
        for column in extra:
            entry[column] = record[column]
        codes.append(entry["code"])
        entries.append(entry)
    return Vocabulary(codes, entries)


def _town_names(query: Query) -> dict[str, str]:
    """Arabic names of the towns of the gazetteer, by French name (a service point's town
    is free text; when it names a gazetteer town, the page shows and finds it in Arabic too)."""
    out: dict[str, str] = {}
    for name_fr, name_ar in query(
        "SELECT name_fr, name_ar FROM town WHERE name_ar IS NOT NULL ORDER BY population DESC"
    ):
        out.setdefault(clean_text(name_fr), clean_text(name_ar))
    return out


_NFKD = partial(unicodedata.normalize, "NFKD")


def sort_key(text: str) -> str:
    """How names are sorted: case ignored, accented letters with their base letter ("École"
    among the e's). Cheaper than fold() on 100,000 names; the page sorts the other
    languages itself."""
    return unicodedata.normalize("NFKD", text.casefold())


#: A fid, looked up only when a warning needs it.
Fid = Callable[[], Any]


class _Encoder:
    """Encodes the distinct values of one export; one instance per export (it holds the caches)."""

    def __init__(self, languages: Sequence[str], warnings: Warnings):
        self.languages = languages
        self.warnings = warnings
        self.strings = StringTable()
        self.code_sets = Interner()
        self.hours = Interner()
        self.towns = Interner()
        self.details = Interner()
        self._websites: dict[str, str] = {}
        self._sets: dict[tuple[str, Any], int] = {}

    def text(self, value: Any) -> int:
        if not value:
            return 0
        return self.strings.add(clean_text(value))

    def code_set(self, what: str, value: Any, positions: dict[str, int], fid: Fid) -> int:
        key = (what, value)
        found = self._sets.get(key)
        if found is not None:
            return found
        known = []
        for code in codes_of(value):
            if code in positions:
                known.append(positions[code])
            else:
                self.warnings.add(tr(CTX, "%1 fid %2: the unknown code %3 is left out.", what, fid(), code))
        members = sorted(set(known))
        found = self.code_sets.add((what, tuple(members)), members) if members else -1
        self._sets[key] = found
        return found

    def website(self, value: Any, fid: Fid) -> int:
        text = clean_text(value)
        if not text:
            return 0
        url = self._websites.get(text)
        if url is None:
            url = self._websites[text] = web_url(text) or ""
        if not url:
            self.warnings.add(tr(CTX, "service_point fid %1: the website %2 is not an http(s) address; "
                                      "it is left out.", fid(), text))
        return self.strings.add(url)

    def opening_hours(self, value: Any, fid: Fid) -> int:
        text = clean_text(value)
        if not text:
            return -1
        found = self.hours.index.get(text)
        if found is None:
            week, reason = weekly_hours(text)
            if week is None:
                self.warnings.add(tr(CTX, "service_point fid %1: the opening hours %2 cannot be read "
                                          "(%3); they are shown as written, and 'open now' leaves this "
                                          "service out.", fid(), text, reason))
            found = self.hours.add(text, {"text": text, "week": week})
        return found

    def contacts(self, fid: Any, phone: Any, email: Any) -> tuple[str, str]:
        phone_text = clean_text(phone)
        for number in () if _PHONE_OK.match(phone_text) else split_values(phone_text):
            if len(phone_digits(number).lstrip("+")) < 6:
                self.warnings.add(tr(CTX, "service_point fid %1: the phone number %2 has too few digits "
                                          "to be dialled; it is shown without a link.", fid, number))
        emails = []
        for address in split_values(clean_text(email)):
            if email_address(address):
                emails.append(address)
            else:
                self.warnings.add(tr(CTX, "service_point fid %1: %2 is not an e-mail address; it is left "
                                          "out.", fid, address))
        return phone_text, "; ".join(emails)


def _detail(enc: _Encoder, service_text: dict[str, dict[str, str]], fields: list[str], fid: Any,
            values: Sequence[Any], eligibility_pos: dict[str, int]) -> dict[str, Any]:
    """The shared part of a service: texts by language, fees, eligibility, ages."""
    value = dict(zip(fields, (v.decode("utf-8", "replace") if isinstance(v, bytes) else v for v in values)))
    detail: dict[str, Any] = {stem: {lang: enc.text(value[column]) for lang, column in by_lang.items()
                                     if value[column]}
                              for stem, by_lang in service_text.items()}
    detail["fees"] = enc.text(value["fees"])
    detail["eligibility"] = (enc.code_set("eligibility", value["eligibility"], eligibility_pos, lambda: fid)
                             if value["eligibility"] else -1)
    for age in ("min_age", "max_age"):
        number = value[age]
        detail[age] = int(number) if isinstance(number, (int, float)) and number >= 0 else -1
    return detail


# --------------------------------------------------------------------------------------------
# Reading: SQL on a thread of its own
# --------------------------------------------------------------------------------------------
_T = TypeVar("_T")


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


#: The rows that are exported.
_EXPORTED = (f"publication_state = {_lit(PUBLISHED)} AND operating_status IN "
             f"({', '.join(_lit(s) for s in EXPORTED_STATUSES)})")
#: What Python's str.strip() removes, for SQLite's trim().
_WHITESPACE = "".join(c for c in map(chr, range(0x3001)) if c.isspace())


def _plain_point(g: str) -> str:
    """Whether the GeoPackage blob ``g`` holds a little-endian 2D point without envelope (what
    GDAL and QGIS write): then its x and y are the 16 bytes from the 14th. Other blobs are read
    by point_xy."""
    return (f"(length({g}) = 29 AND substr({g}, 1, 4) IN (X'47500000', X'47500001') "
            f"AND substr({g}, 9, 5) = X'0101000000')")


_NOT_PLAIN = "Z" * 32  # in the hexadecimal coordinates, for a blob read apart


def _position_sql(q: str, codes: Sequence[str], unknown: int) -> str:
    """The position of the code ``q`` (an SQL expression) among ``codes``: -1 when empty,
    ``unknown`` when it is not one of them."""
    def search(items: list[tuple[str, int]]) -> str:  # a few comparisons for a long list
        if len(items) > 6:
            middle = len(items) // 2
            return (f"CASE WHEN {q} < {_lit(items[middle][0])} THEN {search(items[:middle])} "
                    f"ELSE {search(items[middle:])} END")
        whens = " ".join(f"WHEN {_lit(code)} THEN {k}" for code, k in items)
        return f"CASE {q} {whens} ELSE {unknown} END"

    position = {code: k for k, code in reversed(list(enumerate(codes)))}  # the first of equal codes
    known = search(sorted(position.items())) if codes else str(unknown)
    return f"CASE WHEN {q} IS NULL OR {q} = '' THEN -1 ELSE {known} END"


def _decode_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _fetch(con: sqlite3.Connection, sql: str, params: Any = ()) -> Rows:
    return con.execute(sql, params).fetchall()


class _Reader:
    """Runs the queries of one export on a thread of its own, with one read-only connection
    and in one read transaction: successive queries see the same state of the database, and
    SQLite (which releases Python's GIL) reads while Python encodes or QGIS draws the basemap."""

    def __init__(self, path: Path) -> None:
        self._uri = readonly_uri(path)
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="amuddu-webmap")
        self._con: sqlite3.Connection | None = None
        self._futures: list[concurrent.futures.Future[Any]] = []

    def submit(self, task: Callable[[sqlite3.Connection], _T]) -> concurrent.futures.Future[_T]:
        future = self._pool.submit(self._run, task)
        self._futures.append(future)
        return future

    def _run(self, task: Callable[[sqlite3.Connection], _T]) -> _T:
        if self._con is None:
            con = sqlite3.connect(self._uri, uri=True, isolation_level=None)
            con.text_factory = _decode_text
            con.execute("PRAGMA temp_store = MEMORY")
            con.execute("PRAGMA mmap_size = 268435456")
            con.execute("BEGIN")
            self._con = con
        return task(self._con)

    @staticmethod
    def wait(future: concurrent.futures.Future[_T], check_cancel: Callable[[], None]) -> _T:
        while True:
            try:
                return future.result(timeout=0.05)
            except concurrent.futures.TimeoutError:
                check_cancel()

    def close(self, interrupt: bool) -> None:
        """Ends the transaction and the thread; ``interrupt`` stops the queries still to run."""
        if interrupt:
            for future in self._futures:
                future.cancel()
            con = self._con
            if con is not None:
                con.interrupt()
        self._pool.submit(self._disconnect)
        self._pool.shutdown(wait=True)

    def _disconnect(self) -> None:
        con, self._con = self._con, None
        if con is not None:
            try:
                con.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            con.close()


#: Point fields whose distinct values are encoded in Python (read in fid order, while the points
#: are sorted).
_CACHED_FIELDS = ("town", "website", "opening_hours", "languages", "eligibility", "last_verified_on")
#: Point fields holding a code of a vocabulary: its position is found by SQLite (read in fid order).
#: {column of the page: (field, vocabulary, what a warning calls an unknown code, or "")}
_CODE_FIELDS = {
    "institution": ("institution", "institution", "institution"),
    "facility_type": ("facility_type", "facility_type", "facility type"),
    "province": ("province_code", "province", "province"),
    "region": ("region_code", "region", "region"),
    "wheelchair": ("wheelchair", "", ""),
    "status": ("operating_status", "", ""),
}


@dataclass
class _Head:
    """The vocabularies and, for every exported row in fid order, what places and sorts it."""

    vocab: dict[str, Vocabulary]
    town_names: dict[str, str]
    count: int
    fids: str  # "1,2,..."
    uuids: str | list[str]  # one after the other when all are 36 characters long (as they should)
    sort_names: str  # JSON: "0" + name in the default language, or "1" + another name
    xy: str  # hexadecimal little-endian doubles, 32 digits a row (_NOT_PLAIN for the others)
    other_blobs: str  # "fid:hex,..." of the rows not in _plain_point() form


def _read_head(con: sqlite3.Connection, languages: Sequence[str], sort_language: str) -> _Head:
    query: Query = partial(_fetch, con)
    vocab = {
        "institution": read_vocabulary(query, "institution", languages,
                                       ("acronym", "colour", "icon", "website")),
        "category": read_vocabulary(query, "service_category", languages),
        "facility_type": read_vocabulary(query, "facility_type", languages, ("institution",)),
        "eligibility": read_vocabulary(query, "eligibility", languages),
        "language": read_vocabulary(query, "language", languages),
        "region": _places(query, "region", languages, ()),
        "province": _places(query, "province", languages, ("region_code",)),
    }
    town_names = _town_names(query) if "ar" in languages else {}
    own = quote(f"name_{sort_language}")
    sort_name = (f"CASE WHEN {own} <> '' THEN '0' || trim(CAST({own} AS TEXT), :ws) ELSE '1' || "
                 "trim(CAST(coalesce(nullif(name_fr, ''), nullif(name_en, ''), '') AS TEXT), :ws) END")
    (row,) = _fetch(con, (
        "SELECT count(*), group_concat(fid), group_concat(uid, ''), json_group_array(sort_name), "
        "group_concat(CASE WHEN plain THEN hex(substr(g, 14, 16)) ELSE :other END, ''), "
        "group_concat(CASE WHEN plain THEN NULL ELSE fid || ':' || ifnull(hex(g), '') END) "
        f"FROM (SELECT fid, ifnull(CAST(uuid AS TEXT), '') AS uid, {sort_name} AS sort_name, "
        f"{quote(GEOMETRY_COLUMN)} AS g, {_plain_point(quote(GEOMETRY_COLUMN))} AS plain "
        f"FROM {quote(SERVICE_POINT.name)} WHERE {_EXPORTED} ORDER BY fid)"
    ), {"ws": _WHITESPACE, "other": _NOT_PLAIN})
    count, fids, uuids, sort_names, xy, other = row
    if len(uuids or "") != 36 * count:  # uuids of another length (the schema does not allow them)
        (found,) = _fetch(con, f"SELECT json_group_array(ifnull(CAST(uuid AS TEXT), '')) FROM "
                               f"(SELECT * FROM {quote(SERVICE_POINT.name)} WHERE {_EXPORTED} ORDER BY fid)")
        uuids = json.loads(found[0])
    return _Head(vocab, town_names, count, fids or "", uuids or "", sort_names, xy or "", other or "")


def _json_columns(con: sqlite3.Connection, columns: Sequence[str], value: Callable[[str], str],
                  extra: Sequence[str] = ()) -> list[Any]:
    """JSON arrays of the SQL expressions ``value(column)`` over the exported rows in fid order
    (a blob, that JSON cannot hold, is read as text), then of the ``extra`` expressions."""
    count = len(columns) + len(extra)
    sql = (f"SELECT {', '.join(f'json_group_array(c{k})' for k in range(count))} "
           f"FROM (SELECT {', '.join(f'{{}} AS c{k}' for k in range(count))} "
           f"FROM {quote(SERVICE_POINT.name)} WHERE {_EXPORTED} ORDER BY fid)")
    try:
        (row,) = _fetch(con, sql.format(*(value(quote(c)) for c in columns), *extra))
    except sqlite3.OperationalError as err:
        if "BLOB" not in str(err):
            raise
        (row,) = _fetch(con, sql.format(*(value(f"CASE WHEN typeof({quote(c)}) = 'blob' THEN "
                                                 f"CAST({quote(c)} AS TEXT) ELSE {quote(c)} END")
                                           for c in columns), *extra))
    return list(row)


def _read_cached(con: sqlite3.Connection) -> dict[str, tuple[str, Rows]]:
    """For each field of _CACHED_FIELDS, its distinct values ``[(key, value), ...]`` and the key
    of each exported row's value, in fid order ("1,1,2,..."): SQLite finds them (a temporary
    table of the distinct values of each field, indexed, joined to the rows), so that Python
    sees each value once."""
    points = quote(SERVICE_POINT.name)
    try:  # the distinct values of all the fields in one pass
        (found,) = _fetch(con, "SELECT " + ", ".join(f"json_group_array(DISTINCT {quote(c)})"
                                                     for c in _CACHED_FIELDS)
                          + f" FROM {points} WHERE {_EXPORTED}")
    except sqlite3.OperationalError as err:
        if "BLOB" not in str(err):  # a blob, that JSON cannot hold: the other way below
            raise
    else:
        def insert(k: int, column: str) -> None:  # with the field's type, for the comparisons
            con.execute(f"CREATE TEMP TABLE amuddu_values{k} AS SELECT {quote(column)} AS value "
                        f"FROM {points} WHERE 0")
            con.executemany(f"INSERT INTO temp.amuddu_values{k} (value) VALUES (?)",
                            [(value,) for value in json.loads(found[k])])

        read = _cached_keys(con, points, f"WHERE {_EXPORTED}", insert)
        if read is not None:
            return read
    # The safe way (a blob, or a value that JSON does not give back the same): a copy of the
    # fields, and their distinct values from it.
    con.execute("DROP TABLE IF EXISTS temp.amuddu_fields")
    con.execute(f"CREATE TEMP TABLE amuddu_fields AS SELECT fid, {', '.join(map(quote, _CACHED_FIELDS))} "
                f"FROM {points} WHERE {_EXPORTED}")

    def distinct(k: int, column: str) -> None:
        con.execute(f"CREATE TEMP TABLE amuddu_values{k} AS SELECT DISTINCT {quote(column)} AS value "
                    "FROM temp.amuddu_fields")

    read = _cached_keys(con, "temp.amuddu_fields", "", distinct)
    assert read is not None
    return read


def _cached_keys(con: sqlite3.Connection, source: str, where: str,
                 fill: Callable[[int, str], None]) -> dict[str, tuple[str, Rows]] | None:
    """_read_cached's result, from the rows of ``source`` (``where``...) and the tables of
    distinct values that ``fill(k, column)`` makes; None if a row finds no value there."""
    values: list[Rows] = []
    for k, column in enumerate(_CACHED_FIELDS):
        con.execute(f"DROP TABLE IF EXISTS temp.amuddu_values{k}")
        fill(k, column)
        con.execute(f"CREATE INDEX temp.amuddu_values{k}_value ON amuddu_values{k} (value)")
        values.append(_fetch(con, f"SELECT rowid, value FROM temp.amuddu_values{k}"))
    keys = ", ".join(f"v{k}.rowid AS k{k}" for k in range(len(_CACHED_FIELDS)))
    joins = " ".join(f"LEFT JOIN temp.amuddu_values{k} AS v{k} ON v{k}.value IS p.{quote(c)}"
                     for k, c in enumerate(_CACHED_FIELDS))
    aggregates = ", ".join(f"group_concat(k{k}), count(k{k})" for k in range(len(_CACHED_FIELDS)))
    (row,) = _fetch(con, f"SELECT count(*), {aggregates} FROM (SELECT {keys} FROM {source} AS p "
                         f"{joins} {where} ORDER BY p.fid)")
    count, *found = row
    if any(keyed != count for keyed in found[1::2]):
        return None
    return {name: (text or "", rows) for name, text, rows in zip(_CACHED_FIELDS, found[0::2], values)}


def _read_texts(con: sqlite3.Connection, columns: Sequence[str],
                vocab: dict[str, Vocabulary]) -> tuple[list[bytes], dict[str, str]]:
    """The text ``columns`` of the exported rows in fid order, as JSON arrays of strings ('' for
    NULL) written by SQLite (:class:`_JsonStrings` cleans and codes them); and for each of
    _CODE_FIELDS, the position of each row's code in its vocabulary ("[0,-1,...]": -1 for none,
    -2 for a code that is not in the vocabulary)."""
    choices = {"wheelchair": WHEELCHAIR, "operating_status": EXPORTED_STATUSES}
    positions = [_position_sql(quote(field), vocab[name].codes if name else choices[field],
                               -2 if what else -1) for field, name, what in _CODE_FIELDS.values()]
    con.text_factory = bytes
    try:
        arrays = _json_columns(con, columns, lambda column: f"ifnull({column}, '')", positions)
    finally:
        con.text_factory = _decode_text
    codes = arrays[len(columns):]
    return arrays[:len(columns)], {name: text.decode("ascii") for name, text in zip(_CODE_FIELDS, codes)}


@dataclass
class _ServiceRows:
    """Every service in fid order: its fid, its point's uuid, its category's position (-1:
    unknown) and its detail (a key of ``detail_rows``: its distinct descriptions, eligibility,
    fees and ages, see _detail)."""

    count: int
    fids: Any  # numpy arrays
    points: str | list[str]  # their point's uuids, one after the other (36 characters each)
    categories: Any
    details: Any
    detail_rows: dict[int, tuple[Any, ...]]


def _read_services(con: sqlite3.Connection, categories: Sequence[str],
                   detail_fields: Sequence[str]) -> _ServiceRows:
    """Most services of a category say the same: each category's "typical" detail (that of its
    first service) is compared with each service's in one pass; the distinct details of the
    other services are then found apart (a GROUP BY would sort all the texts of all the
    services). Typical details are keys > 0 of ``detail_rows``, the others keys < 0."""
    import numpy as np

    s = quote(SERVICE.name)
    fields = ", ".join(quote(c) for c in detail_fields)
    for name in ("amuddu_typical", "amuddu_other", "amuddu_detail"):
        con.execute(f"DROP TABLE IF EXISTS temp.{name}")
    con.execute(f"CREATE TEMP TABLE amuddu_typical AS SELECT s.category AS category, "
                f"{', '.join(f's.{quote(c)} AS {quote(c)}' for c in detail_fields)} FROM {s} AS s "
                f"JOIN (SELECT min(fid) AS fid FROM {s} GROUP BY category) AS m ON s.fid = m.fid")
    con.execute("CREATE INDEX temp.amuddu_typical_category ON amuddu_typical (category)")
    typical = " AND ".join(f"t.{quote(c)} IS s.{quote(c)}" for c in detail_fields)
    (row,) = _fetch(con, (
        "SELECT count(*), group_concat(fid), group_concat(point, ''), group_concat(category), "
        "group_concat(detail) "
        f"FROM (SELECT s.fid AS fid, ifnull(s.service_point_uuid, '') AS point, "
        f"{_position_sql('s.category', categories, -1)} AS category, "
        f"CASE WHEN {typical} THEN t.rowid ELSE 0 END AS detail "
        f"FROM {s} AS s JOIN temp.amuddu_typical AS t ON t.category IS s.category ORDER BY s.fid)"
    ))
    count, fids, points, categories_, detail = row
    details = {found[0]: tuple(found[1:])
               for found in _fetch(con, f"SELECT rowid, {fields} FROM temp.amuddu_typical")}
    service_fids, service_details = _ints(fids or ""), _ints(detail or "")
    other = service_fids[service_details == 0]
    if len(other):  # services with another detail than their category's typical one
        con.execute("CREATE TEMP TABLE amuddu_other (fid INTEGER PRIMARY KEY)")
        con.execute("INSERT INTO temp.amuddu_other SELECT value FROM json_each(?)",
                    (json.dumps(other.tolist()),))
        con.execute(f"CREATE TEMP TABLE amuddu_detail AS SELECT DISTINCT {fields} FROM {s} "
                    "WHERE fid IN (SELECT fid FROM temp.amuddu_other)")
        con.execute(f"CREATE INDEX temp.amuddu_detail_key ON amuddu_detail ({fields})")
        same = " AND ".join(f"d.{quote(c)} IS s.{quote(c)}" for c in detail_fields)
        (others,) = _fetch(con, (
            f"SELECT group_concat(fid), group_concat(detail) FROM (SELECT s.fid AS fid, -d.rowid AS detail "
            f"FROM temp.amuddu_other AS o JOIN {s} AS s ON s.fid = o.fid "
            f"JOIN temp.amuddu_detail AS d ON {same} ORDER BY s.fid)"))
        details.update({-found[0]: tuple(found[1:])
                        for found in _fetch(con, f"SELECT rowid, {fields} FROM temp.amuddu_detail")})
        service_details[np.searchsorted(service_fids, _ints(others[0] or ""))] = _ints(others[1] or "")
    uuids: str | list[str] = points or ""
    if len(uuids) != 36 * count:  # uuids of another length (the schema does not allow them)
        (found,) = _fetch(con, "SELECT json_group_array(CAST(service_point_uuid AS TEXT)) FROM "
                               f"(SELECT * FROM {s} ORDER BY fid)")
        uuids = json.loads(found[0])
    return _ServiceRows(count, service_fids, uuids, _ints(categories_ or ""), service_details, details)


# --------------------------------------------------------------------------------------------
# Columns of texts, as the JSON arrays SQLite writes, encoded with numpy
# --------------------------------------------------------------------------------------------
#: Bytes compared between a value and the previous one for front and back coding.
_WINDOW = 64
_EXTRA = 6  # bytes beyond the window looked at: the next character, an escape's backslash

#: First bytes of the UTF-8 of the Unicode white space that str.strip() removes (besides ASCII).
_SPACE_LEADS = (0xC2, 0xE1, 0xE2, 0xE3)
#: The bytes of a JSON array of phone numbers that _PHONE_OK accepts (with the array's own),
#: and of e-mail addresses that _EMAIL accepts (ASCII ones: the others are checked one by one).
_PHONE_BYTES = frozenset(b'0123456789 ().-+[]",')
_EMAIL_BYTES = frozenset(set(range(0x21, 0x7F)) - set(b"<>'();:\\"))


def _ints(text: str) -> Any:
    """``"1,-1,2"`` as a numpy array."""
    import numpy as np

    return np.fromstring(text, dtype=np.int64, sep=",") if text else np.zeros(0, np.int64)


def _ints_json(values: list[int]) -> bytes:
    """A JSON array of small integers (indexes), written faster than json does."""
    if not values:
        return b"[]"
    low, high = min(values), max(values)
    if low < -100 or high > 4 * len(values) + 100:
        return json_bytes(values)
    names = [str(k) for k in range(high + 1)] + [str(k) for k in range(min(low, 0), 0)]
    return ("[" + ",".join(map(names.__getitem__, values)) + "]").encode("ascii")


def _take(values: Sequence[_T], order: list[int]) -> list[_T]:
    """``values`` in the given order."""
    if len(order) < 2:
        return [values[k] for k in order]
    return list(operator.itemgetter(*order)(values))


class _JsonStrings:
    """A JSON array of ``n`` strings as SQLite writes it, in bytes, with the offsets where each
    string starts and stops; the strings cleaned as :func:`clean_text` cleans (the few strings
    that may need it are found with numpy and redone here)."""

    def __init__(self, data: bytes, n: int) -> None:
        import numpy as np

        self.np = np
        self.n = n
        if not data.isascii():
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:  # only a value written into the file by hand can do that
                data = data.decode("utf-8", "replace").encode("utf-8")
        self.data = data
        try:
            self._locate()
        except ValueError:  # a value that is not text (a number...): all of them through Python
            self.data = data = json_bytes([clean_text(v) for v in json.loads(data)])
            self._locate()
        patches = []
        for k in self._suspects():
            start, stop = int(self.starts[k]), int(self.stops[k])
            value = json.loads(b'"' + data[start:stop] + b'"')
            cleaned = clean_text(value)
            if cleaned != value:
                patches.append((start, stop, _JSON.encode(cleaned)[1:-1].encode("utf-8")))
        if patches:
            pieces, done = [], 0
            for start, stop, text in patches:
                pieces += [data[done:start], text]
                done = stop
            pieces.append(data[done:])
            self.data = b"".join(pieces)
            self._locate()

    def _locate(self) -> None:
        np = self.np
        self.buf = buf = np.frombuffer(self.data, np.uint8)
        # the few bytes that matter, in one pass: quotes, backslashes, DEL, astral characters
        special = np.flatnonzero((buf == 0x22) | (buf == 0x5C) | (buf == 0x7F) | (buf >= 0xF0)
                                 | (buf == 0x3C) | (buf == 0xE2))
        kinds = buf[special]
        # "<", or the start of U+2028 or U+2029 (E2 80 A8/A9): the page escapes them (script_json)
        separators = np.minimum(special[kinds == 0xE2], len(buf) - 3)
        self.plain = not (kinds == 0x3C).any() and not (
            (buf[separators + 1] == 0x80) & ((buf[separators + 2] | 1) == 0xA9)).any()
        quotes = special[kinds == 0x22]
        self.odd = special[(kinds == 0x5C) | (kinds == 0x7F)]  # in escapes and DEL
        self.escapes = bool((kinds == 0x5C).any())
        self.astral = bool((kinds >= 0xF0).any())
        if len(quotes) != 2 * self.n:  # quotes inside strings: those after an odd run of backslashes
            keep = np.ones(len(quotes), bool)
            for k in np.flatnonzero(buf[quotes - 1] == 0x5C).tolist():
                q = int(quotes[k])
                run = 0
                while buf[q - 1 - run] == 0x5C:
                    run += 1
                keep[k] = run % 2 == 0
            quotes = quotes[keep]
        if len(quotes) != 2 * self.n:
            raise ValueError("not a JSON array of strings")
        self.starts, self.stops = quotes[0::2] + 1, quotes[1::2]

    def _suspects(self) -> list[int]:
        """Strings that clean_text may change: with an escape (a control character, but also a
        quote), a DEL, or a first or last character that is or may be white space."""
        np, buf, starts, stops = self.np, self.buf, self.starts, self.stops
        if not self.n:
            return []
        marks = np.isin(buf[starts], _SPACE_LEADS) | (buf[starts] == 0x20) | (buf[stops - 1] == 0x20)
        marks |= (buf[stops - 2] == 0xC2) | np.isin(buf[stops - 3], _SPACE_LEADS[1:])
        if len(self.odd):
            marks[np.searchsorted(starts, self.odd, side="right") - 1] = True
        return np.flatnonzero(marks).tolist()

    def all_match(self, allowed: frozenset[int], check: Callable[[_JsonStrings], bool]) -> bool:
        """Whether the array holds only ``allowed`` bytes (and commas and brackets only between
        the strings), and passes ``check``."""
        np = self.np
        if not self.n:
            return True
        table = np.zeros(256, bool)
        table[list(allowed)] = True
        buf = self.buf
        return bool(table[buf].all() and int((buf == 0x2C).sum()) == self.n - 1
                    and int((buf == 0x5B).sum()) == 1 and int((buf == 0x5D).sum()) == 1 and check(self))

    def coded(self, coding: str, order: Any) -> RawJSON:
        """The strings in the given ``order`` (a numpy array of indexes), coded as ``coding``
        writes them (``{"coding", "shared", "text"}``)."""
        np = self.np
        starts, stops = self.starts[order], self.stops[order]
        pieces = [b'{"coding":"', coding.encode("ascii"), b'"']
        if coding != "plain":
            units = np.zeros(len(order), np.int64)
            if len(order) > 1:
                units, cut = self._shared(starts, stops, back=coding == "back")
                if coding == "back":
                    stops = stops - np.concatenate([[0], cut])
                else:
                    starts = starts + np.concatenate([[0], cut])
            pieces += [b',"shared":', _ints_json(units.tolist())]
        data = self.data
        strings = [data[start:stop] for start, stop in zip(starts.tolist(), stops.tolist())]
        pieces += [b',"text":["', b'","'.join(strings), b'"]}'] if strings else [b',"text":[]}']
        return RawJSON(b"".join(pieces), self.plain)

    def _shared(self, starts: Any, stops: Any, back: bool) -> tuple[Any, Any]:
        """For each string (given by its ``starts`` and ``stops``), what it shares with the
        previous one: its start (or end with ``back``), as UTF-16 code units and as bytes (the
        first string shares nothing). Never more than _WINDOW bytes, never a part of a
        character, an escape or a character outside the Basic Multilingual Plane (so that it
        counts the same in JavaScript)."""
        np, buf = self.np, self.buf
        w, width = _WINDOW, _WINDOW + _EXTRA
        pad = np.zeros(width, np.uint8)
        windows = np.lib.stride_tricks.sliding_window_view(np.concatenate([pad, buf, pad]), width)
        # each string's first bytes, or its last ones from the end
        rows = windows[stops][:, ::-1] if back else windows[starts + width]
        lengths = stops - starts
        current, previous = rows[1:], rows[:-1]
        same = current[:, :w + 1] == previous[:, :w + 1]
        same[:, w] = False
        cut = np.minimum(same.argmin(axis=1), np.minimum(lengths[1:], lengths[:-1]))
        if self.escapes:
            escape = rows == 0x5C
            first = np.where(escape.any(axis=1), escape.argmax(axis=1), width)
            if back:  # an escape ends up to 5 bytes after its backslash
                first = np.maximum(first - 5, 0)
            cut = np.minimum(cut, np.minimum(first[1:], first[:-1]))
        if self.astral:
            astral = current[:, :w] >= 0xF0
            cut = np.minimum(cut, np.where(astral.any(axis=1), astral.argmax(axis=1), w))
        index = np.arange(len(cut))
        for _ in range(3):  # back to the first byte of a character
            if back:
                inside = (cut > 0) & ((current[index, np.maximum(cut - 1, 0)] & 0xC0) == 0x80)
            else:
                inside = (current[index, cut] & 0xC0) == 0x80
            cut = cut - inside
        # UTF-16 units (characters, none astral) = bytes - continuation bytes, counted 8 at a time
        continuation = ((current[:, :w] & 0xC0) == 0x80) & (np.arange(w) < cut[:, None])
        words = np.ascontiguousarray(continuation).view(np.uint8).view(np.uint64)
        continued = ((words * np.uint64(0x0101010101010101)) >> np.uint64(56)).sum(axis=1)
        units = cut - continued.astype(np.int64)
        return np.concatenate([[0], units]), cut


# --------------------------------------------------------------------------------------------
# The encoder
# --------------------------------------------------------------------------------------------
class DataEncoder:
    """Encodes the data of one export of ``db``. Reading starts at once on a thread of its
    own, so that the caller can do other work meanwhile (webmap.py draws the basemap); then
    :meth:`encode`. Close it (or use it as a context manager) in any case."""

    def __init__(self, db: Database, languages: Sequence[str], sort_language: str) -> None:
        self.db = db
        self.languages = list(languages)
        self.sort_language = sort_language
        service_text = _by_language(SERVICE, self.languages, PUBLIC_SERVICE_FIELDS)
        self._service_text = service_text
        self._detail_fields = [column for by_lang in service_text.values() for column in by_lang.values()]
        self._detail_fields += ["fees", "eligibility", "min_age", "max_age"]
        # Everything is read at once, on the reader's thread, in the order encode() needs it:
        # what places and sorts the points (while QGIS draws the basemap), their texts (while
        # Python sorts), the distinct values of some fields (while Python codes the texts), the
        # services.
        self._reader = _Reader(db.path)
        self._head = self._reader.submit(partial(_read_head, languages=self.languages,
                                                 sort_language=sort_language))
        text_columns = _by_language(SERVICE_POINT, self.languages, PUBLIC_POINT_FIELDS)
        self._text_columns = text_columns
        self._text_names = [column for by_lang in text_columns.values() for column in by_lang.values()]
        self._text_names += ["phone", "email"]
        head = self._head  # read before the tasks below, on the same thread
        self._texts = self._reader.submit(lambda con: _read_texts(con, self._text_names, head.result().vocab))
        self._cached = self._reader.submit(_read_cached)
        self._services = self._reader.submit(lambda con: _read_services(
            con, head.result().vocab["category"].codes, self._detail_fields))

    def __enter__(self) -> DataEncoder:
        return self

    def __exit__(self, kind: Any, *_: Any) -> None:
        self.close(interrupt=kind is not None)

    def close(self, interrupt: bool = True) -> None:
        self._reader.close(interrupt)

    def encode(self, *, check_cancel: Callable[[], None] = lambda: None,
               progress: Callable[[float], None] = lambda _: None) -> DataExport:
        """Read the published service points and their services and encode them."""
        import numpy as np

        languages, wait = self.languages, partial(self._reader.wait, check_cancel=check_cancel)
        warnings = Warnings()
        enc = _Encoder(languages, warnings)
        point_table, service_table = SERVICE_POINT, SERVICE

        # --- vocabularies, written once ----------------------------------------------------
        head = wait(self._head)
        vocab = head.vocab
        institution, category, facility = vocab["institution"], vocab["category"], vocab["facility_type"]
        eligibility, language, regions, provinces = (vocab["eligibility"], vocab["language"], vocab["region"],
                                                     vocab["province"])
        for entry in institution.entries:
            colour = str(entry.get("colour") or "")
            if not _COLOUR.match(colour):
                warnings.add(tr(CTX, "institution %1: the colour %2 is not like #0072b2; grey is used.",
                                entry["code"], colour or "∅"))
                entry["colour"] = DEFAULT_COLOUR
            entry["website"] = web_url(str(entry.get("website") or "")) or ""
            entry["acronym"] = clean_text(entry.get("acronym")) or entry["code"]
        region_pos = regions.position()
        for entry in provinces.entries:
            entry["region"] = region_pos.get(str(entry.pop("region_code") or ""), -1)
        institution_pos, eligibility_pos, language_pos = (institution.position(), eligibility.position(),
                                                          language.position())
        for entry in facility.entries:
            entry["institution"] = institution_pos.get(str(entry.get("institution") or ""), -1)
        progress(10)

        # --- where the points are, and their order: by name in the default language -----------
        fids_all = _ints(head.fids)
        xy = np.full((head.count, 2), np.nan)
        if head.count:
            plain = head.xy.replace(_NOT_PLAIN, "0" * 32)
            xy = np.frombuffer(bytes.fromhex(plain), "<f8").reshape(head.count, 2).copy()
            for item in head.other_blobs.split(",") if head.other_blobs else ():
                fid, _, blob = item.partition(":")
                try:
                    point = point_xy(bytes.fromhex(blob)) if blob else None
                except (ValueError, struct.error, IndexError):
                    point = None
                xy[np.searchsorted(fids_all, int(fid))] = point or (np.nan, np.nan)
        with np.errstate(invalid="ignore"):
            usable = (np.abs(xy[:, 0]) <= 180) & (np.abs(xy[:, 1]) <= 90)
        skipped = np.flatnonzero(~usable)
        read_uuids = head.uuids

        def uuid_at(k: int) -> str:
            return read_uuids[36 * k:36 * k + 36] if isinstance(read_uuids, str) else read_uuids[k]

        if len(skipped):
            names = dict(self.db.query(
                f"SELECT fid, name_fr FROM {quote(point_table.name)} WHERE fid IN "
                f"({', '.join(map(str, fids_all[skipped].tolist()))})"))
            for k in skipped.tolist():
                warnings.add(tr(CTX, "service_point fid %1 (%2): no usable location; it is left out.",
                                int(fids_all[k]), clean_text(names.get(int(fids_all[k]))) or uuid_at(k)))
        located = np.flatnonzero(usable).tolist()
        order_list = _take(located, _name_order(_take(json.loads(head.sort_names), located)))
        order = np.asarray(order_list, dtype=np.int64)
        n = len(order_list)
        fids = fids_all[order]
        fid_list = fids.tolist()
        # the uuids in the points' order: 36 bytes each (the usual case), or a list
        uuids: bytes | list[str] = (np.frombuffer(read_uuids.encode("ascii"), "S36")[order].tobytes()
                                    if isinstance(read_uuids, str) and read_uuids.isascii()
                                    else [uuid_at(k) for k in order_list])
        check_cancel()

        scale = float(COORDINATE_SCALE)
        xs = np.rint(xy[order, 0] * scale).astype(np.int64)
        ys = np.rint(xy[order, 1] * scale).astype(np.int64)
        x0, y0 = (int(xs.min()), int(ys.min())) if n else (0, 0)
        progress(25)

        # --- the texts, front- or back-coded in the points' order ----------------------------
        arrays, codes = wait(self._texts)
        read = dict(zip(self._text_names, arrays))
        del arrays
        progress(30)
        count = head.count
        texts = {stem: {lang: _JsonStrings(read[column], count).coded(COLUMN_CODING[stem], order)
                        for lang, column in by_lang.items()}
                 for stem, by_lang in self._text_columns.items()}
        phones = self._phones(enc, _JsonStrings(read["phone"], count), order, fid_list)
        emails = self._emails(enc, _JsonStrings(read["email"], count), order, fid_list)
        read.clear()
        x, y = RawJSON(json_bytes((xs - x0).tolist()), True), RawJSON(json_bytes((ys - y0).tolist()), True)
        ids = (_public_ids(uuids) if isinstance(uuids, bytes) else None) or public_ids(_uuid_list(uuids))
        progress(50)
        check_cancel()

        # --- the fields whose distinct values are encoded here --------------------------------
        cached = wait(self._cached)
        town_names = head.town_names

        def town(value: Any, _fid: Fid) -> int:
            name = clean_text(value)
            if not name:
                return -1
            entry = {"fr": name, **({"ar": town_names[name]} if name in town_names else {})}
            return enc.towns.add(name, entry)

        def code_set(what: str, positions: dict[str, int]) -> Callable[[Any, Fid], int]:
            return lambda value, fid: enc.code_set(what, value, positions, fid) if value else -1

        def verified(value: Any, _fid: Fid) -> int:
            text = str(value or "")
            return enc.strings.add(text[:10]) if _ISO_DATE.match(text) else 0

        col: dict[str, Any] = {}
        for name, text in codes.items():
            ranked = _ints(text[1:-1])[order].tolist()
            field, _vocabulary, what = _CODE_FIELDS[name]
            if what and -2 in ranked:
                ranked = self._unknown_codes(warnings, ranked, fid_list, field, what)
            col[name] = ranked
        distinct = partial(_distinct, order=order, fids=fid_list)
        col.update({
            "town": distinct(cached["town"], make=town),
            "website": distinct(cached["website"], make=enc.website),
            "hours": distinct(cached["opening_hours"], make=enc.opening_hours),
            "languages": distinct(cached["languages"], make=code_set("languages", language_pos)),
            "eligibility": distinct(cached["eligibility"], make=code_set("eligibility", eligibility_pos)),
            "verified": distinct(cached["last_verified_on"], make=verified),
        })
        del cached
        unknown_hours = {k for k, h in enumerate(enc.hours.items) if h["week"] is None}
        hours_unknown = sum(1 for h in col["hours"] if h in unknown_hours) if unknown_hours else 0
        # written now, while SQLite reads (website and verified wait for the string table)
        col.update({name: RawJSON(_ints_json(values), True) for name, values in col.items()
                    if name not in ("website", "verified")})
        col.update(phone=phones, email=emails)
        progress(65)

        # --- services, in the points' order; their texts as shared "details" ----------------------
        # Most services of a category say the same: a service is its category and the index of
        # its "detail" (descriptions, eligibility, fees, ages), found by SQLite (_read_services).
        service_text, detail_fields = self._service_text, self._detail_fields
        rows = wait(self._services)
        s_fids, s_categories, s_details = rows.fids, rows.categories, rows.details
        s_ranks = _ranks_of(rows.points, rows.count, uuids)  # -1: a point that is not exported
        unknown_category = np.flatnonzero((s_ranks >= 0) & (s_categories < 0))
        if len(unknown_category):
            found = dict(self.db.query(f"SELECT fid, category FROM {quote(service_table.name)} WHERE fid IN "
                                       f"({', '.join(map(str, s_fids[unknown_category].tolist()))})"))
            for fid in s_fids[unknown_category].tolist():
                warnings.add(tr(CTX, "service fid %1: unknown category %2; the service is left out.",
                                fid, clean_text(found.get(fid)) or "∅"))
        kept = np.flatnonzero((s_ranks >= 0) & (s_categories >= 0))
        used, first = np.unique(s_details[kept], return_index=True)  # the first service of each detail
        detail_of = {}
        for k, key in sorted(zip(first.tolist(), used.tolist())):
            values = rows.detail_rows[key]
            detail_of[key] = enc.details.add(values, _detail(enc, service_text, detail_fields,
                                                             int(s_fids[kept[k]]), values, eligibility_pos))
        # In the points' order, each point's services in fid order.
        kept = kept[np.lexsort((s_fids[kept], s_ranks[kept]))]
        s_category = s_categories[kept].tolist()
        s_detail = list(map(detail_of.__getitem__, s_details[kept].tolist()))
        counts = np.bincount(s_ranks[kept], minlength=n).tolist()
        del rows
        progress(80)

        # --- the string table, front-coded; every reference renumbered ----------------------------
        strings, remap = enc.strings.front_coded()
        for name in ("website", "verified"):
            col[name] = list(map(remap.__getitem__, col[name]))
        for detail in enc.details.items:
            for stem in service_text:
                detail[stem] = {lang: remap[v] for lang, v in detail[stem].items()}
            detail["fees"] = remap[detail["fees"]]

        # --- labels from the model, once -------------------------------------------------------
        field_labels: dict[str, dict[str, str]] = {}
        for t, names_ in ((point_table, PUBLIC_POINT_FIELDS), (service_table, PUBLIC_SERVICE_FIELDS)):
            for name in names_:
                f = t.field(name)
                key = name[: -len(f.language) - 1] if f.language else name
                if f.kind is Kind.UUID:
                    continue
                label = {k: v for k, v in public_label(f.label).items() if k in languages}
                if t is service_table and key in field_labels and field_labels[key] != label:
                    key = "service_" + key
                field_labels.setdefault(key, label)
        choices = {
            code: {k: v for k, v in public_label(CHOICE_LABELS[code]).items() if k in languages}
            for code in (*WHEELCHAIR, *EXPORTED_STATUSES)
        }
        tables = {
            t.name: {lang: t.label.get(lang) for lang in languages}
            for t in (point_table, service_table, table("region"), table("province"))
        }
        column_order = ("institution", "facility_type", "province", "region", "town", "website", "hours",
                        "languages", "eligibility", "wheelchair", "status", "verified", "phone", "email")
        payload: dict[str, Any] = {
            "labels": {"fields": field_labels, "choices": choices, "tables": tables,
                       "wheelchair": list(WHEELCHAIR), "statuses": list(EXPORTED_STATUSES)},
            "vocab": {
                "institution": institution.entries,
                "category": category.entries,
                "facility_type": facility.entries,
                "eligibility": eligibility.entries,
                "language": language.entries,
                "region": regions.entries,
                "province": provinces.entries,
                "town": enc.towns.items,
                "hours": enc.hours.items,
                "sets": enc.code_sets.items,
                "service_details": enc.details.items,
            },
            "points": {
                "n": n,
                "sorted_by": self.sort_language,
                "scale": COORDINATE_SCALE,
                "x0": x0,
                "y0": y0,
                "x": x,
                "y": y,
                "id": ids,
                **texts,
                **{name: col[name] if isinstance(col[name], RawJSON) else RawJSON(_ints_json(col[name]), True)
                   for name in column_order},
                "services": RawJSON(_ints_json(counts), True),
            },
            "services": {"n": len(kept), "category": RawJSON(_ints_json(s_category), True),
                         "detail": RawJSON(_ints_json(s_detail), True)},
            "strings": strings,
        }
        bounds = (int(xs.min()) / COORDINATE_SCALE, int(ys.min()) / COORDINATE_SCALE,
                  int(xs.max()) / COORDINATE_SCALE, int(ys.max()) / COORDINATE_SCALE) if n else None
        progress(90)
        return DataExport(payload, n, len(kept), len(skipped), warnings, bounds, hours_unknown)

    def _unknown_codes(self, warnings: Warnings, found: list[int], fids: list[int], field: str,
                       what: str) -> list[int]:
        """A warning for each point whose code of ``field`` (-2 in ``found``) is not in its
        vocabulary; -1 for them."""
        unknown = [k for k, position in enumerate(found) if position == -2]
        values = dict(self.db.query(f"SELECT fid, {quote(field)} FROM {quote(SERVICE_POINT.name)} "
                                    f"WHERE fid IN ({', '.join(str(fids[k]) for k in unknown)})"))
        for k in unknown:
            warnings.add(tr(CTX, "service_point fid %1: unknown %2 %3.", fids[k], what, values.get(fids[k])))
            found[k] = -1
        return found

    @staticmethod
    def _phones(enc: _Encoder, column: _JsonStrings, order: Any, fids: list[int]) -> RawJSON:
        """The phone numbers in the points' order; a warning for those that cannot be dialled."""
        if not column.all_match(_PHONE_BYTES, _diallable):
            for k, value in enumerate(_take(json.loads(column.data), order.tolist())):
                if value and not _PHONE_OK.match(value):
                    enc.contacts(fids[k], value, "")
        return column.coded("plain", order)

    @staticmethod
    def _emails(enc: _Encoder, column: _JsonStrings, order: Any, fids: list[int]) -> RawJSON:
        """The e-mail addresses in the points' order, those that are not left out (with a warning)."""
        if column.all_match(_EMAIL_BYTES, _addresses):
            return column.coded("plain", order)
        values = _take(json.loads(column.data), order.tolist())
        for k, value in enumerate(values):
            if value:
                _, values[k] = enc.contacts(fids[k], "", value)
        return RawJSON(b'{"coding":"plain","text":' + json_bytes(values) + b"}")


def _diallable(column: _JsonStrings) -> bool:
    """Whether every number matches _PHONE_OK (given that their bytes are _PHONE_BYTES): a +
    only first, and at least 6 characters after it."""
    np, buf, starts, stops = column.np, column.buf, column.starts, column.stops
    plus = np.flatnonzero(buf == 0x2B)
    if not np.isin(plus, starts).all():
        return False
    lengths = stops - starts - (buf[starts] == 0x2B)
    return bool(((lengths >= 6) | (stops == starts)).all())


def _addresses(column: _JsonStrings) -> bool:
    """Whether every address matches _EMAIL (given that their bytes are _EMAIL_BYTES): one @
    after something, and a dot with something on each side after it."""
    np, buf, starts, stops = column.np, column.buf, column.starts, column.stops
    ats = np.flatnonzero(buf == 0x40)
    owner = np.searchsorted(starts, ats, side="right") - 1
    filled = stops > starts
    if not (np.bincount(owner, minlength=column.n) == filled).all():
        return False
    at = np.zeros(column.n, np.int64)
    at[owner] = ats
    dots = np.flatnonzero(buf == 0x2E)
    last = np.searchsorted(dots, stops - 1) - 1  # the last dot before the last character
    dot = np.where(last >= 0, dots[np.maximum(last, 0)] if len(dots) else -1, -1)
    return bool(((at > starts) & (dot >= at + 2) | ~filled).all())


def _uuid_list(uuids: bytes | list[str]) -> list[str]:
    """Uuids given as a list, or one after the other (36 ASCII characters each)."""
    if isinstance(uuids, bytes):
        return [uuids[k:k + 36].decode("ascii") for k in range(0, len(uuids), 36)]
    return uuids


def _ranks_of(points: str | list[str], count: int, uuids: bytes | list[str]) -> Any:
    """The position in ``uuids`` of each of the ``count`` uuids ``points`` (-1 if not there);
    both as lists, or one after the other, 36 characters each. With numpy when all are ASCII,
    as they should be: by binary search on 64 of their bits, checked in full."""
    import numpy as np

    if isinstance(points, str) and isinstance(uuids, bytes) and uuids and points.isascii():
        wanted_text = points.encode("ascii")
        known = np.frombuffer(uuids, np.uint8).reshape(-1, 36)
        wanted = np.frombuffer(wanted_text, np.uint8).reshape(-1, 36)

        def key(rows: Any) -> Any:  # the first 8 characters and the last 8, as one 64-bit number
            high = np.ascontiguousarray(rows[:, 0:8]).view(">u8")[:, 0]
            low = np.ascontiguousarray(rows[:, 28:36]).view(">u8")[:, 0]
            return high ^ (low * np.uint64(0x9E3779B97F4A7C15))

        known_keys, wanted_keys = key(known), key(wanted)
        by_key = np.argsort(known_keys)
        ranked_keys = known_keys[by_key]
        if len(ranked_keys) < 2 or bool((ranked_keys[1:] != ranked_keys[:-1]).all()):
            found = by_key[np.minimum(np.searchsorted(ranked_keys, wanted_keys), len(by_key) - 1)]
            same = np.frombuffer(uuids, "S36")[found] == np.frombuffer(wanted_text, "S36")
            return np.where(same, found, -1).astype(np.int64)
    known_uuids = _uuid_list(uuids)
    rank_of = dict(zip(known_uuids, range(len(known_uuids))))
    values = [points[k:k + 36] for k in range(0, len(points), 36)] if isinstance(points, str) else points
    return np.fromiter(map(rank_of.get, values, itertools.repeat(-1)), np.int64, count)


def _distinct(read: tuple[str, Rows], order: Any, fids: list[int],
              make: Callable[[Any, Fid], int]) -> list[int]:
    """``make(value, fid)`` once per distinct value of a field (``read`` by _read_cached), in the
    points' ``order`` (the values of points left out only are not looked at), and the results
    for each point in that order; ``fid()`` gives the fid of the first point holding the value,
    for a warning."""
    import numpy as np

    keys_text, values = read
    keys = _ints(keys_text)[order]
    found, first = np.unique(keys, return_index=True)
    value_of: dict[int, Any] = dict(values)
    index = np.full(max(value_of, default=0) + 1, -1, np.int64)
    for k, key in sorted(zip(first.tolist(), found.tolist())):
        index[key] = make(value_of[key], partial(operator.getitem, fids, k))
    return index[keys].tolist()


def _name_order(sort_names: list[str]) -> list[int]:
    """The order of the points (given in fid order): by name ("0" and the name in the default
    language, or "1" and another: those come last), case and accents ignored (sort_key), then
    by fid (the sort is stable)."""
    keys = list(map(_NFKD, map(str.casefold, sort_names)))  # sort_key(), without a call per name
    return sorted(range(len(keys)), key=keys.__getitem__)


def encode(db: Database, languages: Sequence[str], sort_language: str, *,
           check_cancel: Callable[[], None] = lambda: None,
           progress: Callable[[float], None] = lambda _: None) -> DataExport:
    """Read the published service points and their services from ``db`` and encode them."""
    with DataEncoder(db, languages, sort_language) as encoder:
        return encoder.encode(check_cancel=check_cancel, progress=progress)


def check_languages(languages: Sequence[str], default: str) -> tuple[list[str], str]:
    """The exported languages (known, without duplicates, in the given order) and the
    default one; raises StoreError with a clear message otherwise."""
    out: list[str] = []
    for lang in languages:
        code = lang.strip().lower()
        if not code:
            continue
        if code not in LANGUAGES:
            raise StoreError(tr(CTX, "Unknown language %1: the web map can be in %2.",
                                code, ", ".join(LANGUAGES)))
        if code not in out:
            out.append(code)
    if not out:
        raise StoreError(tr(CTX, "No language was given for the web map (e.g. fr,ar,en)."))
    default = (default or "").strip().lower() or out[0]
    if default not in out:
        raise StoreError(tr(CTX, "The default language %1 is not one of the exported languages (%2).",
                            default, ", ".join(out)))
    return out, default
