"""Settings keys (all under ``amuddu/``), their defaults, and typed helpers over QgsSettings.

The analyst sets them on the *Amuddu* page of QGIS's Options dialog
(:mod:`amuddu_plugin.gui.settings_page`); the keys are declared only here."""

from __future__ import annotations

from typing import Any

PREFIX = "amuddu/"
LAST_DATABASE = PREFIX + "last_database"
LAST_FOLDER = PREFIX + "last_folder"
#: The database "Open the last database" falls back to, and the dialogs fill in.
DEFAULT_DATABASE = PREFIX + "default_database"
#: The online basemap under the reference layers when a database is opened.
BASEMAP_ENABLED = PREFIX + "basemap/enabled"
BASEMAP_URL = PREFIX + "basemap/url"
#: Languages (fr, ar, en, ";"-separated) the exports offer first.
EXPORT_LANGUAGES = PREFIX + "export_languages"
#: The name "Mark as verified" stamps (empty: the computer's account name).
VERIFIED_BY = PREFIX + "verified_by"
#: Where the last regional maps were written (the dialog starts there, not in a temporary folder).
LAST_ATLAS_FOLDER = PREFIX + "last_atlas_folder"
LAST_HANDOUTS_FOLDER = PREFIX + "last_handouts_folder"

#: OpenStreetMap's standard tiles (tile usage policy: attribution shown, no bulk download).
OSM_TILES_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = "© OpenStreetMap contributors"
OSM_COPYRIGHT_URL = "https://www.openstreetmap.org/copyright"

DEFAULTS: dict[str, Any] = {
    DEFAULT_DATABASE: "",
    BASEMAP_ENABLED: True,
    BASEMAP_URL: OSM_TILES_URL,
    EXPORT_LANGUAGES: "fr;ar;en",
    VERIFIED_BY: "",
}


def read_str(key: str, default: str | None = None) -> str:
    from qgis.core import QgsSettings

    fallback = str(DEFAULTS.get(key, "")) if default is None else default
    return str(QgsSettings().value(key, fallback, type=str) or fallback)


def write_str(key: str, value: str) -> None:
    from qgis.core import QgsSettings

    QgsSettings().setValue(key, value)


def read_bool(key: str, default: bool | None = None) -> bool:
    from qgis.core import QgsSettings

    fallback = bool(DEFAULTS.get(key, False)) if default is None else default
    return bool(QgsSettings().value(key, fallback, type=bool))


def write_bool(key: str, value: bool) -> None:
    from qgis.core import QgsSettings

    QgsSettings().setValue(key, bool(value))


def read_list(key: str) -> list[str]:
    """A ";"-separated setting as a list (blanks dropped)."""
    return [part.strip() for part in read_str(key).split(";") if part.strip()]


def write_list(key: str, values: list[str]) -> None:
    write_str(key, ";".join(values))


def current_database() -> str:
    """The database the dialogs start from: the last one opened, else the default one."""
    return read_str(LAST_DATABASE) or read_str(DEFAULT_DATABASE)
