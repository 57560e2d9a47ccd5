#!/usr/bin/env python3
"""Serve an exported web map folder as a production server should (``make serve``):
each file's precompressed copy (``.br``, else ``.gz``, written by the export) when the
browser accepts that encoding, with ``Content-Encoding`` and ``Vary: Accept-Encoding``; the
file itself otherwise.

    python3 tools/serve_webmap.py FOLDER [--port 8000] [--bind 127.0.0.1]

The same handler serves the web map in the browser tests and the phone benchmark, so that
they measure what ``make serve`` sends.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
from typing import Any

ENCODINGS = (("br", ".br"), ("gzip", ".gz"))


class PrecompressedHandler(http.server.SimpleHTTPRequestHandler):
    """SimpleHTTPRequestHandler that prefers a file's ``.br``/``.gz`` copy when accepted."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".webmanifest": "application/manifest+json", ".js": "text/javascript"}
    quiet = False

    def send_head(self) -> Any:
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        accepted = {part.split(";")[0].strip() for part in self.headers.get("Accept-Encoding", "").split(",")}
        for encoding, suffix in ENCODINGS:
            if encoding in accepted and os.path.isfile(path + suffix) and os.path.isfile(path):
                try:
                    handle = open(path + suffix, "rb")  # noqa: SIM115 - returned to the base class
                except OSError:
                    break
                size = os.fstat(handle.fileno()).st_size
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(path))
                self.send_header("Content-Encoding", encoding)
                self.send_header("Content-Length", str(size))
                self.send_header("Vary", "Accept-Encoding")
                self.send_header("Cache-Control", "no-cache")
                self.end_headers()
                return handle
        return super().send_head()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        if not self.quiet:
            super().log_message(format, *args)


def handler(folder: str, quiet: bool = False) -> Any:
    cls = type("Handler", (PrecompressedHandler,), {"quiet": quiet})
    return functools.partial(cls, directory=folder)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--bind", default="127.0.0.1")
    args = parser.parse_args()
    server = http.server.ThreadingHTTPServer((args.bind, args.port), handler(args.folder))
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
