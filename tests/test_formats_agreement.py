"""One table of values, run through every implementation derived from
:mod:`amuddu_plugin.definitions.formats`: the QGIS form expressions (evaluated by QGIS), the
Python checks and normalisers of the import, the quality rules, the GeoPackage triggers and
the PostgreSQL triggers (on the tests' own server).
They must all agree, and every declared format must have rows here.

Columns of :data:`ROWS`: format, value, typed (a form accepts it), stored (what the form
stores for it; ``SAME`` when the value itself), stored_ok (the database and the quality
check accept the value as it is), imported (what the spreadsheet import writes for it:
a value, ``SAME``, or ``REFUSED``).
"""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature, QgsField, QgsFields
from qgis.PyQt.QtCore import QVariant

from amuddu_plugin.core import quality
from amuddu_plugin.core.store import triggers
from amuddu_plugin.core.styles import constraints, form_context
from amuddu_plugin.core.values import formats as V
from amuddu_plugin.core.values import normalise, opening_hours
from amuddu_plugin.definitions import formats as F
from amuddu_plugin.definitions.model import SERVICE_POINT

SAME, REFUSED = "<same>", "<refused>"
N = None
P1, P2 = "+212537123456", "+212661000000"

ROWS: list[tuple[str, Any, bool, Any, bool, Any]] = [
    # format, value, typed, stored, stored_ok, imported
    (F.PHONE, P1, True, SAME, True, SAME),
    (F.PHONE, "0537 12 34 56", True, P1, False, P1),
    (F.PHONE, "05.37.12.34.56", True, P1, False, P1),
    (F.PHONE, "+212 (0)5 37 12 34 56", True, P1, False, P1),
    (F.PHONE, "+212 5 37 12 34 56", True, P1, False, P1),
    (F.PHONE, "00212 537 12 34 56", True, P1, False, P1),
    (F.PHONE, "212537123456", True, P1, False, P1),
    (F.PHONE, f"{P1};{P2}", True, f"{P1}; {P2}", True, f"{P1}; {P2}"),
    (F.PHONE, f"{P1}; {P2}", True, SAME, True, SAME),
    (F.PHONE, f"{P1} ; {P2}", True, f"{P1}; {P2}", True, f"{P1}; {P2}"),
    (F.PHONE, "0537123456; 0537123456", True, P1, False, P1),
    (F.PHONE, "06 61 00 00 00 ; 05 37 12 34 56", True, f"{P2}; {P1}", False, f"{P2}; {P1}"),
    (F.PHONE, "٠٥٣٧١٢٣٤٥٦", False, SAME, False, P1),  # Arabic-Indic digits: the import only
    (F.PHONE, "Tél. : 0537 12 34 56", False, SAME, False, P1),
    (F.PHONE, "0537123456 ou 0661000000", False, SAME, False, f"{P1}; {P2}"),
    (F.PHONE, "12345", False, SAME, False, REFUSED),
    (F.PHONE, "0412345678", False, SAME, False, REFUSED),
    (F.PHONE, "+33 1 23 45 67 89", False, SAME, False, REFUSED),
    (F.PHONE, "+2125371234567", False, SAME, False, REFUSED),
    (F.PHONE, f"{P1};", False, f"{P1}; ", False, P1),
    (F.PHONE, "+212 537123456", True, P1, False, P1),
    (F.PHONE, "", True, N, True, N),
    (F.EMAIL, "accueil@anapec.ma", True, SAME, True, SAME),
    (F.EMAIL, "Info@Anapec.ma", True, SAME, True, "info@anapec.ma"),
    (F.EMAIL, "a@x.ma; b@y.ma", True, SAME, True, SAME),
    (F.EMAIL, "a@x.ma;b@y.ma", True, SAME, True, "a@x.ma; b@y.ma"),
    (F.EMAIL, " a@x.ma ", True, SAME, True, "a@x.ma"),
    (F.EMAIL, "a@x.ma;", False, SAME, False, "a@x.ma"),
    (F.EMAIL, "accueil(at)anapec.ma", False, SAME, False, REFUSED),
    (F.EMAIL, "agence[at]anapec", False, SAME, False, REFUSED),
    (F.EMAIL, "accueil@anapec", False, SAME, False, REFUSED),
    (F.EMAIL, "a b@x.ma", False, SAME, False, REFUSED),
    (F.EMAIL, "a@@x.ma", False, SAME, False, REFUSED),
    (F.EMAIL, "@x.ma", False, SAME, False, REFUSED),
    (F.EMAIL, "a@.ma", False, SAME, False, REFUSED),
    (F.EMAIL, "a@x.m", False, SAME, False, REFUSED),
    (F.EMAIL, "a@x.ma, b@y.ma", False, SAME, False, "a@x.ma; b@y.ma"),
    (F.URL, "https://www.anapec.org", True, SAME, True, SAME),
    (F.URL, "https://www.anapec.org/", True, SAME, True, "https://www.anapec.org"),
    (F.URL, "http://www.ofppt.ma/fr/centres?ville=rabat", True, SAME, True, SAME),
    (F.URL, "https://WWW.Anapec.org", True, SAME, True, "https://www.anapec.org"),
    (F.URL, "www.ofppt.ma", False, SAME, False, "https://www.ofppt.ma"),
    (F.URL, "HTTPS://www.ofppt.ma", False, SAME, False, "https://www.ofppt.ma"),
    (F.URL, "ftp://ofppt.ma", False, SAME, False, REFUSED),
    (F.URL, "anapec point org", False, SAME, False, REFUSED),
    (F.URL, "https://localhost", False, SAME, False, REFUSED),
    (F.URL, "https://.ofppt.ma", False, SAME, False, REFUSED),
    (F.URL, " https://www.ofppt.ma", False, SAME, False, "https://www.ofppt.ma"),
    (F.OPENING_HOURS, "Mo-Fr 08:30-16:30", True, SAME, True, SAME),
    (F.OPENING_HOURS, "Mo-Th 08:30-12:00,14:00-16:30; Fr 08:30-11:30; PH off", True, SAME, True,
     SAME),
    (F.OPENING_HOURS, "24/7", True, SAME, True, SAME),
    (F.OPENING_HOURS, "Mo-Fr 08:30-16:30;", True, SAME, True, "Mo-Fr 08:30-16:30"),
    (F.OPENING_HOURS, "Mo-Fr 16:30-08:30", False, SAME, False, REFUSED),
    (F.OPENING_HOURS, "lundi-vendredi 8h30-16h30", False, SAME, False, REFUSED),
    (F.OPENING_HOURS, "8h-16h", False, SAME, False, REFUSED),
    (F.CODES, "{ar,ary,fr}", True, SAME, True, SAME),
    (F.CODES, "{ar,fr,ary}", True, "{ar,ary,fr}", False, "{ar,ary,fr}"),
    (F.CODES, '{"ar","fr","ary"}', True, "{ar,ary,fr}", False, "{ar,ary,fr}"),
    (F.CODES, "{fr}", True, SAME, True, SAME),
    (F.CODES, "{fr,fr}", True, "{fr}", False, "{fr}"),
    (F.CODES, "{}", True, N, False, N),
    (F.CODES, "{ar,xx}", True, SAME, False, "{ar,xx}"),  # unknown codes: refused when stored
    (F.CODES, "ar,fr", True, "{ar,fr}", False, "{ar,fr}"),
    (F.REQUIRED_NAME, "Agence ANAPEC Rabat", True, SAME, True, SAME),
    (F.REQUIRED_NAME, "وكالة", True, SAME, True, SAME),
    (F.REQUIRED_NAME, "", False, SAME, False, N),
    (F.REQUIRED_NAME, "   ", False, SAME, False, N),
    (F.REQUIRED_NAME, "\t", False, SAME, False, N),
    (F.REQUIRED_NAME, None, False, SAME, False, N),
]
#: Formats whose rows are places or related rows rather than one value: their table is in
#: tests/test_formats_database.py (ROWS_BY_FEATURE).
FEATURE_FORMATS = (F.INSIDE_MOROCCO, F.PUBLISHED_NEEDS_SERVICE)

LANGUAGE_CODES = ("ar", "ary", "zgh", "fr", "en", "es")
FIELD_OF = {F.PHONE: "phone", F.EMAIL: "email", F.URL: "website",
            F.OPENING_HOURS: "opening_hours", F.CODES: "languages", F.REQUIRED_NAME: "name_fr"}


def ids(rows: list[tuple[Any, ...]]) -> list[str]:
    return [f"{r[0]}:{r[1]!r}" for r in rows]


def test_every_declared_format_has_rows():
    from tests.test_formats_database import ROWS_BY_FEATURE

    covered = {r[0] for r in ROWS} | {r[0] for r in ROWS_BY_FEATURE}
    assert covered == set(F.FORMATS_BY_KEY)
    for key in F.FORMATS_BY_KEY:
        valid = [r[2] and (len(r) < 5 or r[4]) for r in (*ROWS, *ROWS_BY_FEATURE) if r[0] == key]
        invalid = [not r[2] or (len(r) > 4 and not r[4])
                   for r in (*ROWS, *ROWS_BY_FEATURE) if r[0] == key]
        assert any(valid) and any(invalid), f"{key} needs valid and invalid rows"
    assert set(FIELD_OF) | set(FEATURE_FORMATS) == set(F.FORMATS_BY_KEY)


# --------------------------------------------------------------------------------------------
# What a form accepts and stores
# --------------------------------------------------------------------------------------------
def evaluate(expression: str, value: Any, name: str = "v") -> Any:
    fields = QgsFields()
    fields.append(QgsField(name, QVariant.String))
    feature = QgsFeature(fields)
    feature[name] = value
    context = QgsExpressionContext()
    context.setFeature(feature)
    context.setFields(fields)
    exp = QgsExpression(expression)
    assert not exp.hasParserError(), exp.parserErrorString()
    out = exp.evaluate(context)
    assert not exp.hasEvalError(), exp.evalErrorString()
    return out


def form_accepts(key: str, value: Any) -> bool:
    """The form's constraint for the format, built exactly as the form builds it."""
    f = SERVICE_POINT.field(FIELD_OF[key])
    if key == F.CODES:
        return True  # the list widget offers the vocabulary's codes only
    ctx = form_context.FormContext("en")
    rule = constraints.constraint(SERVICE_POINT, f, ctx)
    assert rule is not None
    return bool(evaluate(rule[0], value, f.name))


def form_stores(key: str, value: Any) -> Any:
    f = SERVICE_POINT.field(FIELD_OF[key])
    default = constraints.default_value(SERVICE_POINT, f, form_context.FormContext("en"))
    if default is None:
        return value
    assert default[1], "a stored form is applied on update"
    out = evaluate(default[0], value, f.name)
    return None if out is None or out == QVariant() else out


@pytest.mark.parametrize("row", ROWS, ids=ids(ROWS))
def test_the_form_and_python_agree_on_typed_values(qgis_app, row):
    key, value, typed, stored, _, _ = row
    assert form_accepts(key, value) is typed
    assert V.typed_ok(key, value) is typed
    expected = value if stored == SAME else stored
    if typed:
        assert form_stores(key, value) == expected
        assert V.stored_form(key, value) == expected


# --------------------------------------------------------------------------------------------
# What the database and the quality check accept
# --------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def trigger_db(tmp_path_factory):
    """A SQLite table with the service_point fields and the generated triggers (the same
    statements create_database runs, on a table without geometry)."""
    con = sqlite3.connect(tmp_path_factory.mktemp("triggers") / "t.sqlite")
    con.execute("CREATE TABLE language (code TEXT)")
    con.executemany("INSERT INTO language VALUES (?)", [(c,) for c in LANGUAGE_CODES])
    con.execute("CREATE TABLE service_point (fid INTEGER PRIMARY KEY, "
                + ", ".join(f'"{name}" TEXT' for name in FIELD_OF.values()) + ")")
    for sql in triggers.triggers(SERVICE_POINT):
        if "eligibility" not in sql:
            con.execute(sql)
    con.execute("INSERT INTO service_point (name_fr) VALUES ('x')")
    con.commit()
    return con


def database_accepts(con: sqlite3.Connection, key: str, value: Any) -> bool:
    name = FIELD_OF[key]
    try:
        with con:
            con.execute(f'UPDATE service_point SET "{name}" = ?', (value,))
            con.execute(f'INSERT INTO service_point ("{name}", name_fr) VALUES (?, ?)',
                        (value, value if key == F.REQUIRED_NAME else "x"))
            raise RuntimeError("accepted")  # roll back
    except sqlite3.IntegrityError as err:
        fmt = F.format_of(key)
        assert f"service_point.{name}" in str(err) and f"[{key}]" in str(err)
        assert fmt.text("fr", SERVICE_POINT.field(name).label.fr) in str(err)
        return False
    except RuntimeError:
        return True


def quality_accepts(key: str, value: Any) -> bool:
    if key == F.CODES:
        return V.stored_ok(key, value, LANGUAGE_CODES)  # no quality rule for code lists
    rule = F.format_of(key).quality_rule
    return not any(code == rule for code, _ in quality.format_issues({FIELD_OF[key]: value}))


@pytest.mark.parametrize("row", ROWS, ids=ids(ROWS))
def test_the_database_quality_and_python_agree_on_stored_values(trigger_db, row):
    key, value, _, _, stored_ok, _ = row
    assert V.stored_ok(key, value, LANGUAGE_CODES) is stored_ok
    assert quality_accepts(key, value) is stored_ok
    if F.format_of(key).database:
        assert database_accepts(trigger_db, key, value) is stored_ok
    else:
        assert F.format_of(key).why_not_in_database


@pytest.fixture(scope="module")
def server_triggers(pg_cluster):
    """The service_point fields on the tests' PostgreSQL server with the generated check
    function (the same statements copy_database runs), in a schema of their own."""
    import psycopg2

    from amuddu_plugin.core.store.postgis import checks
    from amuddu_plugin.definitions.model import table

    dbname = pg_cluster.create_database("agreement")
    con = psycopg2.connect(pg_cluster.conninfo(dbname))
    tested = checks.checked(SERVICE_POINT)
    with con, con.cursor() as cur:
        cur.execute("CREATE SCHEMA agree")
        for f, fmt in tested:
            if fmt.key == F.CODES:
                vocabulary = table(f.vocabulary)
                cur.execute(f'CREATE TABLE IF NOT EXISTS agree."{vocabulary.name}" (code text)')
                if vocabulary.name == "language":
                    cur.executemany("INSERT INTO agree.language VALUES (%s)", [(c,) for c in LANGUAGE_CODES])
        names = sorted({f.name for f, _ in tested} | set(FIELD_OF.values()))
        cur.execute("CREATE TABLE agree.service_point (fid serial PRIMARY KEY, "
                    + ", ".join(f'"{n}" text' for n in names) + ")")
        for sql in checks.check_function(SERVICE_POINT, "agree"):
            cur.execute(sql)
        cur.execute("INSERT INTO agree.service_point (name_fr) VALUES ('x')")
    yield con
    con.close()
    pg_cluster.drop_database(dbname)


def server_accepts(con: Any, key: str, value: Any) -> bool:
    import psycopg2

    name = FIELD_OF[key]
    try:
        with con.cursor() as cur:
            cur.execute(f'UPDATE agree.service_point SET "{name}" = %s', (value,))
            if key == F.REQUIRED_NAME:
                cur.execute("INSERT INTO agree.service_point (name_fr) VALUES (%s)", (value,))
            else:
                cur.execute(f'INSERT INTO agree.service_point ("{name}", name_fr) VALUES (%s, %s)',
                            (value, "x"))
        return True
    except psycopg2.errors.CheckViolation as err:
        fmt = F.format_of(key)
        assert f"service_point.{name}" in str(err) and f"[{key}]" in str(err)
        assert fmt.text("fr", SERVICE_POINT.field(name).label.fr) in str(err)
        return False
    finally:
        con.rollback()


@pytest.mark.parametrize("row", ROWS, ids=ids(ROWS))
def test_the_server_agrees_with_the_geopackage_and_python(server_triggers, row):
    key, value, _, _, stored_ok, _ = row
    if F.format_of(key).database:
        assert server_accepts(server_triggers, key, value) is stored_ok


# --------------------------------------------------------------------------------------------
# What the import writes
# --------------------------------------------------------------------------------------------
def imported(key: str, value: Any) -> Any:
    if key == F.PHONE:
        return normalise.normalise_phone(value)
    if key == F.EMAIL:
        return normalise.normalise_email(value)
    if key == F.URL:
        return normalise.normalise_url(value)
    if key == F.OPENING_HOURS:
        return opening_hours.normalise(value)
    if key == F.CODES:
        return F.canonical_codes(value)
    return normalise.clean_text(value)


@pytest.mark.parametrize("row", ROWS, ids=ids(ROWS))
def test_the_import_writes_what_the_database_accepts(trigger_db, row):
    key, value, typed, stored, _, expected = row
    try:
        out = imported(key, value)
    except ValueError:
        out = REFUSED
    assert out == (value if expected == SAME else expected)
    if out not in (REFUSED, None) and not (key == F.CODES and "xx" in out):
        assert V.stored_ok(key, out, LANGUAGE_CODES)
        if F.format_of(key).database:
            assert database_accepts(trigger_db, key, out)
    if typed and out is not REFUSED and key not in (F.REQUIRED_NAME,):
        # what a form accepts, the import reads the same way
        assert out == V.stored_form(key, value) or key in (F.EMAIL, F.URL, F.OPENING_HOURS)


# --------------------------------------------------------------------------------------------
# What is published, public and open: one declaration, its SQL and Python twins agree
# --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sql, twin", [
    (F.PUBLISHED_FILTER, lambda state, status: state == F.PUBLISHED),
    (F.PUBLIC_FILTER, F.is_public),
    (F.OPEN_FILTER, F.is_open),
])
def test_publication_filters_and_their_python_twins_agree(sql, twin):
    from amuddu_plugin.definitions.model import OPERATING_STATUS, PUBLICATION_STATE

    con = sqlite3.connect(":memory:")
    con.execute('CREATE TABLE service_point ("publication_state" TEXT, "operating_status" TEXT)')
    cases = [(state, status) for state in PUBLICATION_STATE for status in OPERATING_STATUS]
    con.executemany("INSERT INTO service_point VALUES (?, ?)", cases)
    chosen = set(con.execute(f"SELECT * FROM service_point WHERE {sql}").fetchall())
    assert chosen == {c for c in cases if twin(*c)}
    assert chosen and chosen != set(cases)


def test_no_module_spells_the_publication_or_operating_state_itself():
    """Outside definitions/, "published", "active" and "temporarily_closed" come from the
    declarations (a module filtering on its own spelling disagreed with the public filter
    before)."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "amuddu_plugin"
    spelled = re.compile(r"""(['"])(published|active|temporarily_closed)\1""")
    found = [f"{p.relative_to(root)}:{n}" for p in root.rglob("*.py") if "definitions" not in p.parts
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if spelled.search(line)]
    assert found == []
