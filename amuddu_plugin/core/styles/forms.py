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

Every expression here is plain QGIS (no plugin function), so the forms saved in the
GeoPackage (:mod:`.layer_styles`) work the same when it is opened without the plugin.

The checked formats and their messages come from :mod:`..definitions.formats`. Choices
that the model does not declare are kept in the few constants below (:data:`MULTILINE`,
:data:`COLOUR_FIELDS`, :data:`STAMPS`), each keyed by a field name that a test checks
against the model.
"""

from __future__ import annotations

import html
import inspect
import json
import textwrap
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from qgis.core import (
    QgsAction,
    QgsAttributeEditorContainer,
    QgsAttributeEditorElement,
    QgsAttributeEditorField,
    QgsAttributeEditorHtmlElement,
    QgsAttributeEditorRelation,
    QgsDefaultValue,
    QgsEditFormConfig,
    QgsEditorWidgetSetup,
    QgsExpression,
    QgsFieldConstraints,
    QgsRelation,
    QgsRelationManager,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QUuid

from ...definitions import formats as F
from ...definitions.model import (
    CHOICE_LABELS,
    REGION,
    TABS,
    Field,
    Kind,
    Role,
    Table,
    relations,
    table,
    tables_with_role,
)
from ...toolbelt.i18n import tr
from ..values import opening_hours

CTX = "Forms"

#: Text fields edited on several lines, by name stem (``description`` covers description_fr…).
MULTILINE = ("notes", "description", "how_to_apply")
#: Text fields holding a colour (#rrggbb), edited with a colour button.
COLOUR_FIELDS = ("colour",)
#: Read-only fields stamped on every change: field name -> expression.
STAMPS: dict[str, str] = {
    "updated_at": "now()",
    "updated_by": "@user_account_name",
}
#: Stable ids of the actions this module adds (re-applying replaces them, never duplicates).
VERIFY_FEATURE_ACTION_ID = "{2c5d4c8e-57a8-4b0c-9a4e-7f1f0e6d1a01}"
VERIFY_SELECTION_ACTION_ID = "{2c5d4c8e-57a8-4b0c-9a4e-7f1f0e6d1a02}"


# --------------------------------------------------------------------------------------------
# Which layers the expressions and widgets refer to
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LayerRef:
    """How a form refers to another layer of the same database.

    In a project loaded by the plugin, by layer id. In a style saved in the GeoPackage,
    by the table's name (the name QGIS gives a GeoPackage layer when it is added without
    the plugin) and its source, which QGIS uses to find the layer in the project."""

    table: str
    id: str = ""
    name: str = ""
    source: str = ""
    provider: str = "ogr"

    @property
    def literal(self) -> str:
        """The layer as a QGIS expression string literal (id, else name)."""
        return quote_literal(self.id or self.name or self.table)

    @classmethod
    def of(cls, table_name: str, layer: QgsVectorLayer) -> LayerRef:
        return cls(table_name, layer.id(), layer.name(), layer.source(), layer.providerType())


@dataclass
class FormContext:
    language: str
    layers: dict[str, LayerRef] = field(default_factory=dict)
    relation_prefix: str = "amuddu_"
    relation_manager: QgsRelationManager | None = None
    #: A style saved in the GeoPackage for QGIS without the plugin (see :func:`build_layout`).
    saved_style: bool = False

    def ref(self, table_name: str) -> LayerRef:
        return self.layers.get(table_name) or LayerRef(table_name, name=table_name)

    def relation_id(self, model_relation_id: str) -> str:
        return f"{self.relation_prefix}{model_relation_id}"

    def relation(self, model_relation_id: str) -> QgsRelation:
        """The project's relation when there is one, else a relation that only names its
        id (a saved style: QGIS resolves it when the form is read)."""
        relation_id = self.relation_id(model_relation_id)
        if self.relation_manager is not None:
            relation = self.relation_manager.relation(relation_id)
            if relation.isValid():
                return relation
        relation = QgsRelation()
        relation.setId(relation_id)
        return relation

    @classmethod
    def for_project(cls, layers: Mapping[str, QgsVectorLayer], language: str,
                    relation_prefix: str,
                    relation_manager: QgsRelationManager | None = None) -> FormContext:
        return cls(language, {t: LayerRef.of(t, lyr) for t, lyr in layers.items()},
                   relation_prefix, relation_manager)

    @classmethod
    def for_geopackage(cls, path: str, language: str) -> FormContext:
        """References by table name and ``path|layername=table`` source (saved styles)."""
        from ...definitions.model import TABLES

        layers = {
            t.name: LayerRef(t.name, "", t.name, f"{path}|layername={t.name}", "ogr")
            for t in TABLES
        }
        return cls(language, layers, "amuddu_", None, saved_style=True)


def quote_literal(text: str) -> str:
    return str(QgsExpression.quotedString(text))


def quote_field(name: str) -> str:
    return str(QgsExpression.quotedColumnRef(name))


def _available(ref: LayerRef) -> str:
    """True when the layer is in the project (a GeoPackage opened without the plugin may
    lack it): defaults keep the current value and checks pass instead of failing."""
    return f"layer_property({ref.literal}, 'id') IS NOT NULL"


def _empty(col: str) -> str:
    return f"coalesce(trim(to_string({col})), '') = ''"


# --------------------------------------------------------------------------------------------
# Widgets
# --------------------------------------------------------------------------------------------
def _label_column(vocabulary: Table, language: str) -> str:
    """The column of a vocabulary table that labels its codes in ``language``."""
    for f in vocabulary.fields:
        if f.language == language:
            return f.name
    for f in vocabulary.fields:
        if f.language == "fr":
            return f.name
    return vocabulary.natural_key or "code"


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
# Constraints
# --------------------------------------------------------------------------------------------
def phone_expression(col: str) -> str:
    """True when every ';'-separated number of ``col`` is a Moroccan number as typed."""
    return (
        f"array_length(array_filter(string_to_array({col}, '{F.LIST_SEPARATOR}'), "
        f"regexp_match(regexp_replace(@element, '{F.PHONE_SEPARATORS}', ''), "
        f"'^{F.PHONE_PREFIX}{F.PHONE_DIGITS}$') = 0)) = 0"
    )


def phone_normalised_expression(col: str) -> str:
    """``col`` with each Moroccan number written +212XXXXXXXXX, repeats dropped, numbers
    joined by '; ' (:func:`..values.formats.phone_stored_form`). A number that is not
    Moroccan is kept as typed (the constraint reports it)."""
    return (
        f"CASE WHEN {_empty(col)} THEN NULL ELSE array_to_string(array_distinct(array_foreach("
        f"string_to_array({col}, '{F.LIST_SEPARATOR}'), "
        f"with_variable('digits', regexp_replace(@element, '{F.PHONE_SEPARATORS}', ''), "
        f"if(regexp_match(@digits, '^{F.PHONE_PREFIX}{F.PHONE_DIGITS}$') > 0, "
        f"regexp_replace(@digits, '^{F.PHONE_PREFIX}({F.PHONE_DIGITS})$', "
        f"'{F.PHONE_COUNTRY}\\\\2'), trim(@element))))), '{F.LIST_JOIN}') END"
    )


def email_expression(col: str) -> str:
    """True when every ';'-separated address of ``col`` is an e-mail address."""
    return (f"array_length(array_filter(string_to_array({col}, '{F.LIST_SEPARATOR}'), "
            f"regexp_match(@element, '{F.EMAIL_PATTERN}') = 0)) = 0")


def url_expression(col: str) -> str:
    return f"regexp_match({col}, '{F.URL_PATTERN}') > 0"


def codes_expression(col: str) -> str:
    """``col``'s codes in their stored form {A,B}, sorted, without repeats (whatever form
    the list widget wrote, e.g. {"B","A"}); NULL when there is none
    (:func:`..definitions.formats.canonical_codes`)."""
    inner = f"regexp_replace(trim({col}), '^[{{](.*)[}}]$', '\\\\1')"
    code = "trim(regexp_replace(trim(@element), '^\"+|\"+$', ''))"
    return (
        f"CASE WHEN {_empty(col)} THEN NULL ELSE with_variable('codes', "
        f"array_sort(array_distinct(array_filter(array_foreach(string_to_array({inner}, ','), "
        f"{code}), @element <> ''))), "
        "if(array_length(@codes) > 0, '{' || array_to_string(@codes, ',') || '}', NULL)) END"
    )


def format_expression(key: str, name: str) -> str:
    """The form's check of format ``key`` on field ``name`` (true when empty)."""
    col = quote_field(name)
    if key == F.OPENING_HOURS:
        return f"({opening_hours.qgis_expression(name)})"
    check = {F.PHONE: phone_expression, F.EMAIL: email_expression, F.URL: url_expression}[key]
    return f"{_empty(col)} OR {check(col)}"


_TEXT_FORMATS = (F.PHONE, F.EMAIL, F.URL, F.OPENING_HOURS)


def _polygon_table_of(f: Field) -> Table | None:
    """The reference polygon table whose code a ``<table>_code`` field holds."""
    if not (f.kind is Kind.TEXT and f.name.endswith("_code")):
        return None
    name = f.name[: -len("_code")]
    for t in tables_with_role(Role.REFERENCE):
        if t.name == name and t.geometry and "Polygon" in t.geometry:
            return t
    return None


def _point_reference_of(f: Field) -> Table | None:
    """The reference point table (gazetteer) a text field of the same name takes names from."""
    for t in tables_with_role(Role.REFERENCE):
        if t.name == f.name and t.geometry == "Point":
            return t
    return None


def _children(t: Table) -> list[tuple[str, str, str]]:
    """(model relation id, child table, child field) of tables composed into ``t``."""
    return [
        (r.id, r.child, r.child_field)
        for r in relations()
        if r.parent == t.name and table(r.child).field(r.child_field).kind is Kind.UUID
    ]


def constraint(t: Table, f: Field, ctx: FormContext) -> tuple[str, str] | None:
    """(expression, message) of the field's expression constraint, or None."""
    language = ctx.language
    label = f.label.get(language)
    col = quote_field(f.name)
    parts: list[tuple[str, str]] = []
    keys = {fmt.key for fmt in F.formats_of(t, f)}
    if F.REQUIRED_NAME in keys:
        parts.append((f"NOT ({_empty(col)})", F.format_of(F.REQUIRED_NAME).text(language)))
    elif f.required:
        parts.append((f"NOT ({_empty(col)})", tr(CTX, "%1 is required.", label)))
    for key in _TEXT_FORMATS:
        if key in keys:
            parts.append((format_expression(key, f.name), F.format_of(key).text(language, label)))
    if f.choices:
        values = ", ".join(quote_literal(c) for c in f.choices)
        parts.append((f"{col} IS NULL OR {col} IN ({values})",
                       tr(CTX, "%1: choose one of the listed values.", label)))
    if f.min_value is not None or f.max_value is not None:
        low = f"{col} >= {f.min_value:g}" if f.min_value is not None else "true"
        high = f"{col} <= {f.max_value:g}" if f.max_value is not None else "true"
        parts.append((f"{col} IS NULL OR ({low} AND {high})",
                       tr(CTX, "%1: between %2 and %3.", label,
                          "" if f.min_value is None else f"{f.min_value:g}",
                          "" if f.max_value is None else f"{f.max_value:g}")))
    if f.name.startswith("max_") and ("min_" + f.name[4:]) in t.field_names:
        low_col = quote_field("min_" + f.name[4:])
        parts.append((f"{col} IS NULL OR {low_col} IS NULL OR {low_col} <= {col}",
                       tr(CTX, "%1 cannot be less than %2.", label,
                          t.field("min_" + f.name[4:]).label.get(language))))
    polygons = _polygon_table_of(f)
    if F.INSIDE_MOROCCO in keys and polygons is REGION:
        ref = ctx.ref(polygons.name)
        parts.append((f"NOT ({_available(ref)}) OR overlay_intersects({ref.literal})",
                       F.format_of(F.INSIDE_MOROCCO).text(language)))
    if F.PUBLISHED_NEEDS_SERVICE in keys:
        for _rel_id, child, child_field in _children(t):
            key = (t.natural_key or "fid")
            ref = ctx.ref(child)
            parts.append((
                f"{col} IS NULL OR {col} <> {quote_literal(F.PUBLISHED)} OR "
                f"NOT ({_available(ref)}) OR "
                f"aggregate(layer:={ref.literal}, aggregate:='count', "
                f"expression:=1, filter:={quote_field(child_field)} = "
                f"attribute(@parent, {quote_literal(key)})) > 0",
                F.format_of(F.PUBLISHED_NEEDS_SERVICE).text(language),
            ))
    if not parts:
        return None
    expression = " AND ".join(f"({e})" for e, _ in parts)
    message = " ".join(m for _, m in parts)
    return expression, message


# --------------------------------------------------------------------------------------------
# Default values
# --------------------------------------------------------------------------------------------
def default_value(t: Table, f: Field, ctx: FormContext) -> tuple[str, bool] | None:
    """(expression, apply on update) of the field's default value, or None."""
    col = quote_field(f.name)
    if f.kind is Kind.UUID and t.natural_key == f.name:
        return "uuid('WithoutBraces')", False
    if f.name in STAMPS and f.read_only:
        return STAMPS[f.name], True
    if F.format_of(F.PHONE).applies_to(t, f):
        return phone_normalised_expression(col), True
    if F.format_of(F.CODES).applies_to(t, f):
        return codes_expression(col), True
    if t.geometry == "Point":
        polygons = _polygon_table_of(f)
        if polygons is not None:
            key = quote_field(polygons.natural_key or "code")
            ref = ctx.ref(polygons.name)
            return (f"CASE WHEN {_available(ref)} THEN "
                    f"array_first(overlay_intersects(layer:={ref.literal}, "
                    f"expression:={key}, limit:=1)) ELSE {col} END"), True
        gazetteer = _point_reference_of(f)
        if gazetteer is not None:
            name = quote_field(_label_column(gazetteer, "fr"))
            available = _available(ctx.ref(gazetteer.name))
            towns = ctx.ref(gazetteer.name).literal
            nearest = f"array_first(overlay_nearest(layer:={towns}, expression:={name}, limit:=1))"
            near = f"overlay_nearest(layer:={towns}, expression:={name}, limit:=5)"
            every = f"aggregate(layer:={towns}, aggregate:='array_agg', expression:={name})"
            # Keep what the analyst typed unless it is a gazetteer town far from the point
            # (the point moved): then the nearest town replaces it.
            return (
                f"CASE WHEN NOT ({available}) THEN {col} "
                f"WHEN {_empty(col)} THEN {nearest} "
                f"WHEN array_contains({near}, {col}) THEN {col} "
                f"WHEN array_contains({every}, {col}) THEN {nearest} "
                f"ELSE {col} END"
            ), True
    if f.default is not None and f.default.startswith("'"):
        return f.default, False
    return None


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
        if f.required and not f.hidden:
            layer.setFieldConstraint(idx, QgsFieldConstraints.ConstraintNotNull,
                                     QgsFieldConstraints.ConstraintStrengthHard)
        if f.unique:
            layer.setFieldConstraint(idx, QgsFieldConstraints.ConstraintUnique,
                                     QgsFieldConstraints.ConstraintStrengthHard)
        rule = constraint(t, f, ctx)
        if rule is not None:
            layer.setConstraintExpression(idx, rule[0], rule[1])
            layer.setFieldConstraint(idx, QgsFieldConstraints.ConstraintExpression,
                                     QgsFieldConstraints.ConstraintStrengthHard)
        default = default_value(t, f, ctx)
        layer.setDefaultValueDefinition(
            idx, QgsDefaultValue(default[0], default[1]) if default else QgsDefaultValue()
        )
    layer.setEditFormConfig(config)
    layer.setDisplayExpression(display_expression(t, ctx.language))
    if t.geometry == "Point" and {"last_verified_on", "last_verified_by"} <= set(t.field_names):
        add_verify_actions(layer)


# --------------------------------------------------------------------------------------------
# "Mark as verified"
# --------------------------------------------------------------------------------------------
def mark_verified(layer: Any, feature_ids: Iterable[int], user: str | None = None,
                  day: Any = None, on_field: str = "last_verified_on",
                  by_field: str = "last_verified_by", command: str = "Mark as verified") -> int:
    """Stamp ``day`` (today) and ``user`` (the current account) as the last verification
    of the features ``feature_ids`` of ``layer``; returns how many were stamped.

    When the layer is not being edited, the change is saved at once; when it is, the
    change joins the current edits (and can be undone). This function's source is also the
    code of the layer's "Mark as verified" actions, so it imports what it needs itself and
    works without the plugin."""
    from qgis.core import QgsExpressionContextUtils
    from qgis.PyQt.QtCore import QDate

    ids = [int(i) for i in feature_ids]
    on, by = layer.fields().indexOf(on_field), layer.fields().indexOf(by_field)
    if not ids or on < 0 or by < 0:
        return 0
    if user is None:
        user = QgsExpressionContextUtils.globalScope().variable("user_account_name") or ""
    day = day or QDate.currentDate()
    started = not layer.isEditable()
    if started and not layer.startEditing():
        raise RuntimeError(f"{layer.name()} cannot be edited.")
    layer.beginEditCommand(command)
    for fid in ids:
        layer.changeAttributeValues(fid, {on: day, by: user})
    layer.endEditCommand()
    if started and not layer.commitChanges():
        errors = "; ".join(layer.commitErrors())
        layer.rollBack()
        raise RuntimeError(f"{layer.name()}: the verification could not be saved: {errors}")
    return len(ids)


def _action_code(call: str) -> str:
    source = textwrap.dedent(inspect.getsource(mark_verified))
    source = source.replace("def mark_verified(", "def _amuddu_mark_verified(", 1)
    return (
        "from qgis.core import QgsProject\n"
        f"{source}\n"
        "_layer = QgsProject.instance().mapLayer('[% @layer_id %]')\n"
        f"_amuddu_mark_verified(_layer, {call})\n"
    )


def verify_actions() -> list[QgsAction]:
    """The layer actions: one feature (attribute table, form, map) and the selection."""
    feature = QgsAction(
        QUuid(VERIFY_FEATURE_ACTION_ID), QgsAction.GenericPython,
        tr(CTX, "Mark as verified (today, by me)"),
        _action_code("[[% $id %]]"), "", False, tr(CTX, "Verified"), {"Feature", "Canvas"}, "",
    )
    selection = QgsAction(
        QUuid(VERIFY_SELECTION_ACTION_ID), QgsAction.GenericPython,
        tr(CTX, "Mark the selected points as verified (today, by me)"),
        _action_code("_layer.selectedFeatureIds()"), "", False, tr(CTX, "Verify selection"),
        {"Layer"}, "",
    )
    return [feature, selection]


def add_verify_actions(layer: QgsVectorLayer) -> None:
    manager = layer.actions()
    for action in verify_actions():
        manager.removeAction(action.id())
        manager.addAction(action)
