"""A throwaway PostgreSQL + PostGIS cluster for the tests and benchmarks.

``initdb`` under a temporary folder, a free port on 127.0.0.1, the socket in that folder,
no system service touched; :meth:`PgCluster.stop` removes it. As root, the server runs as
the ``postgres`` user (PostgreSQL refuses to run as root); otherwise as the current user.
Debian's packages: ``postgresql-15 postgresql-15-postgis-3`` (``make deps`` installs them).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

BIN = Path(os.environ.get("AMUDDU_PG_BIN", "/usr/lib/postgresql/15/bin"))
SUPERUSER = "amuddu_admin"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgCluster:
    def __init__(self, base: Path | None = None) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="amuddu-pg-", dir=base))
        self.data = self.root / "data"
        self.port = _free_port()
        self.host = "127.0.0.1"
        self._as_postgres = os.geteuid() == 0

    # -- commands -------------------------------------------------------------------------
    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        cmd = list(args)
        if self._as_postgres:
            cmd = ["setpriv", "--reuid=postgres", "--regid=postgres", "--clear-groups", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, check=check, cwd=self.root)

    def start(self) -> PgCluster:
        if not (BIN / "initdb").exists():
            raise RuntimeError(f"PostgreSQL is not installed ({BIN}/initdb): run make deps")
        if self._as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
        self._run(str(BIN / "initdb"), "-D", str(self.data), "-U", SUPERUSER, "--auth=trust",
                  "-E", "UTF8", "--locale=C.UTF-8")
        conf = self.data / "postgresql.conf"
        with open(conf, "a", encoding="utf-8") as fh:
            fh.write(f"\nlisten_addresses = '127.0.0.1'\nport = {self.port}\n"
                     f"unix_socket_directories = '{self.root}'\nfsync = off\n"
                     "synchronous_commit = off\nfull_page_writes = off\nmax_connections = 60\n")
        # Password authentication over TCP for the profiles' logins; trust for the admin.
        (self.data / "pg_hba.conf").write_text(
            f"local all {SUPERUSER} trust\nhost all {SUPERUSER} 127.0.0.1/32 trust\n"
            "local all all scram-sha-256\nhost all all 127.0.0.1/32 scram-sha-256\n",
            encoding="utf-8")
        done = self._run(str(BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "log"),
                         "-w", "-t", "60", "start", check=False)
        if done.returncode != 0:
            log = (self.root / "log").read_text(errors="replace") if (self.root / "log").exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {done.stderr}\n{log}")
        for _ in range(100):
            if self.psql("postgres", "SELECT 1", check=False).returncode == 0:
                break
            time.sleep(0.1)
        return self

    def stop(self) -> None:
        if self.data.exists():
            self._run(str(BIN / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop",
                      check=False)
        shutil.rmtree(self.root, ignore_errors=True)

    def psql(self, dbname: str, sql: str, *, user: str = SUPERUSER, password: str = "",
             check: bool = True) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ, PGPASSWORD=password) if password else None
        return subprocess.run(
            ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-At", "-h", self.host, "-p", str(self.port),
             "-U", user, "-d", dbname, "-c", sql],
            capture_output=True, text=True, check=check, env=env)

    # -- databases ------------------------------------------------------------------------
    def uri(self, dbname: str, user: str = SUPERUSER, schema: str | None = None) -> str:
        """A libpq URI (no password: the admin is trusted, the others use PGPASSWORD or a
        service file)."""
        tail = f"?schema={schema}" if schema else ""
        return f"postgresql://{user}@{self.host}:{self.port}/{dbname}{tail}"

    def conninfo(self, dbname: str, user: str = SUPERUSER, password: str = "") -> str:
        extra = f" password={password}" if password else ""
        return f"host={self.host} port={self.port} dbname={dbname} user={user}{extra}"

    def create_database(self, dbname: str) -> str:
        self.psql("postgres", f'CREATE DATABASE "{dbname}"')
        self.psql(dbname, "CREATE EXTENSION IF NOT EXISTS postgis")
        return dbname

    def drop_database(self, dbname: str) -> None:
        self.psql("postgres", f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)', check=False)
