"""Benchmark of the printed handouts: every town of the demo that has a published service
within the radius, timed against the regional atlas (12 regions, PDF) exported in the same
run from the same database.

Prints figures, asserts nothing: towns, pages, seconds (median of the runs) and the ratios
handouts/atlas for the whole export and per page, which say more from one machine to
another than seconds do.

Usage (from the repository root, after `make deps data ext-libs`)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_handouts.py [--repeat 3]
        [--radius 25] [--paper A4] [--database data/amuddu.gpkg]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(run, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default=str(ROOT / "data" / "amuddu.gpkg"))
    parser.add_argument("--paper", default="A4", choices=("A4", "A5"))
    parser.add_argument("--radius", type=float, default=25.0)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measure (median)")
    args = parser.parse_args(argv)

    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    out = sys.stdout
    try:
        from amuddu_plugin.core.atlas.export import export_atlas
        from amuddu_plugin.core.handouts.export import HandoutOptions, export_handouts
        from amuddu_plugin.core.setup import create_database

        with tempfile.TemporaryDirectory(prefix="amuddu-bench-") as tmp:
            folder = Path(tmp)
            db = create_database(folder / "bench.gpkg", reference=args.database, sample_data=True)
            options = HandoutOptions(paper=args.paper, radius_km=args.radius,
                                     webmap_url="https://amuddu.example.org/", combined=False)

            def handouts():
                shutil.rmtree(folder / "handouts", ignore_errors=True)
                return export_handouts(db, folder / "handouts", options)

            def atlas():
                shutil.rmtree(folder / "atlas", ignore_errors=True)
                return export_atlas(db, folder / "atlas", fmt="pdf", paper="A4")

            atlas_s, atlas_result = timed(atlas, args.repeat)
            handouts_s, result = timed(handouts, args.repeat)
            towns = len(result.handouts)
            pages = sum(h.pages for h in result.handouts)
            size = sum(h.file.stat().st_size for h in result.handouts)
            atlas_pages = atlas_result.pages
            out.write(f"Amuddu handouts benchmark ({args.paper}, {args.radius:g} km, median of "
                      f"{args.repeat}):\n")
            out.write(f"  handouts: {towns} towns, {pages} pages, {handouts_s:.2f} s, "
                      f"{size / 1e6:.1f} MB ({size / max(pages, 1) / 1e3:.0f} kB/page)\n")
            out.write(f"  atlas (reference, same run): 12 regions, {atlas_pages} pages, "
                      f"{atlas_s:.2f} s\n")
            out.write(f"  ratio handouts/atlas: {handouts_s / atlas_s:.2f}x the time; per page "
                      f"{(handouts_s / pages) / (atlas_s / atlas_pages):.2f}x\n")
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
