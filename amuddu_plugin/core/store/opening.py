"""Opening an Amuddu database of either kind from the text that names it: a GeoPackage
path, or a PostgreSQL connection (:mod:`.postgis.connection`)."""

from __future__ import annotations

import os
from typing import Any

from .database import Database, is_postgres_source


def open_database(source: str | os.PathLike[str], *, migrate: bool = True,
                  feedback: Any = None) -> Database:
    """The database ``source`` names, checked (and a GeoPackage migrated if older)."""
    if isinstance(source, str) and is_postgres_source(source):
        from .postgis.database import PgDatabase

        return PgDatabase.open(source, migrate=migrate, feedback=feedback)
    return Database.open(source, migrate=migrate, feedback=feedback)
