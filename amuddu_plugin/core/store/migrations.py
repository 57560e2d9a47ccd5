"""Upgrading a database from one schema version to the next.

Each entry of :data:`STEPS` upgrades a database from version ``n`` to ``n + 1`` and is
written when the model changes (together with the bump of ``SCHEMA_VERSION``). Before
the first step runs, the file is copied beside itself (``<name>.v<n>.bak.gpkg``) so that
nothing is lost if the upgrade goes wrong; the copy is kept, for the user to delete
once satisfied.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...definitions.model import SCHEMA_VERSION
from ...toolbelt.i18n import tr

if TYPE_CHECKING:
    from .database import Database

CTX = "Store"

#: from_version -> function upgrading a database from that version to the next one.
STEPS: dict[int, Callable[[Database], None]] = {}


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.stem}.v{version}.bak{path.suffix}")


def migrate(db: Database, version: int, feedback: Any = None,
            steps: dict[int, Callable[[Database], None]] | None = None,
            target: int = SCHEMA_VERSION) -> Path:
    """Upgrade ``db`` from ``version`` to ``target``; returns the path of the backup copy."""
    from .errors import StoreError

    steps = STEPS if steps is None else steps
    missing = [v for v in range(version, target) if v not in steps]
    if missing:
        raise StoreError(
            tr(CTX, "%1 uses Amuddu schema version %2, which this plugin cannot upgrade "
                    "(no migration from version %3).", db.path, version, missing[0])
        )
    backup = backup_path(db.path, version)
    shutil.copyfile(db.path, backup)
    for v in range(version, target):
        if feedback is not None:
            feedback.pushInfo(tr(CTX, "Upgrading the database from version %1 to %2…", v, v + 1))
        steps[v](db)
        db.set_meta("schema_version", str(v + 1))
    return backup
