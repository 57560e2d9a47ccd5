"""One rule for every file and folder the plugin writes: nothing the user owns is lost.

- :func:`check_output` refuses, before anything is written, an output that resolves to an
  input of the same run (the database, the file being imported, a mapping...), a folder
  that holds one of them, or an existing file or folder that the plugin did not write.
  The plugin recognises its own outputs by a marker: for a file, its entry (name, size,
  SHA-256) in the hidden ``.amuddu-outputs.json`` beside it; for a folder, the hidden
  ``.amuddu-output.json`` inside it that lists the files it wrote there.
- :func:`atomic_file` and :func:`atomic_folder` write into a temporary file or folder
  beside the target, flush it to disk and rename it into place only when complete: a
  failure (full disk, cancellation, crash) leaves the previous output as it was.
- :func:`sweep` removes the temporary files and folders that killed runs left behind:
  only names the plugin makes, and only when the process that made them is gone.
- :func:`spreadsheet_safe` neutralises text that a spreadsheet would run as a formula.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from .errors import OutputRefused
from .i18n import tr

CTX = "Outputs"
GENERATOR = "Amuddu"
MANIFEST = ".amuddu-outputs.json"
FOLDER_MARKER = ".amuddu-output.json"
TMP_TAG = ".amuddu-tmp-"
OLD_TAG = ".amuddu-old-"
#: Debris is removed when its process is gone or, where that cannot be known, after a day.
DEBRIS_AGE_S = 86400
#: Temporary names of this version and of the earlier ones (web map ``.tmp-``/``.old-``
#: folders, ``.tmp.gpkg`` databases, atlas staging folders), each with the id of the
#: process that made it.
_DEBRIS = (
    re.compile(rf"^\..*(?:{re.escape(TMP_TAG)}|{re.escape(OLD_TAG)})(\d+)-[0-9a-f]{{8}}"),
    re.compile(r"^\..*\.(?:tmp|old)-(\d+)-[0-9a-f]{8}$"),
    re.compile(r"^\..*\.(\d+)\.[0-9a-f]{8}\.tmp\.gpkg(?:-wal|-shm|-journal)?$"),
    re.compile(r"^\.amuddu-atlas-(\d+)-\w+$"),  # the atlas's staging folder
)
#: The first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV
#: injection"); such a cell is written with a leading apostrophe.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """``value`` as a CSV cell that no spreadsheet runs as a formula (texts only)."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def _key(path: str | os.PathLike[str]) -> Path:
    return Path(path).expanduser().resolve()


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a == b


def _tag() -> str:
    return f"{os.getpid()}-{uuid.uuid4().hex[:8]}"


def check_output(target: str | os.PathLike[str], *, protected: Iterable[Any] = (),
                 folder: bool = False, legacy: Callable[[Path], bool] | None = None) -> Path:
    """The resolved ``target``, or :class:`OutputRefused` when writing it would destroy
    something: see the module doc. ``protected`` are the inputs of the run (paths; empty
    values are ignored); ``legacy`` recognises an output of an earlier version, which wrote
    no marker."""
    text = str(target).strip() if target is not None else ""
    if not text:
        raise OutputRefused(tr(CTX, "No output was given."))
    out = _key(text)
    for item in protected:
        if not item or not str(item).strip():
            continue
        source = _key(str(item))
        if _same(out, source) or (folder and out in source.parents):
            raise OutputRefused(tr(CTX, "The output %1 would overwrite %2, an input of this run: "
                                        "choose another name for the output.", out, source))
    if not out.parent.is_dir():
        raise OutputRefused(tr(CTX, "The folder %1 does not exist.", out.parent))
    if not (out.exists() or out.is_symlink()):
        return out
    if folder:
        if not out.is_dir():
            raise OutputRefused(tr(CTX, "%1 is a file: this output is a folder.", out))
        foreign = foreign_files(out, legacy=legacy)
        if foreign:
            raise OutputRefused(_foreign_message(out, foreign))
    elif out.is_dir():
        raise OutputRefused(tr(CTX, "%1 is a folder: this output is a file.", out))
    elif not is_ours(out) and not (legacy is not None and legacy(out)):
        raise OutputRefused(tr(CTX, "%1 exists and was not written by Amuddu: choose another name, "
                                    "or move the file away first.", out))
    return out


def _foreign_message(folder: Path, foreign: list[str]) -> str:
    tops = sorted({name.split("/", 1)[0] for name in foreign})  # a folder stands for its files
    shown = ", ".join(tops[:5]) + (" …" if len(tops) > 5 else "")
    return tr(CTX, "The folder %1 holds files that Amuddu did not write (%2): choose an empty "
                   "folder, or move them away first.", folder, shown)


# -- markers ---------------------------------------------------------------------------

def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def is_ours(path: str | os.PathLike[str]) -> bool:
    """Whether the file ``path`` is, unchanged, an output the plugin wrote."""
    p = _key(path)
    entry = _read_json(p.parent / MANIFEST).get("files", {}).get(p.name)
    if not isinstance(entry, dict) or not p.is_file():
        return False
    try:
        return entry.get("size") == p.stat().st_size and entry.get("sha256") == _digest(p)
    except OSError:
        return False


def _record(paths: Iterable[Path]) -> None:
    """Add ``paths`` (files of one folder, just written) to that folder's manifest."""
    paths = list(paths)
    if not paths:
        return
    manifest = paths[0].parent / MANIFEST
    data = _read_json(manifest)
    found = data.get("files")
    files: dict[str, Any] = found if isinstance(found, dict) else {}
    for p in paths:
        files[p.name] = {"size": p.stat().st_size, "sha256": _digest(p)}
    text = json.dumps({"generator": GENERATOR, "files": files}, ensure_ascii=False, indent=1,
                      sort_keys=True)
    tmp = manifest.with_name(f"{MANIFEST}{TMP_TAG}{_tag()}")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, manifest)
    finally:
        with suppress(OSError):
            tmp.unlink()


def _files_below(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")
            if p.is_file() or p.is_symlink()}


def foreign_files(folder: Path, *, new_files: set[str] | None = None,
                  legacy: Callable[[Path], bool] | None = None) -> list[str]:
    """Files of ``folder`` that the plugin did not write there (sorted)."""
    present = _files_below(folder) - {FOLDER_MARKER}
    marker = _read_json(folder / FOLDER_MARKER)
    if isinstance(marker.get("files"), list):
        return sorted(present - set(marker["files"]))
    if legacy is not None and legacy(folder):
        # An export of an earlier version, which wrote no marker: what the new export
        # writes again is the plugin's; anything else is not.
        return sorted(present - new_files) if new_files is not None else []
    return sorted(present)


# -- atomic writers ---------------------------------------------------------------------

def _fsync(path: Path) -> None:
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) if path.is_dir() else os.O_RDONLY
    try:
        fd = os.open(path, flags)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as err:
        if not path.is_dir():  # some file systems cannot sync a directory: harmless
            raise err
    finally:
        os.close(fd)


def temporary_name(target: Path) -> Path:
    """A temporary path beside ``target`` keeping its extension (drivers choose by it)."""
    return target.with_name(f".{target.stem}{TMP_TAG}{_tag()}{target.suffix}")


def _companions(tmp: Path) -> list[Path]:
    """Files a writer made beside ``tmp`` with the same stem (a shapefile's .dbf, .shx...)."""
    return [p for p in tmp.parent.glob(f"{glob_escape(tmp.stem)}.*") if p != tmp]


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def commit(moves: Iterable[tuple[Path, Path]]) -> None:
    """Flush each finished temporary file, rename it onto its target (same folder), and
    mark the targets as the plugin's."""
    moves = list(moves)
    for source, _ in moves:
        _fsync(source)
    for source, dest in moves:
        os.replace(source, dest)
    for folder in {dest.parent for _, dest in moves}:
        _fsync(folder)
        _record([dest for _, dest in moves if dest.parent == folder])


def looks_complete(path: Path) -> str | None:
    """None when ``path`` is a whole PDF or PNG file (by its first and last bytes), else
    the reason: what a writer leaves on a full disk (empty, or cut short)."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(8)
            fh.seek(max(0, size - 1024))
            tail = fh.read()
    except OSError as err:
        return str(err.strerror or err)
    suffix = path.suffix.lower()
    whole = (suffix == ".pdf" and head.startswith(b"%PDF") and b"%%EOF" in tail) or \
        (suffix == ".png" and head == b"\x89PNG\r\n\x1a\n" and b"IEND" in tail[-16:]) or \
        (suffix not in (".pdf", ".png") and size > 0)
    return None if whole else tr(CTX, "%1 is incomplete (%2 bytes): the disk may be full.", path.name,
                                 size)


@contextmanager
def atomic_file(target: str | os.PathLike[str], *,
                validate: Callable[[Path], str | None] | None = None) -> Iterator[Path]:
    """Yield a temporary path to write ``target`` into; on success it is flushed, checked
    (``validate`` returns an error text, or None) and renamed into place, then marked as
    the plugin's. On any failure the temporary file goes and the previous output stays."""
    out = _key(target)
    sweep(out.parent)
    tmp = temporary_name(out)
    try:
        yield tmp
        if not tmp.is_file():
            raise OSError(tr(CTX, "%1 was not written.", out))
        problem = validate(tmp) if validate is not None else None
        if problem:
            raise OSError(problem)
        moves = [(p, out.with_name(out.stem + p.name[len(tmp.stem):])) for p in _companions(tmp)]
        commit([*moves, (tmp, out)])
    finally:
        for leftover in [tmp, *_companions(tmp)]:
            with suppress(OSError):
                leftover.unlink()


def write_text(target: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``target`` atomically (see :func:`atomic_file`)."""
    out = _key(target)
    with atomic_file(out) as tmp:
        with open(tmp, "w", encoding=encoding, newline="") as fh:
            fh.write(text)
            fh.flush()
    return out


@contextmanager
def atomic_folder(target: str | os.PathLike[str], *,
                  legacy: Callable[[Path], bool] | None = None) -> Iterator[Path]:
    """Yield a temporary folder to write the folder ``target`` into; on success it gets
    its marker, is flushed and swapped in for the previous output (refused, with nothing
    changed, if that holds files the plugin did not write)."""
    out = _key(target)
    sweep(out.parent)
    tmp = out.with_name(f".{out.name}{TMP_TAG}{_tag()}")
    old = out.with_name(f".{out.name}{OLD_TAG}{_tag()}")
    tmp.mkdir()
    try:
        yield tmp
        files = sorted(_files_below(tmp) - {FOLDER_MARKER})
        (tmp / FOLDER_MARKER).write_text(
            json.dumps({"generator": GENERATOR, "files": files}, ensure_ascii=False, indent=0),
            encoding="utf-8")
        for name in [*files, FOLDER_MARKER]:
            _fsync(tmp / name)
        _fsync(tmp)
        if out.exists():
            foreign = foreign_files(out, new_files=set(files), legacy=legacy)
            if foreign:
                raise OutputRefused(_foreign_message(out, foreign))
            os.replace(out, old)
            try:
                os.replace(tmp, out)
            except OSError:
                os.replace(old, out)
                raise
        else:
            os.replace(tmp, out)
        _fsync(out.parent)
    finally:
        for leftover in (tmp, old):
            if leftover.exists():
                shutil.rmtree(leftover, ignore_errors=True)


# -- debris -----------------------------------------------------------------------------

def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True
    try:
        os.kill(pid, 0)  # signal 0 asks, sends nothing
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def debris_pid(name: str) -> int | None:
    """The process id in a temporary name the plugin makes, or None for any other name."""
    for pattern in _DEBRIS:
        match = pattern.match(name)
        if match:
            return int(match.group(1))
    return None


def sweep(folder: str | os.PathLike[str]) -> list[Path]:
    """Remove the plugin's temporary files and folders in ``folder`` whose process is
    gone (or that are a day old); returns what was removed."""
    removed: list[Path] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for entry in entries:
        pid = debris_pid(entry.name)
        if pid is None or pid == os.getpid():
            continue
        try:
            age = time.time() - entry.lstat().st_mtime
        except OSError:
            continue
        if _alive(pid) and age < DEBRIS_AGE_S:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            with suppress(OSError):
                entry.unlink()
        removed.append(entry)
    return removed
