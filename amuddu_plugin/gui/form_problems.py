"""What an Amuddu editing form adds to QGIS's own: a visible list of what stops the entry
from being saved, tabs that hold a refused field marked, the layout direction of the UI
language, and empty values shown empty.

QGIS refuses to save a form whose hard constraints fail, but says why only in tooltips
("is required., Not NULL"). Here every rule of :func:`..core.styles.constraints.constraint_parts`
(derived from the model and :mod:`..definitions.formats`, with their sentences in the UI
language) is evaluated on the form's current values, and the sentences of those that fail
are listed at the top of the form, as the analyst types.

The form's init function (:data:`..core.styles.forms.FORM_INIT_FUNCTION`) is put into QGIS's
Python environment by :func:`install_init_function` (plugin start); it calls :func:`open_form`.
On unload it is replaced by one that does nothing, so that forms still open.
"""

from __future__ import annotations

import re
from typing import Any

from qgis.core import (
    QgsApplication,
    QgsEditFormConfig,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsMapLayerStyle,
    QgsProject,
    QgsPythonRunner,
    QgsVectorLayer,
)
from qgis.gui import QgsAttributeForm, QgsEditorWidgetWrapper, QgsFilterLineEdit
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QBoxLayout,
    QDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
)

from ..core.styles.constraints import constraint_parts
from ..core.styles.form_context import FormContext, LayerRef
from ..core.styles.forms import FORM_INIT_FUNCTION
from ..definitions.model import Table, table
from ..toolbelt.i18n import tr, ui_language
from .rtl import apply_direction

CTX = "FormProblems"
PANEL_NAME = "mAmudduProblems"
TABLE_PROPERTY = "amuddu/table"
#: The mark put before the title of a tab that holds a refused field.
TAB_MARK = "⚠ "
PROBLEM_COLOUR = "#b3261e"


def table_of(layer: QgsVectorLayer) -> Table | None:
    name = layer.customProperty(TABLE_PROPERTY)
    if not name and "|layername=" in layer.source():
        name = layer.source().rsplit("|layername=", 1)[1].split("|")[0]
    try:
        return table(str(name)) if name else None
    except KeyError:
        return None


def form_context(layer: QgsVectorLayer, language: str) -> FormContext:
    """The layers of the same database in the project, by table (what the rules refer to)."""
    database = layer.source().split("|", 1)[0]
    refs = {}
    for other in QgsProject.instance().mapLayers().values():
        name = other.customProperty(TABLE_PROPERTY)
        if name and isinstance(other, QgsVectorLayer) and other.source().split("|", 1)[0] == database:
            refs[str(name)] = LayerRef.of(str(name), other)
    return FormContext(language, refs)


def problems(layer: QgsVectorLayer, feature: Any, language: str | None = None) -> list[tuple[str, str]]:
    """(field name, sentence) of every rule ``feature``'s values break, in field order."""
    language = language or ui_language()
    t = table_of(layer)
    if t is None:
        return []
    ctx = form_context(layer, language)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    out = []
    for f in t.fields:
        if layer.fields().indexOf(f.name) < 0 or f.hidden or f.read_only:
            continue
        for expression, sentence in constraint_parts(t, f, ctx):
            value = QgsExpression(expression).evaluate(context)
            if not value:
                out.append((f.name, sentence))
    return out


class ProblemPanel(QFrame):
    """The list at the top of the form, and the marks on the tabs."""

    def __init__(self, form: QgsAttributeForm, layer: QgsVectorLayer):
        super().__init__(form)
        self.setObjectName(PANEL_NAME)
        self.form, self.layer = form, layer
        self.language = ui_language()
        self.setStyleSheet(f"QFrame#{PANEL_NAME} {{ border: 1px solid {PROBLEM_COLOUR}; "
                           "border-radius: 3px; background: #fdecea; }")
        self.title = QLabel(f"<b>{tr(CTX, 'This entry cannot be saved yet:')}</b>")
        self.list = QLabel()
        self.list.setWordWrap(True)
        self.list.setObjectName(PANEL_NAME + "List")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        self.found: list[tuple[str, str]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        form.widgetValueChanged.connect(lambda *args: self._timer.start())
        form.featureSaved.connect(lambda *args: self._timer.start())
        layer.willBeDeleted.connect(self._timer.stop)

    def sentences(self) -> list[str]:
        return [sentence for _, sentence in self.found]

    def current_feature(self) -> Any:
        """The form's values; a text widget showing QGIS's NULL word holds no value."""
        feature = self.form.currentFormFeature()
        null = QgsApplication.nullRepresentation()
        for i, value in enumerate(feature.attributes()):
            if isinstance(value, str) and value == null:
                feature.setAttribute(i, None)
        return feature

    def refresh(self) -> None:
        if sip.isdeleted(self.layer) or sip.isdeleted(self.form):
            return
        self.found = problems(self.layer, self.current_feature(), self.language)
        items = "".join(f"<li>{_escape(s)}</li>"
                        for s in self.sentences())
        self.list.setText(f"<ul style='margin: 0'>{items}</ul>")
        self.setVisible(bool(self.found))
        self.mark_tabs({name for name, _ in self.found})

    def mark_tabs(self, fields: set[str]) -> None:
        """Mark (⚠, red) the tabs that hold a refused field; unmark the others."""
        wrappers = [w for w in self.form.findChildren(QgsEditorWidgetWrapper)
                    if w.field().name() in fields and w.widget() is not None]
        for tabs in self.form.findChildren(QTabWidget):
            bar = tabs.tabBar()
            for i in range(tabs.count()):
                title = tabs.tabText(i)
                title = title[len(TAB_MARK):] if title.startswith(TAB_MARK) else title
                page = tabs.widget(i)
                bad = any(page.isAncestorOf(w.widget()) for w in wrappers)
                tabs.setTabText(i, TAB_MARK + title if bad else title)
                bar.setTabTextColor(i, QColor(PROBLEM_COLOUR) if bad else bar.palette().windowText().color())


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _insert(form: QgsAttributeForm, panel: QFrame) -> None:
    layout = form.layout()
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(0, panel)
    elif isinstance(layout, QGridLayout):
        items = [layout.itemAt(i) for i in range(layout.count())]
        positions = [layout.getItemPosition(i) for i in range(layout.count())]
        for item in items:
            layout.removeItem(item)
        layout.addWidget(panel, 0, 0, 1, max(1, layout.columnCount()))
        for item, (row, column, rows, columns) in zip(items, positions):
            layout.addItem(item, row + 1, column, rows, columns)
    elif layout is not None:
        layout.addWidget(panel)


_COLOUR = re.compile(r"(?<![-\w])color\s*:\s*[^;}]+")
TRANSPARENT = "color: transparent"


def _null_sheet(sheet: str, null: bool) -> str:
    """``sheet`` (a widget's own style sheet: QGIS's grey NULL, its constraint colour) with
    the text drawn transparent when the box shows the NULL word, as it was otherwise."""
    sheet = sheet.replace(f"QWidget {{ {TRANSPARENT}; }}", "").replace(f"{TRANSPARENT};", "")
    if not null:
        return sheet.strip()
    if _COLOUR.search(sheet):
        return _COLOUR.sub(TRANSPARENT, sheet)
    return f"{sheet} QWidget {{ {TRANSPARENT}; }}" if "{" in sheet else f"{sheet} {TRANSPARENT};"


def show_null_as_empty(form: QgsAttributeForm) -> None:
    """A field without a value looks empty: the NULL word QGIS writes in its text boxes is
    drawn transparent (the value stays NULL; typing replaces it)."""
    null = QgsApplication.nullRepresentation()
    boxes = (form.findChildren(QgsFilterLineEdit) + form.findChildren(QTextEdit)
             + form.findChildren(QPlainTextEdit))
    for box in boxes:
        def update(*_args: Any, box: Any = box) -> None:
            text = box.text() if isinstance(box, QgsFilterLineEdit) else box.toPlainText()
            sheet = _null_sheet(box.styleSheet(), text == null)
            if sheet != box.styleSheet():
                box.setStyleSheet(sheet)
        box.textChanged.connect(update)
        update()


def open_form(dialog: QgsAttributeForm, layer: QgsVectorLayer, feature: Any) -> ProblemPanel | None:
    """The form's init function: direction, problem list, empty values."""
    apply_direction(dialog)
    QTimer.singleShot(0, lambda: _direct_window(dialog))
    if dialog.findChild(QFrame, PANEL_NAME) is not None or table_of(layer) is None:
        return None
    panel = ProblemPanel(dialog, layer)
    _insert(dialog, panel)
    panel.refresh()
    show_null_as_empty(dialog)
    return panel


def _do_nothing(dialog: Any, layer: Any, feature: Any) -> None:
    """The init function once the plugin is unloaded."""


def install_init_function(active: bool = True) -> None:
    """Define the forms' init function where QGIS looks for it (the ``__main__`` namespace
    its Python runner uses)."""
    import __main__

    setattr(__main__, FORM_INIT_FUNCTION, open_form if active else _do_nothing)


class FormInitKeeper:
    """Keeps the init function out of the project files: a project saved with it would make
    QGIS without the plugin complain at every form ("init function could not be found").
    QGIS signals a project's writing before it writes the layers: their init function is
    taken off then, and put back once the file is written; a project read with the plugin
    gets it back on its Amuddu layers."""

    def __init__(self, project: Any = None):
        self.project = project or QgsProject.instance()
        self.project.writeProject.connect(self.before_write)
        self.project.layersAdded.connect(restore_init_function)

    def before_write(self, *_args: Any) -> None:
        layers = [layer for layer in self.project.mapLayers().values()
                  if isinstance(layer, QgsVectorLayer)
                  and layer.editFormConfig().initFunction() == FORM_INIT_FUNCTION]
        kept = {layer.id(): _strip_layer(layer) for layer in layers}
        QTimer.singleShot(0, lambda: _restore_layers(layers, kept))

    def close(self) -> None:
        for signal, slot in ((self.project.writeProject, self.before_write),
                             (self.project.layersAdded, restore_init_function)):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass


_INIT_XML = f"<editforminit>{FORM_INIT_FUNCTION}</editforminit>"


def _strip_layer(layer: QgsVectorLayer) -> dict[str, Any]:
    """Take the init function off ``layer`` and its other styles (the quality review style
    keeps a form too); returns those styles as they were."""
    config = layer.editFormConfig()
    config.setInitCodeSource(QgsEditFormConfig.CodeSourceNone)
    config.setInitFunction("")
    layer.setEditFormConfig(config)
    manager = layer.styleManager()
    kept = {}
    for name in manager.styles():
        style = manager.style(name)
        if name != manager.currentStyle() and _INIT_XML in style.xmlData():
            kept[name] = style
            xml = style.xmlData().replace(_INIT_XML, "<editforminit></editforminit>")
            manager.removeStyle(name)
            manager.addStyle(name, QgsMapLayerStyle(xml))
    return kept


def _restore_layers(layers: list[QgsVectorLayer], kept: dict[str, dict[str, Any]]) -> None:
    for layer in layers:
        if sip.isdeleted(layer):
            continue
        manager = layer.styleManager()
        for name, style in kept.get(layer.id(), {}).items():
            manager.removeStyle(name)
            manager.addStyle(name, style)
    restore_init_function(layers)


def restore_init_function(layers: Any) -> None:
    """Give the Amuddu layers of a project just read their init function back."""
    if not QgsPythonRunner.isValid():
        return
    for layer in layers:
        if sip.isdeleted(layer) or not isinstance(layer, QgsVectorLayer):
            continue
        if table_of(layer) is not None and layer.customProperty(TABLE_PROPERTY) \
                and not layer.editFormConfig().initFunction():
            config = layer.editFormConfig()
            config.setInitCodeSource(QgsEditFormConfig.CodeSourceEnvironment)
            config.setInitFunction(FORM_INIT_FUNCTION)
            layer.setEditFormConfig(config)


def _direct_window(form: QgsAttributeForm) -> None:
    try:
        window = form.window()
    except RuntimeError:  # the form is gone
        return
    if isinstance(window, QDialog):  # a form docked in the main window leaves it alone
        apply_direction(window)
