"""The data of the web map: published service points in a compact, columnar JSON.

What is exported, and how, is derived from the model (:mod:`..definitions.model`):

- only the fields named in :data:`PUBLIC_POINT_FIELDS` and :data:`PUBLIC_SERVICE_FIELDS`
  leave QGIS (an allow-list: a field added to the model later stays private until it is
  named here); internal ones (notes, source, who verified, publication state...) never do;
- only published service points that are active or temporarily closed are exported;
- field labels, choice labels and vocabulary labels are written once, in the exported
  languages, and every row refers to them by index.

The format (``"format": "amuddu-webmap"``, version 1) is columnar: one array per field, one
entry per point, points sorted by name in the default language. Text goes through one
shared string table (index 0 is the empty string, meaning "none"), written front-coded
(sorted; each string as the length of the prefix it shares with the previous one and the
rest), so that a repeated address, website or hours is written once and names that share
their first words are small. A service refers to a shared "detail" (its descriptions,
eligibility, fees and ages), since most services of a category say the same. Coordinates are
integers in units of 1e-5 degree (about 1 m) from an origin. The web app
(``webapp/src/data.js``) decodes it; ``tests/web/decode.py`` does in Python.

Nothing here imports QGIS: it reads the GeoPackage through :meth:`Database.query`.
Several phone numbers or e-mail addresses in one field are separated by ``;``.
"""

from __future__ import annotations

import base64
import collections
import hashlib
import math
import re
import sqlite3
import struct
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..definitions.model import (
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
from ..toolbelt.i18n import tr
from .opening_hours import OpeningHoursError
from .opening_hours import parse as parse_opening_hours
from .schema import GEOMETRY_COLUMN, quote
from .store import Database, StoreError

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


_UUIDS = re.compile(r"(?:[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12})*")


def public_ids(uuids: Sequence[str]) -> str:
    """:func:`public_id` of every UUID, concatenated (22 characters each); in one pass over
    all of them when they are all UUIDs (the usual case)."""
    joined = "".join(uuids)
    if len(joined) != 36 * len(uuids) or not _UUIDS.fullmatch(joined):
        return "".join(public_id(u) for u in uuids)
    raw = bytes.fromhex(joined.replace("-", ""))
    # 16 bytes and 2 of padding make 24 base64 characters: the first 22 are the id.
    padded = b"".join(raw[k:k + 16] + b"\0\0" for k in range(0, len(raw), 16))
    encoded = base64.urlsafe_b64encode(padded).decode("ascii")
    return "".join(encoded[k:k + 22] for k in range(0, len(encoded), 24))


def text_values(values: Iterable[Any]) -> list[str]:
    """Texts as the page shows them (see clean_text); fast for clean values."""
    return [v if type(v) is str and v.isprintable() and v[:1] != " " and v[-1:] != " " else clean_text(v)
            for v in values]


def public_label(label: Label) -> dict[str, str]:
    """A field label as the public sees it: the model's label without its trailing
    parenthesis ("Adresse (FR)" -> "Adresse", "Horaires (syntaxe OSM)" -> "Horaires")."""
    return {
        lang: re.sub(r"\s*\([^()]*\)\s*$", "", label.get(lang)) for lang in LANGUAGES
    }


# --------------------------------------------------------------------------------------------
# Opening hours: read by core/opening_hours.py (the subset the editing forms accept)
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


def point_locations(blobs: Sequence[bytes | None]) -> tuple[list[tuple[int, tuple[float, float]]], list[int]]:
    """``([(row, (x, y)), ...], [rows without a usable point])`` for GeoPackage point blobs.
    All points in the usual layout (same header, little-endian 2D WKB point) are read at once
    with numpy; the others one by one."""
    good: list[tuple[int, tuple[float, float]]] = []
    bad: list[int] = []
    sizes = {len(b) for b in blobs if b is not None}
    fast = None
    if len(sizes) == 1 and None not in blobs:
        size = sizes.pop()
        try:
            import numpy as np
        except ImportError:  # pragma: no cover - numpy comes with QGIS
            size = 0
        if size in (29, 61) and blobs:
            data = np.frombuffer(b"".join(b for b in blobs if b is not None),
                                 dtype=np.uint8).reshape(len(blobs), size)
            offset = size - 21
            header_ok = (data[:, 0] == ord("G")) & (data[:, 1] == ord("P")) & (data[:, offset] == 1)
            kinds = data[:, offset + 1:offset + 5].copy().view("<u4")[:, 0]
            flags_ok = (data[:, 3] & 0x10) == 0
            if bool((header_ok & (kinds == 1) & flags_ok).all()):
                xy = data[:, offset + 5:offset + 21].copy().view("<f8")
                fast = xy.tolist()
    if fast is not None:
        for k, (x, y) in enumerate(fast):
            if -180 <= x <= 180 and -90 <= y <= 90:
                good.append((k, (x, y)))
            else:
                bad.append(k)
        return good, bad
    for k, blob in enumerate(blobs):
        try:
            point = point_xy(blob) if blob is not None else None
        except (ValueError, struct.error, IndexError):
            point = None
        if point is None or not (-180 <= point[0] <= 180 and -90 <= point[1] <= 90):
            bad.append(k)
        else:
            good.append((k, point))
    return good, bad


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
# The encoder
# --------------------------------------------------------------------------------------------
def common_prefixes(values: Sequence[str], width: int = 32) -> list[int]:
    """For each value, the length of the prefix it shares with the previous one (the first
    gets 0), at most ``width`` characters and never over a character outside the Basic
    Multilingual Plane (so that it counts the same in JavaScript's UTF-16 strings)."""
    n = len(values)
    if n < 2:
        return [0] * n
    try:
        import numpy as np
    except ImportError:  # pragma: no cover - numpy comes with QGIS
        return _common_prefixes_slow(values, width)
    codes = np.array([v[:width] for v in values], dtype=f"<U{width}").view(np.uint32).reshape(n, width)
    differ = codes[1:] != codes[:-1]
    first_difference = np.where(differ.any(axis=1), differ.argmax(axis=1), width)
    astral = codes > 0xFFFF
    first_astral = np.where(astral.any(axis=1), astral.argmax(axis=1), width)
    lengths = np.fromiter(map(len, values), dtype=np.int64, count=n)
    shared = np.minimum.reduce([first_difference, first_astral[1:], first_astral[:-1],
                                lengths[1:], lengths[:-1]])
    return [0, *shared.tolist()]


def _common_prefixes_slow(values: Sequence[str], width: int) -> list[int]:
    out = [0]
    for previous, text in zip(values, values[1:]):
        n = 0
        limit = min(len(text), len(previous), width)
        while n < limit and text[n] == previous[n] and text[n] <= "\uffff":
            n += 1
        out.append(n)
    return out


def coded_column(values: list[str], coding: str) -> dict[str, Any]:
    """A column of texts, one per point, in the points' order: ``plain`` (as they are),
    ``front`` (each as the length of the start it shares with the previous value, and the
    rest: names sorted alike share their first words) or ``back`` (the end it shares, and
    the rest: addresses of the same district and town)."""
    if coding == "front":
        shared = common_prefixes(values)
        return {"coding": coding, "shared": shared, "text": [v[k:] for v, k in zip(values, shared)]}
    if coding == "back":
        shared = common_prefixes([v[::-1] for v in values])
        return {"coding": coding, "shared": shared,
                "text": [v[:len(v) - k] for v, k in zip(values, shared)]}
    return {"coding": "plain", "text": values}


#: How each text column of the points is written (see coded_column).
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


def read_vocabulary(db: Database, name: str, languages: Sequence[str],
                    extra: Sequence[str] = ()) -> Vocabulary:
    """A vocabulary table's rows as ``{"code", "label": {lang: text}, ...extra}``, in order."""
    t = table(name)
    label_columns = {f.language: f.name for f in t.fields
                     if f.language and f.name.startswith(("label_", "name_"))}
    columns = ["code", *label_columns.values(), *extra]
    order = "sort_order, code" if "sort_order" in t.field_names else "code"
    rows = db.query(f"SELECT {', '.join(quote(c) for c in columns)} FROM {quote(t.name)} ORDER BY {order}")
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


def sort_key(text: str) -> str:
    """How names are sorted: case ignored, accented letters with their base letter ("École"
    among the e's). Cheaper than fold() on 100,000 names; the page sorts the other
    languages itself."""
    return unicodedata.normalize("NFKD", text.casefold())


class _Encoder:
    """Encodes the rows of one export; one instance per export (it holds the caches)."""

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
        self.hours_unknown = 0

    def text(self, value: Any) -> int:
        if not value:
            return 0
        return self.strings.add(clean_text(value))

    def code_set(self, what: str, fid: Any, value: Any, positions: dict[str, int]) -> int:
        key = (what, value)
        found = self._sets.get(key)
        if found is not None:
            return found
        known = []
        for code in codes_of(value):
            if code in positions:
                known.append(positions[code])
            else:
                self.warnings.add(tr(CTX, "%1 fid %2: the unknown code %3 is left out.", what, fid, code))
        members = sorted(set(known))
        found = self.code_sets.add((what, tuple(members)), members) if members else -1
        self._sets[key] = found
        return found

    def website(self, fid: Any, value: Any) -> int:
        text = clean_text(value)
        if not text:
            return 0
        url = self._websites.get(text)
        if url is None:
            url = self._websites[text] = web_url(text) or ""
        if not url:
            self.warnings.add(tr(CTX, "service_point fid %1: the website %2 is not an http(s) address; "
                                      "it is left out.", fid, text))
        return self.strings.add(url)

    def opening_hours(self, fid: Any, value: Any) -> int:
        text = clean_text(value)
        if not text:
            return -1
        found = self.hours.index.get(text)
        if found is None:
            week, reason = weekly_hours(text)
            if week is None:
                self.warnings.add(tr(CTX, "service_point fid %1: the opening hours %2 cannot be read "
                                          "(%3); they are shown as written, and 'open now' leaves this "
                                          "service out.", fid, text, reason))
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


def encode(db: Database, languages: Sequence[str], sort_language: str, *,
           check_cancel: Callable[[], None] = lambda: None,
           progress: Callable[[float], None] = lambda _: None) -> DataExport:
    """Read the published service points and their services from ``db`` and encode them."""
    warnings = Warnings()
    enc = _Encoder(languages, warnings)
    point_table, service_table = SERVICE_POINT, SERVICE

    # --- vocabularies, written once --------------------------------------------------------
    institution = read_vocabulary(db, "institution", languages, ("acronym", "colour", "icon", "website"))
    for entry in institution.entries:
        colour = str(entry.get("colour") or "")
        if not _COLOUR.match(colour):
            warnings.add(tr(CTX, "institution %1: the colour %2 is not like #0072b2; grey is used.",
                            entry["code"], colour or "∅"))
            entry["colour"] = DEFAULT_COLOUR
        entry["website"] = web_url(str(entry.get("website") or "")) or ""
        entry["acronym"] = clean_text(entry.get("acronym")) or entry["code"]
    category = read_vocabulary(db, "service_category", languages)
    facility = read_vocabulary(db, "facility_type", languages, ("institution",))
    eligibility = read_vocabulary(db, "eligibility", languages)
    language = read_vocabulary(db, "language", languages)
    regions = _places(db, "region", languages, ())
    provinces = _places(db, "province", languages, ("region_code",))
    region_pos, province_pos = regions.position(), provinces.position()
    for entry in provinces.entries:
        entry["region"] = region_pos.get(str(entry.pop("region_code") or ""), -1)
    institution_pos, category_pos = institution.position(), category.position()
    facility_pos, eligibility_pos = facility.position(), eligibility.position()
    language_pos = language.position()
    for entry in facility.entries:
        entry["institution"] = institution_pos.get(str(entry.get("institution") or ""), -1)
    town_names = _town_names(db) if "ar" in languages else {}

    # --- service points, sorted by name in the default language ------------------------------
    text_columns = _by_language(point_table, languages, PUBLIC_POINT_FIELDS)
    columns = ["fid", GEOMETRY_COLUMN, *PUBLIC_POINT_FIELDS]
    at = {name: i for i, name in enumerate(columns)}
    statuses = ", ".join(f"'{s}'" for s in EXPORTED_STATUSES)
    rows = db.query(
        f"SELECT {', '.join(quote(c) for c in columns)} FROM {quote(point_table.name)} "
        f"WHERE publication_state = ? AND operating_status IN ({statuses})",
        (PUBLISHED,),
    )
    check_cancel()
    own_name, fr_name, en_name = at[f"name_{sort_language}"], at["name_fr"], at["name_en"]
    uuid_at = at["uuid"]
    located, skipped = point_locations([row[1] for row in rows])
    for k in skipped:
        row = rows[k]
        warnings.add(tr(CTX, "service_point fid %1 (%2): no usable location; it is left out.",
                        row[0], clean_text(row[fr_name]) or row[uuid_at]))
    # Names only in another language than the default come last.
    keyed = [((0, sort_key(str(row[own_name]).strip())) if row[own_name]
              else (1, sort_key(str(row[fr_name] or row[en_name] or "").strip())),
              str(row[uuid_at]), xy, row) for row, xy in ((rows[k], xy) for k, xy in located)]
    del rows
    keyed.sort(key=lambda k: (k[0], k[1]))
    progress(20)
    check_cancel()

    n = len(keyed)
    xs = [round(k[2][0] * COORDINATE_SCALE) for k in keyed]
    ys = [round(k[2][1] * COORDINATE_SCALE) for k in keyed]
    x0, y0 = (min(xs), min(ys)) if n else (0, 0)
    uuids = [k[1] for k in keyed]
    # The columns, in the points' order (one transposition in C rather than a pass per column).
    by_column = dict(zip(columns, zip(*(k[3] for k in keyed)))) if n else {c: () for c in columns}
    del keyed

    def values(name: str) -> Sequence[Any]:
        return by_column[name]

    texts = {stem: {lang: coded_column(text_values(values(column)), COLUMN_CODING[stem])
                    for lang, column in by_lang.items()}
             for stem, by_lang in text_columns.items()}
    fids = values("fid")

    def lookup(name: str, positions: dict[str, int], what: str) -> list[int]:
        raw = values(name)
        out = [positions.get(v, -1) for v in raw]
        for k in (k for k, found in enumerate(out) if found < 0 and raw[k]):
            warnings.add(tr(CTX, "service_point fid %1: unknown %2 %3.", fids[k], what, raw[k]))
        return out

    col: dict[str, Any] = {
        "institution": lookup("institution", institution_pos, "institution"),
        "facility_type": lookup("facility_type", facility_pos, "facility type"),
        "province": lookup("province_code", province_pos, "province"),
        "region": lookup("region_code", region_pos, "region"),
    }
    progress(35)
    check_cancel()
    def cached(raw: Sequence[Any], make: Callable[[Any, int], int]) -> list[int]:
        """``make(value, row)`` once per distinct value: a warning about a value names the
        first row that has it."""
        cache: dict[Any, int] = {}
        return [cache[v] if v in cache else cache.setdefault(v, make(v, k)) for k, v in enumerate(raw)]

    def town(value: Any, _k: int) -> int:
        name = clean_text(value)
        if not name:
            return -1
        entry = {"fr": name, **({"ar": town_names[name]} if name in town_names else {})}
        return enc.towns.add(name, entry)

    def code_set(what: str, positions: dict[str, int]) -> Callable[[Any, int], int]:
        return lambda value, k: enc.code_set(what, fids[k], value, positions) if value else -1

    wheel_index = {w: i for i, w in enumerate(WHEELCHAIR)}
    status_index = {s: i for i, s in enumerate(EXPORTED_STATUSES)}
    col.update(
        town=cached(values("town"), town),
        website=cached(values("website"), lambda value, k: enc.website(fids[k], value)),
        hours=cached(values("opening_hours"), lambda value, k: enc.opening_hours(fids[k], value)),
        languages=cached(values("languages"), code_set("languages", language_pos)),
        eligibility=cached(values("eligibility"), code_set("eligibility", eligibility_pos)),
        wheelchair=[wheel_index.get(v, -1) for v in values("wheelchair")],
        status=[status_index[v] for v in values("operating_status")],
        verified=cached(values("last_verified_on"), lambda value, _k: (
            enc.strings.add(str(value)[:10]) if _ISO_DATE.match(str(value or "")) else 0)),
    )
    unknown_hours = {i for i, h in enumerate(enc.hours.items) if h["week"] is None}
    enc.hours_unknown = sum(1 for h in col["hours"] if h in unknown_hours)
    phones = text_values(values("phone"))
    emails = text_values(values("email"))
    for k in (k for k, v in enumerate(phones) if v and not _PHONE_OK.match(v)):
        phones[k], _ = enc.contacts(fids[k], phones[k], "")
    for k in (k for k, v in enumerate(emails) if v):
        _, emails[k] = enc.contacts(fids[k], "", emails[k])
    col["phone"] = coded_column(phones, COLUMN_CODING["phone"])
    col["email"] = coded_column(emails, COLUMN_CODING["email"])
    progress(55)
    check_cancel()

    # --- services, in the points' order; their texts as shared "details" ----------------------
    # Most services of a category say the same: a service is its category and the index of
    # its "detail" (descriptions, eligibility, fees, ages). Read as bytes (no decoding of the
    # repeated texts); only the distinct details are decoded.
    service_text = _by_language(service_table, languages, PUBLIC_SERVICE_FIELDS)
    detail_fields = [column for by_lang in service_text.values() for column in by_lang.values()]
    detail_fields += ["fees", "eligibility", "min_age", "max_age"]
    point_of = {uid.encode("utf-8"): i for i, uid in enumerate(uuids)}
    category_of = {code.encode("utf-8"): i for code, i in category_pos.items()}
    rows = _query_bytes(db, f"SELECT service_point_uuid, category, fid, "
                            f"{', '.join(quote(c) for c in detail_fields)} FROM {quote(service_table.name)} "
                            "ORDER BY fid")
    progress(65)
    check_cancel()
    points = [point_of.get(row[0], -1) for row in rows]  # -1: a point that is not exported
    categories = [category_of.get(row[1], -1) for row in rows]
    for k in (k for k, (p, c) in enumerate(zip(points, categories)) if p >= 0 and c < 0):
        warnings.add(tr(CTX, "service fid %1: unknown category %2; the service is left out.",
                        rows[k][2], (rows[k][1] or b"").decode("utf-8", "replace") or "∅"))
    keys = [row[3:] for row in rows]
    cache: dict[tuple[Any, ...], int] = {}

    service_fids = [row[2] for row in rows]

    def detail_of(key: tuple[Any, ...], k: int) -> int:
        return enc.details.add(key, _detail(enc, service_text, detail_fields, service_fids[k], key,
                                            eligibility_pos))

    details = [cache[key] if key in cache else cache.setdefault(key, detail_of(key, k))
               for k, key in enumerate(keys)]
    # In the points' order, each point's services in their own order (the sort is stable).
    order = sorted((k for k, (p, c) in enumerate(zip(points, categories)) if p >= 0 and c >= 0),
                   key=points.__getitem__)
    del rows, keys
    s_category = [categories[k] for k in order]
    s_detail = [details[k] for k in order]
    counts = [0] * n
    for point, count in collections.Counter(points[k] for k in order).items():
        counts[point] = count
    progress(75)

    # --- the string table, front-coded; every reference renumbered ----------------------------
    strings, remap = enc.strings.front_coded()
    for name in ("website", "verified"):
        col[name] = [remap[v] for v in col[name]]
    for detail in enc.details.items:
        for stem in service_text:
            detail[stem] = {lang: remap[v] for lang, v in detail[stem].items()}
        detail["fees"] = remap[detail["fees"]]

    # --- labels from the model, once -------------------------------------------------------
    field_labels: dict[str, dict[str, str]] = {}
    for t, names in ((point_table, PUBLIC_POINT_FIELDS), (service_table, PUBLIC_SERVICE_FIELDS)):
        for name in names:
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
            "sorted_by": sort_language,
            "scale": COORDINATE_SCALE,
            "x0": x0,
            "y0": y0,
            "x": [x - x0 for x in xs],
            "y": [y - y0 for y in ys],
            "id": public_ids(uuids),
            **texts,
            **col,
            "services": counts,
        },
        "services": {"n": len(s_category), "category": s_category, "detail": s_detail},
        "strings": strings,
    }
    bounds = (min(xs) / COORDINATE_SCALE, min(ys) / COORDINATE_SCALE,
              max(xs) / COORDINATE_SCALE, max(ys) / COORDINATE_SCALE) if n else None
    return DataExport(payload, n, len(s_category), len(skipped), warnings, bounds, enc.hours_unknown)


def _query_bytes(db: Database, sql: str) -> list[tuple[Any, ...]]:
    """Rows of a read-only query with the text values as UTF-8 bytes (faster to read)."""
    con = sqlite3.connect(f"{db.path.as_uri()}?mode=ro", uri=True)
    try:
        con.text_factory = bytes
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _detail(enc: _Encoder, service_text: dict[str, dict[str, str]], fields: list[str], fid: Any,
            values: tuple[Any, ...], eligibility_pos: dict[str, int]) -> dict[str, Any]:
    """The shared part of a service: texts by language, fees, eligibility, ages."""
    value = dict(zip(fields, (v.decode("utf-8", "replace") if isinstance(v, bytes) else v for v in values)))
    detail: dict[str, Any] = {stem: {lang: enc.text(value[column]) for lang, column in by_lang.items()
                                     if value[column]}
                              for stem, by_lang in service_text.items()}
    detail["fees"] = enc.text(value["fees"])
    detail["eligibility"] = (enc.code_set("eligibility", fid, value["eligibility"], eligibility_pos)
                             if value["eligibility"] else -1)
    for age in ("min_age", "max_age"):
        number = value[age]
        detail[age] = int(number) if isinstance(number, (int, float)) and number >= 0 else -1
    return detail


def _places(db: Database, name: str, languages: Sequence[str], extra: Sequence[str]) -> Vocabulary:
    t = table(name)
    names = {f.language: f.name for f in t.fields if f.language}
    columns = ["code", *names.values(), *extra]
    rows = db.query(f"SELECT {', '.join(quote(c) for c in columns)} FROM {quote(t.name)} "
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


def _town_names(db: Database) -> dict[str, str]:
    """Arabic names of the towns of the gazetteer, by French name (a service point's town
    is free text; when it names a gazetteer town, the page shows and finds it in Arabic too)."""
    out: dict[str, str] = {}
    for name_fr, name_ar in db.query(
        "SELECT name_fr, name_ar FROM town WHERE name_ar IS NOT NULL ORDER BY population DESC"
    ):
        out.setdefault(clean_text(name_fr), clean_text(name_ar))
    return out


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
