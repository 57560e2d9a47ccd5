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


# -- the import graph: no cycles, one-way layers ------------------------------------------------

def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Module -> the package modules it imports (at any level of the file, relative
    imports resolved), for every module of the plugin."""
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        found: set[str] = set()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If)
                       and "TYPE_CHECKING" in ast.unparse(block.test) for n in ast.walk(block)}
        for node in ast.walk(tree):
            if id(node) in typing_only:  # annotations only: no import at run time
                continue
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(anchor + ([base] if base else []))
                targets = [f"{base}.{a.name}" for a in node.names] + [base]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            for target in targets:
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name and target.startswith("amuddu_plugin"):
                    found.add(target)
        graph[name] = found
    return graph


def test_no_import_cycles():
    graph = import_graph()
    cycles = []
    state: dict[str, int] = {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(" -> ".join(stack[stack.index(nxt):] + [node, nxt]) if nxt in stack
                              else f"{node} -> {nxt}")
            elif nxt not in state:
                visit(nxt, stack + [node])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [])
    assert cycles == []


#: The layers, bottom first: a module imports only from its own layer or those below.
LAYERS = (
    ("amuddu_plugin.definitions",),
    ("amuddu_plugin.toolbelt",),
    ("amuddu_plugin.core.store", "amuddu_plugin.core.values"),
    ("amuddu_plugin.core",),  # the features: imports, styles, quality, atlas, webmap...
    ("amuddu_plugin.processing", "amuddu_plugin.gui"),
    ("amuddu_plugin.plugin", "amuddu_plugin"),
)


def layer_of(module: str) -> int:
    best = (-1, -1)  # (prefix length, layer)
    for rank, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best[0]:
                best = (len(prefix), rank)
    return best[1]


def test_imports_go_one_way_down_the_layers():
    upward = [f"{module} -> {target}" for module, targets in import_graph().items()
              for target in targets if layer_of(target) > layer_of(module)]
    assert upward == []


def test_pure_modules_import_without_qgis():
    """definitions/ and core/values/ need neither QGIS nor Qt (the phone parser, the
    opening-hours reader... run in plain Python)."""
    import subprocess
    import sys

    modules = [module_name(p) for folder in ("definitions", "core/values")
               for p in (PACKAGE / folder).rglob("*.py")]
    code = ("import sys\nsys.modules['qgis'] = None\nsys.modules['PyQt5'] = None\n"
            + "".join(f"import {m}\n" for m in modules))
    done = subprocess.run([sys.executable, "-c", code], cwd=PACKAGE.parent, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
