"""QR codes of the handouts, drawn by segno (PyPI, pinned in requirements-plugin.txt).

The plugin zip carries segno in ``ext_libs/`` (``make ext-libs``); it is put on
``sys.path`` only when segno cannot be imported otherwise (a development venv has it).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

from ...toolbelt.i18n import tr
from ...toolbelt.paths import plugin_file
from .select import HandoutError

CTX = "Handouts"
#: Error correction "M" (15 %): survives a crease or a smudge on a pinned-up sheet.
ERROR_CORRECTION = "m"


def segno_module() -> ModuleType:
    """The segno package, from the environment or from the plugin's ``ext_libs/``."""
    try:
        return importlib.import_module("segno")
    except ImportError:
        pass
    folder = plugin_file("ext_libs")
    if folder.is_dir() and str(folder) not in sys.path:
        sys.path.append(str(folder))
    try:
        return importlib.import_module("segno")
    except ImportError as err:
        raise HandoutError(tr(CTX, "The QR code library segno is missing (%1): reinstall the "
                                   "plugin, or run 'make ext-libs' in a development checkout.",
                              folder)) from err


def write_qr_svg(text: str, path: Path) -> Path:
    """An SVG of the QR code of ``text``, black on white, with the standard quiet zone."""
    qr = segno_module().make(text, error=ERROR_CORRECTION, micro=False)
    qr.save(str(path), kind="svg", scale=10, border=4, dark="#000000", light="#ffffff",
            xmldecl=True, svgns=True)
    return path
