"""``amuddu:cp3_report``, the committee's printed report, on the synthetic database of
test_monitoring_coverage.py with two snapshots and the changes between them
(test_monitoring_progress.py): its pages, its texts in French and Arabic (pdftotext), its
figures against counts made here in SQL, its maps drawn in the coverage colours, the layout
saved beside it for the layout designer, and a headless qgis_process run."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import unicodedata
from pathlib import Path

import pytest

from amuddu_plugin.definitions.report import SINGLE_PAGES
from tests.test_monitoring_coverage import REGIONS, build_world
from tests.test_monitoring_progress import U, make_changes

NOTE = "Vu en réunion : ouverture prévue"


def run(params: dict, feedback=None):
    import processing

    return processing.run("amuddu:cp3_report", params, feedback=feedback)


@pytest.fixture
def world(provider, empty_db):
    """Two regions, three provinces, the points of the coverage tests and point g; snapshot T1,
    the changes of the progress tests, snapshot T2; one alert known to the committee."""
    import processing

    build_world(empty_db)
    empty_db.insert(
        "service_point",
        [
            {
                "uuid": U["g"],
                "institution": "EN",
                "facility_type": "EN_SOCIAL",
                "name_fr": "Point g",
                "geometry": "POINT(-7 33.5)",
                "region_code": "02",
                "province_code": "02.001",
                "publication_state": "published",
                "operating_status": "active",
            }
        ],
    )
    processing.run("amuddu:snapshot", {"DATABASE": empty_db.source, "LABEL": "T1"})
    make_changes(empty_db)
    processing.run("amuddu:snapshot", {"DATABASE": empty_db.source, "LABEL": "T2"})
    processing.run(
        "amuddu:acknowledge_alert",
        {
            "DATABASE": empty_db.source,
            "RULE": "CATEGORY_MISSING_IN_PROVINCE",
            "SUBJECT": "01.002",
            "NOTE": NOTE,
        },
    )
    return empty_db


def pdf_text(path: Path, page: int | None = None, layout: bool = False) -> str:
    args = [
        "pdftotext",
        *(["-f", str(page), "-l", str(page)] if page else []),
        *(["-layout"] if layout else []),
        str(path),
        "-",
    ]
    text = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    # Arabic comes out as presentation forms, with bidi controls: back to plain letters; wrapped
    # lines joined (unless the layout is asked for)
    text = re.sub("[\u200e\u200f\u202a-\u202e]", "", unicodedata.normalize("NFKC", text))
    return text if layout else " ".join(text.split())


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def counts(db, key: str = "i.acronym") -> dict[str, tuple[int, int]]:
    """Published active points and their services, by institution's acronym (or ``key``),
    counted here in SQL."""
    con = sqlite3.connect(db.path)
    try:
        rows = con.execute(
            f"SELECT {key}, count(DISTINCT p.uuid), count(s.uuid) FROM service_point p "
            "JOIN institution i ON i.code = p.institution "
            "LEFT JOIN service s ON s.service_point_uuid = p.uuid "
            "WHERE p.publication_state = 'published' AND p.operating_status = 'active' GROUP BY 1"
        ).fetchall()
    finally:
        con.close()
    return {inst: (points, services) for inst, points, services in rows}


def cells(page: str, start: str) -> list[str]:
    """The cells of the table row of ``page`` (pdftotext -layout) that starts with ``start``."""
    line = next(li for li in page.splitlines() if li.strip().startswith(start))
    return re.split(r"\s{2,}", line.strip())


def report(world, tmp_path, language: str, **extra) -> tuple[dict, Path]:
    out = run(
        {
            "DATABASE": world.source,
            "OUTPUT": str(tmp_path / f"cp3-{language}.pdf"),
            "LANGUAGE": language,
            **extra,
        }
    )
    return out, Path(out["OUTPUT"])


def layout_of(project_file: str):
    from qgis.core import QgsProject

    project = QgsProject()
    assert project.read(project_file), project_file
    (layout,) = project.layoutManager().printLayouts()
    return project, layout


def test_the_french_report_has_its_pages_texts_and_layout(world, tmp_path):
    out, pdf = report(world, tmp_path, "fr")
    expected = len(SINGLE_PAGES) + len(REGIONS) + 1  # the few alerts fit on one page
    assert pdf_pages(pdf) == out["PAGES"] == expected
    text = pdf_text(pdf)
    for words in (
        "Synthèse nationale",
        "Par institution",
        "Par région",
        "Couverture du Maroc",
        "Région : Région 01",
        "Région : Région 02",
        "Alertes pour le comité de pilotage",
        "Qualité des données",
        "Sources et crédits",
        f"Page 1 sur {expected}",
        f"Page {expected} sur {expected}",
        "« T1 » à « T2 »",
        NOTE,
        "Province 01.002",
    ):
        assert words in text, words
    assert "National summary" not in text and "Page 1 of" not in text
    assert Path(out["PROJECT"]).is_file() and out["PROJECT"].endswith("cp3-fr.qgz")
    _project, layout = layout_of(out["PROJECT"])
    assert layout.pageCollection().pageCount() == expected
    assert {"national-coverage", "national-reach", "region-01", "region-02"} <= {
        i.id() for i in layout.items() if hasattr(i, "id")
    }


def test_the_summary_figures_equal_an_independent_count(world, tmp_path):
    out, pdf = report(world, tmp_path, "fr")
    expected = counts(world)
    _project, layout = layout_of(out["PROJECT"])
    points = sum(p for p, _ in expected.values())
    services = sum(s for _, s in expected.values())
    assert layout.itemById("figure-2").text() == str(points)
    assert layout.itemById("figure-3").text() == str(services)
    page = pdf_text(pdf, 1, layout=True)
    for acronym, (n_points, n_services) in expected.items():
        assert cells(page, f"{acronym} –")[1:3] == [str(n_points), str(n_services)], acronym
    by_region = counts(world, "p.region_code")
    for code, (population, *_box) in REGIONS.items():
        n_points, n_services = by_region.get(code, (0, 0))
        row = cells(page, f"Région {code}")
        assert row[1:4] == [f"{population:,}".replace(",", " "), str(n_points), str(n_services)], row
        assert row[4] == f"{n_services * 100_000 / population:.1f}".replace(".", ","), row
    national = sum(p for p, *_ in REGIONS.values())
    assert f"{national:,}".replace(",", " ") in page.replace("\u00a0", " ")
    # opened in between: d (published), h (new), e (reopened); closed: a
    tile = layout.itemById("figure-5").text()
    assert tile == "+3 / −1", tile


def test_the_arabic_report_is_right_to_left(world, tmp_path):
    from qgis.core import QgsLayoutItemLabel

    out, pdf = report(world, tmp_path, "ar")
    text = pdf_text(pdf)
    for words in ("الملخص الوطني", "حسب المؤسسة", "تنبيهات", "جودة المعطيات", "جهة 01"):
        assert words in text, words
    assert "Synthèse nationale" not in text and "National summary" not in text
    _project, layout = layout_of(out["PROJECT"])
    width = layout.pageCollection().page(0).pageSize().width()
    title = layout.itemById("title-1")
    assert title.hAlign() & 0x2  # Qt.AlignRight
    assert title.pos().x() + title.rect().width() > width - 20 > title.pos().x() + 10
    # table columns mirrored: the institution column is the right-most one
    headers = {
        i.text().lstrip("\u200f"): i.pos().x()
        for i in layout.items()
        if isinstance(i, QgsLayoutItemLabel) and i.page() == 0
    }
    assert headers["المؤسسة"] > headers["النقاط"] > headers["الخدمات"]


def _ramp_pixels(png: Path, colours: list[str]) -> int:
    """Pixels (every other one) within 6 levels of one of ``colours``."""
    from qgis.PyQt.QtGui import QColor, QImage

    image = QImage(str(png))
    wanted = [QColor(c) for c in colours]
    near = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = QColor(image.pixel(x, y))
            near += any(
                abs(pixel.red() - w.red()) <= 6
                and abs(pixel.green() - w.green()) <= 6
                and abs(pixel.blue() - w.blue()) <= 6
                for w in wanted
            )
    return near


def test_the_maps_render_in_the_coverage_colours(world, tmp_path):
    from amuddu_plugin.definitions.monitoring import COVERAGE_RAMP, REACH_RAMP

    _out, pdf = report(world, tmp_path, "fr")
    for page, ramp in ((2, COVERAGE_RAMP), (2, REACH_RAMP), (4, COVERAGE_RAMP)):
        stem = tmp_path / f"page-{page}"
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "40",
                "-png",
                "-f",
                str(page),
                "-l",
                str(page),
                "-singlefile",
                str(pdf),
                str(stem),
            ],
            check=True,
        )
        assert _ramp_pixels(stem.with_suffix(".png"), list(ramp)) > 200, (page, ramp)


def test_bad_parameters_and_cancel_leave_nothing(world, tmp_path):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    with pytest.raises(QgsProcessingException, match="LANGUAGE|language"):
        run({"DATABASE": world.source, "OUTPUT": str(tmp_path / "x.pdf"), "LANGUAGE": "de"})
    with pytest.raises(QgsProcessingException, match="FROM"):
        run({"DATABASE": world.source, "OUTPUT": str(tmp_path / "x.pdf"), "FROM": "T9"})
    mine = tmp_path / "mine.pdf"  # a file of the user's, not a report Amuddu wrote
    mine.write_bytes(b"%PDF-1.4 the user's own")
    with pytest.raises(QgsProcessingException, match="mine.pdf"):
        run({"DATABASE": world.source, "OUTPUT": str(mine)})
    assert mine.read_bytes() == b"%PDF-1.4 the user's own" and not mine.with_suffix(".qgz").exists()
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        run({"DATABASE": world.source, "OUTPUT": str(tmp_path / "x.pdf")}, feedback)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("x", ".x"))) == []


def test_headless_qgis_process(qgis_process, world, tmp_path):
    target = tmp_path / "headless" / "cp3-report-ar.pdf"
    target.parent.mkdir()
    done = qgis_process(
        "run",
        "amuddu:cp3_report",
        "--",
        f"DATABASE={world.source}",
        f"OUTPUT={target}",
        "LANGUAGE=ar",
        "FROM=T1",
        "TO=T2",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert target.is_file() and target.with_suffix(".qgz").is_file()
    pages = int(re.search(r"PAGES:\s*(\d+)", done.stdout).group(1))
    assert pages == pdf_pages(target) == len(SINGLE_PAGES) + len(REGIONS) + 1


def test_every_alert_rule_says_what_fired_it_in_each_language():
    from amuddu_plugin.core.report.alert_facts import fired
    from amuddu_plugin.definitions.monitoring import ALERT_RULES

    for rule in ALERT_RULES:
        for language in ("fr", "ar", "en"):
            assert fired(rule.code, {}, language).strip(), (rule.code, language)
    assert fired("NOT_A_RULE", {"x": 1}, "fr") == ""


def test_the_alerts_page_says_what_fired_each_alert(world, tmp_path):
    """The alert of a province lacking categories names those categories (in the report's
    language), as the rule found them on the data."""
    from datetime import date

    from amuddu_plugin.core.monitoring.evaluate import evaluate
    from amuddu_plugin.core.report.alert_facts import fired
    from amuddu_plugin.definitions.model import Label

    alerts = [a for a in evaluate(world.path, date.today(), 25.0)
              if a.rule == "CATEGORY_MISSING_IN_PROVINCE"]
    assert alerts
    labels = dict(world.query("SELECT code, label_fr FROM service_category"))
    out, pdf = report(world, tmp_path, "fr")
    text = " ".join(pdf_text(pdf, out["PAGES"] - 1, layout=False).split())
    assert "Constat" in text and "Absent ici, présent ailleurs dans la région" in text
    from amuddu_plugin.core.report.alert_facts import MAX_NAMED

    for alert in alerts:
        for code in alert.facts["missing"][:MAX_NAMED]:
            assert " ".join(labels[code].split()[:2]) in text, labels[code]
    # a long list is counted, not spelled out
    long = fired("CATEGORY_MISSING_IN_PROVINCE", {"missing": sorted(labels)}, "fr",
                 {c: Label(f, f, f) for c, f in labels.items()})
    assert len(labels) > MAX_NAMED and long.endswith(f" and {len(labels) - MAX_NAMED} more")  # the UI language: English


def test_lists_are_joined_alike_in_print_and_on_the_web_map():
    import re

    from amuddu_plugin.definitions.handouts import LIST_JOINER

    source = (Path(__file__).resolve().parent.parent / "webapp" / "src" / "i18n.js").read_text(encoding="utf-8")
    found = re.findall(r"list_sep: '([^']*)'", source)
    assert sorted(found) == sorted(LIST_JOINER[lang] for lang in ("fr", "en", "ar"))
