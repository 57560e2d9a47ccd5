"""Editing forms derived from the data model (:mod:`..definitions.model`).

For each layer of an Amuddu database this module sets, from the declaration alone:

- a drag-and-drop form whose tabs follow :data:`~..definitions.model.TABS` and each
  field's ``tab`` (the service point's *Services* tab embeds the editor of its ``service``
  rows, through the model's relation);
- one widget per field kind: value relations on the vocabulary tables (labels in the
  interface language, codes stored; several codes for ``CODES`` fields, stored as
  ``{A,B}``), value maps for the model's closed lists, date pickers, check boxes, ranges,
  hidden technical keys and read-only computed fields;
- constraints checked by QGIS, with messages in the interface language: required
  fields, phone, e-mail, web address and opening-hours formats, ranges, the point inside
  Morocco's regions, a published point with at least one service;
- default values: a new UUID; region and province codes and the nearest town from the
  point, refreshed when it moves; the last-modified time and user;
- the "Mark as verified" actions.

The parts: :mod:`.form_context` (which layers the expressions refer to), :mod:`.constraints`
(constraints and default values), :mod:`.verify` (the "Mark as verified" actions); this
module builds the widgets and the drag-and-drop layout and puts them together.

Every expression here is plain QGIS (no plugin function), so the forms saved in the
GeoPackage (:mod:`.layer_styles`) work the same when it is opened without the plugin.

The checked formats and their messages come from :mod:`..definitions.formats`. Choices
that the model does not declare are kept in the few constants below (:data:`MULTILINE`,
:data:`COLOUR_FIELDS`, :data:`STAMPS`), each keyed by a field name that a test checks
against the model.
"""

from __future__ import annotations

import html
import json

from qgis.core import (
    QgsAttributeEditorContainer,
    QgsAttributeEditorElement,
    QgsAttributeEditorField,
    QgsAttributeEditorHtmlElement,
    QgsAttributeEditorRelation,
    QgsDefaultValue,
    QgsEditFormConfig,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsPythonRunner,
    QgsVectorLayer,
)

from ...definitions.model import (
    CHOICE_LABELS,
    TABS,
    Field,
    Kind,
    Role,
    Table,
    table,
)
from ...toolbelt.i18n import tr
from .constraints import _children, constraint, default_value
from .form_context import FormContext, _available, _label_column, quote_field, quote_literal
from .verify import add_verify_actions

CTX = "Forms"

#: Text fields edited on several lines, by name stem (``description`` covers description_fr…).
MULTILINE = ("notes", "description", "how_to_apply")
#: Text fields holding a colour (#rrggbb), edited with a colour button.
COLOUR_FIELDS = ("colour",)


# --------------------------------------------------------------------------------------------
# Widgets
# --------------------------------------------------------------------------------------------
def _value_relation_filter(t: Table, f: Field) -> str:
    """A filter for dependent lists, derived from the references: when the vocabulary
    refers to a table that another field of this table also refers to (a facility type
    belongs to an institution), offer only the entries matching that field's value."""
    vocabulary = table(f.vocabulary or "")
    for vf in vocabulary.fields:
        if vf.kind is Kind.CODE and vf.references:
            for other in t.fields:
                if other is not f and other.kind is Kind.CODE and other.references == vf.references:
                    return f"{quote_field(vf.name)} = current_value({quote_literal(other.name)})"
    return ""


def _parent_of(t: Table, f: Field) -> tuple[Table, str] | None:
    """(parent table, key) when ``f`` is the UUID of the parent a row is composed into."""
    if f.kind is Kind.UUID and f.references:
        parent, _, key = f.references.partition(".")
        return table(parent), key or table(parent).natural_key or "fid"
    return None


def _value_relation(f: Field, target: Table, key: str, ctx: FormContext) -> QgsEditorWidgetSetup:
    ref = ctx.ref(target.name)
    return QgsEditorWidgetSetup("ValueRelation", {
        "Layer": ref.id,
        "LayerName": ref.name or target.name,
        "LayerSource": ref.source,
        "LayerProviderName": ref.provider,
        "Key": key,
        "Value": _label_column(target, ctx.language),
        "AllowMulti": f.kind is Kind.CODES,
        "AllowNull": not f.required,
        "OrderByValue": True,
        "UseCompleter": target.role is not Role.VOCABULARY,
        "NofColumns": 2 if f.kind is Kind.CODES else 1,
        "FilterExpression": "",
    })


def widget_setup(t: Table, f: Field, ctx: FormContext) -> QgsEditorWidgetSetup:
    """The editor widget of field ``f`` of table ``t``."""
    parent = _parent_of(t, f)
    if f.hidden and parent is not None and ctx.saved_style:
        return _value_relation(f, parent[0], parent[1], ctx)
    if f.hidden:
        return QgsEditorWidgetSetup("Hidden", {})
    if f.kind in (Kind.CODE, Kind.CODES) and f.vocabulary:
        vocabulary = table(f.vocabulary)
        key = (f.references or "").partition(".")[2] or vocabulary.natural_key or "code"
        setup = _value_relation(f, vocabulary, key, ctx)
        config = setup.config()
        config["FilterExpression"] = _value_relation_filter(t, f)
        return QgsEditorWidgetSetup("ValueRelation", config)
    if f.choices:
        entries = [{CHOICE_LABELS[c].get(ctx.language) if c in CHOICE_LABELS else c: c}
                   for c in f.choices]
        if not f.required:
            entries.insert(0, {"<NULL>": "{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"})
        return QgsEditorWidgetSetup("ValueMap", {"map": entries})
    if f.kind is Kind.DATE:
        return QgsEditorWidgetSetup("DateTime", {
            "field_format": "yyyy-MM-dd", "display_format": "yyyy-MM-dd",
            "calendar_popup": True, "allow_null": True, "field_iso_format": False,
        })
    if f.kind is Kind.DATETIME:
        return QgsEditorWidgetSetup("DateTime", {
            "field_format": "yyyy-MM-ddTHH:mm:ss", "display_format": "yyyy-MM-dd HH:mm",
            "calendar_popup": True, "allow_null": True, "field_iso_format": True,
        })
    if f.kind is Kind.BOOLEAN:
        return QgsEditorWidgetSetup("CheckBox", {"CheckedState": "", "UncheckedState": ""})
    if f.kind in (Kind.INTEGER, Kind.REAL):
        config = {"AllowNull": not f.required, "Style": "SpinBox",
                  "Step": 1 if f.kind is Kind.INTEGER else 0.1,
                  "Precision": 0 if f.kind is Kind.INTEGER else 2}
        if f.min_value is not None:
            config["Min"] = f.min_value
        if f.max_value is not None:
            config["Max"] = f.max_value
        return QgsEditorWidgetSetup("Range", config)
    if f.name in COLOUR_FIELDS:
        return QgsEditorWidgetSetup("Color", {})
    multiline = any(f.name == s or f.name.startswith(s + "_") for s in MULTILINE)
    return QgsEditorWidgetSetup("TextEdit", {"IsMultiline": multiline, "UseHtml": False})



# --------------------------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------------------------
def _field_element(layer: QgsVectorLayer, name: str,
                   parent: QgsAttributeEditorElement) -> QgsAttributeEditorField:
    return QgsAttributeEditorField(name, layer.fields().indexOf(name), parent)


def _children_list(t: Table, child: str, child_field: str, ctx: FormContext,
                   parent: QgsAttributeEditorElement) -> QgsAttributeEditorHtmlElement:
    """For a style saved in the GeoPackage: the child rows listed read-only.

    QGIS 3.22 resolves the relation of a form's relation editor only when a project is
    read, not when a GeoPackage's layers are added (the relation then comes from the
    style of the child layer, later), so the editor would stay empty and be saved broken.
    Without the plugin, services are added in the child layer's own form, where the
    parent is chosen from a list."""
    child_table = table(child)
    category = next((f for f in child_table.fields if f.kind is Kind.CODE and f.vocabulary), None)
    key = t.natural_key or "fid"
    if category is not None and category.vocabulary:
        vocabulary = table(category.vocabulary)
        label = (f"attribute(get_feature({ctx.ref(vocabulary.name).literal}, "
                 f"{quote_literal(vocabulary.natural_key or 'code')}, "
                 f"{quote_field(category.name)}), "
                 f"{quote_literal(_label_column(vocabulary, ctx.language))})")
    else:
        label = quote_field(child_table.natural_key or "fid")
    ref = ctx.ref(child)
    listing = (
        f"CASE WHEN {_available(ref)} THEN "
        f"aggregate(layer:={ref.literal}, aggregate:='concatenate', "
        f"expression:=coalesce({label}, ''), "
        f"filter:={quote_field(child_field)} = attribute(@parent, {quote_literal(key)}), "
        "concatenator:='<br>') END"
    )
    # QGIS 3.22's HTML widget evaluates expressions through JavaScript.
    script = json.dumps(listing).replace("<", "\\u003c")
    element = QgsAttributeEditorHtmlElement(child_table.label.get(ctx.language), parent)
    element.setShowLabel(False)
    hint = tr(CTX, "Add or edit services in the \"%1\" layer (the Amuddu plugin edits them "
                   "here).", child_table.label.get(ctx.language))
    element.setHtmlCode(
        f"<p><script>document.write(expression.evaluate({script}) || '');</script></p>"
        f"<p><i>{html.escape(hint)}</i></p>"
    )
    return element


def build_layout(layer: QgsVectorLayer, t: Table, ctx: FormContext) -> QgsEditFormConfig:
    """A drag-and-drop form: one tab per model tab (in :data:`TABS` order) when the table
    declares tabs, else the fields in model order; hidden fields left out."""
    config = layer.editFormConfig()
    config.setLayout(QgsEditFormConfig.TabLayout)
    config.clearTabs()
    root = config.invisibleRootContainer()
    present = set(layer.fields().names())
    visible = [f for f in t.fields if not f.hidden and f.name in present]
    if any(f.tab for f in t.fields):
        for key, title in TABS.items():
            tab = QgsAttributeEditorContainer(title.get(ctx.language), root)
            tab.setIsGroupBox(False)
            tab.setColumnCount(1)
            for f in visible:
                if f.tab == key:
                    tab.addChildElement(_field_element(layer, f.name, tab))
            for rel_id, child, child_field in _children(t) if key == "services" else []:
                if ctx.saved_style:
                    tab.addChildElement(_children_list(t, child, child_field, ctx, tab))
                    continue
                relation = QgsAttributeEditorRelation(ctx.relation(rel_id), tab)
                relation.setShowLabel(False)
                relation.setRelationWidgetTypeId("relation_editor")
                relation.setRelationEditorConfiguration({
                    "buttons": "AddChildFeature|DeleteChildFeature|DuplicateChildFeature|"
                               "SaveChildEdits|ZoomToChildFeature",
                    "show_first_feature": True,
                })
                tab.addChildElement(relation)
            if tab.children():
                root.addChildElement(tab)
    else:
        for f in visible:
            root.addChildElement(_field_element(layer, f.name, root))
    return config


#: The form's Python init function, which the plugin defines in QGIS's Python environment
#: (gui/form_problems.py: the problem list and the layout direction). An environment
#: function, not init code kept in the project: QGIS 3.22 asks to allow "macros" before
#: running such code, at every form.
FORM_INIT_FUNCTION = "amuddu_form_open"


def set_form_init(config: QgsEditFormConfig, ctx: FormContext, python: bool | None = None) -> None:
    """In a project loaded by the plugin, the form opens through :data:`FORM_INIT_FUNCTION`;
    a style saved in the GeoPackage (QGIS without the plugin) runs no Python, nor does a
    QGIS without a Python runner (scripts, tests: it would stop at a message box).
    ``python``: whether QGIS runs Python (by default, whether it has a runner)."""
    config.setInitCode("")
    if python is None:
        python = bool(QgsPythonRunner.isValid())
    if ctx.saved_style or not python:
        config.setInitCodeSource(QgsEditFormConfig.CodeSourceNone)
        config.setInitFunction("")
        return
    config.setInitCodeSource(QgsEditFormConfig.CodeSourceEnvironment)
    config.setInitFunction(FORM_INIT_FUNCTION)


#: Stems of the text fields that name a row (name_fr, label_ar…), in order of preference.
NAMING_STEMS = ("name", "label")


def display_expression(t: Table, language: str) -> str:
    """How a row is named in lists (relation editor, identify results): its name or label
    in ``language`` (French when missing), else its first coded field's label."""
    for stem in NAMING_STEMS:
        if f"{stem}_{language}" in t.field_names:
            own, french = quote_field(f"{stem}_{language}"), quote_field(f"{stem}_fr")
            return f"coalesce({own}, {french})" if f"{stem}_fr" in t.field_names else own
    for f in t.fields:
        if f.kind is Kind.CODE and f.vocabulary:
            return f"represent_value({quote_field(f.name)})"
    return quote_field(t.natural_key or t.key)


# --------------------------------------------------------------------------------------------
# Putting it together
# --------------------------------------------------------------------------------------------
def configure_form(layer: QgsVectorLayer, table_name: str, ctx: FormContext) -> None:
    """Configure the form of ``layer`` (a layer of table ``table_name``) from the model.

    Replaces whatever form configuration the layer had (e.g. a default style read from the
    GeoPackage), so that the code and the model stay the one source of truth."""
    t = table(table_name)
    fields = layer.fields()
    config = build_layout(layer, t, ctx)
    for f in t.fields:
        idx = fields.indexOf(f.name)
        if idx < 0:
            continue
        config.setReadOnly(idx, f.read_only or (f.kind is Kind.UUID and not f.hidden))
        layer.setFieldAlias(idx, f.label.get(ctx.language))
        layer.setEditorWidgetSetup(idx, widget_setup(t, f, ctx))
        for kind in (QgsFieldConstraints.ConstraintNotNull, QgsFieldConstraints.ConstraintUnique,
                     QgsFieldConstraints.ConstraintExpression):
            layer.removeFieldConstraint(idx, kind)
        layer.setConstraintExpression(idx, "")
        rule = constraint(t, f, ctx)
        if f.required and not f.hidden and rule is None:
            # (the expression checks emptiness itself, with a sentence instead of "Not NULL")
            layer.setFieldConstraint(idx, QgsFieldConstraints.ConstraintNotNull,
                                     QgsFieldConstraints.ConstraintStrengthHard)
        if f.unique:
            layer.setFieldConstraint(idx, QgsFieldConstraints.ConstraintUnique,
                                     QgsFieldConstraints.ConstraintStrengthHard)
        if rule is not None:
            layer.setConstraintExpression(idx, rule[0], rule[1])
            layer.setFieldConstraint(idx, QgsFieldConstraints.ConstraintExpression,
                                     QgsFieldConstraints.ConstraintStrengthHard)
        default = default_value(t, f, ctx)
        layer.setDefaultValueDefinition(
            idx, QgsDefaultValue(default[0], default[1]) if default else QgsDefaultValue()
        )
    set_form_init(config, ctx)
    layer.setEditFormConfig(config)
    layer.setDisplayExpression(display_expression(t, ctx.language))
    if t.geometry == "Point" and {"last_verified_on", "last_verified_by"} <= set(t.field_names):
        add_verify_actions(layer)
