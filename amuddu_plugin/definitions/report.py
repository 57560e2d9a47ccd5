"""The committee's printed report (``amuddu:cp3_report``), declared once: its languages, paper
sizes, the order of its pages, the classes of the "population beyond reach" map and the
file names. The report's texts are interface strings (``tr()`` in context "Report", with
French and Arabic translations); the figures, classes and colours come from
:mod:`.monitoring`. This module imports nothing from QGIS.
"""

from __future__ import annotations

from .handouts import FONT_ARABIC, FONT_LATIN, RIGHT_TO_LEFT

__all__ = ["FONT_ARABIC", "FONT_LATIN", "RIGHT_TO_LEFT"]

#: The languages the report is printed in (one per report; Arabic right to left).
LANGUAGES: tuple[str, ...] = ("fr", "ar")
DEFAULT_LANGUAGE = "fr"

#: Paper sizes: (width, height) in mm, portrait.
PAPERS: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}
DEFAULT_PAPER = "A4"

#: The pages, in order. "region" is one page per region of the database; "alerts" flows
#: onto as many pages as the alerts need; the others are one page each.
SUMMARY, NATIONAL_MAPS, CHARTS, REGION, ALERTS, QUALITY = (
    "summary",
    "national_maps",
    "charts",
    "region",
    "alerts",
    "quality",
)
PAGE_ORDER: tuple[str, ...] = (SUMMARY, NATIONAL_MAPS, CHARTS, REGION, ALERTS, QUALITY)
#: Pages that are always exactly one page.
SINGLE_PAGES: tuple[str, ...] = (SUMMARY, NATIONAL_MAPS, CHARTS, QUALITY)

#: Classes (lower, upper, in %) of the share of the population beyond the reference
#: distance, drawn with :data:`.monitoring.REACH_RAMP` (one colour per class).
REACH_CLASSES: tuple[tuple[float, float], ...] = (
    (0.0, 20.0),
    (20.0, 40.0),
    (40.0, 60.0),
    (60.0, 80.0),
    (80.0, 100.0),
)
#: A unit without a figure (no population, no service of any kind anywhere).
NO_DATA_COLOUR = "#d9d9d9"

#: Colours of the page (the atlas's accent and ink).
ACCENT = "#1f4e5f"
INK = "#222222"
MUTED = "#5c5c5c"
ROW_TINT = "#eef2f3"

#: The PDF and, beside it, the project holding the report's layout (open it in QGIS,
#: then Project > Layouts) and the layers its maps draw.
FILE_PATTERN = "cp3-report-{language}.pdf"
PROJECT_SUFFIX = ".qgz"
#: The name of the layout in that project.
LAYOUT_NAME = "Amuddu – CP3 ({language})"

#: Text that QGIS layout labels would evaluate as an expression ("[% ... %]"): data texts
#: (names, the committee's notes) are printed with it broken.
EXPRESSION_OPEN = "[%"
