"""The forms' constraints and default values, as plain QGIS expressions derived from the model
and from the checked formats of :mod:`...definitions.formats` (one declaration, with its
FR/AR/EN message, for the form, the import, the quality check and the database triggers)."""

from __future__ import annotations

from ...definitions import formats as F
from ...definitions.access import EDIT_BASE_MARK
from ...definitions.model import (
    REGION,
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
from .form_context import FormContext, _available, _empty, _label_column, quote_field, quote_literal

CTX = "Forms"

#: Read-only fields stamped on every change: field name -> expression.
STAMPS: dict[str, str] = {
    "updated_at": "now()",
    "updated_by": "@user_account_name",
}


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
    """(expression, message) of the field's expression constraint, or None: the rules of
    :func:`constraint_parts`, all of which must hold."""
    parts = constraint_parts(t, f, ctx)
    if not parts:
        return None
    expression = " AND ".join(f"({e})" for e, _ in parts)
    message = " ".join(m for _, m in parts)
    return expression, message


def constraint_parts(t: Table, f: Field, ctx: FormContext) -> list[tuple[str, str]]:
    """The rules the field's value must follow: (expression, sentence naming the field and,
    where there is one, an example of a good value). The form's problem list shows the
    sentence of each rule that fails (gui/form_problems.py)."""
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
    return parts


# --------------------------------------------------------------------------------------------
# Default values
# --------------------------------------------------------------------------------------------
def default_value(t: Table, f: Field, ctx: FormContext) -> tuple[str, bool] | None:
    """(expression, apply on update) of the field's default value, or None."""
    col = quote_field(f.name)
    if f.kind is Kind.UUID and t.natural_key == f.name:
        return "uuid('WithoutBraces')", False
    if f.name in STAMPS and f.read_only:
        if ctx.server:  # the server stamps; the form tells it which version it edited
            return (None if f.name == "updated_at" else
                    (f"{STAMPS[f.name]} || '{EDIT_BASE_MARK}' || "
                     "coalesce(to_string(epoch(\"updated_at\")), '')", True))
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
