"""The problem list of an Amuddu form (gui/form_problems.py): the sentences of the rules a
value breaks, visible at the top of the form, and the tabs holding a refused field marked."""

from __future__ import annotations

from qgis.core import QgsEditFormConfig, QgsProject
from qgis.PyQt.QtWidgets import QApplication, QTabWidget

from amuddu_plugin.core.project import load_into_project
from amuddu_plugin.core.styles.form_context import FormContext
from amuddu_plugin.core.styles.forms import FORM_INIT_FUNCTION, set_form_init
from amuddu_plugin.definitions.formats import EMAIL, REQUIRED_NAME, format_of
from amuddu_plugin.definitions.model import SERVICE_POINT
from amuddu_plugin.gui import form_problems
from tests.test_forms import a_feature, open_form


def test_the_form_lists_what_stops_it_from_saving_and_marks_the_tabs(qgis_new_project, sample_db):
    loaded = load_into_project(sample_db, QgsProject.instance(), language="en")
    points = loaded.layers["service_point"]
    config = points.editFormConfig()
    # Headless QGIS has no Python runner: no init function (it would stop at a message box).
    assert config.initCodeSource() == QgsEditFormConfig.CodeSourceNone
    set_form_init(config, FormContext("en"), python=True)
    assert config.initCodeSource() == QgsEditFormConfig.CodeSourceEnvironment
    assert config.initFunction() == FORM_INIT_FUNCTION and config.initCode() == ""
    form_problems.install_init_function()
    import __main__

    assert getattr(__main__, FORM_INIT_FUNCTION) is form_problems.open_form
    feature = a_feature(points)
    points.startEditing()
    form = open_form(points, feature)
    panel = form_problems.open_form(form, points, feature)
    form.show()
    assert panel is not None and panel.sentences() == [] and not panel.isVisible()

    form.changeAttribute("name_fr", "")
    form.changeAttribute("email", "accueil(at)anapec.org")
    panel.refresh()
    QApplication.processEvents()
    language = panel.language  # the UI's (English unless an earlier test left another)
    email_label = SERVICE_POINT.field("email").label.get(language)
    assert panel.isVisible()
    assert panel.sentences() == [format_of(REQUIRED_NAME).text(language),
                                 format_of(EMAIL).text(language, email_label)]
    assert format_of(REQUIRED_NAME).text(language) in panel.list.text()
    assert "accueil@example.ma" in panel.list.text()  # an example of a good value
    assert all("NULL" not in s for s in panel.sentences())
    tabs = form.findChildren(QTabWidget)[0]
    marked = [tabs.tabText(i) for i in range(tabs.count())
              if tabs.tabText(i).startswith(form_problems.TAB_MARK)]
    assert marked, [tabs.tabText(i) for i in range(tabs.count())]

    form.changeAttribute("name_fr", "ANAPEC – Agence de test")
    form.changeAttribute("email", "accueil@anapec.org")
    panel.refresh()
    assert panel.sentences() == [] and not panel.isVisible()
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert not any(t.startswith(form_problems.TAB_MARK) for t in titles), titles
    points.rollBack()
    form.close()


def test_required_fields_give_one_sentence_not_not_null(qgis_new_project, sample_db):
    from qgis.core import QgsFieldConstraints

    loaded = load_into_project(sample_db, QgsProject.instance(), language="en")
    points = loaded.layers["service_point"]
    idx = points.fields().indexOf("institution")
    constraints = points.fields().at(idx).constraints()
    assert constraints.constraintOrigin(QgsFieldConstraints.ConstraintNotNull) != \
        QgsFieldConstraints.ConstraintOriginLayer
    assert constraints.constraintDescription().endswith("is required.")


def test_empty_values_are_shown_empty(qgis_new_project, sample_db):
    from qgis.gui import QgsFilterLineEdit

    loaded = load_into_project(sample_db, QgsProject.instance(), language="en")
    points = loaded.layers["service_point"]
    feature = a_feature(points, "\"name_en\" IS NULL")
    points.startEditing()
    form = open_form(points, feature)
    form_problems.open_form(form, points, feature)
    form.show()
    QApplication.processEvents()
    lines = [w for w in form.findChildren(QgsFilterLineEdit) if w.text() == "NULL"]
    assert lines and all("color: transparent" in w.styleSheet() for w in lines)
    form.changeAttribute("name_en", "Training centre")
    QApplication.processEvents()
    typed = [w for w in form.findChildren(QgsFilterLineEdit) if w.text() == "Training centre"]
    assert typed and "transparent" not in typed[0].styleSheet()
    assert form.currentFormFeature()["name_en"] == "Training centre"
    points.rollBack()
    form.close()


def test_project_files_do_not_keep_the_init_function(qgis_new_project, sample_db, tmp_path,
                                                     monkeypatch):
    from qgis.core import QgsPythonRunner

    # As in the desktop, where QGIS runs Python.
    monkeypatch.setattr(QgsPythonRunner, "isValid", staticmethod(lambda: True))
    project = QgsProject.instance()
    keeper = form_problems.FormInitKeeper(project)
    try:
        loaded = load_into_project(sample_db, project, language="en")
        path = tmp_path / "amuddu.qgs"
        assert project.write(str(path))
        points = loaded.layers["service_point"]
        QApplication.processEvents()
        assert points.editFormConfig().initFunction() == FORM_INIT_FUNCTION  # back once written
        text = path.read_text(encoding="utf-8")
        assert FORM_INIT_FUNCTION not in text and "<editforminit" in text
        project.clear()
        assert project.read(str(path))
        points = next(lyr for lyr in project.mapLayers().values()
                      if lyr.customProperty("amuddu/table") == "service_point")
        assert points.editFormConfig().initFunction() == FORM_INIT_FUNCTION
        assert points.editFormConfig().initCodeSource() == QgsEditFormConfig.CodeSourceEnvironment
    finally:
        keeper.close()
