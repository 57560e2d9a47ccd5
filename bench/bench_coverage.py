#!/usr/bin/env python3
"""Benchmark of the committee's coverage at commune level and of its report, against QGIS's own
algorithms on the same inputs, in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_coverage.py [--size 100000] [--runs 3]

On a synthetic database of ``--size`` published service points over all of Morocco (the
web map bench's, bench/bench_webmap.py, built once into build/bench/; each point also gets a
commune of its province here), for the 1,503 communes of the reference data, it prints:

- the nearest service of any kind from each commune's population: the coverage's grid index
  (core/monitoring/nearest.py, great-circle) against QGIS's "Distance to nearest hub
  (points)" (``qgis:distancetonearesthubpoints``: a spatial index and an ellipsoidal
  distance) on the same commune locations and points, loaded beforehand into memory layers
  for both; their ratio, and how far their distances differ;
- the whole coverage (``core.monitoring.coverage.coverage``: counts, ratios, the nearest
  service of each category and the share beyond 30 km) against the hub algorithm run once
  per category, which is what the same figures would take with it;
- the committee's report (``amuddu:cp3_report``'s core: figures, pages, PDF and project)
  against QGIS's own PDF export of the same layout (``QgsLayoutExporter``, read back from
  the project the report saved).

Times are medians of ``--runs`` runs (the per-category reference and the report: one run).
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_webmap import BENCH_DIR, synthetic_database  # noqa: E402

HUB_ID = "qgis:distancetonearesthubpoints"
KILOMETERS = 3  # the hub algorithm's UNIT choices: meters, feet, miles, kilometers, layer units


def with_communes(source: Path) -> Path:
    """A copy of ``source`` whose points each have a commune of their province (built once)."""
    path = source.with_name(source.stem + "-communes.gpkg")
    if path.exists():
        return path
    from amuddu_plugin.core.store.gpkg import connect

    tmp = path.with_name(path.stem + ".tmp.gpkg")
    shutil.copyfile(source, tmp)
    con = connect(tmp, write=True)  # the database's triggers use the GeoPackage functions
    communes: dict[str, list[str]] = {}
    for code, province in con.execute("SELECT code, province_code FROM commune"):
        communes.setdefault(str(province), []).append(str(code))
    rng = random.Random("amuddu-bench-coverage")
    rows = [(rng.choice(communes[str(p)]), uuid) for uuid, p in
            con.execute("SELECT uuid, province_code FROM service_point") if str(p) in communes]
    with con:
        con.executemany("UPDATE service_point SET commune_code = ? WHERE uuid = ?", rows)
    con.close()
    tmp.rename(path)
    return path


def memory_layers(units, points):
    """The commune locations (one point per location) and the service points, as memory layers."""
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    places = QgsVectorLayer("Point?crs=EPSG:4326", "communes", "memory")
    places.dataProvider().addAttributes([QgsField("code", QVariant.String)])
    places.updateFields()
    hubs = QgsVectorLayer("Point?crs=EPSG:4326", "services", "memory")
    hubs.dataProvider().addAttributes([QgsField("id", QVariant.Int), QgsField("categories", QVariant.String)])
    hubs.updateFields()
    features = []
    for unit in units:
        for lon, lat, _weight in unit.locations:
            f = QgsFeature(places.fields())
            f.setAttributes([unit.code])
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
            features.append(f)
    places.dataProvider().addFeatures(features)
    features = []
    for k, p in enumerate(points):
        f = QgsFeature(hubs.fields())
        f.setAttributes([k, "," + ",".join(sorted(p.categories)) + ","])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(p.lon, p.lat)))
        features.append(f)
    hubs.dataProvider().addFeatures(features)
    return places, hubs


def hub_distances(places, hubs) -> tuple[float, list[float]]:
    import processing

    started = time.perf_counter()
    out = processing.run(HUB_ID, {"INPUT": places, "HUBS": hubs, "FIELD": "id", "UNIT": KILOMETERS,
                                  "OUTPUT": "memory:"})["OUTPUT"]
    elapsed = time.perf_counter() - started
    return elapsed, [float(f["HubDist"]) for f in out.getFeatures()]


def ours_any(units, points) -> tuple[float, list[float]]:
    from amuddu_plugin.core.monitoring.coverage import EARTH_RADIUS_KM, haversine_km
    from amuddu_plugin.core.monitoring.nearest import Nearest

    started = time.perf_counter()
    nearest = Nearest(((p.lon, p.lat) for p in points), haversine_km, EARTH_RADIUS_KM)
    distances = [nearest(lon, lat) or 0.0 for u in units for lon, lat, _ in u.locations]
    return time.perf_counter() - started, distances


def timed(function, runs: int):
    times, result = [], None
    for _ in range(runs):
        elapsed, result = function()
        times.append(elapsed)
    return statistics.median(times), times, result


def _runs(times: list[float]) -> str:
    return ", ".join(f"{t:.3f}" for t in times)


def bench_nearest(units, points, runs: int):
    places, hubs = memory_layers(units, points)
    t_ours, ours_runs, ours = timed(lambda: ours_any(units, points), runs)
    t_hub, hub_runs, theirs = timed(lambda: hub_distances(places, hubs), runs)
    differences = [abs(a - b) for a, b in zip(ours, theirs)]
    relative = [d / b for d, b in zip(differences, theirs) if b > 1.0]
    print(f"\nNearest service of any kind, {places.featureCount():,} commune locations, "
          f"{hubs.featureCount():,} points:")
    print(f"  ours (grid, great-circle)       {t_ours:8.3f} s   runs {_runs(ours_runs)}")
    print(f"  {HUB_ID} {t_hub:8.3f} s   runs {_runs(hub_runs)}")
    print(f"  ratio ours / QGIS              {t_ours / t_hub:8.3f}")
    print(f"  distances: median difference {statistics.median(differences) * 1000:.0f} m, largest "
          f"{max(differences):.2f} km; {sum(r > 0.01 for r in relative)} of {len(relative)} beyond 1 km "
          f"differ by more than 1 % (sphere against ellipsoid, and the hub algorithm's nearest by "
          f"degrees)")
    farther = sum(a > b * 1.005 + 1e-6 for a, b in zip(ours, theirs))
    print(f"  communes where ours is farther than QGIS's by more than 0.5 %: {farther} (should be 0: ours is "
          f"the nearest on the sphere)")
    return places, hubs


def bench_coverage(units, points, categories: list[str], places, hubs) -> None:
    from amuddu_plugin.core.monitoring.coverage import coverage

    started = time.perf_counter()
    rows = coverage(units, points, categories, 30.0)
    t_ours = time.perf_counter() - started
    t_hub = 0.0
    for category in categories:
        hubs.setSubsetString(f"\"categories\" LIKE '%,{category},%'")
        if hubs.featureCount() == 0:
            continue
        elapsed, _ = hub_distances(places, hubs)
        t_hub += elapsed
    hubs.setSubsetString("")
    print(f"\nWhole coverage at commune level ({len(rows):,} communes, {len(categories)} categories, "
          f"counts, ratios, nearest of each category, share beyond 30 km):")
    print(f"  ours                             {t_ours:8.3f} s")
    print(f"  {HUB_ID} x {len(categories):<3} {t_hub:8.3f} s (nearest distances only)")
    print(f"  ratio ours / QGIS                {t_ours / t_hub:8.3f}")


def bench_report(db) -> None:
    from qgis.core import QgsLayoutExporter, QgsProject

    from amuddu_plugin.core.atlas.export import _pdf_settings
    from amuddu_plugin.core.report.export import ReportOptions, export_report

    target = BENCH_DIR / "report" / "cp3-report-fr.pdf"
    target.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    result = export_report(db, target, ReportOptions(language="fr"))
    t_ours = time.perf_counter() - started
    project = QgsProject()
    project.read(str(result.project))
    (layout,) = project.layoutManager().printLayouts()
    started = time.perf_counter()
    status = QgsLayoutExporter(layout).exportToPdf(str(target.with_name("qgis-export.pdf")), _pdf_settings())
    t_qgis = time.perf_counter() - started
    assert status == QgsLayoutExporter.Success, status
    print(f"\nThe committee's report ({result.pages} pages, {result.facts.points:,} points):")
    print(f"  ours (figures, quality check, pages, PDF, project)  {t_ours:8.2f} s")
    print(f"  QgsLayoutExporter.exportToPdf of the same layout   {t_qgis:8.2f} s")
    print(f"  ratio ours / QGIS's export alone                   {t_ours / t_qgis:8.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000, help="service points")
    parser.add_argument("--runs", type=int, default=3, help="runs of the nearest-service timings (median)")
    args = parser.parse_args()

    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from amuddu_plugin.core.monitoring.read import read_points, read_units
    from amuddu_plugin.core.store.database import Database
    from amuddu_plugin.definitions.monitoring import COMMUNE

    started = time.perf_counter()
    path = with_communes(synthetic_database(args.size, ROOT / "data" / "amuddu.gpkg"))
    print(f"database {path.name} ready in {time.perf_counter() - started:.0f} s")
    db = Database.open(path)
    started = time.perf_counter()
    units, points = read_units(db.path, COMMUNE), read_points(db.path, COMMUNE)
    categories = [str(c) for (c,) in db.query("SELECT code FROM service_category ORDER BY code")]
    print(f"read {len(units):,} communes and {len(points):,} published active points in "
          f"{time.perf_counter() - started:.2f} s (both sides below start from these)")
    places, hubs = bench_nearest(units, points, args.runs)
    bench_coverage(units, points, categories, places, hubs)
    bench_report(db)
    return 0


if __name__ == "__main__":
    sys.exit(main())
