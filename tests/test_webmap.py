"""The web map export (core/webmap/*.py, amuddu:export_webmap), read back in Python.

The page itself is tested in a real browser in test_webmap_browser.py."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from tests.legacy import execute_legacy
from tests.web.decode import front_decoded, json_block, points
from tests.web.seed import (
    EMAIL,
    HOSTILE_ADDRESS,
    HOSTILE_NAMES,
    HOSTILE_WEBSITE,
    PHONE,
    hostile_database,
    lit,
    web_database,
)

ROOT = Path(__file__).resolve().parent.parent
EXPORTED = "publication_state = 'published' AND operating_status IN ('active', 'temporarily_closed')"


@pytest.fixture(scope="module")
def web_db(qgis_app, bundled_gpkg, tmp_path_factory):
    return web_database(tmp_path_factory.mktemp("webdb"), bundled_gpkg)


@pytest.fixture(scope="module")
def exported(web_db, tmp_path_factory):
    from amuddu_plugin.core.webmap.export import WebMapOptions, export_webmap

    db, _point = web_db
    folder = tmp_path_factory.mktemp("export") / "webmap"
    result = export_webmap(db, folder, WebMapOptions(basemap_url=""))
    return db, result


def test_exports_exactly_the_published_open_points(exported):
    db, result = exported
    data = json_block(result.index, "amuddu-data")
    decoded = points(data)
    rows = db.query(f"SELECT uuid, name_fr, name_ar, name_en, institution, operating_status FROM "
                    f"service_point WHERE {EXPORTED}")
    assert result.points == len(decoded) == len(rows) == db.count("service_point", EXPORTED)
    assert db.count("service_point") > len(rows)  # the sample has drafts and closed points
    by_uuid = {p["uuid"]: p for p in decoded}
    assert set(by_uuid) == {r[0] for r in rows}
    for uid, fr, ar, en, institution, status in rows:
        point = by_uuid[uid]
        assert point["name"] == {k: v for k, v in (("fr", fr), ("ar", ar), ("en", en)) if v}
        assert point["institution"] == institution
        assert point["status"] == status
    temporarily_closed = [p for p in decoded if p["status"] == "temporarily_closed"]
    assert len(temporarily_closed) == db.count(
        "service_point", "publication_state = 'published' AND operating_status = 'temporarily_closed'") > 0


def test_coordinates_are_within_a_metre_and_services_complete(exported):
    db, result = exported
    decoded = {p["uuid"]: p for p in points(json_block(result.index, "amuddu-data"))}
    # GeoPackage points: read the blob with the exporter's reader, checked against OGR below.
    from osgeo import ogr

    ds = ogr.Open(str(db.path))
    layer = ds.GetLayerByName("service_point")
    layer.SetAttributeFilter(EXPORTED)
    checked = 0
    for feature in layer:
        point = decoded[feature.GetField("uuid")]
        geometry = feature.GetGeometryRef()
        assert abs(point["lon"] - geometry.GetX()) * 111_320 * 0.85 < 1.0
        assert abs(point["lat"] - geometry.GetY()) * 110_574 < 1.2
        checked += 1
    ds = None
    assert checked == len(decoded)
    services = {}
    for uid, category, description_fr, min_age in db.query(
        "SELECT service_point_uuid, category, description_fr, min_age FROM service ORDER BY fid"
    ):
        services.setdefault(uid, []).append((category, description_fr, -1 if min_age is None else min_age))
    for uid, point in decoded.items():
        got = [(s["category"], s["description"].get("fr"), s["min_age"]) for s in point["services"]]
        assert got == services.get(uid, [])


def test_private_fields_never_leave_qgis(exported):
    db, result = exported
    page = result.index.read_text(encoding="utf-8")
    notes = {r[0] for r in db.query("SELECT DISTINCT notes FROM service_point WHERE notes IS NOT NULL")}
    assert notes and not any(note in page for note in notes)
    drafts = [r[0] for r in db.query("SELECT name_fr FROM service_point WHERE publication_state = 'draft'")]
    exported_names = {r[0] for r in db.query(f"SELECT name_fr FROM service_point WHERE {EXPORTED}")}
    only_drafts = [n for n in drafts if n not in exported_names]
    data = json_block(result.index, "amuddu-data")
    assert only_drafts and not set(only_drafts) & set(front_decoded(data["strings"]))
    assert "notes" not in data["points"] and "last_verified_by" not in data["points"]


def test_shared_tables_and_model_labels(exported):
    _db, result = exported
    data = json_block(result.index, "amuddu-data")
    strings = front_decoded(data["strings"])
    assert strings[0] == "" and len(strings) == len(set(strings)) and strings[1:] == sorted(strings[1:])
    # the vocabulary labels are written once, in the vocabulary, not per point
    page = result.index.read_text(encoding="utf-8")
    assert page.count("Inscription et accueil des demandeurs d'emploi") == 1
    from amuddu_plugin.definitions.model import SERVICE_POINT

    assert data["labels"]["fields"]["phone"] == {
        lang: SERVICE_POINT.field("phone").label.get(lang) for lang in ("fr", "ar", "en")}
    assert data["labels"]["fields"]["opening_hours"]["fr"] == "Horaires"


def test_contacts_and_hours(exported):
    _db, result = exported
    decoded = points(json_block(result.index, "amuddu-data"))
    with_phone = [p for p in decoded if p["phone"]]
    assert [(p["phone"], p["email"]) for p in with_phone] == [(PHONE, EMAIL)]
    weeks = [p["hours"]["week"] for p in decoded if p["hours"]]
    assert weeks and all(w is not None for w in weeks)
    monday = weeks[0][0]
    assert monday == [8 * 60 + 30, 16 * 60 + 30]
    assert weeks[0][6] == []  # Sunday closed in the sample's hours


def test_script_blocks_cannot_be_closed_by_data(qgis_app, bundled_gpkg, tmp_path):
    from amuddu_plugin.core.webmap.export import WebMapOptions, export_webmap

    db, names = hostile_database(tmp_path, bundled_gpkg)
    result = export_webmap(db, tmp_path / "hostile", WebMapOptions())
    page = result.index.read_text(encoding="utf-8")
    # Only the page's own script elements: app.js and the two JSON blocks.
    assert page.count("<script") == 3 and page.count("</script>") == 3
    assert "\u2028" not in page and "\u2029" not in page and "<img" not in page and "<svg" not in page
    decoded = {p["uuid"]: p for p in points(json_block(result.index, "amuddu-data"))}
    for uid, name in names.items():
        assert decoded[uid]["name"]["fr"] == name
    first = decoded[next(iter(names))]
    assert first["website"] == "" and first["address"]["fr"] == HOSTILE_ADDRESS
    assert any(HOSTILE_WEBSITE in w and "not an http(s) address" in w for w in result.warnings)
    assert len(HOSTILE_NAMES[-1]) > 10_000


def test_bad_values_are_reported_by_row(qgis_app, bundled_gpkg, tmp_path):
    from amuddu_plugin.core.setup import create_database
    from amuddu_plugin.core.webmap.export import WebMapOptions, export_webmap

    db = create_database(tmp_path / "bad.gpkg", reference=bundled_gpkg, sample_data=True)
    fid, uid = db.query(f"SELECT fid, uuid FROM service_point WHERE {EXPORTED} ORDER BY fid LIMIT 1")[0]
    execute_legacy(db, [f"UPDATE service_point SET email = 'not an address', phone = '12', "
                        f"opening_hours = 'sunrise-sunset', languages = '{{fr,xx}}' "
                        f"WHERE uuid = {lit(uid)}"])
    result = export_webmap(db, tmp_path / "out", WebMapOptions())
    text = "\n".join(result.warnings)
    assert f"fid {fid}" in text
    assert "not an e-mail address" in text and "too few digits" in text
    assert "sunrise-sunset" in text and "unknown code xx" in text
    point = next(p for p in points(json_block(result.index, "amuddu-data")) if p["uuid"] == uid)
    assert point["email"] == "" and point["hours"]["week"] is None and point["languages"] == ["fr"]


def test_a_failed_export_leaves_the_previous_one(exported, tmp_path):
    from amuddu_plugin.core.store.database import StoreError
    from amuddu_plugin.core.webmap.export import WebMapOptions, export_webmap

    db, _ = exported
    folder = tmp_path / "site"
    export_webmap(db, folder, WebMapOptions(title="First"))
    before = {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}

    class CancelHalfway:
        def __init__(self) -> None:
            self.progress = 0.0

        def isCanceled(self) -> bool:  # noqa: N802 - QgsFeedback's name
            return self.progress > 50

        def setProgress(self, value: float) -> None:  # noqa: N802
            self.progress = value

        def pushInfo(self, text: str) -> None:  # noqa: N802
            pass

    with pytest.raises(StoreError, match="Cancelled"):
        export_webmap(db, folder, WebMapOptions(title="Second"), feedback=CancelHalfway())
    after = {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # no temporary folder left
    export_webmap(db, folder, WebMapOptions(title="Second"))
    assert "<title>Second</title>" in (folder / "index.html").read_text(encoding="utf-8")


def test_never_replaces_a_folder_that_is_not_a_web_map(exported, tmp_path):
    from amuddu_plugin.core.store.database import StoreError
    from amuddu_plugin.core.webmap.export import WebMapOptions, export_webmap

    db, _ = exported
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "thesis.odt").write_bytes(b"precious")
    with pytest.raises(StoreError, match="holds files that Amuddu did not write"):
        export_webmap(db, folder, WebMapOptions())
    assert [p.name for p in folder.iterdir()] == ["thesis.odt"]
    file_target = tmp_path / "file.txt"
    file_target.write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        export_webmap(db, file_target, WebMapOptions())


def test_zip_holds_the_folder(exported, tmp_path):
    from amuddu_plugin.core.webmap.export import WebMapOptions, export_webmap

    db, _ = exported
    result = export_webmap(db, tmp_path / "site", WebMapOptions(make_zip=True))
    assert result.zip == tmp_path / "site.zip"
    with zipfile.ZipFile(result.zip) as archive:
        names = set(archive.namelist())
        files = {f"site/{p.relative_to(result.folder).as_posix()}"
                 for p in result.folder.rglob("*") if p.is_file() and p.name != ".amuddu-output.json"}
        assert names == files
        assert archive.read("site/index.html") == result.index.read_bytes()
    assert {"site/app.js", "site/app.css", "site/LICENSES.txt", "site/icons/anapec.svg"} <= names


def test_options_are_checked(exported, tmp_path):
    from amuddu_plugin.core.store.database import StoreError
    from amuddu_plugin.core.webmap.export import WebMapOptions, export_webmap
    from amuddu_plugin.core.webmap.page import content_security_policy

    db, _ = exported
    bad = [
        (WebMapOptions(languages=["fr", "de"]), "Unknown language de"),
        (WebMapOptions(languages=["fr", "en"], default_language="ar"), "not one of the exported"),
        (WebMapOptions(basemap_url="javascript:alert(1)//{z}{x}{y}"), "not a tile address"),
        (WebMapOptions(basemap_url="https://tiles.example.org/{z}/{x}.png"), "not a tile address"),
        (WebMapOptions(basemap_url="https://x.org/{z}/{x}/{y}.png'; script-src *"), "not a tile address"),
    ]
    for options, message in bad:
        with pytest.raises(StoreError, match=message):
            export_webmap(db, tmp_path / "never", options)
        assert not (tmp_path / "never").exists()
    csp = content_security_policy("https://*.tile.example.org")
    assert "img-src 'self' data: https://*.tile.example.org" in csp
    assert "img-src 'self';" in content_security_policy(None)
    assert "unsafe" not in csp and "script-src 'self'" in csp
    result = export_webmap(db, tmp_path / "online", WebMapOptions(
        basemap_url="https://{s}.tile.example.org/{z}/{x}/{y}.png"))
    page = result.index.read_text(encoding="utf-8")
    assert "img-src &#x27;self&#x27; data: https://*.tile.example.org" in page
    meta = json_block(result.index, "amuddu-data")["meta"]
    assert meta["basemap"]["attribution"] == [["© OpenStreetMap contributors",
                                               "https://www.openstreetmap.org/copyright"]]


def test_languages_subset(exported, tmp_path):
    from amuddu_plugin.core.webmap.export import WebMapOptions, export_webmap

    db, _ = exported
    result = export_webmap(db, tmp_path / "fr-en",
                           WebMapOptions(languages=["en", "fr"], default_language="en"))
    data = json_block(result.index, "amuddu-data")
    assert data["meta"]["languages"] == ["en", "fr"] and data["points"]["sorted_by"] == "en"
    assert set(data["points"]["name"]) == {"fr", "en"}
    assert not any(re.search("[\u0600-\u06ff]", s) for s in front_decoded(data["strings"]))
    assert '<html lang="en" dir="ltr">' in result.index.read_text(encoding="utf-8")


def test_basemap_is_our_reference_layers(exported):
    db, result = exported
    basemap = json_block(result.index, "amuddu-basemap")
    codes = [r[0] for r in db.query("SELECT code FROM region ORDER BY code")]
    assert [r["code"] for r in basemap["regions"]] == codes
    assert len(basemap["provinces"]) == db.count("province", "code IS NOT NULL")
    assert len(basemap["towns"]["x"]) == db.count("town")
    assert all(r["rings"] and len(r["rings"][0]) >= 8 for r in basemap["regions"])


def test_application_shell_budget_and_credits(exported):
    _db, result = exported
    # 160 KB before the place search (issue 11) added about 8 KB of script; what a server
    # sends is the .gz copy, about a third of it.
    assert result.shell_bytes <= 170_000, result.shell_bytes
    licences = (result.folder / "LICENSES.txt").read_text(encoding="utf-8")
    assert "Leaflet" in licences and "BSD" in licences and "CC BY 4.0" in licences


def test_webapp_sources_build_the_page_with_text_nodes():
    """No HTML sinks and no code built from strings in the application's own sources."""
    sinks = re.compile(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function"
                       r"|setAttribute\(['\"]on|\.on[a-z]+\s*=")
    offenders = []
    for path in sorted((ROOT / "webapp" / "src").glob("*.js")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if sinks.search(line):
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert offenders == []


# --- the Processing algorithm, in the toolbox's framework and headless ------------------------



def test_processing_algorithm(provider, exported, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    db, _ = exported
    out = processing.run("amuddu:export_webmap", {
        "DATABASE": db.source, "OUTPUT": str(tmp_path / "alg"), "TITLE": "ANAPEC & co <Oujda>",
        "LANGUAGES": "fr,ar", "DEFAULT_LANGUAGE": "ar", "BASEMAP_URL": "", "ZIP": True})
    assert out["SERVICE_POINTS"] == db.count("service_point", EXPORTED)
    assert Path(out["INDEX"]).is_file() and Path(out["ZIP_FILE"]).is_file()
    page = Path(out["INDEX"]).read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in page and "<title>ANAPEC &amp; co &lt;Oujda&gt;</title>" in page
    assert json_block(Path(out["INDEX"]), "amuddu-data")["meta"]["basemap"] is None
    with pytest.raises(QgsProcessingException, match="Unknown language"):
        processing.run("amuddu:export_webmap", {"DATABASE": db.source, "OUTPUT": str(tmp_path / "x"),
                                                "LANGUAGES": "fr,xx"})


def test_headless_qgis_process(qgis_process, exported, tmp_path):
    db, _ = exported
    folder = tmp_path / "headless"
    done = qgis_process("run", "amuddu:export_webmap", "--", f"DATABASE={db.source}", f"OUTPUT={folder}",
                        "BASEMAP_URL=")
    assert done.returncode == 0, done.stdout + done.stderr
    data = json_block(folder / "index.html", "amuddu-data")
    assert data["points"]["n"] == db.count("service_point", EXPORTED)
    assert data["meta"]["basemap"] is None  # BASEMAP_URL= : the offline basemap only
    bad = qgis_process("run", "amuddu:export_webmap", "--", f"DATABASE={db.source}",
                       f"OUTPUT={tmp_path}")
    assert bad.returncode != 0 and "holds files that Amuddu did not write" in bad.stdout + bad.stderr


# --- the export dialog in QGIS desktop ------------------------------------------------------------
def test_dialog_remembers_its_choices_per_project_and_exports_in_the_background(
        qgis_iface, qgis_new_project, exported, tmp_path):
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QCoreApplication, QElapsedTimer
    from qgis.PyQt.QtWidgets import QPushButton

    from amuddu_plugin.gui.webmap_dialog import SCOPE, WebMapDialog

    db, _ = exported
    dialog = WebMapDialog(qgis_iface)
    dialog.database.setFilePath(db.source)
    dialog.output.setFilePath(str(tmp_path / "site"))
    dialog.title.setText("Services à Oujda")
    dialog.languages["en"].setChecked(False)
    dialog.default_language.setCurrentIndex(dialog.default_language.findData("ar"))
    dialog.online.setChecked(False)
    dialog.zip.setChecked(True)
    dialog.start()  # saves the choices in the project, then runs the export as a QgsTask
    assert QgsProject.instance().readEntry(SCOPE, "webmap/title")[0] == "Services à Oujda"
    timer = QElapsedTimer()
    timer.start()
    while dialog.task is not None and timer.elapsed() < 120_000:
        QCoreApplication.processEvents()
    assert dialog.task is None, "the background export did not finish"
    page = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in page and (tmp_path / "site.zip").is_file()
    data = json_block(tmp_path / "site" / "index.html", "amuddu-data")
    assert data["meta"]["languages"] == ["fr", "ar"] and data["meta"]["basemap"] is None
    assert str(db.count("service_point", EXPORTED)) in dialog.status.text()
    buttons = [b.text() for b in qgis_iface.messageBar().findChildren(QPushButton)]
    assert "Open in the browser" in buttons
    # another dialog on the same project shows the same choices
    again = WebMapDialog(qgis_iface)
    assert again.title.text() == "Services à Oujda" and again.output.filePath() == str(tmp_path / "site")
    assert [lang for lang, box in again.languages.items() if box.isChecked()] == ["fr", "ar"]
    assert again.default_language.currentData() == "ar" and not again.online.isChecked()
    assert again.zip.isChecked() and again.options().basemap_url == ""
    # a failure is reported, not raised
    again.output.setFilePath(str(tmp_path))  # not empty, not a web map
    again.start()
    while again.task is not None and timer.elapsed() < 120_000:
        QCoreApplication.processEvents()
    assert "holds files that Amuddu did not write" in again.status.text()


# --- issue 11 / issue 9: tel numbers, gazetteer, precompressed and offline files ----------------
@pytest.mark.parametrize(("value", "expected"), [
    ("+212 537 12 34 56 poste 210", [["+212 537 12 34 56 poste 210", "+212537123456"]]),
    ("+212 (0)536 12 34 56", [["+212 (0)536 12 34 56", "+212536123456"]]),
    ("05 37 12 34 56 / 06 61 00 00 00",
     [["05 37 12 34 56", "+212537123456"], ["06 61 00 00 00", "+212661000000"]]),
    ("٠٥٣٧١٢٣٤٥٦", [["٠٥٣٧١٢٣٤٥٦", "+212537123456"]]),
    ("12345", [["12345", ""]]),
])
def test_phone_pieces_dial_only_the_number(value, expected):
    from amuddu_plugin.core.webmap.phones import phone_pieces

    assert phone_pieces(value) == expected


def test_export_embeds_the_gazetteer_and_writes_offline_files(qgis_app, bundled_gpkg, tmp_path):
    import gzip

    from amuddu_plugin.core.setup import create_database
    from amuddu_plugin.core.webmap.export import WebMapOptions, export_webmap
    from tests.web.decode import json_block

    db = create_database(tmp_path / "g.gpkg", reference=bundled_gpkg, sample_data=True)
    from tests.web.seed import published_uuids

    (uid,) = published_uuids(db, 1)
    execute_legacy(db, [f"UPDATE service_point SET phone = '+212 (0)536 12 34 56' "
                        f"WHERE uuid = '{uid}'"])
    result = export_webmap(db, tmp_path / "web", WebMapOptions())
    data = json_block(result.index, "amuddu-data")
    g = data["gazetteer"]
    assert len(g["slug"]) == db.count("town") == len(set(g["slug"]))
    casa = g["fr"].index("Casablanca")
    assert g["slug"][casa] == "casablanca" and "كازا" in g["alt"][casa].split("|")
    assert "Tangier" in g["alt"][g["fr"].index("Tanger")].split("|")
    tel = data["points"]["tel"]
    assert [p[0][1] for p in tel["pieces"]] == ["+212536123456"]
    folder = result.folder
    assert gzip.decompress((folder / "index.html.gz").read_bytes()) == result.index.read_bytes()
    assert (folder / "app.js.gz").stat().st_size < (folder / "app.js").stat().st_size / 2
    sw = (folder / "sw.js").read_text(encoding="utf-8")
    assert "%%AMUDDU" not in sw and "index.html" in sw
    manifest = json.loads((folder / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["start_url"] == "./index.html"
