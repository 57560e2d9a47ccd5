"""The web map's points and services read on a PostgreSQL server itself.

On a server, the export works on a snapshot of what its login sees (a GeoPackage: the
vocabularies, places and towns, small) but leaves the service points and services there:
the queries of :mod:`.reader` run on the server instead, written for PostgreSQL, and give
the encoder the very same values (the same bytes of JSON, the same codes and keys), so that
an export from a server is the export of the same data in a file, byte for byte
(``bench/bench_postgis_webmap.py`` and the tests compare them). Copying 100,000 points and
215,000 services into the snapshot took four times the export itself.

The queries (:mod:`.server_queries`) run on two connections at once, the services on one,
the points on the other, each in a read-only transaction (REPEATABLE READ), the second in
the first one's snapshot of the server: they see one state of it. They begin while the
snapshot of the small tables is written (``amuddu:export_webmap``); those that need its
vocabularies wait for it.
"""

from __future__ import annotations

import concurrent.futures
import sqlite3
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from ...definitions.model import SERVICE, SERVICE_POINT
from ...toolbelt.i18n import tr
from ..store.errors import StoreError
from .reader import connect_file, wait_for
from .server_queries import Connections, server_cached, server_head, server_services, server_texts

CTX = "WebMap"

_T = TypeVar("_T")
#: The export's transaction: its sorts and hashes of a few hundred thousand rows in memory,
#: not in files; no nested loops, which the planner picks when row-level security hides how
#: many rows a login sees (estimated at one, a join of 100,000 points took seconds); and no
#: parallel plans, whose partial aggregates (PostgreSQL 16 has them for string_agg) would not
#: keep the fid order the queries aggregate in (server_queries).
_PLANNER = ("SET LOCAL work_mem = '128MB'; SET LOCAL enable_nestloop = off; "
            "SET LOCAL max_parallel_workers_per_gather = 0")
#: The tables whose rows the export reads on the server (the snapshot leaves them there).
ROWS_READ_ON_SERVER = (SERVICE_POINT.name, SERVICE.name)


class _Lane:
    """One thread and its :class:`Connections` (opened by its first task)."""

    def __init__(self, name: str) -> None:
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self.con: Connections | None = None

    def disconnect(self) -> None:
        con, self.con = self.con, None
        if con is not None:
            con.close()


class ServerReader:
    """:class:`.reader._Reader` for a server, with two lanes: the tasks of :meth:`submit` run on
    one thread, those of :meth:`submit_apart` on another, each with :class:`Connections` of
    its own to ``server`` and to the snapshot at ``snapshot``, so that two server processes
    work at once while Python encodes. The second transaction imports the first one's
    snapshot (``pg_export_snapshot``): both see one state of the server. ``snapshot`` (the
    GeoPackage of the small tables) may be a future: the server's queries begin while it is
    written, the tasks that need it wait for it."""

    def __init__(self, server: Any, snapshot: Path | concurrent.futures.Future[Path]) -> None:
        self._server = server
        if isinstance(snapshot, concurrent.futures.Future):
            self._file = snapshot
        else:
            self._file = concurrent.futures.Future()
            self._file.set_result(snapshot)
        self._lanes = (_Lane("amuddu-webmap"), _Lane("amuddu-webmap-apart"))
        self._snapshot: concurrent.futures.Future[str] = concurrent.futures.Future()
        self._futures: list[concurrent.futures.Future[Any]] = []
        self._closed = False

    def submit(self, task: Callable[[Connections], _T]) -> concurrent.futures.Future[_T]:
        return self._submit(0, task)

    def submit_apart(self, task: Callable[[Connections], _T]) -> concurrent.futures.Future[_T]:
        return self._submit(1, task)

    def start(self, languages: Sequence[str], sort_language: str, text_names: Sequence[str],
              detail_fields: Sequence[str]) -> tuple[concurrent.futures.Future[Any], ...]:
        """:meth:`.reader._Reader.start` on the server: the services at once, beside the points
        (what places and sorts them, their texts, then the distinct values of some fields,
        which the encoder needs after the texts)."""
        head = self.submit(partial(server_head, languages=languages, sort_language=sort_language))
        services = self.submit_apart(lambda con: server_services(con, languages, detail_fields))
        return (head, self.submit(lambda con: server_texts(con, text_names, head.result().vocab)),
                self.submit(server_cached), services)

    def _submit(self, lane: int, task: Callable[[Connections], _T]) -> concurrent.futures.Future[_T]:
        future = self._lanes[lane].pool.submit(self._run, lane, task)
        self._futures.append(future)
        return future

    def _run(self, lane: int, task: Callable[[Connections], _T]) -> _T:
        import psycopg2

        from ..store.postgis.database import server_message

        try:
            if self._lanes[lane].con is None:
                self._lanes[lane].con = self._connect(lane)
            con = self._lanes[lane].con
            assert con is not None
            return task(con)
        except psycopg2.Error as err:
            raise StoreError(tr(CTX, "Reading %1 failed: %2", self._server.source,
                                server_message(err))) from err
        finally:
            self._fail(self._snapshot)  # (the first lane failed before sharing its snapshot)

    def _fail(self, future: concurrent.futures.Future[Any]) -> None:
        """``future`` fails, unless it is done (by another thread, maybe at this moment)."""
        try:
            if not future.done():
                future.set_exception(StoreError(tr(CTX, "Reading %1 failed.", self._server.source)))
        except concurrent.futures.InvalidStateError:
            pass

    def _connect(self, lane: int) -> Connections:
        pg = self._server.connect()
        try:  # (a connection that is not handed to its lane is closed here)
            pg.set_session(isolation_level="REPEATABLE READ", readonly=True)
            with pg.cursor() as cur:
                if lane == 0:
                    cur.execute(_PLANNER)
                    cur.execute("SELECT pg_export_snapshot()")
                    try:
                        self._snapshot.set_result(cur.fetchone()[0])
                    except concurrent.futures.InvalidStateError:  # closed meanwhile
                        raise StoreError(tr(CTX, "Reading %1 failed.", self._server.source)) from None
                else:
                    cur.execute("SET TRANSACTION SNAPSHOT %s", (self._snapshot.result(),))
                    cur.execute(_PLANNER)
        except BaseException:
            pg.close()
            raise
        return Connections(pg, self._open_file)

    def _open_file(self) -> sqlite3.Connection:
        return connect_file(self._file.result())

    wait = staticmethod(wait_for)

    def close(self, interrupt: bool) -> None:
        """Ends the transactions and the threads; ``interrupt`` stops the queries still to run.
        Again: nothing."""
        if self._closed:
            return
        self._closed = True
        for waited in (self._snapshot, self._file):  # a lane waiting for what will not come
            self._fail(waited)
        if interrupt:
            for future in self._futures:
                future.cancel()
            for lane in self._lanes:
                if lane.con is not None:
                    lane.con.pg.cancel()
        for lane in self._lanes:
            lane.pool.submit(lane.disconnect)
        for lane in self._lanes:
            lane.pool.shutdown(wait=True)
