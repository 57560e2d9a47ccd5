"""The import reads what institutions really send (issue 14): bilingual sheets whose column
names do not say the language of their values, service categories written as offices write
them, and a delimiter left unquoted inside a value."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from amuddu_plugin.core.imports.categories import CategoryMatcher, words
from amuddu_plugin.core.imports.columns import header_language, read_columns, read_file_columns
from amuddu_plugin.core.imports.importer import NOTE, REJECTED, WARNING, import_services
from amuddu_plugin.core.imports.mapping import ColumnMapping
from amuddu_plugin.core.imports.read import read_source
from amuddu_plugin.core.imports.report import to_html
from amuddu_plugin.core.setup import create_database
from amuddu_plugin.core.values.normalise import fold, mostly_arabic
from amuddu_plugin.definitions import vocabularies

# A real-looking ANAPEC sheet: a title line, Arabic column names, a French "Nom" beside an
# Arabic "الاسم", services as the agencies word them, and row 6 whose services cell holds
# the delimiter without quotes.
ANAPEC_SHEET = (
    "لائحة وكالات أنابيك - جهة الشرق;;;;;;;;\r\n"
    "الرمز;Nom;الاسم;المدينة;الهاتف;الخدمات;خط العرض;خط الطول;ملاحظات\r\n"
    "OR-OUJ-01;Agence ANAPEC Oujda;وكالة أنابيك وجدة;وجدة;0536681234;Inscription, Orientation;"
    "34,6814;-1,9086;\r\n"
    "OR-OUJ-02;Agence ANAPEC Oujda Lazaret;وكالة أنابيك وجدة لازاري;وجدة;0536700001;Auto-emploi;"
    "34,6650;-1,8900;\r\n"
    "OR-NAD-01;Agence ANAPEC Nador;وكالة أنابيك الناظور;الناظور;0536330000;التسجيل، التوجيه;"
    "35,1681;-2,9335;\r\n"
    "OR-BRK-01;Agence ANAPEC Berkane;وكالة أنابيك بركان;بركان;0536610000;Inscription; Orientation;"
    "34,9200;-2,3200;\r\n"
    "OR-TAO-01;Agence ANAPEC Taourirt;وكالة أنابيك تاوريرت;تاوريرت;0536690000;Inscriptoin;"
    "34,4073;-2,8973;à vérifier\r\n"
    "OR-FIG-01;Agence ANAPEC Figuig;وكالة أنابيك فجيج;فجيج;0536890000;Formation qualifiante;"
    "32,1090;-1,2290;\r\n"
)
GOOD_ROWS = {"OR-OUJ-01": 3, "OR-OUJ-02": 4, "OR-NAD-01": 5, "OR-TAO-01": 7, "OR-FIG-01": 8}
SHIFTED_ROW = 6


@pytest.fixture
def db(qgis_app, bundled_gpkg, tmp_path):
    return create_database(tmp_path / "amuddu.gpkg", reference=bundled_gpkg)


@pytest.fixture
def sheet(tmp_path) -> Path:
    path = tmp_path / "anapec_oriental.csv"
    path.write_bytes(ANAPEC_SHEET.encode("cp1256"))
    return path


def rows_of(db, sql: str, args: tuple = ()) -> list[tuple]:
    con = sqlite3.connect(db.source)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def test_the_bilingual_anapec_sheet_imports_its_good_rows_in_the_right_languages(db, sheet):
    result = import_services(db, sheet, institution="ANAPEC")
    assert result.encoding == "cp1256" and result.delimiter == ";"
    assert result.columns["Nom"] == "name_fr" and result.columns["الاسم"] == "name_ar"
    assert result.counts.rows == len(GOOD_ROWS) + 1
    assert (result.counts.added, result.counts.rejected) == (len(GOOD_ROWS), 1)
    stored = {ext: (fr, ar) for ext, fr, ar in rows_of(
        db, "SELECT external_id, name_fr, name_ar FROM service_point WHERE institution = 'ANAPEC' "
            "AND external_id LIKE 'OR-%'")}
    assert set(stored) == set(GOOD_ROWS)
    for fr, ar in stored.values():
        assert fr.startswith("Agence ANAPEC") and not mostly_arabic(fr)
        assert ar.startswith("وكالة أنابيك") and mostly_arabic(ar)
    # Why each column was read so, in the report.
    assert "Arabic script" in result.column_reasons["الاسم"]
    assert "Latin script" in result.column_reasons["Nom"]
    html = to_html(result, "en")
    assert result.column_reasons["الاسم"] in html.replace("&#x27;", "'")


def test_the_row_with_an_unquoted_delimiter_is_reported_not_shifted(db, sheet):
    result = import_services(db, sheet, institution="ANAPEC")
    rejected = [p for p in result.problems if p.severity == REJECTED]
    assert [(p.row, p.field, p.value) for p in rejected] == [
        (SHIFTED_ROW, "الخدمات", "Inscription; Orientation")]
    assert "double quotes" in rejected[0].reason and "10 values" in rejected[0].reason
    assert "9 columns" in rejected[0].reason
    assert not rows_of(db, "SELECT 1 FROM service_point WHERE external_id = 'OR-BRK-01'")
    # Quoted as the report says, the row imports.
    fixed = sheet.with_name("fixed.csv")
    fixed.write_bytes(ANAPEC_SHEET.replace("Inscription; Orientation", '"Inscription; Orientation"')
                      .encode("cp1256"))
    again = import_services(db, fixed, institution="ANAPEC")
    assert not [p for p in again.problems if p.severity == REJECTED]
    assert again.counts.added == 1 and again.counts.unchanged == len(GOOD_ROWS)


def test_service_categories_as_offices_write_them(db, sheet):
    result = import_services(db, sheet, institution="ANAPEC")
    services: dict[str, set[str]] = {}
    for ext, category in rows_of(db, "SELECT p.external_id, s.category FROM service s JOIN service_point p "
                                     "ON p.uuid = s.service_point_uuid WHERE p.external_id LIKE 'OR-%'"):
        services.setdefault(ext, set()).add(category)
    assert services["OR-OUJ-01"] == {"EMP_REG", "EMP_GUID"}
    assert services["OR-OUJ-02"] == {"SELF_EMP"}
    assert services["OR-NAD-01"] == {"EMP_REG", "EMP_GUID"}
    assert services["OR-FIG-01"] == {"VT_SHORT"}
    assert "OR-TAO-01" not in services
    notes = {(p.value, p.row) for p in result.problems if p.severity == NOTE and "read as" in p.reason}
    # each wording is said once, on the first row that holds it
    assert {"Inscription", "Orientation", "Auto-emploi", "التوجيه"} <= {v for v, _ in notes}
    assert ("Inscription", 3) in notes and len([v for v, _ in notes if v == "Inscription"]) == 1
    warnings = {p.value: p.reason for p in result.problems if p.severity == WARNING}
    assert "closest" in warnings["Inscriptoin"] and "EMP_REG" in warnings["Inscriptoin"]
    assert "not offered by ANAPEC" in warnings["Formation qualifiante"]


def test_the_committee_adds_synonyms_as_data(db, tmp_path):
    path = tmp_path / "en.csv"
    path.write_text("Nom;Ville;Services;Latitude;Longitude\n"
                    "Centre social Hay Salam;Oujda;Soutien scolaire;34.68;-1.91\n", encoding="utf-8")
    before = import_services(db, path, institution="EN", dry_run=True)
    assert "unknown service category" in before.problems_of(2)[0].reason
    db.execute(["UPDATE service_category SET synonyms = synonyms || '; Soutien scolaire' "
                "WHERE code = 'SOC_EDU'"])
    after = import_services(db, path, institution="EN")
    [reason] = [p.reason for p in after.problems_of(2) if p.value == "Soutien scolaire"]
    assert reason.startswith("read as SOC_EDU") and "other wordings" in reason
    assert rows_of(db, "SELECT category FROM service") == [("SOC_EDU",)]


@pytest.mark.parametrize("header, values, expected", [
    ("الاسم", ["Agence ANAPEC Rabat", "Agence Fès"], "name_fr"),
    ("Nom", ["وكالة أنابيك الرباط", "وكالة فاس"], "name_ar"),
    ("Nom (AR)", ["Agence ANAPEC Rabat"], "name_fr"),  # the values win over the name
    ("English name", ["ANAPEC agency Rabat"], "name_en"),
    ("Nom en arabe", [None, ""], "name_ar"),  # nothing to look at: what the name says
    ("العنوان", ["12, rue de Fès", "Avenue Hassan II"], "address_fr"),
])
def test_one_column_is_read_by_its_name_and_its_values(header, values, expected):
    rows = [{header: v} for v in values]
    assert read_columns([header], rows)[header].key == expected


def test_two_columns_claiming_one_field():
    columns = ["الاسم", "الاسم بالعربية", "Nom", "Name"]
    rows = [{"الاسم": "وكالة الرباط", "الاسم بالعربية": "وكالة أنابيك الرباط", "Nom": "Agence Rabat",
             "Name": "Rabat agency"}]
    read = read_columns(columns, rows)
    # "الاسم بالعربية" says Arabic and holds it: it wins name_ar; "Nom" and "Name" fit French
    # and English equally: the first column takes French, the other its sibling; "الاسم"
    # (Arabic too) finds its three fields taken.
    assert [read[c].key for c in columns] == [None, "name_ar", "name_fr", "name_en"]
    assert "takes first" in read["Name"].reason and "all read from other columns" in read["الاسم"].reason
    # Without the third column, the Arabic one that fits less takes a sibling.
    two = read_columns(columns[:2], rows)
    assert [two[c].key for c in columns[:2]] == ["name_fr", "name_ar"]
    assert "fits better" in two["الاسم"].reason
    saved = read_file_columns(ColumnMapping(columns={"Nom": "name_en"}), columns, rows)
    assert saved["Nom"].key == "name_en" and saved["Name"].key == "name_fr"


def test_language_words_of_column_names():
    assert [header_language(h) for h in ("Nom (FR)", "name_ar", "Nom en arabe", "Nom", "Name (EN)",
                                         "الاسم بالعربية", "Nom français")] == [
        "fr", "ar", "ar", None, "en", "ar", "fr"]


def test_word_matching_and_suggestions():
    m = CategoryMatcher()
    m.add("EMP_GUID", ("Orientation et ateliers de recherche d'emploi", "التوجيه وورشات البحث عن الشغل",
                       "Career guidance"), None, {"ANAPEC"})
    m.add("SOC_ASSIST", ("Assistance et orientation sociale", "المساعدة والتوجيه الاجتماعي",
                         "Social assistance"), None, {"EN"})
    m.add("SELF_EMP", ("Auto-emploi et création d'entreprise", "", ""), "Auto-entrepreneur", {"ANAPEC"})
    assert m.read("orientation", "ANAPEC").code == "EMP_GUID"  # the institution's own wins
    assert m.read("orientation", "EN").code == "SOC_ASSIST"
    assert m.read("Orientation", "OFPPT").code == "SOC_ASSIST"  # the fewest other words
    m.add("VT_INIT", ("Formation diplômante", "", ""), None, {"OFPPT"})
    m.add("VT_APPR", ("Formation par apprentissage", "", ""), None, {"OFPPT"})
    assert m.read("Formation", "OFPPT").code is None  # both fit as well: no guess
    assert m.read("التوجيه", "EN") == m.read("orientation", "EN")
    assert m.read("AUTO-ENTREPRENEUR").how == "synonym"
    assert m.read("création entreprise").code == "SELF_EMP"
    unknown = m.read("Autoemploi")
    assert unknown.code is None and unknown.suggestions[0] == "SELF_EMP"
    assert words("Formation de l'artisanat et des coopératives") == {
        "formation", "artisanat", "cooperatives"}


def test_declared_synonyms_name_one_entry_each():
    """A wording that named two entries (or another entry's label) would be read at random."""
    for table_name, declared in vocabularies.SYNONYMS.items():
        rows = vocabularies.SEED[table_name]
        labels = {fold(r[k]): r["code"] for r in rows for k in ("code", "label_fr", "label_ar", "label_en")}
        seen: dict[str, str] = {}
        for code, wordings in declared.items():
            assert code in {r["code"] for r in rows}, (table_name, code)
            for wording in wordings:
                key = fold(wording)
                assert seen.setdefault(key, code) == code, (table_name, wording)
                assert labels.get(key, code) == code, (table_name, wording)


def test_an_unnamed_column_on_every_row_is_no_mistake(tmp_path):
    path = tmp_path / "unnamed.csv"
    path.write_text("Nom;Ville\nA;Fès;x\nB;Oujda;y\nC;Rabat;z\n", encoding="utf-8")
    table = read_source(path)
    assert table.overlong == [] and len(table.columns) == 3 and len(table.rows) == 3


def test_a_version_4_database_gets_its_synonyms(empty_db):
    from amuddu_plugin.core.store.database import Database

    tables = ("service_category", "facility_type", "eligibility", "language")
    empty_db.execute([f'ALTER TABLE "{t}" DROP COLUMN "synonyms"' for t in tables]
                     + ["UPDATE amuddu_meta SET value = '4' WHERE key = 'schema_version'"])
    db = Database.open(empty_db.path)
    assert db.schema_version == 5
    got = dict(db.query("SELECT code, synonyms FROM service_category"))
    assert got["SELF_EMP"] == vocabularies.synonyms_text("service_category", "SELF_EMP")
    assert "Auto-emploi" in vocabularies.split_synonyms(got["SELF_EMP"])
