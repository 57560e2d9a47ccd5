"""Layer metadata (title, abstract, credits) from the model and the database's own record
of its sources, so that QGIS shows where each layer comes from."""

from __future__ import annotations

from qgis.core import QgsLayerMetadata, QgsVectorLayer

from ...definitions.model import table
from ..store.database import Database

ATTRIBUTION_KEY = "attribution:{table}"


def apply_metadata(layer: QgsVectorLayer, table_name: str, db: Database, language: str) -> None:
    t = table(table_name)
    metadata = QgsLayerMetadata(layer.metadata())
    metadata.setTitle(t.label.get(language))
    if t.description:
        metadata.setAbstract(t.description)
    credit = db.meta(ATTRIBUTION_KEY.format(table=table_name))
    if credit:
        metadata.setRights([credit])
    layer.setMetadata(metadata)
