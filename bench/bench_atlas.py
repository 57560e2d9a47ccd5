"""Benchmark of the regional atlas: time to export all 12 regions, and the size of each file.

Prints figures, asserts nothing. The reference measured in the same run is the time QGIS
takes to render the main map of one region once, alone, to a PNG (QgsMapRendererParallelJob,
the print layers at the map's size on A4 and 150 dpi): the ratios say how many such
renderings one atlas costs, which holds from one machine to another better than seconds.

Usage (from the repository root, after `make deps data`)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_atlas.py [--paper A4] [--png]
        [--combined] [--repeat 3] [--database data/amuddu.gpkg]

Targets (issue 4): all 12 regions in under 60 s on a 2-core machine, under 3 MB per region.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def render_reference(db, folder: Path, paper: str) -> float:
    """Seconds to render the main map of region 06 once to a PNG, as the atlas draws it
    (the map item's own settings: layers, extent, atlas variables) but alone."""
    from qgis.core import QgsMapRendererParallelJob, QgsProject
    from qgis.PyQt.QtCore import QSize, QSizeF

    from amuddu_plugin.core.atlas.layout import prepare_layout

    project = QgsProject()
    layout, _layers = prepare_layout(db, project, paper=paper)
    atlas = layout.atlas()
    atlas.beginRender()
    codes = [atlas.nameForPage(i) for i in range(atlas.count())]
    atlas.seekTo(codes.index("06"))
    main = layout.itemById("main-map")
    dpi = 150
    size = QSize(round(main.rect().width() / 25.4 * dpi), round(main.rect().height() / 25.4 * dpi))
    settings = main.mapSettings(main.extent(), QSizeF(size), dpi, True)
    start = time.perf_counter()
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(str(folder / "reference.png"), "PNG")
    elapsed = time.perf_counter() - start
    atlas.endRender()
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default=str(ROOT / "data" / "amuddu.gpkg"))
    parser.add_argument("--paper", default="A4", choices=("A4", "A3"))
    parser.add_argument("--png", action="store_true", help="export PNG pages instead of PDF")
    parser.add_argument("--combined", action="store_true", help="also write the combined PDF")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measure (median)")
    args = parser.parse_args(argv)

    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    out = sys.stdout
    try:
        from amuddu_plugin.core.atlas.export import export_atlas
        from amuddu_plugin.core.setup import create_database

        with tempfile.TemporaryDirectory(prefix="amuddu-bench-") as tmp:
            folder = Path(tmp)
            db = create_database(folder / "bench.gpkg", reference=args.database, sample_data=True)
            fmt = "png" if args.png else "pdf"
            out.write(f"Amuddu atlas benchmark: 12 regions, {fmt.upper()}, {args.paper}"
                      f"{', combined PDF' if args.combined else ''}; "
                      f"{db.count('service_point')} service points; median of {args.repeat}\n")
            render_reference(db, folder, args.paper)  # warm-up: fonts, SVG cache, GDAL
            references = [render_reference(db, folder, args.paper) for _ in range(args.repeat)]
            reference = statistics.median(references)
            totals, result = [], None
            for run in range(args.repeat):
                target = folder / f"run{run}"
                start = time.perf_counter()
                result = export_atlas(db, target, fmt=fmt, paper=args.paper,
                                      combined=args.combined)
                totals.append(time.perf_counter() - start)
            total = statistics.median(totals)
            assert result is not None
            out.write(f"\nReference: one region's main map rendered to PNG: {reference * 1000:.0f} ms\n")
            out.write(f"Atlas, 12 regions: {total:.2f} s (runs: "
                      f"{', '.join(f'{t:.2f}' for t in totals)}) = {total / reference:.0f} x the "
                      f"reference, {total / 12 / reference:.1f} x per region; target < 60 s: "
                      f"{'met' if total < 60 else 'NOT met'}\n\n")
            out.write(f"{'region':<32} {'pages':>5} {'points':>6} {'size':>10}\n")
            biggest = 0
            for region in result.regions:
                size = sum(p.stat().st_size for p in region.files)
                biggest = max(biggest, size)
                out.write(f"{region.code} {region.name:<29} {region.pages:>5} {region.services:>6} "
                          f"{size / 1e6:>8.2f} MB\n")
            all_size = sum(p.stat().st_size for p in result.files)
            out.write(f"{'total':<32} {result.pages:>5} {'':>6} {all_size / 1e6:>8.2f} MB\n")
            if result.combined:
                out.write(f"combined PDF: {result.combined.stat().st_size / 1e6:.2f} MB\n")
            if fmt == "pdf":
                out.write(f"largest region: {biggest / 1e6:.2f} MB; target < 3 MB per region: "
                          f"{'met' if biggest < 3e6 else 'NOT met'}\n")
            else:
                largest_page = max(p.stat().st_size for p in result.files)
                out.write(f"largest region: {biggest / 1e6:.2f} MB, largest page "
                          f"{largest_page / 1e6:.2f} MB (the 3 MB target is for PDFs)\n")
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
