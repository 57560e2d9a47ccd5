"""Two web map exports compared file by file (tests and bench/bench_postgis_webmap.py)."""

from __future__ import annotations

import re
from pathlib import Path

#: What differs between two exports of the same data: the time each was made (and the
#: service worker's version, made of it and a hash of the page).
_MADE_AT = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z(-[0-9a-f]+)?")


def differences(a: Path, b: Path) -> list[str]:
    """The files that are not the same in both folders (missing from one, or other bytes than
    the time of the export); the compressed copies (.gz, .br) follow their file."""
    def files(root: Path) -> set[Path]:
        return {p.relative_to(root) for p in root.rglob("*")
                if p.is_file() and p.suffix not in (".gz", ".br")}

    def same(name: Path) -> bool:
        return _MADE_AT.sub(b"", (a / name).read_bytes()) == _MADE_AT.sub(b"", (b / name).read_bytes())

    names, others = files(a), files(b)
    return sorted(str(n) for n in names ^ others) + sorted(str(n) for n in names & others if not same(n))
