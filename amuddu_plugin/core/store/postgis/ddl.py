"""The Amuddu schema on a PostgreSQL server, derived from the declared model.

One schema (``amuddu`` by default) holds the model's tables (:func:`..schema.postgis_ddl`),
its metadata table, and the triggers that refuse values breaking a declared format
(:mod:`.checks`). QGIS's own ``public.layer_styles`` table holds the default forms and
styles, as QGIS expects them (a user who adds a layer by hand gets the same form).
Everything is created in one transaction by :func:`.database.create_schema`.
"""

from __future__ import annotations

from ....definitions.model import TABLES
from ..schema import postgis_ddl, quote
from .checks import check_functions

META_TABLE = "amuddu_meta"
STYLE_TABLE = "layer_styles"

#: QGIS's layer_styles table, as the QGIS postgres provider creates it (QGIS 3.22+).
LAYER_STYLES_DDL = (
    "CREATE TABLE IF NOT EXISTS public.layer_styles ("
    "id serial PRIMARY KEY, f_table_catalog varchar, f_table_schema varchar, "
    "f_table_name varchar, f_geometry_column varchar, stylename text, styleqml xml, "
    "stylesld xml, useasdefault boolean, description text, "
    "owner varchar(63) DEFAULT CURRENT_USER, ui xml, "
    "update_time timestamp DEFAULT CURRENT_TIMESTAMP, type varchar)"
)


def schema_ddl(schema: str) -> list[str]:
    """Every statement that makes an empty Amuddu schema, in order."""
    return postgis_ddl(schema) + check_functions(schema) + [LAYER_STYLES_DDL]


def reset_identities(schema: str) -> list[str]:
    """Identity columns continue after the largest key copied in."""
    return [
        f"SELECT setval(pg_get_serial_sequence('{quote(schema)}.{quote(t.name)}', '{t.key}'), "
        f"coalesce((SELECT max({quote(t.key)}) FROM {quote(schema)}.{quote(t.name)}), 0) + 1, false)"
        for t in TABLES
    ]
