"""Map themes over the loaded layers: all services, one per institution, and the quality
review, named in the interface language (a theme of the same name is replaced).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from qgis.core import QgsMapLayer, QgsMapThemeCollection, QgsProject, QgsVectorLayer

from ...toolbelt.i18n import tr
from .review import quality_style_name
from .symbology import STYLE_DEFAULT, InstitutionStyle, rule_key

CTX = "Symbology"


# --------------------------------------------------------------------------------------------
def _record(layer: QgsMapLayer, *, legend: set[str] | None = None,
            style: str | None = None) -> QgsMapThemeCollection.MapThemeLayerRecord:
    record = QgsMapThemeCollection.MapThemeLayerRecord(layer)
    record.isVisible = True
    if legend is not None:
        record.usingLegendItems = True
        record.checkedLegendItems = legend
    if style is not None:
        record.usingCurrentStyle = True
        record.currentStyle = style
    return record


def theme_names(styles: Sequence[InstitutionStyle]) -> list[str]:
    return [tr(CTX, "All services")] + [s.label for s in styles] + [quality_style_name()]


def create_map_themes(project: QgsProject, layers: Mapping[str, QgsVectorLayer],
                      styles: Sequence[InstitutionStyle]) -> list[str]:
    """Map themes over the loaded layers: all services, one per institution, quality
    review. A theme of the same name is replaced. Returns the theme names."""
    points = layers.get("service_point")
    if points is None:
        return []
    background = [layers[t] for t in ("region", "province", "town") if t in layers]
    collection = project.mapThemeCollection()
    all_keys = {rule_key("institution", s.code) for s in styles}
    all_keys |= {rule_key("institution", s.code, state) for s in styles
                 for state in ("draft", "temporarily_closed")}
    all_keys |= {rule_key("other")}
    names = theme_names(styles)
    themes: list[tuple[str, QgsMapThemeCollection.MapThemeLayerRecord]] = [
        (names[0], _record(points, legend=all_keys, style=STYLE_DEFAULT))
    ]
    for name, s in zip(names[1:-1], styles):
        keys = {rule_key("institution", s.code)} | {
            rule_key("institution", s.code, state) for state in ("draft", "temporarily_closed")}
        themes.append((name, _record(points, legend=keys, style=STYLE_DEFAULT)))
    themes.append((names[-1], _record(points, style=quality_style_name())))
    for name, point_record in themes:
        theme = QgsMapThemeCollection.MapThemeRecord()
        theme.setLayerRecords([point_record] + [_record(layer) for layer in background])
        if collection.hasMapTheme(name):
            collection.update(name, theme)
        else:
            collection.insert(name, theme)
    return names
