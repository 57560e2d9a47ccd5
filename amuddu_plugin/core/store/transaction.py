"""The one transaction helper of the store, for both ways the plugin writes a GeoPackage.

- :func:`sqlite_transaction`: a write connection (``gpkg.connect``) with ``BEGIN IMMEDIATE``
  (no other writer until the end), ``COMMIT`` when the block ends normally, ``ROLLBACK`` on
  any exception (a cancellation or a kill leaves the file as it was), the connection closed.
  ``write=False`` gives a read-only connection and no transaction (a dry run).
- :func:`ogr_transaction`: the same for an OGR dataset (``StartTransaction`` /
  ``CommitTransaction`` / ``RollbackTransaction``), used where GDAL's GeoPackage driver must
  do the writing (features with geometries, the layer-styles table).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .gpkg import connect


@contextmanager
def sqlite_transaction(path: str | Path, *, write: bool = True) -> Iterator[sqlite3.Connection]:
    """A connection to ``path`` inside one write transaction (see the module doc)."""
    con = connect(path, write=write)
    try:
        if write:
            con.execute("BEGIN IMMEDIATE")
        try:
            yield con
            if write:
                con.execute("COMMIT")
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise
    finally:
        con.close()


@contextmanager
def ogr_transaction(ds: Any) -> Iterator[Any]:
    """``ds`` (an OGR dataset opened for update) inside one transaction."""
    ds.StartTransaction()
    try:
        yield ds
    except BaseException:
        ds.RollbackTransaction()
        raise
    ds.CommitTransaction()
