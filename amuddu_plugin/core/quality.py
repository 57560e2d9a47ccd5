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
from dataclasses import dataclass
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


def check_quality(db: Database, feedback: Any = None, *, today: _dt.date | None = None,
                  territory: Territory | None = None) -> QualityResult:
    """Every problem the rules find in ``db`` (read-only)."""
    today = today or _dt.date.today()
    territory = territory or Territory.from_database(db)
    con = connect(db.path, write=False)
    try:
        points = list(con.execute(
            "SELECT uuid, geom, institution, name_fr, name_ar, town, phone, email, website, "
            "opening_hours, publication_state, last_verified_on, region_code, province_code, "
            "located_by FROM service_point ORDER BY fid"))
        services = list(con.execute(
            "SELECT s.uuid, s.service_point_uuid, s.category, c.institutions FROM service s "
            "LEFT JOIN service_category c ON c.code = s.category ORDER BY s.fid"))
    finally:
        con.close()
    issues: list[QualityIssue] = []
    located: dict[str, tuple[float, float]] = {}
    info: dict[str, tuple[str, str | None]] = {}
    services_of: dict[str, int] = defaultdict(int)
    for _, point_uuid, _, _ in services:
        services_of[point_uuid] += 1
    oldest = today - _dt.timedelta(days=VERIFICATION_MAX_AGE_DAYS)
    by_cell: dict[tuple[str, int, int], list[str]] = defaultdict(list)
    by_name: dict[tuple[str, str], list[str]] = defaultdict(list)
    cell = 0.001  # degrees (~100 m): duplicates within 100 m are in neighbouring cells

    total = len(points) or 1
    for i, (uuid, geom, institution, name_fr, name_ar, town, phone, email, website, hours,
            state, verified, region_code, province_code, located_by) in enumerate(points):
        if i % 500 == 0:
            _check_cancel(feedback)
            if feedback is not None:
                feedback.setProgress(80.0 * i / total)
        name = str(name_fr or name_ar or "")
        point = blob_point(geom)
        info[uuid] = (name, institution)

        def add(code: str, detail: Any = "", p: tuple[float, float] | None = point,
                u: str = uuid, n: str = name, inst: str | None = institution) -> None:
            issues.append(QualityIssue(code, "" if detail is None else str(detail), "service_point",
                                       u, n, inst, p))

        if point is None:
            add("NO_LOCATION")
        else:
            located[uuid] = point
            place = territory.locate(*point)
            if place is None:
                add("OUTSIDE_MOROCCO", f"{point[1]:.5f}, {point[0]:.5f}")
            elif territory.has_polygons:
                wrong = []
                if region_code and place.region_code and region_code != place.region_code:
                    wrong.append(tr(CTX, "region %1, the location is in %2", region_code, place.region_code))
                if province_code and place.province_code and not str(province_code).startswith(
                        str(place.province_code)):
                    wrong.append(tr(CTX, "province %1, the location is in %2", province_code,
                                    place.province_code))
                if wrong:
                    add("REGION_MISMATCH", "; ".join(wrong))
            key = (institution, int(math.floor(point[0] / cell)), int(math.floor(point[1] / cell)))
            by_cell[key].append(uuid)
        if name_fr and town:
            by_name[(fold(name_fr), fold(town))].append(uuid)
        if state == PUBLISHED and not (phone or "").strip():
            add("PUBLISHED_NO_PHONE")
        if not published_ok(state, services_of.get(uuid, 0)):
            add(format_of(PUBLISHED_NEEDS_SERVICE).quality_rule)
        for code, detail in format_issues({"name_fr": name_fr, "phone": phone, "email": email,
                                           "website": website, "opening_hours": hours}):
            add(code, detail)
        if verified:
            try:
                when = _dt.date.fromisoformat(str(verified)[:10])
            except ValueError:
                when = None
            if when is None or when < oldest:
                add("VERIFICATION_OLD", verified)
        else:
            add("NEVER_VERIFIED")
        if located_by == "town":
            add("LOCATED_BY_TOWN", town)

    # Probable duplicates: same institution within 100 m (neighbouring grid cells).
    _check_cancel(feedback)
    for (institution, cx, cy), uuids in by_cell.items():
        for uuid in uuids:
            near = []
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    for other in by_cell.get((institution, cx + dx, cy + dy), ()):
                        if other != uuid and _metres(located[uuid], located[other]) <= DUPLICATE_DISTANCE_M:
                            near.append(other)
            if near:
                names = ", ".join(f"{info[o][0]} ({o}, {_metres(located[uuid], located[o]):.0f} m)"
                                  for o in near[:5])
                issues.append(QualityIssue("DUPLICATE_NEARBY", names, "service_point", uuid,
                                           info[uuid][0], institution, located[uuid]))
    for uuids in by_name.values():
        if len(uuids) > 1:
            for uuid in uuids:
                others = ", ".join(o for o in uuids if o != uuid)
                issues.append(QualityIssue("DUPLICATE_NAME", others, "service_point", uuid,
                                           info[uuid][0], info[uuid][1], located.get(uuid)))
    # Services in a category the institution does not offer.
    for service_uuid, point_uuid, category, offered_by in services:
        name, institution = info.get(point_uuid, ("", None))
        offered = {c.strip() for c in (offered_by or "").split(",") if c.strip()}
        if institution and offered and institution not in offered:
            issues.append(QualityIssue("CATEGORY_NOT_OFFERED",
                                       tr(CTX, "%1 (service %2)", category, service_uuid), "service",
                                       point_uuid, name, institution, located.get(point_uuid)))
    if feedback is not None:
        feedback.setProgress(90)
    order = {code.code: i for i, code in enumerate(RULES)}
    issues.sort(key=lambda i: (SEVERITIES.index(i.severity), order[i.rule]))
    return QualityResult(issues, len(points), len(services))


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
