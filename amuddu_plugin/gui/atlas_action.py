"""The "Print regional maps…" menu action: the dialog of ``amuddu:export_atlas``."""

from __future__ import annotations

from ..definitions import settings

ALGORITHM_ID = "amuddu:export_atlas"


def print_regional_maps() -> None:
    """Open the Processing dialog of the atlas export (progress, cancel, log), with the
    database last opened in Amuddu filled in."""
    import processing  # only once the Processing plugin is initialised

    parameters = {}
    last = settings.read_str(settings.LAST_DATABASE)
    if last:
        parameters["DATABASE"] = last
    processing.execAlgorithmDialog(ALGORITHM_ID, parameters)
