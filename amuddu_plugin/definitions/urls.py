"""The public web map's URL: the one contract between the exporter, the web page and
everything that links to it (printed handouts' QR codes, shared links).

The state lives in the fragment (``index.html#lang=fr&place=oujda``), so that a link
works from file://, from any static server and from a sub-path, and so that nothing of it
reaches a server's logs. A place is named, never located: ``place`` is a town's slug,
computed here from its French name, and the page resolves it against the gazetteer the
export embeds. A position, when the user explicitly shares one, is rounded to
:data:`SHARED_POSITION_DECIMALS` decimals (about 1 km); the page never writes a finer one.

Pure Python (no QGIS): the handouts, the exporter and the tests import it alike.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from urllib.parse import quote

#: Fragment keys of the web map's state, in the order the page writes them.
LANG_KEY = "lang"
PLACE_KEY = "place"
QUERY_KEY = "q"
#: A position the user chose to share: ``near=LAT,LON`` with this many decimals (~1.1 km).
NEAR_KEY = "near"
SHARED_POSITION_DECIMALS = 2


def slugify(text: str) -> str:
    """ASCII, lower case, words joined by ``-``: ``"Fès"`` -> ``"fes"``,
    ``"Ksar El Kébir"`` -> ``"ksar-el-kebir"``, ``"Aït Melloul"`` -> ``"ait-melloul"``."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def place_slugs(towns: Iterable[tuple[int, str]]) -> dict[int, str]:
    """The slug of every town, from ``(geonames_id, name_fr)`` pairs: the slug of its
    French name; where several towns share it (two *Dakhla*), each gets
    ``<slug>-<geonames_id>`` so that every slug names one town. Stable across exports of
    the same gazetteer; the order of the input does not matter."""
    slugs = [(geonames_id, slugify(name) or str(geonames_id)) for geonames_id, name in sorted(towns)]
    counts: dict[str, int] = {}
    for _, slug in slugs:
        counts[slug] = counts.get(slug, 0) + 1
    out: dict[int, str] = {}
    for geonames_id, slug in slugs:
        out[geonames_id] = slug if counts[slug] == 1 else f"{slug}-{geonames_id}"
    return out


def webmap_url(base_url: str, *, lang: str | None = None, place: str | None = None,
               extra: Mapping[str, str] | None = None) -> str:
    """The link that opens the web map at ``base_url`` (its folder or its index.html) in
    ``lang`` at the town ``place`` (a slug from :func:`place_slugs`)."""
    base = base_url.split("#", 1)[0]
    parts = []
    if lang:
        parts.append(f"{LANG_KEY}={quote(lang, safe='')}")
    if place:
        parts.append(f"{PLACE_KEY}={quote(place, safe='-')}")
    for key, value in (extra or {}).items():
        parts.append(f"{quote(key, safe='')}={quote(value, safe=',-')}")
    return base + ("#" + "&".join(parts) if parts else "")
