#!/usr/bin/env python3
"""The spreadsheet import into a shared database: N rows upserted into a server database of
N points (a throwaway PostgreSQL + PostGIS cluster, tests/pg_cluster.py), against the same
upsert into the same data in a GeoPackage, in the same run. The files are bench_import.py's.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_postgis_import.py [--rows 50000]

The server import reads what the login sees into a snapshot, imports there, then sends what
changed in one transaction (core/store/postgis/session.py). Target: under 15 s for 50,000.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_import import row, write_csv  # noqa: E402

from tests.pg_cluster import PgCluster  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=50_000)
    args = parser.parse_args()
    n = args.rows
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from amuddu_plugin.core.imports.importer import import_services
    from amuddu_plugin.core.setup import copy_database
    from amuddu_plugin.core.store.create import create_database
    from amuddu_plugin.core.store.postgis.session import ServerSession

    folder = Path(tempfile.mkdtemp(prefix="amuddu-bench-"))
    cluster = PgCluster().start()
    try:
        rng = random.Random(7)
        first, second = folder / "first.csv", folder / "second.csv"
        write_csv(first, [row(i, rng) for i in range(n)])
        lines = [row(i, rng, moved=True, phone_offset=1) if i % 5 < 3 else row(i, rng)
                 for i in range(int(n * 0.8))]
        lines += [row(n + i, rng, coordinates=i % 10 != 0) for i in range(n - len(lines))]
        write_csv(second, lines)
        db = create_database(folder / "base.gpkg", reference=ROOT / "data" / "amuddu.gpkg")
        import_services(db, str(first), institution="ANAPEC")
        server, _ = copy_database(db.source, cluster.uri(cluster.create_database("bench")))
        print(f"{n:,} points in both stores; upserting {n:,} rows")

        clock = time.perf_counter()
        on_file = import_services(db, str(second), institution="ANAPEC")
        file_s = time.perf_counter() - clock
        clock = time.perf_counter()
        with ServerSession(cluster.uri("bench")) as session:
            snap_s = time.perf_counter() - clock
            on_server = import_services(session.snapshot, str(second), institution="ANAPEC")
            import_s = time.perf_counter() - clock - snap_s
            session.send(on_server.run_uuid)
        server_s = time.perf_counter() - clock
        send_s = server_s - snap_s - import_s
        same = (on_file.counts.added, on_file.counts.updated) == (on_server.counts.added,
                                                                  on_server.counts.updated)
        points = server.count("service_point")
        print(f"GeoPackage upsert: {file_s:.2f} s ({n / file_s:,.0f} rows/s)")
        print(f"Server upsert:     {server_s:.2f} s ({n / server_s:,.0f} rows/s): snapshot {snap_s:.2f} s, "
              f"import {import_s:.2f} s, send {send_s:.2f} s")
        print(f"Ratio server / GeoPackage: {server_s / file_s:.2f}")
        print(f"Same counts on both: {same}; server holds {points:,} points "
              f"(GeoPackage {db.count('service_point'):,})")
        print(f"Target: under 15.0 s -> {'met' if server_s < 15 else 'NOT met'}")
        return 0 if same and points == db.count("service_point") else 1
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
        app.exitQgis()


if __name__ == "__main__":
    raise SystemExit(main())
