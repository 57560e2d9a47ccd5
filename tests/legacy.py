"""Writing values the database refuses since schema version 2 (the format triggers of
:mod:`amuddu_plugin.core.store.triggers`), as a version 1 database or another program
could hold them: for the tests of what reads such data (quality check, web map)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from amuddu_plugin.core.store import triggers


def without_format_triggers(db: Any, write: Callable[[], Any]) -> None:
    """Run ``write`` with the format triggers of ``db`` dropped, then put them back."""
    names = [n for (n,) in db.query("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                    "AND name LIKE ?", (triggers.PREFIX + "%",))]
    assert names, "the database has no format triggers"
    db.execute([f'DROP TRIGGER "{n}"' for n in names])
    try:
        write()
    finally:
        db.execute(triggers.gpkg_triggers())


def execute_legacy(db: Any, statements: list[str]) -> None:
    without_format_triggers(db, lambda: db.execute(statements))
