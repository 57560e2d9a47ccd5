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

The stages live in modules of their own: ``common.py`` (format, public fields, warnings, raw
JSON), ``texts.py`` (values as the page shows them), ``tables.py`` (shared strings and
vocabularies), ``reader.py`` (SQL on its own thread), ``columns.py`` (text columns with
numpy), ``arrays.py`` (whole-column checks, ranks and orders), ``vocab.py`` (vocabularies,
labels, languages); this module holds the encoder that puts them together.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from ...definitions.model import (
    SERVICE,
    SERVICE_POINT,
)
from ...toolbelt.i18n import tr
from ..store.database import Database
from ..store.schema import quote
from .arrays import _coordinates, _distinct, _emails, _name_order, _phones, _ranks_of, _uuid_list
from .columns import _ints_json, _JsonStrings, _take
from .common import (
    COORDINATE_SCALE,
    PUBLIC_POINT_FIELDS,
    PUBLIC_SERVICE_FIELDS,
    RawJSON,
    Warnings,
    json_bytes,
)
from .reader import _CODE_FIELDS, _ints, _Reader
from .tables import COLUMN_CODING, DataExport, Fid, _by_language, _detail, _Encoder
from .texts import _ISO_DATE, _public_ids, clean_text, public_ids
from .vocab import _VOCABULARIES, _labels, _prepare_vocabularies, check_languages

__all__ = ["DataEncoder", "check_languages", "encode"]

CTX = "WebMap"


# --------------------------------------------------------------------------------------------
# The encoder's stages
# --------------------------------------------------------------------------------------------
@dataclass
class _Placed:
    """The exported points (those with a usable location), in the page's order."""

    order: Any  # positions in the rows read (numpy int64), in the points' order
    n: int
    fids: list[int]
    uuids: bytes | list[str]  # 36 bytes each (the usual case), or a list
    xs: Any  # coordinates in units of 1/COORDINATE_SCALE degree (numpy int64)
    ys: Any
    skipped: int  # points left out: no usable location


@dataclass
class _Services:
    """The exported services, in the points' order (each point's in fid order)."""

    count: int
    category: list[int]
    detail: list[int]
    per_point: list[int]





# --------------------------------------------------------------------------------------------
# The encoder
# --------------------------------------------------------------------------------------------
class DataEncoder:
    """Encodes the data of one export of ``db``. Reading starts at once on a thread of its
    own, so that the caller can do other work meanwhile (webmap.py draws the basemap); then
    :meth:`encode`. Close it (or use it as a context manager) in any case."""

    def __init__(self, db: Database | None, languages: Sequence[str], sort_language: str,
                 server: Any = None, snapshot: Any = None) -> None:
        """``server``: the PostgreSQL database whose points and services ``db`` (a snapshot
        of it without them) leaves there (:mod:`.server_reader`); ``snapshot``: instead of
        ``db``, the future path of that snapshot, being written while the server reads."""
        assert db is not None or (server is not None and snapshot is not None)
        self.db: Any = server if server is not None else db  # where the rows are
        self.languages = list(languages)
        self.sort_language = sort_language
        service_text = _by_language(SERVICE, self.languages, PUBLIC_SERVICE_FIELDS)
        self._service_text = service_text
        self._detail_fields = [column for by_lang in service_text.values() for column in by_lang.values()]
        self._detail_fields += ["eligibility", "min_age", "max_age"]
        text_columns = _by_language(SERVICE_POINT, self.languages, PUBLIC_POINT_FIELDS)
        self._text_columns = text_columns
        self._text_names = [column for by_lang in text_columns.values() for column in by_lang.values()]
        self._text_names += ["phone", "email"]
        if server is None:
            assert db is not None
            self._reader: Any = _Reader(db.path)
        else:
            from .server_reader import ServerReader

            self._reader = ServerReader(server, snapshot if snapshot is not None else db.path)  # type: ignore[union-attr]
        self._head, self._texts, self._cached, self._services = self._reader.start(
            self.languages, sort_language, self._text_names, self._detail_fields)

    def __enter__(self) -> DataEncoder:
        return self

    def __exit__(self, kind: Any, *_: Any) -> None:
        self.close(interrupt=kind is not None)

    def close(self, interrupt: bool = True) -> None:
        self._reader.close(interrupt)

    def encode(self, *, check_cancel: Callable[[], None] = lambda: None,
               progress: Callable[[float], None] = lambda _: None) -> DataExport:
        """Read the published service points and their services and encode them, stage by
        stage: vocabularies, locations and order, texts, coded columns, services, the string
        table, then the document."""
        wait = partial(self._reader.wait, check_cancel=check_cancel)
        warnings = Warnings()
        enc = _Encoder(self.languages, warnings)
        head = wait(self._head)
        positions = _prepare_vocabularies(head.vocab, warnings)
        progress(10)
        placed = self._place(head, warnings)
        check_cancel()
        progress(25)
        arrays, codes = wait(self._texts)
        progress(30)
        texts, phones, emails = self._code_texts(enc, dict(zip(self._text_names, arrays)), head.count, placed)
        del arrays
        progress(50)
        check_cancel()
        col = self._code_columns(enc, warnings, wait(self._cached), codes, head.town_names, placed, positions)
        unknown_hours = {k for k, h in enumerate(enc.hours.items) if h["week"] is None}
        hours_unknown = sum(1 for h in col["hours"] if h in unknown_hours) if unknown_hours else 0
        # written now, while SQLite reads (website and verified wait for the string table)
        col.update({name: RawJSON(_ints_json(values), True) for name, values in col.items()
                    if name not in ("website", "verified")})
        col.update(phone=phones, email=emails)
        progress(65)
        services = self._code_services(enc, warnings, wait(self._services), placed, positions["eligibility"])
        progress(80)
        strings = self._renumber_strings(enc, col)
        payload = self._document(head.vocab, enc, placed, texts, col, services, strings)
        xs, ys, scale = placed.xs, placed.ys, COORDINATE_SCALE
        bounds = (int(xs.min()) / scale, int(ys.min()) / scale,
                  int(xs.max()) / scale, int(ys.max()) / scale) if placed.n else None
        progress(90)
        return DataExport(payload, placed.n, services.count, placed.skipped, warnings, bounds, hours_unknown)

    # --- where the points are, and their order: by name in the default language ------------
    def _place(self, head: Any, warnings: Warnings) -> _Placed:
        import numpy as np

        fids_all = _ints(head.fids)
        xy = _coordinates(head, fids_all)
        with np.errstate(invalid="ignore"):
            usable = (np.abs(xy[:, 0]) <= 180) & (np.abs(xy[:, 1]) <= 90)
        skipped = np.flatnonzero(~usable)
        read_uuids = head.uuids

        def uuid_at(k: int) -> str:
            return read_uuids[36 * k:36 * k + 36] if isinstance(read_uuids, str) else read_uuids[k]

        if len(skipped):
            names = dict(self.db.query(
                f"SELECT fid, name_fr FROM {quote(SERVICE_POINT.name)} WHERE fid IN "
                f"({', '.join(map(str, fids_all[skipped].tolist()))})"))
            for k in skipped.tolist():
                warnings.add(tr(CTX, "service_point fid %1 (%2): no usable location; it is left out.",
                                int(fids_all[k]), clean_text(names.get(int(fids_all[k]))) or uuid_at(k)))
        located = np.flatnonzero(usable).tolist()
        order_list = _take(located, _name_order(_take(json.loads(head.sort_names), located)))
        order = np.asarray(order_list, dtype=np.int64)
        # the uuids in the points' order: 36 bytes each (the usual case), or a list
        uuids: bytes | list[str] = (np.frombuffer(read_uuids.encode("ascii"), "S36")[order].tobytes()
                                    if isinstance(read_uuids, str) and read_uuids.isascii()
                                    else [uuid_at(k) for k in order_list])
        scale = float(COORDINATE_SCALE)
        xs = np.rint(xy[order, 0] * scale).astype(np.int64)
        ys = np.rint(xy[order, 1] * scale).astype(np.int64)
        return _Placed(order=order, n=len(order_list), fids=fids_all[order].tolist(), uuids=uuids,
                       xs=xs, ys=ys, skipped=len(skipped))

    # --- the texts, front- or back-coded in the points' order --------------------------------
    def _code_texts(self, enc: _Encoder, read: dict[str, Any], count: int,
                    placed: _Placed) -> tuple[dict[str, dict[str, RawJSON]], RawJSON, RawJSON]:
        order = placed.order
        texts = {stem: {lang: _JsonStrings(read[column], count).coded(COLUMN_CODING[stem], order)
                        for lang, column in by_lang.items()}
                 for stem, by_lang in self._text_columns.items()}
        phones = _phones(enc, _JsonStrings(read["phone"], count), order, placed.fids)
        emails = _emails(enc, _JsonStrings(read["email"], count), order, placed.fids)
        read.clear()
        return texts, phones, emails

    # --- the fields whose distinct values are encoded here ----------------------------------
    def _code_columns(self, enc: _Encoder, warnings: Warnings, cached: dict[str, Any],
                      codes: dict[str, str], town_names: dict[str, str], placed: _Placed,
                      positions: dict[str, dict[str, int]]) -> dict[str, Any]:
        order, fid_list = placed.order, placed.fids

        def town(value: Any, _fid: Fid) -> int:
            name = clean_text(value)
            if not name:
                return -1
            entry = {"fr": name, **({"ar": town_names[name]} if name in town_names else {})}
            return enc.towns.add(name, entry)

        def code_set(what: str) -> Callable[[Any, Fid], int]:
            return lambda value, fid: enc.code_set(what, value, positions[what], fid) if value else -1

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
            "languages": distinct(cached["languages"], make=code_set("languages")),
            "eligibility": distinct(cached["eligibility"], make=code_set("eligibility")),
            "verified": distinct(cached["last_verified_on"], make=verified),
        })
        return col

    # --- services, in the points' order; their texts as shared "details" ---------------------
    def _code_services(self, enc: _Encoder, warnings: Warnings, rows: Any, placed: _Placed,
                       eligibility_pos: dict[str, int]) -> _Services:
        """Most services of a category say the same: a service is its category and the index
        of its "detail" (descriptions, eligibility, fees, ages), found by SQLite
        (_read_services)."""
        import numpy as np

        service_text, detail_fields = self._service_text, self._detail_fields
        s_fids, s_categories, s_details = rows.fids, rows.categories, rows.details
        s_ranks = _ranks_of(rows.points, rows.count, placed.uuids)  # -1: a point that is not exported
        unknown_category = np.flatnonzero((s_ranks >= 0) & (s_categories < 0))
        if len(unknown_category):
            found = dict(self.db.query(f"SELECT fid, category FROM {quote(SERVICE.name)} WHERE fid IN "
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
        return _Services(count=len(kept), category=s_categories[kept].tolist(),
                         detail=list(map(detail_of.__getitem__, s_details[kept].tolist())),
                         per_point=np.bincount(s_ranks[kept], minlength=placed.n).tolist())

    # --- the string table, front-coded; every reference renumbered ---------------------------
    def _renumber_strings(self, enc: _Encoder, col: dict[str, Any]) -> Any:
        strings, remap = enc.strings.front_coded()
        for name in ("website", "verified"):
            col[name] = list(map(remap.__getitem__, col[name]))
        for detail in enc.details.items:
            for stem in self._service_text:
                detail[stem] = {lang: remap[v] for lang, v in detail[stem].items()}
        return strings

    # --- the document ---------------------------------------------------------------------
    def _document(self, vocab: dict[str, Any], enc: _Encoder, placed: _Placed,
                  texts: dict[str, dict[str, RawJSON]], col: dict[str, Any], services: _Services,
                  strings: Any) -> dict[str, Any]:
        n = placed.n
        x0, y0 = (int(placed.xs.min()), int(placed.ys.min())) if n else (0, 0)
        x = RawJSON(json_bytes((placed.xs - x0).tolist()), True)
        y = RawJSON(json_bytes((placed.ys - y0).tolist()), True)
        uuids = placed.uuids
        ids = (_public_ids(uuids) if isinstance(uuids, bytes) else None) or public_ids(_uuid_list(uuids))
        column_order = ("institution", "facility_type", "province", "region", "town", "website", "hours",
                        "languages", "eligibility", "wheelchair", "status", "verified", "phone", "email")
        return {
            "labels": _labels(self.languages),
            "vocab": {
                **{name: vocab[key].entries for name, key in _VOCABULARIES},
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
                "services": RawJSON(_ints_json(services.per_point), True),
            },
            "services": {"n": services.count, "category": RawJSON(_ints_json(services.category), True),
                         "detail": RawJSON(_ints_json(services.detail), True)},
            "strings": strings,
        }

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


def encode(db: Database, languages: Sequence[str], sort_language: str, *,
           check_cancel: Callable[[], None] = lambda: None,
           progress: Callable[[float], None] = lambda _: None) -> DataExport:
    """Read the published service points and their services from ``db`` and encode them."""
    with DataEncoder(db, languages, sort_language) as encoder:
        return encoder.encode(check_cancel=check_cancel, progress=progress)
