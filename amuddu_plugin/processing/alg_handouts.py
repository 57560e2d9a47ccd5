"""``amuddu:export_handouts``: printed handouts for migrants, one page (or sheet) per town
with the nearest services and a QR code to the web map; a thin wrapper over
:mod:`amuddu_plugin.core.handouts.export`. Runs in the main thread (layouts are graphics
scenes), as the atlas does."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.handouts import export as handouts
from ..definitions.handouts import DEFAULT_LANGUAGES, DEFAULT_RADIUS_KM, LANGUAGE_PAIRS, MAX_RADIUS_KM, PAPERS
from ..toolbelt.errors import AmudduError
from ..toolbelt.i18n import tr
from .base import AmudduAlgorithm, choice_parameter

CTX = "Processing"
LANGUAGE_CHOICES = [DEFAULT_LANGUAGES, *[k for k in LANGUAGE_PAIRS if k != DEFAULT_LANGUAGES]]
PAPER_CHOICES = list(PAPERS)


def _advanced(parameter: QgsProcessingParameterDefinition) -> QgsProcessingParameterDefinition:
    parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    return parameter


class ExportHandouts(AmudduAlgorithm):
    NAME = "export_handouts"
    READS_SNAPSHOT = True
    DISPLAY = "Print handouts for migrants (one page per town)"
    GROUP = "Maps"
    GROUP_ID = "maps"
    HELP = (
        "Writes one PDF per town to hand out or pin up: the town's name in both languages, a "
        "small map of the town and its surroundings, the published services that are not "
        "closed within the radius of the town centre, nearest first and grouped by "
        "institution (name, address, phone, opening hours in words, what it offers, distance), "
        "a QR code that opens the web map at the town, \"check before you go\" with the date "
        "and the data version, and the committee's credits. Two languages side by side "
        "(fr+ar, en+ar or fr+en), Arabic right to left. Large print, readable in black and "
        "white (institutions by icon shape as well as colour).\n\n"
        "Towns: names (French or Arabic) or GeoNames codes separated by commas; empty for "
        "every town with a published service within the radius. Files are named "
        "oujda-fr-ar.pdf; amuddu-handouts-fr-ar.pdf holds them all. The web map address is "
        "where the public map is published (the QR codes open it).\n\n"
        "Nothing is written unless every handout is, and only files that an earlier export of "
        "the handouts wrote are ever replaced."
    )

    def flags(self):  # layouts are drawn in the main thread
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(self.database_parameter())
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT", tr(CTX, "Output folder")))
        self.addParameter(QgsProcessingParameterString(
            "TOWNS", tr(CTX, "Towns (names or codes separated by commas; empty for every town "
                             "with a service nearby)"), defaultValue="", optional=True))
        self.addParameter(choice_parameter("LANGUAGES", tr(CTX, "Languages, side by side"), LANGUAGE_CHOICES))
        self.addParameter(choice_parameter("PAPER", tr(CTX, "Paper size (portrait)"), PAPER_CHOICES))
        self.addParameter(QgsProcessingParameterNumber(
            "RADIUS_KM", tr(CTX, "Services within (km of the town centre)"),
            QgsProcessingParameterNumber.Double, DEFAULT_RADIUS_KM, False, 0.1, MAX_RADIUS_KM))
        self.addParameter(QgsProcessingParameterString(
            "WEBMAP_URL", tr(CTX, "Address of the published web map (for the QR codes)")))
        self.addParameter(_advanced(QgsProcessingParameterString(
            "INSTITUTIONS", tr(CTX, "Only these institutions (codes separated by commas)"),
            defaultValue="", optional=True)))
        self.addParameter(_advanced(QgsProcessingParameterString(
            "CATEGORIES", tr(CTX, "Only points offering these service categories (codes)"),
            defaultValue="", optional=True)))
        self.addParameter(_advanced(QgsProcessingParameterBoolean(
            "COMBINED", tr(CTX, "Also write one PDF of all the towns"), True)))
        self.addParameter(_advanced(QgsProcessingParameterFile(
            "TEMPLATE", tr(CTX, "Layout template of your own (.qpt)"),
            behavior=QgsProcessingParameterFile.File, fileFilter="QGIS layout template (*.qpt *.QPT)",
            optional=True)))
        self.addOutput(QgsProcessingOutputString("FILES", tr(CTX, "Files written")))
        self.addOutput(QgsProcessingOutputString("COMBINED_FILE", tr(CTX, "Combined PDF")))
        self.addOutput(QgsProcessingOutputNumber("TOWN_COUNT", tr(CTX, "Towns")))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        db = self.open_database(parameters, context, feedback)
        options = handouts.HandoutOptions(
            towns=self.parameterAsString(parameters, "TOWNS", context),
            languages=self.choice(parameters, "LANGUAGES", context, LANGUAGE_CHOICES),
            paper=self.choice(parameters, "PAPER", context, PAPER_CHOICES),
            radius_km=self.parameterAsDouble(parameters, "RADIUS_KM", context),
            webmap_url=self.parameterAsString(parameters, "WEBMAP_URL", context),
            institutions=self.parameterAsString(parameters, "INSTITUTIONS", context),
            categories=self.parameterAsString(parameters, "CATEGORIES", context),
            template=self.parameterAsFile(parameters, "TEMPLATE", context) or None,
            combined=self.parameterAsBool(parameters, "COMBINED", context),
        )
        try:
            result = handouts.export_handouts(
                db, self.parameterAsString(parameters, "OUTPUT", context), options, feedback)
        except AmudduError as err:
            raise QgsProcessingException(str(err)) from err
        for handout in result.handouts:
            feedback.pushInfo(tr(CTX, "%1: %2 services, %3 page(s)", handout.file.name,
                                 handout.services, handout.pages))
        return {
            "OUTPUT": str(result.folder),
            "FILES": ";".join(str(p) for p in result.files),
            "COMBINED_FILE": str(result.combined) if result.combined else "",
            "TOWN_COUNT": len(result.handouts),
        }
