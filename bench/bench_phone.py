#!/usr/bin/env python3
"""The web map on a cheap phone: throttled load figures and Lighthouse mobile scores.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_phone.py [--runs 3] [--no-lighthouse]

(``make bench-phone`` installs Lighthouse from bench/lighthouse/package-lock.json and runs
this.) It exports the demo database (``make demo``'s: the bundled sample points) with the
embedded offline basemap, serves it over http exactly as ``make serve`` does (the
precompressed copies with ``Content-Encoding``), and opens it in Debian's Chromium on a
360x740 phone viewport:

- throttled as the issue's cheap phone (1.6 Mbit/s down, 750 kbit/s up, 150 ms round
  trip, CPU slowed 4x, cache disabled), and unthrottled in the same run as the reference;
- the user types "ANAPEC Oujda" into the search box as soon as it exists, before the app
  is ready: the figures say whether the text is kept and acted on;
- it prints the time until the map is interactive (``window.amudduReady``, measured from
  navigation start), first contentful paint, cumulative layout shift (layout-shift entries
  without recent input, until 1.5 s after ready), the bytes transferred, and the throttled
  time over the unthrottled one.

Targets (issue 11): interactive <= 1.5 s throttled, CLS <= 0.1, typed text kept.

Lighthouse (npm ``lighthouse``, pinned in bench/lighthouse/, driving /usr/bin/chromium):
the mobile form factor with its default simulated throttling (the same slow-4G figures,
CPU 4x) on the served export; it prints the performance, accessibility and best-practices
scores and every failing audit of the last two. Targets: performance >= 90,
accessibility 100, best practices 100. The export uses the embedded basemap, so no tile
request leaves this machine (which has no internet): nothing needs excluding.

Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LIGHTHOUSE = ROOT / "bench" / "lighthouse" / "node_modules" / "lighthouse" / "cli" / "index.js"
PHONE = {"width": 360, "height": 740}
QUERY = "ANAPEC Oujda"
#: The issue's cheap phone (Lighthouse's "slow 4G" mobile profile).
THROTTLE = {"latency": 150, "downloadThroughput": 1.6e6 / 8, "uploadThroughput": 750e3 / 8}
CPU_SLOWDOWN = 4

#: Installed before the page's own scripts: sums layout shifts as they happen.
OBSERVE = """
window.__cls = 0;
new PerformanceObserver(list => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
}).observe({type: 'layout-shift', buffered: true});
"""

MEASURE = """() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  const bytes = performance.getEntriesByType('resource').reduce((s, r) => s + r.transferSize,
                                                                 nav ? nav.transferSize : 0);
  return {ready: window.amudduStats && window.amudduStats.readyMs, fcp: paint && paint.startTime,
          cls: window.__cls, bytes, query: document.getElementById('q').value,
          count: document.getElementById('count').textContent};
}"""


def export_demo(folder: Path) -> Path:
    """The demo database's web map (embedded basemap), as make demo exports it."""
    from amuddu_plugin.core.setup import create_database
    from amuddu_plugin.core.webmap.export import WebMapOptions, export_webmap

    db = create_database(folder / "demo.gpkg", reference=ROOT / "data" / "amuddu.gpkg", sample_data=True)
    return export_webmap(db, folder / "webmap", WebMapOptions(basemap_url="")).index


def load_once(browser, url: str, throttled: bool, typing: bool) -> dict:  # noqa: ANN001 - a Browser
    """Open the page once in a fresh phone context (typing before ready or not); measure.
    Typing marks the next layout shifts as caused by input, so CLS comes from loads without."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, locale="fr-FR")
    try:
        page = context.new_page()
        page.add_init_script(OBSERVE)
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        if throttled:
            cdp.send("Network.emulateNetworkConditions", {"offline": False, **THROTTLE})
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
        page.goto(url, wait_until="commit")
        page.wait_for_selector("#q", state="attached", timeout=60_000)
        early = page.evaluate("() => !window.amudduReady")
        if typing:
            page.type("#q", QUERY)
        page.wait_for_function("() => window.amudduReady === true", timeout=60_000)
        page.wait_for_timeout(1500)
        figures = page.evaluate(MEASURE)
        figures["typed_before_ready"] = early
        return figures
    finally:
        context.close()


def browser_figures(url: str, runs: int) -> dict[str, list[dict]]:
    from tests.web.browser import chromium

    out: dict[str, list[dict]] = {"reference": [], "throttled": [], "typing": []}
    with chromium() as browser:
        for _ in range(runs):  # alternate, so that noise falls on both alike
            out["reference"].append(load_once(browser, url, throttled=False, typing=False))
            out["throttled"].append(load_once(browser, url, throttled=True, typing=False))
            out["typing"].append(load_once(browser, url, throttled=True, typing=True))
    return out


def print_browser(figures: dict[str, list[dict]], out) -> None:  # noqa: ANN001 - a text stream
    medians = {}
    for name in ("reference", "throttled"):
        runs = figures[name]
        med = {key: statistics.median(r[key] or 0 for r in runs) for key in ("ready", "fcp", "cls", "bytes")}
        medians[name] = med
        print(f"{name:>10}: interactive {med['ready']:7.0f} ms   first paint {med['fcp']:6.0f} ms   "
              f"CLS {med['cls']:.3f}   {med['bytes'] / 1024:6.0f} KiB transferred", file=out)
    typing = figures["typing"]
    kept = sum(r["query"] == QUERY for r in typing)
    early = sum(r["typed_before_ready"] for r in typing)
    print(f"    typed {QUERY!r} before ready in {early}/{len(typing)} throttled loads; kept in "
          f"{kept}/{len(typing)}; the list then says {typing[-1]['count']!r}", file=out)
    ratio = medians["throttled"]["ready"] / max(medians["reference"]["ready"], 1e-9)
    print(f"throttled / reference interactive time: {ratio:.2f}x "
          f"(targets: interactive <= 1500 ms throttled, CLS <= 0.1, typed text kept)", file=out)


def lighthouse(url: str, out) -> None:  # noqa: ANN001 - a text stream
    if not LIGHTHOUSE.exists():
        print("Lighthouse: not installed (make bench-phone installs it from bench/lighthouse/)", file=out)
        return
    with tempfile.TemporaryDirectory(prefix="amuddu-lh-") as tmp:
        report = Path(tmp) / "report.json"
        cmd = ["node", str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
               "--only-categories=performance,accessibility,best-practices", "--form-factor=mobile",
               "--throttling-method=simulate",
               f"--chrome-flags=--headless=new --no-sandbox --disable-gpu --user-data-dir={tmp}/profile"]
        env = {**os.environ, "CHROME_PATH": "/usr/bin/chromium"}
        run = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
        if run.returncode != 0 or not report.exists():
            print(f"Lighthouse failed ({run.returncode}): {run.stderr.strip()[-800:]}", file=out)
            return
        result = json.loads(report.read_text(encoding="utf-8"))
    categories = result["categories"]
    scores = "   ".join(f"{c['title']} {round(c['score'] * 100)}" for c in categories.values())
    print(f"Lighthouse {result['lighthouseVersion']} mobile (simulated slow 4G, CPU 4x): {scores}", file=out)
    audits = result["audits"]
    for key in ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time",
                "cumulative-layout-shift", "speed-index", "interactive"):
        if key in audits:
            print(f"    {audits[key]['title']}: {audits[key].get('displayValue', '')}", file=out)
    for key in ("layout-shifts", "layout-shift-elements"):
        for item in (audits.get(key, {}).get("details") or {}).get("items", [])[:5]:
            node = item.get("node") or {}
            print(f"    layout shift {item.get('score', item.get('cumulativeLayoutShiftMainFrame', 0)):.3f}: "
                  f"{node.get('selector', '')} {node.get('snippet', '')[:80]}", file=out)
    for name in ("accessibility", "best-practices"):
        for ref in categories[name]["auditRefs"]:
            audit = audits[ref["id"]]
            if ref["weight"] and audit.get("score") is not None and audit["score"] < 1:
                print(f"    failing in {name}: {audit['id']}: {audit['title']}", file=out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="loads of each kind (medians)")
    parser.add_argument("--no-lighthouse", action="store_true")
    args = parser.parse_args(argv)

    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    try:
        from tests.web.browser import serve

        with tempfile.TemporaryDirectory(prefix="amuddu-phone-") as tmp:
            index = export_demo(Path(tmp))
            size = sum(p.stat().st_size for p in index.parent.rglob("*") if p.is_file()
                       and p.suffix not in (".gz", ".br", ".zip"))
            print(f"demo export: {size / 1024:.0f} KiB uncompressed, served precompressed over http")
            with serve(index.parent) as url:
                print_browser(browser_figures(url, args.runs), sys.stdout)
                if not args.no_lighthouse:
                    lighthouse(url, sys.stdout)
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
