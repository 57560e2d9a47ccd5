"""The formats of :mod:`amuddu_plugin.definitions.formats`, checked in Python.

:func:`typed_ok` is what a form accepts, :func:`stored_form` what the form stores for it,
:func:`stored_ok` what the database, the quality checks and the web export accept. The
import is more lenient than a form (labels such as "Tél. :", "ou", Arabic-Indic digits,
numbers that lost their 0 in a spreadsheet: :mod:`.normalise`), but what it writes is
always :func:`stored_ok`.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache
from typing import Any

from ...definitions import formats as F
from . import opening_hours

_PHONE_TYPED = re.compile(f"{F.PHONE_PREFIX}({F.PHONE_DIGITS})")
_PHONE_STORED = re.compile(F.PHONE_STORED)
_EMAIL = re.compile(F.EMAIL_PATTERN.removesuffix("$") + r"\Z")
_URL = re.compile(F.URL_PATTERN.removesuffix("$") + r"\Z")


def _blank(value: Any) -> bool:
    return value is None or str(value).strip(F.BLANKS) == ""


def _parts(value: Any) -> list[str]:
    return str(value).split(F.LIST_SEPARATOR)


def _phone_digits(part: str) -> str:
    return re.sub(F.PHONE_SEPARATORS, "", part)


def phone_typed_ok(value: Any) -> bool:
    return all(_PHONE_TYPED.fullmatch(_phone_digits(p)) for p in _parts(value))


def phone_stored_form(value: Any) -> str | None:
    """Each number written +212XXXXXXXXX, repeats dropped, joined by "; " (the form's
    default value on update); a part that is not a Moroccan number is kept as typed."""
    if _blank(value):
        return None
    out: list[str] = []
    for part in _parts(value):
        m = _PHONE_TYPED.fullmatch(_phone_digits(part))
        number = F.PHONE_COUNTRY + m.group(2) if m else part.strip()
        if number not in out:
            out.append(number)
    return F.LIST_JOIN.join(out)


def phone_stored_ok(value: Any) -> bool:
    return all(_PHONE_STORED.fullmatch(p.strip(" ")) for p in _parts(value))


def email_ok(value: Any) -> bool:
    return all(_EMAIL.match(p) for p in _parts(value))


def url_ok(value: Any) -> bool:
    return bool(_URL.match(str(value)))


def hours_ok(value: Any) -> bool:
    return opening_hours.error(str(value)) is None


def codes_stored_ok(value: Any, known: Collection[str] | None = None) -> bool:
    """The stored form {A,B} (sorted, no repeats) of codes that are all in ``known``."""
    codes = F.codes_of(value)
    if known is not None and not set(codes) <= set(known):
        return False
    return F.codes_value(codes) == value


def required_ok(value: Any) -> bool:
    return not _blank(value)


_TYPED = {F.PHONE: phone_typed_ok, F.EMAIL: email_ok, F.URL: url_ok, F.OPENING_HOURS: hours_ok}
_STORED = {F.PHONE: phone_stored_ok, F.EMAIL: email_ok, F.URL: url_ok,
           F.OPENING_HOURS: hours_ok}


def typed_ok(key: str, value: Any) -> bool:
    """Whether a form accepts ``value`` for a field of format ``key`` (empty: yes)."""
    if key == F.REQUIRED_NAME:
        return required_ok(value)
    if _blank(value):
        return True
    if key == F.CODES:
        return True  # the list widget offers the vocabulary's codes only
    return _TYPED[key](value)


def stored_form(key: str, value: Any) -> Any:
    """What the form stores for a typed ``value`` (the value itself for most formats)."""
    if key == F.PHONE:
        return phone_stored_form(value)
    if key == F.CODES:
        return F.canonical_codes(value)
    return value


def stored_ok(key: str, value: Any, known: Collection[str] | None = None) -> bool:
    """Whether the database accepts ``value`` (empty: yes, except a required name)."""
    if key == F.REQUIRED_NAME:
        return required_ok(value)
    if value is None:
        return True
    if key == F.CODES:
        return codes_stored_ok(value, known)
    if _blank(value):
        return True
    return _STORED[key](value)


@cache
def reason(key: str, language: str, field_label: str = "") -> str:
    """The declared message of format ``key``."""
    return F.format_of(key).text(language, field_label)
