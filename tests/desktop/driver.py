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
from qgis.PyQt.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFrame,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QWidget,
)
from qgis.utils import iface, plugins

WORK = Path(os.environ["AMUDDU_WORK"])
PARAMS = json.loads(os.environ.get("AMUDDU_PARAMS") or "{}")
SHOTS = Path(os.environ["AMUDDU_SHOTS"]) if os.environ.get("AMUDDU_SHOTS") else None
RESULT = {"questions": []}


def plugin():
    return plugins["amuddu_plugin"]


def sample_database():
    """A copy of the bundled database with the sample points (made once per work folder,
    or at the ``database`` parameter)."""
    from amuddu_plugin.core.setup import create_database
    from amuddu_plugin.toolbelt.paths import bundled_database

    path = Path(PARAMS["database"]) if PARAMS.get("database") else WORK / "sample.gpkg"
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


def wait(ms):
    """Let QGIS run for ``ms`` milliseconds (timers, repaints)."""
    import time

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def wait_until(condition, limit_ms=10000):
    """Let QGIS run until ``condition()`` holds (at most ``limit_ms``); whether it held.
    A loaded machine (CI) may need seconds where an idle one needs a tenth."""
    import time

    end = time.monotonic() + limit_ms / 1000
    while not condition():
        if time.monotonic() > end:
            return False
        QApplication.processEvents()
        time.sleep(0.02)
    return True


def wait_for_canvas(limit_s=20):
    """Let the map canvas finish drawing (offline, the basemap's tiles fail at once)."""
    import time

    canvas = iface.mapCanvas()
    wait(300)
    end = time.monotonic() + limit_s
    while canvas.isDrawing() and time.monotonic() < end:
        wait(100)
    wait(300)


def rtl(widget):
    return widget.layoutDirection() == Qt.RightToLeft


def layer_of(table):
    for layer in QgsProject.instance().mapLayers().values():
        if layer.customProperty("amuddu/table") == table:
            return layer
    raise LookupError(table)


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
        "layer_tables": [n.layer().customProperty("amuddu/table") or
                         ("basemap" if n.layer().customProperty("amuddu/basemap") else "")
                         for n in project.layerTreeRoot().findLayers()],
        "basemap": basemap_facts(),
        "plugin_toolbar": [a.text() for a in iface.pluginToolBar().actions()],
        "amuddu_toolbars": [b.objectName() for b in iface.mainWindow().findChildren(QToolBar)
                            if "amuddu" in (b.objectName() + b.windowTitle()).lower()],
    }


def basemap_facts():
    for node in QgsProject.instance().layerTreeRoot().findLayers():
        layer = node.layer()
        if layer is not None and layer.customProperty("amuddu/basemap"):
            return {"name": layer.name(), "source": layer.source(), "valid": layer.isValid(),
                    "attribution": layer.attribution(), "visible": node.isVisible()}
    return None


# -- scenarios -------------------------------------------------------------------------------

def open_new():
    """A new project; Open database."""
    plugin().controller.open_path(sample_database())
    RESULT["crs_at_once"] = QgsProject.instance().crs().authid() or QgsProject.instance().crs().description()
    settle()
    RESULT.update(project_facts())
    if SHOTS is not None:
        iface.mainWindow().resize(1500, 950)
        iface.mapCanvas().refresh()
        wait_for_canvas()
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
    plugin().controller.open_path(sample_database())
    settle()
    RESULT.update(project_facts())
    project.write(str(path))


def form():
    """Open the database and the form of a service point (editing); with ``invalid``, type a
    refused name and e-mail. Also the web map dialog and the Amuddu Options page."""
    from amuddu_plugin.gui.form_problems import PANEL_NAME

    plugin().controller.open_path(sample_database())
    settle()
    layer = layer_of("service_point")
    feature = next(layer.getFeatures())
    layer.startEditing()
    dialog = iface.getFeatureForm(layer, feature)
    dialog.resize(900, 820)
    dialog.show()
    wait(500)
    attribute_form = dialog.attributeForm()
    panel = attribute_form.findChild(QFrame, PANEL_NAME)
    ok = [b for box in dialog.findChildren(QDialogButtonBox) for b in box.buttons()
          if box.buttonRole(b) == QDialogButtonBox.AcceptRole]

    def ok_enabled():
        return bool(ok) and ok[0].isEnabled()

    if PARAMS.get("invalid"):
        attribute_form.changeAttribute("name_fr", "")
        attribute_form.changeAttribute("email", "accueil(at)anapec.org")
        # (the panel refreshes 150 ms after the last change; QGIS re-checks its constraints)
        wait_until(lambda: panel is not None and panel.isVisible() and len(panel.sentences()) >= 2
                   and not ok_enabled())
    else:
        # (QGIS enables OK once it has checked the constraints of every widget)
        wait_until(ok_enabled)
    wait(300)
    tabs = attribute_form.findChildren(QTabWidget)
    RESULT["form"] = {
        "dialog_rtl": rtl(dialog), "form_rtl": rtl(attribute_form),
        "panel": panel is not None and panel.isVisible(),
        "problems": panel.sentences() if panel is not None else [],
        "tabs": [tabs[0].tabText(i) for i in range(tabs[0].count())] if tabs else [],
        "ok_enabled": ok_enabled(),
    }
    save(dialog, PARAMS.get("shot", f"form-{PARAMS.get('lang', 'x')}.png"))
    dialog.close()
    layer.rollBack()
    dialogs()


def dialogs():
    from amuddu_plugin.gui.settings_page import PAGE_NAME
    from amuddu_plugin.gui.webmap_dialog import show_webmap_dialog

    webmap = show_webmap_dialog(iface)
    wait(300)
    RESULT["webmap_dialog"] = {"rtl": rtl(webmap), "attribution": webmap.basemap_attribution.text(),
                               "attribution_url": webmap.basemap_attribution_url.text()}
    save(webmap, "webmap-dialog.png")
    webmap.close()

    def inspect_options():
        options = QApplication.activeModalWidget()
        page = options.findChild(QWidget, PAGE_NAME) if options is not None else None
        RESULT["options_page"] = {"found": page is not None,
                                  "visible": page is not None and page.isVisible(),
                                  "rtl": page is not None and rtl(page)}
        if options is not None:
            save(options, "options-amuddu.png")
            options.reject()

    QTimer.singleShot(2500, inspect_options)
    plugin().show_settings()


def shared_edit():
    """An editor opens the shared database (PARAMS connection, password from libpq's
    environment), changes one of their institution's points (saved), then another
    institution's (refused by the server, the sentence shown in the UI language)."""
    plugin().controller.open_path(PARAMS["connection"])
    settle()
    layer = layer_of("service_point")
    notes = layer.fields().indexOf("notes")
    mine = next(f for f in layer.getFeatures() if f["institution"] == PARAMS["mine"])
    theirs = next(f for f in layer.getFeatures() if f["institution"] != PARAMS["mine"])
    layer.startEditing()
    layer.changeAttributeValue(mine.id(), notes, "vu par l'éditeur")
    RESULT["own_saved"] = layer.commitChanges()
    layer.startEditing()
    layer.changeAttributeValue(theirs.id(), notes, "pas le mien")
    RESULT["other_saved"] = layer.commitChanges()
    RESULT["errors"] = list(layer.commitErrors())
    if not RESULT["other_saved"]:  # as QGIS desktop reports a failed save
        iface.messageBar().pushMessage("Commit errors", "\n".join(layer.commitErrors()), 2, 0)
    wait(300)
    RESULT["provider"] = layer.providerType()
    RESULT["messages"] = [f"{i.title()} {i.text()}" for i in iface.messageBar().items()]
    RESULT["other_institution"] = theirs["institution"]
    layer.rollBack()
    if SHOTS is not None:
        iface.mainWindow().resize(1500, 950)
        wait_for_canvas()
    save(iface.mainWindow(), "desktop-shared-refused.png")


#: Rabat and Salé at about 1:60,000 (longitude/latitude), as tools/screenshots.py.
CITY = (-6.92, 33.965, -6.74, 34.085)


def legend_texts(view, layer):
    """The legend nodes of ``layer`` in the layer tree: their text, the width the text needs
    in the view's font and the width the view gives it (its visual rectangle, clipped to the
    viewport)."""
    model = view.layerTreeModel()
    node = QgsProject.instance().layerTreeRoot().findLayer(layer.id())
    view.expandAll()
    settle()
    metrics = view.fontMetrics()
    viewport = view.viewport().rect()
    out = []
    for legend_node in model.layerLegendNodes(node):
        index = view.proxyModel().mapFromSource(model.legendNode2index(legend_node)) \
            if hasattr(view, "proxyModel") else model.legendNode2index(legend_node)
        text = legend_node.data(Qt.DisplayRole)
        rect = view.visualRect(index)
        out.append({"text": text,
                    "needed": max(metrics.horizontalAdvance(line) for line in text.split("\n")),
                    "left": rect.left(), "right": rect.right(), "view_width": viewport.width()})
    return out


def city_legend():
    """Open the database, zoom to Rabat at city scale: the service points' legend entries in
    the layer tree and their labels on the map."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsRectangle

    plugin().controller.open_path(sample_database())
    settle()
    window = iface.mainWindow()
    window.resize(1500, 950)
    canvas = iface.mapCanvas()
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                       QgsProject.instance().crs(), QgsProject.instance())
    canvas.setExtent(transform.transformBoundingBox(QgsRectangle(*CITY)))
    canvas.refresh()
    wait_for_canvas()
    view = iface.layerTreeView()
    layer = layer_of("service_point")
    RESULT["legend"] = legend_texts(view, layer)
    RESULT["view_rtl"] = rtl(view)
    RESULT["scale"] = canvas.scale()
    wait_for_canvas()
    save(window, "desktop-city.png")
    save(view, "desktop-legend.png")
    save(canvas, "desktop-city-map.png")


def import_dialog():
    """The import dialog, empty then with the file PARAMS["file"] read: its column headers
    (text, the width its font and the style's margins need, the section's width)."""
    from qgis.PyQt.QtWidgets import QStyle, QTableWidget

    from amuddu_plugin.gui.import_dialog import show_import_dialog

    dialog = show_import_dialog(iface)
    wait(300)

    def headers():
        found = []
        for table in dialog.findChildren(QTableWidget):
            header = table.horizontalHeader()
            metrics = header.fontMetrics()
            margin = header.style().pixelMetric(QStyle.PM_HeaderMargin, None, header)
            for i in range(table.columnCount()):
                item = table.horizontalHeaderItem(i)
                text = item.text() if item is not None else ""
                found.append({"tab": dialog.tabs.indexOf(table), "column": i, "text": text,
                              "needed": metrics.horizontalAdvance(text) + 2 * margin,
                              "width": header.sectionSize(i), "hint": header.sectionSizeHint(i)})
        return found

    RESULT["empty"] = headers()
    save(dialog, "import-empty.png")
    source = WORK / Path(PARAMS["file"]).name  # the analyst's copy, as a README picture shows it
    source.write_bytes(Path(PARAMS["file"]).read_bytes())
    dialog.file.setFilePath(str(source))
    wait(500)
    RESULT["read"] = headers()
    RESULT["rtl"] = rtl(dialog)
    save(dialog, "import-read.png")
    dialog.tabs.setCurrentIndex(1)
    wait(300)
    save(dialog, "import-preview.png")
    dialog.close()


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
