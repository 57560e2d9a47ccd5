#!/usr/bin/env python3
"""Benchmark of amuddu:import_services' core: 50,000 rows upserted into a database of 50,000.

Run (Debian's Python with QGIS, headless)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_import.py [--rows 50000]

What it does, in a temporary folder:

1. creates a database from data/amuddu.gpkg (reference layers, no sample points);
2. imports a first generated CSV of N rows (the database then holds N points);
3. imports a second CSV of N rows, the timed upsert: 60 % of the rows are points of the
   first file with a changed phone number and a moved location, 20 % are unchanged, 20 %
   are new points (a tenth of them without coordinates, placed by their town);
4. for reference, in the same run: inserting N points one feature at a time through OGR
   (``Database.insert``, what a naive import would do), and reading + parsing the CSV alone.

It prints the times, rows per second and ratios, and checks the counts. The target is
under 10 s for the upsert of 50,000 rows into 50,000 on the project's 2-core machine.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TOWNS = [  # name as an office would write it, latitude, longitude
    ("Rabat", 34.0209, -6.8416), ("Casablanca", 33.5731, -7.5898), ("Fès", 34.0331, -5.0003),
    ("Marrakech", 31.6295, -7.9811), ("Tanger", 35.7595, -5.8340), ("Agadir", 30.4278, -9.5981),
    ("Oujda", 34.6814, -1.9086), ("Meknès", 33.8935, -5.5473), ("Kénitra", 34.2610, -6.5802),
    ("Tétouan", 35.5889, -5.3626), ("Béni Mellal", 32.3373, -6.3498), ("Nador", 35.1681, -2.9335),
]
CATEGORIES = ["Inscription et accueil des demandeurs d'emploi", "Intermédiation et placement",
              "Orientation et ateliers de recherche d'emploi", "EMP_TRAIN"]
HEADER = "Code;Nom;Ville;Latitude;Longitude;Téléphone;Courriel;Services\r\n"


def row(i: int, rng: random.Random, *, moved: bool = False, phone_offset: int = 0,
        coordinates: bool = True) -> str:
    town, lat, lon = TOWNS[i % len(TOWNS)]
    lat += ((i * 7919) % 1000) / 40000 + (0.0005 if moved else 0)
    lon += ((i * 104729) % 1000) / 40000
    phone = f"05{37 + i % 3} {(i + phone_offset) % 1000000:06d}"
    lat_text = f"{lat:.5f}".replace(".", ",") if coordinates else ""
    lon_text = f"{lon:.5f}".replace(".", ",") if coordinates else ""
    category = CATEGORIES[i % len(CATEGORIES)]
    return (f"B-{i:06d};Agence ANAPEC {town} {i};{town};{lat_text};{lon_text};{phone};"
            f"agence{i}@anapec.example;{category}\r\n")


def write_csv(path: Path, lines: list[str]) -> None:
    path.write_bytes((HEADER + "".join(lines)).encode("cp1252"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    args = parser.parse_args()
    n = args.rows

    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from amuddu_plugin.core.imports.importer import import_services, load_places, read_with_mapping
    from amuddu_plugin.core.setup import create_database

    rng = random.Random(42)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = create_database(folder / "bench.gpkg", reference=ROOT / "data" / "amuddu.gpkg")
        first = folder / "first.csv"
        write_csv(first, [row(i, rng) for i in range(n)])
        n_changed, n_same = int(n * 0.6), int(n * 0.2)
        n_new = n - n_changed - n_same
        second = folder / "second.csv"
        lines = [row(i, rng, moved=True, phone_offset=1) for i in range(n_changed)]
        lines += [row(i, rng) for i in range(n_changed, n_changed + n_same)]
        lines += [row(n + i, rng, coordinates=i % 10 != 0) for i in range(n_new)]
        write_csv(second, lines)

        places = load_places(db)
        t0 = time.perf_counter()
        loaded = import_services(db, str(first), institution="ANAPEC", places=places)
        t_first = time.perf_counter() - t0
        assert loaded.counts.added == n, loaded.counts

        table = read_with_mapping(str(second), None)

        t0 = time.perf_counter()
        result = import_services(db, str(second), institution="ANAPEC", places=places)
        t_upsert = time.perf_counter() - t0
        c = result.counts
        assert (c.added, c.updated, c.unchanged, c.rejected) == (n_new, n_changed, n_same, 0), c
        assert db.count("service_point") == n + n_new

        # Reference: the same number of points through OGR, one CreateFeature per row.
        ref = create_database(folder / "reference.gpkg", reference=ROOT / "data" / "amuddu.gpkg")
        points = [
            {"uuid": f"{i:08d}-0000-4000-8000-000000000000", "institution": "ANAPEC",
             "facility_type": "ANAPEC_AGENCY", "name_fr": f"Agence {i}", "phone": "+212537000000",
             "geometry": f"POINT({-7 + i / n} {33 + i / n})"}
            for i in range(n)
        ]
        t0 = time.perf_counter()
        ref.insert("service_point", points)
        t_ogr = time.perf_counter() - t0

    print(f"Rows per file: {n:,} ({len(table.rows):,} read back)")
    print(f"Database before the timed upsert: {n:,} points (first import: {t_first:.2f} s, "
          f"{n / t_first:,.0f} rows/s; " + ", ".join(f"{k} {v:.2f} s" for k, v in loaded.timings.items())
          + ")")
    print(f"Upsert of {n:,} rows: {t_upsert:.2f} s, {n / t_upsert:,.0f} rows/s "
          f"({c.added:,} added, {c.updated:,} updated, {c.unchanged:,} unchanged, "
          f"{c.located_by_town:,} located by town)")
    print("  steps: " + ", ".join(f"{k} {v:.2f} s" for k, v in result.timings.items()))
    print(f"Reference, {n:,} points inserted one by one through OGR (Database.insert): "
          f"{t_ogr:.2f} s, {n / t_ogr:,.0f} rows/s")
    print(f"Ratio upsert / OGR one-by-one insert: {t_upsert / t_ogr:.2f}")
    target = 10.0 * n / 50_000
    print(f"Target: under {target:.1f} s -> {'met' if t_upsert < target else 'NOT met'}")


if __name__ == "__main__":
    main()
