"""Render the images the README shows (``make screenshots``), from the bundled database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", default=str(ROOT / "data" / "amuddu.gpkg"))
    parser.add_argument("--output", default=str(ROOT / "docs" / "overview.png"))
    parser.add_argument("--width", type=int, default=1000)
    parser.add_argument("--language", default="en", choices=("fr", "ar", "en"))
    args = parser.parse_args(argv)

    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    try:
        from amuddu_plugin.core.overview import render_overview
        from amuddu_plugin.core.store.database import Database
        from amuddu_plugin.toolbelt.i18n import install_translator

        translator = install_translator(args.language)  # noqa: F841 - kept alive while rendering

        db = Database.open(args.database, migrate=False)
        render_overview(db, Path(args.output), width=args.width, language=args.language)
    finally:
        app.exitQgis()
    sys.stdout.write(f"Wrote {args.output}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
