"""Tables of the report as layout labels: a tinted header, rows measured to fit their wrapped
text, the first column at the start edge (on the right in Arabic: the column order is
mirrored), and rows that do not fit continuing on a new page with the header repeated."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ...definitions.report import ACCENT, ROW_TINT
from ..handouts.rows import text_height
from .page import END, START, Sheet
from .text import starts

#: Room around a cell's text (mm).
PAD = 1.2


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # share of the table's width (the shares are normalised)
    align: str = START


@dataclass
class Cursor:
    """Where the next row goes; ``next_page`` opens a continuation page and returns its
    index and body top."""

    page: int
    y: float
    next_page: Callable[[], tuple[int, float]] | None = None


def _widths(sheet: Sheet, columns: Sequence[Column], width: float | None) -> list[float]:
    total = sum(c.width for c in columns) or 1.0
    return [(width or sheet.inner) * c.width / total for c in columns]


def _height(sheet: Sheet, cells: Sequence[str], widths: list[float], size: float, bold: bool) -> float:
    font = sheet.font(size, bold)
    return (
        max(text_height(starts(text, sheet.language), font, w - 2 * PAD) for text, w in zip(cells, widths))
        + 2 * PAD
    )


def _row(
    sheet: Sheet,
    cursor: Cursor,
    cells: Sequence[str],
    columns: Sequence[Column],
    widths: list[float],
    x0: float,
    height: float,
    *,
    size: float,
    bold: bool = False,
    colour: str = "#222222",
) -> None:
    x = x0
    for text, column, w in zip(cells, columns, widths):
        sheet.text(
            cursor.page,
            text,
            (x + PAD, cursor.y + PAD, w - 2 * PAD, height - 2 * PAD),
            size=size,
            bold=bold,
            colour=colour,
            align=column.align,
        )
        x += w
    cursor.y += height


def _header(
    sheet: Sheet, cursor: Cursor, columns: Sequence[Column], widths: list[float], x0: float, size: float
) -> None:
    titles = [c.title for c in columns]
    height = _height(sheet, titles, widths, size, True)
    sheet.shape(cursor.page, (x0, cursor.y, sum(widths), height), ACCENT)
    _row(sheet, cursor, titles, columns, widths, x0, height, size=size, bold=True, colour="#ffffff")


def draw_table(
    sheet: Sheet,
    cursor: Cursor,
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    *,
    size: float = 8.0,
    x0: float | None = None,
    width: float | None = None,
    totals: Sequence[str] | None = None,
) -> Cursor:
    """Draw the table at the cursor; returns the cursor below it."""
    x0 = sheet.margin if x0 is None else x0
    widths = _widths(sheet, columns, width)
    _header(sheet, cursor, columns, widths, x0, size)
    for index, cells in enumerate(rows):
        height = _height(sheet, cells, widths, size, False)
        if cursor.y + height > sheet.body_bottom and cursor.next_page is not None:
            cursor.page, cursor.y = cursor.next_page()
            _header(sheet, cursor, columns, widths, x0, size)
        if index % 2:
            sheet.shape(cursor.page, (x0, cursor.y, sum(widths), height), ROW_TINT)
        _row(sheet, cursor, cells, columns, widths, x0, height, size=size)
    if totals is not None:
        height = _height(sheet, totals, widths, size, True)
        sheet.shape(cursor.page, (x0, cursor.y, sum(widths), 0.4), ACCENT)
        _row(sheet, cursor, totals, columns, widths, x0, height, size=size, bold=True)
    return cursor


def number_column(title: str, width: float = 1.0) -> Column:
    return Column(title, width, END)
