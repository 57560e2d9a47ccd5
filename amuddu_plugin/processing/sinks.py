"""Feature-sink outputs that follow the plugin's output rule (see ``toolbelt/outputs.py``).

A Processing sink written to a file is refused before anything is written when it is an
input of the run (the database) or a file Amuddu did not write; otherwise it is written to
a temporary file beside the target, checked (every feature is there) and renamed into
place, so that a failure (a full disk) leaves the previous output as it was. Memory and
temporary outputs are written as Processing writes them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProperty,
)

from ..toolbelt.errors import AmudduError
from ..toolbelt.i18n import tr
from ..toolbelt.outputs import atomic_file, check_output, spreadsheet_safe

CTX = "Processing"
SPREADSHEET_SUFFIXES = (".csv", ".xlsx", ".ods", ".xls", ".tsv", ".txt")
_OGR_DBNAME = re.compile(r"""dbname=(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(\S+))""")


def destination_file(destination: str) -> str | None:
    """The file a sink destination writes, or None (memory, database, temporary layer)."""
    text = destination.strip()
    if not text or text.startswith(("memory:", "postgres:", "postgis:", "spatialite:")):
        return None
    if text.startswith("ogr:"):
        match = _OGR_DBNAME.search(text)
        return next((g for g in match.groups() if g), None) if match else None
    return text.split("|", 1)[0]


class SafeSink:
    """``with SafeSink(...) as out: out.add(feature)``; ``out.destination`` after the block."""

    def __init__(self, algorithm: QgsProcessingAlgorithm, parameters: dict[str, Any], name: str,
                 context: QgsProcessingContext, fields: Any, wkb_type: Any, crs: Any, *,
                 protected: Iterable[Any] = ()) -> None:
        self.algorithm, self.parameters, self.name, self.context = algorithm, parameters, name, context
        self.fields, self.wkb_type, self.crs = fields, wkb_type, crs
        self.protected = list(protected)
        self.sink: Any = None
        self.destination: str | None = None
        self.count = 0
        self.spreadsheet = False
        self._atomic: Any = None
        self._final: Path | None = None

    def __enter__(self) -> SafeSink:
        destination = self.algorithm.parameterAsOutputLayer(self.parameters, self.name, self.context)
        if not destination:  # an optional output that was not asked for
            return self
        path = destination_file(destination)
        parameters = self.parameters
        if path:
            try:
                self._final = check_output(path, protected=self.protected)
            except AmudduError as err:
                raise QgsProcessingException(str(err)) from err
            self.spreadsheet = self._final.suffix.lower() in SPREADSHEET_SUFFIXES
            self._atomic = atomic_file(self._final, validate=self._validate)
            tmp = self._atomic.__enter__()
            parameters = dict(self.parameters)
            parameters[self.name] = _redirect(self.parameters.get(self.name), destination,
                                              path, str(tmp))
        try:
            sink, dest = self.algorithm.parameterAsSink(parameters, self.name, self.context,
                                                        self.fields, self.wkb_type, self.crs)
        except Exception:
            self._abandon()
            raise
        if sink is None:
            self._abandon()
            raise QgsProcessingException(self.algorithm.invalidSinkError(self.parameters, self.name))
        self.sink, self.destination = sink, dest
        return self

    def add(self, feature: QgsFeature) -> None:
        if self.sink is None:
            return
        if self.spreadsheet:
            feature.setAttributes([spreadsheet_safe(v) for v in feature.attributes()])
        if not self.sink.addFeature(feature, QgsFeatureSink.FastInsert):
            error = self.sink.lastError() if hasattr(self.sink, "lastError") else ""
            raise QgsProcessingException(tr(CTX, "The output %1 cannot be written: %2",
                                            self._final or self.destination, error))
        self.count += 1

    def _validate(self, tmp: Path) -> str | None:
        from osgeo import ogr

        ds = ogr.Open(str(tmp))
        layer = ds.GetLayer(0) if ds is not None else None
        written = layer.GetFeatureCount() if layer is not None else -1
        ds = None  # noqa: F841
        if written != self.count:
            return tr(CTX, "The output %1 is incomplete (%2 of %3 features written): the disk may "
                           "be full.", self._final, max(written, 0), self.count)
        return None

    def _abandon(self) -> None:
        if self._atomic is not None:
            with suppress(Exception):
                self._atomic.__exit__(QgsProcessingException, QgsProcessingException(""), None)
            self._atomic = None

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        self.sink = None  # closes and flushes the file
        if self._atomic is None:
            return
        tmp_dest = self.destination
        try:
            self._atomic.__exit__(exc_type, exc, tb)
        except (AmudduError, OSError) as err:
            raise QgsProcessingException(tr(CTX, "The output %1 cannot be written: %2", self._final,
                                            getattr(err, "strerror", None) or err)) from err
        if exc_type is None and tmp_dest is not None and self._final is not None:
            self.destination = tmp_dest.replace(str(self._atomic_tmp_name(tmp_dest)), str(self._final))
            _move_load_details(self.context, tmp_dest, self.destination)

    def _atomic_tmp_name(self, tmp_dest: str) -> str:
        return destination_file(tmp_dest) or tmp_dest


def _redirect(value: Any, destination: str, path: str, tmp: str) -> Any:
    """The sink parameter ``value`` pointed at ``tmp`` instead of ``path``."""
    new_destination = destination.replace(path, tmp, 1)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        copy = QgsProcessingOutputLayerDefinition(value)
        copy.sink = QgsProperty.fromValue(new_destination)
        return copy
    return new_destination


def _move_load_details(context: QgsProcessingContext, old: str, new: str) -> None:
    """Layers to load at the end of the run: the renamed file instead of the temporary one."""
    if not context.willLoadLayerOnCompletion(old):
        return
    layers = context.layersToLoadOnCompletion()
    details = layers.pop(old)
    layers[new] = details
    context.setLayersToLoadOnCompletion(layers)
