"""tools/package.py: the plugin zip, and check_zip() against the plugin repository's rules."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
TOP = "amuddu_plugin"


def _load_tool(name: str) -> ModuleType:
    path = ROOT / "tools" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"amuddu_tool_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


package = _load_tool("package")


def _write(path: Path, content: bytes | str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)


@pytest.fixture
def fake_repo(tmp_path: Path) -> Path:
    """A small repository laid out like this one, with placeholder database and .qm."""
    root = tmp_path / "repo"
    shutil.copy(ROOT / "metadata.txt", _mkdir(root) / "metadata.txt")
    shutil.copy(ROOT / "LICENSE", root / "LICENSE")
    _write(root / TOP / "__init__.py", "def classFactory(iface):\n    return None\n")
    _write(root / TOP / "core" / "__init__.py", "")
    _write(root / TOP / "core" / "store.py", "VALUE = 1\n")
    _write(root / TOP / "gui" / "form.ui", "<ui/>\n")
    _write(root / TOP / "core" / "__pycache__" / "store.cpython-311.pyc", b"\0")
    _write(root / TOP / "core" / "store.py~", "editor backup")
    _write(root / "resources" / "icons" / "amuddu.svg", "<svg/>\n")
    _write(root / "resources" / "styles" / "service_point.qml", "<qgis/>\n")
    _write(root / "i18n" / "amuddu_fr.ts", "<TS/>\n")
    _write(root / "i18n" / "amuddu_fr.qm", b"qm placeholder")
    _write(root / "data" / "amuddu.gpkg", b"SQLite format 3\0placeholder")
    _write(root / "data" / "BUILD_REPORT.md", "# Sources\n")
    _write(root / "data" / "amuddu.gpkg-shm", b"\0")
    _write(root / "data" / ".gitkeep", "")
    _write(root / "tests" / "test_nothing.py", "")
    return root


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def good_zip(fake_repo: Path, tmp_path: Path) -> Path:
    return package.build_zip(fake_repo, tmp_path / "good.zip")


def _rewrite(
    source: Path,
    target: Path,
    *,
    drop: tuple[str, ...] = (),
    add: dict[str, bytes] | None = None,
    edit: dict[str, Callable[[bytes], bytes]] | None = None,
    top: str | None = None,
) -> Path:
    """A copy of a zip with entries dropped, added, edited, or the top folder renamed."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            if name in drop:
                continue
            data = old.read(name)
            if edit and name in edit:
                data = edit[name](data)
            if top is not None:
                name = top + name[name.index("/") :]
            new.writestr(name, data)
        for name, data in (add or {}).items():
            new.writestr(name, data)
    return target


def _without_line(key: str) -> Callable[[bytes], bytes]:
    def edit(data: bytes) -> bytes:
        lines = data.decode("utf-8").splitlines(keepends=True)
        return "".join(line for line in lines if not line.startswith(f"{key}=")).encode("utf-8")

    return edit


def _replace(old: str, new: str) -> Callable[[bytes], bytes]:
    return lambda data: data.decode("utf-8").replace(old, new).encode("utf-8")


# ------------------------------------------------------------------- the repository's zip


def test_repository_zip_passes_the_plugin_repository_rules(tmp_path: Path) -> None:
    assert (ROOT / "data" / "amuddu.gpkg").is_file(), (
        "data/amuddu.gpkg is missing: run `make data` first (`make test` does)"
    )
    assert sorted((ROOT / "i18n").glob("*.qm")), (
        "i18n/*.qm are missing: run `make i18n` first (`make test` does)"
    )
    built = package.build_zip(ROOT, tmp_path / "amuddu_plugin.zip")

    assert package.check_zip(built) == []
    with zipfile.ZipFile(built) as archive:
        names = set(archive.namelist())
    python_files = {
        f"{TOP}/{path.relative_to(ROOT / TOP).as_posix()}"
        for path in (ROOT / TOP).rglob("*.py")
        if "__pycache__" not in path.parts
    }
    assert python_files <= names
    expected = {f"{TOP}/metadata.txt", f"{TOP}/LICENSE", f"{TOP}/data/amuddu.gpkg"}
    expected |= {f"{TOP}/i18n/{qm.name}" for qm in (ROOT / "i18n").glob("*.qm")}
    expected |= {
        f"{TOP}/resources/{path.relative_to(ROOT / 'resources').as_posix()}"
        for path in (ROOT / "resources").rglob("*")
        if path.is_file()
    }
    assert expected <= names, sorted(expected - names)
    assert not [name for name in names if name.endswith((".ts", ".pyc")) or "/tests/" in name]


# ------------------------------------------------------------------------------ building


def test_zip_layout_puts_top_level_files_inside_the_plugin_folder(good_zip: Path) -> None:
    with zipfile.ZipFile(good_zip) as archive:
        names = archive.namelist()
    files = [name for name in names if not name.endswith("/")]
    assert files == [
        f"{TOP}/LICENSE",
        f"{TOP}/__init__.py",
        f"{TOP}/core/__init__.py",
        f"{TOP}/core/store.py",
        f"{TOP}/data/BUILD_REPORT.md",
        f"{TOP}/data/amuddu.gpkg",
        f"{TOP}/gui/form.ui",
        f"{TOP}/i18n/amuddu_fr.qm",
        f"{TOP}/metadata.txt",
        f"{TOP}/resources/icons/amuddu.svg",
        f"{TOP}/resources/styles/service_point.qml",
    ]
    assert names[0] == f"{TOP}/"
    assert names == sorted(names)
    assert package.check_zip(good_zip) == []


def test_zip_is_deterministic(fake_repo: Path, tmp_path: Path) -> None:
    first = package.build_zip(fake_repo, tmp_path / "first.zip").read_bytes()
    for path in fake_repo.rglob("*"):
        os.utime(path, (1_700_000_000, 1_700_000_000))
    (fake_repo / "i18n" / "amuddu_fr.ts").touch()
    (fake_repo / "i18n" / "amuddu_fr.qm").touch()
    second = package.build_zip(fake_repo, tmp_path / "second.zip").read_bytes()
    assert first == second


def test_missing_database_and_translations_fail_clearly(fake_repo: Path, tmp_path: Path) -> None:
    (fake_repo / "data" / "amuddu.gpkg").unlink()
    (fake_repo / "i18n" / "amuddu_fr.qm").unlink()
    with pytest.raises(package.PackageError) as error:
        package.build_zip(fake_repo, tmp_path / "never.zip")
    message = str(error.value)
    assert "data/amuddu.gpkg is missing: run `make data`" in message
    assert "i18n/amuddu_fr.qm is missing: run `make i18n`" in message
    assert not (tmp_path / "never.zip").exists()


def test_stale_translation_and_open_database_fail(fake_repo: Path, tmp_path: Path) -> None:
    os.utime(fake_repo / "i18n" / "amuddu_fr.qm", (1_000_000_000, 1_000_000_000))
    _write(fake_repo / "data" / "amuddu.gpkg-wal", b"\0")
    with pytest.raises(package.PackageError) as error:
        package.build_zip(fake_repo, tmp_path / "never.zip")
    assert "amuddu_fr.qm is older than i18n/amuddu_fr.ts" in str(error.value)
    assert "amuddu.gpkg-wal exists" in str(error.value)


def test_command_line_build_and_check(fake_repo: Path, tmp_path: Path) -> None:
    output = tmp_path / "dist" / "amuddu_plugin.zip"
    tool = str(ROOT / "tools" / "package.py")
    built = subprocess.run(
        [sys.executable, tool, "--root", str(fake_repo), "--output", str(output)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    checked = subprocess.run(
        [sys.executable, tool, "--check", str(output)], capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stdout

    bad = _rewrite(output, tmp_path / "bad.zip", drop=(f"{TOP}/LICENSE",))
    checked = subprocess.run(
        [sys.executable, tool, "--check", str(bad)], capture_output=True, text=True, check=False
    )
    assert checked.returncode == 1
    assert "LICENSE is missing" in checked.stdout

    (fake_repo / "data" / "amuddu.gpkg").unlink()
    failed = subprocess.run(
        [sys.executable, tool, "--root", str(fake_repo), "--output", str(tmp_path / "x.zip")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert failed.returncode == 1
    assert "run `make data`" in failed.stderr


# ------------------------------------------------------------------------------ checking

BAD_ZIPS: dict[str, tuple[dict[str, object], str]] = {
    "pycache folder": (
        {"add": {f"{TOP}/core/__pycache__/store.cpython-311.pyc": b"\0"}},
        "forbidden folder '__pycache__'",
    ),
    "pyc file": ({"add": {f"{TOP}/core/store.pyc": b"\0"}}, "forbidden file type"),
    "no LICENSE": ({"drop": (f"{TOP}/LICENSE",)}, f"{TOP}/LICENSE is missing"),
    "bad top folder": ({"top": "Amuddu-Plugin"}, "top folder 'Amuddu-Plugin' is not a valid"),
    "no hasProcessingProvider": (
        {"edit": {f"{TOP}/metadata.txt": _without_line("hasProcessingProvider")}},
        "lacks required keys: hasProcessingProvider",
    ),
    "provider not yes": (
        {
            "edit": {
                f"{TOP}/metadata.txt": _replace(
                    "hasProcessingProvider=yes", "hasProcessingProvider=no"
                )
            }
        },
        "hasProcessingProvider is 'no'",
    ),
    "old qgisMinimumVersion": (
        {
            "edit": {
                f"{TOP}/metadata.txt": _replace(
                    "qgisMinimumVersion=3.22", "qgisMinimumVersion=3.16"
                )
            }
        },
        "qgisMinimumVersion is '3.16'",
    ),
    "no about": ({"edit": {f"{TOP}/metadata.txt": _without_line("about")}}, "about"),
    "icon missing": ({"drop": (f"{TOP}/resources/icons/amuddu.svg",)}, "icon"),
    "no __init__": ({"drop": (f"{TOP}/__init__.py",)}, f"{TOP}/__init__.py is missing"),
    "no metadata": ({"drop": (f"{TOP}/metadata.txt",)}, f"{TOP}/metadata.txt is missing"),
    "ts source": ({"add": {f"{TOP}/i18n/amuddu_ar.ts": b"<TS/>"}}, "forbidden file type"),
    "tests folder": ({"add": {f"{TOP}/tests/test_a.py": b""}}, "forbidden folder 'tests'"),
    "git folder": ({"add": {f"{TOP}/.git/config": b""}}, "forbidden folder '.git'"),
    "venv folder": ({"add": {f"{TOP}/.venv/pyvenv.cfg": b""}}, "forbidden folder '.venv'"),
    "second top folder": ({"add": {"other/readme.txt": b""}}, "exactly one top folder"),
    "loose file": ({"add": {"README.md": b""}}, "files outside the top folder"),
    "unsafe path": ({"add": {f"{TOP}/../evil.py": b""}}, "unsafe path"),
    "bad tracker": (
        {"edit": {f"{TOP}/metadata.txt": _replace("tracker=https://", "tracker=")}},
        "tracker is not a web address",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_ZIPS))
def test_check_reports_each_broken_rule(case: str, good_zip: Path, tmp_path: Path) -> None:
    changes, expected = BAD_ZIPS[case]
    bad = _rewrite(good_zip, tmp_path / "bad.zip", **changes)  # type: ignore[arg-type]
    problems = package.check_zip(bad)
    assert any(expected in problem for problem in problems), problems


def test_check_reports_a_zip_that_is_too_big(good_zip: Path) -> None:
    problems = package.check_zip(good_zip, max_size=100)
    assert len(problems) == 1 and "plugin repository takes < 100" in problems[0]


def test_check_reports_what_is_not_a_zip(tmp_path: Path) -> None:
    _write(tmp_path / "plain.zip", "not a zip")
    assert package.check_zip(tmp_path / "plain.zip") == ["not a zip file: File is not a zip file"]
    assert "does not exist" in package.check_zip(tmp_path / "absent.zip")[0]
