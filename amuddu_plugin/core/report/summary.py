"""The report's pages of figures: the national summary (key figures, tables by institution and
region with the changes of the period) and the bar charts."""

from __future__ import annotations

from ...definitions.monitoring import REACH_RAMP
from ...definitions.report import ACCENT, NO_DATA_COLOUR
from ...toolbelt.i18n import tr
from .charts import Bar, Series, bar_chart
from .facts import Figures, ReportFacts
from .maps import reach_index
from .page import Sheet
from .tables import Column, Cursor, draw_table, number_column
from .text import day, ltr, number, percent, safe

CTX = "Report"


def period_text(facts: ReportFacts, language: str) -> str:
    start = facts.period.start if facts.period.start is not None else tr(CTX, "the first data state")
    end = (
        facts.period.end if facts.period.end is not None else tr(CTX, "now (%1)", day(facts.today, language))
    )
    return tr(CTX, "Changes from “%1” to “%2”", safe(start), safe(end))


def national_ratio(facts: ReportFacts) -> float | None:
    return facts.services * 100_000 / facts.population if facts.population > 0 else None


def _tiles(sheet: Sheet, page: int, y: float, facts: ReportFacts) -> float:
    lang, s = sheet.language, sheet.scale
    opened = sum(i.opened for i in facts.institutions)
    closed = sum(i.closed for i in facts.institutions)
    tiles = [
        (number(facts.population, lang), tr(CTX, "inhabitants (2024 census)")),
        (number(facts.points, lang), tr(CTX, "published active service points")),
        (number(facts.services, lang), tr(CTX, "services at those points")),
        (number(national_ratio(facts), lang, 1), tr(CTX, "services per 100,000 inhabitants")),
        (ltr(f"+{number(opened, lang)} / −{number(closed, lang)}", lang), tr(CTX, "points opened / closed")),
    ]
    width = sheet.inner / len(tiles)
    for k, (value, caption) in enumerate(tiles):
        x = sheet.margin + k * width
        sheet.shape(page, (x + 0.8, y, width - 1.6, 19 * s), "#eef2f3")
        sheet.text(
            page,
            value,
            (x + 2, y + 1.5 * s, width - 4, 8 * s),
            size=12.5,
            bold=True,
            item_id=f"figure-{k + 1}",
        )
        sheet.text(page, caption, (x + 2, y + 10 * s, width - 4, 8.5 * s), size=7)
    return y + 22 * s


def institution_rows(facts: ReportFacts, language: str) -> list[list[str]]:
    return [
        [
            f"{i.short} – {safe(i.name.get(language))}",
            number(i.points, language),
            number(i.services, language),
            number(i.opened, language),
            number(i.closed, language),
            number(i.other_changes, language),
        ]
        for i in facts.institutions
    ]


def unit_columns(first: str, facts: ReportFacts, language: str) -> list[Column]:
    return [
        Column(first, 2.6),
        number_column(tr(CTX, "Population"), 1.25),
        number_column(tr(CTX, "Points")),
        number_column(tr(CTX, "Services")),
        number_column(tr(CTX, "Services per 100,000"), 1.2),
        number_column(tr(CTX, "Beyond %1 km", number(facts.distance_km, language)), 1.1),
        number_column(tr(CTX, "Opened"), 0.9),
        number_column(tr(CTX, "Closed"), 0.9),
    ]


def unit_row(unit: Figures, language: str) -> list[str]:
    return [
        safe(unit.name.get(language)),
        number(unit.population, language),
        number(unit.points, language),
        number(unit.services, language),
        number(unit.per_100k, language, 1),
        percent(unit.beyond, language),
        number(unit.opened, language),
        number(unit.closed, language),
    ]


def draw_summary(sheet: Sheet, facts: ReportFacts) -> None:
    lang = sheet.language
    page = sheet.new_page()
    top = sheet.frame(page, tr(CTX, "National summary"), period_text(facts, lang))
    y = _tiles(sheet, page, top, facts)
    sheet.heading(page, tr(CTX, "By institution"), y, item_id="by-institution")
    columns = [
        Column(tr(CTX, "Institution"), 3.4),
        number_column(tr(CTX, "Points")),
        number_column(tr(CTX, "Services")),
        number_column(tr(CTX, "Opened")),
        number_column(tr(CTX, "Closed")),
        number_column(tr(CTX, "Other changes"), 1.2),
    ]
    totals = [
        tr(CTX, "All institutions"),
        number(facts.points, lang),
        number(facts.services, lang),
        *(
            number(sum(getattr(i, k) for i in facts.institutions), lang)
            for k in ("opened", "closed", "other_changes")
        ),
    ]
    cursor = draw_table(
        sheet, Cursor(page, y + 6.5 * sheet.scale), columns, institution_rows(facts, lang), totals=totals
    )
    y = cursor.y + 5 * sheet.scale
    sheet.heading(page, tr(CTX, "By region"), y, item_id="by-region")
    _region_table(sheet, page, y + 6.5 * sheet.scale, facts)


def national_beyond(facts: ReportFacts) -> float | None:
    """The share of Morocco's population beyond the distance (the regions' shares, weighted)."""
    known = [(r.beyond, r.population) for r in facts.regions if r.beyond is not None]
    total = sum(population for _, population in known)
    return sum(share * population for share, population in known) / total if total > 0 else None


def _region_table(sheet: Sheet, page: int, y: float, facts: ReportFacts) -> None:
    lang = sheet.language
    national = Figures(
        "",
        facts.regions[0].name,
        facts.points,
        facts.services,
        population=facts.population,
        per_100k=national_ratio(facts),
    )
    regions_total = unit_row(national, lang)[:5] + [
        percent(national_beyond(facts), lang),
        *(number(sum(getattr(r, k) for r in facts.regions), lang) for k in ("opened", "closed")),
    ]
    regions_total[0] = tr(CTX, "Morocco")
    draw_table(
        sheet,
        Cursor(page, y),
        unit_columns(tr(CTX, "Region"), facts, lang),
        [unit_row(r, lang) for r in facts.regions],
        size=7.5,
        totals=regions_total,
    )


def reach_colour(share: float | None) -> str:
    """The colour of the reach map's class of ``share`` (0-1)."""
    return NO_DATA_COLOUR if share is None else REACH_RAMP[reach_index(share)]


def draw_charts(sheet: Sheet, facts: ReportFacts) -> None:
    lang, s = sheet.language, sheet.scale
    page = sheet.new_page()
    top = sheet.frame(page, tr(CTX, "Figures by region and institution"), period_text(facts, lang))
    height = (sheet.body_bottom - top) / 3 - 4 * s
    ratio = Series(
        tr(CTX, "Services per 100,000 inhabitants"),
        tuple(
            Bar(safe(r.name.get(lang)), r.per_100k or 0.0, number(r.per_100k, lang, 1), ACCENT)
            for r in facts.regions
        ),
    )
    bar_chart(
        sheet,
        page,
        (sheet.margin, top, sheet.inner, height),
        tr(CTX, "Services per 100,000 inhabitants, by region"),
        [ratio],
        item_id="chart-ratio",
    )
    beyond = Series(
        tr(CTX, "Population beyond reach"),
        tuple(
            Bar(safe(r.name.get(lang)), r.beyond or 0.0, percent(r.beyond, lang), reach_colour(r.beyond))
            for r in facts.regions
        ),
    )
    bar_chart(
        sheet,
        page,
        (sheet.margin, top + height + 4 * s, sheet.inner, height),
        tr(
            CTX,
            "Share of the population farther than %1 km from any service, by region",
            number(facts.distance_km, lang),
        ),
        [beyond],
        item_id="chart-reach",
    )
    points = Series(
        tr(CTX, "Service points"),
        tuple(Bar(i.short, i.points, number(i.points, lang), i.colour) for i in facts.institutions),
    )
    services = Series(
        tr(CTX, "Services"),
        tuple(Bar(i.short, i.services, number(i.services, lang), "#bdbdbd") for i in facts.institutions),
    )
    bar_chart(
        sheet,
        page,
        (sheet.margin, top + 2 * (height + 4 * s), sheet.inner, height),
        tr(CTX, "Published active service points and their services, by institution"),
        [points, services],
        item_id="chart-institutions",
    )
