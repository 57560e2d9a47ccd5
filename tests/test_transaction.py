"""The store's one transaction helper (core/store/transaction.py): all or nothing, both ways."""

from __future__ import annotations

import pytest


class Boom(Exception):
    pass


def _meta(path, key):
    import sqlite3

    con = sqlite3.connect(str(path))
    try:
        row = con.execute("SELECT value FROM amuddu_meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None
    finally:
        con.close()


def test_sqlite_block_commits_when_it_ends(empty_db):
    from amuddu_plugin.core.store.transaction import sqlite_transaction

    with sqlite_transaction(empty_db.path) as con:
        con.execute("INSERT INTO amuddu_meta (key, value) VALUES ('probe', 'kept')")
    assert _meta(empty_db.path, "probe") == "kept"


def test_sqlite_block_that_fails_leaves_the_file_as_it_was(empty_db):
    from amuddu_plugin.core.store.transaction import sqlite_transaction

    before = empty_db.path.read_bytes()
    with pytest.raises(Boom), sqlite_transaction(empty_db.path) as con:
        con.execute("INSERT INTO amuddu_meta (key, value) VALUES ('probe', 'lost')")
        con.execute("DELETE FROM service_point")
        raise Boom
    assert _meta(empty_db.path, "probe") is None
    assert empty_db.path.read_bytes() == before


def test_sqlite_block_holds_the_write_lock_until_it_ends(empty_db):
    import sqlite3

    from amuddu_plugin.core.store.transaction import sqlite_transaction

    with sqlite_transaction(empty_db.path):
        other = sqlite3.connect(str(empty_db.path), timeout=0.1, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()


def test_read_only_block_cannot_write(empty_db):
    import sqlite3

    from amuddu_plugin.core.store.transaction import sqlite_transaction

    with sqlite_transaction(empty_db.path, write=False) as con, pytest.raises(sqlite3.OperationalError):
        con.execute("INSERT INTO amuddu_meta (key, value) VALUES ('probe', 'x')")


def test_ogr_block_commits_or_rolls_back(empty_db):
    from osgeo import ogr

    from amuddu_plugin.core.store.transaction import ogr_transaction

    ds = ogr.Open(empty_db.source, 1)
    with ogr_transaction(ds):
        ds.ExecuteSQL("INSERT INTO amuddu_meta (key, value) VALUES ('probe', 'kept')")
    with pytest.raises(Boom), ogr_transaction(ds):
        ds.ExecuteSQL("UPDATE amuddu_meta SET value = 'lost' WHERE key = 'probe'")
        raise Boom
    ds = None
    assert _meta(empty_db.path, "probe") == "kept"
