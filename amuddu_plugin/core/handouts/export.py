"""Printed handouts for migrants: one PDF per town (``oujda-fr-ar.pdf``) listing the
nearest published, non-closed services, and one PDF of all of them.

Every parameter is checked before anything is drawn. The PDFs are drawn in a hidden
staging folder beside their targets and renamed into place only when all are done; a file
already in the folder is replaced only when a previous export of the handouts wrote it
(listed in the folder's ``.amuddu-handouts``), never anything else.
"""

from __future__ import annotations

import datetime as _dt
import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qgis.core import QgsLayoutExporter, QgsPrintLayout, QgsReadWriteContext
from qgis.PyQt.QtGui import QFont, QFontDatabase
from qgis.PyQt.QtXml import QDomDocument

from ...definitions.handouts import (
    COMBINED_PATTERN,
    DEFAULT_LANGUAGES,
    DEFAULT_PAPER,
    DEFAULT_RADIUS_KM,
    FILE_PATTERN,
    FONT_ARABIC,
    FONT_LATIN,
    LANGUAGE_PAIRS,
    MAX_RADIUS_KM,
    PAPERS,
)
from ...toolbelt.i18n import tr
from ...toolbelt.log import logger
from ...toolbelt.outputs import check_output, commit, looks_complete, sweep, temporary_name
from ...toolbelt.progress import progress_of
from ..atlas.export import _CombinedPdf, _pdf_settings
from ..atlas.layout import missing_fonts, pair_print_fonts
from ..store.database import SAMPLE_SOURCE, Database
from . import select
from .page import PageFacts, fill_page
from .select import HandoutError
from .template import REQUIRED_ITEMS, template_path
from .town_map import background_layers

CTX = "Handouts"
class HandoutCanceled(HandoutError):
    pass


@dataclass
class Handout:
    town: select.Town
    services: int
    pages: int
    file: Path


@dataclass
class HandoutResult:
    folder: Path
    handouts: list[Handout] = field(default_factory=list)
    combined: Path | None = None

    @property
    def files(self) -> list[Path]:
        return [h.file for h in self.handouts] + ([self.combined] if self.combined else [])


@dataclass(frozen=True)
class HandoutOptions:
    towns: str | Sequence[str] | None = None
    languages: str = DEFAULT_LANGUAGES
    paper: str = DEFAULT_PAPER
    radius_km: float = DEFAULT_RADIUS_KM
    webmap_url: str = ""
    institutions: str | Sequence[str] | None = None
    categories: str | Sequence[str] | None = None
    template: str | None = None
    combined: bool = True


def check_languages(value: str) -> tuple[str, str]:
    key = (value or DEFAULT_LANGUAGES).strip().lower().replace(" ", "").replace(",", "+")
    if key not in LANGUAGE_PAIRS:
        raise HandoutError(tr(CTX, "Unknown language pair \"%1\" (LANGUAGES): use one of %2.",
                              value, ", ".join(LANGUAGE_PAIRS)))
    return LANGUAGE_PAIRS[key]


def check_url(value: str) -> str:
    url = (value or "").strip()
    if not url.lower().startswith(("https://", "http://")) or " " in url:
        raise HandoutError(tr(CTX, "The web map address (WEBMAP_URL) must be where the public map "
                                   "is published, starting with https:// or http://: \"%1\".", value))
    return url


def check_options(options: HandoutOptions) -> None:
    check_languages(options.languages)
    check_url(options.webmap_url)
    if options.paper not in PAPERS:
        raise HandoutError(tr(CTX, "Unknown paper size \"%1\" (PAPER): use %2.", options.paper,
                              " or ".join(PAPERS)))
    if not 0 < options.radius_km <= MAX_RADIUS_KM:
        raise HandoutError(tr(CTX, "The radius (RADIUS_KM) must be above 0 and at most %1 km: %2.",
                              MAX_RADIUS_KM, options.radius_km))


def load_template(path: Path) -> QgsPrintLayout:
    from qgis.core import QgsProject

    if not path.is_file():
        raise HandoutError(tr(CTX, "The layout template %1 does not exist.", path))
    doc = QDomDocument()
    if not doc.setContent(path.read_text(encoding="utf-8")):
        raise HandoutError(tr(CTX, "The layout template %1 cannot be read.", path))
    layout = QgsPrintLayout(QgsProject.instance())
    layout.loadFromTemplate(doc, QgsReadWriteContext())
    missing = [item for item in REQUIRED_ITEMS if layout.itemById(item) is None]
    if missing:
        raise HandoutError(tr(CTX, "The layout template %1 lacks the item(s) %2.", path,
                              ", ".join(missing)))
    return layout


def _prepare_folder(output: str | os.PathLike[str], names: Sequence[str],
                    db: Database) -> tuple[Path, Path]:
    """The output folder and a staging folder inside it, after the output rule
    (toolbelt/outputs.py) has refused, before anything is drawn, a target that is the
    database or a file that Amuddu did not write."""
    text = str(output).strip()
    if not text:
        raise HandoutError(tr(CTX, "No output folder was given."))
    folder = Path(text).expanduser().resolve()
    if folder.exists() and not folder.is_dir():
        raise HandoutError(tr(CTX, "%1 is a file, not a folder.", folder))
    if folder.is_dir():
        for name in names:
            check_output(folder / name, protected=[db.path])
    try:
        folder.mkdir(parents=True, exist_ok=True)
        sweep(folder)  # staging folders and temporary files of runs that died
        staging = temporary_name(folder / "handouts")
        staging.mkdir()
    except OSError as err:
        raise HandoutError(tr(CTX, "Cannot write to the folder %1: %2", folder,
                              err.strerror or err)) from err
    return folder, staging


def _commit(folder: Path, staging: Path, names: Sequence[str]) -> None:
    """Check that every staged PDF is whole, then rename them into place (marked as
    Amuddu's outputs)."""
    for name in names:
        problem = looks_complete(staging / name)
        if problem:
            raise HandoutError(problem)
    commit((staging / name, folder / name) for name in names)


def _check_cancel(feedback: Any) -> None:
    progress_of(feedback, cancelled=tr(CTX, "Cancelled: no handout was written."),
                error=HandoutCanceled).check_cancel()


def _selection(db: Database, options: HandoutOptions) -> list[tuple[select.Town, list[select.Group]]]:
    known = select.institutions(db)
    institutions = select.check_codes(options.institutions, known, "INSTITUTIONS")
    categories = select.check_codes(
        options.categories, [r[0] for r in db.query("SELECT code FROM service_category")],
        "CATEGORIES")
    services = select.printable_services(db, institutions, categories)
    every = select.all_towns(db)
    asked = select.resolve_towns(every, options.towns)
    out = []
    for town in asked or every:
        near = select.nearby(town, services, options.radius_km)
        if near or asked:
            out.append((town, select.grouped(near, known)))
    if not out:
        raise HandoutError(tr(CTX, "No town has a published service within %1 km.",
                              options.radius_km))
    return out


def export_handouts(db: Database, output: str | os.PathLike[str],
                    options: HandoutOptions, feedback: Any = None) -> HandoutResult:
    """Write the handouts of ``options`` into the folder ``output``."""
    check_options(options)
    first, second = check_languages(options.languages)
    template = Path(options.template) if options.template else template_path(options.paper)
    load_template(template)  # refused before anything is drawn
    chosen = _selection(db, options)
    families = set(QFontDatabase().families())
    for family in [*missing_fonts(), *({FONT_ARABIC, FONT_LATIN} - families)]:
        logger().warning("font %s is missing (fonts-noto-core): Arabic may not print well", family)
    pair_print_fonts()
    if FONT_LATIN not in QFont.substitutes(FONT_ARABIC):  # punctuation Naskh lacks
        QFont.insertSubstitution(FONT_ARABIC, FONT_LATIN)
    names = [FILE_PATTERN.format(town=t.slug, first=first, second=second) for t, _ in chosen]
    combined_name = COMBINED_PATTERN.format(first=first, second=second)
    folder, staging = _prepare_folder(
        output, names + ([combined_name] if options.combined else []), db)
    facts = PageFacts(
        (first, second), options.radius_km, check_url(options.webmap_url),
        _dt.date.today().strftime("%d/%m/%Y"), db.meta("data_version") or "",
        db.count("service_point", f"source = '{SAMPLE_SOURCE}'") > 0, options.paper)
    result = HandoutResult(folder)
    try:
        layers = background_layers(db)
        combined = _CombinedPdf(staging / combined_name, "Amuddu") if options.combined else None
        for index, ((town, groups), name) in enumerate(zip(chosen, names)):
            _check_cancel(feedback)
            layout = load_template(template)
            made = fill_page(layout, town, groups, facts, layers, staging / f".qr-{index}.svg")
            exporter = QgsLayoutExporter(layout)
            status = exporter.exportToPdf(str(staging / name), _pdf_settings())
            if status != QgsLayoutExporter.Success:
                raise HandoutError(tr(CTX, "Cannot write %1: %2", name, exporter.errorMessage()))
            if combined is not None:
                combined.add(layout, exporter)
            result.handouts.append(Handout(town, sum(len(g.services) for g in groups),
                                           layout.pageCollection().pageCount(), folder / name))
            layers.project.removeMapLayers([layer.id() for layer in made])
            if feedback is not None:
                feedback.setProgress(100.0 * (index + 1) / len(chosen))
        if combined is not None:
            combined.close()
            names.append(combined_name)
            result.combined = folder / combined_name
        _check_cancel(feedback)
        _commit(folder, staging, names)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return result
