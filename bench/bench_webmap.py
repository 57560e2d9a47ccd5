#!/usr/bin/env python3
"""Benchmark of the web map export and page, against QGIS's own GeoJSON writer.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_webmap.py [--sizes 1000 10000 100000]

For synthetic databases of 1k, 10k and 100k service points (names in three languages,
addresses, phones, 1-4 services each, four institutions; built once into build/bench/), it
prints in the same run:

- the export time of ``amuddu:export_webmap``'s core and of ``QgsVectorFileWriter`` writing
  the same points and public fields as GeoJSON (RFC 7946, 6 decimals), and their ratio (the
  medians of ``--runs`` alternate runs, each after the files written before are flushed to
  disk; the runs at the largest size are printed too). Our export reads SQLite on a second
  thread while Python encodes, so it uses up to two cores; QGIS's writer uses one;
- the data size against the GeoJSON file's (our data also holds the services, the vocabulary
  labels and the field labels, which the GeoJSON does not);
- the size of the application shell (everything but the data and the basemap);
- at the largest size, in headless Chromium: the time until the map is interactive
  (``window.amudduReady``) and the time a filter change takes to redraw the map and the list,
  next to supercluster's indexing of the same points in the same page.

Targets (issue 6, at 100k points): export <= 0.5 x GeoJSON writer, data <= 35 % of the
GeoJSON, shell <= 160 KB, interactive <= 2 s, filter redraw <= 100 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BENCH_DIR = ROOT / "build" / "bench"
SEED = "amuddu-bench-v1"
EXPORTED = "publication_state = 'published' AND operating_status IN ('active', 'temporarily_closed')"

QUARTERS = [
    ("Hay Mohammadi", "الحي المحمدي"), ("Hay Riad", "حي الرياض"), ("Sidi Moumen", "سيدي مومن"),
    ("Hay Hassani", "الحي الحسني"), ("Centre-ville", "وسط المدينة"), ("Médina", "المدينة القديمة"),
    ("Hay Salam", "حي السلام"), ("Al Qods", "القدس"), ("Bab Doukkala", "باب دكالة"),
    ("Hay Nahda", "حي النهضة"), ("Lamhamid", "المحاميد"), ("Hay El Massira", "حي المسيرة"),
    ("Bensouda", "بنسودة"), ("Takaddoum", "التقدم"), ("Hay Karima", "حي كريمة"), ("Ain Chock", "عين الشق"),
    ("Hay Al Wahda", "حي الوحدة"), ("Dakhla", "الداخلة"), ("Hay Essalam", "حي السلام"), ("Ennahda", "النهضة"),
]
STREETS = [("Avenue Mohammed V", "شارع محمد الخامس"), ("Rue Ibn Sina", "زنقة ابن سينا"),
           ("Boulevard Hassan II", "شارع الحسن الثاني"), ("Rue Al Farabi", "زنقة الفارابي"),
           ("Avenue des FAR", "شارع القوات المسلحة الملكية"), ("Rue Oued Sebou", "زنقة واد سبو"),
           ("Boulevard Zerktouni", "شارع الزرقطوني"), ("Rue de Fès", "زنقة فاس")]
HOURS = ["Mo-Fr 08:30-16:30", "Mo-Fr 08:30-16:30; Sa 09:00-12:00", "Mo-Th 08:30-12:00,14:00-16:30; "
         "Fr 08:30-11:30,15:00-16:30", "Mo-Sa 09:00-18:00"]


def synthetic_database(size: int, bundled: Path) -> Path:
    """A database of ``size`` synthetic service points (built once, kept in build/bench/)."""
    from amuddu_plugin.core.setup import create_database
    from tools.sample_data import SERVICE_TEXT, SERVICES_BY_FACILITY, TEMPLATES, de

    path = BENCH_DIR / f"bench-{size}.gpkg"
    if path.exists():
        return path
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.stem + ".tmp.gpkg")
    if tmp.exists():
        tmp.unlink()
    db = create_database(tmp, reference=bundled, sample_data=False)
    from amuddu_plugin.definitions.formats import canonical_codes

    rng = random.Random(f"{SEED}-{size}")
    towns = db.query("SELECT name_fr, name_ar, region_code, province_code, geom FROM town "
                     "WHERE name_ar IS NOT NULL AND province_code IS NOT NULL")
    from amuddu_plugin.core.store.gpkg import point_xy

    towns = [(fr, ar, region, province, point_xy(geom)) for fr, ar, region, province, geom in towns]
    templates = [t for t in TEMPLATES.values() if t.key not in ("chamber", "cmc")]
    website = dict(db.query("SELECT code, website FROM institution"))
    institution_of = dict(db.query("SELECT code, institution FROM facility_type"))
    points, services = [], []
    for k in range(size):
        fr, ar, region, province, (lon, lat) = rng.choice(towns)
        template = rng.choice(templates)
        quarter, quarter_ar = rng.choice(QUARTERS)
        street, street_ar = rng.choice(STREETS)
        fmt = {"town": f"{fr} {quarter}", "de_town": de(fr) + " " + quarter, "town_ar": f"{ar} {quarter_ar}",
               "place": quarter, "place_ar": quarter_ar, "region": "", "region_ar": "", "de_region": ""}
        number = rng.randint(1, 400)
        institution = institution_of[template.facility_type]
        uid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        points.append({
            "uuid": uid, "institution": institution, "facility_type": template.facility_type,
            "name_fr": template.fr.format(**fmt), "name_ar": template.ar.format(**fmt),
            "name_en": template.en.format(**fmt) if rng.random() < 0.7 else None,
            "address_fr": f"{number}, {street}, {quarter}, {fr}",
            "address_ar": f"{number}، {street_ar}، {quarter_ar}، {ar}",
            "town": fr, "province_code": province, "region_code": region,
            "phone": f"+2125{rng.randint(20000000, 39999999)}",
            "email": f"contact{k}@{institution.lower()}.example.ma" if rng.random() < 0.3 else None,
            "website": website[institution], "opening_hours": rng.choice(HOURS),
            # code lists in their one stored form (definitions/formats.py: the database checks it)
            "languages": canonical_codes(rng.choice(["{ar,ary,fr}", "{ar,ary,zgh,fr}", "{ar,ary,fr,es}",
                                                     "{ar,ary,fr,en}"])),
            "eligibility": canonical_codes(rng.choice(["{REGULARISED,REFUGEE}",
                                                       "{REGULARISED,REFUGEE,ASYLUM_SEEKER}", "{ANY}"])),
            "wheelchair": rng.choice(["yes", "limited", "no", None]),
            "operating_status": "temporarily_closed" if rng.random() < 0.05 else "active",
            "publication_state": "published",
            "last_verified_on": f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}",
            "source": "bench",
            "geometry": f"POINT ({lon + rng.uniform(-0.08, 0.08):.7f} {lat + rng.uniform(-0.08, 0.08):.7f})",
        })
        offered = SERVICES_BY_FACILITY[template.facility_type]
        for category in rng.sample(offered, rng.randint(1, min(4, len(offered)))):
            text = SERVICE_TEXT[category]
            services.append({
                "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "service_point_uuid": uid,
                "category": category, "description_fr": text[0], "description_ar": text[1],
                "description_en": text[2], "how_to_apply_fr": text[3], "how_to_apply_ar": text[4],
                "how_to_apply_en": text[5], "fees_fr": text[6], "min_age": text[7], "max_age": text[8],
            })
    db.insert("service_point", points)
    db.insert("service", services)
    tmp.rename(path)
    return path


def flush() -> None:
    """Write the files of the previous export to disk before timing the next one."""
    sync = getattr(os, "sync", None)  # not on Windows
    if sync is not None:
        sync()


def export_ours(db, folder: Path):
    from amuddu_plugin.core.webmap.export import WebMapOptions, export_webmap

    started = time.perf_counter()
    result = export_webmap(db, folder, WebMapOptions(basemap_url=""))
    return time.perf_counter() - started, result


def export_geojson(db, target: Path) -> tuple[float, int]:
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    from amuddu_plugin.core.webmap.common import PUBLIC_POINT_FIELDS

    if target.exists():
        target.unlink()
    started = time.perf_counter()
    layer = db.layer("service_point")
    layer.setSubsetString(EXPORTED)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GeoJSON"
    options.fileEncoding = "UTF-8"
    options.layerOptions = ["RFC7946=YES", "COORDINATE_PRECISION=6"]
    options.attributes = [layer.fields().indexOf(name) for name in PUBLIC_POINT_FIELDS]
    error = QgsVectorFileWriter.writeAsVectorFormatV2(layer, str(target), QgsCoordinateTransformContext(),
                                                      options)
    elapsed = time.perf_counter() - started
    if error[0] != QgsVectorFileWriter.NoError:
        raise RuntimeError(f"GeoJSON writer failed: {error}")
    return elapsed, target.stat().st_size


def browser_figures(index: Path, runs: int = 3) -> dict[str, float]:
    from tests.web.browser import chromium

    supercluster = (ROOT / "webapp" / "node_modules" / "supercluster" / "dist" / "supercluster.min.js"
                    ).read_text(encoding="utf-8")
    ready, load_wall = [], []
    redraw: list[float] = []
    with chromium() as browser:
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1280, "height": 860}, locale="fr-FR")
            page = context.new_page()
            started = time.perf_counter()
            page.goto(index.as_uri())
            page.wait_for_function("() => window.amudduReady === true", timeout=60_000)
            load_wall.append(time.perf_counter() - started)
            ready.append(page.evaluate("() => window.amudduStats.readyMs") / 1000)
            redraw += page.evaluate("""async () => {
                const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
                const times = [];
                const change = async (id, value) => {
                    const el = document.getElementById(id);
                    const t0 = performance.now();
                    el.value = value;
                    el.dispatchEvent(new Event('change'));
                    await frame();
                    times.push(performance.now() - t0);
                };
                for (const id of ['f-cat', 'f-reg', 'f-elig']) {
                    const values = [...document.getElementById(id).options].map(o => o.value);
                    for (const v of values.slice(1, 4)) await change(id, v);
                    await change(id, '-1');
                }
                return times;
            }""")
            context.close()
        context = browser.new_context()
        page = context.new_page()
        page.goto(index.as_uri())
        page.wait_for_function("() => window.amudduReady === true", timeout=60_000)
        page.evaluate(supercluster)
        sc = page.evaluate("""() => {
            const P = JSON.parse(document.getElementById('amuddu-data').textContent).points;
            const features = P.x.map((x, i) => ({type: 'Feature', properties: {i},
                geometry: {type: 'Point', coordinates: [(x + P.x0) / P.scale, (P.y[i] + P.y0) / P.scale]}}));
            const times = [];
            for (let r = 0; r < 3; r++) {
                const t0 = performance.now();
                new Supercluster({radius: 56, maxZoom: 17}).load(features);
                times.push(performance.now() - t0);
            }
            return times;
        }""")
        context.close()
    return {
        "ready_s": statistics.median(ready), "load_wall_s": statistics.median(load_wall),
        "redraw_median_ms": statistics.median(redraw), "redraw_max_ms": max(redraw),
        "redraw_n": len(redraw), "supercluster_ms": statistics.median(sc),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--runs", type=int, default=3, help="export runs per size (median)")
    args = parser.parse_args()

    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from amuddu_plugin.core.store.database import Database

    bundled = ROOT / "data" / "amuddu.gpkg"
    print(f"{'points':>8} {'ours s':>8} {'GeoJSON s':>10} {'time ratio':>10} {'data KB':>9} "
          f"{'GeoJSON KB':>10} {'size ratio':>10} {'basemap KB':>10} {'shell KB':>9}")
    last = None
    for size in args.sizes:
        started = time.perf_counter()
        path = synthetic_database(size, bundled)
        built = time.perf_counter() - started
        db = Database.open(path)
        folder = BENCH_DIR / f"webmap-{size}"
        ours, theirs = [], []
        result = None
        for _ in range(args.runs):
            flush()  # neither export pays for writing the files of the other to disk
            elapsed, result = export_ours(db, folder)
            ours.append(elapsed)
            flush()
            elapsed, geojson_bytes = export_geojson(db, BENCH_DIR / f"bench-{size}.geojson")
            theirs.append(elapsed)
        assert result is not None
        t_ours, t_theirs = statistics.median(ours), statistics.median(theirs)
        print(f"{result.points:>8} {t_ours:>8.2f} {t_theirs:>10.2f} {t_ours / t_theirs:>10.2f} "
              f"{result.data_bytes / 1000:>9.0f} {geojson_bytes / 1000:>10.0f} "
              f"{result.data_bytes / geojson_bytes:>10.2f} {result.basemap_bytes / 1000:>10.0f} "
              f"{result.shell_bytes / 1000:>9.1f}"
              + (f"   (database built in {built:.0f} s)" if built > 1 else ""))
        last = result
        runs = (ours, theirs)
    assert last is not None
    print(f"(runs at {last.points:,} points, in seconds: ours {', '.join(f'{t:.2f}' for t in runs[0])}; "
          f"GeoJSON {', '.join(f'{t:.2f}' for t in runs[1])})")
    figures = browser_figures(last.index)
    size = last.index.stat().st_size / 1e6
    print(f"\nHeadless Chromium, {last.points:,} points ({size:.1f} MB index.html):")
    print(f"  interactive (window.amudduReady) after {figures['ready_s']:.2f} s from navigation "
          f"({figures['load_wall_s']:.2f} s wall clock, median of 3 loads)")
    print(f"  filter change redrawn (map + list, two frames) in {figures['redraw_median_ms']:.0f} ms median, "
          f"{figures['redraw_max_ms']:.0f} ms at most, over {figures['redraw_n']} changes")
    print("  supercluster 9.1 indexing the same points in the same page: "
          f"{figures['supercluster_ms']:.0f} ms "
          "(what each filter change would cost with it)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
