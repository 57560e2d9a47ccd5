"""Whole-column work of the web map's encoder, with numpy: coordinates decoded from SQLite's
hex at once, phone and e-mail columns checked without a Python object per row, uuids
matched by binary search, one call per distinct value of a field, the points' name order.
Nothing here imports QGIS.
"""

from __future__ import annotations

import itertools
import json
import operator
import struct
from collections.abc import Callable
from functools import partial
from typing import Any

from ..store.gpkg import point_xy
from .columns import _EMAIL_BYTES, _PHONE_BYTES, _JsonStrings, _take
from .common import RawJSON, json_bytes
from .reader import _NOT_PLAIN, _ints
from .tables import _NFKD, Fid, Rows, _Encoder
from .texts import _PHONE_OK


def _coordinates(head: Any, fids_all: Any) -> Any:
    """Longitude and latitude of each point read (NaN where there is none): the plain
    GeoPackage points decoded at once from SQLite's hex, the others one by one."""
    import numpy as np

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
    return xy


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


def _phones(enc: _Encoder, column: _JsonStrings, order: Any, fids: list[int]) -> RawJSON:
    """The phone numbers in the points' order; a warning for those that cannot be dialled."""
    if not column.all_match(_PHONE_BYTES, _diallable):
        for k, value in enumerate(_take(json.loads(column.data), order.tolist())):
            if value and not _PHONE_OK.match(value):
                enc.contacts(fids[k], value, "")
    return column.coded("plain", order)


def _emails(enc: _Encoder, column: _JsonStrings, order: Any, fids: list[int]) -> RawJSON:
    """The e-mail addresses in the points' order, those that are not left out (with a warning)."""
    if column.all_match(_EMAIL_BYTES, _addresses):
        return column.coded("plain", order)
    values = _take(json.loads(column.data), order.tolist())
    for k, value in enumerate(values):
        if value:
            _, values[k] = enc.contacts(fids[k], "", value)
    return RawJSON(b'{"coding":"plain","text":' + json_bytes(values) + b"}")
