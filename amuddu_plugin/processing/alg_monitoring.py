"""The committee's monitoring (issue 13): ``amuddu:coverage``, a thin wrapper over
:mod:`amuddu_plugin.core.monitoring`, and what the monitoring algorithms share (group,
DISTANCE_KM); the alerts are in :mod:`.alg_alerts`."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..core.monitoring.coverage import UnitCoverage, coverage, replace_population
from ..core.monitoring.population import pick_fields, read_population
from ..core.monitoring.read import UnitPlace, read_places, read_points, read_units, unit_geometry_type
from ..core.store.schema import qgs_fields
from ..definitions import vocabularies
from ..definitions.model import SRID
from ..definitions.monitoring import (
    DENOMINATOR_CENSUS,
    DENOMINATOR_LABELS,
    DENOMINATOR_MISSING,
    DENOMINATOR_TABLE,
    DISTANCE_KM,
    LEVELS,
    PROVINCE,
    coverage_table,
)
from ..toolbelt.errors import AmudduError
from ..toolbelt.i18n import tr, ui_language
from ..toolbelt.progress import Progress
from .base import AmudduAlgorithm
from .sinks import SafeSink

CTX = "Processing"
INSTITUTION_CODES = [row["code"] for row in vocabularies.INSTITUTIONS]
CATEGORY_CODES = [row["code"] for row in vocabularies.SERVICE_CATEGORIES]


class MonitoringAlgorithm(AmudduAlgorithm):
    GROUP = "Committee monitoring"
    GROUP_ID = "monitoring"


def _codes_parameter(name: str, description: str, options: list[str]) -> QgsProcessingParameterEnum:
    parameter = QgsProcessingParameterEnum(name, description, options, allowMultiple=True, optional=True)
    parameter.setUsesStaticStrings(True)
    return parameter


def distance_parameter() -> QgsProcessingParameterNumber:
    return QgsProcessingParameterNumber(
        "DISTANCE_KM", tr(CTX, "Reference distance (km) beyond which a population is out of reach"),
        QgsProcessingParameterNumber.Double, DISTANCE_KM, minValue=0.0)


def checked_distance(algorithm: AmudduAlgorithm, parameters: dict[str, Any],
                     context: QgsProcessingContext) -> float:
    distance = algorithm.parameterAsDouble(parameters, "DISTANCE_KM", context)
    if not distance > 0:
        raise QgsProcessingException(tr(CTX, "DISTANCE_KM must be a distance above 0 km (got %1).",
                                        parameters.get("DISTANCE_KM")))
    return distance


class _StyleCoverage(QgsProcessingLayerPostProcessorInterface):
    """Styles the coverage layer when it joins the project.

    QgsProcessingAlgorithm.run() works on a copy of the algorithm and deletes it before the
    layers are loaded, so the post-processor cannot live in the algorithm: the last one made
    is kept here, alive until the next run (QGIS holds only a pointer to it).
    """

    current: _StyleCoverage | None = None

    def __init__(self, institutions: list[str], categories: list[str]) -> None:
        super().__init__()
        self.institutions, self.categories = institutions, categories

    @classmethod
    def make(cls, institutions: list[str], categories: list[str]) -> _StyleCoverage:
        cls.current = cls(institutions, categories)
        return cls.current

    def postProcessLayer(self, layer: Any, context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> None:
        from ..core.monitoring.style import style_coverage

        style_coverage(layer, self.institutions, self.categories)


def population_name(value: Any) -> str | None:
    """The file of a POPULATION given as a path (``file.csv`` or ``file.gpkg|layername=x``)."""
    if isinstance(value, str) and value.strip():
        return value.split("|", 1)[0].strip()
    return None


def _percent(share: float | None) -> float | None:
    return None if share is None else 100.0 * share


def coverage_values(row: UnitCoverage, place: UnitPlace | None, denominator: str,
                    institutions: list[str], categories: list[str]) -> dict[str, Any]:
    """The attributes of one unit of the coverage layer, by field name."""
    values: dict[str, Any] = {
        "code": row.code, "name_fr": place.name_fr if place else None,
        "name_ar": place.name_ar if place else None,
        "population": None if denominator == DENOMINATOR_MISSING else round(row.population),
        "denominator": denominator, "points": row.points, "services": row.services,
        "services_per_100k": row.services_per_100k, "pct_beyond_any": _percent(row.share_beyond_any),
    }
    for code in institutions:
        values[f"points_{code.lower()}"] = row.points_by_institution.get(code, 0)
    for code in categories:
        c = code.lower()
        values[f"services_{c}"] = row.services_by_category.get(code, 0)
        values[f"km_{c}"] = row.distance_km.get(code)
        values[f"pct_beyond_{c}"] = _percent(row.share_beyond.get(code))
    return values


class Coverage(MonitoringAlgorithm):
    NAME = "coverage"
    READS_SNAPSHOT = True
    DISPLAY = "Coverage of the services by region, province or commune"
    HELP = (
        "For each region, province or commune: its population (HCP census 2024, or the "
        "committee's own table), the published active service points and services of the "
        "chosen institutions and categories, services per 100,000 inhabitants, the mean "
        "distance from the unit's population to the nearest service of each category (inside "
        "or outside the unit) and the percentage of the population farther than the reference "
        "distance. POPULATION replaces the census: a table or CSV with a unit code and a value "
        "(the denominator field says which was used; units the table does not cover are "
        "listed). The layer comes styled by services per 100,000 inhabitants."
    )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(self.database_parameter())
        level = QgsProcessingParameterEnum("LEVEL", tr(CTX, "Level (region, province or commune)"),
                                           list(LEVELS), defaultValue=PROVINCE)
        level.setUsesStaticStrings(True)
        self.addParameter(level)
        self.addParameter(_codes_parameter("INSTITUTIONS", tr(CTX, "Institutions (empty: all)"),
                                           INSTITUTION_CODES))
        self.addParameter(_codes_parameter("CATEGORIES", tr(CTX, "Service categories (empty: all)"),
                                           CATEGORY_CODES))
        self.addParameter(distance_parameter())
        self.addParameter(QgsProcessingParameterFeatureSource(
            "POPULATION", tr(CTX, "Population table replacing the census (unit code and value)"),
            [QgsProcessing.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterField(
            "POPULATION_CODE", tr(CTX, "Unit code field of the population table"),
            parentLayerParameterName="POPULATION", optional=True))
        self.addParameter(QgsProcessingParameterField(
            "POPULATION_VALUE", tr(CTX, "Value field of the population table"),
            parentLayerParameterName="POPULATION", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr(CTX, "Coverage"),
                                                            QgsProcessing.TypeVector))
        self.addOutput(QgsProcessingOutputNumber("UNITS", tr(CTX, "Units")))
        self.addOutput(QgsProcessingOutputString("DENOMINATOR", tr(CTX, "Denominator used")))
        self.addOutput(QgsProcessingOutputString("MISSING",
                                                 tr(CTX, "Units missing from the population table")))

    def _codes(self, parameters: dict[str, Any], name: str, context: QgsProcessingContext) -> list[str]:
        return [c for c in self.parameterAsEnumStrings(parameters, name, context) if c]

    def _population(self, parameters: dict[str, Any], context: QgsProcessingContext,
                    feedback: QgsProcessingFeedback, units: list[Any]) -> tuple[list[Any], list[str], str]:
        """The units with the committee's denominator, the codes it misses, the denominator."""
        source = self.parameterAsSource(parameters, "POPULATION", context)
        if source is None:
            return units, [], DENOMINATOR_CENSUS
        name = population_name(parameters.get("POPULATION")) or source.sourceName()
        code_field, value_field = pick_fields(
            source.fields().names(), name,
            self.parameterAsString(parameters, "POPULATION_CODE", context) or "",
            self.parameterAsString(parameters, "POPULATION_VALUE", context) or "")
        table = read_population(((f[code_field], f[value_field]) for f in source.getFeatures()),
                                name, code_field, value_field)
        codes = {u.code for u in units}
        unknown = sorted(set(table) - codes)
        if len(unknown) == len(table):
            raise QgsProcessingException(tr(
                CTX, "POPULATION: none of the codes of %1 (%2…) is a unit of this level; check "
                     "LEVEL and the field %3.", name, ", ".join(unknown[:3]), code_field))
        if unknown:
            feedback.pushWarning(tr(CTX, "POPULATION: codes of %1 that are no unit of this level, "
                                         "ignored: %2", name, ", ".join(unknown)))
        replaced, missing = replace_population(units, table)
        if missing:
            feedback.pushWarning(tr(CTX, "POPULATION: %1 units missing from %2 (no ratio for them): %3",
                                    len(missing), name, ", ".join(missing)))
        return replaced, missing, DENOMINATOR_TABLE

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        db = self.open_database(parameters, context, feedback)
        level = self.parameterAsEnumString(parameters, "LEVEL", context) or PROVINCE
        institutions = self._codes(parameters, "INSTITUTIONS", context) or [
            r[0] for r in db.query("SELECT code FROM institution ORDER BY sort_order, code")]
        categories = self._codes(parameters, "CATEGORIES", context) or [
            r[0] for r in db.query("SELECT code FROM service_category ORDER BY sort_order, code")]
        distance = checked_distance(self, parameters, context)
        steps = Progress(feedback, cancelled=tr(CTX, "Cancelled: no output was written."),
                         error=QgsProcessingException)
        try:
            units, missing, denominator = self._population(
                parameters, context, feedback, read_units(db.path, level))
            places = read_places(db.path, level)
            steps.progress(20)
            rows = coverage(units, read_points(db.path, level, institutions, categories),
                            categories, distance)
            geometry_type = unit_geometry_type(db.path, level)
        except AmudduError as err:
            raise QgsProcessingException(str(err)) from err
        steps.progress(70)
        dest = self._write(parameters, context, steps, rows, places, (denominator, set(missing)),
                           institutions, categories, geometry_type,
                           [db.source, population_name(parameters.get("POPULATION"))])
        feedback.pushInfo(tr(CTX, "Denominator: %1", DENOMINATOR_LABELS[denominator].get(ui_language())))
        if dest and context.willLoadLayerOnCompletion(dest):
            context.layerToLoadOnCompletionDetails(dest).setPostProcessor(
                _StyleCoverage.make(institutions, categories))
        return {"OUTPUT": dest, "UNITS": len(rows), "DENOMINATOR": denominator,
                "MISSING": ",".join(missing)}

    def _write(self, parameters: dict[str, Any], context: QgsProcessingContext, steps: Progress,
               rows: list[UnitCoverage], places: dict[str, UnitPlace], denominator: tuple[str, set[str]],
               institutions: list[str], categories: list[str], geometry_type: str,
               protected: list[str | None]) -> str | None:
        fields = qgs_fields(coverage_table(institutions, categories))
        wkb_type = QgsWkbTypes.parseType(geometry_type)
        crs = QgsCoordinateReferenceSystem(f"EPSG:{SRID}")
        with SafeSink(self, parameters, "OUTPUT", context, fields, wkb_type, crs,
                      protected=protected) as out:
            for i, row in enumerate(rows):
                steps.check_cancel()
                steps.progress(70 + 30 * i / max(1, len(rows)))
                used = DENOMINATOR_MISSING if row.code in denominator[1] else denominator[0]
                values = coverage_values(row, places.get(row.code), used, institutions, categories)
                feature = QgsFeature(fields)
                feature.setAttributes([values.get(name) for name in fields.names()])
                feature.setGeometry(_geometry(places.get(row.code), wkb_type))
                out.add(feature)
        return out.destination


def _geometry(place: UnitPlace | None, wkb_type: Any) -> QgsGeometry:
    """The unit's geometry in the layer's type (none when it cannot be: a point in a polygon
    layer)."""
    if place is None or not place.wkb:
        return QgsGeometry()
    geometry = QgsGeometry()
    geometry.fromWkb(place.wkb)
    if QgsWkbTypes.geometryType(geometry.wkbType()) != QgsWkbTypes.geometryType(wkb_type):
        return QgsGeometry()
    if QgsWkbTypes.isMultiType(wkb_type):
        geometry.convertToMultiType()
    return geometry
