"""Layout rules of the code base that keep it maintainable."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "amuddu_plugin"
FORBIDDEN_IN_CORE = ("qgis.gui", "PyQt5.QtWidgets", "qgis.PyQt.QtWidgets", "qgis.utils")


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
            out |= {f"{node.module}.{a.name}" for a in node.names}
    return out


def test_core_and_definitions_have_no_gui():
    offenders = []
    for folder in ("core", "definitions", "processing", "toolbelt"):
        for path in (PACKAGE / folder).rglob("*.py"):
            for name in imports(path):
                if name.startswith(FORBIDDEN_IN_CORE) or name.endswith(".iface"):
                    offenders.append(f"{path.relative_to(PACKAGE)}: {name}")
    assert offenders == []


def test_plugin_init_only_holds_class_factory():
    tree = ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    top = [n for n in tree.body if not isinstance(n, ast.Expr)]
    assert [type(n).__name__ for n in top] == ["FunctionDef"]
    assert top[0].name == "classFactory"


def test_no_print_and_no_top_level_processing_import():
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "print":
                raise AssertionError(f"print() in {path}")
        for node in tree.body:
            if isinstance(node, ast.Import) and any(a.name == "processing" for a in node.names):
                raise AssertionError(f"top-level 'import processing' in {path}")
