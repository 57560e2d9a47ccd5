"""The base of every Amuddu Processing algorithm: ids, translation, grouping, the
DATABASE parameter and its checks, and the translation of the core's errors into
``QgsProcessingException`` (whose message names the file, table, row or field at fault).
"""


from __future__ import annotations

import contextlib
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
)

from ..core.store import database as store
from ..core.store import opening
from ..toolbelt.errors import AmudduError
from ..toolbelt.i18n import tr

CTX = "Processing"
GPKG_FILTER = "GeoPackage (*.gpkg *.GPKG)"
DATABASE_FILTER = GPKG_FILTER + ";;All files (*)"


def database_problem(value: Any) -> str | None:
    """Why ``value`` (a DATABASE parameter) cannot name a database, or None."""
    if not isinstance(value, (str, Path)) or not str(value).strip():
        return None
    text = str(value).strip()
    if "|" in text:
        return tr(CTX, "DATABASE takes the GeoPackage file alone: %1 (without “%2”).",
                  text.split("|", 1)[0], "|" + text.split("|", 1)[1])
    path = Path(text).expanduser()
    if path.is_dir():
        return tr(CTX, "DATABASE: %1 is a folder; choose the Amuddu GeoPackage (.gpkg) file in it.",
                  path)
    return None


def choice_parameter(name: str, description: str, options: list[str]) -> QgsProcessingParameterEnum:
    """An enum whose values are its option strings (``FORMAT=pdf`` on the command line), the
    first by default."""
    parameter = QgsProcessingParameterEnum(name, description, options, False, options[0])
    parameter.setUsesStaticStrings(True)
    return parameter


class AmudduAlgorithm(QgsProcessingAlgorithm):
    """Shared plumbing: translation, grouping, instance creation, error translation."""

    NAME = ""
    DISPLAY = ""
    HELP = ""
    GROUP = "Database"
    GROUP_ID = "database"
    #: The parameters that name an Amuddu database (checked by :func:`database_problem`).
    DATABASE_PARAMETERS: tuple[str, ...] = ("DATABASE",)
    #: Whether the algorithm runs on a PostGIS database itself (the others say so clearly) ...
    POSTGIS = False
    #: ... or reads a snapshot of it (read-only jobs: exports, maps, checks).
    READS_SNAPSHOT = False
    #: Whether that snapshot needs spatial indexes: QGIS layers drawn or filtered by a
    #: bounding box (maps, atlas, handouts) do; a job reading it through SQLite alone (the web
    #: map export) does not, and is spared building them (a second at 100,000 points).
    SNAPSHOT_SPATIAL_INDEX = True
    #: Tables whose rows the snapshot leaves on the server: the job reads them there itself
    #: (the web map export, :mod:`..core.webmap.server_reader`).
    SNAPSHOT_ROWS_LEFT: tuple[str, ...] = ()

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:  # noqa: N802
        return tr(CTX, self.DISPLAY)

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(CTX, self.HELP)

    def group(self) -> str:
        return tr(CTX, self.GROUP)

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP_ID

    def createInstance(self) -> QgsProcessingAlgorithm:  # noqa: N802
        return type(self)()

    def output_path(self, parameters: dict[str, Any], context: QgsProcessingContext) -> str:
        """The OUTPUT the job writes (a folder, or a file for some), refused when empty."""
        output = self.parameterAsString(parameters, "OUTPUT", context)
        if not output:
            raise QgsProcessingException(tr(CTX, "No output folder was given."))
        return output

    @staticmethod
    def run_job(job: Any, *args: Any) -> Any:
        """``job(*args)``, its refusal (:class:`AmudduError`) as Processing's exception."""
        try:
            return job(*args)
        except AmudduError as err:
            raise QgsProcessingException(str(err)) from err

    def choice(self, parameters: dict[str, Any], name: str, context: QgsProcessingContext,
               options: list[str]) -> str:
        """The option chosen for the enum ``name``, given by its index or by its text (the
        first when none is)."""
        value = parameters.get(name)
        if isinstance(value, int) and not isinstance(value, bool):
            return options[value] if 0 <= value < len(options) else str(value)
        return self.parameterAsString(parameters, name, context) or options[0]

    @staticmethod
    def database_parameter(name: str = "DATABASE") -> QgsProcessingParameterFile:
        """A GeoPackage file or a PostgreSQL connection. The filter ends with "All files
        (*)": with GeoPackages alone, QGIS would refuse a connection text for not ending in
        .gpkg before the plugin reads it (:func:`database_problem` words the usual mistakes)."""
        return QgsProcessingParameterFile(
            name,
            tr(CTX, "Amuddu database (GeoPackage file or PostgreSQL connection)"),
            behavior=QgsProcessingParameterFile.File,
            fileFilter=DATABASE_FILTER,
        )

    def checkParameterValues(self, parameters: dict[str, Any],  # noqa: N802
                             context: QgsProcessingContext) -> tuple[bool, str]:
        """A database given in a form QGIS's own check words badly gets a clear message."""
        for name in self.DATABASE_PARAMETERS:
            if name in parameters and self.parameterDefinition(name) is not None:
                problem = database_problem(parameters.get(name))
                if problem:
                    return False, problem
        return super().checkParameterValues(parameters, context)

    def open_database(self, parameters: dict[str, Any], context: QgsProcessingContext,
                      feedback: QgsProcessingFeedback) -> store.Database:
        return self.open_reading(parameters, context, feedback)[0]

    def open_source(self, parameters: dict[str, Any], context: QgsProcessingContext,
                    feedback: QgsProcessingFeedback) -> store.Database:
        """The DATABASE itself (a file, or a server: no snapshot)."""
        try:
            return opening.open_database(self.parameterAsFile(parameters, "DATABASE", context),
                                         feedback=feedback)
        except AmudduError as err:
            raise QgsProcessingException(str(err)) from err

    def open_reading(self, parameters: dict[str, Any], context: QgsProcessingContext,
                     feedback: QgsProcessingFeedback) -> tuple[store.Database, Any]:
        """(the database to work on, the server it is a snapshot of or None): a file itself;
        a server itself (``POSTGIS``) or its snapshot (``READS_SNAPSHOT``)."""
        source = self.parameterAsFile(parameters, "DATABASE", context)
        db = self.open_source(parameters, context, feedback)
        if db.is_postgis and not self.POSTGIS:
            if self.READS_SNAPSHOT:
                return self._snapshot(source, feedback), db
            raise QgsProcessingException(tr(
                CTX, "amuddu:%1 does not work on a PostgreSQL database yet: copy the database to a "
                     "GeoPackage with amuddu:copy_database and run it there.", self.NAME))
        return db, None

    def open_with_reading(self, parameters: dict[str, Any], context: QgsProcessingContext,
                          feedback: QgsProcessingFeedback) -> tuple[store.Database, store.Database]:
        """(the database, a GeoPackage to read it from): for a file, the file itself; for a
        server (an algorithm with ``POSTGIS``), a snapshot of what the login sees, the
        algorithm then writing its new rows to the server in one transaction."""
        db = self.open_database(parameters, context, feedback)
        if not db.is_postgis:
            return db, db
        return db, self._snapshot(self.parameterAsFile(parameters, "DATABASE", context), feedback)

    def server_session(self, parameters: dict[str, Any], context: QgsProcessingContext,
                       feedback: QgsProcessingFeedback) -> Any:
        """A :class:`ServerSession` on the DATABASE server (a snapshot to work on, and what
        the work changed sent back in one transaction)."""
        from ..core.store.postgis.session import ServerSession

        feedback.pushInfo(tr(CTX, "Reading the server's data (what your login may see)…"))
        try:
            return ServerSession(self.parameterAsFile(parameters, "DATABASE", context), feedback)
        except AmudduError as err:
            raise QgsProcessingException(str(err)) from err

    def _snapshot(self, source: str, feedback: QgsProcessingFeedback) -> store.Database:
        """What the login sees of a server database, in a GeoPackage of Processing's temporary
        folder: the read-only jobs then run on it exactly as on a file (same results)."""
        import uuid

        from qgis.core import QgsProcessingUtils

        folder = Path(QgsProcessingUtils.tempFolder()) / f"amuddu-{uuid.uuid4().hex[:12]}"
        folder.mkdir(parents=True)
        feedback.pushInfo(tr(CTX, "Reading the server's data (what your login may see)…"))
        try:
            return read_server(source, folder / "snapshot.gpkg", spatial_index=self.SNAPSHOT_SPATIAL_INDEX,
                               rows_left=self.SNAPSHOT_ROWS_LEFT)
        except AmudduError as err:
            raise QgsProcessingException(str(err)) from err


def read_server(source: str, target: Path, *, spatial_index: bool = True,
                rows_left: Collection[str] = ()) -> store.Database:
    """A GeoPackage at ``target`` holding what the login of ``source`` sees (without spatial
    indexes unless ``spatial_index``: see ``SNAPSHOT_SPATIAL_INDEX``; without the rows of
    ``rows_left``: see ``SNAPSHOT_ROWS_LEFT``)."""
    from ..core.store.copy import copy_database
    from ..definitions.model import TABLES

    snapshot, _ = copy_database(source, str(target), None, rows_left=rows_left,
                                unindexed=() if spatial_index else [t.name for t in TABLES if t.geometry])
    return snapshot


@contextlib.contextmanager
def server_read(source: str, *, spatial_index: bool = True,
                rows_left: Collection[str] = ()) -> Iterator[store.Database]:
    """``with server_read(source) as db``: :func:`read_server` into a folder removed after."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="amuddu-read-"))
    try:
        yield read_server(source, folder / "snapshot.gpkg", spatial_index=spatial_index,
                          rows_left=rows_left)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
