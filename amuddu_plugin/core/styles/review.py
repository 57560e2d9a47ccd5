"""The *quality review* style of the service points: a second named style beside the
institutions' one, that shows at a glance the points not verified for a year, the drafts
and the incomplete records (Okabe–Ito colours, colour-blind safe).
"""

from __future__ import annotations

from qgis.core import QgsMapLayerStyle, QgsMarkerSymbol, QgsRuleBasedRenderer, QgsVectorLayer

from ...toolbelt.i18n import tr
from .symbology import (
    COMPLETENESS_FIELDS,
    CONTACT_FIELDS,
    DRAFT_COLOUR,
    INCOMPLETE_COLOUR,
    IS_DRAFT,
    STALE_AFTER_DAYS,
    STALE_COLOUR,
    UP_TO_DATE_COLOUR,
    _state_label,
    rule_key,
)

CTX = "Symbology"


def stale_expression(days: int = STALE_AFTER_DAYS) -> str:
    return (f"\"last_verified_on\" IS NULL OR "
            f"day(age(now(), to_datetime(\"last_verified_on\"))) > {days}")


def incomplete_expression() -> str:
    empty = [f"coalesce(to_string(\"{name}\"), '') IN ('', '{{}}')" for name in COMPLETENESS_FIELDS]
    no_contact = " AND ".join(f"coalesce(\"{name}\", '') = ''" for name in CONTACT_FIELDS)
    return " OR ".join(empty + [f"({no_contact})"])


def _dot(colour: str, size: float, *, outline: str = "#333333", width: float = 0.3,
         hollow: bool = False) -> QgsMarkerSymbol:
    props = {"name": "circle", "color": colour, "outline_color": outline,
             "outline_width": str(width), "size": str(size)}
    if hollow:
        props["color"] = "0,0,0,0"
    return QgsMarkerSymbol.createSimple(props)


def quality_review_renderer(language: str) -> QgsRuleBasedRenderer:
    """Concentric marks that combine: a vermillion disc when stale, a sky-blue ring when
    incomplete, a yellow centre when draft; a small green dot when none applies."""
    root = QgsRuleBasedRenderer.Rule(None)
    rules = [
        ("stale", _dot(STALE_COLOUR, 5.2, outline=STALE_COLOUR), stale_expression(),
         tr(CTX, "Not verified for 12 months")),
        ("incomplete", _dot(INCOMPLETE_COLOUR, 3.8, outline=INCOMPLETE_COLOUR, width=1.0,
                            hollow=True), incomplete_expression(),
         tr(CTX, "Incomplete (Arabic name, address, hours, languages, eligibility or contact)")),
        ("draft", _dot(DRAFT_COLOUR, 2.2), IS_DRAFT, _state_label("draft", language)),
        ("ok", _dot(UP_TO_DATE_COLOUR, 2.0, outline="#ffffff"), "ELSE",
         tr(CTX, "Verified, complete and published")),
    ]
    for key, symbol, expression, label in rules:
        is_else = expression == "ELSE"
        rule = QgsRuleBasedRenderer.Rule(symbol, 0, 0, "" if is_else else expression, label,
                                         "", is_else)
        rule.setRuleKey(rule_key("quality", key))
        root.appendChild(rule)
    return QgsRuleBasedRenderer(root)


def apply_quality_review(layer: QgsVectorLayer, language: str) -> None:
    layer.setRenderer(quality_review_renderer(language))
    layer.setLabelsEnabled(False)


def quality_style_name() -> str:
    return tr(CTX, "Quality review")


def add_quality_review_style(layer: QgsVectorLayer, language: str) -> str:
    """Add the quality review as a second named style of the layer (the current style
    stays the institutions' one); returns its name."""
    manager = layer.styleManager()
    name = quality_style_name()
    current = manager.currentStyle()
    default = QgsMapLayerStyle()
    default.readFromLayer(layer)
    apply_quality_review(layer, language)
    quality = QgsMapLayerStyle()
    quality.readFromLayer(layer)
    if name in manager.styles():
        manager.removeStyle(name)
    manager.addStyle(name, quality)
    default.writeToLayer(layer)
    manager.setCurrentStyle(current)
    return name
