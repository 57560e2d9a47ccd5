"""``amuddu:grant_access`` and ``amuddu:revoke_access``: the profiles of a shared database."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterString,
)

from ..core.store.postgis.access import grant_access, revoke_access
from ..definitions.access import PROFILES, profile
from ..toolbelt.errors import AmudduError
from ..toolbelt.i18n import tr, ui_language
from .base import AmudduAlgorithm

CTX = "Processing"


class _AccessAlgorithm(AmudduAlgorithm):
    GROUP = "Shared database"
    GROUP_ID = "shared"
    POSTGIS = True

    def _server(self, parameters: dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> Any:
        db = self.open_database(parameters, context, feedback)
        if not db.is_postgis:
            raise QgsProcessingException(tr(
                CTX, "Profiles are for a database shared on a PostgreSQL server; a GeoPackage is "
                     "one person's file (copy it to a server with amuddu:copy_database)."))
        return db


class GrantAccess(_AccessAlgorithm):
    NAME = "grant_access"
    DISPLAY = "Give a login a profile"
    HELP = (
        "Gives a login of the PostgreSQL server one profile on the shared database, enforced "
        "by the server itself (roles and row-level security), whatever program is used: "
        "editor of an institution (reads everything, adds and changes that institution's "
        "points and services, never publishes, moves or deletes), reviewer (publishes or "
        "sends back with a note), admin (everything), reader (published points only: the "
        "account that exports the web map). The login must exist (CREATE ROLE … LOGIN)."
    )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(self.database_parameter())
        self.addParameter(QgsProcessingParameterString("LOGIN", tr(CTX, "Login (PostgreSQL role)")))
        self.addParameter(QgsProcessingParameterEnum(
            "PROFILE", tr(CTX, "Profile"),
            options=[profile(p).label.get(ui_language()) for p in PROFILES], defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            "INSTITUTION", tr(CTX, "Institution (code, for an editor)"), optional=True))
        self.addOutput(QgsProcessingOutputString("PROFILE_CODE", tr(CTX, "Profile given")))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        db = self._server(parameters, context, feedback)
        code = PROFILES[self.parameterAsEnum(parameters, "PROFILE", context)]
        login = self.parameterAsString(parameters, "LOGIN", context)
        institution = self.parameterAsString(parameters, "INSTITUTION", context)
        try:
            grant_access(db, login, code, institution)
        except AmudduError as err:
            raise QgsProcessingException(str(err)) from err
        feedback.pushInfo(tr(CTX, "%1 is now %2 of %3.", login, profile(code).label.get(ui_language()),
                             db.source))
        return {"PROFILE_CODE": code}


class RevokeAccess(_AccessAlgorithm):
    NAME = "revoke_access"
    DISPLAY = "Take a login's profile back"
    HELP = ("Takes back every profile the login has on the shared database (the login itself "
            "stays on the server).")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(self.database_parameter())
        self.addParameter(QgsProcessingParameterString("LOGIN", tr(CTX, "Login (PostgreSQL role)")))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        db = self._server(parameters, context, feedback)
        login = self.parameterAsString(parameters, "LOGIN", context)
        try:
            had = revoke_access(db, login)
        except AmudduError as err:
            raise QgsProcessingException(str(err)) from err
        if not had:
            feedback.pushInfo(tr(CTX, "%1 had no profile on %2.", login, db.source))
        return {}
