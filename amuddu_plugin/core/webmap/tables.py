"""Shared tables and coded columns: strings, vocabularies and sets each stored once."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from ...definitions.formats import codes_of
from ...definitions.model import (
    Table,
    table,
)
from ...toolbelt.i18n import tr
from ..store.schema import quote
from .common import Warnings
from .texts import _PHONE_OK, clean_text, email_address, phone_digits, split_values, web_url, weekly_hours

CTX = "WebMap"


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
    """The shared part of a service: texts by language (fees too), eligibility, ages."""
    value = dict(zip(fields, (v.decode("utf-8", "replace") if isinstance(v, bytes) else v for v in values)))
    detail: dict[str, Any] = {stem: {lang: enc.text(value[column]) for lang, column in by_lang.items()
                                     if value[column]}
                              for stem, by_lang in service_text.items()}
    detail["eligibility"] = (enc.code_set("eligibility", value["eligibility"], eligibility_pos, lambda: fid)
                             if value["eligibility"] else -1)
    for age in ("min_age", "max_age"):
        number = value[age]
        detail[age] = int(number) if isinstance(number, (int, float)) and number >= 0 else -1
    return detail
