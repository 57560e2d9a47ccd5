"""Reading the files institutions send: CSV, XLSX/ODS, GeoJSON, GeoPackage, any QGIS layer.

Everything becomes a :class:`SourceTable`: column names, and rows of text values numbered
as the person who made the file sees them (the spreadsheet row, the header being row 1; the
feature id for a layer), so that the report can point at them.

CSV files are read by Python's :mod:`csv` after detecting their encoding and delimiter
(see :mod:`.detect`).

Spreadsheets are read through GDAL/OGR with every cell as text (no guessed types: a phone
number keeps its leading zero when it was typed as text) and without OGR's header detection:
the header is found here, as the first of the first rows that holds recognised column names,
so that title lines above the table do no harm.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...toolbelt.i18n import tr
from ...toolbelt.progress import progress_of
from ..store.database import StoreError
from .detect import detect_delimiter, detect_encoding, mixed_encodings
from .overflow import OverlongRow, describe, split_overlong

CTX = "ImportRead"

CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xls", ".ods"})
#: How many rows are searched for the header row of a spreadsheet or CSV file.
HEADER_SEARCH_ROWS = 10


class SourceError(StoreError):
    """A file that cannot be read, worded for the person who chose it."""


@dataclass
class SourceRow:
    number: int  # as the user sees it: spreadsheet row (header = 1) or feature id
    values: dict[str, str | None]
    point: tuple[float, float] | None = None  # (lon, lat) in EPSG:4326 from a layer geometry
    geometry_problem: str | None = None


@dataclass
class SourceTable:
    name: str
    columns: list[str]
    rows: list[SourceRow] = field(default_factory=list)
    kind: str = "csv"  # "csv", "spreadsheet" or "layer"
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    header_row: int | None = None
    has_geometry: bool = False
    #: CSV rows with more values than the header (not read: see :mod:`.overflow`).
    overlong: list[OverlongRow] = field(default_factory=list)


def _lines(numbers: list[int]) -> str:
    return ", ".join(map(str, numbers[:8])) + (" …" if len(numbers) > 8 else "")


# --------------------------------------------------------------------------------------------
# Header and rows
# --------------------------------------------------------------------------------------------
def _header_index(rows: Sequence[Sequence[str | None]],
                  score: Callable[[Sequence[str | None]], int] | None) -> int:
    """Index of the header among the first rows: the first with the most recognised column
    names (at least two), else the first row with two or more filled cells."""
    candidates = list(rows[:HEADER_SEARCH_ROWS])
    if score is not None:
        scores = [score(r) for r in candidates]
        if scores and max(scores) >= 2:
            return scores.index(max(scores))
    for i, r in enumerate(candidates):
        if sum(1 for c in r if c not in (None, "")) >= 2:
            return i
    return 0


def _unique_columns(cells: Sequence[str | None]) -> list[str]:
    out: list[str] = []
    for i, cell in enumerate(cells, start=1):
        name = (cell or "").replace("\ufeff", "").strip() or tr(CTX, "column %1", i)
        base, n = name, 2
        while name in out:
            name = f"{base} ({n})"
            n += 1
        out.append(name)
    return out


def _last_filled(cells: Sequence[str | None]) -> int:
    return max((i + 1 for i, c in enumerate(cells) if c not in (None, "")), default=0)


def _table_from_rows(name: str, raw: list[tuple[int, list[str | None]]], kind: str,
                     score: Callable[[Sequence[str | None]], int] | None,
                     header_row: int | None, delimiter: str | None = None) -> SourceTable:
    """``raw``: (row number, cells). The header is ``header_row`` (1-based) when given.
    ``delimiter``: a CSV file's, whose rows longer than the header are set apart."""
    if not raw:
        raise SourceError(tr(CTX, "%1 is empty.", name))
    if header_row:
        index = next((i for i, (n, _) in enumerate(raw) if n == header_row), None)
        if index is None:
            raise SourceError(tr(CTX, "%1 has no row %2 to read the column names from.", name, header_row))
    else:
        index = _header_index([cells for _, cells in raw], score)
    number, header = raw[index]
    data: list[tuple[int, list[str | None]]] = raw[index + 1:]
    overlong: list[Any] = []
    if delimiter is not None:
        data, overlong = split_overlong(data, header, delimiter)
    # Columns with neither a name nor a value (spreadsheet noise on the right) are dropped.
    width = max([_last_filled(header)] + [_last_filled(cells) for _, cells in data])
    columns = _unique_columns(list(header[:width]) + [None] * (width - len(header)))
    table = SourceTable(name, columns, kind=kind, header_row=number)
    if overlong:
        table.overlong = describe(overlong, columns, str(delimiter))
    for row_number, cells in data:
        values = {col: (cells[i] if i < len(cells) else None) for i, col in enumerate(columns)}
        if all(v is None or not str(v).strip() for v in values.values()):
            continue
        table.rows.append(SourceRow(row_number, values))
    return table


def read_csv(path: Path, *, encoding: str | None = None, delimiter: str | None = None,
             header_row: int | None = None,
             score: Callable[[Sequence[str | None]], int] | None = None) -> SourceTable:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise SourceError(tr(CTX, "%1 cannot be read: %2", path, err.strerror)) from err
    if encoding is None:
        mixed = mixed_encodings(data)
        if mixed:
            raise SourceError(tr(
                CTX, "%1 mixes two encodings: lines %2 are UTF-8, lines %3 are not (probably "
                     "Windows-1252 or -1256). No single encoding reads both right: save the file "
                     "again from one program (as UTF-8), or choose the encoding in the import dialog.",
                path.name, _lines(mixed[0]), _lines(mixed[1])))
    encoding = encoding or detect_encoding(data)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as err:
        raise SourceError(tr(CTX, "%1 cannot be read as %2: %3", path.name, encoding, err)) from err
    text = text.lstrip("\ufeff")
    delimiter = delimiter or detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        raw = [(i, [c if c != "" else None for c in cells]) for i, cells in enumerate(reader, start=1)]
    except csv.Error as err:
        if "field limit" in str(err):
            raise SourceError(tr(CTX, "%1, line %2: a cell holds more than %3 characters; this does "
                                      "not look like a list of offices (is it the right file?).",
                                 path.name, reader.line_num, csv.field_size_limit())) from err
        raise SourceError(tr(CTX, "%1, line %2: %3", path.name, reader.line_num, err)) from err
    table = _table_from_rows(path.name, raw, "csv", score, header_row, delimiter)
    table.encoding, table.delimiter = encoding, delimiter
    return table


def _ogr_text(feature: Any, i: int) -> str | None:
    if not feature.IsFieldSetAndNotNull(i):
        return None
    return str(feature.GetFieldAsString(i))


def spreadsheet_sheets(path: Path) -> list[str]:
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    try:
        ds = ogr.Open(str(path))
    except RuntimeError as err:
        raise SourceError(tr(CTX, "%1 cannot be read as a spreadsheet: %2", path.name, err)) from err
    if ds is None:
        raise SourceError(tr(CTX, "%1 cannot be read as a spreadsheet.", path.name))
    return [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]


def read_spreadsheet(path: Path, *, sheet: str | None = None, header_row: int | None = None,
                     score: Callable[[Sequence[str | None]], int] | None = None) -> SourceTable:
    """An XLSX, XLS or ODS sheet (the first one unless ``sheet`` names another)."""
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    options = {}
    for driver in ("XLSX", "ODS", "XLS"):
        options[f"OGR_{driver}_HEADERS"] = "DISABLE"
        options[f"OGR_{driver}_FIELD_TYPES"] = "STRING"
    previous = {k: gdal.GetThreadLocalConfigOption(k, None) for k in options}
    for k, v in options.items():
        gdal.SetThreadLocalConfigOption(k, v)
    try:
        try:
            ds = ogr.Open(str(path))
        except RuntimeError as err:
            raise SourceError(tr(CTX, "%1 cannot be read as a spreadsheet: %2", path.name, err)) from err
        if ds is None or ds.GetLayerCount() == 0:
            raise SourceError(tr(CTX, "%1 cannot be read as a spreadsheet.", path.name))
        layer = ds.GetLayerByName(sheet) if sheet else ds.GetLayer(0)
        if layer is None:
            names = ", ".join(ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount()))
            raise SourceError(tr(CTX, "%1 has no sheet “%2” (sheets: %3).", path.name, sheet, names))
        n_fields = layer.GetLayerDefn().GetFieldCount()
        raw = []
        for feature in layer:
            raw.append((int(feature.GetFID()), [_ogr_text(feature, i) for i in range(n_fields)]))
        sheet_name = layer.GetName()
    finally:
        for k, v in previous.items():
            gdal.SetThreadLocalConfigOption(k, v)
        ds = None  # noqa: F841
    table = _table_from_rows(f"{path.name} – {sheet_name}", raw, "spreadsheet", score, header_row)
    table.sheet = sheet_name
    return table


def _variant_text(value: Any) -> str | None:
    from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        return value.toString("yyyy-MM-ddTHH:mm:ss") if value.isValid() else None
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


def read_layer(layer: Any, feedback: Any = None) -> SourceTable:
    """Any QGIS vector layer or Processing feature source (the ``QgsFeatureSource`` interface):
    its attributes, and its point geometries in EPSG:4326."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsCoordinateTransformContext,
        QgsWkbTypes,
    )

    if layer is None or (hasattr(layer, "isValid") and not layer.isValid()):
        raise SourceError(tr(CTX, "The layer cannot be read."))
    columns = [f.name() for f in layer.fields()]
    spatial = QgsWkbTypes.geometryType(layer.wkbType()) not in (
        QgsWkbTypes.NullGeometry, QgsWkbTypes.UnknownGeometry)
    table = SourceTable(layer.sourceName(), columns, kind="layer", has_geometry=spatial)
    transform = None
    if spatial:
        transform = QgsCoordinateTransform(layer.sourceCrs(), QgsCoordinateReferenceSystem("EPSG:4326"),
                                           QgsCoordinateTransformContext())
    for feature in layer.getFeatures():
        if progress_of(feedback).is_cancelled():
            break
        values = {name: _variant_text(feature[name]) for name in columns}
        row = SourceRow(int(feature.id()), values)
        geometry = feature.geometry()
        if transform is not None and geometry is not None and not geometry.isEmpty():
            row.point, row.geometry_problem = _layer_point(geometry, transform)
        table.rows.append(row)
    return table


def _layer_point(geometry: Any, transform: Any) -> tuple[tuple[float, float] | None, str | None]:
    from qgis.core import QgsWkbTypes

    if QgsWkbTypes.geometryType(geometry.wkbType()) != QgsWkbTypes.PointGeometry:
        return None, tr(CTX, "the geometry is not a point")
    if geometry.isMultipart():
        parts = geometry.asMultiPoint()
        if len(parts) != 1:
            return None, tr(CTX, "the geometry holds %1 points", len(parts))
        point = parts[0]
    else:
        point = geometry.asPoint()
    try:
        p = transform.transform(point)
    except Exception as err:  # QgsCsException
        return None, tr(CTX, "the geometry cannot be projected: %1", err)
    return (p.x(), p.y()), None


def split_source(source: str) -> tuple[Path, str | None]:
    """``path|layername=x`` -> (path, x)."""
    path, _, rest = source.partition("|")
    layer = None
    for part in rest.split("|"):
        if part.startswith("layername="):
            layer = part[len("layername="):]
    return Path(path), layer


def read_source(source: Any, *, encoding: str | None = None, delimiter: str | None = None,
                sheet: str | None = None, header_row: int | None = None,
                score: Callable[[Sequence[str | None]], int] | None = None,
                feedback: Any = None) -> SourceTable:
    """Read a file path (CSV, spreadsheet, or any vector format QGIS reads, with an optional
    ``|layername=``) or a QGIS vector layer."""
    if not isinstance(source, (str, Path)):
        return read_layer(source, feedback)
    path, layer_name = split_source(str(source))
    if not path.exists():
        raise SourceError(tr(CTX, "The file %1 does not exist.", path))
    if path.is_dir():
        raise SourceError(tr(CTX, "%1 is a folder, not a file.", path))
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return read_csv(path, encoding=encoding, delimiter=delimiter, header_row=header_row, score=score)
    if suffix in SPREADSHEET_SUFFIXES:
        return read_spreadsheet(path, sheet=sheet or layer_name, header_row=header_row, score=score)
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(source), path.stem, "ogr")
    if not layer.isValid():
        raise SourceError(tr(CTX, "%1 cannot be read: it is not a CSV file, a spreadsheet or a "
                                  "vector layer QGIS can open.", path.name))
    return read_layer(layer, feedback)
