"""Map themes over the loaded layers: all services, one per institution, and the quality
review, named in the interface language. The names are kept in the project (entry
``amuddu/themes``): opening the database again, or in another language, replaces the
themes made before instead of piling them up.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from qgis.core import QgsMapLayer, QgsMapThemeCollection, QgsProject, QgsVectorLayer

from ...definitions.formats import TEMPORARILY_CLOSED
from ...toolbelt.i18n import tr
from .review import quality_style_name
from .symbology import STYLE_DEFAULT, InstitutionStyle, rule_key

CTX = "Symbology"
#: The project entry (scope, key) listing the themes Amuddu made.
THEMES_ENTRY = ("amuddu", "themes")


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


def remove_map_themes(project: QgsProject) -> list[str]:
    """Remove the themes Amuddu made in ``project`` (in whatever language); returns them."""
    names, _ok = project.readListEntry(*THEMES_ENTRY)
    collection = project.mapThemeCollection()
    for name in names:
        if collection.hasMapTheme(name):
            collection.removeMapTheme(name)
    project.removeEntry(*THEMES_ENTRY)
    return list(names)


def create_map_themes(project: QgsProject, layers: Mapping[str, QgsVectorLayer],
                      styles: Sequence[InstitutionStyle]) -> list[str]:
    """Map themes over the loaded layers: all services, one per institution, quality
    review. The themes Amuddu made before are removed first. Returns the theme names."""
    points = layers.get("service_point")
    if points is None:
        return []
    background = [layers[t] for t in ("region", "province", "town") if t in layers]
    remove_map_themes(project)
    collection = project.mapThemeCollection()
    all_keys = {rule_key("institution", s.code) for s in styles}
    all_keys |= {rule_key("institution", s.code, state) for s in styles
                 for state in ("draft", TEMPORARILY_CLOSED)}
    all_keys |= {rule_key("other")}
    names = theme_names(styles)
    themes: list[tuple[str, QgsMapThemeCollection.MapThemeLayerRecord]] = [
        (names[0], _record(points, legend=all_keys, style=STYLE_DEFAULT))
    ]
    for name, s in zip(names[1:-1], styles):
        keys = {rule_key("institution", s.code)} | {
            rule_key("institution", s.code, state) for state in ("draft", TEMPORARILY_CLOSED)}
        themes.append((name, _record(points, legend=keys, style=STYLE_DEFAULT)))
    themes.append((names[-1], _record(points, style=quality_style_name())))
    for name, point_record in themes:
        theme = QgsMapThemeCollection.MapThemeRecord()
        theme.setLayerRecords([point_record] + [_record(layer) for layer in background])
        if collection.hasMapTheme(name):
            collection.update(name, theme)
        else:
            collection.insert(name, theme)
    project.writeEntry(*THEMES_ENTRY, names)
    return names
