"""Columns of texts, as the JSON arrays SQLite writes, encoded with numpy."""

from __future__ import annotations

import json
import operator
from collections.abc import Callable, Sequence
from typing import Any

from .common import _JSON, RawJSON, json_bytes
from .reader import _T
from .texts import clean_text

CTX = "WebMap"


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
