"""Creating an Amuddu GeoPackage: an empty schema with the vocabularies seeded, or a copy of
the bundled reference database, built in a temporary file beside the target and renamed into
place only when complete (:func:`create_database`)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ...definitions import vocabularies
from ...definitions.model import SCHEMA_VERSION, table
from ...toolbelt.i18n import tr
from ...toolbelt.outputs import sweep, temporary_name
from ...toolbelt.progress import Progress
from . import schema
from .database import META_TABLE, Database, _lit, inspect_geopackage, now_iso
from .errors import Canceled, StoreError
from .gpkg import add_spatial_indexes

CTX = "Store"

def _temp_beside(target: Path) -> Path:
    sweep(target.parent)  # what killed runs left
    return temporary_name(target)


def _check_target(target: Path, overwrite: bool) -> None:
    if target.suffix.lower() != ".gpkg":
        raise StoreError(tr(CTX, "The new database must be a .gpkg file: %1", target))
    if not target.parent.is_dir():
        raise StoreError(tr(CTX, "The folder %1 does not exist.", target.parent))
    if target.exists() and not overwrite:
        raise StoreError(
            tr(CTX, "%1 already exists. Choose another name, or allow overwriting.", target)
        )


def _empty_geopackage(path: Path) -> None:
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    try:
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    except RuntimeError as err:
        raise StoreError(tr(CTX, "Cannot write %1: %2", path, err)) from err
    if ds is None:
        raise StoreError(tr(CTX, "Cannot write %1.", path))
    ds = None  # noqa: F841


def _seed_statements() -> list[str]:
    out = []
    for name, rows in vocabularies.SEED.items():
        t = table(name)
        for row in rows:
            cols = [c for c in t.field_names if c in row]
            values = ", ".join("NULL" if row[c] is None else _sql_value(row[c]) for c in cols)
            out.append(
                f"INSERT INTO {schema.quote(name)} ({', '.join(schema.quote(c) for c in cols)}) "
                f"VALUES ({values})"
            )
    return out


def _sql_value(value: Any) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (int, float)):
        return repr(value)
    return _lit(str(value))


def _write_schema(path: Path, *, spatial_index: bool = True, triggers: bool = True) -> None:
    """Tables, vocabulary seeds and metadata in an empty GeoPackage, in one transaction (and
    the spatial indexes and format triggers, unless the caller adds them after filling the
    tables with rows already checked: a copy)."""
    con = sqlite3.connect(str(path))
    try:
        with con:
            for sql in schema.gpkg_ddl(triggers=triggers):
                con.execute(sql)
            for sql in _seed_statements():
                con.execute(sql)
            con.executemany(
                f"INSERT INTO {META_TABLE} (key, value) VALUES (?, ?)",
                [("schema_version", str(SCHEMA_VERSION)), ("created_at", now_iso())],
            )
    finally:
        con.close()
    if spatial_index:
        add_spatial_indexes(path)



def _drop_migration_backups(tmp: Path) -> None:
    from .migrations import backup_path

    for version in range(SCHEMA_VERSION):
        backup_path(tmp, version).unlink(missing_ok=True)


def create_database(
    path: str | os.PathLike[str],
    feedback: Any = None,
    *,
    reference: str | os.PathLike[str] | None = None,
    sample_data: bool = False,
    overwrite: bool = False,
    prepare: Callable[[Database, Path], None] | None = None,
) -> Database:
    """Create an Amuddu GeoPackage at ``path`` and return it.

    This is the store's part; :func:`amuddu_plugin.core.setup.create_database` adds the
    default forms and styles through ``prepare`` (called on the finished temporary database
    with the final path, before it is renamed into place).

    - ``reference=None``: an empty schema with the vocabularies seeded (what ``make data``
      fills with reference layers).
    - ``reference=<bundled GeoPackage>``: a copy of that database (reference layers and
      vocabularies), with its illustrative sample service points kept only when
      ``sample_data`` is true.

    The database is built in a temporary file beside ``path`` and renamed into place when
    complete: a failure or a cancellation leaves ``path`` as it was (absent, or the previous
    file when ``overwrite`` is true).
    """
    target = Path(path).expanduser().resolve()
    _check_target(target, overwrite)
    steps = Progress(feedback, cancelled=tr(CTX, "Cancelled: nothing was written."), error=Canceled)
    tmp = _temp_beside(target)
    try:
        steps.check_cancel()
        _fill(tmp, target, reference, steps)
        steps.progress(30)
        steps.check_cancel()
        _finish(Database.open(tmp, feedback=feedback), target, reference is not None and not sample_data,
                prepare, steps)
        steps.progress(90)
        steps.check_cancel()
        os.replace(tmp, target)
    except OSError as err:
        raise StoreError(tr(CTX, "Cannot write %1: %2", target, err.strerror or err)) from err
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
            if leftover.exists():
                leftover.unlink()
    steps.progress(100)
    steps.info(tr(CTX, "Database written: %1", target))
    return Database(target)


def _fill(tmp: Path, target: Path, reference: str | os.PathLike[str] | None, steps: Progress) -> None:
    """The new database's first content: the model's schema, or a copy of ``reference``."""
    if reference is None:
        steps.info(tr(CTX, "Creating the tables of the Amuddu model…"))
        _empty_geopackage(tmp)
        _write_schema(tmp)
        return
    ref = Path(reference)
    inspect_geopackage(ref)
    steps.info(tr(CTX, "Copying the reference data from %1…", ref))
    try:
        shutil.copyfile(ref, tmp)
    except OSError as err:
        raise StoreError(tr(CTX, "Cannot write %1: %2", target, err.strerror)) from err


def _finish(db: Database, target: Path, drop_samples: bool,
            prepare: Callable[[Database, Path], None] | None, steps: Progress) -> None:
    """Migrated, sample points dropped if asked, prepared (forms and styles), compacted."""
    _drop_migration_backups(db.path)  # the copy of a bundled file is not the user's data
    if drop_samples:
        removed = db.delete_sample_data()
        steps.info(tr(CTX, "Removed %1 sample service points.", removed))
    steps.progress(60)
    steps.check_cancel()
    if prepare is not None:  # e.g. the default forms and styles (core/setup.py)
        prepare(db, target)
    db.set_meta("created_at", now_iso())
    db.vacuum()
