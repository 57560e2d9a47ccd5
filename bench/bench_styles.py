#!/usr/bin/env python3
"""Benchmark of the forms and map styles: what they cost when a database is created,
loaded and drawn, measured against references taken in the same run.

Run (Debian's Python with QGIS, headless)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_styles.py [--repeat 5]

It prints, as medians over the repeats:

1. creating a database from data/amuddu.gpkg with the sample points, and the part of it
   spent building and saving the default styles in ``layer_styles`` (as a ratio);
2. loading it into a project (layers, relations, forms, styles, map themes) against
   opening the same layers bare;
3. drawing the service points at national and city scale with the Amuddu style
   (SVG icons, labels) against one plain dot per point;
4. validating every constraint of every service point (QgsVectorLayerUtils).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def median_time(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", default=str(ROOT / "data" / "amuddu.gpkg"))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    from qgis.core import (
        QgsApplication,
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsExpressionContext,
        QgsExpressionContextUtils,
        QgsMapRendererParallelJob,
        QgsMapSettings,
        QgsMarkerSymbol,
        QgsProject,
        QgsRectangle,
        QgsSingleSymbolRenderer,
        QgsVectorLayerUtils,
    )
    from qgis.PyQt.QtCore import QSize

    app = QgsApplication([], False)
    app.initQgis()
    from amuddu_plugin.core.project import load_into_project
    from amuddu_plugin.core.setup import create_database
    from amuddu_plugin.core.styles import layer_styles
    from amuddu_plugin.definitions.model import TABLES

    out = sys.stdout.write
    with tempfile.TemporaryDirectory() as folder:
        counter = iter(range(10_000))

        def create() -> Any:
            return create_database(Path(folder) / f"db{next(counter)}.gpkg",
                                   reference=args.database, sample_data=True)

        db = create()
        t_create = median_time(create, args.repeat)
        t_styles = median_time(lambda: layer_styles.save_default_styles(db), args.repeat)
        out(f"create database (sample points, styles included): {t_create * 1000:7.1f} ms\n")
        out(f"  of which forms and styles saved in layer_styles: {t_styles * 1000:7.1f} ms "
            f"({t_styles / t_create:.0%} of the creation)\n")

        def load() -> Any:
            QgsProject.instance().clear()
            return load_into_project(db, QgsProject.instance(), language="fr")

        def bare() -> None:
            QgsProject.instance().clear()
            for t in TABLES:
                if t.name != "amuddu_meta":
                    QgsProject.instance().addMapLayer(db.layer(t.name))

        t_load, t_bare = median_time(load, args.repeat), median_time(bare, args.repeat)
        out(f"load into a project (forms, styles, themes):      {t_load * 1000:7.1f} ms "
            f"(x{t_load / t_bare:.1f} opening the layers bare, {t_bare * 1000:.1f} ms)\n")

        loaded = load()
        points = loaded.layers["service_point"]
        crs = QgsCoordinateReferenceSystem("EPSG:3857")
        transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs,
                                           QgsProject.instance())

        def draw(extent: QgsRectangle) -> None:
            settings = QgsMapSettings()
            settings.setDestinationCrs(crs)
            settings.setExtent(transform.transformBoundingBox(extent))
            settings.setOutputSize(QSize(1200, 900))
            settings.setLayers([points])
            context = QgsExpressionContext()
            context.appendScope(QgsExpressionContextUtils.globalScope())
            context.appendScope(QgsExpressionContextUtils.mapSettingsScope(settings))
            settings.setExpressionContext(context)
            job = QgsMapRendererParallelJob(settings)
            job.start()
            job.waitForFinished()

        extents = {"national": QgsRectangle(-17.3, 20.7, -0.9, 36.0),
                   "city (Rabat)": QgsRectangle(-6.92, 33.965, -6.74, 34.085)}
        styled = {name: median_time(lambda e=e: draw(e), args.repeat) for name, e in extents.items()}
        renderer, labeling = points.renderer().clone(), points.labeling().clone()
        points.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple({"size": "2"})))
        points.setLabelsEnabled(False)
        plain = {name: median_time(lambda e=e: draw(e), args.repeat) for name, e in extents.items()}
        points.setRenderer(renderer)
        points.setLabeling(labeling)
        points.setLabelsEnabled(True)
        for name in extents:
            out(f"draw service points, {name:<13} Amuddu style:  {styled[name] * 1000:7.1f} ms "
                f"(x{styled[name] / plain[name]:.1f} plain dots, {plain[name] * 1000:.1f} ms)\n")

        features = list(points.getFeatures())
        count = points.fields().count()

        def validate() -> None:
            for feature in features:
                for idx in range(count):
                    QgsVectorLayerUtils.validateAttribute(points, feature, idx)

        t_validate = median_time(validate, max(1, args.repeat // 2))
        out(f"validate every field of {len(features)} points:          {t_validate * 1000:7.1f} ms "
            f"({t_validate / len(features) * 1000:.2f} ms a point, what saving a form costs)\n")
        QgsProject.instance().clear()
    app.exitQgis()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
