"""Normalising what people type in spreadsheets: text for matching, phone numbers, e-mails, URLs.

Pure Python (no QGIS): the import, the quality checks and the tests use the same functions.

Two keys serve to compare names written differently:

- :func:`fold` ignores case, accents, punctuation, Arabic letter variants (hamza forms of
  alef, alef maqsura, taa marbuta, Persian/Maghrebi letter shapes, diacritics, tatweel) and
  Arabic-Indic digits: ``"FÈS"``, ``"fes"`` and ``"Fès."`` fold alike, so do ``"أكادير"`` and
  ``"اكادير"``.
- :func:`skeleton` also ignores the usual differences between French and English
  transliterations of Arabic place names (ou/w/u, ch/sh, q/k/c, z/s, doubled letters,
  vowels): ``Fès``/``Fez``, ``Oujda``/``Wajda``, ``Tétouan``/``Tetuan``,
  ``Marrakech``/``Marrakesh``. It is a looser key: callers use it only when :func:`fold`
  finds nothing, and treat several matches as ambiguous.

Validation functions raise :class:`ValueError` with a reason worded for the report.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import urlsplit, urlunsplit

from ...definitions import formats as F
from ...toolbelt.i18n import tr
from .formats import stored_ok

CTX = "Normalise"

# --------------------------------------------------------------------------------------------
# Text
# --------------------------------------------------------------------------------------------
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ARABIC_LETTERS = str.maketrans({
    "ٱ": "ا",  # alef wasla
    "ى": "ي",  # alef maqsura
    "ة": "ه",  # taa marbuta
    "ک": "ك", "ڭ": "ك", "گ": "ك",  # Persian/Maghrebi kaf and gaf
    "ی": "ي", "ې": "ي",
    "ڤ": "ف", "ڥ": "ف",
    "پ": "ب",
    "ـ": None,  # tatweel
})
_LATIN_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o",
                                  "đ": "d", "ł": "l", "ı": "i"})
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff"))
_SPACES = re.compile(r"[\s\u00a0\u2007\u202f]+")
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")

#: Cell contents that mean "nothing here" in the spreadsheets people send.
NULL_MARKERS = frozenset({"", "-", "--", "---", "—", "–", "/", "?", "n/a", "na", "nan", "null",
                          "none", "#n/a", "néant", "neant", "nd", "n.d.", "x"})


def clean_text(value: object, *, keep_newlines: bool = False) -> str | None:
    """Trimmed text with single spaces (NFC), or None for an empty or null-like cell."""
    if value is None:
        return None
    text = str(value)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    if keep_newlines:
        lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").split("\n")]
        text = "\n".join(line for line in lines if line)
    else:
        text = _SPACES.sub(" ", text).strip()
    if text.casefold() in NULL_MARKERS:
        return None
    return text


def has_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text))


def mostly_arabic(text: str) -> bool:
    """True when the text has more Arabic letters than Latin ones."""
    return len(_ARABIC.findall(text)) > len(_LATIN.findall(text))


_ASCII_NON_WORD = re.compile(r"[^a-z0-9]+")


def fold(text: object) -> str:
    """A key for comparing names: no case, accents, punctuation or Arabic letter variants."""
    if text is None:
        return ""
    return _fold(str(text))


# French and Spanish accented letters, folded without Unicode decomposition (fast path).
_LATIN1 = str.maketrans("àâäáãåçéèêëíìîïñóòôöõúùûüýÿÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝ’‘",
                        "aaaaaaceeeeiiiinooooouuuuyyAAAAAACEEEEIIIINOOOOOUUUUY''")


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    if not text.isascii():
        latin = text.translate(_LATIN1)
        if latin.isascii():
            text = latin
    if text.isascii():
        return _ASCII_NON_WORD.sub(" ", text.lower()).strip()
    s = text.translate(_INVISIBLE).translate(_DIGITS).translate(_LATIN_LIGATURES)
    s = unicodedata.normalize("NFKD", s)
    # Combining marks go: Latin accents, Arabic harakat, and the hamza that NFKD splits
    # off its carrier (أ إ آ ؤ ئ become ا ا ا و ي).
    s = "".join(c for c in s if not unicodedata.combining(c) and c != "\u0670")
    s = s.translate(_ARABIC_LETTERS).casefold()
    s = _NON_WORD.sub(" ", s).replace("_", " ")
    return _SPACES.sub(" ", s).strip()


def compact(text: object) -> str:
    """:func:`fold` without spaces (``"e-mail"`` and ``"Email"`` give ``"email"``)."""
    return fold(text).replace(" ", "")


# Transliteration rules, applied in order to folded Latin text without spaces.
_TRANSLIT: tuple[tuple[str, str], ...] = (
    ("tch", "$"), ("sch", "$"), ("ch", "$"), ("sh", "$"),
    ("dj", "j"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("kh", "k"), ("gh", "g"),
    ("ou", "u"), ("w", "u"), ("qu", "k"), ("q", "k"), ("ck", "k"), ("c", "k"),
    ("z", "s"), ("x", "ks"), ("y", "i"),
)
_DOUBLES = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiou]")


def skeleton(text: object) -> str:
    """A looser key that ignores French/English transliteration differences (see module doc)."""
    return _skeleton(fold(text))


@lru_cache(maxsize=16384)
def _skeleton(s: str) -> str:
    if not s:
        return ""
    if has_arabic(s):
        words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in s.split()]
        return "".join(words)
    s = s.replace(" ", "")
    for old, new in _TRANSLIT:
        s = s.replace(old, new)
    s = _DOUBLES.sub(r"\1", s)
    consonants = _VOWELS.sub("", s)
    return consonants or s


# --------------------------------------------------------------------------------------------
# Phone numbers
# --------------------------------------------------------------------------------------------
_PHONE_SPLIT = re.compile(r"\s*(?:[/;|,\n،؛]|\bou\b|\bor\b|\bet\b|\band\b|أو)\s*", re.IGNORECASE)
_PHONE_LABEL = re.compile(r"^[^\d+(]*")
_PHONE_CHARS = re.compile(r"^\+?[\d\s().\-]+$")
MOROCCO_PREFIX = "+212"


def _one_phone(text: str) -> str:
    raw = text.strip()
    s = _PHONE_LABEL.sub("", raw)  # "Tél. : 05..." -> "05..."
    s = s.replace("(0)", "")
    if not s or not _PHONE_CHARS.match(s):
        raise ValueError(tr(CTX, "“%1” is not a phone number", raw))
    plus = s.startswith("+")
    digits = re.sub(r"\D", "", s)
    if plus or digits.startswith("00"):
        digits = digits[2:] if digits.startswith("00") else digits
        if not digits.startswith("212"):
            raise ValueError(tr(CTX, "“%1” is not a Moroccan number (+212)", raw))
        national = digits[3:]
        if national.startswith("0"):
            national = national[1:]
    elif digits.startswith("212") and len(digits) == 12:
        national = digits[3:]
    elif digits.startswith("0"):
        national = digits[1:]
    else:
        national = digits  # a spreadsheet that read the number as a number lost its 0
    if len(national) != 9:
        raise ValueError(
            tr(CTX, "“%1” has %2 digits; a Moroccan number has 10 (0XXXXXXXXX)", raw,
               len(re.sub(r"\D", "", s)))
        )
    if national[0] not in "5678":
        raise ValueError(tr(CTX, "“%1” does not start like a Moroccan number (05, 06, 07 or 08)", raw))
    return MOROCCO_PREFIX + national


def normalise_phone(value: object) -> str | None:
    """Moroccan phone number(s) in international format ``+212XXXXXXXXX``, several joined by
    ``"; "``; None for an empty cell. Raises ValueError naming what is wrong."""
    text = clean_text(value)
    if text is None:
        return None
    text = text.translate(_DIGITS)
    if re.fullmatch(r"\d+\.0", text):  # a number read from a spreadsheet cell as a float
        text = text[:-2]
    parts = [p for p in _PHONE_SPLIT.split(text) if p.strip()]
    out: list[str] = []
    for part in parts:
        number = _one_phone(part)
        if number not in out:
            out.append(number)
    return "; ".join(out) if out else None


# What the database accepts as stored (declared in definitions/formats.py).
def is_valid_phone(value: str) -> bool:
    return stored_ok(F.PHONE, value)


# --------------------------------------------------------------------------------------------
# E-mail and web addresses
# --------------------------------------------------------------------------------------------
_EMAIL = re.compile(r"^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
                    r"(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$")
_EMAIL_SPLIT = re.compile(r"\s*[;,\s]\s*")


def normalise_email(value: object) -> str | None:
    """Lower-case e-mail address(es), several joined by ``"; "``; None for an empty cell."""
    text = clean_text(value)
    if text is None:
        return None
    out: list[str] = []
    for part in _EMAIL_SPLIT.split(text):
        if not part:
            continue
        address = part.strip("<>").lower()
        if address.startswith("mailto:"):
            address = address[len("mailto:"):]
        if not _EMAIL.match(address) or ".." in address:
            raise ValueError(tr(CTX, "“%1” is not an e-mail address", part))
        if address not in out:
            out.append(address)
    return "; ".join(out) if out else None


def is_valid_email(value: str) -> bool:
    return stored_ok(F.EMAIL, value)


_HOST = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$")


def normalise_url(value: object) -> str | None:
    """An ``http(s)://`` address with a lower-case host (``https://`` added when missing)."""
    text = clean_text(value)
    if text is None:
        return None
    if " " in text:
        raise ValueError(tr(CTX, "“%1” is not a web address (it contains spaces)", text))
    candidate = text if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", text) else "https://" + text
    try:
        parts = urlsplit(candidate)
        port = parts.port
    except ValueError:
        raise ValueError(tr(CTX, "“%1” is not a web address", text)) from None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if scheme not in ("http", "https"):
        raise ValueError(tr(CTX, "“%1” is not a web address (http or https)", text))
    try:
        host_ascii = host.encode("idna").decode("ascii") if host else ""
    except UnicodeError:
        host_ascii = ""
    if not _HOST.match(host_ascii):
        raise ValueError(tr(CTX, "“%1” is not a web address", text))
    netloc = host + (f":{port}" if port else "")
    path = "" if parts.path == "/" else parts.path
    return urlunsplit((scheme, netloc, path, parts.query, parts.fragment))


def is_valid_url(value: str) -> bool:
    return stored_ok(F.URL, value)
