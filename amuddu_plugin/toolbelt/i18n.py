"""Translation of the user interface.

Every string shown to a person goes through :func:`tr` with an explicit context, so that
``tools/update_ts.py`` can collect it into ``i18n/amuddu_<lang>.ts``. The source texts are
written in English (Qt's convention, and readable by every contributor); French is the
reference language of the interface: it is what a QGIS in any language other than French,
Arabic or English shows, and the translation reviewed first. :func:`ui_language` tells
which of the data languages (fr, ar, en) the interface is in, following QGIS's locale.

Qt is imported inside the functions, so that pure modules (``definitions``,
``core/values``) that word their messages through :func:`tr` import without QGIS; there,
:func:`tr` returns the English source text with its placeholders filled.
"""

from __future__ import annotations

import re
from typing import Any

from ..definitions.model import LANGUAGES
from .paths import i18n_path

_PLACEHOLDER = re.compile(r"%(\d+)")


def tr(context: str, text: str, *args: object) -> str:
    """Translate ``text`` in ``context``; ``%1``, ``%2``... are replaced by ``args``."""
    try:
        from qgis.PyQt.QtCore import QCoreApplication
    except ImportError:  # plain Python (tools, pure modules): the source text
        out = text
    else:
        out = QCoreApplication.translate(context, text)
    if not args:
        return out

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return str(args[index - 1]) if 1 <= index <= len(args) else match.group(0)

    # One pass: %1 does not eat the start of %10, and a value holding "%2" stays as it is.
    return _PLACEHOLDER.sub(fill, out)


def qgis_locale() -> str:
    """The locale QGIS's own interface is in, e.g. ``fr`` or ``ar_MA``.

    Follows exactly what QGIS shows: the translation the running QGIS loaded (``--lang``,
    the Options dialog's override, or the system's locale), then ``locale/userLocale``, which
    QGIS writes at every start whatever chose the language (with or without the override
    flag), then the system's locale.
    """
    from qgis.PyQt.QtCore import QLocale, QSettings

    value = ""
    try:
        from qgis.core import QgsApplication

        app = QgsApplication.instance()
        # A method of the instance in 3.22, static in later versions.
        value = app.translation() if app is not None else ""
    except (ImportError, AttributeError, TypeError):
        value = ""
    if not value:
        value = QSettings().value("locale/userLocale", "", type=str)
    return value or QLocale.system().name()


def ui_language(locale: str | None = None) -> str:
    """``fr``, ``ar`` or ``en``: the data language that matches the UI locale (French default)."""
    code = (locale or qgis_locale() or "fr")[:2].lower()
    return code if code in LANGUAGES else "fr"


def install_translator(locale: str | None = None) -> Any:
    """Load ``i18n/amuddu_<lang>.qm`` for the locale into the application.

    Returns the translator (keep it, and remove it on unload), or None when there is no
    compiled translation for the locale's language.
    """
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    lang = ui_language(locale)
    qm = i18n_path(f"amuddu_{lang}.qm")
    if not qm.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(qm)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: Any) -> None:
    if translator is not None:
        from qgis.PyQt.QtCore import QCoreApplication

        QCoreApplication.removeTranslator(translator)
