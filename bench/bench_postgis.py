#!/usr/bin/env python3
"""Load test of the shared database: 4 institution editors and 1 reviewer write at once to a
throwaway PostgreSQL + PostGIS server (loopback only, tests/pg_cluster.py) for SECONDS.

Each writer repeats a read-modify-write of a point's notes as a QGIS form does it (read the
point and its version, append a token of its own, save with the version it read), on the
points it may change (an editor: their institution's; the reviewer: any), and now and then
tries what its profile forbids (another institution's point, publishing). It checks:

- no lost update: every token whose save was accepted is in the final notes, and none whose
  save was refused;
- every refusal is a rule's refusal (a profile's right, or a conflict with a save made
  meanwhile), never another error;
- the server's history holds exactly the accepted changes of each login.

It prints accepted writes per second, refusals by kind, and the checks. Run it with
``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_postgis.py [--seconds 30]``.
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from amuddu_plugin.definitions import access as A  # noqa: E402
from tests.pg_cluster import PgCluster  # noqa: E402

PASSWORD = "bench-only"
WRITERS = {"ed_anapec": "ANAPEC", "ed_ofppt": "OFPPT", "ed_en": "EN", "ed_art": "ARTISANAT",
           "reviewer": None}


def _setup(cluster: PgCluster) -> tuple[str, dict[str, list[str]]]:
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from amuddu_plugin.core.setup import copy_database, create_database
    from amuddu_plugin.core.store.postgis.access import grant_access

    folder = Path(tempfile.mkdtemp(prefix="amuddu-bench-"))
    sample = create_database(folder / "s.gpkg", reference=ROOT / "data" / "amuddu.gpkg", sample_data=True)
    dbname = cluster.create_database("load")
    server, _ = copy_database(sample.source, cluster.uri(dbname))
    for login, institution in WRITERS.items():
        cluster.psql("postgres", f"CREATE ROLE {login} LOGIN PASSWORD '{PASSWORD}'")
        grant_access(server, login, A.EDITOR if institution else A.REVIEWER, institution)
    points: dict[str, list[str]] = collections.defaultdict(list)
    for uuid, institution in server.query("SELECT uuid, institution FROM service_point"):
        points[institution].append(str(uuid))
    return dbname, points


class Writer(threading.Thread):
    def __init__(self, cluster: PgCluster, dbname: str, login: str, mine: list[str],
                 theirs: list[str], until: float, seed: int) -> None:
        super().__init__(daemon=True)
        self.cluster, self.dbname, self.login = cluster, dbname, login
        self.mine, self.theirs, self.until = mine, theirs, until
        self.random = random.Random(seed)
        self.accepted: list[tuple[str, str]] = []  # (point, token)
        self.refused: list[str] = []  # the refused tokens
        self.reasons: collections.Counter[str] = collections.Counter()
        self.unexpected: list[str] = []

    def run(self) -> None:
        import psycopg2

        con = psycopg2.connect(self.cluster.conninfo(self.dbname, self.login, PASSWORD))
        cur = con.cursor()
        cur.execute("SET search_path TO amuddu, public")
        con.commit()
        n = 0
        while time.monotonic() < self.until:
            n += 1
            forbidden = self.mine is not self.theirs and self.random.random() < 0.05
            point = self.random.choice(self.theirs if forbidden else self.mine)
            token = f"{self.login}-{n}"
            try:
                cur.execute("SELECT coalesce(notes, ''), floor(extract(epoch FROM updated_at) * 1000)"
                            "::bigint FROM service_point WHERE uuid = %s", (point,))
                notes, version = cur.fetchone()
                time.sleep(self.random.random() * 0.004)  # the analyst types
                cur.execute("UPDATE service_point SET notes = %s, updated_by = %s WHERE uuid = %s",
                            ((notes + " " + token).strip(), f"{self.login}{A.EDIT_BASE_MARK}{version}",
                             point))
                con.commit()
                self.accepted.append((point, token))
            except psycopg2.Error as err:
                con.rollback()
                text = str(err)
                self.refused.append(token)
                kind = next((k for k in A.REFUSALS_BY_KEY if f"{A.REFUSAL_PREFIX}:{k}:" in text), None)
                if kind is None:
                    self.unexpected.append(text.splitlines()[0])
                else:
                    self.reasons[kind] += 1
        con.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args(argv)
    cluster = PgCluster().start()
    try:
        dbname, points = _setup(cluster)
        everyone = [p for ps in points.values() for p in ps]
        until = time.monotonic() + args.seconds
        writers = [Writer(cluster, dbname, login, points[inst] if inst else everyone,
                          everyone, until, seed) for seed, (login, inst) in enumerate(WRITERS.items())]
        start = time.monotonic()
        for w in writers:
            w.start()
        for w in writers:
            w.join()
        elapsed = time.monotonic() - start
        rows = cluster.psql(dbname, "SELECT uuid || '=' || coalesce(notes, '') FROM amuddu.service_point")
        final = dict(line.split("=", 1) for line in rows.stdout.strip().splitlines())
        lost = [(p, t) for w in writers for p, t in w.accepted if t not in final.get(p, "").split()]
        ghost = [t for w in writers for t in w.refused if any(t in v.split() for v in final.values())]
        history = dict(line.split("|") for line in cluster.psql(
            dbname, "SELECT login, count(*) FROM amuddu.amuddu_history WHERE operation = 'update' "
                    "GROUP BY login").stdout.strip().splitlines())
        accepted = sum(len(w.accepted) for w in writers)
        print(f"{len(writers)} writers for {elapsed:.1f} s on PostgreSQL {cluster.port} (loopback)")
        print(f"accepted writes: {accepted} ({accepted / elapsed:.0f} per second)")
        for w in writers:
            print(f"  {w.login:10} accepted {len(w.accepted):5}  refused {dict(w.reasons)}  "
                  f"history {history.get(w.login, '0')}")
        unexpected = [u for w in writers for u in w.unexpected]
        checks = {
            "no lost update": not lost,
            "no refused change stored": not ghost,
            "every refusal is a rule's": not unexpected,
            "history = accepted changes": all(int(history.get(w.login, 0)) == len(w.accepted)
                                              for w in writers),
        }
        for name, ok in checks.items():
            print(f"{'ok  ' if ok else 'FAIL'} {name}")
        for u in unexpected[:5]:
            print("  unexpected:", u)
        return 0 if all(checks.values()) else 1
    finally:
        cluster.stop()


if __name__ == "__main__":
    raise SystemExit(main())
