"""The plugin object QGIS creates: registers the menu, its two buttons on QGIS's Plugins
toolbar, the Processing provider, the Amuddu page of the Options dialog and the translator,
and removes every one of them on unload."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from qgis.core import QgsApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu

from .processing.provider import AmudduProvider
from .toolbelt.i18n import install_translator, remove_translator, tr
from .toolbelt.paths import resources_path

if TYPE_CHECKING:
    from .gui.database_actions import DatabaseActions

CTX = "Plugin"
MENU_OBJECT_NAME = "mAmudduMenu"
#: The object name of the plugin's toolbar buttons (on QGIS's Plugins toolbar).
TOOLBAR_ACTION_PREFIX = "mAmudduToolbarAction"


class AmudduPlugin:
    def __init__(self, iface: Any):
        self.iface = iface
        self.provider: AmudduProvider | None = None
        self.translator = None
        self.menu: QMenu | None = None
        self.toolbar_actions: list[QAction] = []
        self.options_factory: Any = None
        self.form_init: Any = None
        self.refusals: Any = None
        self.actions: list[QAction] = []
        self.controller: DatabaseActions | None = None
        self.verifier: Any = None

    # -- Processing -------------------------------------------------------------------------
    def initProcessing(self) -> None:  # noqa: N802 - QGIS's name
        if self.provider is None:
            provider = AmudduProvider()
            # The registry refuses (and deletes) a second provider with the same id, e.g.
            # when another copy of the plugin is loaded: keep none then, so unload is safe.
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider

    # -- GUI --------------------------------------------------------------------------------
    def initGui(self) -> None:  # noqa: N802 - QGIS's name
        from .gui.database_actions import DatabaseActions

        if self.translator is None:
            self.translator = install_translator()
        self.initProcessing()
        controller = self.controller = DatabaseActions(self.iface)

        self.menu = QMenu(tr(CTX, "&Amuddu"), self.iface.mainWindow())
        self.menu.setObjectName(MENU_OBJECT_NAME)
        from .gui.rtl import apply_direction

        apply_direction(self.menu)

        self._add_action("database-open.svg", tr(CTX, "Open database…"),
                         controller.open_database, toolbar=True)
        self._add_action("database-new.svg", tr(CTX, "New database…"),
                         controller.new_database, toolbar=True)
        self._add_action("database-open.svg", tr(CTX, "Open the last database"),
                         controller.open_last_database)
        self._add_action("database-open.svg", tr(CTX, "Open a shared database…"),
                         controller.open_shared_database)
        self.menu.addSeparator()
        from .gui.import_dialog import check_quality_dialog, show_import_dialog

        self._add_action("amuddu.svg", tr(CTX, "Import a spreadsheet…"),
                         lambda: show_import_dialog(self.iface))
        self._add_action("amuddu.svg", tr(CTX, "Check data quality"),
                         lambda: check_quality_dialog(self.iface))
        from .gui.verify_action import VerifyAction

        self.verifier = VerifyAction(self.iface)
        self._add_action("verified.svg", tr(CTX, "Mark the selected service points as verified"),
                         self.verifier.mark_selection)
        from .gui.history_dialog import show_point_history

        self._add_action("amuddu.svg", tr(CTX, "History of the selected point…"),
                         lambda: show_point_history(self.iface))
        from .gui.atlas_action import print_handouts, print_regional_maps

        self._add_action("amuddu.svg", tr(CTX, "Print regional maps…"), print_regional_maps)
        self._add_action("amuddu.svg", tr(CTX, "Print handouts…"), print_handouts)
        from .gui.webmap_dialog import show_webmap_dialog

        self._add_action("amuddu.svg", tr(CTX, "Export the web map…"),
                         lambda: show_webmap_dialog(self.iface))
        self._add_tool_actions()
        self._add_action("amuddu.svg", tr(CTX, "Amuddu tools in the Processing toolbox"),
                         controller.show_toolbox)
        self.menu.addSeparator()
        self._add_action("amuddu.svg", tr(CTX, "Settings…"), self.show_settings)
        self._register_options()
        self._watch_forms_and_refusals()

        menubar = self.iface.mainWindow().menuBar()
        help_menu = self.iface.helpMenu() if hasattr(self.iface, "helpMenu") else None
        if help_menu is not None and help_menu.menuAction() in menubar.actions():
            menubar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            menubar.addMenu(self.menu)

    def _watch_forms_and_refusals(self) -> None:
        from .gui.form_problems import FormInitKeeper, install_init_function
        from .gui.server_refusals import RefusalTranslator

        install_init_function()
        self.form_init = FormInitKeeper()
        self.refusals = RefusalTranslator(self.iface)

    def _add_tool_actions(self) -> None:
        """The committee's and the shared database's entries: their Processing dialogs."""
        from .gui.atlas_action import open_tool_dialog

        self._add_action("amuddu.svg", tr(CTX, "Coverage…"), lambda: open_tool_dialog("amuddu:coverage"))
        self._add_action("amuddu.svg", tr(CTX, "Alerts…"), lambda: open_tool_dialog("amuddu:alerts"))
        self._add_action("amuddu.svg", tr(CTX, "Committee report…"),
                         lambda: open_tool_dialog("amuddu:cp3_report"))
        self._add_action("amuddu.svg", tr(CTX, "Copy the database…"),
                         lambda: open_tool_dialog("amuddu:copy_database", "INPUT"))
        self._add_action("amuddu.svg", tr(CTX, "Give a login access…"),
                         lambda: open_tool_dialog("amuddu:grant_access"))

    def _add_action(self, icon: str, text: str, slot: Any, *, toolbar: bool = False) -> QAction:
        action = QAction(QIcon(str(resources_path("icons", icon))), text, self.iface.mainWindow())
        action.triggered.connect(slot)
        assert self.menu is not None
        self.menu.addAction(action)
        if toolbar:
            action.setObjectName(f"{TOOLBAR_ACTION_PREFIX}{len(self.toolbar_actions)}")
            self.iface.addToolBarIcon(action)
            self.toolbar_actions.append(action)
        self.actions.append(action)
        return action

    # -- Options dialog ---------------------------------------------------------------------
    def _register_options(self) -> None:
        if self.options_factory is None and hasattr(self.iface, "registerOptionsWidgetFactory"):
            from .gui.settings_page import AmudduOptionsFactory

            self.options_factory = AmudduOptionsFactory()
            self.iface.registerOptionsWidgetFactory(self.options_factory)

    def show_settings(self) -> None:
        """Amuddu → Settings…: QGIS's Options dialog, on the Amuddu page."""
        from .gui.settings_page import PAGE_NAME

        self.iface.showOptionsDialog(self.iface.mainWindow(), currentPage=PAGE_NAME)

    def unload(self) -> None:
        from .gui.form_problems import install_init_function
        from .gui.import_dialog import close_import_dialog
        from .gui.webmap_dialog import close_webmap_dialog

        close_webmap_dialog()
        close_import_dialog()
        install_init_function(active=False)
        if self.refusals is not None:
            self.refusals.close()
            self.refusals = None
        if self.form_init is not None:
            self.form_init.close()
            self.form_init = None
        for action in self.toolbar_actions:
            self.iface.removeToolBarIcon(action)
        self.toolbar_actions.clear()
        for action in self.actions:
            action.deleteLater()
        self.actions.clear()
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        if self.menu is not None:
            self.menu.menuAction().setVisible(False)
            menubar = self.iface.mainWindow().menuBar()
            menubar.removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
        self.controller = None
        self.verifier = None
