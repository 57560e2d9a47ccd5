"""The regional atlas's vocabulary: its errors and results, region codes and file names,
and the checks of its parameters (format, paper, regions) made before anything is drawn."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ...toolbelt.i18n import tr
from ..store.database import Database, StoreError
from .template import (
    PAPERS,
)

CTX = "Atlas"
FORMATS = ("pdf", "png")
COMBINED_NAME = "amuddu-atlas.pdf"
PDF_DPI = 300  # for the few parts a PDF may rasterise; maps and text stay vectors
DEFAULT_PNG_DPI = 150
STAGING_PREFIX = ".amuddu-atlas-"


class AtlasError(StoreError):
    """A problem with the atlas parameters or its output, worded for the person who asked."""


class AtlasCanceled(AtlasError):
    pass


@dataclass
class RegionMap:
    """What was written for one region."""

    code: str
    name: str
    pages: int
    services: int
    files: list[Path] = field(default_factory=list)


@dataclass
class AtlasResult:
    folder: Path
    regions: list[RegionMap] = field(default_factory=list)
    combined: Path | None = None

    @property
    def files(self) -> list[Path]:
        out = [f for r in self.regions for f in r.files]
        return out + ([self.combined] if self.combined else [])

    @property
    def pages(self) -> int:
        return sum(r.pages for r in self.regions)


# ------------------------------------------------------------------------------------------
# Names and parameters
# ------------------------------------------------------------------------------------------
def slugify(text: str) -> str:
    """ASCII, lower case, words joined by hyphens: ``Fès-Meknès`` -> ``fes-meknes``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def region_stem(code: str, name_fr: str) -> str:
    """The file name of a region's map, without extension: ``06-casablanca-settat``."""
    return f"{code}-{slugify(name_fr)}"


def region_names(db: Database) -> dict[str, str]:
    """HCP code -> French name of every region of the database, in code order."""
    return dict(db.query("SELECT code, name_fr FROM region ORDER BY code"))


def parse_regions(value: str | Sequence[str] | None, known: Iterable[str]) -> list[str]:
    """The region codes asked for, in code order, without repeats; all of ``known`` when
    empty. ``6`` is read as ``06``. Unknown codes raise an error that lists them."""
    known_codes = list(known)
    if value is None:
        items: list[str] = []
    elif isinstance(value, str):
        items = value.replace(";", ",").split(",")
    else:
        items = [str(v) for v in value]
    asked = [item.strip() for item in items if item.strip()]
    if not asked:
        return known_codes
    codes, unknown = [], []
    for item in asked:
        code = item.zfill(2) if item.isdigit() and len(item) < 2 else item
        if code in known_codes:
            if code not in codes:
                codes.append(code)
        else:
            unknown.append(item)
    if unknown:
        raise AtlasError(
            tr(CTX, "Unknown region code(s): %1. The HCP region codes are %2.",
               ", ".join(unknown), ", ".join(known_codes))
        )
    return sorted(codes, key=known_codes.index)


def check_format(value: str) -> str:
    fmt = (value or "").strip().lower()
    if fmt not in FORMATS:
        raise AtlasError(tr(CTX, "Unknown format %1: use pdf or png.", value))
    return fmt


def check_paper(value: str) -> str:
    paper = (value or "").strip().upper()
    if paper not in PAPERS:
        raise AtlasError(tr(CTX, "Unknown paper size %1: use %2.", value, " or ".join(PAPERS)))
    return paper
