#!/usr/bin/env python3
"""Kill -9 at random moments: nothing the user owns is lost, no debris survives.

    /usr/bin/python3 bench/bench_kill.py [--runs 6] [--seed 1]

(``make bench-kill`` stages the plugin and runs this.) For each job that writes something
the user keeps (``import_services`` into the database, ``export_webmap`` over a previous
export, ``export_atlas`` over previous maps, ``create_database``), it first runs the job to
completion once to learn how long it takes, then ``--runs`` times starts it with
``qgis_process`` and kills it (SIGKILL, no chance to clean up) at a random moment in that
time. After each kill it checks:

- the database passes ``PRAGMA integrity_check`` and holds either all of the import's rows
  or none of them (never a part);
- each previous output (web map folder, PDF, database) is either exactly as it was or a
  complete new output;
and after the next, completed run, that no temporary file or folder of the plugin is left
beside the outputs. It prints one line per job (runs, kill moments, outcomes) and the
total; the exit status is 1 if any check failed. Prints figures; timings are only used to
choose kill moments.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
QGIS_PROCESS = "/usr/bin/qgis_process.bin"
SOURCE = ROOT / "tests" / "data" / "anapec_arabic_cp1256.csv"
IMPORTED = 6  # rows of SOURCE the import adds


def debris_pid(name: str) -> int | None:
    from amuddu_plugin.toolbelt.outputs import debris_pid as pid_of  # pure Python, no QGIS

    return pid_of(name)


class Runner:
    def __init__(self, home: Path):
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
                        QGIS_PLUGINPATH=str(ROOT / "build" / "deploy"),
                        QGIS_CUSTOM_CONFIG_PATH=str(home / "profile"),
                        QGIS_OPTIONS_PATH=str(home / "profile"))
        self.run_to_end("plugins", "enable", "amuddu_plugin")

    def start(self, *args: str) -> subprocess.Popen:
        return subprocess.Popen([QGIS_PROCESS, *args], env=self.env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)

    def run_to_end(self, *args: str) -> float:
        began = time.monotonic()
        done = subprocess.run([QGIS_PROCESS, *args], env=self.env, capture_output=True, text=True,
                              timeout=900, check=False)
        if done.returncode != 0:
            raise SystemExit(f"qgis_process {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
        return time.monotonic() - began

    def kill_after(self, delay: float, *args: str) -> bool:
        """Start, kill after ``delay`` s; True when the kill landed before the end."""
        process = self.start(*args)
        try:
            process.wait(timeout=delay)
            return False  # finished first
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            return True


def digest_tree(path: Path) -> str:
    h = hashlib.sha256()
    items = sorted(path.rglob("*")) if path.is_dir() else [path]
    for item in items:
        if item.is_file() and not any(debris_pid(part) is not None for part in item.parts):
            h.update(str(item.relative_to(path if path.is_dir() else path.parent)).encode())
            h.update(item.read_bytes())
    return h.hexdigest()


def count_points(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"{db} is damaged"
        return int(con.execute("SELECT count(*) FROM service_point").fetchone()[0])
    finally:
        con.close()


def debris(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if debris_pid(p.name) is not None]


def bench(runs: int, rng: random.Random, work: Path) -> int:
    runner = Runner(work / "home")
    db = work / "amuddu.gpkg"
    runner.run_to_end("run", "amuddu:create_database", "--", f"OUTPUT={db}", "SAMPLE_DATA=true")
    site, atlas = work / "site", work / "atlas"
    jobs = {
        "import_services": ["run", "amuddu:import_services", "--", f"INPUT={SOURCE}", f"DATABASE={db}",
                            "INSTITUTION=ANAPEC", "MODE=append", f"REPORT={work / 'report.html'}"],
        "export_webmap": ["run", "amuddu:export_webmap", "--", f"DATABASE={db}", f"OUTPUT={site}",
                          "ZIP=true"],
        "export_atlas": ["run", "amuddu:export_atlas", "--", f"DATABASE={db}", f"OUTPUT={atlas}",
                         "REGIONS=06,12"],
        "create_database": ["run", "amuddu:create_database", "--", f"OUTPUT={work / 'new.gpkg'}",
                            "SAMPLE_DATA=true", "OVERWRITE=true"],
    }
    failures = 0
    print(f"{'job':<16} {'runs':>4} {'killed':>6} {'kept':>5} {'new':>4} {'debris':>6}  kill moments (s)")
    for name, args in jobs.items():
        took = runner.run_to_end(*args)
        outputs = {"import_services": db, "export_webmap": site, "export_atlas": atlas,
                   "create_database": work / "new.gpkg"}[name]
        killed = kept = new = 0
        moments = []
        for _ in range(runs):
            before_points = count_points(db)
            before = digest_tree(outputs)
            moment = rng.uniform(0.4 * took, 1.05 * took)  # startup is ~0.5 s of it
            moments.append(f"{moment:.1f}")
            if runner.kill_after(moment, *args):
                killed += 1
            points = count_points(db)
            ok = True
            if name == "import_services":
                ok = points in (before_points, before_points + IMPORTED)
                changed = points != before_points
            else:
                changed = digest_tree(outputs) != before
                ok = points == before_points
                if changed:  # a complete new output, never a part
                    ok = ok and _complete(name, outputs)
            kept += not changed
            new += changed
            if not ok:
                failures += 1
                print(f"  FAILED: {name} killed at {moment:.1f} s left a partial output")
        runner.run_to_end(*args)  # the next run sweeps what the killed ones left
        left = debris(work) + (debris(outputs) if outputs.is_dir() else [])
        if left:
            failures += 1
            print(f"  FAILED: {name}: debris after the next run: {left}")
        print(f"{name:<16} {runs:>4} {killed:>6} {kept:>5} {new:>4} {len(left):>6}  {' '.join(moments)}"
              f"  (full run {took:.1f} s)")
    print(f"checks failed: {failures}")
    return failures


def _complete(job: str, output: Path) -> bool:
    if job == "export_webmap":
        return (output / "index.html").is_file() and (output / ".amuddu-output.json").is_file()
    if job == "export_atlas":
        pdfs = sorted(output.glob("*.pdf"))
        return len(pdfs) == 2 and all(p.read_bytes().rstrip().endswith(b"%%EOF") for p in pdfs)
    if job == "create_database":
        return count_points(output) > 0
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=6, help="kills per job (default 6)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="amuddu-kill-") as tmp:
        failures = bench(args.runs, random.Random(args.seed), Path(tmp))
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
