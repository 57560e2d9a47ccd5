"""CSV rows with more values than the header has columns: a value that holds the delimiter
without quotes (a ``;``-separated file whose services cell reads ``Inscription; Orientation``).

Read as they are, the values after that cell would land one column to the right (the phone
number in the e-mail column...). Such a row is not imported: it is reported with the cell
that most probably holds the delimiter and the fix it needs (quote the cell). The cell is
the one whose joining back with its neighbours gives the row that looks most like the other
rows, column by column (numbers where they hold numbers, Arabic text where they hold Arabic
text, e-mail addresses...).

When most rows are longer than the header, the extra values are an unnamed column, not a
mistake: the rows are read as they are.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ...toolbelt.i18n import tr
from ..values.normalise import mostly_arabic

CTX = "ImportRead"

Cells = list[str | None]


@dataclass(frozen=True)
class OverlongRow:
    """A row not imported because it has more values than the header."""

    number: int
    column: str  # the column whose value most probably holds the delimiter ("" when unclear)
    value: str
    reason: str


def _filled(cells: Sequence[str | None]) -> int:
    return max((i + 1 for i, c in enumerate(cells) if c not in (None, "")), default=0)


def _shape(value: str | None) -> str:
    text = (value or "").strip()
    if not text:
        return "empty"
    if "@" in text:
        return "email"
    if text.lower().startswith(("http", "www.")):
        return "url"
    if all(c.isdigit() or c in " +-.,()/°'\"" for c in text):
        return "number"
    return "arabic" if mostly_arabic(text) else "latin"


@dataclass
class _Long:
    number: int
    cells: Cells
    extra: int  # fields beyond the header's
    cell: int | None  # index of the cell that most probably holds the delimiter


def _score(cells: Cells, shapes: list[Counter[str]]) -> int:
    return sum(shapes[j][_shape(cells[j] if j < len(cells) else None)] for j in range(len(shapes)))


def _joined(cells: Cells, i: int, extra: int, delimiter: str) -> Cells:
    return cells[:i] + [delimiter.join(c or "" for c in cells[i:i + extra + 1])] + cells[i + extra + 1:]


def split_overlong(rows: list[tuple[int, Cells]], header: Cells, delimiter: str
                   ) -> tuple[list[tuple[int, Cells]], list[_Long]]:
    """(rows to read, rows with more fields than ``header``). A row whose extra fields are
    empty is read as it is when joining cells back makes it look no more like the other rows
    (a stray delimiter at the end of the line). All rows are read when most are longer (an
    unnamed column)."""
    fields, width = len(header), _filled(header)
    filled = [r for r in rows if _filled(r[1])]
    long = [r for r in filled if len(r[1]) > fields]
    if not long or 2 * len(long) > len(filled) or width == 0:
        return rows, []
    numbers = {n for n, _ in long}
    good = [r for r in rows if r[0] not in numbers]
    shapes = [Counter(_shape(cells[j] if j < len(cells) else None) for _, cells in good)
              for j in range(width)]
    found: list[_Long] = []
    for number, cells in long:
        extra = len(cells) - fields
        scores = sorted(((_score(_joined(cells, i, extra, delimiter), shapes), i) for i in range(width)),
                        reverse=True)
        if _filled(cells) <= width and scores[0][0] <= _score(cells, shapes):
            good.append((number, cells))  # a stray delimiter at the end of the line
            continue
        unique = len(scores) == 1 or scores[0][0] > scores[1][0]
        found.append(_Long(number, cells, extra, scores[0][1] if unique else None))
    good.sort(key=lambda r: r[0])
    return good, found


def describe(rows: list[_Long], columns: Sequence[str], delimiter: str) -> list[OverlongRow]:
    """The report of each overlong row (see the module doc)."""
    out = []
    for r in rows:
        count = len(r.cells)
        if r.cell is not None and r.cell < len(columns):
            column = columns[r.cell]
            value = delimiter.join(c or "" for c in r.cells[r.cell:r.cell + r.extra + 1])
        else:
            column, value = "", delimiter.join(c or "" for c in r.cells[:_filled(r.cells)])
        out.append(OverlongRow(r.number, column, value,
                               _reason(count, count - r.extra, delimiter, column, value)))
    return out


def _reason(count: int, width: int, delimiter: str, column: str, value: str) -> str:
    shown = {"\t": "tab"}.get(delimiter, delimiter)
    if column:
        return tr(CTX, "this row has %1 values but the header names %2 columns: the value “%3” of the "
                       "column “%4” probably holds the delimiter “%5” without quotes, which would shift "
                       "the values after it into the wrong columns. The row was not imported: put that "
                       "value in double quotes (\"%3\") or separate its parts with “/” instead, and "
                       "import the file again.", count, width, value, column, shown)
    return tr(CTX, "this row has %1 values but the header names %2 columns: a value probably holds the "
                   "delimiter “%3” without quotes, which would shift the values after it into the "
                   "wrong columns. The row was not imported: put that value in double quotes or "
                   "separate its parts with “/” instead (or give the extra column a name), and import "
                   "the file again.", count, width, shown)
