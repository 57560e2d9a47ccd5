#!/usr/bin/env python3
"""Collect the plugin's user-visible strings into the Qt Linguist files ``i18n/amuddu_<lang>.ts``.

The plugin writes each string as ``tr("Context", "Source text")`` (``tr`` from
``amuddu_plugin.toolbelt.i18n``; ``%1``, ``%2``... are filled from further arguments), which
pylupdate5 cannot read. This script finds those calls with :mod:`ast` in
``amuddu_plugin/**/*.py``, also when the context is a module-level constant (``CTX = "Store"``),
for ``tr(CTX, self.DISPLAY)`` (the ``DISPLAY = "..."`` strings of the module's classes) and for
``QCoreApplication.translate("Context", "Text")``, then merges them into one TS 2.1 file per
language:

- a translation already made is kept while its message is still in the code;
- a new message is added unfinished, except in English, the source language, where the
  translation is the source text itself;
- a message gone from the code is kept as ``type="vanished"`` (its translation may serve
  again), or dropped with ``--drop-vanished``; one that comes back is unfinished, to review.

Output is sorted (contexts, then messages by source text, then locations) and written only
when it changes. ``--check`` changes nothing: it exits 1 listing messages of the code that
are missing from a .ts file, and messages still unfinished in the other languages.

Usage::

    tools/update_ts.py                 # what `make ts` runs
    tools/update_ts.py --check
    tools/update_ts.py --langs ar      # only i18n/amuddu_ar.ts

Standard library only: runs with any Python 3.10+, no QGIS needed.
"""

from __future__ import annotations

import argparse
import ast
import os
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

REPO_ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "amuddu_plugin"
I18N_DIR = "i18n"
#: The language the source texts are written in (see amuddu_plugin/toolbelt/i18n.py).
SOURCE_LANGUAGE = "en"
#: Language code of each .ts file -> the locale written in it.
LOCALES = {"fr": "fr_FR", "ar": "ar_MA", "en": "en_US"}
TS_NAME = "amuddu_{lang}.ts"

UNFINISHED = "unfinished"
VANISHED = "vanished"
_GONE = (VANISHED, "obsolete")

Key = tuple[str, str]  # (context, source text)


@dataclass(frozen=True, order=True)
class Location:
    """Where a message is: path relative to the repository root (POSIX), 1-based line."""

    filename: str
    line: int


@dataclass
class Entry:
    """One message of a .ts file."""

    translation: str = ""
    type: str | None = None  # None (finished), "unfinished", "vanished" or "obsolete"
    translator_comment: str | None = None
    locations: list[Location] = field(default_factory=list)


Catalog = dict[Key, list[Location]]


# ------------------------------------------------------------------------------ extraction


def _string_value(node: ast.AST, constants: dict[str, str]) -> str | None:
    """The string an expression stands for, if it is known without running the code."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left = _string_value(node.left, constants)
        right = _string_value(node.right, constants)
        if left is not None and right is not None:
            return left + right
    return None


def _module_constants(tree: ast.Module) -> dict[str, str]:
    """``NAME = "text"`` (or ``NAME: str = "text"``) at the top level of a module."""
    constants: dict[str, str] = {}
    for statement in tree.body:
        if isinstance(statement, ast.Assign):
            targets, value = statement.targets, statement.value
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            targets, value = [statement.target], statement.value
        else:
            continue
        text = _string_value(value, constants)
        for target in targets:
            if isinstance(target, ast.Name):
                if text is None:
                    constants.pop(target.id, None)
                else:
                    constants[target.id] = text
    return constants


def _translation_call(call: ast.Call) -> str | None:
    """``"tr"`` for the plugin's tr() (or ``i18n.tr``), ``"translate"`` for Qt's, else None."""
    function = call.func
    if isinstance(function, ast.Name):
        return "tr" if function.id == "tr" else None
    if isinstance(function, ast.Attribute) and isinstance(function.value, ast.Name):
        owner = function.value.id
        if function.attr == "tr" and owner == "i18n":  # not Qt's self.tr(...)
            return "tr"
        if function.attr == "translate" and owner == "QCoreApplication":
            return "translate"
    return None


def _class_strings(
    tree: ast.Module, names: set[str], constants: dict[str, str]
) -> list[tuple[str, str, int]]:
    """``(attribute, text, line)`` for ``NAME = "text"`` in the body of the module's classes."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.ClassDef):
            continue
        for statement in node.body:
            if isinstance(statement, ast.Assign):
                targets, value = statement.targets, statement.value
            elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
                targets, value = [statement.target], statement.value
            else:
                continue
            text = _string_value(value, constants)
            for target in targets:
                if isinstance(target, ast.Name) and target.id in names and text:
                    found.append((target.id, text, statement.lineno))
    return found


def extract_file(path: Path, relative_name: str,
                 inherited: dict[str, set[str]] | None = None) -> tuple[Catalog, list[str]]:
    """Messages of one Python file, and warnings about calls that could not be read.

    Besides ``tr("Context", "Text")``, ``tr(CTX, self.DISPLAY)`` in a method collects the
    strings assigned to ``DISPLAY`` in the bodies of the module's classes (the pattern of
    Processing algorithms that declare their names as class attributes). ``inherited``
    adds such attributes translated elsewhere in the package (a base class in another
    module), with their contexts.
    """
    catalog: Catalog = {}
    warnings: list[str] = []
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    except SyntaxError as error:
        return catalog, [f"{relative_name}:{error.lineno}: cannot parse: {error.msg}"]
    constants = _module_constants(tree)
    attribute_contexts: dict[str, set[str]] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        kind = _translation_call(node)
        if kind is None:
            continue
        if len(node.args) < 2:
            warnings.append(f"{relative_name}:{node.lineno}: {kind}() needs a context and a text")
            continue
        context = _string_value(node.args[0], constants)
        text_node = node.args[1]
        source = _string_value(text_node, constants)
        if (
            context is not None
            and source is None
            and isinstance(text_node, ast.Attribute)
            and isinstance(text_node.value, ast.Name)
            and text_node.value.id in ("self", "cls")
        ):
            attribute_contexts.setdefault(text_node.attr, set()).add(context)
            continue
        if context is None or source is None:
            if kind == "tr":  # QCoreApplication.translate(context, text) is tr() itself
                warnings.append(
                    f"{relative_name}:{node.lineno}: tr() whose context or text is not a "
                    "string literal, module constant or self.ATTRIBUTE: not collected"
                )
            continue
        catalog.setdefault((context, source), []).append(Location(relative_name, node.lineno))
    for attribute, contexts in (inherited or {}).items():
        attribute_contexts.setdefault(attribute, set()).update(contexts)
    for attribute, text, line in _class_strings(tree, set(attribute_contexts), constants):
        for context in sorted(attribute_contexts[attribute]):
            catalog.setdefault((context, text), []).append(Location(relative_name, line))
    return catalog, warnings


def _translated_attributes(path: Path) -> dict[str, set[str]]:
    """``{attribute: contexts}`` for each ``tr(CTX, self.ATTRIBUTE)`` call of one file."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    except SyntaxError:
        return {}
    constants = _module_constants(tree)
    found: dict[str, set[str]] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _translation_call(node) is None or len(node.args) < 2:
            continue
        context = _string_value(node.args[0], constants)
        text_node = node.args[1]
        if (context is not None and isinstance(text_node, ast.Attribute)
                and isinstance(text_node.value, ast.Name) and text_node.value.id in ("self", "cls")):
            found.setdefault(text_node.attr, set()).add(context)
    return found


def extract_messages(package_dir: Path, root: Path | None = None) -> tuple[Catalog, list[str]]:
    """All messages of ``package_dir/**/*.py``, sorted; locations relative to ``root``."""
    package_dir = Path(package_dir)
    root = Path(root) if root is not None else package_dir.parent
    catalog: Catalog = {}
    warnings: list[str] = []
    paths = [p for p in sorted(package_dir.rglob("*.py")) if "__pycache__" not in p.parts]
    # First pass: which self.ATTRIBUTEs are translated, and in which context, anywhere in
    # the package (a subclass in another module declares the strings its base translates).
    inherited: dict[str, set[str]] = {}
    for path in paths:
        for attribute, contexts in _translated_attributes(path).items():
            inherited.setdefault(attribute, set()).update(contexts)
    for path in paths:
        relative_name = Path(os.path.relpath(path, root)).as_posix()
        found, problems = extract_file(path, relative_name, inherited)
        warnings.extend(problems)
        for key, locations in found.items():
            catalog.setdefault(key, []).extend(locations)
    return {key: sorted(catalog[key]) for key in sorted(catalog)}, warnings


# ------------------------------------------------------------------------------- TS files


def read_ts(path: Path) -> dict[Key, Entry]:
    """Messages of an existing .ts file (empty if there is none)."""
    if not path.exists():
        return {}
    entries: dict[Key, Entry] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            entry = Entry()
            if translation is not None:
                entry.translation = translation.text or ""
                entry.type = translation.get("type")
            entry.translator_comment = message.findtext("translatorcomment")
            entries[(name, source)] = entry
    return entries


def merge(
    lang: str,
    catalog: Catalog,
    existing: dict[Key, Entry],
    drop_vanished: bool = False,
) -> dict[Key, Entry]:
    """The messages a .ts file should hold once the code's catalog is merged into it."""
    merged: dict[Key, Entry] = {}
    for key, locations in catalog.items():
        old = existing.get(key)
        entry = Entry(locations=list(locations))
        if old is not None:
            entry.translation = old.translation
            entry.translator_comment = old.translator_comment
            entry.type = UNFINISHED if old.type in _GONE else old.type
        if lang == SOURCE_LANGUAGE:
            if not entry.translation:
                entry.translation = key[1]
            entry.type = None
        elif not entry.translation:
            entry.type = UNFINISHED
        merged[key] = entry
    if not drop_vanished:
        for key, old in existing.items():
            if key not in merged:
                merged[key] = Entry(old.translation, VANISHED, old.translator_comment)
    return merged


def render_ts(lang: str, entries: dict[Key, Entry], ts_dir: Path, root: Path) -> str:
    """TS 2.1 XML, laid out like lupdate's, sorted."""
    locale = LOCALES.get(lang, lang)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{locale}" sourcelanguage="{LOCALES[SOURCE_LANGUAGE]}">',
    ]
    for context in sorted({key[0] for key in entries}):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for key in sorted(key for key in entries if key[0] == context):
            entry = entries[key]
            lines.append("    <message>")
            for location in entry.locations:
                filename = Path(os.path.relpath(root / location.filename, ts_dir)).as_posix()
                lines.append(
                    f'        <location filename={quoteattr(filename)} line="{location.line}"/>'
                )
            lines.append(f"        <source>{escape(key[1])}</source>")
            if entry.translator_comment:
                comment = escape(entry.translator_comment)
                lines.append(f"        <translatorcomment>{comment}</translatorcomment>")
            kind = f" type={quoteattr(entry.type)}" if entry.type else ""
            lines.append(f"        <translation{kind}>{escape(entry.translation)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def ts_path(i18n_dir: Path, lang: str) -> Path:
    return Path(i18n_dir) / TS_NAME.format(lang=lang)


def update(
    root: Path,
    package_dir: Path,
    i18n_dir: Path,
    langs: Iterable[str],
    drop_vanished: bool = False,
) -> list[str]:
    """Write the merged .ts files; returns one report line per language (and warnings)."""
    catalog, warnings = extract_messages(package_dir, root)
    report = [f"warning: {warning}" for warning in warnings]
    Path(i18n_dir).mkdir(parents=True, exist_ok=True)
    for lang in langs:
        path = ts_path(i18n_dir, lang)
        existing = read_ts(path)
        merged = merge(lang, catalog, existing, drop_vanished)
        text = render_ts(lang, merged, path.parent, root)
        changed = not path.exists() or path.read_text(encoding="utf-8") != text
        if changed:
            path.write_text(text, encoding="utf-8")
        new = sum(1 for key in catalog if key not in existing or existing[key].type in _GONE)
        gone = sum(1 for entry in merged.values() if entry.type == VANISHED)
        unfinished = sum(1 for entry in merged.values() if entry.type == UNFINISHED)
        name = Path(os.path.relpath(path, root)).as_posix()
        report.append(
            f"{name}: {len(catalog)} messages ({new} new, {unfinished} unfinished, "
            f"{gone} vanished){'' if changed else ', unchanged'}"
        )
    return report


def check(root: Path, package_dir: Path, i18n_dir: Path, langs: Iterable[str]) -> list[str]:
    """Problems: messages of the code missing from a .ts file, unfinished translations."""
    catalog, _ = extract_messages(package_dir, root)
    problems: list[str] = []
    for lang in langs:
        path = ts_path(i18n_dir, lang)
        if not path.exists():
            problems.append(f"{path} is missing: run `make ts`")
            continue
        existing = read_ts(path)
        for key, locations in catalog.items():
            where = f"{locations[0].filename}:{locations[0].line}"
            entry = existing.get(key)
            if entry is None or entry.type in _GONE:
                problems.append(
                    f"{path.name}: missing [{key[0]}] {key[1]!r} ({where}): run `make ts`"
                )
            elif lang != SOURCE_LANGUAGE and (entry.type == UNFINISHED or not entry.translation):
                problems.append(f"{path.name}: unfinished [{key[0]}] {key[1]!r} ({where})")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help="repository root")
    parser.add_argument("--package", default=PACKAGE, help="package folder, under the root")
    parser.add_argument("--i18n-dir", default=I18N_DIR, help=".ts folder, under the root")
    parser.add_argument(
        "--langs",
        nargs="+",
        default=list(LOCALES),
        choices=list(LOCALES),
        help="languages to update or check (default: all)",
    )
    parser.add_argument(
        "--drop-vanished",
        action="store_true",
        help="drop messages gone from the code instead of marking them vanished",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit 1 if a message is missing or unfinished",
    )
    args = parser.parse_args(argv)

    root = args.root.resolve()
    package_dir = root / args.package
    i18n_dir = root / args.i18n_dir
    if not package_dir.is_dir():
        print(f"error: {package_dir} is not a folder", file=sys.stderr)
        return 2
    if args.check:
        problems = check(root, package_dir, i18n_dir, args.langs)
        for problem in problems:
            print(problem)
        if problems:
            print(f"{len(problems)} translation problem(s)", file=sys.stderr)
            return 1
        print("translations: complete")
        return 0
    for line in update(root, package_dir, i18n_dir, args.langs, args.drop_vanished):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
