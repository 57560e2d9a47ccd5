"""Reading the exported rows: SQL on a thread of its own."""

from __future__ import annotations

import concurrent.futures
import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from ...definitions.formats import PUBLIC_FILTER
from ...definitions.model import (
    SERVICE,
    SERVICE_POINT,
    WHEELCHAIR,
)
from ..store.gpkg import readonly_uri
from ..store.schema import GEOMETRY_COLUMN, quote
from .common import EXPORTED_STATUSES
from .tables import Query, Rows, Vocabulary, _places, _town_names, read_vocabulary

CTX = "WebMap"


# --------------------------------------------------------------------------------------------
# Reading: SQL on a thread of its own
# --------------------------------------------------------------------------------------------
_T = TypeVar("_T")


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


#: The rows that are exported.
_EXPORTED = PUBLIC_FILTER
#: What Python's str.strip() removes, for SQLite's trim().
_WHITESPACE = "".join(c for c in map(chr, range(0x3001)) if c.isspace())


def _plain_point(g: str) -> str:
    """Whether the GeoPackage blob ``g`` holds a little-endian 2D point without envelope (what
    GDAL and QGIS write): then its x and y are the 16 bytes from the 14th. Other blobs are read
    by point_xy."""
    return (f"(length({g}) = 29 AND substr({g}, 1, 4) IN (X'47500000', X'47500001') "
            f"AND substr({g}, 9, 5) = X'0101000000')")


_NOT_PLAIN = "Z" * 32  # in the hexadecimal coordinates, for a blob read apart


def _position_sql(q: str, codes: Sequence[str], unknown: int, collate: str = "") -> str:
    """The position of the code ``q`` (an SQL expression) among ``codes``: -1 when empty,
    ``unknown`` when it is not one of them. ``collate`` follows ``q`` where codes are compared
    by order: SQLite compares the bytes, PostgreSQL needs ``COLLATE "C"`` to do so."""
    def search(items: list[tuple[str, int]]) -> str:  # a few comparisons for a long list
        if len(items) > 6:
            middle = len(items) // 2
            return (f"CASE WHEN {q}{collate} < {_lit(items[middle][0])} THEN {search(items[:middle])} "
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


def wait_for(future: concurrent.futures.Future[_T], check_cancel: Callable[[], None]) -> _T:
    """The result of ``future``, the caller's cancellation checked while it is not there."""
    while True:
        try:
            return future.result(timeout=0.05)
        except concurrent.futures.TimeoutError:
            check_cancel()


def connect_file(path: Path) -> sqlite3.Connection:
    """A read-only connection to the GeoPackage at ``path`` as the queries of an export read it
    (texts as :func:`_decode_text` decodes them, temporary tables in memory)."""
    con = sqlite3.connect(readonly_uri(path), uri=True, isolation_level=None)
    con.text_factory = _decode_text
    con.execute("PRAGMA temp_store = MEMORY")
    con.execute("PRAGMA mmap_size = 268435456")
    return con


class _Reader:
    """Runs the queries of one export on a thread of its own, with one read-only connection
    and in one read transaction: successive queries see the same state of the database, and
    SQLite (which releases Python's GIL) reads while Python encodes or QGIS draws the basemap."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="amuddu-webmap")
        self._con: sqlite3.Connection | None = None
        self._futures: list[concurrent.futures.Future[Any]] = []

    def submit(self, task: Callable[[sqlite3.Connection], _T]) -> concurrent.futures.Future[_T]:
        future = self._pool.submit(self._run, task)
        self._futures.append(future)
        return future

    def _run(self, task: Callable[[sqlite3.Connection], _T]) -> _T:
        if self._con is None:
            con = connect_file(self._path)
            con.execute("BEGIN")
            self._con = con
        return task(self._con)

    def start(self, languages: Sequence[str], sort_language: str, text_names: Sequence[str],
              detail_fields: Sequence[str]) -> tuple[concurrent.futures.Future[Any], ...]:
        """Everything read at once, in the order the encoder needs it: what places and sorts
        the points (while QGIS draws the basemap), their texts (while Python sorts), the
        distinct values of some fields (while Python codes the texts), the services."""
        head = self.submit(partial(_read_head, languages=languages, sort_language=sort_language))
        return (head, self.submit(lambda con: _read_texts(con, text_names, head.result().vocab)),
                self.submit(_read_cached),
                self.submit(lambda con: _read_services(con, head.result().vocab["category"].codes,
                                                       detail_fields)))

    wait = staticmethod(wait_for)

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


def read_vocabularies(query: Query, languages: Sequence[str]) -> dict[str, Vocabulary]:
    """The vocabularies the web map's points and services refer to."""
    return {
        "institution": read_vocabulary(query, "institution", languages,
                                       ("acronym", "colour", "icon", "website")),
        "category": read_vocabulary(query, "service_category", languages),
        "facility_type": read_vocabulary(query, "facility_type", languages, ("institution",)),
        "eligibility": read_vocabulary(query, "eligibility", languages),
        "language": read_vocabulary(query, "language", languages),
        "region": _places(query, "region", languages, ()),
        "province": _places(query, "province", languages, ("region_code",)),
    }


def sort_name_sql(sort_language: str, trim: str, whitespace: str) -> str:
    """A point's sort name: "0" and its name in ``sort_language``, else "1" and its French or
    English name, without the white space ``whitespace`` (an SQL expression) around; ``trim``
    is the SQL function that removes characters at both ends (SQLite trim, PostgreSQL btrim)."""
    own = quote(f"name_{sort_language}")
    return (f"CASE WHEN {own} <> '' THEN '0' || {trim}(CAST({own} AS TEXT), {whitespace}) ELSE '1' || "
            f"{trim}(CAST(coalesce(nullif(name_fr, ''), nullif(name_en, ''), '') AS TEXT), {whitespace}) END")


def _read_head(con: sqlite3.Connection, languages: Sequence[str], sort_language: str) -> _Head:
    query: Query = partial(_fetch, con)
    vocab = read_vocabularies(query, languages)
    town_names = _town_names(query) if "ar" in languages else {}
    sort_name = sort_name_sql(sort_language, "trim", ":ws")
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


def _ints(text: str) -> Any:
    """``"1,-1,2"`` as a numpy array."""
    import numpy as np

    return np.fromstring(text, dtype=np.int64, sep=",") if text else np.zeros(0, np.int64)
