"""The gazetteer the web map embeds, so that its search finds a town by any of its names and
measures distances from it, offline.

Each town of the database's ``town`` table goes in, most populous first, as columns: its
slug (the page's ``place=`` key, from :func:`..definitions.urls.place_slugs`, so that
printed QR codes and the page agree), French and Arabic names, its other names (GeoNames'
alternate names in Latin or Arabic script, plus the curated everyday names of
:data:`..definitions.place_names.EVERYDAY_NAMES`; other scripts are left out: nobody types
them here), population, province and region codes, and position (1e-4 degree units, as the
basemap). About 20 KB for the 316 towns of the bundled data.

Pure Python over :mod:`sqlite3` rows (``Database.query``): no QGIS.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from ...definitions.place_names import EVERYDAY_NAMES
from ...definitions.urls import place_slugs
from ..store.database import Database
from ..store.schema import GEOMETRY_COLUMN, quote
from .data import clean_text, point_xy

GAZETTEER_SCALE = 10_000


def _script_ok(name: str) -> bool:
    """Latin (with accents) or Arabic letters only, besides spaces and punctuation."""
    for c in name:
        if c.isalpha() and not ("LATIN" in unicodedata.name(c, "") or "ARABIC" in unicodedata.name(c, "")):
            return False
    return True


def other_names(name_fr: str, name_ar: str, alternate: str | None) -> list[str]:
    """The names a town is also known by: its alternate names (``|``-separated, as the
    gazetteer stores them) in Latin or Arabic script and its everyday names; each once,
    none equal to its French or Arabic name (case and accents ignored)."""
    seen = {_key(name_fr), _key(name_ar)}
    out = []
    for name in [*(alternate or "").split("|"), *EVERYDAY_NAMES.get(name_fr, ())]:
        name = clean_text(name)
        key = _key(name)
        if not name or key in seen or not _script_ok(name):
            continue
        seen.add(key)
        out.append(name)
    return out


def _key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def town_rows(db: Database) -> list[tuple[Any, ...]]:
    """The towns the page knows (those with a French name and a location)."""
    rows = []
    for geonames_id, geom, name_fr, name_ar, alternate, population, region, province in db.query(
        f"SELECT geonames_id, {quote(GEOMETRY_COLUMN)}, name_fr, name_ar, alternate_names, population, "
        "region_code, province_code FROM town WHERE name_fr IS NOT NULL "
        "ORDER BY population DESC, name_fr, geonames_id"
    ):
        try:
            xy = point_xy(geom) if geom is not None else None
        except ValueError:
            xy = None
        if xy is None:
            continue
        rows.append((int(geonames_id), xy, clean_text(name_fr), clean_text(name_ar), alternate,
                     int(population or 0), clean_text(region), clean_text(province)))
    return rows


def town_slugs(db: Database) -> dict[int, str]:
    """GeoNames id -> the slug the page resolves (``place=``) for every town it knows:
    what a link to the web map at a town (the handouts' QR codes) must use."""
    return place_slugs((r[0], r[2]) for r in town_rows(db))


def encode_gazetteer(db: Database) -> dict[str, Any]:
    """The towns of ``db`` as the page's columns (see the module doc)."""
    rows = town_rows(db)
    slugs = place_slugs((r[0], r[2]) for r in rows)
    return {
        "scale": GAZETTEER_SCALE,
        "slug": [slugs[r[0]] for r in rows],
        "fr": [r[2] for r in rows],
        "ar": [r[3] for r in rows],
        "alt": ["|".join(other_names(r[2], r[3], r[4])) for r in rows],
        "population": [r[5] for r in rows],
        "region": [r[6] for r in rows],
        "province": [r[7] for r in rows],
        "x": [round(r[1][0] * GAZETTEER_SCALE) for r in rows],
        "y": [round(r[1][1] * GAZETTEER_SCALE) for r in rows],
    }
