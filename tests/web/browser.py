"""Helpers for the web map's browser tests and tools: Debian's Chromium driven by
Playwright (from PyPI, never `playwright install`), and a local static server.

Chromium runs headless as root with its own throw-away profile and without the background
networking that this machine's closed network refuses.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--lang=fr-FR",
]
ROOT = Path(__file__).resolve().parent.parent.parent
AXE = ROOT / "webapp" / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "webapp" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@contextlib.contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium (Playwright Browser) with a fresh profile, closed on exit."""
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="amuddu-chromium-")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            try:
                yield browser
            finally:
                browser.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass


def _precompressed_handler(folder: Path) -> Any:
    """The handler of tools/serve_webmap.py (make serve): precompressed copies when accepted."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("serve_webmap", ROOT / "tools" / "serve_webmap.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.handler(str(folder), quiet=True)


@contextlib.contextmanager
def serve(folder: Path, *, precompressed: bool = True) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 (a free port) as ``make serve`` does (or as a plain
    static server); yields the base URL ending in ``/``."""
    handler = (_precompressed_handler(folder) if precompressed
               else functools.partial(_QuietHandler, directory=str(folder)))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


class Page:
    """A page of the web map with its console errors, page errors and CSP violations."""

    def __init__(self, context: Any, url: str, *, wait: bool = True, timeout: float = 30_000,
                 setup: Any = None, failed_resources_ok: bool = False):
        self.page = context.new_page()
        self.errors: list[str] = []
        self.failed_resources_ok = failed_resources_ok
        if setup is not None:
            setup(self.page)
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))
        self.page.on("dialog", lambda dialog: (self.errors.append(f"dialog: {dialog.message}"),
                                               dialog.dismiss()))
        self.page.goto(url)
        if wait:
            self.page.wait_for_function("() => window.amudduReady === true", timeout=timeout)

    def _console(self, message: Any) -> None:
        if message.type not in ("error", "warning"):
            return
        if self.failed_resources_ok and "Failed to load resource" in message.text:
            return
        self.errors.append(f"console {message.type}: {message.text} {message.location.get('url', '')}")

    def count(self) -> int:
        return int(self.page.get_attribute("#count", "data-count"))

    def close(self) -> None:
        self.page.close()


WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")


def axe_violations(page: Any, tags: tuple[str, ...] = WCAG_TAGS) -> list[dict]:
    """axe-core (npm) run in the page: the violations of the WCAG rules with ``tags``.

    axe is evaluated through the DevTools protocol, not injected as a <script>, so the page's
    Content-Security-Policy stays in force (and axe does not fetch the stylesheets again:
    ``connect-src 'none'`` forbids it)."""
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "async (tags) => { const r = await axe.run(document, {runOnly: {type: 'tag', values: tags},"
        " preload: false}); "
        "return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, "
        "nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + n.failureSummary)})); }",
        list(tags),
    )
    return list(result)
