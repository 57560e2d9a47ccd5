"""Scenarios run INSIDE the QGIS desktop by ``qgis --code`` (tests/desktop_harness.py).

Environment: AMUDDU_SCENARIO (a function name below), AMUDDU_OUT (the JSON to write),
AMUDDU_WORK (a scratch folder), AMUDDU_PARAMS (JSON), AMUDDU_SHOTS (a folder for
screenshots, or empty). Message boxes the plugin opens are answered by the
``answer`` parameter ("yes"/"no") and their texts recorded under ``questions``.
"""

import json
import os
import traceback
from pathlib import Path

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication, QMessageBox
from qgis.utils import iface, plugins

WORK = Path(os.environ["AMUDDU_WORK"])
PARAMS = json.loads(os.environ.get("AMUDDU_PARAMS") or "{}")
SHOTS = Path(os.environ["AMUDDU_SHOTS"]) if os.environ.get("AMUDDU_SHOTS") else None
RESULT = {"questions": []}


def plugin():
    return plugins["amuddu_plugin"]


def sample_database():
    """A copy of the bundled database with the sample points (made once per work folder)."""
    from amuddu_plugin.core.setup import create_database
    from amuddu_plugin.toolbelt.paths import bundled_database

    path = WORK / "sample.gpkg"
    if not path.exists():
        create_database(path, reference=bundled_database(), sample_data=True)
    return str(path)


def answer_boxes():
    """Answer any message box of the plugin (a periodic timer)."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        RESULT["questions"].append({"text": box.text(),
                                    "rtl": box.layoutDirection() == Qt.RightToLeft})
        wanted = QMessageBox.Yes if PARAMS.get("answer", "yes") == "yes" else QMessageBox.No
        button = box.button(wanted) or box.defaultButton()
        if button is not None:
            button.click()
        else:
            box.reject()


def save(widget_or_image, name):
    if SHOTS is None:
        return
    SHOTS.mkdir(parents=True, exist_ok=True)
    image = widget_or_image if hasattr(widget_or_image, "save") else widget_or_image.grab()
    image.save(str(SHOTS / name), "PNG")


def settle(rounds=10):
    for _ in range(rounds):
        QApplication.processEvents()


def project_facts():
    project = QgsProject.instance()
    crs = project.crs()
    return {
        "crs_authid": crs.authid(),
        "crs_wkt": crs.toWkt(),
        "crs_proj": crs.toProj(),
        "crs_description": crs.description(),
        "crs_geographic": crs.isGeographic(),
        "themes": project.mapThemeCollection().mapThemes(),
        "groups": [g.name() for g in project.layerTreeRoot().children()
                   if g.nodeType() == 0],
        "layers": [n.layer().name() for n in project.layerTreeRoot().findLayers()],
    }


# -- scenarios -------------------------------------------------------------------------------

def open_new():
    """A new project; Open database."""
    plugin().controller.open_path(sample_database())
    RESULT["crs_at_once"] = QgsProject.instance().crs().authid() or QgsProject.instance().crs().description()
    settle()
    RESULT.update(project_facts())
    save(iface.mainWindow(), "desktop-open.png")


def open_with_layers():
    """A project with a layer of its own in EPSG:4326; Open database; the CRS question."""
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "my points", "memory")
    QgsProject.instance().addMapLayer(layer)
    QgsProject.instance().setCrs(layer.crs())
    plugin().controller.open_path(sample_database())
    settle()
    RESULT.update(project_facts())


def reopen_project():
    """Open the database, save the project; a later run (another language) reopens the
    project and opens the database again."""
    project = QgsProject.instance()
    path = Path(PARAMS["project"])
    if path.exists():
        project.read(str(path))
        settle()
    plugin().controller.open_path(PARAMS.get("database") or sample_database())
    settle()
    RESULT.update(project_facts())
    project.write(str(path))


def main():
    timer = QTimer()
    timer.timeout.connect(answer_boxes)
    timer.start(100)
    RESULT["_timer"] = timer
    try:
        globals()[os.environ["AMUDDU_SCENARIO"]]()
    except Exception:  # noqa: BLE001 - reported to the test
        RESULT["error"] = traceback.format_exc()
    timer.stop()
    RESULT.pop("_timer", None)
    Path(os.environ["AMUDDU_OUT"]).write_text(json.dumps(RESULT, ensure_ascii=False, indent=1),
                                              encoding="utf-8")
    QgsApplication.exit(0)


QTimer.singleShot(300, main)
