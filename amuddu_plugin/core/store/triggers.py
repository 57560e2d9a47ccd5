"""GeoPackage triggers derived from :mod:`amuddu_plugin.definitions.formats`.

Whatever writes to the GeoPackage (a form, the attribute table, the field calculator, a
script, another program through GDAL), a value that breaks a declared format is refused:
``BEFORE INSERT`` and ``BEFORE UPDATE OF`` the field, ``RAISE(ABORT, message)`` with a
message that names the table, the field and the reason (the format's French message,
then its key in brackets, which :func:`refusal` reads back to say it in another language).

SQLite has no regular expressions: each check is written with what plain SQLite (3.38+,
with its JSON functions) evaluates, and is exactly the Python check of
:mod:`amuddu_plugin.core.values.formats` (the agreement test runs both on one table):

- a list ("a; b") is split with ``json_each`` over the value quoted by ``json_quote``;
- a phone number is matched with ``GLOB``; an e-mail address and a web address with
  ``instr``/``rtrim``/``substr``;
- a code list must equal the list rebuilt from the vocabulary table (sorted, no repeat,
  every code known).

Formats declared with ``database=False`` (opening hours, the point inside Morocco, a
published point with a service) are checked by the forms and the quality check only; the
declaration says why.
"""

from __future__ import annotations

import re

from ...definitions import formats as F
from ...definitions.model import TABLES, Field, Table, table

#: Prefix of every trigger this module creates (the migration drops them by it).
PREFIX = "amuddu_check_"


def _q(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _blanks() -> str:
    return " || ".join(f"char({ord(c)})" for c in F.BLANKS)


def _not_blank(col: str) -> str:
    return f"{col} IS NOT NULL AND trim({col}, {_blanks()}) <> ''"


def _elements(col: str) -> str:
    """A ``json_each`` source over the ';'-separated parts of ``col`` (values in ``value``)."""
    sep = _lit(F.LIST_SEPARATOR)
    return f"json_each('[' || replace(json_quote({col}), {sep}, '\",\"') || ']')"


def _glob_of(regex: str) -> str:
    """``[5-8][0-9]{8}`` as GLOB: ``[5-8][0-9][0-9]…`` (only the forms the formats use)."""
    return re.sub(r"(\[[^\]]+\])\{(\d+)\}", lambda m: m.group(1) * int(m.group(2)), regex)


def phone_ok_sql(col: str) -> str:
    pattern = _glob_of(F.PHONE_STORED).replace("[+]", "+")
    return (f"NOT EXISTS (SELECT 1 FROM {_elements(col)} "
            f"WHERE NOT (trim(value, ' ') GLOB {_lit(pattern)}))")


def _email_part_ok(p: str) -> str:
    letters = _lit(F.ASCII_LETTERS)
    at = f"instr({p}, '@')"
    head = f"rtrim({p}, {letters})"
    return (f"(length({p}) - length(replace({p}, '@', '')) = 1 AND instr({p}, ' ') = 0 "
            f"AND {at} > 1 AND length({p}) - length({head}) >= 2 "
            f"AND substr({head}, -1, 1) = '.' AND length({head}) - 1 > {at})")


def email_ok_sql(col: str) -> str:
    part = _email_part_ok("trim(value, ' ')")
    return f"NOT EXISTS (SELECT 1 FROM {_elements(col)} WHERE NOT {part})"


def url_ok_sql(col: str) -> str:
    scheme = " OR ".join(f"substr({col}, 1, {len(s)}) = {_lit(s)}" for s in F.URL_SCHEMES)
    rest = f"substr({col}, instr({col}, '://') + 3)"
    dot, slash = f"instr({rest}, '.')", f"instr({rest}, '/')"
    return (f"({scheme}) AND instr({col}, ' ') = 0 AND {dot} > 1 "
            f"AND ({slash} = 0 OR {slash} > {dot}) AND length({rest}) > {dot}")


def codes_ok_sql(col: str, f: Field) -> str:
    vocabulary = f.vocabulary or ""
    key = (f.references or "").partition(".")[2] or table(vocabulary).natural_key or "code"
    k = _q(key)
    rebuilt = (f"'{{' || (SELECT group_concat({k}, ',') FROM (SELECT {k} FROM {_q(vocabulary)} "
               f"WHERE instr(',' || substr({col}, 2, length({col}) - 2) || ',', "
               f"',' || {k} || ',') > 0 ORDER BY {k})) || '}}'")
    return f"coalesce({col} = {rebuilt}, 0)"


def check_sql(fmt: F.Format, f: Field, col: str) -> str:
    """A condition true when ``col`` holds a value the format accepts as stored."""
    if fmt.key == F.REQUIRED_NAME:
        return _not_blank(col)
    if fmt.key == F.CODES:
        return f"{col} IS NULL OR {codes_ok_sql(col, f)}"
    check = {F.PHONE: phone_ok_sql, F.EMAIL: email_ok_sql, F.URL: url_ok_sql}[fmt.key](col)
    return f"NOT ({_not_blank(col)}) OR ({check})"


def message(t: Table, f: Field, fmt: F.Format) -> str:
    return f"{t.name}.{f.name}: {fmt.text('fr', f.label.fr)} [{fmt.key}]"


def triggers(t: Table) -> list[str]:
    """CREATE TRIGGER statements for every database-enforced format of ``t``'s fields."""
    out = []
    for f in t.fields:
        for fmt in F.formats_of(t, f):
            if not fmt.database:
                continue
            condition = check_sql(fmt, f, f"NEW.{_q(f.name)}")
            for event, when in (("insert", "INSERT"), ("update", f"UPDATE OF {_q(f.name)}")):
                name = _q(f"{PREFIX}{t.name}_{f.name}_{fmt.key}_{event}")
                out.append(
                    f"CREATE TRIGGER {name} BEFORE {when} ON {_q(t.name)} "
                    f"FOR EACH ROW WHEN NOT ({condition}) "
                    f"BEGIN SELECT RAISE(ABORT, {_lit(message(t, f, fmt))}); END"
                )
    return out


def gpkg_triggers() -> list[str]:
    return [sql for t in TABLES for sql in triggers(t)]


_REFUSAL = re.compile(r"(\w+)\.(\w+): .*\[(\w+)\]")


def refusal(error: str, language: str) -> str | None:
    """The message of a trigger's refusal found in ``error``, in ``language``; None when
    ``error`` is not one."""
    m = _REFUSAL.search(error or "")
    if not m or m.group(3) not in F.FORMATS_BY_KEY:
        return None
    try:
        f = table(m.group(1)).field(m.group(2))
    except KeyError:
        return None
    text = F.format_of(m.group(3)).text(language, f.label.get(language))
    return f"{text} ({m.group(1)}.{m.group(2)})"
