"""The exported web map in a real browser: Debian's Chromium driven by Playwright, the page
opened from file:// and from a local server on 127.0.0.1.

One browser and one export per module; expected results are computed from the database
with the plugin's own text folding (core/values/normalise.fold), independently of the page's code.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import subprocess
import zoneinfo
from typing import Any

import pytest

from tests.web.browser import VNU, Page, axe_violations, chromium, serve
from tests.web.decode import json_block, points
from tests.web.seed import HOSTILE_NAMES, PHONE, PHONE_HREF, hostile_database, web_database

EXPORTED = "publication_state = 'published' AND operating_status IN ('active', 'temporarily_closed')"
MOROCCO = zoneinfo.ZoneInfo("Africa/Casablanca")


# --- what the page should show, computed from the database ------------------------------------
class Oracle:
    def __init__(self, db: Any):
        from amuddu_plugin.core.values.normalise import fold as base_fold
        from amuddu_plugin.core.values.opening_hours import OpeningHoursError, parse

        def folded(text: str) -> str:  # fold(), and the Arabic a search ignores: hamza, the article
            out = []
            for word in base_fold(text).replace("\u0621", "").split():
                out.append(word[2:] if word[:2] in ("ال", "لل") and len(word) >= 4 else word)
            return " ".join(out)

        fold = self.fold = folded
        labels = {}
        for table, extra in (("institution", "acronym"), ("facility_type", "''"), ("service_category", "''")):
            text_columns = "name" if table == "institution" else "label"
            for code, acronym, fr, ar, en in db.query(
                f"SELECT code, {extra}, {text_columns}_fr, {text_columns}_ar, {text_columns}_en FROM {table}"
            ):
                labels[(table, code)] = fold(" ".join(v or "" for v in (code, acronym, fr, ar, en)))
        towns: dict[str, str] = {}
        for fr, ar in db.query("SELECT name_fr, name_ar FROM town WHERE name_ar IS NOT NULL "
                               "ORDER BY population DESC"):
            towns.setdefault(fr, ar)
        services: dict[str, list[tuple[str, list[str]]]] = {}
        for uid, category, eligibility in db.query("SELECT service_point_uuid, category, eligibility "
                                                   "FROM service ORDER BY fid"):
            services.setdefault(uid, []).append((category, codes(eligibility)))
        self.points = []
        for row in db.query("SELECT uuid, institution, facility_type, name_fr, name_ar, name_en, town, "
                            "region_code, province_code, opening_hours, eligibility, operating_status "
                            f"FROM service_point WHERE {EXPORTED}"):
            uid, inst, ftype, fr, ar, en, town, region, province, hours, eligibility, status = row
            svc = services.get(uid, [])
            pieces = [fold(n) for n in (fr, ar, en) if n]
            if town:
                pieces.append(fold(" ".join(t for t in (town, towns.get(town)) if t)))
            pieces += [labels[("institution", inst)], labels[("facility_type", ftype)]]
            pieces += [labels[("service_category", c)] for c, _ in svc]
            try:
                week = parse(hours) if hours else None
            except OpeningHoursError:
                week = None
            self.points.append({"uuid": uid, "institution": inst, "region": region, "province": province,
                                "status": status,
                                "hours": week, "eligibility": codes(eligibility), "services": svc,
                                "name": {"fr": fr, "ar": ar, "en": en},
                                "haystack": " " + " ".join(pieces) + " "})

    def count(self, *, institutions: set[str] | None = None, category: str | None = None,
              region: str | None = None, province: str | None = None, eligibility: str | None = None,
              open_at: dt.datetime | None = None, query: str = "") -> int:
        tokens = self.fold(query).split()
        n = 0
        for p in self.points:
            if institutions is not None and p["institution"] not in institutions:
                continue
            if region and p["region"] != region or province and p["province"] != province:
                continue
            if open_at is not None:
                local = open_at.astimezone(MOROCCO)
                minute = local.hour * 60 + local.minute
                if p["status"] != "active" or p["hours"] is None \
                        or not p["hours"].is_open(local.weekday(), minute):
                    continue
            if category or eligibility:
                def eligible(found: list[str]) -> bool:
                    return eligibility is None or eligibility in found or "ANY" in found
                if not p["services"]:
                    if category or not eligible(p["eligibility"]) or not p["eligibility"]:
                        continue
                elif not any((category is None or c == category) and eligible(e or p["eligibility"])
                             for c, e in p["services"]):
                    continue
            if not all(" " + t in p["haystack"] for t in tokens):  # a word's start, never inside
                continue
            n += 1
        return n


def codes(value: str | None) -> list[str]:
    return [c for c in (value or "").strip("{}").split(",") if c]


# --- fixtures: one database, one export, one browser, one server per module -----------------------
@pytest.fixture(scope="module")
def site(qgis_app, bundled_gpkg, tmp_path_factory):
    from amuddu_plugin.core.webmap.export import WebMapOptions, export_webmap

    folder = tmp_path_factory.mktemp("site")
    db, phone_point = web_database(folder, bundled_gpkg)
    result = export_webmap(db, folder / "webmap", WebMapOptions(basemap_url=""))
    data = json_block(result.index, "amuddu-data")
    return {"db": db, "index": result.index, "data": data, "points": points(data), "oracle": Oracle(db),
            "phone_point": phone_point}


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def http_url(site):
    with serve(site["index"].parent) as url:
        yield url


@pytest.fixture
def context(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 860}, locale="fr-FR")
    yield ctx
    ctx.close()


def open_page(context: Any, url: str, **kwargs: Any) -> Page:
    return Page(context, url, **kwargs)


def wait_count(page: Page, expected: int) -> None:
    page.page.wait_for_function("n => document.getElementById('count').dataset.count === n",
                                arg=str(expected), timeout=5000)


def open_filters(p: Any) -> None:
    if not p.evaluate("() => document.getElementById('filters').open"):
        p.click("#filters summary")


def public_id(site: dict, uid: str) -> str:
    index = next(i for i, p in enumerate(site["points"]) if p["uuid"] == uid)
    return site["data"]["points"]["id"][22 * index: 22 * index + 22]


# --- tests -------------------------------------------------------------------------------
@pytest.mark.parametrize("where", ["file", "http"])
def test_loads_without_errors_and_shows_every_published_service(site, context, http_url, where):
    url = site["index"].as_uri() if where == "file" else http_url
    page = open_page(context, url)
    expected = site["db"].count("service_point", EXPORTED)
    assert page.count() == expected == len(site["points"])
    assert page.page.locator("#results li.item").count() == 50  # the first page of the list
    assert page.page.locator(".amuddu-points button").count() > 5  # clusters and points drawn
    assert page.page.evaluate("document.documentElement.lang") == "fr"
    page.page.click("#more")
    assert page.page.locator("#results li.item").count() == 100
    assert page.errors == []


def test_each_filter_narrows_the_list(site, context):
    oracle = site["oracle"]
    page = open_page(context, site["index"].as_uri())
    p = page.page
    open_filters(p)
    total = len(oracle.points)
    # institutions: only ANAPEC
    for box in p.locator("#f-inst input").all():
        label = p.locator(f"label[for='{box.get_attribute('id')}']").inner_text()
        if "ANAPEC" not in label:
            box.uncheck()
    expected = oracle.count(institutions={"ANAPEC"})
    wait_count(page, expected)
    assert 0 < expected < total
    p.click("#reset")
    wait_count(page, total)
    cases = [
        ("#f-cat", "Inscription et accueil des demandeurs d'emploi", {"category": "EMP_REG"}),
        ("#f-reg", "L'Oriental", {"region": "02"}),
        ("#f-elig", "Demandeurs d'asile", {"eligibility": "ASYLUM_SEEKER"}),
    ]
    for selector, label, criteria in cases:
        p.select_option(selector, label=label)
        expected = oracle.count(**criteria)
        wait_count(page, expected)
        assert 0 < expected < total, criteria
        p.click("#reset")
        wait_count(page, total)
    # region, then one of its provinces: both apply
    p.select_option("#f-reg", label="L'Oriental")
    p.select_option("#f-prov", label="Oujda-Angad")
    expected = oracle.count(region="02", province=site["db"].query(
        "SELECT code FROM province WHERE name_fr = 'Oujda-Angad'")[0][0])
    wait_count(page, expected)
    assert 0 < expected < oracle.count(region="02")
    options = p.eval_on_selector_all("#f-prov option", "os => os.map(o => o.textContent)")
    assert "Casablanca" not in " ".join(options)  # only the provinces of the chosen region
    # two filters at once
    p.select_option("#f-cat", label="Formation diplômante")
    wait_count(page, oracle.count(region="02", province=site["db"].query(
        "SELECT code FROM province WHERE name_fr = 'Oujda-Angad'")[0][0], category="VT_INIT"))
    assert page.errors == []


@pytest.mark.parametrize("when", ["2026-06-13T10:30", "2026-06-15T10:00", "2026-06-14T10:00"])
def test_open_now_follows_morocco_time(site, context, when):
    moment = dt.datetime.fromisoformat(when).replace(tzinfo=MOROCCO)
    page = open_page(context, site["index"].as_uri() + "#open=1",
                     setup=lambda p: p.clock.install(time=moment))
    expected = site["oracle"].count(open_at=moment)
    assert page.count() == expected
    if moment.weekday() == 6:
        assert expected == 0  # Sunday: closed everywhere in the sample
    else:
        assert 0 < expected < len(site["points"])
    assert page.errors == []


def test_search_ignores_accents_case_and_arabic_letter_variants(site, context):
    oracle = site["oracle"]
    page = open_page(context, site["index"].as_uri())
    p = page.page
    for query in ("formation", "FORMATION", "anapec", "انابيك", "أنابيك", "الانابيك"):
        p.fill("#q", query)
        expected = oracle.count(query=query)
        wait_count(page, expected)
        assert 0 < expected < len(oracle.points), query
    assert oracle.count(query="انابيك") == oracle.count(query="أنابيك")
    assert oracle.count(query="انابيك") == oracle.count(query="الأنابيك")
    # the search and a filter together
    p.fill("#q", "anapec")
    open_filters(p)
    p.select_option("#f-cat", label="Inscription et accueil des demandeurs d'emploi")
    wait_count(page, oracle.count(query="anapec", category="EMP_REG"))
    p.fill("#q", "zzzz-nothing")
    wait_count(page, 0)
    assert p.locator("#results .empty").is_visible()
    assert page.errors == []


def test_arabic_switches_the_page_to_right_to_left(site, context):
    page = open_page(context, site["index"].as_uri())
    p = page.page
    p.click("#langs button[lang='ar']")
    assert p.evaluate("[document.documentElement.lang, document.documentElement.dir]") == ["ar", "rtl"]
    assert "lang=ar" in p.evaluate("location.hash")
    p.click("#more")  # the list is by town: some names have no Arabic version yet
    names = p.locator("#results li.item strong").all_inner_texts()
    assert any("\u0600" <= c <= "\u06ff" for name in names for c in name), names
    assert (p.locator("#f-reg option").nth(1).text_content() or " ")[0] >= "\u0600"
    # the layout mirrors: the list is on the right of the map
    panel = p.locator("#panel").bounding_box()
    map_box = p.locator("#map").bounding_box()
    assert panel["x"] > map_box["x"]
    assert p.locator("#count").inner_text().endswith("خدمة")
    # an Arabic name missing: the French one is shown, marked
    fallback = p.locator("#results .fallback").first
    if fallback.count():
        assert fallback.get_attribute("lang") == "fr" and fallback.get_attribute("dir") == "auto"
    p.click("#langs button[lang='en']")
    assert p.evaluate("document.documentElement.dir") == "ltr"
    assert p.locator("#count").inner_text().endswith("services")
    assert page.errors == []


def test_near_me_puts_the_nearest_service_first(site, browser, http_url):
    target = site["points"][123]
    here = {"latitude": target["lat"] + 0.001, "longitude": target["lon"] - 0.001}
    ctx = browser.new_context(viewport={"width": 1280, "height": 860}, locale="fr-FR",
                              geolocation=here, permissions=["geolocation"])
    try:
        page = open_page(ctx, http_url)
        page.page.click("#near-me")
        page.page.wait_for_function("() => document.getElementById('sort').value === 'distance'")
        first = int(page.page.locator("#results li.item button").first.get_attribute("data-i"))

        def distance(p: dict) -> float:
            la1, lo1, la2, lo2 = map(math.radians, (here["latitude"], here["longitude"], p["lat"], p["lon"]))
            a = (math.sin((la2 - la1) / 2) ** 2
                 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2)
            return 2 * 6371 * math.asin(math.sqrt(a))

        nearest = min(site["points"], key=distance)
        assert site["points"][first]["uuid"] == nearest["uuid"]
        distances = [site["points"][int(i)] for i in page.page.eval_on_selector_all(
            "#results li.item button", "bs => bs.map(b => b.dataset.i)")]
        assert [distance(p) for p in distances] == sorted(distance(p) for p in distances)
        assert "near=" not in page.page.evaluate("location.hash")  # a position is never written
        assert page.errors == []
    finally:
        ctx.close()


def test_details_panel_and_phone_link(site, context):
    uid = site["phone_point"]
    page = open_page(context, site["index"].as_uri() + "#s=" + public_id(site, uid))
    p = page.page
    assert p.locator("#details").is_visible()
    point = next(q for q in site["points"] if q["uuid"] == uid)
    assert p.locator("#d-name").inner_text().startswith(point["name"]["fr"])
    tel = p.locator("#details a[href^='tel:']")
    assert tel.get_attribute("href") == PHONE_HREF and tel.inner_text() == PHONE
    assert p.locator("#details a[href^='mailto:']").get_attribute("href") == "mailto:" + point["email"]
    assert p.locator("#details a[href^='geo:']").count() == 1
    osm = p.locator("#details a[href*='openstreetmap.org/directions']").get_attribute("href")
    assert f"{point['lat']:.5f}" in osm
    for service in point["services"]:
        assert service["description"]["fr"] in p.locator("#details .services").inner_text()
    p.click("#details .back button")
    assert not p.locator("#details").is_visible() and "s=" not in p.evaluate("location.hash")
    assert page.errors == []


def test_fees_are_shown_in_the_reader_s_language(site, context):
    """Fees come in the three languages from the model: in Arabic, "مجاني" tagged as the
    page's language (no French fallback marker); in French, "Gratuit"."""
    point = next(q for q in site["points"] if any(s["fees"].get("ar") for s in q["services"]))
    uid = public_id(site, point["uuid"])
    for lang, fees in (("ar", "مجاني"), ("fr", "Gratuit"), ("en", "Free")):
        page = open_page(context, site["index"].as_uri() + f"#lang={lang}&s=" + uid)
        facts = page.page.locator("#details .services dd", has_text=fees).first
        assert facts.is_visible(), lang
        assert facts.locator("span").first.get_attribute("lang") is None  # the page's language
        assert page.errors == []
        page.page.close()


def test_state_is_shared_through_the_url(site, context, http_url):
    oracle = site["oracle"]
    url = http_url + "#lang=en&inst=ANAPEC&q=anapec&map=9/35.76/-5.83"
    page = open_page(context, url)
    expected = oracle.count(institutions={"ANAPEC"}, query="anapec")
    assert page.count() == expected > 0
    p = page.page
    assert p.evaluate("document.documentElement.lang") == "en"
    assert p.input_value("#q") == "anapec"
    assert re.search(r"map=9/35\.7\d+/-5\.8\d+", p.evaluate("location.hash"))  # the view is kept
    # a change is written back, and the written link gives the same page
    open_filters(p)
    p.select_option("#f-elig", label="Refugees")
    hash_now = p.evaluate("location.hash")
    assert "elig=REFUGEE" in hash_now and "inst=ANAPEC" in hash_now
    again = open_page(context, http_url + hash_now)
    assert again.count() == oracle.count(institutions={"ANAPEC"}, query="anapec", eligibility="REFUGEE")
    assert page.errors == [] and again.errors == []


def test_hostile_names_are_shown_as_text_and_run_nothing(qgis_app, bundled_gpkg, browser, tmp_path):
    from amuddu_plugin.core.webmap.export import WebMapOptions, export_webmap

    db, names = hostile_database(tmp_path, bundled_gpkg)
    result = export_webmap(db, tmp_path / "hostile", WebMapOptions(basemap_url=""))
    data = json_block(result.index, "amuddu-data")
    decoded = points(data)
    ctx = browser.new_context(viewport={"width": 1280, "height": 860}, locale="fr-FR")
    try:
        page = open_page(ctx, result.index.as_uri())
        assert page.count() == len(decoded)
        for uid, name in names.items():
            index = next(i for i, p in enumerate(decoded) if p["uuid"] == uid)
            public = data["points"]["id"][22 * index: 22 * index + 22]
            page.page.evaluate("id => { location.hash = 's=' + id; }", public)
            page.page.wait_for_function(
                "id => location.hash.includes(id) && document.getElementById('d-name')", arg=public)
            shown = page.page.eval_on_selector("#d-name span", "e => e.textContent")
            assert shown == name
        page.page.fill("#q", "bold")
        wait_count(page, 1)
        assert "<b>bold</b>" in page.page.locator("#results li.item strong").first.inner_text()
        state = page.page.evaluate(
            "({pwned: window.__pwned, scripts: document.scripts.length,"
            " handlers: document.querySelectorAll('[onerror],[onload],[onclick]').length,"
            " injected: document.querySelectorAll("
            "'#results b, #results img:not(.ico img), #details svg').length})")
        assert state == {"pwned": None, "scripts": 3, "handlers": 0, "injected": 0}
        assert page.errors == []
        assert len(HOSTILE_NAMES) == len(names)
    finally:
        ctx.close()


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_accessibility_axe_wcag_21_aa(site, context, lang):
    page = open_page(context, site["index"].as_uri() + f"#lang={lang}")
    p = page.page
    open_filters(p)
    assert axe_violations(p) == []
    p.locator("#results li.item button").first.click()
    assert p.locator("#details").is_visible()
    assert axe_violations(p) == []
    p.set_viewport_size({"width": 390, "height": 780})
    p.click("#view-map")
    assert axe_violations(p) == []
    assert page.errors == []


def test_nu_html_checker_finds_no_error(site):
    done = subprocess.run(["java", "-jar", str(VNU), "--errors-only", str(site["index"])],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_phone_view_switches_between_list_and_map(site, browser):
    ctx = browser.new_context(viewport={"width": 390, "height": 780}, locale="ar-MA", is_mobile=True,
                              has_touch=True, device_scale_factor=2)
    try:
        page = open_page(ctx, site["index"].as_uri())
        p = page.page
        assert p.evaluate("document.documentElement.lang") == "ar"  # the browser's language
        assert not p.locator("#map").is_visible() and p.locator("#results").is_visible()
        p.click("#view-map")
        assert p.locator("#map").is_visible() and not p.locator("#results").is_visible()
        assert p.locator(".amuddu-points button").count() > 0
        viewport = p.evaluate("document.querySelector('meta[name=viewport]').content")
        assert "user-scalable" not in viewport and "maximum-scale" not in viewport
        assert page.errors == []
    finally:
        ctx.close()


def test_print_shows_the_list_not_the_map(site, context):
    page = open_page(context, site["index"].as_uri())
    p = page.page
    p.emulate_media(media="print")
    p.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert not p.locator("#map").is_visible() and not p.locator("#find").is_visible()
    assert p.locator("#results li.item").count() == len(site["points"])
    assert p.locator("#results li.item .print-only").first.is_visible()


def test_offline_basemap_when_the_tiles_cannot_load(qgis_app, site, browser, tmp_path):
    from amuddu_plugin.core.webmap.export import WebMapOptions, export_webmap
    from amuddu_plugin.core.webmap.page import DEFAULT_BASEMAP_URL

    result = export_webmap(site["db"], tmp_path / "online", WebMapOptions(basemap_url=DEFAULT_BASEMAP_URL))
    ctx = browser.new_context(viewport={"width": 1000, "height": 700}, locale="fr-FR")
    tiles = []
    ctx.route("https://tile.openstreetmap.org/**",
              lambda route: (tiles.append(route.request.url), route.abort()))
    try:
        page = open_page(ctx, result.index.as_uri(), failed_resources_ok=True)
        p = page.page
        p.wait_for_timeout(300)
        assert tiles, "the page asked for tiles"
        land = p.evaluate(
            "(() => { const c = document.querySelector('.leaflet-amuddu-land-pane canvas');"
            " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
            " for (let k = 3; k < d.length; k += 4) if (d[k] > 0) n++; return n / (d.length / 4); })()")
        assert land > 0.02  # Morocco's land is drawn from our own layers
        assert "OpenStreetMap" in p.locator("#attribution").inner_text()
        p.uncheck("#tiles")
        assert "tiles=0" in p.evaluate("location.hash")
        assert "OpenStreetMap" not in p.locator("#attribution").inner_text()
        assert page.errors == []
    finally:
        ctx.close()


def test_zoomed_in_without_tiles_the_map_points_to_the_nearest_town(site, context):
    """Street zoom, no tile basemap, no town label in sight: the map names the nearest town
    of the embedded gazetteer and its distance (checked against haversine over the towns)."""
    from amuddu_plugin.core.store.gpkg import blob_point

    towns = [(name, *blob_point(geom)) for name, geom in site["db"].query("SELECT name_fr, geom FROM town")]
    lat, lon = 34.70, -1.94  # about 4 km from Oujda's centre, in the countryside to its west

    def km(t: tuple) -> float:
        la1, lo1, la2, lo2 = map(math.radians, (lat, lon, t[2], t[1]))
        a = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
        return 2 * 6371 * math.asin(math.sqrt(a))

    nearest = min(towns, key=km)
    page = open_page(context, site["index"].as_uri() + f"#view=map&map=15/{lat}/{lon}")
    p = page.page
    p.wait_for_function("() => [...document.querySelectorAll('canvas')].some(c => c.dataset.orientation)",
                        timeout=5000)
    hint = p.evaluate("() => [...document.querySelectorAll('canvas')].map(c => c.dataset.orientation)"
                      ".find(Boolean)")
    assert hint.startswith(nearest[0] + " "), (hint, nearest)
    shown = float(hint.rsplit(" ", 2)[-2].replace(",", "."))
    assert abs(shown - km(nearest)) < 0.6, (hint, km(nearest))
    page2 = open_page(context, site["index"].as_uri() + f"#view=map&map=8/{lat}/{lon}")
    page2.page.wait_for_timeout(300)
    assert page2.page.evaluate("() => [...document.querySelectorAll('canvas')]"
                               ".map(c => c.dataset.orientation || '').join('')") == ""
    assert page.errors == [] and page2.errors == []
