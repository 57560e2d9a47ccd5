"""The style of the ``amuddu:coverage`` layer: graduated on services per 100,000 inhabitants
with the colour-blind-safe :data:`~amuddu_plugin.definitions.monitoring.COVERAGE_RAMP`
(quantile classes), the legend and the field names in the interface's language."""

from __future__ import annotations

from typing import Any

from ...definitions.monitoring import (
    COVERAGE_CLASS,
    COVERAGE_LAYER,
    COVERAGE_RAMP,
    COVERAGE_VALUE,
    coverage_table,
)
from ...toolbelt.i18n import ui_language

RATIO_FIELD = "services_per_100k"


def class_breaks(values: list[float], classes: int = len(COVERAGE_RAMP)) -> list[tuple[float, float]]:
    """Quantile classes (lower, upper) covering ``values``; fewer when values repeat."""
    ordered = sorted(v for v in values if v is not None)
    if not ordered:
        return []
    n = len(ordered)
    uppers = sorted({ordered[round(k * (n - 1) / classes)] for k in range(1, classes + 1)})
    out, lower = [], ordered[0]
    for upper in uppers:
        out.append((lower, upper))
        lower = upper
    return out


def _number(value: float, language: str) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    return text.replace(".", ",") if language == "fr" else text


def style_coverage(layer: Any, institutions: list[str], categories: list[str],
                   language: str | None = None) -> None:
    from qgis.core import QgsGraduatedSymbolRenderer, QgsRendererRange, QgsSymbol
    from qgis.PyQt.QtGui import QColor

    language = language or ui_language()
    values = [f[RATIO_FIELD] for f in layer.getFeatures()]
    breaks = class_breaks([float(v) for v in values if isinstance(v, (int, float))])
    ranges = []
    for i, (lower, upper) in enumerate(breaks):
        symbol = QgsSymbol.defaultSymbol(layer.geometryType())
        if symbol is None:
            return
        colour = COVERAGE_RAMP[round(i * (len(COVERAGE_RAMP) - 1) / max(1, len(breaks) - 1))]
        symbol.setColor(QColor(colour))
        label = (COVERAGE_VALUE.get(language).format(value=_number(lower, language)) if lower == upper
                 else COVERAGE_CLASS.get(language).format(lo=_number(lower, language),
                                                          hi=_number(upper, language)))
        ranges.append(QgsRendererRange(lower, upper, symbol, label))
    layer.setRenderer(QgsGraduatedSymbolRenderer(RATIO_FIELD, ranges))
    for f in coverage_table(institutions, categories).fields:
        index = layer.fields().indexOf(f.name)
        if index >= 0:
            layer.setFieldAlias(index, f.label.get(language))
    layer.setName(COVERAGE_LAYER.get(language))
    layer.setDisplayExpression(f'"name_{"ar" if language == "ar" else "fr"}"')
    layer.setCustomProperty("amuddu/output", "coverage")
    layer.triggerRepaint()
