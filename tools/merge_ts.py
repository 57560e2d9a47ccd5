#!/usr/bin/env python3
"""Resolve a git merge's conflicts in ``i18n/amuddu_<lang>.ts``: the union of both sides.

Branches that add messages each add their translations to the same .ts files, and git
cannot merge them (the files are sorted, so additions of two branches meet). During a merge
with conflicts, run from the repository root once the code conflicts are resolved::

    tools/merge_ts.py            # then `git add i18n/*.ts` and commit the merge

Each .ts file is rebuilt from the merged code (``tools/update_ts.py``), keeping every
finished translation either side has (ours, ``HEAD``, wins where both translated a message
differently), so that only messages neither side translated stay unfinished. Standard
library only.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import update_ts  # noqa: E402

ROOT = update_ts.REPO_ROOT


def side(rev: str, lang: str) -> dict[update_ts.Key, update_ts.Entry]:
    """The messages of ``rev``'s version of the .ts file ({} if it has none)."""
    name = f"{update_ts.I18N_DIR}/{update_ts.TS_NAME.format(lang=lang)}"
    shown = subprocess.run(["git", "show", f"{rev}:{name}"], cwd=ROOT, capture_output=True)
    if shown.returncode != 0:
        return {}
    with tempfile.NamedTemporaryFile(suffix=".ts") as handle:
        handle.write(shown.stdout)
        handle.flush()
        return update_ts.read_ts(Path(handle.name))


def finished(entries: dict[update_ts.Key, update_ts.Entry]) -> dict[update_ts.Key, update_ts.Entry]:
    return {key: e for key, e in entries.items() if e.translation and e.type is None}


def main() -> int:
    theirs_rev = "MERGE_HEAD"
    if subprocess.run(["git", "rev-parse", "-q", "--verify", theirs_rev], cwd=ROOT,
                      capture_output=True).returncode != 0:
        print("merge_ts.py: no merge in progress (MERGE_HEAD)", file=sys.stderr)
        return 2
    catalog, _ = update_ts.extract_messages(ROOT / update_ts.PACKAGE, ROOT)
    for lang in update_ts.LOCALES:
        ours, theirs = side("HEAD", lang), side(theirs_rev, lang)
        known = {**theirs, **ours}
        known.update(finished(theirs))
        known.update(finished(ours))
        merged = update_ts.merge(lang, catalog, known)
        path = update_ts.ts_path(ROOT / update_ts.I18N_DIR, lang)
        path.write_text(update_ts.render_ts(lang, merged, path.parent, ROOT), encoding="utf-8")
        left = sum(1 for e in merged.values() if e.type == update_ts.UNFINISHED)
        print(f"{path.relative_to(ROOT)}: {len(catalog)} messages, {left} unfinished")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
