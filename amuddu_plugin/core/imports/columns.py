"""How each column of a file is read: its name, and for text in several languages its content.

A column's name says what it holds (:func:`~.mapping.recognise`); for the fields that exist in
several languages (``name_fr`` / ``name_ar`` / ``name_en``, ``address_fr`` / ``address_ar``)
the values say which language. Each such column gets a *fit* for each language of its field:

- the share of its values written in that script (Arabic script for ``_ar``, Latin script for
  ``_fr`` and ``_en``);
- plus :data:`HEADER_WEIGHT` when its name names that language ("Nom (AR)", "الاسم بالعربية",
  "Name in English": see :data:`LANGUAGE_WORDS`).

So "الاسم" (Arabic for "the name") holding "Agence ANAPEC Rabat" is read as the French name,
and "Nom" holding "وكالة أنابيك" as the Arabic one. The columns are served from the best fit
down: each takes the language that fits it best among those still free (when two columns claim
one field, the better fit wins and the other takes its sibling). A column without values keeps
what its name says. Other fields are taken once, by the first column naming them (except phone,
e-mail and notes, which gather several columns). A saved mapping's choices come first.

Each column gets the reason it was read so, for the import report.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ...definitions.model import LANGUAGES
from ...toolbelt.i18n import tr
from ..values.normalise import clean_text, fold, has_arabic, mostly_arabic
from .mapping import MULTI_COLUMN, ColumnMapping, recognise, target, targets

CTX = "ImportColumns"

#: What a column's name naming a language adds to the fit of that language.
HEADER_WEIGHT = 0.5
#: How many rows are looked at to tell the script of a column.
SAMPLE_ROWS = 500

#: Words of a column name that name the language of its values (compared folded); the
#: codes ``fr``, ``ar`` and ``en`` count too, as the last word ("Nom (AR)", "name_en": "en"
#: elsewhere is the French "in", as in "Nom en arabe").
LANGUAGE_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("francais", "french", "بالفرنسية", "الفرنسية", "فرنسي", "بالفرنسيه"),
    "ar": ("arabe", "arabic", "بالعربية", "بالعربي", "العربية", "عربي"),
    "en": ("anglais", "english", "بالانجليزية", "الانجليزية", "انجليزي"),
}


@dataclass(frozen=True)
class ColumnReading:
    """What a column is read as (a target key, or None: not imported), and why."""

    key: str | None
    reason: str


def _siblings() -> dict[str, dict[str, str]]:
    """stem -> {language: target key} for the importable fields in several languages."""
    out: dict[str, dict[str, str]] = {}
    for t in targets():
        if t.field is not None and t.field.language and t.key.endswith("_" + t.field.language):
            out.setdefault(t.key[: -len(t.field.language) - 1], {})[t.field.language] = t.key
    return {stem: langs for stem, langs in out.items() if len(langs) > 1}


def header_language(column: str) -> str | None:
    """The language a column's name names, if it names one."""
    words = fold(column).replace("_", " ").split()
    found = set(words)
    named = [lang for lang, names in LANGUAGE_WORDS.items()
             if found & {fold(n) for n in names} or (words and words[-1] == lang)]
    return named[0] if len(named) == 1 else None


def script_shares(values: Sequence[str | None]) -> tuple[float, float, int]:
    """(share in Arabic script, share in Latin script, how many values) of the filled values."""
    texts = [t for t in (clean_text(v) for v in values) if t]
    arabic = sum(1 for t in texts if mostly_arabic(t))
    latin = sum(1 for t in texts if not mostly_arabic(t) and any(c.isalpha() for c in t)
                and not has_arabic(t))
    n = len(texts)
    return (arabic / n, latin / n, n) if n else (0.0, 0.0, 0)


def _label(key: str) -> str:
    from ...toolbelt.i18n import ui_language

    return target(key).label.get(ui_language())


def _percent(share: float) -> str:
    return f"{round(100 * share)} %"


@dataclass
class _Claim:
    column: str
    stem: str
    named: str  # the key its name gives
    fits: dict[str, float]  # language -> fit
    shares: tuple[float, float, int]

    def order(self) -> list[str]:
        return sorted(self.fits, key=lambda lang: (-self.fits[lang], LANGUAGES.index(lang)))


def _claim(column: str, key: str, stem: str, langs: dict[str, str],
           values: Sequence[str | None]) -> _Claim:
    shares = script_shares(values)
    said = header_language(column)
    if shares[2] == 0:  # no values: what the name says
        fits = {lang: (1.0 if langs[lang] == key else 0.0) for lang in langs}
    else:
        fits = {lang: (shares[0] if lang == "ar" else shares[1]) + (HEADER_WEIGHT if said == lang else 0.0)
                for lang in langs}
    return _Claim(column, stem, key, fits, shares)


def read_file_columns(mapping: ColumnMapping, columns: Sequence[str],
                      rows: Sequence[Mapping[str, str | None]] = ()) -> dict[str, ColumnReading]:
    """How each column of a file is read with ``mapping``: its saved choices first, then the
    columns' names and values (``rows``: the file's rows, their values by column)."""
    return read_columns(columns, rows, mapping.saved(columns))


def resolve(mapping: ColumnMapping, columns: Sequence[str],
            rows: Sequence[Mapping[str, str | None]] = ()) -> dict[str, str | None]:
    """The target of each column of a file (see :func:`read_file_columns`)."""
    return {column: r.key for column, r in read_file_columns(mapping, columns, rows).items()}


def read_columns(columns: Sequence[str], rows: Sequence[Mapping[str, str | None]] = (),
                 saved: Mapping[str, str | None] | None = None) -> dict[str, ColumnReading]:
    """How each of ``columns`` is read (see the module doc). ``rows``: the file's rows (their
    values by column); ``saved``: the saved mapping's choices for the columns it names."""
    saved = saved or {}
    sample = rows[:SAMPLE_ROWS]
    siblings = _siblings()
    stems = {key: stem for stem, langs in siblings.items() for key in langs.values()}
    out: dict[str, ColumnReading] = {}
    taken: dict[str, str] = {}  # key -> column
    claims: list[_Claim] = []
    for column in columns:
        if column in saved:
            key = saved[column]
            out[column] = ColumnReading(key, tr(CTX, "as the saved mapping says"))
            if key:
                taken.setdefault(key, column)
            continue
        key = recognise(column)
        if key is None:
            out[column] = ColumnReading(None, tr(CTX, "its name is not one Amuddu recognises: not "
                                                      "imported (choose a field for it to import it)"))
        elif key in stems:
            stem = stems[key]
            claims.append(_claim(column, key, stem, siblings[stem], [r.get(column) for r in sample]))
        elif key in taken and key not in MULTI_COLUMN:
            out[column] = ColumnReading(None, tr(CTX, "%1 is already read from the column “%2”: "
                                                      "not imported", _label(key), taken[key]))
        else:
            taken.setdefault(key, column)
            out[column] = ColumnReading(key, tr(CTX, "its name means %1", _label(key)))
    _assign(claims, siblings, taken, out)
    return {column: out[column] for column in columns}


def _assign(claims: list[_Claim], siblings: dict[str, dict[str, str]], taken: dict[str, str],
            out: dict[str, ColumnReading]) -> None:
    """Each claiming column gets a language, best fits first (the first column wins ties)."""
    pairs = sorted(((-c.fits[lang], i, LANGUAGES.index(lang), lang) for i, c in enumerate(claims)
                    for lang in c.fits))
    for _, i, _, lang in pairs:
        claim = claims[i]
        key = siblings[claim.stem][lang]
        if claim.column in out or key in taken:
            continue
        taken[key] = claim.column
        out[claim.column] = _reading(claim, lang, key, siblings[claim.stem], taken)
    for claim in claims:
        if claim.column not in out:
            langs = siblings[claim.stem]
            out[claim.column] = ColumnReading(None, tr(
                CTX, "%1 are all read from other columns: not imported",
                " / ".join(_label(langs[lang]) for lang in claim.order())))


def _reading(claim: _Claim, lang: str, key: str, langs: dict[str, str],
             taken: dict[str, str]) -> ColumnReading:
    """Why ``claim`` is read as ``key``."""
    preferred = claim.order()
    arabic, latin, n = claim.shares
    if lang != preferred[0]:
        rival = taken[langs[preferred[0]]]
        if claim.fits[lang] == claim.fits[preferred[0]]:
            return ColumnReading(key, tr(CTX, "its name means %1, which the column “%2” takes "
                                              "first: read as %3", _label(claim.named), rival,
                                         _label(key)))
        return ColumnReading(key, tr(CTX, "its name means %1, which the column “%2” fits better: "
                                          "read as %3", _label(claim.named), rival, _label(key)))
    if n == 0:
        return ColumnReading(key, tr(CTX, "its name means %1 (the column is empty)", _label(key)))
    share = _percent(arabic if lang == "ar" else latin)
    script = tr(CTX, "Arabic script") if lang == "ar" else tr(CTX, "Latin script")
    if key == claim.named:
        return ColumnReading(key, tr(CTX, "its name means %1 and %2 of its values are in %3",
                                     _label(key), share, script))
    return ColumnReading(key, tr(CTX, "its name means %1, but %2 of its values are in %3: read as %4",
                                 _label(claim.named), share, script, _label(key)))
