#!/usr/bin/env python3
"""Screenshots of the web map for the README (``make screenshots``): desktop and phone, in
French and Arabic, of the bundled sample data exported for offline use.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/web/screenshots.py --database data/amuddu.gpkg --output docs
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import zoneinfo
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

#: A Monday morning in Morocco, so that "open now" reads the same in every run.
CLOCK = dt.datetime(2026, 6, 15, 10, 0, tzinfo=zoneinfo.ZoneInfo("Africa/Casablanca"))
SHOTS = {
    # name: (viewport, hash of the page, what to do before the picture)
    "webmap-fr-desktop": ((1280, 800), "#lang=fr", "filters"),
    "webmap-ar-desktop": ((1280, 800), "#lang=ar&reg=04", "details"),
    "webmap-fr-phone": ((360, 740), "#lang=fr&q=ANAPEC%20Oujda", ""),
    "webmap-ar-phone": ((360, 740), "#lang=ar&place=casablanca", ""),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", type=Path, default=ROOT / "data" / "amuddu.gpkg")
    parser.add_argument("--output", type=Path, default=ROOT / "docs")
    args = parser.parse_args()

    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from amuddu_plugin.core.setup import create_database
    from amuddu_plugin.core.webmap.export import WebMapOptions, export_webmap
    from tests.web.browser import Page, chromium

    with tempfile.TemporaryDirectory() as folder:
        db = create_database(Path(folder) / "sample.gpkg", reference=args.database, sample_data=True)
        result = export_webmap(db, Path(folder) / "webmap", WebMapOptions())
        with chromium() as browser:
            for name, ((width, height), fragment, action) in SHOTS.items():
                phone = width < 600
                context = browser.new_context(viewport={"width": width, "height": height},
                                              device_scale_factor=2 if phone else 1, is_mobile=phone,
                                              has_touch=phone, locale="fr-FR")
                page = Page(context, result.index.as_uri() + fragment,
                            setup=lambda p: p.clock.install(time=CLOCK))
                if action == "filters":
                    page.page.click("#filters summary")
                elif action == "details":
                    page.page.locator("#results li.item button").nth(2).click()
                page.page.wait_for_timeout(400)
                target = args.output / f"{name}.png"
                page.page.screenshot(path=str(target))
                if page.errors:
                    print("\n".join(page.errors), file=sys.stderr)
                    return 1
                print(f"{target}")
                context.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
