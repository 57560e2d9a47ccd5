"""Shared fixtures. The tests run on the real QGIS (pytest-qgis, offscreen)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import types
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BUNDLED = ROOT / "data" / "amuddu.gpkg"


@pytest.fixture(scope="session", autouse=True)
def english_ui(qgis_app):
    """The tests read the interface in English (the source language) unless a test installs
    another translation itself; a machine's own locale would otherwise pick French."""
    from qgis.PyQt.QtCore import QSettings

    settings = QSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "en_US")
    yield
    settings.remove("locale/overrideFlag")
    settings.remove("locale/userLocale")


@pytest.fixture(scope="session", autouse=True)
def release_leaked_frames(qgis_app):
    """QGIS 3.22's handler for an exception raised by a Processing algorithm keeps the
    exception's traceback (a reference is never released), and with it every frame up to
    the test that ran the algorithm, with their locals (layers, projects). Destroyed after
    QGIS has exited, those crash the interpreter on its way out (exit 139 after all tests
    passed). Before QGIS exits, the finished frames are cleared: their locals go while QGIS
    still runs."""
    yield
    for obj in gc.get_objects():
        if isinstance(obj, types.FrameType):
            try:
                obj.clear()
            except RuntimeError:  # still executing
                pass
    gc.collect()


@pytest.fixture(autouse=True)
def collect_garbage_of_the_test():
    """The QGIS objects a test left to Python's garbage collector (layers in reference
    cycles, the frames of a failed algorithm) are destroyed at the end of that test, while
    QGIS is in the state the test left, not at whatever allocation of a later test triggers
    the collector: there, after another project was set up, their destruction crashed the
    interpreter now and then (a segmentation fault in a test that had made no such object)."""
    yield
    gc.collect()


@pytest.fixture(scope="session")
def bundled_gpkg() -> Path:
    assert BUNDLED.exists(), f"{BUNDLED} is missing: run 'make data' (make test does it)"
    return BUNDLED


@pytest.fixture
def sample_db(qgis_app, bundled_gpkg, tmp_path):
    """A fresh database with the sample service points, in a temporary folder."""
    from amuddu_plugin.core.setup import create_database

    return create_database(tmp_path / "sample.gpkg", reference=bundled_gpkg, sample_data=True)


@pytest.fixture
def empty_db(qgis_app, tmp_path):
    """A database with the schema and vocabularies only (no reference layers)."""
    from amuddu_plugin.core.setup import create_database

    return create_database(tmp_path / "empty.gpkg")


@pytest.fixture(scope="module")
def provider(qgis_app, qgis_processing):
    """The Amuddu Processing provider, registered for one test module."""
    from qgis.core import QgsApplication

    from amuddu_plugin.processing.provider import AmudduProvider

    p = AmudduProvider()
    QgsApplication.processingRegistry().addProvider(p)
    yield p
    QgsApplication.processingRegistry().removeProvider(p)


QGIS_PROCESS = "/usr/bin/qgis_process.bin"


def stage_plugin(folder: Path) -> Path:
    """The plugin as QGIS finds it: a folder holding ``amuddu_plugin/`` with its metadata,
    resources, translations and data inside (symlinks to the repository layout)."""
    plugin = folder / "amuddu_plugin"
    plugin.mkdir(parents=True)
    for entry in (ROOT / "amuddu_plugin").iterdir():
        if entry.name != "__pycache__":
            (plugin / entry.name).symlink_to(entry)
    for name in ("metadata.txt", "LICENSE", "resources", "i18n", "data", "ext_libs"):
        if name != "ext_libs" or (ROOT / name).is_dir():  # make ext-libs (segno, for handouts)
            (plugin / name).symlink_to(ROOT / name)
    return folder


@pytest.fixture
def qgis_process(tmp_path) -> Callable[..., subprocess.CompletedProcess]:
    """Runs ``qgis_process.bin`` headless, as a user would, with the plugin staged and
    enabled in a QGIS profile of its own (pytest-qgis points QGIS_CUSTOM_CONFIG_PATH at a
    shared one)."""
    home = tmp_path / "qgis_home"
    stage_plugin(home / "plugins")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(home / "plugins"),
               HOME=str(home), QGIS_CUSTOM_CONFIG_PATH=str(home / "profile"),
               QGIS_OPTIONS_PATH=str(home / "profile"))

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True,
                              timeout=600, check=False)

    enabled = run("plugins", "enable", "amuddu_plugin")
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    return run


# --------------------------------------------------------------------------------------------
# PostgreSQL + PostGIS: one throwaway cluster for the session (tests/pg_cluster.py)
# --------------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def pg_cluster():
    """A PostgreSQL + PostGIS server of the tests' own (initdb in a temporary folder, a free
    port on 127.0.0.1), stopped and removed at the end of the session."""
    from tests.pg_cluster import PgCluster

    cluster = PgCluster().start()
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_database(pg_cluster, request):
    """A new, empty database with PostGIS on the test server; its name."""
    import re

    name = "t_" + re.sub(r"[^a-z0-9]+", "_", request.node.name.lower())[:50]
    pg_cluster.drop_database(name)
    pg_cluster.create_database(name)
    yield name
    pg_cluster.drop_database(name)
