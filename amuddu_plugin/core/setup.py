"""Creating an Amuddu database ready for QGIS: the store's database plus the default forms
and styles saved in it (``layer_styles``), so that a user who adds the layers by hand, without
the plugin, gets the same forms and symbols."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .store import database as store
from .store.create import create_database as create_store
from .styles.layer_styles import save_default_styles


def create_database(path: str | os.PathLike[str], feedback: Any = None, *,
                    reference: str | os.PathLike[str] | None = None, sample_data: bool = False,
                    overwrite: bool = False) -> store.Database:
    """:func:`.store.create.create_database` with the default forms and styles."""

    def styles(db: store.Database, target: Path) -> None:
        save_default_styles(db, feedback, source=target)

    return create_store(path, feedback, reference=reference, sample_data=sample_data,
                        overwrite=overwrite, prepare=styles)
