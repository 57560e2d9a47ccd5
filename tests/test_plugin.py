"""The plugin registers its menu, its buttons on QGIS's Plugins toolbar and its Processing
provider, and removes them all on unload; loading, unloading and loading again leaves no
duplicates, and adds no toolbar of its own (it would take a whole row)."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QMenu, QToolBar

import amuddu_plugin
from amuddu_plugin.plugin import MENU_OBJECT_NAME


def flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def amuddu_menus(iface) -> list:
    bar = iface.mainWindow().menuBar()
    return [a for a in bar.actions() if a.menu() and a.menu().objectName() == MENU_OBJECT_NAME]


def amuddu_toolbars(iface) -> list:
    """Toolbars holding an Amuddu action other than QGIS's Plugins toolbar (none)."""
    return [bar for bar in iface.mainWindow().findChildren(QToolBar)
            if "amuddu" in bar.objectName().lower() or "amuddu" in bar.windowTitle().lower()]


def providers() -> list[str]:
    return [p.id() for p in QgsApplication.processingRegistry().providers() if p.id() == "amuddu"]


@pytest.fixture
def plugin(qgis_app, qgis_iface):
    p = amuddu_plugin.classFactory(qgis_iface)
    p.initGui()
    yield p
    p.unload()
    flush_deletes()


def test_init_gui_registers_menu_toolbar_and_provider(plugin, qgis_iface):
    assert len(amuddu_menus(qgis_iface)) == 1
    menu: QMenu = amuddu_menus(qgis_iface)[0].menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert "Open database…" in texts and "New database…" in texts
    assert amuddu_toolbars(qgis_iface) == []
    assert [a.text() for a in plugin.toolbar_actions] == ["Open database…", "New database…"]
    assert "Settings…" in texts
    assert providers() == ["amuddu"]
    algorithms = {a.id() for a in QgsApplication.processingRegistry().providerById("amuddu").algorithms()}
    assert {"amuddu:create_database", "amuddu:load_database", "amuddu:render_overview"} <= algorithms


def test_unload_removes_everything_and_reload_does_not_duplicate(qgis_app, qgis_iface):
    for _ in range(3):
        p = amuddu_plugin.classFactory(qgis_iface)
        p.initGui()
        assert len(amuddu_menus(qgis_iface)) == 1
        assert amuddu_toolbars(qgis_iface) == [] and len(p.toolbar_actions) == 2
        assert providers() == ["amuddu"]
        p.unload()
        flush_deletes()
        assert amuddu_menus(qgis_iface) == []
        assert amuddu_toolbars(qgis_iface) == [] and p.toolbar_actions == []
        assert providers() == []


def test_init_processing_is_idempotent(qgis_app, qgis_iface):
    p = amuddu_plugin.classFactory(qgis_iface)
    p.initProcessing()
    p.initProcessing()
    assert providers() == ["amuddu"]
    p.unload()
    assert providers() == []


def test_open_database_action_loads_and_remembers(plugin, qgis_iface, qgis_new_project, sample_db):
    from qgis.core import QgsProject

    from amuddu_plugin.definitions import settings

    plugin.controller.open_path(sample_db.source)
    names = {layer.customProperty("amuddu/table") for layer in QgsProject.instance().mapLayers().values()}
    assert {"service_point", "service", "region", "province", "town"} <= names
    assert settings.read_str(settings.LAST_DATABASE) == sample_db.source
    extent = qgis_iface.mapCanvas().extent()
    assert extent.width() > 0


def test_open_database_reports_bad_files(plugin, qgis_iface, tmp_path):
    bad = tmp_path / "notes.gpkg"
    bad.write_text("not a database", encoding="utf-8")
    assert plugin.controller.open_path(str(bad)) is None
    messages = qgis_iface.messageBar().get_messages(2)  # Qgis.Critical
    assert any("not a GeoPackage" in m for m in messages)
