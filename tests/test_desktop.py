"""The real QGIS desktop under Xvfb, with the plugin installed from its zip
(tests/desktop_harness.py drives it with the scenarios of tests/desktop/driver.py)."""

from __future__ import annotations

import pytest

from amuddu_plugin.definitions.projection import MOROCCO_LCC_NAME
from tests.desktop_harness import available, build_zip, run_desktop

pytestmark = pytest.mark.skipif(not available(), reason="needs qgis and xvfb-run (make deps)")


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory):
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
