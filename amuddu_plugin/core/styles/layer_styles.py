"""Default styles saved inside the GeoPackage (its ``layer_styles`` table).

QGIS applies the style marked "use as default" in ``layer_styles`` whenever it opens a
layer of a GeoPackage, with or without the plugin. :func:`save_default_styles` writes
there, for every table of the model, the same forms (:mod:`.forms`) and map styles
(:mod:`.symbology`) that the plugin applies when it loads the database, so that someone
who opens the GeoPackage in a QGIS without the plugin gets the same forms, constraints,
default values, actions and symbology.

How the saved styles refer to the other layers of the GeoPackage: by the table's name
(``institution``, ``region``…, the names QGIS gives the layers when they are added from
the GeoPackage) and by their source (``<file>|layername=<table>``); the relation of the
service points to their services travels as a "weak relation" in the ``service`` style,
which QGIS desktop re-creates when both layers are in the project. One difference with
the plugin's forms: QGIS 3.22 cannot give a saved form's relation editor a relation that
only appears once the layers are added, so the saved *Services* tab lists the point's
services read-only, and a service's own form lets one choose its point (see
:func:`.forms.build_layout`). Defaults and checks that read another layer keep the
current value, or pass, when that layer is not in the project.

The styles are written in the interface language of the person who creates the database;
the plugin itself always re-applies them in the language of whoever loads the database.

The styles are built on memory layers with the model's fields (nothing opens the file
through QGIS, whose pooled connections would keep it open), then written through GDAL in
one transaction, like every other write of :mod:`.store`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import QgsMapLayer, QgsReadWriteContext, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtXml import QDomDocument

from ...definitions.model import SRID, TABLES, Kind, Role, Table, relations, table
from ...toolbelt.i18n import tr, ui_language
from ..store.database import Database, StoreError, now_iso
from ..store.schema import qgs_fields
from ..store.transaction import ogr_transaction
from . import forms, symbology

CTX = "LayerStyles"
STYLE_TABLE = "layer_styles"
#: Name of the Amuddu rows in ``layer_styles`` (QGIS limits it to 30 characters).
STYLE_NAME = "Amuddu"
OWNER = "amuddu"
#: Tables that get a saved style (the system table does not).
STYLED_ROLES = (Role.SERVICE, Role.REFERENCE, Role.VOCABULARY)


def styled_tables() -> list[Table]:
    return [t for t in TABLES if t.role in STYLED_ROLES]


def model_layer(t: Table) -> QgsVectorLayer:
    """A memory layer with the table's fields as the GeoPackage holds them (fid first)."""
    from qgis.core import QgsField

    geometry = f"{t.geometry}?crs=EPSG:{SRID}" if t.geometry else "None"
    layer = QgsVectorLayer(geometry, t.name, "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField(t.key, QVariant.LongLong)] + list(qgs_fields(t).toList()))
    layer.updateFields()
    return layer


def _weak_relations(doc: QDomDocument, t: Table, ctx: forms.FormContext) -> None:
    """Add to the style of a referencing table the relations to its parents, as QGIS
    writes them in ``<referencedLayers>``, for composition (UUID) references."""
    root = doc.documentElement()
    holder = doc.createElement("referencedLayers")
    for rel in relations():
        if rel.child != t.name or table(rel.child).field(rel.child_field).kind is not Kind.UUID:
            continue
        parent = ctx.ref(rel.parent)
        element = doc.createElement("relation")
        element.setAttribute("id", ctx.relation_id(rel.id))
        element.setAttribute("name", rel.label.get(ctx.language))
        element.setAttribute("strength", "1")  # QgsRelation.Composition
        element.setAttribute("referencingLayer", t.name)
        element.setAttribute("referencedLayer", parent.name)
        element.setAttribute("layerId", "")
        element.setAttribute("layerName", parent.name)
        element.setAttribute("dataSource", parent.source)
        element.setAttribute("providerKey", parent.provider)
        pair = doc.createElement("fieldRef")
        pair.setAttribute("referencingField", rel.child_field)
        pair.setAttribute("referencedField", rel.parent_field)
        element.appendChild(pair)
        holder.appendChild(element)
    if holder.hasChildNodes():
        old = root.firstChildElement("referencedLayers")
        if not old.isNull():
            root.removeChild(old)
        root.appendChild(holder)


def _relation_elements(doc: QDomDocument) -> None:
    """Give every relation editor of the form its relation id. QGIS writes the id of the
    relation it resolved in the current project, none here (the relation exists only
    once the layers are in a project), and reads the relation from that attribute."""
    elements = doc.elementsByTagName("attributeEditorRelation")
    for i in range(elements.count()):
        element = elements.at(i).toElement()
        if not element.attribute("relation"):
            element.setAttribute("relation", element.attribute("name"))


def style_documents(db: Database, *, source: str | None = None, language: str | None = None,
                    target: Database | None = None) -> dict[str, tuple[str, str]]:
    """``{table: (QML, SLD)}``: the default style of each table, for a GeoPackage whose
    layers are found at ``source`` (the database's path when None), or for the tables of
    ``target`` (a PostGIS schema); ``db`` gives the institutions' colours and icons."""
    language = language or ui_language()
    if target is not None and target.is_postgis:
        ctx = forms.FormContext.for_sources(
            {t.name: (target.uri(t.name), target.provider) for t in TABLES}, language)
    else:
        ctx = forms.FormContext.for_geopackage(source or db.source, language)
    out: dict[str, tuple[str, str]] = {}
    for t in styled_tables():
        layer = model_layer(t)
        forms.configure_form(layer, t.name, ctx)
        symbology.apply_symbology(layer, t.name, db, language)
        doc = QDomDocument()
        error = layer.exportNamedStyle(doc, QgsReadWriteContext(), QgsMapLayer.AllStyleCategories)
        if error:
            raise StoreError(tr(CTX, "The style of %1 could not be written: %2", t.name, error))
        _relation_elements(doc)
        _weak_relations(doc, t, ctx)
        sld = QDomDocument()
        layer.exportSldStyle(sld, "")
        out[t.name] = (doc.toString(1), sld.toString(1))
    return out


def _ensure_style_table(ds: Any) -> Any:
    from osgeo import ogr

    layer = ds.GetLayerByName(STYLE_TABLE)
    if layer is not None:
        return layer
    layer = ds.CreateLayer(STYLE_TABLE, geom_type=ogr.wkbNone, options=["FID=id"])
    for name, kind, width in (
        ("f_table_catalog", ogr.OFTString, 256), ("f_table_schema", ogr.OFTString, 256),
        ("f_table_name", ogr.OFTString, 256), ("f_geometry_column", ogr.OFTString, 256),
        ("styleName", ogr.OFTString, 30), ("styleQML", ogr.OFTString, 0),
        ("styleSLD", ogr.OFTString, 0), ("useAsDefault", ogr.OFTInteger, 0),
        ("description", ogr.OFTString, 0), ("owner", ogr.OFTString, 30),
        ("ui", ogr.OFTString, 30), ("update_time", ogr.OFTDateTime, 0),
    ):
        definition = ogr.FieldDefn(name, kind)
        if width:
            definition.SetWidth(width)
        if name == "useAsDefault":
            definition.SetSubType(ogr.OFSTBoolean)
        layer.CreateField(definition)
    return layer


def save_default_styles(db: Database, feedback: Any = None, *, source: str | Path | None = None,
                        language: str | None = None) -> int:
    """Write the Amuddu default style of every table into the database's ``layer_styles``
    (replacing earlier Amuddu rows, leaving the user's own styles alone, in one
    transaction). ``source``: the path the database will have when in use (it may be built
    under a temporary name). Returns the number of styles written."""
    from osgeo import gdal, ogr

    language = language or ui_language()
    documents = style_documents(db, source=str(source or db.source), language=language)
    if feedback is not None:
        feedback.pushInfo(tr(CTX, "Saving the forms and styles of %1 layers in the database…",
                             len(documents)))
    gdal.UseExceptions()
    try:
        ds = ogr.Open(db.source, 1)
    except RuntimeError as err:
        raise StoreError(tr(CTX, "%1 cannot be opened for writing: %2", db.path, err)) from err
    try:
        with ogr_transaction(ds):
            layer = _ensure_style_table(ds)
            names = ", ".join("'" + name + "'" for name in documents)
            ds.ExecuteSQL(
                f"DELETE FROM {STYLE_TABLE} WHERE styleName = '{STYLE_NAME}' "
                f"AND f_table_name IN ({names})"
            )
            stamp = now_iso().replace("+00:00", ".000Z")  # the GeoPackage datetime form
            for name, (qml, sld) in documents.items():
                t = table(name)
                feature = ogr.Feature(layer.GetLayerDefn())
                feature.SetField("f_table_catalog", "")
                feature.SetField("f_table_schema", "")
                feature.SetField("f_table_name", name)
                feature.SetField("f_geometry_column", "geom" if t.geometry else "")
                feature.SetField("styleName", STYLE_NAME)
                feature.SetField("styleQML", qml)
                feature.SetField("styleSLD", sld)
                feature.SetField("useAsDefault", 1)
                feature.SetField(
                    "description",
                    tr(CTX, "Amuddu forms and map style, derived from the data model (%1)",
                       language),
                )
                feature.SetField("owner", OWNER)
                feature.SetField("update_time", stamp)
                layer.CreateFeature(feature)
    except RuntimeError as err:
        raise StoreError(tr(CTX, "Writing the styles into %1 failed: %2", db.path, err)) from err
    finally:
        ds = None  # noqa: F841 - closes the dataset
    return len(documents)
