"""Where the plugin's files are, in the repository layout and in the installed plugin.

In the repository, ``metadata.txt``, ``resources/``, ``i18n/`` and ``data/`` sit beside the
``amuddu_plugin`` package; in the zip that the Plugin Manager installs they sit inside it.
:func:`plugin_file` looks inside the package first, then beside it, so both layouts work.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent


def plugin_file(*parts: str) -> Path:
    """A file or folder shipped with the plugin (``metadata.txt``, ``resources``, ...).

    Returns the path inside the installed plugin when it exists there, else the path in
    the repository layout (which may not exist: callers that need it check).
    """
    inside = PACKAGE_DIR.joinpath(*parts)
    if inside.exists():
        return inside
    return PACKAGE_DIR.parent.joinpath(*parts)


def resources_path(*parts: str) -> Path:
    """A file under ``resources/`` (icons, QML styles, layouts)."""
    return plugin_file("resources", *parts)


def i18n_path(*parts: str) -> Path:
    return plugin_file("i18n", *parts)


def data_path(*parts: str) -> Path:
    return plugin_file("data", *parts)


def bundled_database() -> Path:
    """The reference GeoPackage built by ``make data`` and shipped in the plugin."""
    return data_path("amuddu.gpkg")


def plugin_metadata() -> dict[str, str]:
    """The ``[general]`` section of ``metadata.txt``."""
    from configparser import ConfigParser

    parser = ConfigParser(interpolation=None)
    parser.read(plugin_file("metadata.txt"), encoding="utf-8")
    return dict(parser["general"]) if parser.has_section("general") else {}
