"""Reading coordinates as people write them in spreadsheets.

Accepted, for one coordinate (latitude or longitude):

- decimal degrees with a dot or a comma: ``33.5731``, ``-7,5898``, ``33.5731°``;
- degrees and decimal minutes: ``33°34.38'``, ``33 34,38``;
- degrees, minutes, seconds: ``33°34'23.2"N``, ``33 34 23.2 N``, ``7°35'22''W``,
  ``33:34:23``, ``33d34m23s``, with any of the usual degree/prime signs (``° º ˚ ' ’ ′ " ”
  ″``);
- a hemisphere letter before or after (``N S E W``, French ``O`` for ouest, or the words
  nord/sud/est/ouest, north/south/east/west), which gives the sign and tells which axis the
  value is;
- Arabic-Indic digits.

And for both in one cell (:func:`parse_pair`): ``33.5731, -7.5898`` (latitude first, as
map sites copy them), ``33,5731 ; -7,5898``, ``33.5731 -7.5898``, two DMS values, or WKT
``POINT(-7.5898 33.5731)`` (longitude first, as WKT is).

Pure Python: the functions raise :class:`ValueError` with a reason worded for the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...toolbelt.i18n import tr
from .normalise import clean_text

CTX = "Coordinates"

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫", "01234567890123456789.")
_MINUS = str.maketrans({"−": "-", "–": "-", "‐": "-"})
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_PLAIN = re.compile(r"^\s*([+-]?\d{1,3}(?:[.,]\d+)?)\s*$")
_HEMISPHERES: dict[str, str] = {
    "N": "N", "NORD": "N", "NORTH": "N", "شمال": "N",
    "S": "S", "SUD": "S", "SOUTH": "S", "جنوب": "S",
    "E": "E", "EST": "E", "EAST": "E", "شرق": "E",
    "W": "W", "O": "W", "OUEST": "W", "WEST": "W", "غرب": "W",
}
_HEMI_WORDS = "|".join(sorted(_HEMISPHERES, key=len, reverse=True))
_HEMI_START = re.compile(rf"^\s*({_HEMI_WORDS})(?![A-Za-z])\s*", re.IGNORECASE)
_HEMI_END = re.compile(rf"(?<![A-Za-z])({_HEMI_WORDS})\s*\.?\s*$", re.IGNORECASE)
_LETTER_UNITS = re.compile(r"\d\s*d\s*\d", re.IGNORECASE)
# What may sit between the numbers of a coordinate: signs, separators and spaces.
_UNIT_CHARS = re.compile(r"""[\s°º˚'’′‘`"”″“:dDmMsS]|deg|min|sec""")


@dataclass(frozen=True)
class Coordinate:
    """A parsed coordinate. ``axis`` is ``"lat"`` or ``"lon"`` when a hemisphere letter said
    which it is, else None."""

    value: float
    axis: str | None = None


def _hemisphere(text: str) -> tuple[str, str | None]:
    """The text without its hemisphere word, and the hemisphere (N, S, E, W) if any."""
    m = _HEMI_START.match(text)
    if m:
        return text[m.end():], _HEMISPHERES[m.group(1).upper()]
    m = _HEMI_END.search(text)
    if m:
        word = m.group(1)
        # "33d34m12s": the final s is the seconds sign, not "south".
        if word == "s" and _LETTER_UNITS.search(text):
            return text, None
        return text[:m.start()], _HEMISPHERES[word.upper()]
    return text, None


def parse_coordinate(value: object) -> Coordinate | None:
    """One coordinate in decimal degrees (see the module doc); None for an empty cell."""
    if isinstance(value, str):
        plain = _PLAIN.match(value)
        if plain:  # the usual case, quickly: "33.5731", "-7,5898"
            number = float(plain.group(1).replace(",", "."))
            if abs(number) > 180:
                raise ValueError(tr(CTX, "“%1” is out of range for a coordinate (±%2°)", value.strip(), 180))
            return Coordinate(number)
    text = clean_text(value)
    if text is None:
        return None
    raw = text
    text = text.translate(_DIGITS).translate(_MINUS)
    body, hemisphere = _hemisphere(text)
    body = body.strip()
    sign = 1.0
    if body[:1] in "+-":
        sign = -1.0 if body[0] == "-" else 1.0
        body = body[1:].strip()
    numbers = _NUMBER.findall(body)
    rest = _UNIT_CHARS.sub("", _NUMBER.sub("", body))
    if not numbers or rest:
        raise ValueError(tr(CTX, "“%1” is not a coordinate", raw))
    if len(numbers) > 3:
        raise ValueError(tr(CTX, "“%1” has too many numbers for degrees, minutes and seconds", raw))
    parts = [float(n.replace(",", ".")) for n in numbers]
    if any(("." in n or "," in n) for n in numbers[:-1]):
        raise ValueError(
            tr(CTX, "“%1”: only the last of degrees, minutes and seconds may have decimals", raw)
        )
    if len(parts) > 1 and not all(p < 60 for p in parts[1:]):
        raise ValueError(tr(CTX, "“%1”: minutes and seconds must be less than 60", raw))
    degrees = parts[0] + (parts[1] / 60 if len(parts) > 1 else 0) + (parts[2] / 3600 if len(parts) > 2 else 0)
    if hemisphere in ("S", "W"):
        sign = -1.0
    result = sign * degrees
    axis = {"N": "lat", "S": "lat", "E": "lon", "W": "lon"}.get(hemisphere or "")
    limit = 90 if axis == "lat" else 180
    if abs(result) > limit:
        raise ValueError(tr(CTX, "“%1” is out of range for a coordinate (±%2°)", raw, limit))
    return Coordinate(result, axis)


_WKT_POINT = re.compile(r"^\s*POINT\s*Z?\s*\(\s*(\S+)\s+(\S+)(?:\s+\S+)?\s*\)\s*$", re.IGNORECASE)
_DMS_PAIR = re.compile(rf"^(.*?(?<![A-Za-z])(?:{_HEMI_WORDS}))(?![A-Za-z])\s*[,;]?\s*(.+)$", re.IGNORECASE)


def _split_pair(text: str) -> tuple[str, str] | None:
    for sep in (";", "|", "\t"):
        if text.count(sep) == 1:
            a, b = text.split(sep)
            return a, b
    if text.count(", ") == 1:
        a, b = text.split(", ")
        return a, b
    tokens = text.split()
    if len(tokens) == 2 and all(_NUMBER.fullmatch(t.lstrip("+-−")) for t in tokens):
        return tokens[0], tokens[1]
    if text.count(",") == 1:
        a, b = text.split(",")
        if "." in a and "." in b or re.fullmatch(r"\s*[+-]?\d+\s*", a) and re.fullmatch(r"\s*[+-]?\d+\s*", b):
            return a, b
    m = _DMS_PAIR.match(text)
    if m and _NUMBER.search(m.group(2)):
        return m.group(1), m.group(2)
    return None


def parse_pair(value: object) -> tuple[Coordinate, Coordinate] | None:
    """Latitude and longitude written in one cell; None for an empty cell.

    Returns ``(latitude, longitude)`` as written (latitude first, except in WKT); a
    hemisphere letter, when written, is kept in each coordinate's ``axis``.
    """
    text = clean_text(value)
    if text is None:
        return None
    m = _WKT_POINT.match(text)
    if m:
        x = parse_coordinate(m.group(1))
        y = parse_coordinate(m.group(2))
        if x is None or y is None:
            raise ValueError(tr(CTX, "“%1” is not a point", text))
        return y, x
    parts = _split_pair(text.translate(_DIGITS))
    if parts is None:
        raise ValueError(tr(CTX, "“%1” cannot be read as latitude and longitude", text))
    first, second = (parse_coordinate(p) for p in parts)
    if first is None or second is None:
        raise ValueError(tr(CTX, "“%1” cannot be read as latitude and longitude", text))
    return first, second


def order_by_axis(lat: Coordinate, lon: Coordinate) -> tuple[float, float, bool]:
    """``(latitude, longitude, swapped)``: the values put in their place when hemisphere
    letters say they were written in each other's place."""
    if lat.axis == "lon" and lon.axis in ("lat", None) or lon.axis == "lat" and lat.axis in ("lon", None):
        return lon.value, lat.value, True
    return lat.value, lon.value, False
