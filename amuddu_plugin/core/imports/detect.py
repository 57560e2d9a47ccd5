"""Detecting how a CSV file made by a spreadsheet program is written (see :mod:`.read`):

- the encoding: a byte-order mark (UTF-8 or UTF-16), else UTF-16 when a third of the
  bytes are zeros (text of a Latin or Arabic alphabet has none), else UTF-8 if the bytes are valid
  UTF-8, else Windows-1256 (Arabic Excel) or Windows-1252 (French Excel), told apart by
  whether the non-ASCII letters make Arabic words or accented Latin ones;
- the delimiter: among ``;`` ``,`` tab and ``|``, the one that splits the lines into the same
  number of columns most consistently (and into the most columns).
"""

from __future__ import annotations

import csv
import io
import re

DELIMITERS = (";", ",", "\t", "|")

_ARABIC_WORD = re.compile(r"[\u0621-\u064a]{2,}")
_MIXED = re.compile(r"[A-Za-z][\u0621-\u064a]|[\u0621-\u064a][A-Za-z]")


def detect_encoding(data: bytes) -> str:
    """The encoding of a text file made by a spreadsheet program (see the module doc)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = data[:4000]
    if len(head) >= 4 and head.count(0) * 3 > len(head):  # UTF-16 without a byte-order mark
        return "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        as_arabic = data.decode("cp1256")
    except UnicodeDecodeError:
        return "cp1252"
    arabic = sum(len(w) for w in _ARABIC_WORD.findall(as_arabic))
    mixed = len(_MIXED.findall(as_arabic))
    if arabic and arabic > 3 * mixed:
        return "cp1256"
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "cp1256"


def mixed_encodings(data: bytes) -> tuple[list[int], list[int]] | None:
    """(UTF-8 lines, other lines) when a file without a byte-order mark mixes lines written
    in UTF-8 (with non-ASCII letters) and lines that are not UTF-8 (a file pasted together
    from two programs): no single encoding reads it right. None when the lines agree."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return None
    utf8: list[int] = []
    other: list[int] = []
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8.append(number)
        except UnicodeDecodeError:
            other.append(number)
    return (utf8, other) if utf8 and other else None


def detect_delimiter(text: str) -> str:
    """The delimiter of CSV ``text`` (see the module doc)."""
    lines = [line for line in text.splitlines()[:60] if line.strip()]
    if not lines:
        return ";"
    sample = "\n".join(lines)
    best: tuple[float, int, str] | None = None
    for delimiter in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(r)]
        except csv.Error:  # a cell over the csv module's limit: not this delimiter's fault
            continue
        if not counts or max(counts) < 2:
            continue
        common = max(set(counts), key=counts.count)
        if common < 2:
            continue
        consistency = counts.count(common) / len(counts)
        score = (round(consistency, 1), common, delimiter)
        if best is None or score[:2] > best[:2]:
            best = score
    return best[2] if best else ";"
