"""The checked kinds of value of the data, declared once, with their messages.

Each :class:`Format` names which fields it applies to, the message shown when a value is
refused (French, Arabic and English, like every label of the model) and where it is
enforced. Everything else is derived from the declarations below:

- the QGIS form constraints and the defaults that rewrite a typed value into its stored
  form (:mod:`amuddu_plugin.core.styles.forms`);
- the Python checks used by the import and the quality checks
  (:mod:`amuddu_plugin.core.values.formats`);
- the GeoPackage triggers that refuse a bad value written by any route: form, attribute
  table, field calculator, script (:mod:`amuddu_plugin.core.store.triggers`);
- what the public sees, :data:`PUBLIC_FILTER` (web map, printed atlas).

A value has two states: as **typed** (what a form accepts, e.g. ``0537 12 34 56``) and as
**stored** (what the database holds, e.g. ``+212537123456``). For phone numbers and code
lists the form rewrites the typed value into its stored form when it is saved; for the
other formats both are the same. The agreement test (``tests/test_formats_agreement.py``)
runs one table of values through every derived implementation.

This module imports nothing from QGIS or Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .model import OPERATING_STATUS, PUBLICATION_STATE, Field, Kind, Label, Role, Table


@dataclass(frozen=True)
class Format:
    """One checked kind of value.

    ``fields``: field names it applies to (in any table holding a field of that name), or
    empty when ``applies`` decides. ``message``: the reason given when a value is refused;
    ``{field}`` stands for the field's label in the same language. ``database``: whether
    a GeoPackage trigger enforces it; when not, ``why_not_in_database`` says why (the form
    and the quality check still do). ``quality_rule``: the code of the quality rule that
    reports stored values breaking it."""

    key: str
    message: Label
    fields: tuple[str, ...] = ()
    database: bool = True
    why_not_in_database: str = ""
    quality_rule: str = ""

    def applies_to(self, t: Table, f: Field) -> bool:
        if self.key == CODES:
            return f.kind is Kind.CODES and bool(f.vocabulary)
        if self.key == REQUIRED_NAME:
            return f.name == "name_fr" and f.required and t.role is Role.SERVICE
        if self.key == INSIDE_MOROCCO:
            return t.geometry == "Point" and f.name == "region_code"
        if self.key == PUBLISHED_NEEDS_SERVICE:
            return f.name == "publication_state" and PUBLISHED in f.choices
        return f.name in self.fields and f.kind is Kind.TEXT

    def text(self, language: str, field_label: str = "") -> str:
        """The message in ``language``, naming the field."""
        return self.message.get(language).replace("{field}", field_label)


PHONE, EMAIL, URL, OPENING_HOURS = "phone", "email", "url", "opening_hours"
CODES, REQUIRED_NAME = "codes", "required_name"
INSIDE_MOROCCO, PUBLISHED_NEEDS_SERVICE = "inside_morocco", "published_needs_service"

# --------------------------------------------------------------------------------------------
# The building blocks of the formats (regular expressions as QGIS and Python read them)
# --------------------------------------------------------------------------------------------
#: Several values of one field are separated by this character ...
LIST_SEPARATOR = ";"
#: ... and stored joined by this text (the import's and the form's output).
LIST_JOIN = "; "
#: Moroccan numbers as typed: 0 then 9 digits starting 5 to 8 (fixed 05, mobile 06/07,
#: 08), or the same 9 digits after +212 or 00212 (with an optional 0, as in
#: "+212 (0)5…"), or after 212. Separators (spaces, dots, dashes, slashes, brackets) are
#: ignored. Only ASCII digits: the import also reads Arabic-Indic digits.
PHONE_PREFIX = "(002120|00212|[+]2120|[+]212|212|0)"
PHONE_DIGITS = "[5-8][0-9]{8}"
PHONE_SEPARATORS = "[ .()/-]"
#: A stored Moroccan number; several are separated by ";" (spaces around it allowed).
PHONE_STORED = "[+]212" + PHONE_DIGITS
PHONE_COUNTRY = "+212"
#: One e-mail address (surrounding spaces allowed); mixed case is accepted.
EMAIL_PATTERN = "^ *[^@ ]+@[^@ ]+[.][A-Za-z]{2,} *$"
#: A web address: http:// or https://, a host with a dot, no space.
URL_PATTERN = "^https?://[^ /.]+[.][^ ]+$"
URL_SCHEMES = ("http://", "https://")
#: The letters that may end an e-mail domain (the trigger trims them to find the last dot).
ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
#: What counts as blank around a required text.
BLANKS = " \t\n\r"

# --------------------------------------------------------------------------------------------
# The formats
# --------------------------------------------------------------------------------------------
FORMATS: tuple[Format, ...] = (
    Format(PHONE, Label(
        "{field} : un numéro marocain, par ex. 0537 12 34 56 ou +212 6 12 34 56 78 "
        "(plusieurs numéros séparés par « ; »), enregistré sous la forme +212XXXXXXXXX.",
        "{field}: رقم مغربي، مثل 0537 12 34 56 أو 6 12 34 56 78 212+ "
        "(عدة أرقام تفصل بينها « ; »)، يسجل بصيغة 212XXXXXXXXX+.",
        "{field}: a Moroccan number, e.g. 0537 12 34 56 or +212 6 12 34 56 78 "
        "(several numbers separated by ';'), stored as +212XXXXXXXXX."),
        fields=("phone",), quality_rule="INVALID_PHONE"),
    Format(EMAIL, Label(
        "{field} : une adresse électronique comme accueil@example.ma "
        "(plusieurs adresses séparées par « ; »).",
        "{field}: عنوان بريد إلكتروني مثل accueil@example.ma (عدة عناوين تفصل بينها « ; »).",
        "{field}: an e-mail address such as accueil@example.ma "
        "(several addresses separated by ';')."),
        fields=("email",), quality_rule="INVALID_EMAIL"),
    Format(URL, Label(
        "{field} : une adresse web commençant par http:// ou https://.",
        "{field}: عنوان موقع يبدأ بـ http:// أو https://.",
        "{field}: a web address starting with http:// or https://."),
        fields=("website",), quality_rule="INVALID_URL"),
    Format(OPENING_HOURS, Label(
        "{field} : horaires en syntaxe OpenStreetMap, par ex. Mo-Fr 08:30-16:30; Sa 09:00-12:00.",
        "{field}: أوقات العمل بصيغة OpenStreetMap، مثل Mo-Fr 08:30-16:30; Sa 09:00-12:00.",
        "{field}: opening hours in OpenStreetMap syntax, e.g. Mo-Fr 08:30-16:30; Sa 09:00-12:00."),
        fields=("opening_hours",), database=False, quality_rule="INVALID_HOURS",
        why_not_in_database="its grammar (days, times in order) needs regular expressions, "
                            "which SQLite lacks"),
    Format(CODES, Label(
        "{field} : des codes de la liste, écrits {A,B} dans l'ordre des codes, sans doublon.",
        "{field}: رموز من القائمة، تكتب {A,B} حسب ترتيب الرموز، بدون تكرار.",
        "{field}: codes of the list, written {A,B} in code order, without repeats.")),
    Format(REQUIRED_NAME, Label(
        "Le nom en français est obligatoire.",
        "الاسم بالفرنسية إلزامي.",
        "The French name is required."),
        quality_rule="MISSING_NAME_FR"),
    Format(INSIDE_MOROCCO, Label(
        "Le point doit se trouver dans l'une des régions du Maroc.",
        "يجب أن تقع النقطة داخل إحدى جهات المغرب.",
        "The point must lie inside one of Morocco's regions."),
        database=False, quality_rule="OUTSIDE_MOROCCO",
        why_not_in_database="a point-in-polygon test needs SpatiaLite, which a GeoPackage "
                            "opened by GDAL does not have"),
    Format(PUBLISHED_NEEDS_SERVICE, Label(
        "Un point publié doit avoir au moins un service : ajoutez-en un dans l'onglet "
        "Services, ou gardez-le en brouillon.",
        "يجب أن تكون للنقطة المنشورة خدمة واحدة على الأقل: أضف خدمة في تبويب الخدمات، "
        "أو احتفظ بها كمسودة.",
        "A published point must have at least one service: add one in the Services tab, "
        "or keep it as a draft."),
        database=False, quality_rule="PUBLISHED_NO_SERVICE",
        why_not_in_database="a point is written before its services (they refer to it), "
                            "so a row-by-row trigger would refuse every new published point"),
)

FORMATS_BY_KEY: dict[str, Format] = {f.key: f for f in FORMATS}


def format_of(key: str) -> Format:
    try:
        return FORMATS_BY_KEY[key]
    except KeyError:
        raise KeyError(f"no format {key!r}") from None


def formats_of(t: Table, f: Field) -> list[Format]:
    """The formats that apply to field ``f`` of table ``t``."""
    return [fmt for fmt in FORMATS if fmt.applies_to(t, f)]


# --------------------------------------------------------------------------------------------
# Code lists: one stored form, compared as sets
# --------------------------------------------------------------------------------------------
def codes_of(value: Any) -> list[str]:
    """The codes of a multi-valued field, in any of the forms QGIS and spreadsheets write:
    ``{A,B}``, ``{"A","B"}``, ``A,B``. Empty codes are dropped."""
    if value is None:
        return []
    text = str(value).strip()
    if text.startswith("{") and text.endswith("}"):
        text = text[1:-1]
    out = []
    for part in text.split(","):
        code = part.strip().strip('"').strip()
        if code:
            out.append(code)
    return out


def codes_value(codes: Iterable[str]) -> str | None:
    """The stored form of a list of codes: ``{A,B}``, sorted, without repeats; None when
    there is none."""
    unique = sorted(set(codes))
    return "{" + ",".join(unique) + "}" if unique else None


def canonical_codes(value: Any) -> str | None:
    return codes_value(codes_of(value))


def same_codes(a: Any, b: Any) -> bool:
    """Whether two stored or typed code lists hold the same codes (order and form aside)."""
    return set(codes_of(a)) == set(codes_of(b))


# --------------------------------------------------------------------------------------------
# What the public sees
# --------------------------------------------------------------------------------------------
#: The publication state of a point the public may see.
PUBLISHED = "published"
#: Operating statuses shown to the public (a closed point never leaves QGIS; a temporarily
#: closed one is shown, flagged).
PUBLIC_STATUSES: tuple[str, ...] = tuple(s for s in OPERATING_STATUS if s != "closed")
assert PUBLISHED in PUBLICATION_STATE


def _sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


#: The operating status of a point that is open now.
OPEN_STATUS = "active"
assert OPEN_STATUS in PUBLIC_STATUSES
#: The operating status of a point closed for a while: shown to the public, flagged.
TEMPORARILY_CLOSED = "temporarily_closed"
assert TEMPORARILY_CLOSED in PUBLIC_STATUSES

#: The published rows of ``service_point``, whatever their operating status (what the open
#: standards export and the committee's snapshots record), as SQL that SQLite, OGR, QGIS and
#: PostgreSQL all read.
PUBLISHED_FILTER = f"\"publication_state\" = {_sql_literal(PUBLISHED)}"
#: The public rows of ``service_point``: published and not closed (what the web map shows).
PUBLIC_FILTER = (
    f"{PUBLISHED_FILTER} AND \"operating_status\" IN "
    f"({', '.join(_sql_literal(s) for s in PUBLIC_STATUSES)})"
)
#: The published points open now (what the committee's coverage counts as reachable).
OPEN_FILTER = f"{PUBLISHED_FILTER} AND \"operating_status\" = {_sql_literal(OPEN_STATUS)}"


def is_public(publication_state: Any, operating_status: Any) -> bool:
    """The Python twin of :data:`PUBLIC_FILTER`."""
    return publication_state == PUBLISHED and operating_status in PUBLIC_STATUSES


def is_open(publication_state: Any, operating_status: Any) -> bool:
    """The Python twin of :data:`OPEN_FILTER`."""
    return publication_state == PUBLISHED and operating_status == OPEN_STATUS


def published_ok(publication_state: Any, services: int) -> bool:
    """:data:`PUBLISHED_NEEDS_SERVICE`: a published point has at least one service."""
    return publication_state != PUBLISHED or services > 0
