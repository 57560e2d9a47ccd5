"""tools/update_ts.py: tr() strings -> i18n/*.ts, merged; and the .ts -> .qm -> QTranslator path."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load_tool(name: str) -> ModuleType:
    path = ROOT / "tools" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"amuddu_tool_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


update_ts = _load_tool("update_ts")

DOCK_SOURCE = textwrap.dedent(
    """\
    from ..toolbelt.i18n import tr

    CTX = "Dock"


    def labels(name, variable):
        return [
            tr("Greeting", "Hello"),
            tr(CTX, "Open %1", name),
            tr("Greeting", "Hello"),
            tr(variable, "not collected: the context is not known"),
        ]


    class Widget:
        def title(self):
            return self.tr("Qt style", "not the plugin's tr")
    """
)
ALGORITHMS_SOURCE = textwrap.dedent(
    """\
    from ..toolbelt import i18n
    from ..toolbelt.i18n import tr


    class Base:
        DISPLAY = ""

        def displayName(self):
            return tr("Processing", self.DISPLAY)


    class CreateDatabase(Base):
        DISPLAY = "Create a database…"


    def group():
        return i18n.tr("Processing", "Database")
    """
)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def fake_repo(tmp_path: Path) -> Path:
    """A repository with a small package: fakepkg/gui/dock.py, fakepkg/processing/algorithms.py."""
    _write(tmp_path / "fakepkg" / "__init__.py", "")
    _write(tmp_path / "fakepkg" / "gui" / "dock.py", DOCK_SOURCE)
    _write(tmp_path / "fakepkg" / "processing" / "algorithms.py", ALGORITHMS_SOURCE)
    # compiled leftovers are not read
    _write(tmp_path / "fakepkg" / "gui" / "__pycache__" / "dock.py", 'tr("Ghost", "ghost")')
    return tmp_path


def _update(root: Path, langs: tuple[str, ...] = ("fr", "ar", "en")) -> list[str]:
    return update_ts.update(root, root / "fakepkg", root / "i18n", langs)


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name") or "", message.findtext("source") or "")] = message
    return found


def _translate(ts: Path, context: str, source: str, text: str) -> None:
    """What a translator does in Linguist: fill the translation, mark it finished."""
    tree = ET.parse(ts)
    for ctx in tree.getroot().iter("context"):
        for message in ctx.iter("message"):
            if ctx.findtext("name") == context and message.findtext("source") == source:
                translation = message.find("translation")
                assert translation is not None
                translation.text = text
                translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def test_extractor_finds_the_tr_strings(fake_repo: Path) -> None:
    catalog, warnings = update_ts.extract_messages(fake_repo / "fakepkg", fake_repo)

    assert set(catalog) == {
        ("Greeting", "Hello"),
        ("Dock", "Open %1"),
        ("Processing", "Create a database…"),
        ("Processing", "Database"),
    }
    dock = "fakepkg/gui/dock.py"
    assert [(loc.filename, loc.line) for loc in catalog[("Greeting", "Hello")]] == [
        (dock, 8),
        (dock, 10),
    ]
    assert catalog[("Dock", "Open %1")][0].line == 9
    assert catalog[("Processing", "Create a database…")][0].line == 13
    assert catalog[("Processing", "Database")][0].line == 17
    assert len(warnings) == 1 and f"{dock}:11" in warnings[0]


def test_source_language_is_english() -> None:
    # The code's tr() texts are English; French and Arabic are translations of them.
    assert update_ts.SOURCE_LANGUAGE == "en"
    assert update_ts.LOCALES[update_ts.SOURCE_LANGUAGE] == "en_US"


def test_update_writes_valid_ts_files(fake_repo: Path) -> None:
    _update(fake_repo)

    for lang, locale in (("fr", "fr_FR"), ("ar", "ar_MA"), ("en", "en_US")):
        ts = fake_repo / "i18n" / f"amuddu_{lang}.ts"
        text = ts.read_text(encoding="utf-8")
        assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        root = ET.fromstring(text.split("\n", 2)[2])
        assert root.tag == "TS"
        assert root.attrib == {"version": "2.1", "language": locale, "sourcelanguage": "en_US"}
        contexts = [context.findtext("name") for context in root.iter("context")]
        assert contexts == ["Dock", "Greeting", "Processing"]
        hello = _messages(ts)[("Greeting", "Hello")]
        assert [(loc.get("filename"), loc.get("line")) for loc in hello.iter("location")] == [
            ("../fakepkg/gui/dock.py", "8"),
            ("../fakepkg/gui/dock.py", "10"),
        ]

    # English, the source language: every translation is the source text, finished.
    english = _messages(fake_repo / "i18n" / "amuddu_en.ts")
    assert len(english) == 4
    for (_, source), message in english.items():
        translation = message.find("translation")
        assert translation is not None
        assert translation.text == source and "type" not in translation.attrib
    # French and Arabic: every message is left to translate.
    for lang in ("fr", "ar"):
        messages = _messages(fake_repo / "i18n" / f"amuddu_{lang}.ts")
        assert len(messages) == 4
        for message in messages.values():
            translation = message.find("translation")
            assert translation is not None
            assert not translation.text and translation.get("type") == "unfinished"


def test_update_is_deterministic(fake_repo: Path) -> None:
    _update(fake_repo)
    first = {p.name: p.read_bytes() for p in (fake_repo / "i18n").glob("*.ts")}
    report = _update(fake_repo)
    assert {p.name: p.read_bytes() for p in (fake_repo / "i18n").glob("*.ts")} == first
    assert [line.split(":")[0] for line in report if line.endswith("unchanged")] == [
        "i18n/amuddu_fr.ts",
        "i18n/amuddu_ar.ts",
        "i18n/amuddu_en.ts",
    ]
    by_file = {line.split(":")[0]: line for line in report}
    assert "(0 new, 4 unfinished, 0 vanished)" in by_file["i18n/amuddu_fr.ts"]
    assert "(0 new, 4 unfinished, 0 vanished)" in by_file["i18n/amuddu_ar.ts"]
    assert "(0 new, 0 unfinished, 0 vanished)" in by_file["i18n/amuddu_en.ts"]


def test_merge_keeps_translations_adds_new_unfinished_and_marks_vanished(fake_repo: Path) -> None:
    _update(fake_repo)
    ar = fake_repo / "i18n" / "amuddu_ar.ts"
    fr = fake_repo / "i18n" / "amuddu_fr.ts"
    en = fake_repo / "i18n" / "amuddu_en.ts"
    _translate(ar, "Greeting", "Hello", "مرحبا")
    _translate(ar, "Dock", "Open %1", "افتح %1")
    _translate(fr, "Greeting", "Hello", "Bonjour")
    _translate(fr, "Dock", "Open %1", "Ouvrir %1")
    # A reviewed English wording (the translation differs from the source) is kept too.
    _translate(en, "Greeting", "Hello", "Hello!")

    dock = fake_repo / "fakepkg" / "gui" / "dock.py"
    original = dock.read_text(encoding="utf-8")
    source = original.replace('tr(CTX, "Open %1", name),', 'tr(CTX, "Close %1", name),')
    dock.write_text("# a line more: locations move\n" + source, encoding="utf-8")
    _update(fake_repo)

    for ts, hello, open_ in ((ar, "مرحبا", "افتح %1"), (fr, "Bonjour", "Ouvrir %1")):
        messages = _messages(ts)
        kept = messages[("Greeting", "Hello")]
        assert kept.findtext("translation") == hello
        assert "type" not in kept.find("translation").attrib  # type: ignore[union-attr]
        assert [loc.get("line") for loc in kept.iter("location")] == ["9", "11"]

        new = messages[("Dock", "Close %1")].find("translation")
        assert new is not None and new.get("type") == "unfinished" and not new.text

        gone = messages[("Dock", "Open %1")]
        assert gone.find("translation").get("type") == "vanished"  # type: ignore[union-attr]
        assert gone.findtext("translation") == open_
        assert list(gone.iter("location")) == []

    english = _messages(en)
    new_english = english[("Dock", "Close %1")].find("translation")
    assert new_english is not None
    assert new_english.text == "Close %1" and "type" not in new_english.attrib
    assert english[("Greeting", "Hello")].findtext("translation") == "Hello!"

    update_ts.update(fake_repo, fake_repo / "fakepkg", fake_repo / "i18n", ["ar"], True)
    assert ("Dock", "Open %1") not in _messages(ar)
    assert ("Dock", "Open %1") in _messages(fr)  # only the languages asked for change

    # A vanished message that comes back is to review again, except in the source language.
    dock.write_text(original, encoding="utf-8")
    _update(fake_repo, ("fr", "en"))
    back = _messages(fr)[("Dock", "Open %1")].find("translation")
    assert back is not None and back.text == "Ouvrir %1" and back.get("type") == "unfinished"
    back_english = _messages(en)[("Dock", "Open %1")].find("translation")
    assert back_english is not None and "type" not in back_english.attrib


def test_check_reports_missing_and_unfinished_messages(
    fake_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--root", str(fake_repo), "--package", "fakepkg", "--check"]
    assert update_ts.main(args) == 1
    assert "amuddu_fr.ts is missing" in capsys.readouterr().out

    assert update_ts.main(["--root", str(fake_repo), "--package", "fakepkg"]) == 0
    capsys.readouterr()
    assert update_ts.main(args) == 1
    out = capsys.readouterr().out
    assert "amuddu_fr.ts: unfinished [Greeting] 'Hello'" in out
    assert "amuddu_ar.ts: unfinished [Dock] 'Open %1'" in out
    assert "amuddu_en.ts" not in out  # English is the source language

    ar = fake_repo / "i18n" / "amuddu_ar.ts"
    for context, source in _messages(ar):
        _translate(ar, context, source, f"[ar] {source}")
    assert update_ts.main(args) == 1  # French is still to translate
    out = capsys.readouterr().out
    assert "amuddu_fr.ts: unfinished" in out and "amuddu_ar.ts" not in out

    fr = fake_repo / "i18n" / "amuddu_fr.ts"
    for context, source in _messages(fr):
        _translate(fr, context, source, f"[fr] {source}")
    assert update_ts.main(args) == 0
    assert "translations: complete" in capsys.readouterr().out

    dock = fake_repo / "fakepkg" / "gui" / "dock.py"
    dock.write_text(dock.read_text(encoding="utf-8") + '\ntr("Dock", "New")\n', "utf-8")
    assert update_ts.main(args) == 1
    out = capsys.readouterr().out
    for lang in ("fr", "ar", "en"):
        assert f"amuddu_{lang}.ts: missing [Dock] 'New'" in out


def _lrelease() -> str:
    for candidate in ("/usr/lib/qt5/bin/lrelease", "lrelease"):
        found = shutil.which(candidate)
        if found:
            return found
    pytest.fail("lrelease not found: it comes with Debian's qttools5-dev-tools (run `make deps`)")


def test_lrelease_output_translates_with_qtranslator(fake_repo: Path, qgis_app: object) -> None:
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    assert QCoreApplication.instance() is not None
    _update(fake_repo, ("ar",))
    ts = fake_repo / "i18n" / "amuddu_ar.ts"
    _translate(ts, "Greeting", "Hello", "مرحبا")
    _translate(ts, "Processing", "Create a database…", "إنشاء قاعدة بيانات…")
    qm = ts.with_suffix(".qm")
    result = subprocess.run(
        [_lrelease(), str(ts), "-qm", str(qm)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert qm.stat().st_size > 0

    translator = QTranslator()
    assert translator.load(str(qm))
    # PyQt5's QTranslator.translate() encodes its arguments as ASCII (UnicodeEncodeError on
    # "…"), QCoreApplication.translate() as UTF-8: non-ASCII sources go through the latter.
    assert translator.translate("Greeting", "Hello") == "مرحبا"
    assert translator.translate("Dock", "Open %1") == ""  # unfinished: left to the source

    assert QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Greeting", "Hello") == "مرحبا"
        assert QCoreApplication.translate("Processing", "Create a database…") == "إنشاء قاعدة بيانات…"
        assert QCoreApplication.translate("Dock", "Open %1") == "Open %1"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_class_strings_translated_by_a_base_class_in_another_module(tmp_path: Path) -> None:
    """An algorithm declares DISPLAY in its own module; its base class in another module
    translates it with tr(CTX, self.DISPLAY): the string is collected in that context."""
    package = tmp_path / "pkg"
    _write(package / "__init__.py", "")
    _write(package / "base.py", textwrap.dedent("""\
        from .i18n import tr

        CTX = "Processing"


        class Base:
            DISPLAY = "Base tool"

            def displayName(self):
                return tr(CTX, self.DISPLAY)
        """))
    _write(package / "child.py", textwrap.dedent("""\
        from .base import Base


        class Child(Base):
            DISPLAY = "Export the web map"


        class Unrelated:
            LABEL = "not a message"
        """))
    catalog, warnings = update_ts.extract_messages(package, tmp_path)
    assert warnings == []
    assert ("Processing", "Export the web map") in catalog
    assert ("Processing", "Base tool") in catalog
    assert not any(source == "not a message" for _, source in catalog)
