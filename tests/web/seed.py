"""Databases for the web map tests: the sample data with a few contacts filled in, and
hostile values that must come out as text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.legacy import execute_legacy

#: Names that break naive exporters: markup, script end tags, quotes, backslashes,
#: bidirectional controls, emoji, line separators, placeholders of our own template, 10 KB.
HOSTILE_NAMES = [
    "</script><script>window.__pwned = 1</script>",
    "\"'><img src=x onerror=\"window.__pwned = 2\">",
    "<b>bold</b> & <i>it</i> \\ back\\slash \"double\" 'single' `tick`",
    "\u202eTLR override\u202c مرحبا \u200f mark \u200e",
    "Emoji 🧑\u200d🔧 🇲🇦 ⚠️ service",
    "Line\u2028separator\u2029paragraph",
    "<!-- comment --> ]]> %%AMUDDU_DATA%% ${window.__pwned = 3}",
    ("Énorme " * 1500).strip(),
]
HOSTILE_WEBSITE = "javascript:window.__pwned = 4"
HOSTILE_ADDRESS = "<svg onload=\"window.__pwned = 5\"></svg>"
PHONE = "+212 5 37 12 34 56"
PHONE_HREF = "tel:+212537123456"
EMAIL = "accueil@example.org"


def lit(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def published_uuids(db: Any, limit: int, offset: int = 0) -> list[str]:
    return [r[0] for r in db.query(
        "SELECT uuid FROM service_point WHERE publication_state = 'published' "
        "AND operating_status = 'active' ORDER BY fid LIMIT ? OFFSET ?", (limit, offset))]


def web_database(folder: Path, bundled: Path) -> tuple[Any, str]:
    """The sample database with one point given a phone number and an e-mail address, and
    another without opening hours; returns the database and the first point's uuid."""
    from amuddu_plugin.core.setup import create_database

    db = create_database(folder / "web.gpkg", reference=bundled, sample_data=True)
    point, no_hours = published_uuids(db, 2, 5)
    # The phone as typed, not in its stored form: written as an older database holds it.
    execute_legacy(db, [f"UPDATE service_point SET phone = {lit(PHONE)}, email = {lit(EMAIL)} "
                        f"WHERE uuid = {lit(point)}",
                        f"UPDATE service_point SET opening_hours = NULL WHERE uuid = {lit(no_hours)}"])
    return db, point


def hostile_database(folder: Path, bundled: Path) -> tuple[Any, dict[str, str]]:
    """The sample database with hostile names on some published points: {uuid: name}."""
    from amuddu_plugin.core.setup import create_database

    db = create_database(folder / "hostile.gpkg", reference=bundled, sample_data=True)
    uuids = published_uuids(db, len(HOSTILE_NAMES))
    names = dict(zip(uuids, HOSTILE_NAMES))
    statements = [f"UPDATE service_point SET name_fr = {lit(name)} WHERE uuid = {lit(u)}"
                  for u, name in names.items()]
    statements.append(f"UPDATE service_point SET website = {lit(HOSTILE_WEBSITE)}, "
                      f"address_fr = {lit(HOSTILE_ADDRESS)} WHERE uuid = {lit(uuids[0])}")
    execute_legacy(db, statements)  # the website is refused by a database of version 2
    return db, names
