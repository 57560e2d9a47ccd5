#!/usr/bin/env python3
"""``make demo-postgis``: a shared Amuddu database on a PostgreSQL + PostGIS server of its
own under ``build/demo-postgis/`` (initdb there, a free port on 127.0.0.1, no system service
touched), with the sample data, one editor per institution, a reviewer and a reader; prints
how to connect from QGIS. The server keeps running for you to try it;
``make demo-postgis-stop`` stops it and removes the folder.

Logins and their passwords (demo only) are written to ``pgpass`` and ``pg_service.conf``
beside it, which is how QGIS and psql should get them: never in a connection text.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.pg_cluster import SUPERUSER, PgCluster  # noqa: E402

LOGINS = {"editor_anapec": ("editor", "ANAPEC"), "editor_ofppt": ("editor", "OFPPT"),
          "editor_en": ("editor", "EN"), "editor_artisanat": ("editor", "ARTISANAT"),
          "reviewer": ("reviewer", None), "reader": ("reader", None)}
PASSWORD = "demo"  # noqa: S105 - a throwaway demo server on loopback


def start(folder: Path) -> None:
    from qgis.core import QgsApplication

    folder.mkdir(parents=True, exist_ok=True)
    if (folder / "port").exists():
        sys.stdout.write(f"A demo server is already running (see {folder}); make demo-postgis-stop first.\n")
        return
    cluster = PgCluster(base=folder).start()
    (folder / "port").write_text(str(cluster.port))
    (folder / "root").write_text(str(cluster.root))
    app = QgsApplication([], False)
    app.initQgis()
    from amuddu_plugin.core.setup import create_on_server
    from amuddu_plugin.core.store.postgis.access import grant_access
    from amuddu_plugin.core.store.postgis.database import PgDatabase

    dbname = cluster.create_database("amuddu")
    create_on_server(cluster.uri(dbname), reference=ROOT / "data" / "amuddu.gpkg", sample_data=True)
    db = PgDatabase.open(cluster.uri(dbname))
    service = [f"[amuddu_demo_{SUPERUSER}]\nhost=127.0.0.1\nport={cluster.port}\ndbname={dbname}\n"
               f"user={SUPERUSER}\n"]
    pgpass = []
    for login, (profile, institution) in LOGINS.items():
        cluster.psql("postgres", f"CREATE ROLE {login} LOGIN PASSWORD '{PASSWORD}'")
        grant_access(db, login, profile, institution)
        service.append(f"[amuddu_demo_{login}]\nhost=127.0.0.1\nport={cluster.port}\ndbname={dbname}\n"
                       f"user={login}\n")
        pgpass.append(f"127.0.0.1:{cluster.port}:{dbname}:{login}:{PASSWORD}")
    (folder / "pg_service.conf").write_text("\n".join(service), encoding="utf-8")
    (folder / "pgpass").write_text("\n".join(pgpass) + "\n", encoding="utf-8")
    os.chmod(folder / "pgpass", 0o600)
    points = db.count("service_point")
    app.exitQgis()
    sys.stdout.write(
        f"==> PostgreSQL + PostGIS on 127.0.0.1:{cluster.port}, database {dbname}, schema amuddu "
        f"({points} service points)\n"
        f"==> Logins (password '{PASSWORD}'): {', '.join(LOGINS)}; administrator {SUPERUSER} (trusted)\n"
        f"==> In QGIS, with PGSERVICEFILE={folder}/pg_service.conf and PGPASSFILE={folder}/pgpass:\n"
        f"    Amuddu → Open database…  service=amuddu_demo_editor_anapec\n"
        f"    or qgis_process run amuddu:load_database -- DATABASE=service=amuddu_demo_editor_anapec\n"
        f"==> psql: PGSERVICEFILE={folder}/pg_service.conf PGPASSFILE={folder}/pgpass "
        f"psql service=amuddu_demo_reviewer\n"
        "==> make demo-postgis-stop stops the server and removes it.\n")


def stop(folder: Path) -> None:
    root = folder / "root"
    if not root.exists():
        sys.stdout.write("No demo server is running.\n")
        return
    cluster = PgCluster.__new__(PgCluster)
    cluster.root = Path(root.read_text().strip())
    cluster.data = cluster.root / "data"
    cluster._as_postgres = os.geteuid() == 0
    cluster.stop()
    for name in ("port", "root", "pg_service.conf", "pgpass"):
        (folder / name).unlink(missing_ok=True)
    sys.stdout.write("==> The demo server is stopped and removed.\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("start", "stop"))
    parser.add_argument("--folder", type=Path, default=ROOT / "build" / "demo-postgis")
    args = parser.parse_args(argv)
    (start if args.action == "start" else stop)(args.folder.resolve())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
