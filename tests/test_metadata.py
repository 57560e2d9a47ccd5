"""What the Plugin Manager shows (metadata.txt) cannot go stale: its ``about`` names every
Processing algorithm of the provider and every entry of the Amuddu menu, and its
changelog starts at the plugin's version."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

import pytest

import amuddu_plugin
from amuddu_plugin.processing.algorithms import ALGORITHMS
from amuddu_plugin.plugin import MENU_OBJECT_NAME

METADATA = Path(__file__).resolve().parent.parent / "metadata.txt"


def metadata() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(METADATA, encoding="utf-8")
    return parser["general"]


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_about_names_every_processing_algorithm(qgis_app):
    about = words(metadata()["about"])
    missing = [f"amuddu:{a().name()}" for a in ALGORITHMS if f"amuddu:{a().name()}" not in about]
    assert missing == []


@pytest.fixture
def menu_entries(qgis_app, qgis_iface, monkeypatch):
    """The menu's entries as written in the code (English: no translation installed)."""
    monkeypatch.setattr("amuddu_plugin.plugin.install_translator", lambda: None)
    plugin = amuddu_plugin.classFactory(qgis_iface)
    plugin.initGui()
    bar = qgis_iface.mainWindow().menuBar()
    menu = next(a.menu() for a in bar.actions() if a.menu() and a.menu().objectName() == MENU_OBJECT_NAME)
    entries = [a.text() for a in menu.actions() if not a.isSeparator()]
    yield entries
    plugin.unload()


def test_about_names_every_menu_entry(menu_entries):
    about = words(metadata()["about"])
    assert len(menu_entries) >= 10
    assert [e for e in menu_entries if f'"{e}"' not in about] == []


def test_the_changelog_starts_at_the_version_and_the_description_is_current():
    general = metadata()
    assert general["changelog"].strip().startswith(general["version"].strip())
    assert "web map" in general["description"] and "Arabic" in general["description"]
    assert {"atlas", "web map", "hsds"} <= {t.strip() for t in general["tags"].split(",")}
