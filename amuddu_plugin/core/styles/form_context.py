"""Which layers the forms' expressions and widgets refer to (:class:`FormContext`), and the
quoting of QGIS expression literals and field names."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from qgis.core import (
    QgsExpression,
    QgsRelation,
    QgsRelationManager,
    QgsVectorLayer,
)

from ...definitions.model import Table

CTX = "Forms"

# --------------------------------------------------------------------------------------------
# Which layers the expressions and widgets refer to
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LayerRef:
    """How a form refers to another layer of the same database.

    In a project loaded by the plugin, by layer id. In a style saved in the GeoPackage,
    by the table's name (the name QGIS gives a GeoPackage layer when it is added without
    the plugin) and its source, which QGIS uses to find the layer in the project."""

    table: str
    id: str = ""
    name: str = ""
    source: str = ""
    provider: str = "ogr"

    @property
    def literal(self) -> str:
        """The layer as a QGIS expression string literal (id, else name)."""
        return quote_literal(self.id or self.name or self.table)

    @classmethod
    def of(cls, table_name: str, layer: QgsVectorLayer) -> LayerRef:
        return cls(table_name, layer.id(), layer.name(), layer.source(), layer.providerType())


@dataclass
class FormContext:
    language: str
    layers: dict[str, LayerRef] = field(default_factory=dict)
    relation_prefix: str = "amuddu_"
    relation_manager: QgsRelationManager | None = None
    #: A style saved in the GeoPackage for QGIS without the plugin (see :func:`build_layout`).
    saved_style: bool = False

    @property
    def server(self) -> bool:
        """Whether the layers are on a PostgreSQL server (its triggers stamp the edits)."""
        return any(ref.provider == "postgres" for ref in self.layers.values())

    def ref(self, table_name: str) -> LayerRef:
        return self.layers.get(table_name) or LayerRef(table_name, name=table_name)

    def relation_id(self, model_relation_id: str) -> str:
        return f"{self.relation_prefix}{model_relation_id}"

    def relation(self, model_relation_id: str) -> QgsRelation:
        """The project's relation when there is one, else a relation that only names its
        id (a saved style: QGIS resolves it when the form is read)."""
        relation_id = self.relation_id(model_relation_id)
        if self.relation_manager is not None:
            relation = self.relation_manager.relation(relation_id)
            if relation.isValid():
                return relation
        relation = QgsRelation()
        relation.setId(relation_id)
        return relation

    @classmethod
    def for_project(cls, layers: Mapping[str, QgsVectorLayer], language: str,
                    relation_prefix: str,
                    relation_manager: QgsRelationManager | None = None) -> FormContext:
        return cls(language, {t: LayerRef.of(t, lyr) for t, lyr in layers.items()},
                   relation_prefix, relation_manager)

    @classmethod
    def for_geopackage(cls, path: str, language: str) -> FormContext:
        """References by table name and ``path|layername=table`` source (saved styles)."""
        from ...definitions.model import TABLES

        return cls.for_sources({t.name: (f"{path}|layername={t.name}", "ogr") for t in TABLES},
                               language)

    @classmethod
    def for_sources(cls, sources: Mapping[str, tuple[str, str]], language: str) -> FormContext:
        """References by table name and (source, provider) of each table (saved styles of a
        GeoPackage or of a PostGIS schema)."""
        layers = {name: LayerRef(name, "", name, source, provider)
                  for name, (source, provider) in sources.items()}
        return cls(language, layers, "amuddu_", None, saved_style=True)


def quote_literal(text: str) -> str:
    return str(QgsExpression.quotedString(text))


def quote_field(name: str) -> str:
    return str(QgsExpression.quotedColumnRef(name))


def _available(ref: LayerRef) -> str:
    """True when the layer is in the project (a GeoPackage opened without the plugin may
    lack it): defaults keep the current value and checks pass instead of failing."""
    return f"layer_property({ref.literal}, 'id') IS NOT NULL"


def _empty(col: str) -> str:
    return f"coalesce(trim(to_string({col})), '') = ''"


def _label_column(vocabulary: Table, language: str) -> str:
    """The column of a vocabulary table that labels its codes in ``language``."""
    for f in vocabulary.fields:
        if f.language == language:
            return f.name
    for f in vocabulary.fields:
        if f.language == "fr":
            return f.name
    return vocabulary.natural_key or "code"
