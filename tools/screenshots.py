"""Screenshots of the service point map and of the editing form for the README
(``make screenshots``): QGIS widgets drawn under Xvfb (``xvfb-run``), from a copy of the
bundled database with the sample points, loaded by the plugin's own code.

    xvfb-run -a tools/screenshots.py --database data/amuddu.gpkg --output-dir docs
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: Rabat and Salé at about 1:60,000: icons, names in French with Arabic beneath.
CITY = (-6.92, 33.965, -6.74, 34.085)
MAP_SIZE = (1200, 800)
FORM_SIZE = (760, 560)


def _render_map(loaded: Any, output: Path) -> None:
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsExpressionContext,
        QgsExpressionContextUtils,
        QgsMapRendererParallelJob,
        QgsMapSettings,
        QgsProject,
        QgsRectangle,
    )
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    from amuddu_plugin.core.styles.symbology import SEA

    project = QgsProject.instance()
    settings = QgsMapSettings()
    crs = QgsCoordinateReferenceSystem("EPSG:3857")
    settings.setDestinationCrs(crs)
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs, project)
    settings.setExtent(transform.transformBoundingBox(QgsRectangle(*CITY)))
    settings.setOutputSize(QSize(*MAP_SIZE))
    settings.setBackgroundColor(QColor(SEA))
    settings.setLayers([loaded.layers[n] for n in ("service_point", "town", "province", "region")])
    context = QgsExpressionContext()
    context.appendScope(QgsExpressionContextUtils.globalScope())
    context.appendScope(QgsExpressionContextUtils.projectScope(project))
    context.appendScope(QgsExpressionContextUtils.mapSettingsScope(settings))
    settings.setExpressionContext(context)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    _save(job.renderedImage(), output)


def _layer_tools() -> Any:
    """The QgsVectorLayerTools a form needs (QGIS desktop provides its own)."""
    from qgis.core import QgsVectorLayerTools

    class Tools(QgsVectorLayerTools):
        def addFeature(self, *args: Any) -> bool:  # noqa: N802
            return False

        def startEditing(self, layer: Any) -> bool:  # noqa: N802
            return bool(layer.startEditing())

        def stopEditing(self, layer: Any, allowCancel: bool = True) -> bool:  # noqa: N802, N803
            return bool(layer.rollBack())

        def saveEdits(self, layer: Any) -> bool:  # noqa: N802
            return False

        def copyMoveFeatures(self, *args: Any) -> bool:  # noqa: N802
            return False

    return Tools()


def _grab_form(loaded: Any, output: Path, tab: int) -> None:
    from qgis.core import QgsFeatureRequest
    from qgis.gui import QgsAttributeEditorContext, QgsAttributeForm
    from qgis.PyQt.QtWidgets import QApplication, QTabWidget

    layer = loaded.layers["service_point"]
    request = QgsFeatureRequest().setFilterExpression(
        "\"institution\" = 'ANAPEC' AND \"town\" = 'Rabat' AND \"name_ar\" IS NOT NULL")
    feature = next(layer.getFeatures(request))
    layer.startEditing()  # a copy of the database: nothing is saved
    tools = _layer_tools()
    context = QgsAttributeEditorContext()
    context.setVectorLayerTools(tools)
    form = QgsAttributeForm(layer, feature, context)
    form.resize(*FORM_SIZE)
    form.findChildren(QTabWidget)[0].setCurrentIndex(tab)
    form.show()
    for _ in range(5):
        QApplication.processEvents()
    _save(form.grab().toImage(), output)
    form.close()
    layer.rollBack()


def _save(image: Any, output: Path) -> None:
    tmp = output.with_name(f".{output.stem}.tmp.png")
    if not image.save(str(tmp), "PNG"):
        raise SystemExit(f"cannot write {output}")
    tmp.replace(output)
    sys.stdout.write(f"Wrote {output}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", default=str(ROOT / "data" / "amuddu.gpkg"))
    parser.add_argument("--output-dir", default=str(ROOT / "docs"))
    parser.add_argument("--language", default="en", choices=("fr", "ar", "en"))
    args = parser.parse_args(argv)
    out = Path(args.output_dir)
    out.mkdir(parents=True, exist_ok=True)

    from qgis.core import QgsApplication, QgsProject
    from qgis.gui import QgsGui

    app = QgsApplication([], True)
    app.initQgis()
    QgsGui.editorWidgetRegistry().initEditors()
    try:
        from amuddu_plugin.core.project import load_into_project
        from amuddu_plugin.core.setup import create_database
        from amuddu_plugin.toolbelt.i18n import install_translator

        translator = install_translator(args.language)  # noqa: F841 - kept alive while drawing
        with tempfile.TemporaryDirectory() as folder:
            db = create_database(Path(folder) / "sample.gpkg", reference=args.database,
                                 sample_data=True)
            loaded = load_into_project(db, QgsProject.instance(), language=args.language)
            _render_map(loaded, out / "map.png")
            _grab_form(loaded, out / "form.png", tab=0)
            _grab_form(loaded, out / "form-services.png", tab=3)
            QgsProject.instance().clear()
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
