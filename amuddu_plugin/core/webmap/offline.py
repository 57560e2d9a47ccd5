"""What makes an export fast on a slow phone and usable offline once visited, over http(s):

- precompressed copies beside the files (``index.html.gz``, and ``.br`` where Python has
  the ``brotli`` module), which a server sends with ``Content-Encoding`` when the browser
  accepts it (``tools/serve_webmap.py``, run by ``make serve``, does; the README shows the
  nginx and Apache settings); the text files shrink to about a fifth;
- a web app manifest (the page adds its link only over http(s)) and a service worker
  (``sw.js``, from the shell's ``sw.template.js``) that caches the page and its files under
  the export's version, so that a new export replaces the old cache.

From ``file://`` none of it is used and the folder works as before. Called by
:func:`.export.export_webmap` on its temporary folder, before the swap.
"""

from __future__ import annotations

import concurrent.futures
import gzip
import json
from pathlib import Path

SW_TEMPLATE = "sw.template.js"
MANIFEST = "manifest.webmanifest"
#: The files worth compressing (the icons are SVG text too).
COMPRESSED_SUFFIXES = (".html", ".js", ".css", ".svg", ".txt", ".webmanifest", ".json")
GZIP_LEVEL = 6
BROTLI_QUALITY = 5
#: Above this size (the page of a large export: 25 MB at 100,000 points) the fastest levels:
#: gzip 1 and brotli 1 take 0.4 and 0.14 s there (levels 6 and 5: 1.2 and 0.8 s) for copies
#: only 20 % larger.
LARGE = 1 << 20


def write_offline_files(folder: Path, shell: Path, *, version: str, title: str, lang: str) -> None:
    """The manifest and the service worker of the export in ``folder``."""
    manifest = {
        "name": title, "short_name": title[:12], "lang": lang, "dir": "rtl" if lang == "ar" else "ltr",
        "start_url": "./index.html", "scope": "./", "display": "standalone",
        "background_color": "#ffffff", "theme_color": "#0b5394",
        "icons": [{"src": "icons/favicon.svg", "sizes": "any", "type": "image/svg+xml"}],
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    files = ["./", *sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                           if p.is_file() and p.name != "LICENSES.txt")]
    template = (shell / SW_TEMPLATE).read_text(encoding="utf-8")
    listed = json.dumps(files, ensure_ascii=True).replace("\\", "\\\\").replace("'", "\\'")
    (folder / "sw.js").write_text(
        template.replace("%%AMUDDU_VERSION%%", version).replace("%%AMUDDU_FILES%%", listed), encoding="utf-8")


def _brotli() -> object | None:
    try:
        import brotli  # type: ignore[import-untyped]  # optional: not every QGIS Python has it
    except ImportError:
        return None
    return brotli


def precompress(folder: Path) -> int:
    """Write ``.gz`` (and ``.br``) copies of the text files of ``folder``; the bytes written.
    gzip and brotli release the GIL: the copies are made on two threads."""
    brotli = _brotli()
    jobs = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for path in sorted(folder.rglob("*")):
            if not path.is_file() or path.suffix not in COMPRESSED_SUFFIXES:
                continue
            data = path.read_bytes()
            large = len(data) > LARGE
            level, quality = (1, 1) if large else (GZIP_LEVEL, BROTLI_QUALITY)
            jobs.append(pool.submit(_write, path.with_name(path.name + ".gz"),
                                    lambda d=data, v=level: gzip.compress(d, v, mtime=0)))
            if brotli is not None:
                jobs.append(pool.submit(_write, path.with_name(path.name + ".br"),
                                        lambda d=data, v=quality: brotli.compress(d, quality=v)))  # type: ignore[attr-defined]
        return sum(job.result() for job in jobs)


def _write(path: Path, make: object) -> int:
    data = make()  # type: ignore[operator]
    path.write_bytes(data)
    return len(data)
