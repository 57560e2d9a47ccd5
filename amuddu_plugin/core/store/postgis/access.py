"""Giving and taking back the profiles of a shared database (``amuddu:grant_access``,
``amuddu:revoke_access``): checked first, then written in one transaction."""

from __future__ import annotations

from typing import Any

from ....definitions import access as A
from ....toolbelt.i18n import tr
from ..errors import StoreError
from .database import PgDatabase
from .rights import ACCESS_TABLE, grant_sql, revoke_sql

CTX = "Store"


def _run(db: PgDatabase, check: Any, statements: Any) -> None:
    with db.transaction(lambda message: tr(CTX, "Changing the access to %1 failed: %2", db.source,
                                           message)) as con:
        with con.cursor() as cur:
            cur.execute("SELECT current_database()")
            dbname = cur.fetchone()[0]
            check(cur)
            for sql in statements(dbname):
                cur.execute(sql)


def _login_exists(cur: Any, login: str) -> None:
    cur.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (login,))
    row = cur.fetchone()
    if row is None:
        raise StoreError(tr(CTX, "There is no login %1 on the server: create it first (CREATE ROLE %1 "
                                 "LOGIN PASSWORD '…'), then give it a profile.", login))


def grant_access(db: PgDatabase, login: str, profile: str, institution: str | None = None) -> None:
    """Give ``login`` the ``profile`` (and, for an editor, the ``institution``)."""
    login, institution = login.strip(), (institution or "").strip() or None
    if profile not in A.PROFILES:
        raise StoreError(tr(CTX, "Unknown profile %1: choose one of %2.", profile, ", ".join(A.PROFILES)))
    needs = A.profile(profile).needs_institution
    if needs and not institution:
        raise StoreError(tr(CTX, "An editor edits for one institution: give INSTITUTION (e.g. ANAPEC)."))
    if not needs:
        institution = None

    def check(cur: Any) -> None:
        _login_exists(cur, login)
        if institution:
            cur.execute("SELECT 1 FROM institution WHERE code = %s", (institution,))
            if cur.fetchone() is None:
                cur.execute("SELECT string_agg(code, ', ' ORDER BY code) FROM institution")
                raise StoreError(tr(CTX, "Unknown institution %1: the database has %2.", institution,
                                    cur.fetchone()[0]))

    _run(db, check, lambda dbname: grant_sql(db.schema, dbname, login, profile, institution))


def revoke_access(db: PgDatabase, login: str) -> bool:
    """Take every profile of this database back from ``login``; whether it had one."""
    login = login.strip()
    had: list[bool] = []

    def check(cur: Any) -> None:
        _login_exists(cur, login)
        cur.execute(f"SELECT 1 FROM {ACCESS_TABLE} WHERE login = %s", (login,))
        had.append(cur.fetchone() is not None)

    _run(db, check, lambda dbname: revoke_sql(db.schema, dbname, login))
    return had[0]

