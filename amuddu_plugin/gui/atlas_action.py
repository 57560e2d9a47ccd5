"""The "Print regional maps…" and "Print handouts…" menu actions: the dialogs of
``amuddu:export_atlas`` and ``amuddu:export_handouts``, started from the database last
opened and from the folder last written (not Processing's temporary folder)."""

from __future__ import annotations

from pathlib import Path

from ..definitions import settings

ALGORITHM_ID = "amuddu:export_atlas"
HANDOUTS_ALGORITHM_ID = "amuddu:export_handouts"
#: The folder each export starts in, next to the database, when none was written yet.
DEFAULT_FOLDERS = {ALGORITHM_ID: "regional-maps", HANDOUTS_ALGORITHM_ID: "handouts"}
FOLDER_KEYS = {ALGORITHM_ID: settings.LAST_ATLAS_FOLDER,
               HANDOUTS_ALGORITHM_ID: settings.LAST_HANDOUTS_FOLDER}


def start_parameters(algorithm_id: str) -> dict[str, str]:
    """The dialog's first values: the database, and an output folder of the analyst's."""
    parameters = {}
    database = settings.current_database()
    if database:
        parameters["DATABASE"] = database
    folder = settings.read_str(FOLDER_KEYS[algorithm_id], "")
    if not folder:
        base = Path(database).parent if database and database.lower().endswith(".gpkg") \
            else Path.home() / "Amuddu"
        folder = str(base / DEFAULT_FOLDERS[algorithm_id])
    parameters["OUTPUT"] = folder
    return parameters


def open_print_dialog(algorithm_id: str) -> None:
    """Open the Processing dialog of ``algorithm_id`` (progress, cancel, log)."""
    import processing  # only once the Processing plugin is initialised

    results = processing.execAlgorithmDialog(algorithm_id, start_parameters(algorithm_id))
    if results and results.get("OUTPUT"):
        settings.write_str(FOLDER_KEYS[algorithm_id], str(results["OUTPUT"]))


def print_regional_maps() -> None:
    """The "Print regional maps…" menu entry: the atlas export's dialog."""
    open_print_dialog(ALGORITHM_ID)


def print_handouts() -> None:
    """The "Print handouts…" menu entry: the handouts export's dialog."""
    open_print_dialog(HANDOUTS_ALGORITHM_ID)


def open_tool_dialog(algorithm_id: str, parameter: str = "DATABASE") -> None:
    """The Processing dialog of ``algorithm_id``, its database the one last opened."""
    import processing  # only once the Processing plugin is initialised

    database = settings.current_database()
    processing.execAlgorithmDialog(algorithm_id, {parameter: database} if database else {})
