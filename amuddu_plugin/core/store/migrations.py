"""Upgrading a database from one schema version to the next.

Each entry of :data:`STEPS` upgrades a database from version ``n`` to ``n + 1`` and is
written when the model changes (together with the bump of ``SCHEMA_VERSION``). Before
the first step runs, the file is copied beside itself (``<name>.v<n>.bak.gpkg``) so that
nothing is lost if the upgrade goes wrong; the copy is kept, for the user to delete
once satisfied.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...definitions.model import SCHEMA_VERSION
from ...toolbelt.i18n import tr

if TYPE_CHECKING:
    from .database import Database

CTX = "Store"


def _stored_form_rewrite(t: Any, f: Any) -> Callable[[Any], Any] | None:
    """For a field whose values have one stored form: what rewrites a value into it (the
    value itself when it cannot be read)."""
    from ...definitions import formats as F
    from ..values.formats import phone_stored_form, phone_stored_ok, phone_typed_ok

    if F.format_of(F.CODES).applies_to(t, f):
        return F.canonical_codes
    if F.format_of(F.PHONE).applies_to(t, f):
        def phone(value: Any) -> Any:
            new = phone_stored_form(value) if phone_typed_ok(value) else None
            return new if new is not None and phone_stored_ok(new) else value
        return phone
    return None


def _v1_to_v2(db: Database) -> None:
    """Version 2: the database enforces the declared formats (:mod:`.triggers`).

    Values that have one stored form are first rewritten into it, meaning unchanged: code
    lists as {A,B} sorted (a QGIS form wrote {"B","A"}), phone numbers that a form would
    accept as +212XXXXXXXXX. Other values that break a format are left as they are (the
    quality check reports them; the form and the database refuse them when the field is
    next written)."""
    from ...definitions.model import TABLES
    from .schema import quote
    from .triggers import PREFIX, gpkg_triggers

    statements = [
        f"DROP TRIGGER IF EXISTS {quote(name)}" for (name,) in db.query(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
            (PREFIX + "%",))
    ]
    for t in TABLES:
        for f in t.fields:
            rewrite = _stored_form_rewrite(t, f)
            if rewrite is None:
                continue
            col = quote(f.name)
            for key, value in db.query(f"SELECT {quote(t.key)}, {col} FROM {quote(t.name)} "
                                       f"WHERE {col} IS NOT NULL"):
                new = rewrite(value)
                if new != value:
                    literal = "NULL" if new is None else "'" + str(new).replace("'", "''") + "'"
                    statements.append(f"UPDATE {quote(t.name)} SET {col} = {literal} "
                                      f"WHERE {quote(t.key)} = {int(key)}")
    db.execute(statements + gpkg_triggers())


def _v2_to_v3(db: Database) -> None:
    """Version 3: a service's fees in the three languages, like its description (the
    French text they were written in stays, as ``fees_fr``). SQLite renames the column in
    the triggers too; the layer's saved form gains the new fields when the plugin opens
    the database."""
    columns = {row[1] for row in db.query('PRAGMA table_info("service")')}
    statements = []
    if "fees" in columns and "fees_fr" not in columns:
        statements.append('ALTER TABLE "service" RENAME COLUMN "fees" TO "fees_fr"')
    for lang in ("ar", "en"):
        if f"fees_{lang}" not in columns:
            statements.append(f'ALTER TABLE "service" ADD COLUMN "fees_{lang}" TEXT')
    db.execute(statements)


def _v3_to_v4(db: Database) -> None:
    """Version 4: the committee's monitoring (issue 13) gets its tables: acknowledged alerts
    (``alert_acknowledgement``) and snapshots (``snapshot``, ``snapshot_point``); the
    communes get their locations."""
    from ...definitions.model import ALERT_ACKNOWLEDGEMENT, SNAPSHOT, SNAPSHOT_POINT
    from .schema import gpkg_create_table, gpkg_indexes, gpkg_register
    from .triggers import triggers

    statements = []
    for t in (ALERT_ACKNOWLEDGEMENT, SNAPSHOT, SNAPSHOT_POINT):
        if not db.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (t.name,)):
            statements += [gpkg_create_table(t), *gpkg_register(t), *gpkg_indexes(t), *triggers(t)]
    db.execute(statements)
    _commune_locations(db)


def _commune_locations(db: Database) -> None:
    """Version 4 also locates the communes (``make data``): a polygon, the point where the
    population lives (``lon``, ``lat``) and how it was found (``located_by``). Existing
    databases get the columns and, from the plugin's bundled database, the values (by HCP
    code); without it the columns stay empty."""
    from ...definitions.model import SRID, table
    from ...toolbelt.paths import bundled_database
    from .gpkg import connect
    from .schema import _GPKG_TYPES, GEOMETRY_COLUMN, _column, quote

    commune = table("commune")
    have = {r[1] for r in db.query('PRAGMA table_info("commune")')}
    bundled = bundled_database()
    fill = bundled.exists() and bundled.resolve() != db.path
    con = connect(db.path, write=True)
    try:
        if fill:  # (ATTACH is refused inside a transaction)
            con.execute("ATTACH DATABASE ? AS bundled", (str(bundled.resolve()),))
        con.execute("BEGIN IMMEDIATE")
        if GEOMETRY_COLUMN not in have:
            con.execute(f'ALTER TABLE commune ADD COLUMN {quote(GEOMETRY_COLUMN)} MULTIPOLYGON')
            con.execute("INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, "
                        "srs_id, z, m) VALUES ('commune', ?, 'MULTIPOLYGON', ?, 0, 0)",
                        (GEOMETRY_COLUMN, SRID))
            con.execute("UPDATE gpkg_contents SET data_type = 'features', srs_id = ? "
                        "WHERE table_name = 'commune'", (SRID,))
        for f in commune.fields:
            if f.name not in have:
                con.execute(f"ALTER TABLE commune ADD COLUMN {_column(f, _GPKG_TYPES, foreign_keys=False)}")
        if fill:
            con.execute("UPDATE commune SET geom = b.geom, lon = b.lon, lat = b.lat, "
                        "located_by = b.located_by FROM bundled.commune AS b WHERE b.code = commune.code")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        con.close()
    if not db.query("SELECT 1 FROM sqlite_master WHERE name = 'rtree_commune_geom'"):
        from .gpkg import add_spatial_indexes

        db.execute([  # GDAL registers the index in gpkg_extensions, which older files may lack
            "CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, "
            "extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL, "
            "CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))"])
        add_spatial_indexes(db.path, ["commune"])


def _vocabulary_synonyms(db: Database) -> None:
    """Every vocabulary table gets a ``synonyms`` column (the other wordings of an
    entry that the import reads as its code, issue 14), filled with the declared wordings of
    :data:`~amuddu_plugin.definitions.vocabularies.SYNONYMS` for the entries it knows by code."""
    from ...definitions import vocabularies
    from ...definitions.model import Role, tables_with_role
    from .schema import literal, quote

    statements = []
    for t in tables_with_role(Role.VOCABULARY):
        if "synonyms" not in t.field_names:
            continue
        columns = {row[1] for row in db.query(f"PRAGMA table_info({quote(t.name)})")}
        if "synonyms" not in columns:
            statements.append(f"ALTER TABLE {quote(t.name)} ADD COLUMN \"synonyms\" TEXT")
        for code in vocabularies.SYNONYMS.get(t.name, {}):
            text = vocabularies.synonyms_text(t.name, code)
            statements.append(f"UPDATE {quote(t.name)} SET \"synonyms\" = {literal(str(text))} "
                              f"WHERE code = {literal(code)} AND \"synonyms\" IS NULL")
    db.execute(statements)


#: from_version -> function upgrading a database from that version to the next one.
def _submitted_state(db: Database) -> None:
    """A point may be "submitted" for review (issue 12): the list
    of the CHECK constraint on ``service_point.publication_state``, which widens (every stored
    row still passes): SQLite keeps constraints in the table's CREATE statement, which is
    rewritten in place as its documentation describes for changes that leave the stored rows
    as they are (writable_schema, then the schema cookie moved on and the integrity checked)."""
    import sqlite3

    from ...definitions.model import SERVICE_POINT
    from .schema import literal, quote

    choices = SERVICE_POINT.field("publication_state").choices
    col = quote("publication_state")
    old = f"{col} IN ({', '.join(literal(c) for c in choices if c != 'submitted')})"
    new = f"{col} IN ({', '.join(literal(c) for c in choices)})"
    con = sqlite3.connect(str(db.path), isolation_level=None)
    try:
        (sql,) = con.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                             (SERVICE_POINT.name,)).fetchone()
        if new in sql or old not in sql:
            return  # already widened, or a constraint this step does not know: left alone
        (cookie,) = con.execute("PRAGMA schema_version").fetchone()
        con.execute("BEGIN IMMEDIATE")
        con.execute("PRAGMA writable_schema = ON")
        con.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?",
                    (sql.replace(old, new), SERVICE_POINT.name))
        con.execute(f"PRAGMA schema_version = {int(cookie) + 1}")
        con.execute("PRAGMA writable_schema = OFF")
        con.execute("COMMIT")
        (check,) = con.execute("PRAGMA integrity_check").fetchone()
        if check != "ok":
            from .errors import StoreError

            raise StoreError(tr(CTX, "Upgrading %1 failed its integrity check: %2", db.path, check))
    finally:
        con.close()


def _v4_to_v5(db: Database) -> None:
    """Version 5: the "submitted" publication state (issue 12) and the vocabularies'
    synonyms (issue 14)."""
    _submitted_state(db)
    _vocabulary_synonyms(db)


STEPS: dict[int, Callable[[Database], None]] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4,
                                                4: _v4_to_v5}


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.stem}.v{version}.bak{path.suffix}")


def migrate(db: Database, version: int, feedback: Any = None,
            steps: dict[int, Callable[[Database], None]] | None = None,
            target: int = SCHEMA_VERSION) -> Path:
    """Upgrade ``db`` from ``version`` to ``target``; returns the path of the backup copy."""
    from .errors import StoreError

    steps = STEPS if steps is None else steps
    missing = [v for v in range(version, target) if v not in steps]
    if missing:
        raise StoreError(
            tr(CTX, "%1 uses Amuddu schema version %2, which this plugin cannot upgrade "
                    "(no migration from version %3).", db.path, version, missing[0])
        )
    backup = backup_path(db.path, version)
    shutil.copyfile(db.path, backup)
    for v in range(version, target):
        if feedback is not None:
            feedback.pushInfo(tr(CTX, "Upgrading the database from version %1 to %2…", v, v + 1))
        steps[v](db)
        db.set_meta("schema_version", str(v + 1))
    return backup
