"""Parsers of what people type: coordinates, phone numbers, e-mails, URLs, names.

Property-based (hypothesis) for the coordinate and phone parsers: every way of writing a
value that the parser claims to read must give that value back, and what it writes must
read back unchanged.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from amuddu_plugin.core.values.coordinates import Coordinate, order_by_axis, parse_coordinate, parse_pair
from amuddu_plugin.core.values.normalise import (
    clean_text,
    fold,
    is_valid_phone,
    normalise_email,
    normalise_phone,
    normalise_url,
    skeleton,
)

ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# --------------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------------
degrees = st.floats(min_value=-179.999999, max_value=179.999999, allow_nan=False, allow_infinity=False)


def dms_parts(value: float) -> tuple[int, int, float]:
    a = abs(value)
    d = int(a)
    m = int((a - d) * 60)
    s = round(((a - d) * 60 - m) * 60, 3)
    if s >= 60:  # rounding
        s = 59.999
    return d, m, s


@given(degrees, st.sampled_from([".", ","]), st.integers(min_value=1, max_value=8))
def test_decimal_degrees_with_dot_or_comma(value, separator, digits):
    text = f"{value:.{digits}f}".replace(".", separator)
    parsed = parse_coordinate(text)
    assert parsed is not None and parsed.axis is None
    assert parsed.value == pytest.approx(round(value, digits), abs=10 ** -digits)


@given(degrees, st.sampled_from(["{d}°{m}'{s}\"{h}", "{d}° {m}' {s}'' {h}", "{d} {m} {s} {h}",
                                  "{h} {d}°{m}′{s}″", "{d}º{m}’{s}”{h}", "{d}:{m}:{s}{h}"]),
       st.sampled_from(["lat", "lon"]))
def test_dms_with_hemisphere_letters(value, pattern, axis):
    if axis == "lat":
        assume(abs(value) <= 90)
        hemisphere = "N" if value >= 0 else "S"
    else:
        hemisphere = "E" if value >= 0 else "W"
    d, m, s = dms_parts(value)
    text = pattern.format(d=d, m=m, s=s, h=hemisphere)
    parsed = parse_coordinate(text)
    expected = (d + m / 60 + s / 3600) * (1 if hemisphere in "NE" else -1)
    assert parsed is not None
    assert parsed.value == pytest.approx(expected, abs=1e-9)
    assert parsed.value == pytest.approx(value, abs=2e-6)
    assert parsed.axis == axis


@given(st.floats(min_value=-179.9, max_value=179.9, allow_nan=False))
def test_signed_degrees_and_decimal_minutes(value):
    d = int(abs(value))
    minutes = round((abs(value) - d) * 60, 4)
    assume(minutes < 60)
    sign = "-" if value < 0 else ""
    parsed = parse_coordinate(f"{sign}{d}°{str(minutes).replace('.', ',')}'")
    assert parsed is not None
    assert parsed.value == pytest.approx(value, abs=1e-5)


@given(st.floats(min_value=20.5, max_value=36, allow_nan=False), st.floats(min_value=-17, max_value=-1))
def test_pairs_in_one_cell(lat, lon):
    for text in (f"{lat:.5f}, {lon:.5f}", f"{lat:.5f};{lon:.5f}".replace(".", ","),
                 f"{lat:.5f} {lon:.5f}", f"POINT({lon:.5f} {lat:.5f})"):
        pair = parse_pair(text)
        assert pair is not None, text
        assert (pair[0].value, pair[1].value) == pytest.approx((round(lat, 5), round(lon, 5)), abs=1e-9)


def test_french_ouest_and_arabic_digits():
    assert parse_coordinate("7°35'22\" O") == Coordinate(pytest.approx(-7.589444, abs=1e-6), "lon")
    assert parse_coordinate("٣٣٫٥".translate(ARABIC_DIGITS)).value == pytest.approx(33.5)  # type: ignore[union-attr]
    assert parse_coordinate("33d34m23s").value == pytest.approx(33.573056, abs=1e-6)  # type: ignore[union-attr]
    assert parse_coordinate("  ") is None and parse_coordinate(None) is None


@pytest.mark.parametrize("text, reason", [
    ("abc", "is not a coordinate"),
    ("33°75'", "less than 60"),
    ("200", "out of range"),
    ("95 N", "out of range"),
    ("33.5.4", "is not a coordinate"),
    ("1 2 3 4", "too many numbers"),
    ("33.5°12'", "only the last"),
])
def test_bad_coordinates_say_why(text, reason):
    with pytest.raises(ValueError, match=reason):
        parse_coordinate(text)


def test_hemisphere_letters_put_values_in_their_place():
    lat, lon, swapped = order_by_axis(Coordinate(-5.55, "lon"), Coordinate(33.88, "lat"))
    assert (lat, lon, swapped) == (33.88, -5.55, True)
    assert order_by_axis(Coordinate(33.88), Coordinate(-5.55)) == (33.88, -5.55, False)


# --------------------------------------------------------------------------------------------
# Phone numbers
# --------------------------------------------------------------------------------------------
national = st.builds(lambda first, rest: first + "".join(rest), st.sampled_from("5678"),
                     st.lists(st.sampled_from("0123456789"), min_size=8, max_size=8))


def spaced(digits: str, sep: str, groups: list[int]) -> str:
    out, i = [], 0
    for g in groups:
        out.append(digits[i:i + g])
        i += g
    return sep.join(x for x in out if x)


@given(national, st.sampled_from(["0{n}", "+212{n}", "00212{n}", "212{n}", "+212 (0){n}", "{n}",
                                  "Tél : 0{n}", "0{n}.0"]),
       st.sampled_from([" ", ".", "-", ""]), st.booleans())
def test_every_way_of_writing_a_number_gives_plus_212(nsn, pattern, sep, arabic_digits):
    body = spaced(nsn, sep, [1, 2, 2, 2, 2]) if pattern != "0{n}.0" else nsn
    text = pattern.format(n=body)
    if arabic_digits:
        text = text.translate(ARABIC_DIGITS)
    normalised = normalise_phone(text)
    assert normalised == "+212" + nsn
    assert normalise_phone(normalised) == normalised  # idempotent
    assert is_valid_phone(normalised)


@given(st.lists(national, min_size=2, max_size=3, unique=True), st.sampled_from([" / ", "; ", " ou ", ", "]))
def test_several_numbers_are_kept_in_order(numbers, sep):
    text = sep.join("0" + n for n in numbers)
    assert normalise_phone(text) == "; ".join("+212" + n for n in numbers)


@given(st.text(alphabet="0123456789", min_size=1, max_size=14))
def test_wrong_lengths_are_refused(digits):
    nsn = digits[1:] if digits.startswith("0") else digits
    assume(len(nsn) != 9 and not digits.startswith(("00", "212")))
    with pytest.raises(ValueError):
        normalise_phone(digits)


@pytest.mark.parametrize("text, reason", [
    ("+33 1 23 45 67 89", "not a Moroccan number"),
    ("04 22 33 44 55", "does not start like a Moroccan number"),
    ("05 22 99 88 7", "has 9 digits"),
    ("appeler le standard", "not a phone number"),
])
def test_bad_phones_say_why(text, reason):
    with pytest.raises(ValueError, match=reason):
        normalise_phone(text)


# --------------------------------------------------------------------------------------------
# E-mail, URL, text
# --------------------------------------------------------------------------------------------
def test_email_and_url():
    assert normalise_email(" Mailto:Info@ANAPEC.org ") == "info@anapec.org"
    assert normalise_email("a@b.ma; c.d@e.ma") == "a@b.ma; c.d@e.ma"
    for bad in ("oujda[at]anapec.ma", "a@b", "a..b@c.ma"):
        with pytest.raises(ValueError):
            normalise_email(bad)
    assert normalise_url("WWW.Anapec.org/") == "https://www.anapec.org"
    assert normalise_url("http://ofppt.ma/fr?x=1") == "http://ofppt.ma/fr?x=1"
    for bad in ("ftp://x.ma", "pas un site", "http://localhost"):
        with pytest.raises(ValueError):
            normalise_url(bad)


def test_text_cleaning():
    assert clean_text("  Agence\u00a0 ANAPEC\u200f  ") == "Agence ANAPEC"
    assert clean_text("N/A") is None and clean_text(" - ") is None
    assert clean_text("ligne 1\r\n  ligne   2 ", keep_newlines=True) == "ligne 1\nligne 2"


@pytest.mark.parametrize("a, b", [
    ("Fès", "FES"), ("Laâyoune", "laayoune"), ("l’Oriental", "L'ORIENTAL"), ("أكادير", "اكادير"),
    ("الدار البيضاء", "الدار  البيضاء"), ("مدرسة", "مدرسه"), ("مستشفى", "مستشفي"), ("١٢", "12"),
])
def test_fold_ignores_case_accents_and_arabic_variants(a, b):
    assert fold(a) == fold(b)


@pytest.mark.parametrize("a, b", [("Fès", "Fez"), ("Oujda", "Wajda"), ("Tétouan", "Tetuan"),
                                  ("Marrakech", "Marrakesh"), ("Kénitra", "Quenitra"),
                                  ("El Jadida", "Al Jadida"), ("Essaouira", "Sawira")])
def test_skeleton_ignores_transliteration(a, b):
    assert fold(a) != fold(b)
    assert skeleton(a) == skeleton(b)


@settings(max_examples=200)
@given(st.text())
def test_fold_never_fails_and_is_idempotent(text):
    once = fold(text)
    assert fold(once) == once
    skeleton(text)
