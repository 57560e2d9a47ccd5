"""Data-quality checks of an Amuddu database, for the committee's review.

:func:`check_quality` applies the rules declared in
:mod:`amuddu_plugin.definitions.quality_rules` to every service point and service, and
returns one :class:`QualityIssue` per problem, at the point concerned (so that the result
layer opens it on the map), with the rule's code, severity and message in French, Arabic
and English. :func:`style_issues` gives that layer its review style (colour by severity).
"""

from __future__ import annotations

import datetime as _dt
import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..definitions.formats import (
    OPENING_HOURS,
    PUBLISHED,
    PUBLISHED_NEEDS_SERVICE,
    REQUIRED_NAME,
    format_of,
    formats_of,
    published_ok,
)
from ..definitions.model import SERVICE_POINT
from ..definitions.quality_rules import (
    DUPLICATE_DISTANCE_M,
    QUALITY_ISSUE,
    RULES,
    SEVERITIES,
    SEVERITY_LABELS,
    VERIFICATION_MAX_AGE_DAYS,
    rule,
)
from ..toolbelt.i18n import tr, ui_language
from ..toolbelt.progress import progress_of
from .store.database import Canceled, Database
from .store.gpkg import blob_point, connect
from .store.places import Territory
from .values import opening_hours
from .values.formats import stored_ok
from .values.normalise import fold

CTX = "Quality"


@dataclass
class QualityIssue:
    rule: str
    detail: str
    table_name: str
    row_uuid: str | None
    name: str
    institution: str | None
    point: tuple[float, float] | None

    @property
    def severity(self) -> str:
        return rule(self.rule).severity

    def message(self, language: str) -> str:
        return rule(self.rule).message.get(language)


@dataclass
class QualityResult:
    issues: list[QualityIssue]
    points_checked: int
    services_checked: int

    def count(self, code: str) -> int:
        return sum(1 for i in self.issues if i.rule == code)

    def summary(self) -> list[tuple[str, str, int]]:
        """(rule, severity, issues) for every rule, in the declared order."""
        return [(r.code, r.severity, self.count(r.code)) for r in RULES]


def _check_cancel(feedback: Any) -> None:
    progress_of(feedback, cancelled=tr(CTX, "Cancelled."), error=Canceled).check_cancel()


def _metres(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat = math.radians((a[1] + b[1]) / 2)
    dx = (b[0] - a[0]) * 111_320.0 * math.cos(lat)
    dy = (b[1] - a[1]) * 110_540.0
    return math.hypot(dx, dy)


def format_issues(values: dict[str, Any]) -> list[tuple[str, str]]:
    """(rule, detail) for each value of a service point that breaks its declared format
    (:mod:`..definitions.formats`), as the database stores it."""
    out = []
    for name, value in values.items():
        f = SERVICE_POINT.field(name)
        for fmt in formats_of(SERVICE_POINT, f):
            if fmt.quality_rule and not stored_ok(fmt.key, value):
                detail = "" if fmt.key == REQUIRED_NAME else str(value)
                if fmt.key == OPENING_HOURS:
                    detail = f"{value} – {opening_hours.error(str(value))}"
                out.append((fmt.quality_rule, detail))
    return out


_POINT_COLUMNS = ("uuid, geom, institution, name_fr, name_ar, town, phone, email, website, "
                  "opening_hours, publication_state, last_verified_on, region_code, province_code, "
                  "located_by")
#: Grid cell (degrees, ~100 m) of the duplicate search: duplicates within 100 m are in
#: neighbouring cells.
_CELL = 0.001


@dataclass
class _Review:
    """What the checks of one run share: the territory, the issues found so far and the
    indexes the duplicate checks read."""
    territory: Territory
    oldest: _dt.date
    services_of: dict[str, int]
    issues: list[QualityIssue] = field(default_factory=list)
    located: dict[str, tuple[float, float]] = field(default_factory=dict)
    info: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    by_cell: dict[tuple[str, int, int], list[str]] = field(default_factory=lambda: defaultdict(list))
    by_name: dict[tuple[str, str], list[str]] = field(default_factory=lambda: defaultdict(list))


def _read(db: Database) -> tuple[list[tuple], list[tuple]]:
    con = connect(db.path, write=False)
    try:
        points = list(con.execute(f"SELECT {_POINT_COLUMNS} FROM service_point ORDER BY fid"))
        services = list(con.execute(
            "SELECT s.uuid, s.service_point_uuid, s.category, c.institutions FROM service s "
            "LEFT JOIN service_category c ON c.code = s.category ORDER BY s.fid"))
    finally:
        con.close()
    return points, services


def _location_issues(r: _Review, uuid: str, institution: str, point: tuple[float, float],
                     region_code: str | None, province_code: str | None) -> list[tuple[str, Any]]:
    """Outside Morocco, or in another region or province than the record says."""
    r.located[uuid] = point
    r.by_cell[(institution, int(math.floor(point[0] / _CELL)),
               int(math.floor(point[1] / _CELL)))].append(uuid)
    place = r.territory.locate(*point)
    if place is None:
        return [("OUTSIDE_MOROCCO", f"{point[1]:.5f}, {point[0]:.5f}")]
    if not r.territory.has_polygons:
        return []
    wrong = []
    if region_code and place.region_code and region_code != place.region_code:
        wrong.append(tr(CTX, "region %1, the location is in %2", region_code, place.region_code))
    if province_code and place.province_code and not str(province_code).startswith(
            str(place.province_code)):
        wrong.append(tr(CTX, "province %1, the location is in %2", province_code,
                        place.province_code))
    return [("REGION_MISMATCH", "; ".join(wrong))] if wrong else []


def _verification_issues(r: _Review, verified: Any) -> list[tuple[str, Any]]:
    if not verified:
        return [("NEVER_VERIFIED", "")]
    try:
        when: _dt.date | None = _dt.date.fromisoformat(str(verified)[:10])
    except ValueError:
        when = None
    return [("VERIFICATION_OLD", verified)] if when is None or when < r.oldest else []


def _point_issues(r: _Review, row: tuple) -> None:
    """Every rule that reads one service point alone."""
    (uuid, geom, institution, name_fr, name_ar, town, phone, email, website, hours,
     state, verified, region_code, province_code, located_by) = row
    name = str(name_fr or name_ar or "")
    point = blob_point(geom)
    r.info[uuid] = (name, institution)
    found: list[tuple[str, Any]] = []
    if point is None:
        found.append(("NO_LOCATION", ""))
    else:
        found += _location_issues(r, uuid, institution, point, region_code, province_code)
    if name_fr and town:
        r.by_name[(fold(name_fr), fold(town))].append(uuid)
    if state == PUBLISHED and not (phone or "").strip():
        found.append(("PUBLISHED_NO_PHONE", ""))
    if not published_ok(state, r.services_of.get(uuid, 0)):
        found.append((format_of(PUBLISHED_NEEDS_SERVICE).quality_rule, ""))
    found += format_issues({"name_fr": name_fr, "phone": phone, "email": email,
                            "website": website, "opening_hours": hours})
    found += _verification_issues(r, verified)
    if located_by == "town":
        found.append(("LOCATED_BY_TOWN", town))
    for code, detail in found:
        r.issues.append(QualityIssue(code, "" if detail is None else str(detail), "service_point",
                                     uuid, name, institution, point))


def _duplicates_nearby(r: _Review) -> None:
    """Probable duplicates: same institution within 100 m (neighbouring grid cells)."""
    for (institution, cx, cy), uuids in r.by_cell.items():
        for uuid in uuids:
            here = r.located[uuid]
            near = [other for dx in (-1, 0, 1) for dy in (-1, 0, 1)
                    for other in r.by_cell.get((institution, cx + dx, cy + dy), ())
                    if other != uuid and _metres(here, r.located[other]) <= DUPLICATE_DISTANCE_M]
            if near:
                names = ", ".join(f"{r.info[o][0]} ({o}, {_metres(here, r.located[o]):.0f} m)"
                                  for o in near[:5])
                r.issues.append(QualityIssue("DUPLICATE_NEARBY", names, "service_point", uuid,
                                             r.info[uuid][0], institution, here))


def _duplicate_names(r: _Review) -> None:
    for uuids in r.by_name.values():
        if len(uuids) > 1:
            for uuid in uuids:
                others = ", ".join(o for o in uuids if o != uuid)
                r.issues.append(QualityIssue("DUPLICATE_NAME", others, "service_point", uuid,
                                             r.info[uuid][0], r.info[uuid][1], r.located.get(uuid)))


def _category_issues(r: _Review, services: list[tuple]) -> None:
    """Services in a category the institution does not offer."""
    for service_uuid, point_uuid, category, offered_by in services:
        name, institution = r.info.get(point_uuid, ("", None))
        offered = {c.strip() for c in (offered_by or "").split(",") if c.strip()}
        if institution and offered and institution not in offered:
            r.issues.append(QualityIssue("CATEGORY_NOT_OFFERED",
                                         tr(CTX, "%1 (service %2)", category, service_uuid), "service",
                                         point_uuid, name, institution, r.located.get(point_uuid)))


def check_quality(db: Database, feedback: Any = None, *, today: _dt.date | None = None,
                  territory: Territory | None = None) -> QualityResult:
    """Every problem the rules find in ``db`` (read-only)."""
    today = today or _dt.date.today()
    points, services = _read(db)
    services_of: dict[str, int] = defaultdict(int)
    for _, point_uuid, _, _ in services:
        services_of[point_uuid] += 1
    r = _Review(territory or Territory.from_database(db),
                today - _dt.timedelta(days=VERIFICATION_MAX_AGE_DAYS), services_of)
    total = len(points) or 1
    for i, row in enumerate(points):
        if i % 500 == 0:
            _check_cancel(feedback)
            if feedback is not None:
                feedback.setProgress(80.0 * i / total)
        _point_issues(r, row)
    _check_cancel(feedback)
    _duplicates_nearby(r)
    _duplicate_names(r)
    _category_issues(r, services)
    if feedback is not None:
        feedback.setProgress(90)
    order = {code.code: i for i, code in enumerate(RULES)}
    r.issues.sort(key=lambda i: (SEVERITIES.index(i.severity), order[i.rule]))
    return QualityResult(r.issues, len(points), len(services))


# --------------------------------------------------------------------------------------------
# The result layer's style
# --------------------------------------------------------------------------------------------
SEVERITY_COLOURS = {"error": "#d7191c", "warning": "#fdae61", "info": "#2b83ba"}


def style_issues(layer: Any, language: str | None = None) -> None:
    """Colour the issues layer by severity, with its legend and field names in ``language``."""
    from qgis.core import (
        QgsCategorizedSymbolRenderer,
        QgsRendererCategory,
        QgsSymbol,
    )
    from qgis.PyQt.QtGui import QColor

    language = language or ui_language()
    categories = []
    for severity in SEVERITIES:
        symbol = QgsSymbol.defaultSymbol(layer.geometryType())
        if symbol is None:
            return
        symbol.setColor(QColor(SEVERITY_COLOURS[severity]))
        if hasattr(symbol, "setSize"):
            symbol.setSize({"error": 3.6, "warning": 3.0, "info": 2.4}[severity])
        categories.append(QgsRendererCategory(severity, symbol, SEVERITY_LABELS[severity].get(language)))
    renderer = QgsCategorizedSymbolRenderer("severity", categories)
    layer.setRenderer(renderer)
    for f in QUALITY_ISSUE.fields:
        index = layer.fields().indexOf(f.name)
        if index >= 0:
            layer.setFieldAlias(index, f.label.get(language))
    layer.setDisplayExpression(f'"message_{language}" || \' – \' || coalesce("name", \'\')')
    layer.setCustomProperty("amuddu/output", "quality_issue")
    layer.triggerRepaint()
