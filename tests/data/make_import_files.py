#!/usr/bin/env python3
"""Write the messy spreadsheets that tests/test_import*.py import (committed beside this script).

They imitate what the institutions send to CP3: the bytes matter (encodings, byte-order
marks, delimiters, decimal commas, numbers typed as numbers), so the files are written
here byte by byte rather than by a spreadsheet program, and committed. Run it again only
to change them (the tests assert exact counts and reasons on them)::

    .venv/bin/python tests/data/make_import_files.py

Names, addresses and numbers are illustrative (the towns are real, the offices are not
the institutions' official list; no phone number or e-mail belongs to a real person).
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# 1. ANAPEC, Arabic Excel: Windows-1256, semicolons, Arabic headers, a title row above them,
#    decimal commas, coordinates missing on some rows, towns spelt three ways.
ANAPEC_ROWS = [
    ["قائمة وكالات أنابيك - 2024", "", "", "", "", "", "", "", "", ""],
    ["المعرف", "الاسم", "الاسم بالعربية", "المدينة", "العنوان", "الهاتف", "البريد الإلكتروني",
     "خط العرض", "خط الطول", "الخدمات"],
    ["A-RBT-01", "Agence ANAPEC Rabat Agdal", "وكالة أنابيك الرباط أكدال", "الرباط",
     "شارع فال ولد عمير، أكدال", "05 37 77 12 34", "rabat.agdal@anapec.example", "34,0132", "-6,8326",
     "التسجيل والاستقبال، الوساطة في التشغيل"],
    ["A-FES-01", "Agence ANAPEC Fès Centre", "وكالة أنابيك فاس", "فاس", "", "0535-65-43-21",
     "fes@anapec.example", "", "", "التسجيل والاستقبال"],
    ["A-FES-02", "Agence ANAPEC Fès Saïss", "", "Fez", "", "+212 (0)5 35 11 22 33", "", "", "",
     "Job matching"],
    ["A-OUJ-01", "Agence ANAPEC Oujda", "وكالة أنابيك وجدة", "Wajda", "", "536681234",
     "oujda[at]anapec.example", "", "", "التوجيه وورشات البحث عن الشغل"],
    ["A-CAS-01", "Agence ANAPEC Casablanca Maârif", "", "الدار البيضاء", "", "05 22 99 88 7", "",
     "33,5883", "-7,6325", "خدمة غير معروفة"],
    ["A-XXX-01", "Agence ANAPEC Atlantis", "", "Atlantis", "", "", "", "", "", ""],
    ["A-TNG-01", "Agence ANAPEC Tanger", "", "طنجة", "", "0539-94-00-00", "", "35,7673", "-5,7998",
     "الوساطة في التشغيل"],
]

# 2. OFPPT: XLSX, French headers, DMS coordinates, phone numbers typed as numbers.
OFPPT_HEADERS = ["Institution", "Type d'établissement", "Code", "Nom", "Ville", "Latitude",
                 "Longitude", "Téléphone", "Site web", "Horaires", "Services"]
OFPPT_ROWS: list[list[object]] = [
    ["OFPPT", "OFPPT_ESTAB", "ISTA-RBT", "ISTA Hay Riad Rabat", "Rabat", "33°57'32.4\"N",
     "6°52'08.2\"W", 537712345, "www.ofppt.ma", "Mo-Fr 08:30-16:30",
     "Formation diplômante; Formation qualifiante ou continue"],
    ["OFPPT", "Cité des Métiers et des Compétences", "CMC-SOU", "CMC Souss-Massa", "Agadir",
     "30 25 40 N", "9 35 53 W", 528234567, "https://www.ofppt.ma/", "Mo-Fr 08:30-16:30; Sa 09:00-12:00",
     "Formation diplômante"],
    ["Office de la Formation Professionnelle et de la Promotion du Travail", "OFPPT_ESTAB", "ITA-TNG",
     "ITA Tanger", "Tanger", "35°46'02\"N", "5°47'59\"O", 539345678, "ofppt.ma", "Lundi-Vendredi 8h-16h",
     "VT_INIT"],
    ["OFPPT", "OFPPT_ESTAB", "CFP-OUJ", "CFP Oujda", "Oujda", "34°40,9'N", "1°54,6'W", 536456789, "",
     "", "Formation par apprentissage"],
    ["OFPPT", "OFPPT_ESTAB", "ISTA-MEK", "ISTA Meknès", "Meknès", "33.8935", "-5.5473", 535567890, "",
     "Mo-Fr 08:30-12:00,14:00-16:30", "Formation diplômante"],
]

# 3. Entraide Nationale: UTF-8 with a byte-order mark, commas, English headers; latitude and
#    longitude swapped on some rows, points outside Morocco.
EN_ROWS = [
    ["id", "name", "institution", "town", "latitude", "longitude", "phone"],
    ["EN-001", "Centre social Hay Mohammadi", "Entraide Nationale", "Casablanca", "33.5850", "-7.5400",
     "0522 60 70 80"],
    ["EN-002", "Centre d'éducation et de formation Salé", "EN", "Salé", "-6.7985", "34.0531", ""],
    ["EN-003", "Délégation de l'Entraide Nationale Meknès", "entraide nationale", "Meknes", "5°33'W",
     "33°53'N", ""],
    ["EN-004", "Centre social Paris", "EN", "Paris", "48.8566", "2.3522", ""],
    ["EN-005", "Centre pour femmes Fès", "EN", "Fès", "34.0331", "5.0003", ""],
    ["EN-006", "Jardin d'enfants Agadir", "Entraide Nationale", "Agadir", "30.4278", "-9.5981",
     "+212528841122"],
]

# 4. Artisanat: French Excel (Windows-1252), semicolons, no coordinates at all; an identifier
#    given twice, an unknown town and an ambiguous one.
ARTISANAT_ROWS = [
    ["Code", "Nom", "Ville", "Adresse", "Tél", "Courriel", "Services"],
    ["ART-01", "Centre de formation par apprentissage Marrakech", "Marrakech", "Bab Doukkala",
     "0524-43-21-00", "cfa.marrakech@artisanat.example", "Formation par apprentissage"],
    ["ART-02", "Chambre d'artisanat de Fès", "FÈS", "Avenue des FAR", "", "",
     "Appui aux artisans et coopératives"],
    ["ART-03", "Centre de qualification artisanale Tétouan", "Tetuan", "", "0539 70 00 11", "",
     "Formation aux métiers de l'artisanat"],
    ["ART-02", "Chambre d'artisanat de Fès-Meknès", "Fès", "", "", "", ""],
    ["ART-04", "Centre de formation par apprentissage Tombouctou", "Tombouctou", "", "", "", ""],
    ["ART-05", "Centre de formation par apprentissage Dakhla", "Dakhla", "", "", "", ""],
]

# 5. A GeoJSON layer (points in EPSG:4326), French attribute names.
GEOJSON = {
    "type": "FeatureCollection",
    "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-6.8498, 33.9716]},
         "properties": {"identifiant": "G-01", "nom": "Agence ANAPEC Rabat Hassan", "ville": "Rabat",
                        "tel": "05.37.70.11.22"}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-8.0083, 31.6295]},
         "properties": {"identifiant": "G-02", "nom": "Agence ANAPEC Marrakech Guéliz",
                        "ville": "Marrakech", "tel": None}},
        {"type": "Feature", "geometry": None,
         "properties": {"identifiant": "G-03", "nom": "Agence ANAPEC Kénitra", "ville": "Kenitra",
                        "tel": "0537 37 12 12"}},
    ],
}


def csv_text(rows: list[list[str]], delimiter: str) -> str:
    def cell(value: str) -> str:
        if any(c in value for c in (delimiter, '"', "\n")):
            return '"' + value.replace('"', '""') + '"'
        return value

    return "".join(delimiter.join(cell(v) for v in row) + "\r\n" for row in rows)


def write_xlsx(path: Path) -> None:
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    if path.exists():
        path.unlink()
    ds = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    layer = ds.CreateLayer("Établissements", geom_type=ogr.wkbNone)
    for name in OFPPT_HEADERS:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTInteger if name == "Téléphone" else ogr.OFTString))
    for row in OFPPT_ROWS:
        feature = ogr.Feature(layer.GetLayerDefn())
        for i, value in enumerate(row):
            if value != "":
                feature.SetField(i, value)
        layer.CreateFeature(feature)
    ds = None  # noqa: F841


def main() -> None:
    (HERE / "anapec_arabic_cp1256.csv").write_bytes(csv_text(ANAPEC_ROWS, ";").encode("cp1256"))
    write_xlsx(HERE / "ofppt_dms.xlsx")
    (HERE / "entraide_swapped.csv").write_bytes(b"\xef\xbb\xbf" + csv_text(EN_ROWS, ",").encode("utf-8"))
    (HERE / "artisanat_duplicates_cp1252.csv").write_bytes(csv_text(ARTISANAT_ROWS, ";").encode("cp1252"))
    (HERE / "anapec_points.geojson").write_text(json.dumps(GEOJSON, ensure_ascii=False, indent=1) + "\n",
                                                encoding="utf-8")


if __name__ == "__main__":
    main()
