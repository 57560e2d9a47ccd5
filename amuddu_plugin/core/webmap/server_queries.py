"""The queries of :mod:`.reader` written for PostgreSQL (:mod:`.server_reader` runs them):
they give the encoder the very same values as SQLite does from a file.

How the two dialects are made to agree:

- values are read in the form the GeoPackage stores them (``_value_sql``: dates as
  ``YYYY-MM-DD``, uuids as text...);
- codes and texts are compared and sorted by their bytes (``COLLATE "C"``), as SQLite does;
- JSON strings are written by ``to_json``, which escapes as SQLite's ``json_quote`` does
  (``\\"``, ``\\\\``, ``\\b \\f \\n \\r \\t``, ``\\u00xx`` for the other control characters;
  nothing else);
- a point's coordinates are the 16 bytes of its little-endian WKB after the header, in hex;
  any other geometry is given as the GeoPackage blob the snapshot would hold.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from ...definitions.model import SERVICE, SERVICE_POINT, WHEELCHAIR, Kind, Table
from ...toolbelt.i18n import tr
from ..store.errors import StoreError
from ..store.gpkg import wkb_blob
from ..store.postgis.to_geopackage import _value_sql
from ..store.schema import GEOMETRY_COLUMN, quote
from .common import EXPORTED_STATUSES
from .reader import (
    _CACHED_FIELDS,
    _CODE_FIELDS,
    _EXPORTED,
    _NOT_PLAIN,
    _WHITESPACE,
    _fetch,
    _Head,
    _ints,
    _lit,
    _position_sql,
    _ServiceRows,
    read_vocabularies,
    sort_name_sql,
)
from .tables import Vocabulary, _town_names, read_vocabulary

CTX = "WebMap"

#: What makes PostgreSQL compare texts by their bytes, as SQLite does.
_C = ' COLLATE "C"'


class Connections:
    """One export's connections: the server's (one read-only transaction) and the snapshot's
    (opened when first needed: the snapshot may still be being written when the server's
    queries begin)."""

    def __init__(self, pg: Any, open_lite: Callable[[], sqlite3.Connection]) -> None:
        self.pg = pg
        self._open_lite = open_lite
        self._lite: sqlite3.Connection | None = None

    @property
    def lite(self) -> sqlite3.Connection:
        if self._lite is None:
            self._lite = self._open_lite()
        return self._lite

    def close(self) -> None:
        for close in (self.pg.rollback, self.pg.close, *((self._lite.close,) if self._lite else ())):
            try:
                close()
            except Exception:  # noqa: BLE001, S110 - closing after a failure: nothing to keep
                pass

    def one(self, sql: str, *, raw: bool = False) -> tuple[Any, ...]:
        """The row of ``sql``; with ``raw``, its texts as the UTF-8 bytes the server sent."""
        import psycopg2.extensions

        with self.pg.cursor() as cur:
            if raw:
                psycopg2.extensions.register_type(psycopg2.extensions.BYTES, cur)
            cur.execute(sql)
            return tuple(cur.fetchone())


# Every aggregate reads rows that a subquery gives in fid order ("FROM (... ORDER BY fid)"):
# PostgreSQL aggregates them in that order (its documentation of aggregate expressions shows
# it; the reader's transaction forbids the parallel plans that would not), one sort for all,
# where an ORDER BY in each aggregate would sort the rows again for each.
def _joined(expression: str, separator: str = ",") -> str:
    """``expression`` of the rows one after the other ('' for none)."""
    return f"coalesce(string_agg({expression}, {_lit(separator)}), '')"


def _json_array(expression: str) -> str:
    """A JSON array of ``expression`` (JSON text), written as SQLite writes one."""
    return f"'[' || {_joined(expression)} || ']'"


def _points_in_order(columns: str) -> str:
    """The exported points' ``columns``, in fid order (a subquery named p)."""
    return f"(SELECT {columns} FROM {_POINTS} ORDER BY fid) AS p"


def _column(t: Table, name: str) -> str:
    """The column ``name`` of ``t`` as the snapshot would hold it."""
    return _value_sql(t.field(name).kind, quote(name))


def _is_text(t: Table, name: str) -> bool:
    """Whether the snapshot holds the values of ``name`` as texts (all but numbers)."""
    return t.field(name).kind not in (Kind.INTEGER, Kind.REAL, Kind.BOOLEAN)


def _bytewise(t: Table, name: str) -> str:
    """What makes a value of ``name`` sort by its bytes (the texts; nothing for numbers)."""
    return _C if _is_text(t, name) else ""


_POINTS = f"{quote(SERVICE_POINT.name)} WHERE {_EXPORTED}"
#: Services among which each category's "typical" one is looked for (server_services).
_SAMPLE = 5000


def server_head(con: Connections, languages: Sequence[str], sort_language: str) -> _Head:
    """:func:`.reader._read_head` on the server (vocabularies and towns from the snapshot)."""
    g = quote(GEOMETRY_COLUMN)
    plain = (f"({g} IS NOT NULL AND ST_GeometryType({g}) = 'ST_Point' AND NOT ST_IsEmpty({g}) "
             f"AND ST_NDims({g}) = 2)")
    xy = (f"CASE WHEN plain THEN encode(substring(ST_AsBinary(g, 'NDR') FROM 6 FOR 16), 'hex') "
          f"ELSE {_lit(_NOT_PLAIN)} END")
    other = ("CASE WHEN plain THEN NULL "
             "ELSE fid || ':' || coalesce(encode(ST_AsBinary(g, 'NDR'), 'hex'), '') END")
    count, fids, uuids, sort_names, xys, others = con.one(
        f"SELECT count(*), {_joined('fid::text')}, {_joined('uid', '')}, "
        f"coalesce(json_agg(sort_name), '[]')::text, {_joined(xy, '')}, {_joined(other)} "
        "FROM " + _points_in_order(
            f"fid, coalesce(uuid::text, '') AS uid, "
            f"{sort_name_sql(sort_language, 'btrim', _lit(_WHITESPACE))} "
            f"AS sort_name, {g} AS g, {plain} AS plain"))
    if len(uuids) != 36 * count:  # a point without uuid (the schema does not allow it)
        (found,) = con.one(f"SELECT coalesce(json_agg(coalesce(uuid::text, '') ORDER BY fid), '[]')::text "
                           f"FROM {_POINTS}")
        uuids = json.loads(found)
    query = partial(_fetch, con.lite)  # (the snapshot may have been written meanwhile)
    vocab: dict[str, Vocabulary] = read_vocabularies(query, languages)
    town_names = _town_names(query) if "ar" in languages else {}
    _in_order(_ints(fids))
    return _Head(vocab, town_names, count, fids, uuids, sort_names, xys, _as_blobs(others))


def _in_order(fids: Any) -> None:
    """Refuses rows that the server did not aggregate in fid order (see above): the columns
    would not be those of the same points."""
    if len(fids) > 1 and not bool((fids[1:] > fids[:-1]).all()):
        raise StoreError(tr(CTX, "The server did not return the rows in order; the web map was not written."))


def _as_blobs(others: str) -> str:
    """"fid:WKB in hex,..." as "fid:GeoPackage blob in hex,..." (what .arrays._coordinates reads)."""
    def blob(item: str) -> str:
        fid, _, wkb = item.partition(":")
        made = wkb_blob(bytes.fromhex(wkb)) if wkb else None
        return f"{fid}:{made.hex() if made else ''}"

    return ",".join(map(blob, others.split(","))) if others else ""


def server_texts(con: Connections, columns: Sequence[str],
                 vocab: dict[str, Vocabulary]) -> tuple[list[bytes], dict[str, str]]:
    """:func:`.reader._read_texts` on the server."""
    choices = {"wheelchair": WHEELCHAIR, "operating_status": EXPORTED_STATUSES}
    positions = [_position_sql(quote(field), vocab[name].codes if name else choices[field],
                               -2 if what else -1, _C) for field, name, what in _CODE_FIELDS.values()]
    texts = [f"to_json(coalesce({_column(SERVICE_POINT, c)}, ''))::text AS t{k}"
             for k, c in enumerate(columns)]
    codes = [f"({p})::text AS c{k}" for k, p in enumerate(positions)]
    found = con.one(f"SELECT {', '.join(_json_array(f't{k}') for k in range(len(texts)))}, "
                    f"{', '.join(_json_array(f'c{k}') for k in range(len(codes)))} "
                    f"FROM {_points_in_order(', '.join(texts + codes))}", raw=True)
    return list(found[:len(columns)]), {name: text.decode("ascii")
                                        for name, text in zip(_CODE_FIELDS, found[len(columns):])}


def server_cached(con: Connections) -> dict[str, tuple[str, list[tuple[Any, ...]]]]:
    """:func:`.reader._read_cached` on the server, in one pass for all the fields: each
    field's distinct values are found by hashing and numbered (0: no value), each row's joined
    to them (PostgreSQL's text equality is that of the bytes, as SQLite's)."""
    fields = range(len(_CACHED_FIELDS))
    values = ", ".join(f"{_column(SERVICE_POINT, name)} AS v{k}" for k, name in enumerate(_CACHED_FIELDS))
    distinct = ", ".join(f"d{k} AS MATERIALIZED (SELECT v{k}, row_number() OVER () AS r{k} FROM "
                         f"(SELECT DISTINCT v{k} FROM a WHERE v{k} IS NOT NULL) AS x)" for k in fields)
    joins = " ".join(f"LEFT JOIN d{k} USING (v{k})" for k in fields)
    pairs = ", ".join(f"(SELECT coalesce(json_agg(json_build_array(r{k}, v{k})), '[]')::text FROM d{k})"
                      for k in fields)
    found = con.one(
        f"WITH a AS MATERIALIZED (SELECT fid, {values} FROM {_POINTS}), {distinct} "
        f"SELECT {', '.join(_joined(f'coalesce(r{k}, 0)::text') for k in fields)}, {pairs} "
        f"FROM (SELECT a.fid, {', '.join(f'r{k}' for k in fields)} FROM a {joins} ORDER BY a.fid) AS p")
    n = len(_CACHED_FIELDS)
    return {name: (found[k], [(0, None)] + [(key, value) for key, value in json.loads(found[n + k])])
            for k, name in enumerate(_CACHED_FIELDS)}


def server_services(con: Connections, languages: Sequence[str], detail_fields: Sequence[str]) -> _ServiceRows:
    """:func:`.reader._read_services` on the server (the categories from the snapshot, so that
    it need not wait for :func:`server_head`): most services of a category say what its first
    service says; a service that says what its category's "typical" service says (the first
    of the category among the first :data:`_SAMPLE` services) has that category's detail (keys
    > 0), found by the server in the one scan of the table (row-level security costs a hash
    of the visible points at each scan); the others are given with their values, usually
    few, and keyed here by value (keys < 0). Which services share a key only needs to follow
    their values (the encoder interns details by value): the files are those of SQLite's way."""
    import numpy as np

    values = [_column(SERVICE, c) for c in detail_fields]
    with con.pg.cursor() as cur:
        cur.execute(f"SELECT DISTINCT ON (category) category, {', '.join(values)} FROM (SELECT fid, "
                    f"category, {', '.join(values)} FROM {quote(SERVICE.name)} ORDER BY fid LIMIT {_SAMPLE}) "
                    "AS sample ORDER BY category, fid")
        typical = [tuple(row) for row in cur.fetchall()]
    categories = read_vocabulary(partial(_fetch, con.lite), "service_category", languages).codes
    count, fids, points, positions, found, other_rows = con.one(
        f"SELECT count(*), {_joined('fid::text')}, {_joined('point', '')}, {_joined('position::text')}, "
        f"{_joined('typical::text')}, coalesce(json_agg(other) FILTER (WHERE typical = 0), '[]')::text "
        "FROM (SELECT fid, point, position, typical, CASE WHEN typical = 0 THEN json_build_array(fid, "
        f"{', '.join(f'd{k}' for k in range(len(values)))}) END AS other "
        f"FROM (SELECT fid, coalesce(service_point_uuid::text, '') AS point, "
        f"{_position_sql(quote('category'), categories, -1, _C)} AS position, "
        f"{_typical_sql(values, [_is_text(SERVICE, c) for c in detail_fields], typical)} AS typical, "
        f"{', '.join(f'{v} AS d{k}' for k, v in enumerate(values))} FROM {quote(SERVICE.name)} "
        "OFFSET 0) AS t ORDER BY fid) AS s")  # (OFFSET 0: each service's typical worked out once)
    uuids: str | list[str] = points
    if len(points) != 36 * count:  # a service without its point's uuid (the schema does not allow it)
        (points_found,) = con.one("SELECT coalesce(json_agg(service_point_uuid::text ORDER BY fid), "
                                  f"'[]')::text FROM {quote(SERVICE.name)}")
        uuids = json.loads(points_found)
    service_fids, details = _ints(fids), _ints(found)
    _in_order(service_fids)
    detail_rows: dict[int, tuple[Any, ...]] = {k + 1: row[1:] for k, row in enumerate(typical)}
    others = json.loads(other_rows)
    if others:
        key_of: dict[tuple[Any, ...], int] = {}
        for row in others:
            key_of.setdefault(tuple(row[1:]), -len(key_of) - 1)
        detail_rows.update({key: row for row, key in key_of.items()})
        at = np.searchsorted(service_fids, [row[0] for row in others])
        details[at] = [key_of[tuple(row[1:])] for row in others]
    return _ServiceRows(count, service_fids, uuids, _ints(positions), details, detail_rows)


def _typical_sql(values: Sequence[str], texts: Sequence[bool], typical: Sequence[tuple[Any, ...]]) -> str:
    """The key (1, 2...) of the row of ``typical`` (category, then the ``values``, which are
    texts where ``texts`` says so) that a service is the same as, 0 for none. The texts are
    compared as one array (one comparison, NULLs equal to each other: a third cheaper than a
    comparison each)."""
    def same(row: tuple[Any, ...]) -> str:
        pairs = list(zip(values, texts, row[1:]))
        text = [(v, x) for v, is_text, x in pairs if is_text]
        others = [f"{v} IS NULL" if x is None else f"{v} = {_sql_value(x)}" for v, is_text, x in pairs
                  if not is_text]
        if text:
            others.insert(0, f"ARRAY[{', '.join(v for v, _ in text)}]::text[] = "
                             f"ARRAY[{', '.join(_sql_value(x) for _, x in text)}]::text[]")
        return " AND ".join(others)

    def key(k: int) -> str:
        return f"CASE WHEN {same(typical[k])} THEN {k + 1} ELSE 0 END"

    which = " ".join(f"WHEN {_lit(row[0])} THEN {key(k)}"
                     for k, row in enumerate(typical) if row[0] is not None)
    which = f"CASE category {which} ELSE 0 END" if which else "0"
    for k, row in enumerate(typical):
        if row[0] is None:  # the services without category
            which = f"CASE WHEN category IS NULL THEN {key(k)} ELSE {which} END"
    return which


def _sql_value(value: Any) -> str:
    """``value`` (text, a number or none) as an SQL literal."""
    if value is None:
        return "NULL"
    return str(value) if isinstance(value, int) else _lit(str(value))
