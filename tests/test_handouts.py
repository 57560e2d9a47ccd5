"""The printed handouts (amuddu:export_handouts) on the real QGIS, headless: which services a
town's page lists (against a haversine computed here, from the points as OGR reads them),
in which order and with which distances; the two languages; the QR code read back with
zbarimg (zbar-tools) and opened in the web map; the files and their safety; the errors."""

from __future__ import annotations

import math
import re
import struct
import subprocess
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MM_TO_PT = 72 / 25.4
BASE_URL = "https://amuddu.example.org/carte/"
TOWN = "oujda"
RADIUS = 25.0
EARTH_KM = 6371.0  # the mean Earth radius (restated: the oracle does not import the plugin's)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    a = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * EARTH_KM * math.asin(math.sqrt(a))


def gpkg_point(lon: float, lat: float) -> str:
    """A GeoPackage point blob as an SQL literal (little-endian, no envelope, EPSG:4326)."""
    blob = b"GP\x00\x01" + struct.pack("<i", 4326) + struct.pack("<BIdd", 1, 1, lon, lat)
    return "X'" + blob.hex() + "'"


def run_tool(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=120).stdout


def normalised(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(path: Path, crop_mm: tuple[float, float, float, float] | None = None) -> str:
    """pdftotext of every page, or of the ``crop_mm`` part (x, y, w, h) of each page."""
    pages = int(re.search(r"^Pages:\s+(\d+)", run_tool("pdfinfo", str(path)), re.M).group(1))
    out = []
    for page in range(1, pages + 1):
        args = ["pdftotext", "-f", str(page), "-l", str(page)]
        if crop_mm is not None:
            x, y, w, h = (round(v * MM_TO_PT) for v in crop_mm)
            args += ["-r", "72", "-x", str(x), "-y", str(y), "-W", str(w), "-H", str(h)]
        out.append(run_tool(*args, str(path), "-"))
    return normalised("\n".join(out))


# --------------------------------------------------------------------------------------------
# The test database and its oracle
# --------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def handout_db(qgis_app, bundled_gpkg, tmp_path_factory):
    """The sample data, with around Oujda: one point closed, one a draft, one moved 24.9 km
    south (listed) and one 25.1 km south (not listed), and a phone number on one."""
    from amuddu_plugin.core.setup import create_database

    db = create_database(tmp_path_factory.mktemp("handouts") / "h.gpkg", reference=bundled_gpkg,
                         sample_data=True)
    (lon, lat), = [(r[0], r[1]) for r in town_points(db) if r[2] == "Oujda"]
    uuids = [r[0] for r in db.query(
        "SELECT uuid FROM service_point WHERE town = 'Oujda' AND publication_state = 'published' "
        "AND operating_status = 'active' ORDER BY fid")]
    assert len(uuids) >= 5
    closed, draft, inside, outside, phone = uuids[:5]
    south = lambda d: lat - math.degrees(d / EARTH_KM)  # noqa: E731 - along a meridian
    db.execute([
        f"UPDATE service_point SET operating_status = 'closed' WHERE uuid = '{closed}'",
        f"UPDATE service_point SET publication_state = 'draft' WHERE uuid = '{draft}'",
        f"UPDATE service_point SET geom = {gpkg_point(lon, south(24.9))} WHERE uuid = '{inside}'",
        f"UPDATE service_point SET geom = {gpkg_point(lon, south(25.1))} WHERE uuid = '{outside}'",
        f"UPDATE service_point SET phone = '+212536123456' WHERE uuid = '{phone}'",
    ])
    return db, {"closed": closed, "draft": draft, "inside": inside, "outside": outside,
                "phone": phone}


def town_points(db) -> list[tuple[float, float, str]]:
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{db.source}|layername=town", "t", "ogr")
    return [(f.geometry().asPoint().x(), f.geometry().asPoint().y(), f["name_fr"])
            for f in layer.getFeatures()]


def expected(db, town: str = "Oujda", radius: float = RADIUS) -> list[dict]:
    """What the page must list: published, not closed, within ``radius`` km (haversine),
    grouped by institution (the group of the nearest service first), nearest first."""
    from qgis.core import QgsVectorLayer

    (lon, lat), = [(r[0], r[1]) for r in town_points(db) if r[2] == town]
    layer = QgsVectorLayer(f"{db.source}|layername=service_point", "p", "ogr")
    rows = []
    for f in layer.getFeatures():
        if f["publication_state"] != "published" or f["operating_status"] == "closed":
            continue
        p = f.geometry().asPoint()
        d = km(lat, lon, p.y(), p.x())
        if d <= radius:
            rows.append({"uuid": f["uuid"], "name": f["name_fr"], "institution": f["institution"],
                         "km": d})
    rows.sort(key=lambda r: (r["km"], r["name"]))
    order: list[str] = []
    for r in rows:
        if r["institution"] not in order:
            order.append(r["institution"])
    return sorted(rows, key=lambda r: (order.index(r["institution"]), r["km"], r["name"]))


@pytest.fixture(scope="module")
def export(handout_db, tmp_path_factory):
    from amuddu_plugin.core.handouts.export import HandoutOptions, export_handouts

    db, _ = handout_db
    out = tmp_path_factory.mktemp("out") / "handouts"
    result = export_handouts(db, out, HandoutOptions(towns="Oujda,fes", webmap_url=BASE_URL))
    return result


def first_column(pdf: Path) -> str:
    """The left column (French) of every page: x 0 to the middle column, 210 x 297 mm."""
    return pdf_text(pdf, (0, 0, 11 + (188 - 14) / 2 + 0.5, 297))


# --------------------------------------------------------------------------------------------
# What the page lists
# --------------------------------------------------------------------------------------------
def test_lists_exactly_the_services_within_the_radius_nearest_first(handout_db, export):
    db, changed = handout_db
    want = expected(db)
    uuids = {r["uuid"] for r in want}
    assert changed["inside"] in uuids and changed["outside"] not in uuids
    pdf = export.folder / "oujda-fr-ar.pdf"
    text = first_column(pdf)
    titles = [f"{r['name']} – {r['km']:.1f} km".replace(".", ",") for r in want]
    positions = [text.find(normalised(t)) for t in titles]
    assert -1 not in positions, [t for t, p in zip(titles, positions) if p < 0]
    assert positions == sorted(positions)  # grouped by institution, nearest first in each
    printed = re.findall(r" – (\d+,\d) km", text)
    assert printed == [f"{r['km']:.1f}".replace(".", ",") for r in want]  # and nothing else
    assert export.handouts[0].services == len(want)


def test_closed_and_unpublished_never_appear(handout_db, export):
    db, changed = handout_db
    names = dict(db.query("SELECT uuid, name_fr FROM service_point"))
    text = pdf_text(export.folder / "oujda-fr-ar.pdf")
    for key in ("closed", "draft", "outside"):
        assert normalised(names[changed[key]]) + " –" not in text, key  # a title: "name – km"
    never = dict(db.query(
        "SELECT uuid, name_fr FROM service_point WHERE publication_state = 'draft' "
        "OR operating_status = 'closed'"))
    fes = pdf_text(export.folder / "fes-fr-ar.pdf")
    assert not [n for n in never.values() if normalised(n) + " –" in fes]


def test_both_languages_phone_hours_and_fonts(handout_db, export):
    pdf = export.folder / "oujda-fr-ar.pdf"
    text = pdf_text(pdf)
    # (pdftotext drops the lam-alef ligature's letters, which the page draws: the Arabic
    # looked for here has none)
    for part in ("Oujda", "وجدة", "Services publics ouverts aux personnes migrantes",
                 "الخدمات العمومية المفتوحة في وجه المهاجرين", "du lundi au vendredi",
                 "إلى الجمعة", "وسط المدينة", "Tél. 0536 12 34 56", "Vérifiez avant de vous déplacer",
                 "تحقق قبل التنقل"):
        assert normalised(part) in text, part
    fonts = run_tool("pdffonts", str(pdf))
    assert "NotoNaskhArabic" in fonts and "NotoSans-" in fonts  # embedded, Arabic shaped by Qt


def test_arabic_column_is_right_aligned(export, tmp_path):
    """The Arabic name of the town ends at the right margin; the French one starts at the left."""
    from qgis.PyQt.QtGui import QImage

    pdf = export.folder / "oujda-fr-ar.pdf"
    run_tool("pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
             str(tmp_path / "p"))
    image = QImage(str(tmp_path / "p.png"))
    mm = image.width() / 210
    ink = [x for x in range(image.width()) for y in range(int(11 * mm), int(24 * mm))
           if image.pixelColor(x, y).lightness() < 100]
    assert min(ink) < 13 * mm and max(ink) > 195 * mm


# --------------------------------------------------------------------------------------------
# The QR code
# --------------------------------------------------------------------------------------------
def decode_qr(pdf: Path, tmp_path: Path) -> str:
    run_tool("pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
             str(tmp_path / "qr"))
    return run_tool("zbarimg", "-q", "--raw", str(tmp_path / "qr.png")).strip()


def test_qr_code_opens_the_web_map_at_the_town(export, tmp_path):
    from amuddu_plugin.definitions.urls import webmap_url

    decoded = decode_qr(export.folder / "oujda-fr-ar.pdf", tmp_path)
    assert decoded == webmap_url(BASE_URL, lang="fr", place=TOWN)
    assert decoded == "https://amuddu.example.org/carte/#lang=fr&place=oujda"
    assert decode_qr(export.folder / "fes-fr-ar.pdf", tmp_path).endswith("#lang=fr&place=fes")


def test_the_web_map_at_the_qr_url_lists_the_town(handout_db, export, tmp_path):
    """The URL of the QR code, on a web map exported from the same database, opens the
    list around Oujda, holding every service of the handout."""
    from amuddu_plugin.core.webmap.export import WebMapOptions, export_webmap
    from tests.web.browser import Page, chromium
    from tests.web.decode import json_block, points

    db, _ = handout_db
    site = export_webmap(db, tmp_path / "webmap", WebMapOptions(basemap_url=""))
    fragment = decode_qr(export.folder / "oujda-fr-ar.pdf", tmp_path).split("#", 1)[1]
    exported = points(json_block(site.index, "amuddu-data"))
    with chromium() as browser:
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
        page = Page(context, site.index.as_uri() + "#" + fragment)
        shown = page.page.eval_on_selector_all("#results li.item button",
                                               "bs => bs.map(b => +b.dataset.i)")
        listed = {exported[i]["uuid"] for i in shown}
        assert "Oujda" in page.page.locator("#message").inner_text()
        assert page.errors == []
        context.close()
    assert {r["uuid"] for r in expected(db)} <= listed


# --------------------------------------------------------------------------------------------
# Files, safety, parameters
# --------------------------------------------------------------------------------------------
def test_files_and_combined(export):
    names = sorted(p.name for p in export.folder.iterdir())
    assert names == [".amuddu-outputs.json", "amuddu-handouts-fr-ar.pdf", "fes-fr-ar.pdf",
                     "oujda-fr-ar.pdf"]
    pages = sum(h.pages for h in export.handouts)
    info = run_tool("pdfinfo", str(export.folder / "amuddu-handouts-fr-ar.pdf"))
    assert int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1)) == pages


def test_a_file_it_did_not_write_is_never_replaced(handout_db, tmp_path):
    from amuddu_plugin.core.handouts.export import HandoutOptions, export_handouts
    from amuddu_plugin.toolbelt.errors import OutputRefused

    db, _ = handout_db
    (tmp_path / "oujda-en-ar.pdf").write_bytes(b"someone's file")
    options = HandoutOptions(towns="oujda", languages="en+ar", webmap_url=BASE_URL, combined=False)
    with pytest.raises(OutputRefused, match="oujda-en-ar.pdf"):
        export_handouts(db, tmp_path, options)
    assert (tmp_path / "oujda-en-ar.pdf").read_bytes() == b"someone's file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["oujda-en-ar.pdf"]  # nothing left
    (tmp_path / "oujda-en-ar.pdf").unlink()
    for _ in range(2):  # its own file is replaced
        export_handouts(db, tmp_path, options)
    text = pdf_text(tmp_path / "oujda-en-ar.pdf")
    assert "Public services open to migrants" in text and "Monday to Friday" in text


@pytest.mark.parametrize(("change", "message"), [
    ({"towns": "Atlantis"}, "Town \"Atlantis\" (TOWNS)"),
    ({"webmap_url": "amuddu.ma"}, "WEBMAP_URL"),
    ({"languages": "fr+de"}, "Unknown language pair \"fr+de\""),
    ({"paper": "A3"}, "Unknown paper size \"A3\""),
    ({"radius_km": 0}, "RADIUS_KM"),
    ({"institutions": "OFPPT,NASA"}, "INSTITUTIONS: NASA"),
])
def test_bad_parameters_are_refused_before_anything_is_written(handout_db, tmp_path, change,
                                                               message):
    from amuddu_plugin.core.handouts.export import HandoutOptions, export_handouts
    from amuddu_plugin.core.handouts.select import HandoutError

    db, _ = handout_db
    options = HandoutOptions(**{"towns": "oujda", "webmap_url": BASE_URL, **change})
    with pytest.raises(HandoutError, match=re.escape(message)):
        export_handouts(db, tmp_path / "out", options)
    assert not (tmp_path / "out").exists()


def test_filters_and_radius(handout_db, tmp_path):
    from amuddu_plugin.core.handouts.export import HandoutOptions, export_handouts

    db, _ = handout_db
    result = export_handouts(db, tmp_path, HandoutOptions(
        towns="وجدة", webmap_url=BASE_URL, institutions="EN", radius_km=10, paper="A5",
        combined=False))
    want = [r for r in expected(db, radius=10) if r["institution"] == "EN"]
    assert result.handouts[0].services == len(want) > 0
    text = pdf_text(result.files[0])
    assert all(normalised(r["name"]) in text for r in want)
    assert "ANAPEC –" not in text and "OFPPT –" not in text


def test_opening_hours_in_words():
    from amuddu_plugin.core.values.opening_hours import in_words

    hours = "Mo-Th 08:30-12:00,14:00-16:30; Fr 08:30-11:30; PH off"
    assert in_words(hours, "fr") == ("du lundi au jeudi : 08:30–12:00 et 14:00–16:30 ; "
                                     "vendredi : 08:30–11:30 ; jours fériés : fermé")
    assert in_words(hours, "en").startswith("Monday to Thursday: 08:30–12:00 and 14:00–16:30")
    assert in_words("Mo,Tu 09:00-12:00", "ar") == "الاثنين والثلاثاء: 09:00–12:00"
    assert in_words("24/7", "fr") == "ouvert 24 h/24, 7 j/7"


def test_menu_entry_opens_the_processing_dialog(qgis_iface, monkeypatch):
    import processing

    import amuddu_plugin
    from amuddu_plugin.definitions import settings
    from amuddu_plugin.plugin import AmudduPlugin
    from amuddu_plugin.toolbelt.i18n import tr

    opened = []
    monkeypatch.setattr(processing, "execAlgorithmDialog",
                        lambda algorithm, parameters: opened.append((algorithm, parameters)))
    monkeypatch.setattr(AmudduPlugin, "initProcessing", lambda self: None)
    previous = settings.read_str(settings.LAST_DATABASE)
    settings.write_str(settings.LAST_DATABASE, "/data/cp3.gpkg")
    settings.write_str(settings.LAST_HANDOUTS_FOLDER, "")
    plugin = amuddu_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        action = next(a for a in plugin.actions if a.text() == tr("Plugin", "Print handouts…"))
        action.trigger()
        # the output folder next to the database (not Processing's temporary folder)
        assert opened == [("amuddu:export_handouts", {"DATABASE": "/data/cp3.gpkg",
                                                 "OUTPUT": "/data/handouts"})]
    finally:
        plugin.unload()
        settings.write_str(settings.LAST_DATABASE, previous)


def test_headless_qgis_process_with_the_vendored_segno(qgis_process, handout_db, tmp_path):
    """As `make demo` runs it: Debian's Python has no segno; the plugin's ext_libs/ does."""
    assert (ROOT / "ext_libs" / "segno").is_dir(), "run make ext-libs (make test does it)"
    db, _ = handout_db
    out = tmp_path / "h"
    done = qgis_process("run", "amuddu:export_handouts", "--", f"DATABASE={db.source}",
                        f"OUTPUT={out}", "TOWNS=oujda", f"WEBMAP_URL={BASE_URL}", "PAPER=A5")
    assert done.returncode == 0, done.stdout + done.stderr
    assert (out / "oujda-fr-ar.pdf").is_file() and (out / "amuddu-handouts-fr-ar.pdf").is_file()
    assert decode_qr(out / "oujda-fr-ar.pdf", tmp_path).endswith("#lang=fr&place=oujda")
