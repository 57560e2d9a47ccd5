"""The committee's own denominators (POPULATION of ``amuddu:coverage``): a table or CSV with a
unit code and a value, read into ``{code: value}`` with errors that name the row and field.

The columns are the ones the committee names, else found by their names (``code``,
``code_hcp``...; ``population``, ``value``, ``valeur``...). No QGIS here: the algorithm hands
over the field names and the rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ...toolbelt.errors import AmudduError
from ...toolbelt.i18n import tr

CTX = "Monitoring"
CODE_NAMES = ("code", "code_hcp", "unit_code", "hcp_code", "region_code", "province_code",
              "commune_code", "code_unite", "الرمز")
VALUE_NAMES = ("population", "value", "valeur", "denominator", "denominateur", "effectif", "total",
               "السكان")


class PopulationError(AmudduError):
    """The committee's population table cannot be used as it is."""


def _pick(fields: Sequence[str], given: str, known: tuple[str, ...], role: str, source: str) -> str:
    if given:
        if given not in fields:
            raise PopulationError(tr(CTX, "POPULATION: %1 has no field “%2” (fields: %3).", source,
                                     given, ", ".join(fields)))
        return given
    lowered = {f.strip().lower(): f for f in fields}
    for name in known:
        if name in lowered:
            return lowered[name]
    raise PopulationError(tr(CTX, "POPULATION: no %1 field found in %2 (fields: %3); name it in "
                                  "the parameter %4.", role, source, ", ".join(fields),
                             "POPULATION_CODE" if role == "code" else "POPULATION_VALUE"))


def pick_fields(fields: Sequence[str], source: str, code_field: str = "",
                value_field: str = "") -> tuple[str, str]:
    """The code and value fields of the table: the ones given, else found by name."""
    return (_pick(fields, code_field, CODE_NAMES, "code", source),
            _pick(fields, value_field, VALUE_NAMES, "value", source))


def _code(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return "" if value is None else str(value).strip()


def _number(value: Any) -> float | None:
    """A count written as a number, ``12 345``, ``12345,0``; None when empty; ValueError else."""
    if value is None or isinstance(value, bool):
        return None if value is None else float("nan")
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if not text:
        return None
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    return float(text)


def read_population(rows: Iterable[tuple[Any, Any]], source: str, code_field: str,
                    value_field: str) -> dict[str, float]:
    """``{code: value}`` from (code, value) rows, numbered from 1 in the messages."""
    out: dict[str, float] = {}
    for number, (raw_code, raw_value) in enumerate(rows, start=1):
        code = _code(raw_code)
        if not code:
            raise PopulationError(tr(CTX, "POPULATION: row %1 of %2 has no unit code (field %3).",
                                     number, source, code_field))
        try:
            value = _number(raw_value)
        except ValueError:
            value = float("nan")
        if value is None or value != value or value < 0:
            raise PopulationError(tr(CTX, "POPULATION: row %1 of %2 (unit %3): the value “%4” of "
                                          "field %5 is not a number of people.", number, source,
                                     code, "" if raw_value is None else raw_value, value_field))
        if code in out:
            raise PopulationError(tr(CTX, "POPULATION: row %1 of %2: unit %3 is given twice.",
                                     number, source, code))
        out[code] = value
    if not out:
        raise PopulationError(tr(CTX, "POPULATION: %1 has no rows.", source))
    return out
