"""Settings keys (all under ``amuddu/``) and typed helpers over QgsSettings."""

from __future__ import annotations

PREFIX = "amuddu/"
LAST_DATABASE = PREFIX + "last_database"
LAST_FOLDER = PREFIX + "last_folder"


def read_str(key: str, default: str = "") -> str:
    from qgis.core import QgsSettings

    return str(QgsSettings().value(key, default, type=str) or default)


def write_str(key: str, value: str) -> None:
    from qgis.core import QgsSettings

    QgsSettings().setValue(key, value)
