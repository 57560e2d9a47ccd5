"""The real QGIS desktop under Xvfb, with the plugin installed from its zip
(tests/desktop_harness.py drives it with the scenarios of tests/desktop/driver.py)."""

from __future__ import annotations

import pytest

from amuddu_plugin.definitions.projection import MOROCCO_LCC_NAME
from tests.desktop_harness import ROOT, available, build_zip, run_desktop


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory):
    assert available(), "the desktop tests need qgis and xvfb-run: run make deps"
    return build_zip(tmp_path_factory.mktemp("zip"))


def test_open_database_in_a_new_project_sets_a_projection_for_morocco(tmp_path, plugin_zip):
    result = run_desktop(tmp_path, "open_new", plugin_zip=plugin_zip)
    assert "service_point" in " ".join(result["layers"]) or len(result["layers"]) > 5
    assert not result["crs_geographic"]
    assert "+proj=lcc" in result["crs_proj"] and "+lat_1=34" in result["crs_proj"]
    assert result["crs_description"] == MOROCCO_LCC_NAME


def test_open_database_asks_before_changing_the_crs_of_a_project_with_layers(tmp_path, plugin_zip):
    kept = run_desktop(tmp_path / "no", "open_with_layers", plugin_zip=plugin_zip, answer="no")
    assert len(kept["questions"]) == 1 and "EPSG:4326" in kept["questions"][0]["text"]
    assert kept["crs_authid"] == "EPSG:4326"
    changed = run_desktop(tmp_path / "yes", "open_with_layers", plugin_zip=plugin_zip, answer="yes")
    assert len(changed["questions"]) == 1
    assert "+proj=lcc" in changed["crs_proj"] and changed["crs_description"] == MOROCCO_LCC_NAME
    assert "my points" in changed["layers"]


def test_the_basemap_is_under_the_reference_layers_and_the_buttons_join_the_plugin_toolbar(
        tmp_path, plugin_zip):
    result = run_desktop(tmp_path, "open_new", plugin_zip=plugin_zip)
    tables = result["layer_tables"]
    assert tables[-1] == "basemap" and tables.index("region") < tables.index("basemap")
    basemap = result["basemap"]
    assert basemap["valid"] and "type=xyz" in basemap["source"]
    assert "OpenStreetMap" in basemap["attribution"] and "OpenStreetMap" in basemap["name"]
    assert {"Open database…", "New database…"} <= set(result["plugin_toolbar"])
    assert result["amuddu_toolbars"] == []


def test_arabic_form_and_dialogs_are_right_to_left_and_list_the_problems(tmp_path, plugin_zip):
    result = run_desktop(tmp_path, "form", lang="ar", plugin_zip=plugin_zip, invalid=True)
    form = result["form"]
    assert form["dialog_rtl"] and form["form_rtl"]
    assert form["panel"] and not form["ok_enabled"]
    assert "الاسم بالفرنسية إلزامي." in form["problems"]
    assert any("accueil@example.ma" in p for p in form["problems"])
    assert any(t.startswith("⚠ ") for t in form["tabs"])
    assert result["webmap_dialog"]["rtl"]
    assert result["webmap_dialog"]["attribution"] == "© OpenStreetMap contributors"
    assert result["options_page"] == {"found": True, "visible": True, "rtl": True}


def test_a_valid_french_form_shows_no_problem_list_and_is_left_to_right(tmp_path, plugin_zip):
    result = run_desktop(tmp_path, "form", lang="fr", plugin_zip=plugin_zip)
    form = result["form"]
    assert not form["dialog_rtl"] and not form["panel"] and form["problems"] == []
    assert form["ok_enabled"]


def test_opening_twice_in_two_languages_does_not_pile_up_themes(tmp_path, plugin_zip):
    project = tmp_path / "amuddu.qgz"
    database = tmp_path / "db"
    database.mkdir()
    first = run_desktop(tmp_path / "fr", "reopen_project", lang="fr", plugin_zip=plugin_zip,
                        project=str(project), database=str(database / "sample.gpkg"))
    second = run_desktop(tmp_path / "ar", "reopen_project", lang="ar", plugin_zip=plugin_zip,
                         project=str(project), database=str(database / "sample.gpkg"))
    assert len(second["themes"]) == len(first["themes"]) >= 3
    assert "Tous les services" in first["themes"] and "Tous les services" not in second["themes"]
    assert "جميع الخدمات" in second["themes"]
    assert len(second["groups"]) == len(first["groups"]) == 1
    assert second["layer_tables"].count("basemap") == 1


def test_an_editor_on_the_shared_database_saves_their_point_and_is_refused_on_anothers(
        tmp_path, plugin_zip, pg_cluster, bundled_gpkg, monkeypatch):
    from amuddu_plugin.core.setup import copy_database, create_database
    from amuddu_plugin.core.store.postgis.access import grant_access

    sample = create_database(tmp_path / "s.gpkg", reference=bundled_gpkg, sample_data=True)
    dbname = pg_cluster.create_database("desktop")
    server, _ = copy_database(sample.source, pg_cluster.uri(dbname))
    pg_cluster.psql("postgres", "DROP ROLE IF EXISTS fatima; CREATE ROLE fatima LOGIN PASSWORD 'pw'")
    grant_access(server, "fatima", "editor", "ANAPEC")
    monkeypatch.setenv("PGPASSWORD", "pw")
    try:
        result = run_desktop(tmp_path / "run", "shared_edit", lang="fr", plugin_zip=plugin_zip,
                             connection=f"postgresql://fatima@{pg_cluster.host}:{pg_cluster.port}/{dbname}",
                             mine="ANAPEC")
    finally:
        pg_cluster.drop_database(dbname)
    assert result["provider"] == "postgres"
    assert result["own_saved"] is True and result["other_saved"] is False
    assert any("amuddu-rights:other_institution" in e for e in result["errors"])
    expected = f"Ce point appartient à une autre institution ({result['other_institution']})"
    assert any(expected in m for m in result["messages"]), result["messages"]


def test_arabic_legend_entries_show_whole_in_the_layers_panel(tmp_path, plugin_zip):
    """In Arabic, QGIS's layers panel stays left to right: an entry wider than the panel
    would lose its start. Each institution's entry is its whole Arabic name, every line of
    it within the panel's width."""
    from amuddu_plugin.definitions.model import CHOICE_LABELS
    from amuddu_plugin.definitions.vocabularies import INSTITUTIONS

    result = run_desktop(tmp_path, "city_legend", lang="ar", plugin_zip=plugin_zip)
    legend = result["legend"]
    entries = [" ".join(e["text"].split("\n")) for e in legend]
    assert entries[0:3 * len(INSTITUTIONS):3] == [i["name_ar"] for i in INSTITUTIONS]
    assert entries[1:3 * len(INSTITUTIONS):3] == [CHOICE_LABELS["draft"].ar] * len(INSTITUTIONS)
    assert entries[-1] == CHOICE_LABELS["closed"].ar
    hidden = [e["text"] for e in legend if e["left"] + e["needed"] > e["view_width"]]
    assert hidden == []
    assert result["scale"] < 100_000


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_import_dialogs_column_headers_are_not_cut(tmp_path, plugin_zip, lang):
    data = ROOT / "tests" / "data" / "anapec_arabic_cp1256.csv"
    result = run_desktop(tmp_path, "import_dialog", lang=lang, plugin_zip=plugin_zip, file=str(data))
    assert result["rtl"] == (lang == "ar")
    assert len(result["empty"]) == 3 and len(result["read"]) > 3
    cut = [(h["tab"], h["text"]) for h in result["empty"] + result["read"] if h["width"] < h["needed"]]
    assert cut == []
