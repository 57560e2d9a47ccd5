"""The README's pictures of the QGIS desktop, taken by the desktop harness (the real
``qgis`` under Xvfb with the plugin installed from its zip): the main window after
"Open database…", the service point form in Arabic refusing a save (problem list, marked
tabs, right to left), the same refusal in French, and the Amuddu page of the Options dialog.

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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
