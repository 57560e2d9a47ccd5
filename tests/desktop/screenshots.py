"""The README's pictures of the QGIS desktop, taken by the desktop harness (the real
``qgis`` under Xvfb with the plugin installed from its zip): the main window after
"Open database…", the service point form in Arabic refusing a save (problem list, marked
tabs, right to left), the same refusal in French, the Amuddu page of the Options dialog,
the Arabic desktop at city scale (legend and map labels), the import dialog in Arabic
(a file read) and in French (empty), and an editor of a shared database refused on
another institution's point (a throwaway PostgreSQL + PostGIS server, tests/pg_cluster.py).

    .venv/bin/python tests/desktop/screenshots.py --output docs      (make screenshots)
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.desktop_harness import build_zip, run_desktop  # noqa: E402

#: (scenario, language, parameters, {picture the scenario saves: name in docs/})
SHOTS = [
    ("open_new", "fr", {}, {"desktop-open.png": "desktop-open.png"}),
    ("form", "ar", {"invalid": True, "shot": "form.png"},
     {"form.png": "desktop-form-ar-invalid.png", "options-amuddu.png": "desktop-options-ar.png"}),
    ("form", "fr", {"invalid": True, "shot": "form.png"}, {"form.png": "desktop-form-fr-invalid.png"}),
    ("city_legend", "ar", {}, {"desktop-city.png": "desktop-city-ar.png"}),
    ("import_dialog", "ar", {"file": str(ROOT / "tests" / "data" / "anapec_arabic_cp1256.csv")},
     {"import-read.png": "desktop-import-ar.png"}),
    ("import_dialog", "fr", {"file": str(ROOT / "tests" / "data" / "anapec_arabic_cp1256.csv")},
     {"import-empty.png": "desktop-import-fr.png"}),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="amuddu-shots-") as tmp:
        work = Path(tmp)
        plugin_zip = build_zip(work)
        for n, (scenario, lang, params, pictures) in enumerate(SHOTS):
            shots = work / f"shots-{n}"
            run_desktop(work / f"run-{n}", scenario, lang=lang, plugin_zip=plugin_zip, shots=shots,
                        **params)
            for saved, name in pictures.items():
                shutil.copyfile(shots / saved, args.output / name)
                print(f"==> {args.output / name}")
        shared_shot(work, plugin_zip, args.output)
    return 0


def shared_shot(work: Path, plugin_zip: Path, output: Path) -> None:
    import os

    from qgis.core import QgsApplication

    from tests.pg_cluster import PgCluster

    app = QgsApplication([], False)
    app.initQgis()
    from amuddu_plugin.core.setup import copy_database, create_database
    from amuddu_plugin.core.store.postgis.access import grant_access
    from amuddu_plugin.toolbelt.paths import bundled_database

    cluster = PgCluster().start()
    try:
        sample = create_database(work / "shared.gpkg", reference=bundled_database(), sample_data=True)
        dbname = cluster.create_database("amuddu")
        server, _ = copy_database(sample.source, cluster.uri(dbname))
        cluster.psql("postgres", "CREATE ROLE fatima LOGIN PASSWORD 'demo'")
        grant_access(server, "fatima", "editor", "ANAPEC")
        os.environ["PGPASSWORD"] = "demo"
        shots = work / "shots-shared"
        run_desktop(work / "run-shared", "shared_edit", lang="fr", plugin_zip=plugin_zip, shots=shots,
                    connection=f"postgresql://fatima@{cluster.host}:{cluster.port}/{dbname}", mine="ANAPEC")
        shutil.copyfile(shots / "desktop-shared-refused.png", output / "desktop-shared-refused.png")
        print(f"==> {output / 'desktop-shared-refused.png'}")
    finally:
        cluster.stop()
        app.exitQgis()


if __name__ == "__main__":
    raise SystemExit(main())
