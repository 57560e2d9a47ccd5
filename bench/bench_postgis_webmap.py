#!/usr/bin/env python3
"""The web map exported from a shared database against the same export from a GeoPackage,
in the same run: N synthetic service points (bench_webmap.py's database), copied into a
throwaway PostgreSQL + PostGIS cluster (tests/pg_cluster.py), exported by the public
reader's login as amuddu:export_webmap does it on a server (a snapshot of the small tables,
the points and services read on the server: core/webmap/server_reader.py).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_postgis_webmap.py [--points 100000] [--runs 3]

Target (issue 12): the server export within 1.5x of the GeoPackage export. Prints the best of
RUNS for each, and whether both exports wrote the same files.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_webmap import flush, synthetic_database  # noqa: E402

from tests.pg_cluster import PgCluster  # noqa: E402
from tests.web.compare import differences  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--points", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the exports when they differ")
    args = parser.parse_args()
    from qgis.core import QgsApplication, QgsProcessingFeedback

    app = QgsApplication([], False)
    app.initQgis()
    from amuddu_plugin.core.setup import copy_database
    from amuddu_plugin.core.store.database import Database
    from amuddu_plugin.core.store.opening import open_database
    from amuddu_plugin.core.store.postgis.access import grant_access
    from amuddu_plugin.core.webmap.export import WebMapOptions, export_webmap
    from amuddu_plugin.processing.alg_webmap import ExportWebMap

    path = synthetic_database(args.points, ROOT / "data" / "amuddu.gpkg")
    folder = Path(tempfile.mkdtemp(prefix="amuddu-bench-"))
    cluster = PgCluster().start()
    try:
        admin = cluster.uri(cluster.create_database("bench"))
        server, _ = copy_database(str(path), admin)
        cluster.psql("postgres", "CREATE ROLE public_map LOGIN PASSWORD 'bench-only'")
        grant_access(server, "public_map", "reader")
        os.environ["PGPASSWORD"] = "bench-only"  # libpq's environment: never in the source string
        reader = cluster.uri("bench", user="public_map")
        db = Database.open(path)
        print(f"{args.points:,} points in both stores")
        file_s, server_s = [], []
        for run in range(args.runs):
            out = folder / f"file-{run}"
            flush()
            clock = time.perf_counter()
            export_webmap(db, out, WebMapOptions(basemap_url=""))
            file_s.append(time.perf_counter() - clock)
            out = folder / f"server-{run}"
            flush()
            clock = time.perf_counter()
            # as amuddu:export_webmap does it: the server's queries begin, the snapshot is written
            ExportWebMap().from_server(open_database(reader), reader, str(out),
                                        WebMapOptions(basemap_url=""), QgsProcessingFeedback())
            server_s.append(time.perf_counter() - clock)
        differ = differences(folder / "file-0", folder / "server-0")
        print(f"GeoPackage export: {min(file_s):.2f} s (best of {args.runs})")
        print(f"Server export:     {min(server_s):.2f} s (best of {args.runs}; the snapshot of the "
              "small tables written while the server reads)")
        ratio = min(server_s) / min(file_s)
        print(f"Ratio server / GeoPackage: {ratio:.2f} (target 1.5: {'met' if ratio <= 1.5 else 'NOT met'})")
        print(f"Files that differ: {', '.join(differ) or 'none'}")
        if differ and "--keep" in sys.argv:
            print(f"Kept in {folder}")
            return 1
        return 0 if not differ else 1
    finally:
        cluster.stop()
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
