"""Creating an Amuddu database ready for QGIS: the store's database plus the default forms
and styles saved in it (``layer_styles``), so that a user who adds the layers by hand, without
the plugin, gets the same forms and symbols."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .store import database as store
from .store.copy import copy_database as copy_store
from .store.create import create_database as create_store
from .styles.layer_styles import save_default_styles, style_documents


def create_database(path: str | os.PathLike[str], feedback: Any = None, *,
                    reference: str | os.PathLike[str] | None = None, sample_data: bool = False,
                    overwrite: bool = False) -> store.Database:
    """:func:`.store.create.create_database` with the default forms and styles."""

    def styles(db: store.Database, target: Path) -> None:
        save_default_styles(db, feedback, source=target)

    return create_store(path, feedback, reference=reference, sample_data=sample_data,
                        overwrite=overwrite, prepare=styles)


def copy_database(source: str | os.PathLike[str], target: str, feedback: Any = None, *,
                  overwrite: bool = False) -> tuple[store.Database, dict[str, int]]:
    """:func:`.store.copy.copy_database` with the default forms and styles written for the
    target (the user's own saved styles travel as they are)."""

    def geopackage_styles(db: store.Database, final: str) -> None:
        save_default_styles(db, feedback, source=final)

    def postgis_styles(source_db: store.Database, target_db: Any) -> dict[str, tuple[str, str]]:
        return style_documents(source_db, target=target_db)

    return copy_store(source, target, feedback, overwrite=overwrite,
                      prepare_geopackage=geopackage_styles, postgis_styles=postgis_styles)


def create_on_server(target: str, feedback: Any = None, *, reference: str | os.PathLike[str] | None = None,
                     sample_data: bool = False, overwrite: bool = False) -> store.Database:
    """A new Amuddu database on a PostgreSQL server: made as a GeoPackage in a temporary
    folder (the one way a database is made), then copied into the server's schema in one
    transaction."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="amuddu-") as folder:
        staged = create_store(Path(folder) / "new.gpkg", feedback, reference=reference,
                              sample_data=sample_data)
        db, _ = copy_database(staged.source, target, feedback, overwrite=overwrite)
    return db
