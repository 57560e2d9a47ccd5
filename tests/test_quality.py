"""amuddu:check_quality: every rule finds the point it should, and only that one."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from amuddu_plugin.core.quality import check_quality
from amuddu_plugin.core.setup import create_database
from amuddu_plugin.definitions.model import LANGUAGES
from amuddu_plugin.definitions.quality_rules import RULES, SEVERITIES, rule
from tests.legacy import without_format_triggers

TODAY = dt.date(2025, 6, 1)
RECENT = "2025-03-01"


def uid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def point(n: int, **extra):
    """A clean, published ANAPEC agency in Rabat (region 04)."""
    row = {"uuid": uid(n), "institution": "ANAPEC", "facility_type": "ANAPEC_AGENCY",
           "name_fr": f"Agence ANAPEC {n}", "town": f"Ville {n}", "phone": "+212537000000",
           "email": "agence@anapec.example", "website": "https://www.anapec.org",
           "opening_hours": "Mo-Fr 08:30-16:30", "publication_state": "published",
           "last_verified_on": RECENT, "region_code": "04",
           "geometry": f"POINT({-6.84 + n * 0.01} 34.02)"}
    row.update(extra)
    return row


CASES = {  # point number -> (rule expected, changes to the clean point)
    1: (None, {}),
    2: ("OUTSIDE_MOROCCO", {"geometry": "POINT(2.35 48.85)", "region_code": None, "province_code": None}),
    3: ("OUTSIDE_MOROCCO", {"geometry": "POINT(-8.5 34.5)", "region_code": None, "province_code": None}),
    4: ("REGION_MISMATCH", {"region_code": "06"}),
    5: ("PUBLISHED_NO_PHONE", {"phone": None}),
    6: ("PUBLISHED_NO_SERVICE", {}),
    7: ("MISSING_NAME_FR", {"name_fr": "  "}),
    8: ("INVALID_PHONE", {"phone": "05 37 00 00 00"}),
    9: ("INVALID_EMAIL", {"email": "agence[at]anapec"}),
    10: ("INVALID_URL", {"website": "anapec point org"}),
    11: ("INVALID_HOURS", {"opening_hours": "8h-16h"}),
    12: ("VERIFICATION_OLD", {"last_verified_on": "2024-01-15"}),
    13: ("NEVER_VERIFIED", {"last_verified_on": None}),
    14: ("LOCATED_BY_TOWN", {"located_by": "town"}),
    15: ("CATEGORY_NOT_OFFERED", {}),
    16: ("NO_LOCATION", {"geometry": None}),
    17: ("REGION_MISMATCH", {"province_code": "03.231"}),
}


@pytest.fixture
def quality_db(qgis_app, bundled_gpkg, tmp_path):
    db = create_database(tmp_path / "quality.gpkg", reference=bundled_gpkg)
    rows = [point(n, **changes) for n, (_, changes) in CASES.items()]
    # Two agencies 40 m apart, and two of another institution with the same name in one town.
    rows.append(point(20, geometry="POINT(-6.50 34.26)"))
    rows.append(point(21, geometry="POINT(-6.5004 34.2601)"))
    rows.append(point(22, institution="EN", facility_type="EN_SOCIAL", name_fr="Centre social Al Amal",
                      town="Kénitra", geometry="POINT(-6.58 34.25)"))
    rows.append(point(23, institution="EN", facility_type="EN_SOCIAL", name_fr="Centre Social Al-Amal",
                      town="KENITRA", geometry="POINT(-6.60 34.24)"))
    # Values that break a format are refused by the database since schema version 2: write
    # them as a version 1 database (or another program) could have, triggers dropped.
    without_format_triggers(db, lambda: db.insert("service_point", rows))
    services = [{"uuid": uid(1000 + r_), "service_point_uuid": r["uuid"], "category": "EMP_REG"}
                for r_, r in enumerate(rows) if r["uuid"] not in (uid(6), uid(15), uid(22), uid(23))]
    services.append({"uuid": uid(2000), "service_point_uuid": uid(15), "category": "SOC_CHILD"})
    services += [{"uuid": uid(2001 + i), "service_point_uuid": u, "category": "SOC_ASSIST"}
                 for i, u in enumerate((uid(22), uid(23)))]
    db.insert("service", services)
    return db


def test_each_rule_finds_its_point_and_only_it(quality_db):
    result = check_quality(quality_db, today=TODAY)
    found: dict[str, set[str]] = {}
    for issue in result.issues:
        found.setdefault(issue.rule, set()).add(issue.row_uuid)
    for n, (code, _) in CASES.items():
        if code:
            assert uid(n) in found.get(code, set()), (n, code, found.get(code))
    codes = {c for c, _ in CASES.values() if c}
    expected = {code: {uid(n) for n, (c, _) in CASES.items() if c == code} for code in codes}
    expected["DUPLICATE_NEARBY"] = {uid(20), uid(21)}
    expected["DUPLICATE_NAME"] = {uid(22), uid(23)}
    # point 16 has no location, so it has no region to disagree with, and 2 and 3 are outside
    assert found == expected, {k: (found.get(k), expected.get(k)) for k in set(found) | set(expected)
                               if found.get(k) != expected.get(k)}
    assert uid(1) not in {i.row_uuid for i in result.issues}
    assert result.points_checked == len(CASES) + 4


def test_issue_details_and_messages(quality_db):
    result = check_quality(quality_db, today=TODAY)
    by_rule = {i.rule: i for i in result.issues}
    mismatch = {i.row_uuid: i.detail for i in result.issues if i.rule == "REGION_MISMATCH"}
    assert mismatch[uid(4)] == "region 06, the location is in 04"
    assert re.fullmatch(r"province 03\.231, the location is in 04\.\d{3}", mismatch[uid(17)])
    assert by_rule["INVALID_PHONE"].detail == "05 37 00 00 00"
    assert by_rule["INVALID_HOURS"].detail.startswith("8h-16h – ")
    assert by_rule["CATEGORY_NOT_OFFERED"].table_name == "service"
    assert by_rule["CATEGORY_NOT_OFFERED"].detail.startswith("SOC_CHILD")
    near = [i for i in result.issues if i.rule == "DUPLICATE_NEARBY" and i.row_uuid == uid(20)][0]
    assert re.search(rf"Agence ANAPEC 21 \({uid(21)}, (3\d|4\d) m\)", near.detail)
    assert by_rule["NO_LOCATION"].point is None and by_rule["OUTSIDE_MOROCCO"].point is not None
    # rules declared once, in three languages, errors first in the result
    for r in RULES:
        assert all(r.message.get(lang) for lang in LANGUAGES) and r.severity in SEVERITIES
        assert re.search(r"[\u0600-\u06ff]", r.message.ar)
    severities = [SEVERITIES.index(i.severity) for i in result.issues]
    assert severities == sorted(severities)
    assert by_rule["OUTSIDE_MOROCCO"].message("ar") == rule("OUTSIDE_MOROCCO").message.ar


def test_verification_age_counts_from_today(quality_db):
    later = check_quality(quality_db, today=dt.date(2026, 6, 1))
    old = {i.row_uuid for i in later.issues if i.rule == "VERIFICATION_OLD"}
    assert uid(1) in old and uid(12) in old


def test_sample_database(sample_db):
    result = check_quality(sample_db)
    summary = {code: n for code, _, n in result.summary()}
    published_without_phone = sample_db.count(
        "service_point", "publication_state = 'published' AND (phone IS NULL OR trim(phone) = '')")
    assert summary["PUBLISHED_NO_PHONE"] == published_without_phone > 0
    assert summary["OUTSIDE_MOROCCO"] == summary["NO_LOCATION"] == summary["MISSING_NAME_FR"] == 0
    assert summary["INVALID_HOURS"] == 0  # the sample hours follow the OSM syntax
    assert summary["CATEGORY_NOT_OFFERED"] == 0


def test_check_quality_algorithm(quality_db, qgis_processing, tmp_path):
    import processing
    from qgis.core import QgsApplication, QgsVectorLayer

    from amuddu_plugin.processing.provider import AmudduProvider

    provider = AmudduProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    try:
        out = processing.run("amuddu:check_quality", {
            "DATABASE": quality_db.source, "OUTPUT": str(tmp_path / "issues.gpkg"),
            "SUMMARY": str(tmp_path / "summary.csv")})
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)
    layer = QgsVectorLayer(out["OUTPUT"], "issues", "ogr")
    assert layer.isValid() and layer.featureCount() == out["ISSUES"] > 16
    features = list(layer.getFeatures())
    outside = [f for f in features if f["rule"] == "OUTSIDE_MOROCCO"]
    assert len(outside) == 2 and all(f.hasGeometry() for f in outside)
    paris = [f for f in outside if f["row_uuid"] == uid(2)][0]
    assert paris.geometry().asPoint().x() == pytest.approx(2.35)
    assert paris["message_fr"] == "Hors du Maroc ou en mer" and paris["severity"] == "error"
    assert paris["message_ar"] == "خارج المغرب أو في البحر"
    summary = QgsVectorLayer(out["SUMMARY"], "summary", "ogr")
    counts = {f["rule"]: int(f["issues"]) for f in summary.getFeatures()}
    assert set(counts) == {r.code for r in RULES}
    assert counts["OUTSIDE_MOROCCO"] == 2 and counts["DUPLICATE_NEARBY"] == 2


def test_the_issues_layer_joins_the_project_styled_by_severity(quality_db, qgis_processing, tmp_path):
    """QGIS runs a copy of the algorithm and deletes it before loading its outputs: the
    styler must outlive it (it used to load single-symbol)."""
    import processing
    from qgis.core import QgsApplication, QgsProject

    from amuddu_plugin.processing.provider import AmudduProvider

    provider = AmudduProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    project = QgsProject.instance()
    before = set(project.mapLayers())
    try:
        processing.runAndLoadResults("amuddu:check_quality", {
            "DATABASE": quality_db.source, "OUTPUT": str(tmp_path / "issues.gpkg")})
        added = [lyr for i, lyr in project.mapLayers().items() if i not in before]
        issues = [lyr for lyr in added if lyr.customProperty("amuddu/output") == "quality_issue"]
        assert len(issues) == 1
        renderer = issues[0].renderer()
        assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "severity"
        assert [c.value() for c in renderer.categories()] == list(SEVERITIES)
    finally:
        for lyr in [lyr for i, lyr in project.mapLayers().items() if i not in before]:
            project.removeMapLayer(lyr.id())
        QgsApplication.processingRegistry().removeProvider(provider)
