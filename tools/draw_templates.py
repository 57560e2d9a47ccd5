"""Redraw the print layout templates that the plugin ships (``resources/layouts/*.qpt``):
the regional atlas's (core/atlas/design.py) and the handouts' (core/handouts/template.py),
for every paper size. Run after changing either design, then commit the .qpt files::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/draw_templates.py [--output DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from amuddu_plugin.toolbelt.paths import resources_path  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=resources_path("layouts"))
    args = parser.parse_args(argv)
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    try:
        from amuddu_plugin.core.atlas import design
        from amuddu_plugin.core.handouts import template

        for path in design.write_templates(args.output) + template.write_templates(args.output):
            sys.stdout.write(f"{path}\n")
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
