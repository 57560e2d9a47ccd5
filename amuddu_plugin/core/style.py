"""Default styles of the layers, derived from the model and the database's vocabularies.

These are deliberately plain (the full symbology is a separate piece of work): service
points coloured by institution with the colours the ``institution`` table holds, quiet
reference layers, and field aliases in the interface language taken from the model.
"""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)

from ..definitions.model import table
from ..toolbelt.i18n import tr
from .store import Database

CTX = "Style"

LAND = "#f4f1ea"
SEA = "#dce9f2"
REGION_LINE = "#6b6b6b"
PROVINCE_LINE = "#b9b4aa"
TOWN_MAX_SCALE_DENOMINATOR = 1_500_000


def institutions(db: Database, language: str) -> list[tuple[str, str, str]]:
    """(code, label, colour) of each institution, in the database's order: the acronym
    in French and English, the Arabic name in Arabic."""
    rows = db.query(
        "SELECT code, acronym, name_ar, colour FROM institution ORDER BY sort_order, code"
    )
    return [
        (code, (name_ar if language == "ar" and name_ar else acronym), colour or "#777777")
        for code, acronym, name_ar, colour in rows
    ]


def point_symbol(colour: str, size: float = 2.6) -> QgsMarkerSymbol:
    return QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": colour, "outline_color": "#ffffff",
         "outline_width": "0.3", "size": str(size)}
    )


def style_service_points(layer: QgsVectorLayer, db: Database, language: str,
                         size: float = 2.6) -> None:
    categories = [
        QgsRendererCategory(code, point_symbol(colour, size), label)
        for code, label, colour in institutions(db, language)
    ]
    categories.append(
        QgsRendererCategory(None, point_symbol("#777777", size), tr(CTX, "Other"))
    )
    layer.setRenderer(QgsCategorizedSymbolRenderer("institution", categories))


def style_reference(layer: QgsVectorLayer, table_name: str) -> None:
    if table_name == "region":
        symbol = QgsFillSymbol.createSimple(
            {"color": LAND, "outline_color": REGION_LINE, "outline_width": "0.5"}
        )
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    elif table_name == "province":
        symbol = QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": PROVINCE_LINE, "outline_width": "0.2",
             "outline_style": "dash"}
        )
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    elif table_name == "town":
        symbol = QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": "#8c8c8c", "outline_style": "no", "size": "1.2"}
        )
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
        layer.setScaleBasedVisibility(True)
        layer.setMinimumScale(TOWN_MAX_SCALE_DENOMINATOR)


def set_aliases(layer: QgsVectorLayer, table_name: str, language: str) -> None:
    """Field aliases in ``language`` from the model's labels."""
    t = table(table_name)
    fields = layer.fields()
    for f in t.fields:
        idx = fields.indexOf(f.name)
        if idx >= 0:
            layer.setFieldAlias(idx, f.label.get(language))


def apply_default_style(layer: QgsVectorLayer, table_name: str, db: Database,
                        language: str) -> None:
    set_aliases(layer, table_name, language)
    if table_name == "service_point":
        style_service_points(layer, db, language)
    else:
        style_reference(layer, table_name)
