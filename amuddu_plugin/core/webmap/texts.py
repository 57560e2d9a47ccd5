"""Values as the public page shows them: texts cleaned, links checked, opening hours."""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from ...definitions.model import (
    LANGUAGES,
    Label,
)
from ..values.opening_hours import OpeningHoursError
from ..values.opening_hours import parse as parse_opening_hours

CTX = "WebMap"


# --------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------
_EMAIL = re.compile(r"^[^@\s<>\"'(),;:\\]+@[^@\s<>\"'(),;:\\]+\.[^@\s<>\"'(),;:\\]+$")
_DOMAIN_LIKE = re.compile(r"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(/\S*)?$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_PHONE_OK = re.compile(r"^\+?[0-9 ().-]{6,}$")  # one number that can be dialled (the usual case)
DEFAULT_COLOUR = "#595959"


def clean_text(value: Any) -> str:
    """A text value as the page shows it: stripped, without control characters."""
    if value is None:
        return ""
    text = value if type(value) is str else str(value)
    if not text.isprintable():  # rare: a control character, a line break, a bidi mark...
        text = _CONTROL.sub("", text)
    return text.strip()


def web_url(value: str) -> str | None:
    """``value`` as an http(s) address, or None when it is not one (``javascript:``...).

    A bare domain (``www.anapec.org``) gets ``https://``."""
    text = value.strip()
    if not text:
        return None
    if "://" not in text and _DOMAIN_LIKE.match(text):
        text = "https://" + text
    if any(c.isspace() for c in text) or _CONTROL.search(text) or "\\" in text:
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return text


def email_address(value: str) -> str | None:
    text = value.strip()
    return text if _EMAIL.match(text) else None


def split_values(text: str) -> list[str]:
    """Several phone numbers or e-mail addresses in one field, as the import writes them
    (``"+212537000000; +212661000000"``)."""
    return [part.strip() for part in re.split(r"[;\n]", text or "") if part.strip()]


def phone_digits(value: str) -> str:
    """What a ``tel:`` link dials: a leading + and the digits (the app derives the same)."""
    text = value.strip()
    digits = re.sub(r"\D", "", text)
    return ("+" if text.startswith("+") else "") + digits


_UUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")


def public_id(value: str) -> str:
    """The 22-character identifier of a service point in the page and its links: the UUID's
    16 bytes in URL-safe base64 (stable across exports)."""
    text = str(value)
    if _UUID.match(text):
        raw = bytes.fromhex(text.replace("-", ""))
    else:
        raw = hashlib.sha1(text.encode("utf-8")).digest()[:16]
    return base64.urlsafe_b64encode(raw).decode("ascii")[:22]


def public_ids(uuids: Sequence[str]) -> str:
    """:func:`public_id` of every UUID, concatenated (22 characters each); in one pass over
    all of them when they are all UUIDs (the usual case)."""
    joined = "".join(uuids)
    if len(joined) == 36 * len(uuids) and joined.isascii():
        fast = _public_ids(joined.encode("ascii"))
        if fast is not None:
            return fast
    return "".join(public_id(u) for u in uuids)


def _public_ids(joined: bytes) -> str | None:
    """public_ids() of UUIDs given one after the other (36 ASCII characters each); None if one
    of them is not written as a UUID."""
    import numpy as np

    rows = np.frombuffer(joined, np.uint8).reshape(-1, 36)
    dashes = [8, 13, 18, 23]
    if not (rows[:, dashes] == 0x2D).all():
        return None
    try:
        raw = np.frombuffer(binascii.unhexlify(np.delete(rows, dashes, axis=1).tobytes()), np.uint8)
    except binascii.Error:
        return None
    # 16 bytes and 2 of padding make 24 base64 characters: the first 22 are the id.
    padded = np.zeros((len(rows), 18), np.uint8)
    padded[:, :16] = raw.reshape(-1, 16)
    encoded = np.frombuffer(base64.urlsafe_b64encode(padded.tobytes()), np.uint8).reshape(-1, 24)
    return encoded[:, :22].tobytes().decode("ascii")


def public_label(label: Label) -> dict[str, str]:
    """A field label as the public sees it: the model's label without its trailing
    parenthesis ("Adresse (FR)" -> "Adresse", "Horaires (syntaxe OSM)" -> "Horaires")."""
    return {
        lang: re.sub(r"\s*\([^()]*\)\s*$", "", label.get(lang)) for lang in LANGUAGES
    }


# --------------------------------------------------------------------------------------------
# Opening hours: read by core/values/opening_hours.py (the subset the editing forms accept)
# --------------------------------------------------------------------------------------------
def weekly_hours(text: str) -> tuple[list[list[int]] | None, str]:
    """The week of an ``opening_hours`` value as 7 lists (Monday first) of flattened
    ``[start, end, ...]`` minutes, and "" ; or None and the reason it cannot be read."""
    try:
        hours = parse_opening_hours(text)
    except OpeningHoursError as err:
        return None, str(err)
    return [[m for span in hours.spans_on(day) for m in (span.start, span.end)] for day in range(7)], ""
