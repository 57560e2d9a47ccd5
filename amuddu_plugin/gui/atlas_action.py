"""The "Print regional maps…" menu action: the dialog of ``amuddu:export_atlas``."""

from __future__ import annotations

from ..definitions import settings

ALGORITHM_ID = "amuddu:export_atlas"
HANDOUTS_ALGORITHM_ID = "amuddu:export_handouts"


def open_print_dialog(algorithm_id: str) -> None:
    """Open the Processing dialog of ``algorithm_id`` (progress, cancel, log), with the
    database last opened in Amuddu filled in."""
    import processing  # only once the Processing plugin is initialised

    parameters = {}
    last = settings.current_database()
    if last:
        parameters["DATABASE"] = last
    processing.execAlgorithmDialog(algorithm_id, parameters)


def print_regional_maps() -> None:
    """The "Print regional maps…" menu entry: the atlas export's dialog."""
    open_print_dialog(ALGORITHM_ID)


def print_handouts() -> None:
    """The "Print handouts…" menu entry: the handouts export's dialog."""
    open_print_dialog(HANDOUTS_ALGORITHM_ID)
