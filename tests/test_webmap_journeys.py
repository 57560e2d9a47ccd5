"""The web map's main task as a migrant does it, on a phone (360x740), in French, Arabic and
English: find the nearest service from a town's name (English, everyday, misspelt), without
location, and come back with Back; checked against an oracle in Python (haversine over the
exported rows, the towns of the exported gazetteer), independent of the page's code.
"""

from __future__ import annotations

import math
import re

import pytest

from tests.web.browser import Page, axe_violations, chromium, serve
from tests.web.decode import json_block, points
from tests.web.seed import web_database

PHONE = {"width": 360, "height": 740}
NEAR_KM, MIN_NEAR = 30, 5  # the page's rule (webapp/src/filter.js), restated


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    a = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def site(qgis_app, bundled_gpkg, tmp_path_factory):
    from amuddu_plugin.core.webmap.export import WebMapOptions, export_webmap

    folder = tmp_path_factory.mktemp("journeys")
    db, _ = web_database(folder, bundled_gpkg)
    result = export_webmap(db, folder / "webmap", WebMapOptions(basemap_url=""))
    data = json_block(result.index, "amuddu-data")
    g = data["gazetteer"]
    towns = {slug: (g["y"][i] / g["scale"], g["x"][i] / g["scale"], g["fr"][i])
             for i, slug in enumerate(g["slug"])}
    return {"index": result.index, "points": points(data), "towns": towns}


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def http_url(site):
    with serve(site["index"].parent) as url:
        yield url


@pytest.fixture
def phone(browser):
    ctx = browser.new_context(viewport=PHONE, locale="fr-FR", is_mobile=True, has_touch=True)
    yield ctx
    ctx.close()


def listed(page: Page, site: dict) -> list[dict]:
    indexes = page.page.eval_on_selector_all("#results li.item button", "bs => bs.map(b => +b.dataset.i)")
    return [site["points"][i] for i in indexes]


def search(page: Page, text: str) -> None:
    page.page.fill("#q", text)
    page.page.wait_for_function("t => window.amudduStats.lastUpdateMs !== undefined && "
                                "location.hash.includes('q=')", arg=text)
    page.page.wait_for_timeout(250)


def nearest(site: dict, slug: str, institution: str | None = None) -> tuple[dict, float]:
    lat, lon, _ = site["towns"][slug]
    candidates = [p for p in site["points"] if institution is None or p["institution"] == institution]
    best = min(candidates, key=lambda p: km(lat, lon, p["lat"], p["lon"]))
    return best, km(lat, lon, best["lat"], best["lon"])


@pytest.mark.parametrize(("lang", "query"),
                         [("fr", "ANAPEC Oujda"), ("ar", "الانابيك وجدة"), ("en", "anapec oujda")])
def test_institution_and_town_gives_the_nearest_with_its_distance(site, phone, lang, query):
    page = Page(phone, site["index"].as_uri() + f"#lang={lang}")
    search(page, query)
    first = listed(page, site)[0]
    best, distance = nearest(site, "oujda", "ANAPEC")
    assert first["uuid"] == best["uuid"]
    shown = page.page.locator("#results li.item .dist").first.inner_text()
    digits = re.sub(r"[^\d٠-٩.,٫]", "", shown).translate(str.maketrans("٠١٢٣٤٥٦٧٨٩٫", "0123456789."))
    assert abs(float(digits.replace(",", ".")) - distance) <= max(0.6, distance * 0.02), (shown, distance)
    # the nearest result is visible without scrolling on the phone
    box = page.page.locator("#results li.item").first.bounding_box()
    assert box["y"] + box["height"] <= PHONE["height"] - 52
    assert page.errors == []


@pytest.mark.parametrize(("lang", "query", "slug"), [
    ("en", "Tangier", "tanger"), ("fr", "Casa", "casablanca"), ("ar", "كازا", "casablanca"),
    ("fr", "oujada", "oujda"), ("en", "Fez", "fes"), ("ar", "وجده", "oujda"),
])
def test_english_everyday_and_misspelt_town_names_resolve(site, phone, lang, query, slug):
    page = Page(phone, site["index"].as_uri() + f"#lang={lang}")
    search(page, query)
    best, _ = nearest(site, slug)
    assert listed(page, site)[0]["uuid"] == best["uuid"], query
    assert page.page.locator("#message").inner_text().strip()
    assert page.errors == []


def test_fes_lists_only_services_in_or_near_fes(site, phone):
    page = Page(phone, site["index"].as_uri() + "#lang=fr")
    search(page, "fes")
    while page.page.locator("#more").is_visible():
        page.page.click("#more")
    lat, lon, _ = site["towns"]["fes"]
    shown = listed(page, site)
    distances = [km(lat, lon, p["lat"], p["lon"]) for p in shown]
    everything = sorted(km(lat, lon, p["lat"], p["lon"]) for p in site["points"])
    expected = max(MIN_NEAR, sum(1 for d in everything if d <= NEAR_KM))
    assert len(shown) == expected == page.count()
    assert distances == sorted(distances) and distances[-1] <= max(NEAR_KM, everything[MIN_NEAR - 1]) + 1e-6
    assert page.page.locator("#far").is_visible()  # and the farther ones on request
    assert page.errors == []


def test_a_printed_town_link_opens_sorted_around_it(site, phone):
    from amuddu_plugin.definitions.urls import webmap_url

    page = Page(phone, webmap_url(site["index"].as_uri(), lang="fr", place="oujda"))
    best, _ = nearest(site, "oujda")
    assert listed(page, site)[0]["uuid"] == best["uuid"]
    assert "Oujda" in page.page.locator("#message").inner_text()
    assert page.page.locator("#results").is_visible()
    assert page.errors == []


def test_back_after_opening_a_service_keeps_the_page_and_its_state(site, phone):
    page = Page(phone, site["index"].as_uri() + "#lang=ar")
    search(page, "انابيك وجدة")
    before = (page.count(), page.page.evaluate("location.hash"))
    page.page.locator("#results li.item button").nth(1).click()
    assert page.page.locator("#details").is_visible() and "s=" in page.page.evaluate("location.hash")
    page.page.go_back()
    page.page.wait_for_function("() => document.getElementById('details').hidden")
    assert page.page.input_value("#q") == "انابيك وجدة"
    assert (page.count(), page.page.evaluate("location.hash")) == before
    assert page.page.evaluate("document.activeElement.dataset.i") is not None  # focus back on the item
    # Escape closes the details too
    page.page.locator("#results li.item button").first.click()
    page.page.keyboard.press("Escape")
    page.page.wait_for_function("() => document.getElementById('details').hidden")
    assert page.errors == []


def test_position_never_in_the_url_unless_shared_and_then_rounded(site, browser, http_url):
    target = site["points"][40]
    here = {"latitude": target["lat"] + 0.00123, "longitude": target["lon"] - 0.00456}
    ctx = browser.new_context(viewport=PHONE, locale="en-GB", is_mobile=True, has_touch=True,
                              geolocation=here, permissions=["geolocation"])
    try:
        page = Page(ctx, http_url + "#lang=en")
        page.page.click("#near-me")
        page.page.wait_for_function("() => document.getElementById('sort').value === 'distance'")
        hash_now = page.page.evaluate("location.hash")
        assert "near=" not in hash_now
        assert all(len(n.split(".")[1]) <= 2 for n in re.findall(r"\d+\.\d+", hash_now)), hash_now
        page.page.click("#share")
        shared = page.page.evaluate("location.hash")
        found = re.search(r"near=(-?\d+\.\d+),(-?\d+\.\d+)", shared)
        assert found and all(len(v.split(".")[1]) <= 2 for v in found.groups()), shared
        assert abs(float(found.group(1)) - here["latitude"]) <= 0.005
        assert page.errors == []
    finally:
        ctx.close()


def test_without_location_the_place_box_not_a_dead_end(site, browser):
    ctx = browser.new_context(viewport=PHONE, locale="fr-FR", is_mobile=True, has_touch=True)  # no permission
    try:
        page = Page(ctx, site["index"].as_uri())
        page.page.click("#near-me")
        page.page.wait_for_function("() => document.getElementById('message').textContent.length > 40")
        assert page.page.locator("#results").is_visible()  # still on the list, with the message
        assert page.page.evaluate("document.activeElement.id") == "q"
        assert page.errors == []
    finally:
        ctx.close()


def test_a_view_out_of_range_in_the_url_is_ignored(site, phone):
    page = Page(phone, site["index"].as_uri() + "#map=5/34/-1e308&near=1e999,3")
    assert page.count() == len(site["points"])


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_axe_on_the_phone_journey(site, phone, lang):
    page = Page(phone, site["index"].as_uri() + f"#lang={lang}")
    page.page.fill("#q", "tan")
    page.page.wait_for_selector("#suggest li")
    assert axe_violations(page.page) == []
    page.page.locator("#suggest button").first.click()
    page.page.locator("#results li.item button").first.click()
    assert axe_violations(page.page) == []
    assert page.errors == []


def test_what_is_typed_before_the_app_starts_is_kept_and_nothing_moves(site, browser, http_url):
    """The slow phone's case, made certain: app.js is held back until the user has typed."""
    ctx = browser.new_context(viewport=PHONE, locale="en-GB", is_mobile=True, has_touch=True)
    held = []
    try:
        page = ctx.new_page()
        page.add_init_script("window.__cls = 0; new PerformanceObserver(l => { for (const e of"
                             " l.getEntries()) window.__cls += e.value; })"
                             ".observe({type: 'layout-shift', buffered: true});")
        page.route("**/app.js", lambda route: held.append(route))
        page.goto(http_url, wait_until="commit")
        page.wait_for_selector("#q", state="visible")
        # before the app: the export's default language (fr) is already in the page, the
        # list and its buttons are not shown yet
        assert page.inner_text("label[for=q]").startswith("Rechercher")
        assert page.get_attribute("#q", "placeholder").startswith("ex.")
        assert page.evaluate("getComputedStyle(document.getElementById('near-me')).visibility") == "hidden"
        page.type("#q", "ANAPEC Oujda")
        page.wait_for_timeout(200)
        assert held, "app.js was not requested"
        held[0].continue_()
        page.wait_for_function("() => window.amudduReady === true")
        assert page.input_value("#q") == "ANAPEC Oujda"
        page.wait_for_function("() => document.querySelectorAll('#results li').length > 0")
        first = page.inner_text("#results li")
        assert "ANAPEC" in first
        assert page.inner_text("label[for=q]").startswith("Search")  # then the browser's language
        assert page.evaluate("window.__cls") < 0.1
    finally:
        ctx.close()
