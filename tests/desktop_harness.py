"""Runs the real QGIS desktop (``qgis`` under Xvfb) with the plugin installed from its zip,
drives it with a scenario of ``tests/desktop/driver.py`` and returns what the scenario saw.

A throw-away profile is laid out for every run: ``PROFILES/profiles/default`` with the
plugin unzipped into ``python/plugins`` and enabled in ``QGIS/QGIS3.ini`` (and the UI
locale, for ``--lang``). The scenario writes its findings as JSON, and may save
screenshots; QGIS then quits. ``tools/screenshots.py`` uses the same harness.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DRIVER = ROOT / "tests" / "desktop" / "driver.py"
PLUGIN = "amuddu_plugin"
QGIS = shutil.which("qgis") or "/usr/bin/qgis"
XVFB_RUN = shutil.which("xvfb-run") or "/usr/bin/xvfb-run"
SCREEN = "1600x1000x24"


def available() -> bool:
    return Path(QGIS).exists() and Path(XVFB_RUN).exists()


def build_zip(folder: Path) -> Path:
    """The plugin zip, as ``make package`` makes it (tools/package.py)."""
    out = folder / f"{PLUGIN}.zip"
    subprocess.run(["/usr/bin/python3", str(ROOT / "tools" / "package.py"), "--output", str(out)],
                   check=True, capture_output=True, text=True)
    return out


def make_profile(folder: Path, plugin_zip: Path, lang: str) -> Path:
    profiles = folder / "profiles"
    default = profiles / "profiles" / "default"
    plugins = default / "python" / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(plugin_zip) as archive:
        archive.extractall(plugins)
    ini = default / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text(
        "[PythonPlugins]\namuddu_plugin=true\nprocessing=true\n\n"
        "[qgis]\ncheckVersion=false\nshowTips=false\n\n"
        f"[locale]\noverrideFlag=true\nuserLocale={lang}\nglobalLocale={lang}\n",
        encoding="utf-8")
    return profiles


def run_desktop(folder: Path, scenario: str, *, lang: str = "en", plugin_zip: Path | None = None,
                shots: Path | None = None, timeout: float = 180, **params: Any) -> dict[str, Any]:
    """Start QGIS in ``lang`` and run ``scenario``; return its JSON (raises on failure)."""
    folder.mkdir(parents=True, exist_ok=True)
    plugin_zip = plugin_zip or build_zip(folder)
    profiles = make_profile(folder / f"run-{scenario}-{lang}", plugin_zip, lang)
    out = profiles.parent / "result.json"
    env = dict(os.environ, AMUDDU_SCENARIO=scenario, AMUDDU_OUT=str(out),
               AMUDDU_WORK=str(profiles.parent), AMUDDU_PARAMS=json.dumps(params),
               AMUDDU_SHOTS=str(shots or ""), QT_QPA_PLATFORM="xcb")
    env.pop("QGIS_PLUGINPATH", None)
    command = [XVFB_RUN, "-a", "-s", f"-screen 0 {SCREEN}", QGIS, "--profiles-path", str(profiles),
               "--nologo", "--noversioncheck", "--lang", lang, "--code", str(DRIVER)]
    proc = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)
    if not out.exists():
        raise RuntimeError(f"QGIS wrote no result (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    if result.get("error"):
        raise RuntimeError(f"scenario {scenario} failed in QGIS:\n{result['error']}")
    return result
