"""The page of the web map: where its application shell is, the page template, the basemap
address and attribution checked, the Content-Security-Policy, and data spliced into the page
as JSON that no ``</script>`` can end early."""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ...toolbelt.i18n import tr
from ...toolbelt.paths import resources_path
from ..store.database import StoreError
from .common import RawJSON
from .offline import SW_TEMPLATE
from .texts import clean_text

CTX = "WebMap"
TEMPLATE = "index.template.html"
DEFAULT_BASEMAP_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
DEFAULT_BASEMAP_ATTRIBUTION = "[© OpenStreetMap contributors](https://www.openstreetmap.org/copyright)"
_HOST = re.compile(r"^(\{s\}\.)?[A-Za-z0-9.-]+(:\d{1,5})?$")
_LINK = re.compile(r"\[([^\[\]]+)\]\(([^()\s]+)\)")


def shell_folder() -> Path:
    """``resources/webmap/``: the application built by ``make webapp``."""
    return resources_path("webmap")


def shell_files(folder: Path | None = None) -> list[Path]:
    """The files of the application shell that every export copies (all but the template)."""
    folder = folder or shell_folder()
    if not (folder / TEMPLATE).is_file() or not (folder / "app.js").is_file():
        raise StoreError(
            tr(CTX, "The web map application is not built (%1 is missing): run 'make webapp' in "
                    "a development checkout, or reinstall the plugin.", folder / TEMPLATE)
        )
    return sorted(
        p for p in folder.rglob("*")
        if p.is_file() and not p.name.endswith(".template.html") and p.name != SW_TEMPLATE
        and not p.name.startswith(".")
    )


def page_template(folder: Path, language: str) -> Path:
    """The page template with the interface texts of ``language`` in place (built by
    webapp/build.mjs, so that the page shows them before the app starts and nothing moves
    when it does), else the bare template."""
    prefilled = folder / f"index.{language}.template.html"
    return prefilled if prefilled.is_file() else folder / TEMPLATE


def basemap_source(url: str) -> str | None:
    """The Content-Security-Policy source that allows the tiles of ``url``, or raise."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = None
    if (parts is None or parts.scheme not in ("http", "https") or not _HOST.match(parts.netloc)
            or not all(k in url for k in ("{z}", "{x}", "{y}"))
            or re.search(r"[\s\"'<>;,\\]", url)):
        raise StoreError(
            tr(CTX, "The basemap address %1 is not a tile address like "
                    "https://tile.openstreetmap.org/{z}/{x}/{y}.png (http or https, with {z}, {x} "
                    "and {y}).", url)
        )
    host = parts.netloc.replace("{s}.", "*.")
    return f"{parts.scheme}://{host}"


def attribution_segments(text: str) -> list[list[str]]:
    """``"[label](https://...) more"`` as ``[[label, url], [" more", ""]]``; links other than
    http(s) become plain text."""
    out: list[list[str]] = []
    pos = 0
    text = clean_text(text)
    for m in _LINK.finditer(text):
        if m.start() > pos:
            out.append([text[pos:m.start()], ""])
        url = m.group(2)
        scheme = urlsplit(url).scheme.lower() if url else ""
        out.append([m.group(1), url if scheme in ("http", "https") else ""])
        pos = m.end()
    if pos < len(text):
        out.append([text[pos:], ""])
    return out


def content_security_policy(tiles: str | None) -> str:
    """The page's policy: its own files only, no inline or evaluated script, no connection;
    with online tiles, images from the tile server too (and ``data:``, which Leaflet uses to
    stop loading a tile that is no longer needed)."""
    images = "'self'" + (f" data: {tiles}" if tiles else "")
    return "; ".join([
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        f"img-src {images}",
        "font-src 'self'",
        "manifest-src 'self'",
        "connect-src 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ])


def script_json(value: Any) -> list[bytes]:
    """``value`` as UTF-8 JSON that is safe inside ``<script type="application/json">``, in
    pieces (written one after the other): no ``</script>`` or ``<!--`` can end the element
    (``<`` is written ``\\u003c``), and the line separators U+2028 and U+2029 are escaped.
    :class:`RawJSON` values of dictionaries (the big columns, already JSON) are pieces of their
    own, not encoded again (and escaped the same way unless known to need nothing)."""
    raw: list[RawJSON] = []
    marker = f"\0raw-{uuid.uuid4().hex}-"

    def swap(item: Any) -> Any:
        if isinstance(item, RawJSON):
            raw.append(item)
            return f"{marker}{len(raw) - 1}"
        if isinstance(item, dict):
            return {key: swap(v) for key, v in item.items()}
        return item

    text = json.dumps(swap(value), ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    pieces = re.split('"' + re.escape(json.dumps(marker)[1:-1]) + r'(\d+)"', text)
    out = []
    for k, piece in enumerate(pieces):
        if k % 2:  # a RawJSON's number
            found = raw[int(piece)]
            out.append(found.data if found.plain else _script_safe(found.data))
        else:
            out.append(_script_safe(piece.encode("utf-8")))
    return out


def _script_safe(data: bytes) -> bytes:
    for character, escaped in ((b"<", b"\\u003c"), ("\u2028".encode(), b"\\u2028"),
                               ("\u2029".encode(), b"\\u2029")):
        if character in data:
            data = data.replace(character, escaped)
    return data
