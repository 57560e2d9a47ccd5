"""Shared fixtures. The tests run on the real QGIS (pytest-qgis, offscreen)."""

from __future__ import annotations

import os
import sys
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


@pytest.fixture(scope="session")
def bundled_gpkg() -> Path:
    assert BUNDLED.exists(), f"{BUNDLED} is missing: run 'make data' (make test does it)"
    return BUNDLED


@pytest.fixture
def sample_db(qgis_app, bundled_gpkg, tmp_path):
    """A fresh database with the sample service points, in a temporary folder."""
    from amuddu_plugin.core.store import create_database

    return create_database(tmp_path / "sample.gpkg", reference=bundled_gpkg, sample_data=True)


@pytest.fixture
def empty_db(qgis_app, tmp_path):
    """A database with the schema and vocabularies only (no reference layers)."""
    from amuddu_plugin.core.store import create_database

    return create_database(tmp_path / "empty.gpkg")
