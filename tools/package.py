#!/usr/bin/env python3
"""Build ``dist/amuddu_plugin.zip``, the plugin as QGIS and its plugin repository want it.

In the repository, ``metadata.txt``, ``LICENSE``, ``resources/``, ``i18n/`` and ``data/`` sit
beside the ``amuddu_plugin/`` package; in the zip they are copied INTO the one top folder
``amuddu_plugin/``, where QGIS looks for them::

    amuddu_plugin/__init__.py ...     every file of the package (no __pycache__, no .pyc)
    amuddu_plugin/metadata.txt
    amuddu_plugin/LICENSE
    amuddu_plugin/resources/...
    amuddu_plugin/i18n/*.qm           compiled translations only (make i18n), not the .ts
    amuddu_plugin/data/amuddu.gpkg    reference database (make data), and the other files
                                      of data/ (its build report credits the sources)

The zip is deterministic: sorted entries, fixed timestamps (SOURCE_DATE_EPOCH if set) and
permissions, so the same inputs give the same bytes.

``check_zip()`` checks a zip against the upload rules of the QGIS plugin repository
(plugins.qgis.org) and this project's own (qgisMinimumVersion, Processing provider).

Usage::

    tools/package.py [--output dist/amuddu_plugin.zip]
    tools/package.py --check dist/amuddu_plugin.zip     # prints problems, exit 1 if any

Standard library only: runs with any Python 3.10+, no QGIS needed.
"""

from __future__ import annotations

import argparse
import configparser
import os
import re
import sys
import time
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from urllib.parse import urlparse

PLUGIN = "amuddu_plugin"
REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO_ROOT / "dist" / f"{PLUGIN}.zip"
DATABASE = "data/amuddu.gpkg"

#: plugins.qgis.org refuses larger uploads (its PLUGIN_MAX_UPLOAD_SIZE).
MAX_ZIP_SIZE = 25_000_000
REQUIRED_QGIS_MINIMUM_VERSION = "3.22"
REQUIRED_METADATA = (
    "name",
    "description",
    "about",
    "version",
    "qgisMinimumVersion",
    "author",
    "email",
    "tracker",
    "repository",
    "homepage",
    "tags",
    "icon",
    "category",
    "changelog",
    "hasProcessingProvider",
)
URL_METADATA = ("tracker", "repository", "homepage")
TOP_FOLDER_PATTERN = re.compile(r"^[a-z_][a-z0-9_]*$")
#: Folder names that must not appear anywhere in the zip.
FORBIDDEN_FOLDERS = frozenset({"__pycache__", ".git", "tests", ".venv", "build", "__MACOSX"})
#: File endings that must not appear in the zip.
FORBIDDEN_SUFFIXES = (".pyc", ".pyo", ".ts")

#: Left out when collecting files: editor, OS and SQLite leftovers.
_TEMP_SUFFIXES = (
    "~",
    ".tmp",
    ".bak",
    ".orig",
    ".rej",
    ".swp",
    ".pyc",
    ".pyo",
    "-wal",
    "-shm",
    "-journal",
)
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry
_FILE_MODE = 0o100644 << 16
_DIR_MODE = (0o040755 << 16) | 0x10  # with the MS-DOS directory flag


class PackageError(Exception):
    """The plugin cannot be packaged; the message tells what to run first."""


def _is_temp(name: str) -> bool:
    return name.startswith(".") or name.endswith(_TEMP_SUFFIXES)


def _walk(folder: Path) -> Iterator[Path]:
    """Files under ``folder``, sorted, without temp files, dot files or forbidden folders."""
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part in FORBIDDEN_FOLDERS or part.startswith(".") for part in relative.parts[:-1]):
            continue
        if path.is_file() and not _is_temp(path.name):
            yield path


def collect_files(root: Path = REPO_ROOT) -> list[tuple[str, Path]]:
    """``(name in the zip, file on disk)`` for every file of the package, sorted by name.

    Raises PackageError listing everything missing (database, compiled translations...).
    """
    root = Path(root)
    problems: list[str] = []
    entries: dict[str, Path] = {}

    def add(arcname: str, path: Path) -> None:
        if arcname in entries:
            problems.append(f"{arcname} would come from both {entries[arcname]} and {path}")
        entries[arcname] = path

    package = root / PLUGIN
    if not (package / "__init__.py").is_file():
        problems.append(f"{package}/__init__.py is missing")
    else:
        for path in _walk(package):
            if path.suffix in FORBIDDEN_SUFFIXES:
                continue
            add(f"{PLUGIN}/{path.relative_to(package).as_posix()}", path)

    for name in ("metadata.txt", "LICENSE"):
        if (root / name).is_file():
            add(f"{PLUGIN}/{name}", root / name)
        else:
            problems.append(f"{name} is missing at the top of the repository")

    resources = root / "resources"
    if resources.is_dir():
        for path in _walk(resources):
            add(f"{PLUGIN}/resources/{path.relative_to(resources).as_posix()}", path)
    else:
        problems.append("resources/ is missing at the top of the repository")

    i18n = root / "i18n"
    sources = sorted(i18n.glob("*.ts"))
    compiled = sorted(i18n.glob("*.qm"))
    for ts in sources:
        qm = ts.with_suffix(".qm")
        if not qm.is_file():
            problems.append(f"i18n/{qm.name} is missing: run `make i18n` (lrelease)")
        elif qm.stat().st_mtime < ts.stat().st_mtime:
            problems.append(f"i18n/{qm.name} is older than i18n/{ts.name}: run `make i18n`")
    if not sources and not compiled:
        problems.append("i18n/ has no translations (.ts or .qm): run `make ts` and `make i18n`")
    for qm in compiled:
        add(f"{PLUGIN}/i18n/{qm.name}", qm)

    # Pure-Python libraries the plugin needs and QGIS lacks (requirements-plugin.txt: segno
    # for the handouts' QR codes), installed into ext_libs/ by `make ext-libs`.
    ext_libs = root / "ext_libs"
    if (root / "requirements-plugin.txt").is_file() and not (ext_libs / ".amuddu-vendored").is_file():
        problems.append("ext_libs/ is missing: run `make ext-libs` (requirements-plugin.txt)")
    if ext_libs.is_dir():
        for path in _walk(ext_libs):
            if path.suffix not in FORBIDDEN_SUFFIXES and path.name != ".amuddu-vendored":
                add(f"{PLUGIN}/ext_libs/{path.relative_to(ext_libs).as_posix()}", path)

    data = root / "data"
    database = root / DATABASE
    if not database.is_file():
        problems.append(f"{DATABASE} is missing: run `make data` (tools/build_data.py)")
    for leftover in ("-wal", "-journal"):
        if Path(f"{database}{leftover}").exists():
            problems.append(
                f"{DATABASE}{leftover} exists: the database is open or was not closed "
                "cleanly; close it (or run `make data` again) before packaging"
            )
    if data.is_dir():
        for path in _walk(data):
            add(f"{PLUGIN}/data/{path.relative_to(data).as_posix()}", path)

    if problems:
        raise PackageError("cannot package the plugin:\n  " + "\n  ".join(problems))
    return sorted(entries.items())


def _zip_date() -> tuple[int, int, int, int, int, int]:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return _ZIP_EPOCH
    stamp = time.gmtime(max(int(epoch), 315532800))  # not before 1980-01-01
    return (
        stamp.tm_year,
        stamp.tm_mon,
        stamp.tm_mday,
        stamp.tm_hour,
        stamp.tm_min,
        stamp.tm_sec - stamp.tm_sec % 2,
    )  # zip times have a 2-second resolution


def build_zip(root: Path = REPO_ROOT, output: Path = DEFAULT_OUTPUT) -> Path:
    """Write the plugin zip to ``output`` (written aside, then moved in place)."""
    files = collect_files(root)
    date = _zip_date()
    folders = {f"{PLUGIN}/"}
    for name, _ in files:
        parts = name.split("/")[:-1]
        folders.update("/".join(parts[:i]) + "/" for i in range(1, len(parts) + 1))
    entries: list[tuple[str, Path | None]] = [(folder, None) for folder in folders]
    entries.extend(files)
    entries.sort(key=lambda entry: entry[0])

    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    with zipfile.ZipFile(partial, "w") as archive:
        for name, path in entries:
            info = zipfile.ZipInfo(name, date_time=date)
            info.create_system = 3  # Unix, so that the modes below are read
            if path is None:
                info.external_attr = _DIR_MODE
                archive.writestr(info, b"")
            else:
                info.external_attr = _FILE_MODE
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, path.read_bytes(), compresslevel=9)
    partial.replace(output)
    return output


class _CaseSensitiveParser(configparser.ConfigParser):
    """QGIS reads metadata.txt with configparser; its keys (qgisMinimumVersion) keep case."""

    def optionxform(self, optionstr: str) -> str:
        return optionstr


def _read_metadata(text: str) -> tuple[dict[str, str], str | None]:
    """The [general] section of a metadata.txt, parsed as QGIS does; or an error."""
    parser = _CaseSensitiveParser()
    try:
        parser.read_string(text)
        if not parser.has_section("general"):
            return {}, "metadata.txt has no [general] section"
        return dict(parser.items("general")), None
    except configparser.Error as error:
        return {}, f"metadata.txt cannot be read: {error}"


def _check_metadata(top: str, names: set[str], metadata: dict[str, str]) -> list[str]:
    problems = []
    missing = [key for key in REQUIRED_METADATA if not metadata.get(key, "").strip()]
    if missing:
        problems.append(f"metadata.txt lacks required keys: {', '.join(missing)}")
    provider = metadata.get("hasProcessingProvider")
    if provider is not None and provider.strip().lower() != "yes":
        problems.append(f"metadata.txt: hasProcessingProvider is {provider!r}, expected 'yes'")
    minimum = metadata.get("qgisMinimumVersion")
    if minimum is not None and minimum.strip() != REQUIRED_QGIS_MINIMUM_VERSION:
        problems.append(
            f"metadata.txt: qgisMinimumVersion is {minimum!r}, "
            f"expected {REQUIRED_QGIS_MINIMUM_VERSION!r}"
        )
    version = metadata.get("version", "").strip()
    if version and not re.match(r"^\d+\.\d+(\.\d+)?([.-]?[a-z]+\d*)?$", version):
        problems.append(f"metadata.txt: version {version!r} is not like 1.2.3")
    if "/" in metadata.get("author", ""):
        problems.append("metadata.txt: author cannot contain a slash")
    for key in URL_METADATA:
        value = metadata.get(key, "").strip()
        if value:
            url = urlparse(value)
            if url.scheme not in ("http", "https") or not url.netloc:
                problems.append(f"metadata.txt: {key} is not a web address: {value!r}")
    icon = metadata.get("icon", "").strip()
    if icon:
        icon_name = f"{top}/{icon.removeprefix('./')}"
        if icon_name not in names:
            problems.append(f"the icon named in metadata.txt is not in the zip: {icon_name}")
    return problems


def check_zip(path: Path | str, max_size: int = MAX_ZIP_SIZE) -> list[str]:
    """Problems of a plugin zip against the QGIS plugin repository's upload rules.

    An empty list means the zip would be accepted (as far as can be told offline: the
    repository also checks that the web addresses answer).
    """
    path = Path(path)
    problems: list[str] = []
    if not path.is_file():
        return [f"{path} does not exist"]
    size = path.stat().st_size
    if size >= max_size:
        problems.append(f"the zip is {size:,} bytes; the plugin repository takes < {max_size:,}")
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as error:
        return [*problems, f"not a zip file: {error}"]

    with archive:
        names = archive.namelist()
        if not names:
            return [*problems, "the zip is empty"]
        bad = archive.testzip()
        if bad is not None:
            problems.append(f"corrupt entry (CRC error): {bad}")

        for name in names:
            parts = name.rstrip("/").split("/")
            if name.startswith("/") or "\\" in name or ".." in name:
                problems.append(f"unsafe path in the zip: {name}")
            folders = parts if name.endswith("/") else parts[:-1]
            for folder in sorted(FORBIDDEN_FOLDERS.intersection(folders)):
                problems.append(f"forbidden folder {folder!r} in the zip: {name}")
            if not name.endswith("/") and name.endswith(FORBIDDEN_SUFFIXES):
                problems.append(f"forbidden file type in the zip: {name}")

        tops = sorted({name.split("/", 1)[0] for name in names})
        loose = [name for name in names if "/" not in name]
        if loose:
            problems.append(f"files outside the top folder: {', '.join(loose)}")
        if len(tops) != 1:
            problems.append(f"expected exactly one top folder, found: {', '.join(tops)}")
        top = names[0].split("/", 1)[0]  # what plugins.qgis.org takes as the package name
        if not TOP_FOLDER_PATTERN.match(top):
            problems.append(
                f"top folder {top!r} is not a valid Python package name "
                f"({TOP_FOLDER_PATTERN.pattern})"
            )

        present = set(names)
        if f"{top}/__init__.py" not in present:
            problems.append(f"{top}/__init__.py is missing")
        if f"{top}/LICENSE" not in present:
            problems.append(f"{top}/LICENSE is missing (a file named exactly LICENSE)")
        metadata_name = f"{top}/metadata.txt"
        if metadata_name not in present:
            problems.append(f"{metadata_name} is missing")
        else:
            try:
                text = archive.read(metadata_name).decode("utf-8")
            except UnicodeDecodeError:
                problems.append("metadata.txt is not UTF-8")
            else:
                metadata, unreadable = _read_metadata(text)
                if unreadable:
                    problems.append(unreadable)
                else:
                    problems.extend(_check_metadata(top, present, metadata))
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--output",
        type=Path,
        default=DEFAULT_OUTPUT,
        help="zip to write (default: dist/amuddu_plugin.zip)",
    )
    parser.add_argument(
        "--root", type=Path, default=REPO_ROOT, help="repository to package (default: this one)"
    )
    parser.add_argument(
        "--check",
        type=Path,
        metavar="ZIP",
        help="only check ZIP against the plugin repository's rules",
    )
    args = parser.parse_args(argv)

    if args.check is not None:
        problems = check_zip(args.check)
        for problem in problems:
            print(f"{args.check}: {problem}")
        if problems:
            print(f"{len(problems)} problem(s) found", file=sys.stderr)
            return 1
        print(f"{args.check}: ok for the QGIS plugin repository")
        return 0

    try:
        output = build_zip(args.root, args.output)
    except PackageError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    with zipfile.ZipFile(output) as archive:
        count = sum(1 for name in archive.namelist() if not name.endswith("/"))
    print(f"{output}: {count} files, {output.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
