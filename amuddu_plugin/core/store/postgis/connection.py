"""Where a PostGIS database is: the forms of DATABASE that name a PostgreSQL server.

Accepted, as QGIS itself accepts them:

- a libpq URI, ``postgresql://USER@HOST:PORT/DBNAME`` (or ``postgres://``), with an
  optional ``?schema=NAME`` (default ``amuddu``) beside libpq's own parameters;
- ``service=NAME`` (a section of ``pg_service.conf``), optionally with ``schema=NAME``;
- a key=value conninfo (``host=… port=… dbname=… user=…``, ``schema=…``, ``authcfg=…``
  for a QGIS authentication configuration);
- ``pg:NAME``, or the bare NAME, of a PostgreSQL connection saved in QGIS.

Passwords never travel in the text: one written inline is refused with a message that
says where it belongs (``~/.pgpass``, ``pg_service.conf`` or a QGIS authentication
configuration), so that it cannot land in a project file, a log or a report. What the
plugin shows of a connection (:attr:`PgSource.display`) holds no secret either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote, urlsplit

from ....toolbelt.i18n import tr
from ..errors import StoreError

CTX = "Store"
DEFAULT_SCHEMA = "amuddu"
_SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
#: conninfo keys that carry a secret, never accepted inline.
_SECRET_KEYS = ("password", "sslpassword")
_CONNINFO_ITEM = re.compile(r"\s*(\w+)\s*=\s*('(?:[^'\\]|\\.)*'|\S*)")


@dataclass(frozen=True)
class PgSource:
    """A PostgreSQL database and the schema that holds the Amuddu tables."""

    #: libpq parameters (host, port, dbname, user, service, sslmode…), without a password.
    params: dict[str, str] = field(default_factory=dict)
    schema: str = DEFAULT_SCHEMA
    #: A QGIS authentication configuration that holds the login (resolved when connecting).
    authcfg: str = ""
    #: The name of the saved QGIS connection, when given by name.
    connection_name: str = ""

    @property
    def display(self) -> str:
        """What the plugin shows and records of this database: no secret in it."""
        keys = ("service", "host", "port", "dbname", "user")
        parts = [f"{k}={self.params[k]}" for k in keys if self.params.get(k)]
        if self.authcfg:
            parts.append(f"authcfg={self.authcfg}")
        parts.append(f"schema={self.schema}")
        return "postgres: " + " ".join(parts)

    def conninfo(self) -> str:
        """A libpq conninfo for psycopg2 (the login of ``authcfg`` expanded in memory)."""
        params = dict(self.params)
        if self.authcfg:
            params.update(_auth_login(self.authcfg))
        return " ".join(f"{k}={_conninfo_value(v)}" for k, v in params.items() if v != "")

    def datasource(self, table: str, geometry: str | None, key: str = "fid") -> str:
        """The QGIS ``postgres`` provider source of one table (no password in it)."""
        from qgis.core import QgsDataSourceUri

        uri = QgsDataSourceUri()
        p = self.params
        if p.get("service"):
            uri.setConnection(p["service"], p.get("dbname", ""), p.get("user", ""), "",
                              QgsDataSourceUri.SslPrefer, self.authcfg)
        else:
            uri.setConnection(p.get("host", ""), p.get("port", ""), p.get("dbname", ""),
                              p.get("user", ""), "", QgsDataSourceUri.SslPrefer, self.authcfg)
        uri.setDataSource(self.schema, table, geometry or "", "", key)
        if geometry:
            uri.setSrid("4326")
        return str(uri.uri(False))


def _conninfo_value(value: str) -> str:
    if value and re.fullmatch(r"[^\s'\\]+", value):
        return value
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _unquote_conninfo(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return re.sub(r"\\(.)", r"\1", value[1:-1])
    return value


def _auth_login(authcfg: str) -> dict[str, str]:
    """User and password of a QGIS authentication configuration (kept in memory only)."""
    from qgis.core import QgsDataSourceUri

    uri = QgsDataSourceUri()
    uri.setConnection("", "", "x", "", "", QgsDataSourceUri.SslPrefer, authcfg)
    expanded = _from_conninfo_items(str(uri.connectionInfo(True)))
    if not expanded.get("user") and not expanded.get("password"):
        raise StoreError(tr(CTX, "The QGIS authentication configuration %1 cannot be read.", authcfg))
    return {k: v for k, v in expanded.items() if k in ("user", "password")}


def _from_conninfo_items(text: str) -> dict[str, str]:
    return {m.group(1).lower(): _unquote_conninfo(m.group(2)) for m in _CONNINFO_ITEM.finditer(text)}


def _refuse_password() -> StoreError:
    return StoreError(tr(
        CTX, "A password was written in the database connection: it would be kept in project "
             "files and logs. Put it in ~/.pgpass or pg_service.conf, or use a QGIS "
             "authentication configuration (authcfg=…), and give the connection without it."))


def _checked_schema(schema: str) -> str:
    schema = schema.strip() or DEFAULT_SCHEMA
    if not _SCHEMA_NAME.match(schema):
        raise StoreError(tr(CTX, "The schema name %1 is not valid: use lower-case letters, digits "
                                 "and _ (for example amuddu).", schema))
    return schema


def _from_uri(text: str) -> PgSource:
    parts = urlsplit(text)
    if parts.password:
        raise _refuse_password()
    params: dict[str, str] = {}
    if parts.hostname:
        params["host"] = unquote(parts.hostname)
    if parts.port:
        params["port"] = str(parts.port)
    if parts.path.strip("/"):
        params["dbname"] = unquote(parts.path.strip("/"))
    if parts.username:
        params["user"] = unquote(parts.username)
    schema = DEFAULT_SCHEMA
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key == "schema":
            schema = value
        elif key in _SECRET_KEYS:
            raise _refuse_password()
        elif key == "authcfg":
            return PgSource(params, _checked_schema(schema), value)
        else:
            params[key] = value
    return PgSource(params, _checked_schema(schema))


def _from_conninfo(text: str) -> PgSource:
    params: dict[str, str] = {}
    schema, authcfg, pos = DEFAULT_SCHEMA, "", 0
    text = text.strip()
    while pos < len(text):
        m = _CONNINFO_ITEM.match(text, pos)
        if not m:
            raise StoreError(tr(CTX, "The database connection %1 cannot be read: write it as "
                                     "key=value pairs, e.g. host=localhost dbname=amuddu user=me.",
                                text[:60]))
        key, value = m.group(1).lower(), _unquote_conninfo(m.group(2))
        pos = m.end()
        if key in _SECRET_KEYS:
            raise _refuse_password()
        if key == "schema":
            schema = value
        elif key == "authcfg":
            authcfg = value
        else:
            params[key] = value
    return PgSource(params, _checked_schema(schema), authcfg)


def saved_connection(name: str) -> PgSource | None:
    """The PostgreSQL connection saved in QGIS under ``name``, or None."""
    try:
        from qgis.core import QgsDataSourceUri, QgsProviderRegistry
    except ImportError:  # pragma: no cover - QGIS is always there in the plugin
        return None
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    if metadata is None:
        return None
    try:
        connection = metadata.findConnection(name)
    except Exception:  # noqa: BLE001 - QgsProviderConnectionException: no such connection
        return None
    if connection is None:
        return None
    uri = QgsDataSourceUri(connection.uri())
    params = {k: v for k, v in (("host", uri.host()), ("port", uri.port()), ("dbname", uri.database()),
                                ("user", uri.username()), ("service", uri.service())) if v}
    # A password saved with the connection stays in QGIS's settings: it is passed to libpq
    # in memory only, and never shown or recorded.
    if uri.password():
        params["password"] = uri.password()
    schema = DEFAULT_SCHEMA
    return PgSource(params, schema, uri.authConfigId(), name)


def looks_like_postgres(text: str) -> bool:
    s = text.strip()
    return s.startswith(("postgres://", "postgresql://", "pg:")) or bool(
        re.match(r"^(service|dbname|host|hostaddr)\s*=", s))


def parse(text: str) -> PgSource:
    """The :class:`PgSource` that ``text`` names; raises StoreError with a clear message."""
    s = text.strip()
    if s.startswith(("postgres://", "postgresql://")):
        return _from_uri(s)
    if s.startswith("pg:"):
        name = s[3:].strip()
        found = saved_connection(name)
        if found is None:
            raise StoreError(tr(CTX, "There is no PostgreSQL connection named %1 in QGIS "
                                     "(Browser → PostgreSQL → New connection).", name))
        return found
    return _from_conninfo(s)

