"""Writing the open-data files: GeoJSON (RFC 7946), CSV (UTF-8 with a BOM, cells no
spreadsheet runs as formulas) and a GeoPackage, into a folder being built."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ...definitions import opendata as O
from ...definitions.model import SERVICE, SERVICE_POINT, Kind
from ...toolbelt.outputs import spreadsheet_safe
from .read import OpenData, Row

#: The columns of the points' CSV (and properties of the GeoJSON, without lon and lat).
POINT_COLUMNS: tuple[str, ...] = (O.POINT_FIELDS[0], "lon", "lat", *O.POINT_FIELDS[1:], "categories")


def write_geojson(data: OpenData, path: Path) -> None:
    """A FeatureCollection in WGS 84 longitude/latitude, without a ``crs`` member (RFC 7946)."""
    features = [{
        "type": "Feature",
        "id": p["uuid"],
        "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]},
        "properties": {c: p[c] for c in POINT_COLUMNS if c not in ("lon", "lat")},
    } for p in data.points]
    text = json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False,
                      separators=(",", ":"))
    path.write_text(text + "\n", encoding="utf-8")


def write_csv(rows: Sequence[Row], columns: Sequence[str], path: Path, delimiter: str) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if row[c] is None else spreadsheet_safe(row[c]) for c in columns])


def _ogr_type(name: str, kind: Kind | None) -> Any:
    from osgeo import ogr

    if kind is Kind.INTEGER:
        return ogr.OFTInteger
    if kind is Kind.REAL:
        return ogr.OFTReal
    return ogr.OFTString


def _layer(ds: Any, name: str, columns: Sequence[str], kinds: dict[str, Kind], point: bool) -> Any:
    from osgeo import ogr, osr

    srs = None
    if point:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(4326)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = ds.CreateLayer(name, srs, ogr.wkbPoint if point else ogr.wkbNone,
                           ["FID=fid", "GEOMETRY_NAME=geom"] if point else ["FID=fid"])
    for column in columns:
        layer.CreateField(ogr.FieldDefn(column, _ogr_type(column, kinds.get(column))))
    return layer


def _fill(layer: Any, rows: Sequence[Row], columns: Sequence[str], point: bool) -> None:
    from osgeo import ogr

    layer.StartTransaction()
    for row in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for column in columns:
            if row[column] is not None:
                feature.SetField(column, row[column])
        if point:
            geometry = ogr.Geometry(ogr.wkbPoint)
            geometry.AddPoint_2D(row["lon"], row["lat"])
            feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
    layer.CommitTransaction()


def write_geopackage(data: OpenData, path: Path) -> None:
    """The points (a point layer in EPSG:4326) and their services (a table)."""
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    kinds = {f.name: f.kind for f in (*SERVICE_POINT.fields, *SERVICE.fields)}
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    try:
        point_columns = [c for c in POINT_COLUMNS if c not in ("lon", "lat")]
        _fill(_layer(ds, O.GPKG_POINTS, point_columns, kinds, True), data.points, point_columns, True)
        _fill(_layer(ds, O.GPKG_SERVICES, O.SERVICE_FIELDS, kinds, False), data.services,
              O.SERVICE_FIELDS, False)
    finally:
        ds = None  # noqa: F841 (closes the file)
