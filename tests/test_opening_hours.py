"""Opening hours (core/values/opening_hours.py): the documented subset of OSM's syntax, its
messages, and the plain QGIS expression the forms use, which must agree with the parser."""

from __future__ import annotations

import pytest

from amuddu_plugin.core.values import opening_hours as oh

VALID = [
    "Mo-Fr 08:30-16:30",
    "Mo-Fr 08:30-16:30; Sa 09:00-12:00",
    "Mo-Th 08:30-12:00,14:00-16:30; Fr 08:30-11:30,15:00-16:30",
    "Mo-Fr 08:30-16:30; PH off",
    "Su closed",
    "24/7",
    "08:00-18:00",
    "Mo,We,Fr 09:00-12:00",
    "Sa-Mo 10:00-12:00",
    "Mo-Fr 00:00-24:00",
    "Mo 08:00-12:00,12:00-14:00",
    "Mo-Fr  08:30-16:30 ;",
    "Mo-Fr 08:30-16:30, 17:00-18:00",
    "PH off; Mo 10:00-11:00",
]

# value -> a word the message must contain
INVALID = {
    "Mo-Fr 16:30-08:30": "ends before it starts",
    "Mo-Fr 12:00-12:00": "ends before it starts",
    "Mon-Fri 08:30-16:30": "Mon-Fri",
    "Mo-Fr 8:30-16:30": "8:30",
    "Mo-Fr 08:30-24:30": "24:30",
    "Mo-Fr 08:61-09:00": "08:61",
    "Mo-Fr": "give the opening times",
    "lundi 8h-12h": "lundi",
    "Mo-Fr 08:30-16:30;; Sa 09:00-12:00": "Rule 2 is empty",
    "Mo-Fr 08:00-12:00,11:00-13:00": "starts before",
    "Mo 14:00-16:00,08:00-12:00": "starts before",
    "24/7; Mo off": "24/7",
    "Mo-Fr 08:30 - 16:30": "08:30 ",
    "off": "which days",
    "Jan-Jun Mo-Fr 08:00-12:00": "Jan-Jun",
}


@pytest.mark.parametrize("text", VALID)
def test_valid_values_parse(text):
    assert oh.error(text) is None
    assert oh.error(oh.normalise(text)) is None


@pytest.mark.parametrize(("text", "word"), INVALID.items())
def test_invalid_values_are_refused_with_a_message_that_says_where(text, word):
    message = oh.error(text)
    assert message is not None
    assert word in message


def test_empty_is_not_an_error_but_cannot_be_parsed():
    assert oh.error(None) is None and oh.error("  ") is None
    with pytest.raises(oh.OpeningHoursError):
        oh.parse("")


def test_normalise_writes_the_canonical_form():
    assert oh.normalise("Mo-Fr  08:30-12:00 , 14:00-16:30 ;Sa 09:00-12:00;") == (
        "Mo-Fr 08:30-12:00,14:00-16:30; Sa 09:00-12:00"
    )
    assert oh.normalise("Su closed") == "Su off"


def test_week_semantics():
    hours = oh.parse("Mo-Fr 08:30-16:30; Fr 08:30-11:30; Sa-Mo 10:00-11:00; PH off")
    minute = 60 * 9
    # Monday: the last rule naming Monday (Sa-Mo) replaces Mo-Fr, as in OSM
    assert hours.spans_on(0) == (oh.Span(600, 660),)
    assert hours.is_open(1, minute) and not hours.is_open(1, 17 * 60)
    assert hours.spans_on(4) == (oh.Span(510, 690),)  # Friday replaced
    assert hours.is_open(5, 10 * 60 + 30) and not hours.is_open(5, minute)
    assert not hours.is_open(2, minute, public_holiday=True)
    # Without a PH rule, a holiday follows its weekday
    assert oh.parse("Mo-Fr 08:00-12:00").is_open(2, minute, public_holiday=True)
    assert oh.parse("24/7").is_open(6, 3)


def test_qgis_expression_agrees_with_the_parser(qgis_app):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature, QgsField, QgsFields
    from qgis.PyQt.QtCore import QVariant

    fields = QgsFields()
    fields.append(QgsField("opening_hours", QVariant.String))
    expression = QgsExpression(oh.qgis_expression("opening_hours"))
    assert not expression.hasParserError(), expression.parserErrorString()
    disagreements = []
    for text in [*VALID, *INVALID, None, ""]:
        feature = QgsFeature(fields)
        feature["opening_hours"] = text
        context = QgsExpressionContext()
        context.setFeature(feature)
        accepted = bool(expression.evaluate(context))
        assert not expression.hasEvalError(), (text, expression.evalErrorString())
        if accepted != (oh.error(text) is None):
            disagreements.append(text)
    assert disagreements == []
