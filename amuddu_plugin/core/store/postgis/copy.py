"""Writing a copy of an Amuddu database into a schema of a PostgreSQL server, in one
transaction (see :mod:`..copy`): the schema is created from the model, or, with OVERWRITE,
dropped and re-created, so that a failure or a cancellation leaves the server as it was."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ....definitions.model import TABLES
from ....toolbelt.i18n import tr
from ....toolbelt.progress import Progress
from ..database import Database
from ..errors import StoreError
from ..schema import GEOMETRY_COLUMN, quote
from ..snapshot import AMUDDU_STYLE, Snapshot
from .database import PgDatabase, server_message
from .ddl import META_TABLE, reset_identities, schema_ddl
from .rights import rights_ddl

CTX = "Store"
_BATCH = 2000


def _existing(cur: Any, schema: str) -> str:
    """'' (no schema), 'amuddu' (an Amuddu schema) or 'other'."""
    cur.execute("SELECT 1 FROM information_schema.schemata WHERE schema_name = %s", (schema,))
    if cur.fetchone() is None:
        return ""
    cur.execute("SELECT 1 FROM information_schema.tables WHERE table_schema = %s AND table_name = %s",
                (schema, META_TABLE))
    return "amuddu" if cur.fetchone() else "other"


def _insert_rows(cur: Any, snap: Snapshot, steps: Progress) -> None:
    from psycopg2 import Binary
    from psycopg2.extras import execute_values

    for i, t in enumerate(TABLES):
        steps.check_cancel()
        rows = snap.rows.get(t.name, [])
        if not rows:
            continue
        geometry = [quote(GEOMETRY_COLUMN)] if t.geometry else []
        cols = [quote(t.key)] + geometry + [quote(f.name) for f in t.fields]
        wkb = ["ST_SetSRID(ST_GeomFromWKB(%s), 4326)"] if t.geometry else []
        marks = ["%s"] + wkb + ["%s"] * len(t.fields)
        template = "(" + ", ".join(marks) + ")"
        values = [(r[0], *([Binary(r[1]) if r[1] is not None else None] if t.geometry else []),
                   *r[2:]) for r in rows]  # neutral values (snapshot.py): booleans already
        try:
            execute_values(cur, f"INSERT INTO {quote(t.name)} ({', '.join(cols)}) VALUES %s",
                           values, template=template, page_size=_BATCH)
        except Exception as err:  # noqa: BLE001 - psycopg2.Error: named below
            raise StoreError(tr(CTX, "Copying the table %1 failed: %2", t.name, server_message(err))) from err
        steps.progress(40 + 45 * (i + 1) / len(TABLES))


def _insert_styles(cur: Any, db: PgDatabase, documents: dict[str, tuple[str, str]],
                   own: list[tuple[Any, ...]], description: str) -> None:
    by_name = {t.name: t for t in TABLES}
    rows = [(name, AMUDDU_STYLE, qml, sld, True, description) for name, (qml, sld) in documents.items()]
    rows += [s for s in own if s[0] in by_name]
    for name, style, qml, sld, default, text in rows:
        cur.execute(
            "INSERT INTO public.layer_styles (f_table_catalog, f_table_schema, f_table_name, "
            "f_geometry_column, stylename, styleqml, stylesld, useasdefault, description, owner) "
            "VALUES (current_database(), %s, %s, %s, %s, XMLPARSE(DOCUMENT %s), XMLPARSE(DOCUMENT %s), "
            "%s, %s, 'amuddu')",
            (db.schema, name, GEOMETRY_COLUMN if by_name[name].geometry else None, style, qml,
             sld or None, bool(default), text))


def write_postgis(target: str, snap: Snapshot, steps: Progress, *, overwrite: bool,
                  source_db: Database,
                  styles: Callable[[Database, Any], dict[str, tuple[str, str]]] | None) -> PgDatabase:
    db = PgDatabase(target)
    documents = styles(source_db, db) if styles is not None else {}
    with db.transaction(lambda message: tr(CTX, "Writing to %1 failed: %2", db.source, message)) as con:
        with con.cursor() as cur:
            state = _existing(cur, db.schema)
            if state == "other":
                raise StoreError(tr(CTX, "The schema %1 of %2 exists and is not an Amuddu database: "
                                         "choose another schema (?schema=…).", db.schema, db.source))
            if state == "amuddu" and not overwrite:
                raise StoreError(tr(CTX, "%1 already holds an Amuddu database. Choose another schema, "
                                         "or allow overwriting.", db.source))
            cur.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")
            if cur.fetchone() is None:
                raise StoreError(tr(CTX, "PostGIS is not installed in %1: ask its administrator to run "
                                         "CREATE EXTENSION postgis.", db.source))
            if state:
                cur.execute(f"DROP SCHEMA {quote(db.schema)} CASCADE")
                cur.execute("DELETE FROM public.layer_styles WHERE f_table_catalog = current_database() "
                            "AND f_table_schema = %s", (db.schema,))
            for sql in schema_ddl(db.schema):
                cur.execute(sql)
            cur.execute(f"SET search_path TO {quote(db.schema)}, public")
            steps.info(tr(CTX, "Writing the rows into %1…", db.source))
            _insert_rows(cur, snap, steps)
            for sql in reset_identities(db.schema):
                cur.execute(sql)
            cur.execute("SELECT current_database()")
            for sql in rights_ddl(db.schema, cur.fetchone()[0]):  # after the rows: no history of the copy
                cur.execute(sql)
            _insert_styles(cur, db, documents, snap.styles,
                           tr(CTX, "Amuddu forms and map style, derived from the data model"))
            steps.check_cancel()
    return db
