"""The History of a service point: what the import history (GeoPackage) or the server's
history (PostGIS, in test_postgis_rights.py) says changed, field by field, and the dialog."""

from __future__ import annotations

import pytest

from amuddu_plugin.core.imports.importer import import_services
from amuddu_plugin.core.setup import create_database
from amuddu_plugin.core.store.history import Change, point_history, split_row_change
from tests.test_import import ANAPEC, ANAPEC_V2


@pytest.fixture()
def db(qgis_app, bundled_gpkg, tmp_path):
    return create_database(tmp_path / "amuddu.gpkg", reference=bundled_gpkg)


def test_a_points_history_lists_its_imports_field_by_field(db, tmp_path):
    first = import_services(db, ANAPEC, institution="ANAPEC")
    v2 = tmp_path / "anapec_v2.csv"
    v2.write_text(ANAPEC_V2, encoding="utf-8-sig")
    second = import_services(db, v2, institution="ANAPEC")
    (uuid,) = db.query("SELECT uuid FROM service_point WHERE name_fr LIKE '%Rabat%' AND phone = '+212537771299'")[0]
    changes = point_history(db, uuid)
    points = [c for c in changes if c.table == "service_point"]
    assert points[0].operation == "insert" and points[0].field == ""
    updates = [(c.field, c.old, c.new) for c in points if c.operation == "update"]
    assert updates == [("phone", "+212537771234", "+212537771299")]
    # Every entry is dated, and the import's own rows are the only source of them.
    logged = db.query("SELECT count(DISTINCT import_run_uuid) FROM change_log WHERE row_uuid = ?", (uuid,))
    assert logged == [(2,)] and first.run_uuid != second.run_uuid
    assert all(len(c.when) == 19 and c.when[4] == "-" for c in changes)
    # A point with no recorded change has an empty history (not an error).
    assert point_history(db, "00000000-0000-4000-8000-000000000000") == []


def test_a_servers_row_change_is_split_into_the_fields_it_changed():
    old = {"uuid": "u1", "phone": "+212537000001", "notes": None, "updated_at": "2026-01-01",
           "geom": {"type": "Point", "coordinates": [-6.8, 34.0]}}
    new = dict(old, phone="+212537000002", notes="relu", updated_at="2026-02-01",
               geom={"type": "Point", "coordinates": [-6.81, 34.02]})
    changes = split_row_change("2026-02-01T10:00:00", "reviewer1", "service_point", "update", old, new)
    assert [(c.field, c.old, c.new) for c in changes] == [
        ("phone", "+212537000001", "+212537000002"), ("notes", "", "relu"),
        ("geom", "34.000000, -6.800000", "34.020000, -6.810000")]
    assert {c.who for c in changes} == {"reviewer1"} and changes[0].when == "2026-02-01 10:00:00"
    assert split_row_change("t", "a", "service", "insert", None, {"uuid": "s1"}) == [
        Change("t", "a", "service", "s1", "insert", "", "", "")]


def test_the_history_dialog_shows_the_latest_first_right_to_left_in_arabic(qgis_app, monkeypatch):
    from qgis.PyQt.QtCore import Qt

    from amuddu_plugin.gui import history_dialog

    changes = [Change("2026-01-01 08:00:00", "ed_anapec", "service_point", "u", "insert", "", "", ""),
               Change("2026-01-02 09:00:00", "reviewer1", "service_point", "u", "update",
                      "publication_state", "submitted", "draft")]
    monkeypatch.setattr("amuddu_plugin.gui.rtl.is_right_to_left", lambda language=None: True)
    monkeypatch.setattr(history_dialog, "ui_language", lambda: "ar")
    dialog = history_dialog.HistoryDialog("Agence", changes)
    table = dialog.table
    assert dialog.layoutDirection() == Qt.RightToLeft
    assert (table.rowCount(), table.columnCount()) == (2, 6)
    assert [table.item(0, k).text() for k in (0, 1)] == ["2026-01-02 09:00:00", "reviewer1"]
    assert [table.item(0, k).text() for k in (4, 5)] == ["مقدم للمراجعة", "مسودة"]  # the model's labels
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    for k in range(table.columnCount() - 1):  # no header cut
        text = table.horizontalHeaderItem(k).text()
        assert header.sectionSize(k) >= metrics.horizontalAdvance(text), text
    dialog.close()


def test_field_labels_are_the_models_in_the_ui_language(monkeypatch):
    """The dialog names a changed field by the model's label (the geometry by its declared
    label), in the language of QGIS."""
    from amuddu_plugin.core.store.history import field_label
    from amuddu_plugin.definitions.model import GEOMETRY_LABEL, SERVICE_POINT

    shown = set()
    for language in ("fr", "ar", "en"):
        monkeypatch.setattr("amuddu_plugin.core.store.history.ui_language", lambda lang=language: lang)
        assert field_label("service_point", "geom") == GEOMETRY_LABEL.get(language)
        assert field_label("service_point", "phone") == SERVICE_POINT.field("phone").label.get(language)
        shown.add(field_label("service_point", "geom"))
    assert len(shown) == 3
