"""Processing algorithms of the regional atlas: thin wrappers over :mod:`amuddu_plugin.core.atlas.export`.

- ``amuddu:export_atlas`` writes one printed map per region (PDF or PNG), headless or from
  the toolbox (the "Print regional maps…" menu action opens its dialog);
- ``amuddu:atlas_layout`` adds the same layout, bound to its print layers, to the current
  project, for hand edits in the layout designer.

Both run in the main thread (a layout is a graphics scene: QGIS's own layout export
algorithms do the same).
"""

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

from ..core.atlas import export as atlas
from ..core.atlas.layout import add_layout_to_project
from ..core.atlas.regions import DEFAULT_PNG_DPI, FORMATS
from ..core.atlas.template import PAPERS
from ..toolbelt.errors import AmudduError
from ..toolbelt.i18n import tr
from .base import AmudduAlgorithm, choice_parameter

CTX = "Processing"
PAPER_CHOICES = list(PAPERS)
FORMAT_CHOICES = list(FORMATS)


def _template_parameter() -> QgsProcessingParameterFile:
    parameter = QgsProcessingParameterFile(
        "TEMPLATE",
        tr(CTX, "Layout template of your own (.qpt; replaces the paper size's template)"),
        behavior=QgsProcessingParameterFile.File,
        fileFilter="QGIS layout template (*.qpt *.QPT)",
        optional=True,
    )
    parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    return parameter


class _AtlasAlgorithm(AmudduAlgorithm):
    GROUP = "Maps"
    GROUP_ID = "maps"

    def flags(self):  # layouts are drawn in the main thread
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def _template(self, parameters: dict[str, Any], context: QgsProcessingContext) -> str | None:
        return self.parameterAsFile(parameters, "TEMPLATE", context) or None


class ExportAtlas(_AtlasAlgorithm):
    NAME = "export_atlas"
    READS_SNAPSHOT = True
    DISPLAY = "Print regional maps (atlas of the 12 regions)"
    HELP = (
        "Writes one printed map per region, ready for meetings, reports and offices: the "
        "region with its neighbours greyed, its published service points by institution, a "
        "locator of Morocco, a legend of what the region holds, a scale bar, a north arrow, "
        "the bilingual title (French and Arabic), and the table of the region's published "
        "services (name, institution, town, phone), which continues on further pages when "
        "long. Draft and closed service points never print; temporarily closed ones print, "
        "flagged.\n\n"
        "Files are named by region code and name (06-casablanca-settat.pdf); as PNG, one image "
        "per page (06-casablanca-settat.png, 06-casablanca-settat_2.png…). Regions: HCP codes "
        "separated by commas (e.g. 04,06); empty for all 12. With 'combined', one more PDF, "
        "amuddu-atlas.pdf, holds every region exported.\n\n"
        "Nothing is written unless every map is: a failed or cancelled run leaves the output "
        "folder as it was."
    )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(self.database_parameter())
        self.addParameter(QgsProcessingParameterFolderDestination(
            "OUTPUT", tr(CTX, "Output folder")))
        self.addParameter(choice_parameter("FORMAT", tr(CTX, "Format"), FORMAT_CHOICES))
        self.addParameter(choice_parameter("PAPER", tr(CTX, "Paper size (landscape)"),
                                            PAPER_CHOICES))
        self.addParameter(QgsProcessingParameterString(
            "REGIONS", tr(CTX, "Regions (HCP codes separated by commas; empty for all)"),
            defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "COMBINED", tr(CTX, "Also write one PDF of all the regions (combined)"), False))
        dpi = QgsProcessingParameterNumber(
            "DPI", tr(CTX, "Resolution of PNG images (dpi)"),
            QgsProcessingParameterNumber.Integer, DEFAULT_PNG_DPI, False, 72, 600)
        dpi.setFlags(dpi.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(dpi)
        self.addParameter(_template_parameter())
        self.addOutput(QgsProcessingOutputString("FILES", tr(CTX, "Files written")))
        self.addOutput(QgsProcessingOutputString("COMBINED_FILE", tr(CTX, "Combined PDF")))
        self.addOutput(QgsProcessingOutputNumber("REGION_COUNT", tr(CTX, "Regions")))
        self.addOutput(QgsProcessingOutputNumber("PAGES", tr(CTX, "Pages")))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        db = self.open_database(parameters, context, feedback)
        output = self.parameterAsString(parameters, "OUTPUT", context)
        try:
            result = atlas.export_atlas(
                db,
                output,
                fmt=self.choice(parameters, "FORMAT", context, FORMAT_CHOICES),
                paper=self.choice(parameters, "PAPER", context, PAPER_CHOICES),
                regions=self.parameterAsString(parameters, "REGIONS", context),
                combined=self.parameterAsBool(parameters, "COMBINED", context),
                dpi=self.parameterAsInt(parameters, "DPI", context),
                template=self._template(parameters, context),
                feedback=feedback,
            )
        except AmudduError as err:
            raise QgsProcessingException(str(err)) from err
        return {
            "OUTPUT": str(result.folder),
            "FILES": ";".join(str(p) for p in result.files),
            "COMBINED_FILE": str(result.combined) if result.combined else "",
            "REGION_COUNT": len(result.regions),
            "PAGES": result.pages,
        }


class AddAtlasLayout(_AtlasAlgorithm):
    NAME = "atlas_layout"
    POSTGIS = True  # the print layers are the server's own layers
    DISPLAY = "Add the regional map layout to the project"
    HELP = (
        "Adds the layout of the regional maps to the current project (Project > Layouts), "
        "bound to its print layers (in a group of their own, unchecked: they draw only in the "
        "layout), for hand edits in the layout designer. Use the atlas toolbar of the "
        "designer to go through the regions. To print all regions with your edits, save the "
        "layout as a template (.qpt) and give it to 'Print regional maps'."
    )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(self.database_parameter())
        self.addParameter(choice_parameter("PAPER", tr(CTX, "Paper size (landscape)"),
                                            PAPER_CHOICES))
        self.addParameter(_template_parameter())
        self.addOutput(QgsProcessingOutputString("LAYOUT", tr(CTX, "Layout name")))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        db = self.open_database(parameters, context, feedback)
        try:
            layout = add_layout_to_project(
                db, context.project(),
                paper=self.choice(parameters, "PAPER", context, PAPER_CHOICES),
                template=self._template(parameters, context),
            )
        except AmudduError as err:
            raise QgsProcessingException(str(err)) from err
        feedback.pushInfo(tr(CTX, "Layout added to the project: %1", layout.name()))
        return {"LAYOUT": layout.name()}
