"""``amuddu:import_hsds``: an HSDS 3.0 package (either form) into the database.

The package is read whole and checked first (:mod:`.read`, :mod:`.read_json`), its
locations mapped to candidate points with their services (:mod:`.import_map`), then the
spreadsheet import's own stages take over: the candidates are matched and planned
(``core/imports/plan.py``: a location by its id first, then by the institution's
identifier or name and town, as a spreadsheet row), and written in one transaction with
an ``import_run`` and a ``change_log`` row for every change (``core/imports/write.py``), so
that ``amuddu:undo_import`` takes it back; the report is the spreadsheet import's. A dry run
opens the database read-only and writes nothing.

A point keeps its HSDS id as its uuid and each service its own. A new point's
``updated_at`` is the ``last_modified`` of its services in the package (none when the
package gives none): the import itself is recorded in the change history.
"""

from __future__ import annotations

import time
import uuid as _uuid
from pathlib import Path
from typing import Any

from ...toolbelt.i18n import tr
from ...toolbelt.log import logger
from ..imports.common import (
    MODES,
    REJECTED,
    WARNING,
    ImportFailed,
    ImportResult,
    Problem,
    Vocabularies,
    current_user,
)
from ..imports.importer import load_places
from ..imports.plan import _load_existing, _plan
from ..imports.write import _write
from ..store.database import (
    Canceled,
    Database,
    StoreError,
    check_cancel,
    now_iso,
    report_info,
    report_progress,
)
from ..store.gpkg import connect
from ..store.transaction import sqlite_transaction
from .import_map import map_package
from .package import Package
from .read import read_package

CTX = "HSDS"

#: What the report's "Columns" table says each HSDS field was imported as.
_COLUMNS = {"location.name": "name_{}", "location.url": "website",
            "location.external_identifier": "external_id", "address.address_1": "address_{}",
            "address.city": "town", "phone.number": "phone", "schedule": "opening_hours",
            "language.code": "languages", "accessibility.details": "wheelchair",
            "attribute (facility_type)": "facility_type", "service.email": "email",
            "service.assured_date": "last_verified_on", "service.status": "operating_status"}


def _columns(package: Package) -> dict[str, str | None]:
    from ..imports.mapping import target

    out: dict[str, str | None] = {}
    for name, key in _COLUMNS.items():
        key = key.format(package.language or "fr")
        try:
            target(key)
        except KeyError:
            continue
        out[name] = key
    return out


def import_hsds(db: Database, source: str | Path, *, mode: str = "upsert", dry_run: bool = False,
                user: str | None = None, feedback: Any = None) -> ImportResult:
    """Import the HSDS package ``source`` (folder, .zip, datapackage.json or JSON file) into
    ``db``; see the module doc. Raises :class:`ImportFailed`, nothing written, when the
    package is not valid HSDS or the import cannot run; ``Canceled`` on a cancellation."""
    if mode not in MODES:
        raise ImportFailed(tr(CTX, "Unknown import mode “%1” (use upsert or append).", mode))
    started = now_iso()
    report_info(feedback, tr(CTX, "Reading %1…", source))
    clock = time.perf_counter()
    package = read_package(source)
    result = ImportResult(source=package.source, database=db.source, mode=mode, dry_run=dry_run,
                          user=user or current_user(), started_at=started, columns=_columns(package),
                          encoding="UTF-8")
    result.timings["read"] = time.perf_counter() - clock
    if package.language is None:
        package.language = "fr"
        result.problems.append(Problem(None, "meta_table_description", "", tr(
            CTX, "the package does not say the language of its text: read as French"), WARNING))
    check_cancel(feedback)
    report_progress(feedback, 10)
    con = connect(db.path, write=False)
    try:
        vocab = Vocabularies.load(con)
    finally:
        con.close()
    gazetteer, territory = load_places(db)
    mapped = map_package(package, vocab, gazetteer, territory)
    result.problems.extend(mapped.problems)
    result.counts.rows = len(package.rows("location"))
    result.institutions = sorted({c.institution for c in mapped.candidates})
    report_progress(feedback, 30)
    _plan_and_write(db, result, mapped.candidates, vocab, gazetteer, feedback)
    result.problems.sort(key=lambda p: (p.row if p.row is not None else 10**9))
    c = result.counts
    report_progress(feedback, 100)
    report_info(feedback, tr(CTX, "%1 locations: %2 added, %3 updated, %4 unchanged, %5 rejected.",
                             c.rows, c.added, c.updated, c.unchanged, c.rejected))
    return result


def _taken_ids(con: Any, candidates: list[Any], result: ImportResult) -> list[Any]:
    """The candidates whose id is a point of another institution are rejected; the services
    whose id is a service of another point are left out (both reported)."""
    points = dict(con.execute("SELECT uuid, institution FROM service_point"))
    services = dict(con.execute("SELECT uuid, service_point_uuid FROM service"))
    kept = []
    for cand in candidates:
        if cand.uuid in points and points[cand.uuid] != cand.institution:
            result.problems.extend(cand.problems)
            result.problems.append(Problem(cand.row, "id", str(cand.uuid), tr(
                CTX, "the point %1 of the database belongs to %2, not %3: not imported", cand.uuid,
                points[cand.uuid], cand.institution), REJECTED))
            continue
        for service in list(cand.services or []):
            owner = services.get(service["uuid"])
            if owner is not None and owner != cand.uuid:
                cand.services.remove(service)
                cand.categories = [s["category"] for s in cand.services]
                cand.problems.append(Problem(cand.row, "service", service["uuid"], tr(
                    CTX, "the service %1 is a service of another point of the database (%2): left out",
                    service["uuid"], owner), WARNING))
        kept.append(cand)
    return kept


def _plan_and_write(db: Database, result: ImportResult, candidates: list[Any], vocab: Vocabularies,
                    gazetteer: Any, feedback: Any) -> None:
    """Match, plan and write in one transaction (rolled back on any error or a cancellation);
    a dry run reads the database read-only and stops before writing."""
    run_uuid: str | None = None
    try:
        with sqlite_transaction(db.path, write=not result.dry_run) as con:
            kept = _taken_ids(con, candidates, result)
            existing = _load_existing(con, result.institutions, services=True)
            plan = _plan(result, kept, existing, vocab, gazetteer, result.mode, result.source, feedback)
            c = result.counts
            c.added, c.updated, c.unchanged = len(plan.inserts), len(plan.updates), len(plan.unchanged)
            c.located_by_town, c.missing = len(result.located_by_town), len(result.missing)
            c.rejected = len({p.row for p in result.problems if p.severity == REJECTED})
            if not result.dry_run:
                run_uuid = str(_uuid.uuid4())
                _write(con, plan, result, run_uuid, feedback)
                check_cancel(feedback)
        result.run_uuid = run_uuid
    except (Canceled, StoreError):
        raise
    except Exception as err:
        logger().exception("HSDS import failed")
        raise ImportFailed(tr(CTX, "The import into %1 failed, nothing was written: %2",
                              db.path, err)) from err
