"""Bar charts drawn from the figures as layout items: one rectangle (``QgsLayoutItemShape``)
per bar, scaled to the largest value, with its label and value as layout labels. Bars start
at the labels' side and grow towards the end edge (right to left in Arabic)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...definitions.report import ACCENT, MUTED
from .page import Sheet


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the value as printed
    colour: str = ACCENT


@dataclass(frozen=True)
class Series:
    """One bar per item, several series side by side (e.g. points and services)."""

    name: str
    bars: tuple[Bar, ...]


def bar_chart(
    sheet: Sheet,
    page: int,
    rect: tuple[float, float, float, float],
    title: str,
    series: Sequence[Series],
    *,
    label_share: float = 0.34,
    item_id: str = "",
) -> None:
    """A horizontal bar chart in ``rect`` (x from the start edge, y, width, height)."""
    x, y, w, h = rect
    s = sheet.scale
    sheet.text(page, title, (x, y, w, 6 * s), size=10, bold=True, colour=ACCENT, item_id=item_id)
    legend = len(series) > 1
    top = y + 7.5 * s + (5 * s if legend else 0)
    if legend:
        _legend(sheet, page, x + w * label_share, y + 7 * s, series)
    rows = len(series[0].bars) if series else 0
    if rows == 0:
        return
    row_h = (y + h - top) / rows
    bar_h = min(row_h * 0.72, 6.0 * s) / len(series)
    label_w = w * label_share
    value_w = 16 * s
    span = w - label_w - value_w - 2
    biggest = max((b.value for one in series for b in one.bars), default=0.0) or 1.0
    for index in range(rows):
        row_y = top + index * row_h
        sheet.text(page, series[0].bars[index].label, (x, row_y, label_w - 2, row_h), size=7.5, middle=True)
        first = row_y + (row_h - bar_h * len(series)) / 2
        for k, one in enumerate(series):
            bar = one.bars[index]
            length = max(span * bar.value / biggest, 0.0)
            bar_y = first + k * bar_h
            if length > 0:
                sheet.shape(page, (x + label_w, bar_y, length, bar_h * 0.9), bar.colour, stroke="#4d4d4d")
            sheet.text(
                page,
                bar.text,
                (x + label_w + length + 1, bar_y - 0.5, value_w, bar_h + 1),
                size=7,
                colour=MUTED,
                middle=True,
            )
    sheet.shape(page, (x + label_w - 0.2, top, 0.3, rows * row_h), MUTED)


def _legend(sheet: Sheet, page: int, x: float, y: float, series: Sequence[Series]) -> None:
    s = sheet.scale
    for k, one in enumerate(series):
        colour = one.bars[0].colour if one.bars else ACCENT
        left = x + k * 45 * s
        sheet.shape(page, (left, y + 0.8, 4 * s, 3 * s), colour, stroke="#4d4d4d")
        sheet.text(page, one.name, (left + 5 * s, y, 38 * s, 4.5 * s), size=7.5, middle=True)
