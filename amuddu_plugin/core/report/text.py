"""The report's language: its translation, numbers, dates and direction.

The report is printed in one language (LANGUAGE), whatever the language of QGIS: while it is
drawn, that language's translation (``i18n/amuddu_<lang>.qm``) is put in front of the
others, so that every ``tr()`` of the report's modules answers in it. Numbers keep Western
digits (as printed in Morocco) with a comma as the decimal mark and a no-break space between
thousands (a bidi "common separator": the number stays one piece in Arabic text).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from ...definitions.handouts import DECIMAL_MARK
from ...definitions.report import EXPRESSION_OPEN, RIGHT_TO_LEFT
from ...toolbelt.log import logger
from ...toolbelt.paths import i18n_path

#: Bidi controls: right-to-left mark; left-to-right embedding ... pop.
RLM, LRE, PDF = "\u200f", "\u202a", "\u202c"
NBSP = "\u00a0"


@contextmanager
def report_language(language: str) -> Iterator[bool]:
    """Translate into ``language`` inside the block (yields whether its translation loaded)."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    loaded = translator.load(str(i18n_path(f"amuddu_{language}.qm")))
    if loaded:
        QCoreApplication.installTranslator(translator)
    else:
        logger().warning(
            "no compiled translation for %s (make i18n): the report prints the source texts", language
        )
    try:
        yield loaded
    finally:
        if loaded:
            QCoreApplication.removeTranslator(translator)


def rtl(language: str) -> bool:
    return language in RIGHT_TO_LEFT


def number(value: float | None, language: str, decimals: int = 0) -> str:
    """``150 000`` / ``12,5``; an en dash for no value."""
    if value is None:
        return "–"
    text = f"{value:,.{decimals}f}".replace(",", NBSP).replace(".", DECIMAL_MARK.get(language, ","))
    return text


def percent(share: float | None, language: str) -> str:
    """A share (0-1) as a percentage: ``45 %`` (French), ``45%`` (Arabic)."""
    if share is None:
        return "–"
    text = number(100.0 * share, language)
    return f"{text}%" if rtl(language) else f"{text}{NBSP}%"


def day(value: date, language: str) -> str:
    """``07/12/2026``, kept left to right inside Arabic text."""
    return ltr(value.strftime("%d/%m/%Y"), language)


def ltr(text: str, language: str) -> str:
    """``text`` (a date, a version, a code) kept left to right inside right-to-left text."""
    return f"{LRE}{text}{PDF}" if rtl(language) and text else text


def starts(text: str, language: str) -> str:
    """``text`` whose paragraph direction is the language's, even when it starts with a
    number or a Latin name (Qt takes the direction from the first strong character)."""
    return f"{RLM}{text}" if rtl(language) else text


def safe(text: str) -> str:
    """A data text (a name, a note) that a layout label prints as it is."""
    return (text or "").replace(EXPRESSION_OPEN, "[ %")
