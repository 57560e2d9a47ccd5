"""PostgreSQL triggers derived from :mod:`amuddu_plugin.definitions.formats`.

The twin of :mod:`..triggers` (the GeoPackage's): whatever writes to the server (a form,
psql, another program), a value that breaks a declared format is refused before it is
written, with the same message (the format's French message, the table and field, then
the format's key in brackets, which :func:`..triggers.refusal` reads back to say it in
the user's language). PostgreSQL has regular expressions: the checks use the formats'
own patterns, so they are exactly the Python checks of :mod:`...values.formats` (the
agreement test runs the three on one table of values).
"""

from __future__ import annotations

import re

from ....definitions import formats as F
from ....definitions.model import TABLES, Field, Table, table
from ..schema import literal, quote
from ..triggers import PREFIX, message

_BLANKS = "E' \\t\\n\\r'"



def _re(pattern: str) -> str:
    """A Python pattern anchored at both ends as a PostgreSQL ARE literal."""
    body = pattern.removeprefix("^").removesuffix("$")
    return literal("^" + body + "$")


def _not_blank(col: str) -> str:
    return f"({col} IS NOT NULL AND btrim({col}, {_BLANKS}) <> '')"


def _parts(col: str) -> str:
    return f"regexp_split_to_table({col}, {literal(F.LIST_SEPARATOR)}) AS part"


def phone_ok_sql(col: str) -> str:
    return (f"NOT EXISTS (SELECT 1 FROM {_parts(col)} "
            f"WHERE btrim(part, ' ') !~ {_re(F.PHONE_STORED)})")


def email_ok_sql(col: str) -> str:
    return f"NOT EXISTS (SELECT 1 FROM {_parts(col)} WHERE part !~ {_re(F.EMAIL_PATTERN)})"


def url_ok_sql(col: str) -> str:
    return f"{col} ~ {_re(F.URL_PATTERN)}"


def codes_ok_sql(col: str, f: Field, schema: str) -> str:
    vocabulary = f.vocabulary or ""
    key = quote((f.references or "").partition(".")[2] or table(vocabulary).natural_key or "code")
    rebuilt = (f"'{{' || (SELECT string_agg({key}, ',' ORDER BY {key} COLLATE \"C\") "
               f"FROM {quote(schema)}.{quote(vocabulary)} WHERE {key} = ANY("
               f"string_to_array(substr({col}, 2, length({col}) - 2), ','))) || '}}'")
    return f"coalesce({col} = {rebuilt}, false)"


def fast_ok_sql(fmt: F.Format, col: str) -> str | None:
    """A condition without a subquery that implies :func:`check_sql`, or None (no shortcut):
    no codes at all, or a list format's value holding one item (then the one item checked).
    The trigger checks with :func:`check_sql` only the values that fail it: PL/pgSQL evaluates
    an expression without a subquery directly, one with a subquery through the executor, at
    many times the cost; most values hold one item."""
    if fmt.key == F.CODES:
        return f"{col} IS NULL"
    item = {F.PHONE: f"btrim({col}, ' ') ~ {_re(F.PHONE_STORED)}",
            F.EMAIL: f"{col} ~ {_re(F.EMAIL_PATTERN)}"}.get(fmt.key)
    if item is None or re.escape(F.LIST_SEPARATOR) != F.LIST_SEPARATOR:  # split by a pattern
        return None
    return (f"(NOT {_not_blank(col)} OR (strpos({col}, {literal(F.LIST_SEPARATOR)}) = 0 "
            f"AND {item}))")


def check_sql(fmt: F.Format, f: Field, col: str, schema: str) -> str:
    """A condition true when ``col`` holds a value the format accepts as stored."""
    if fmt.key == F.REQUIRED_NAME:
        return _not_blank(col)
    if fmt.key == F.CODES:
        return f"({col} IS NULL OR {codes_ok_sql(col, f, schema)})"
    check = {F.PHONE: phone_ok_sql, F.EMAIL: email_ok_sql, F.URL: url_ok_sql}[fmt.key](col)
    return f"(NOT {_not_blank(col)} OR ({check}))"


def checked(t: Table) -> list[tuple[Field, F.Format]]:
    return [(f, fmt) for f in t.fields for fmt in F.formats_of(t, f) if fmt.database]


def _check_block(t: Table, f: Field, fmt: F.Format, schema: str) -> str:
    """The trigger's statements refusing ``f``'s new value when it breaks ``fmt``: nested IFs,
    so that a value that did not change, or passes :func:`fast_ok_sql`, is never checked by
    the expression with a subquery (an AND in one IF would evaluate it through the executor
    anyway)."""
    col = "NEW." + quote(f.name)
    lines = [f"IF NOT {check_sql(fmt, f, col, schema)} THEN",
             f"  RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = {literal(message(t, f, fmt))};",
             "END IF;"]
    fast = fast_ok_sql(fmt, col)
    if fast is not None:  # None (not expected) runs the full check
        lines = [f"IF NOT coalesce({fast}, false) THEN", *("  " + x for x in lines), "END IF;"]
    lines = [f"IF TG_OP = 'INSERT' OR {col} IS DISTINCT FROM OLD.{quote(f.name)} THEN",
             *("  " + x for x in lines), "END IF;"]
    return "\n".join("  " + x for x in lines)


def function_name(t: Table, schema: str) -> str:
    return f"{quote(schema)}.{quote(PREFIX + t.name)}"


def check_function(t: Table, schema: str) -> list[str]:
    """The trigger function and trigger that refuse ``t``'s rows breaking a format (on an
    update, the values that change: as the GeoPackage's ``BEFORE UPDATE OF`` triggers)."""
    tests = checked(t)
    if not tests:
        return []
    body = "\n".join(_check_block(t, f, fmt, schema) for f, fmt in tests)
    name = function_name(t, schema)
    return [
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $amuddu$\n"
        f"BEGIN\n{body}\n  RETURN NEW;\nEND\n$amuddu$",
        f"CREATE TRIGGER {quote(PREFIX + t.name)} BEFORE INSERT OR UPDATE ON "
        f"{quote(schema)}.{quote(t.name)} FOR EACH ROW EXECUTE FUNCTION {name}()",
    ]


def check_functions(schema: str) -> list[str]:
    return [sql for t in TABLES for sql in check_function(t, schema)]
