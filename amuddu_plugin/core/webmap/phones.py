"""What the web map's ``tel:`` links dial, decided here by the import's own phone rule
(:func:`..values.normalise.normalise_phone`) rather than re-parsed in JavaScript.

Most stored numbers are already in the import's form (``+212537123456``, several joined by
``; ``): the page links those as they are, and nothing is added to the export. For any other
value (typed in a form, or older data: ``+212 (0)536 ...``, ``05 37 12 34 56 poste 210``,
``0537.../0661...``) the export carries, per point, the pieces to show and the number each
dials: ``[["+212 537 12 34 56 poste 210", "+212537123456"], ...]``. An extension is shown as
text and never dialled as part of the number; a piece that is not a Moroccan number is
shown without a link.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..values.normalise import normalise_phone
from .texts import clean_text, split_values

#: A JSON column of phones that are all in the import's form (or empty): nothing to add.
_CANONICAL_COLUMN = re.compile(
    rb'\{"coding":"plain","text":\[(?:(?:null|""|"\+212[5-8][0-9]{8}(?:; \+212[5-8][0-9]{8})*"),?)*\]\}'
)
_CANONICAL = re.compile(r"^\+212[5-8][0-9]{8}$")
#: An extension at the end of a number: "poste 210", "ext. 12", "p. 4", "x 12", "#12".
_EXTENSION = re.compile(
    r"\s*(?:\(|,)?\s*(?:poste|post|p\.|ext\.?|extension|x|#|تحويلة|داخلي)\s*[:.]?\s*\d{1,6}\s*\)?\s*$",
    re.IGNORECASE,
)
_ALTERNATIVES = re.compile(r"\s*(?:/|,|\||\bou\b|\bor\b|\bet\b|أو|،)\s*", re.IGNORECASE)


def dial(text: str) -> str:
    """The number that a piece of phone text dials (``+212XXXXXXXXX``), without its
    extension; "" when it is not one Moroccan number."""
    number = _EXTENSION.sub("", text)
    try:
        found = normalise_phone(number)
    except ValueError:
        return ""
    return found if found and _CANONICAL.match(found) else ""


def phone_pieces(value: str) -> list[list[str]]:
    """``value`` as ``[shown, dialled]`` pieces, in the order written."""
    out = []
    for part in split_values(clean_text(value)):
        number = dial(part)
        if number or not _ALTERNATIVES.search(_EXTENSION.sub("", part)):
            out.append([part, number])
            continue
        for piece in _ALTERNATIVES.split(part):  # "0537 12 34 56 / 0661 00 00 00"
            if piece.strip():
                out.append([piece.strip(), dial(piece)])
    return out


def dial_links(column: bytes) -> dict[str, Any]:
    """For the phone column (the export's JSON, in the points' order), the points whose
    numbers are not all in the import's form and their pieces: ``{"rows": [k, ...],
    "pieces": [[[shown, dialled], ...], ...]}``."""
    rows: list[int] = []
    pieces: list[list[list[str]]] = []
    if not _CANONICAL_COLUMN.fullmatch(column):
        for k, value in enumerate(json.loads(column)["text"]):
            if value and not all(_CANONICAL.match(p) for p in split_values(value)):
                rows.append(k)
                pieces.append(phone_pieces(value))
    return {"rows": rows, "pieces": pieces}
