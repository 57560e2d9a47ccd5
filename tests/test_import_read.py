"""Reading the files institutions send: encodings, delimiters, header rows, spreadsheets,
layers; and recognising their columns in French, English and Arabic."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from amuddu_plugin.core.imports.mapping import ColumnMapping, guess, header_score, recognise
from amuddu_plugin.core.imports.read import (
    SourceError,
    detect_delimiter,
    detect_encoding,
    read_source,
    spreadsheet_sheets,
)

DATA = Path(__file__).resolve().parent / "data"


def test_encodings_are_told_apart():
    arabic = "الاسم;المدينة\nوكالة أنابيك;فاس\n"
    french = "Nom;Ville;Remarque\nÉcole des métiers;Fès;À vérifier, déjà ouvert\n"
    assert detect_encoding(arabic.encode("cp1256")) == "cp1256"
    assert detect_encoding(french.encode("cp1252")) == "cp1252"
    assert detect_encoding(french.encode("utf-8")) == "utf-8"
    assert detect_encoding(b"\xef\xbb\xbf" + arabic.encode("utf-8")) == "utf-8-sig"
    assert detect_encoding(arabic.encode("utf-16")) == "utf-16"
    # French accents that Windows-1256 shares with Windows-1252 (é è à ç) read the same
    # either way; capitals it lacks (É, À) make Latin-Arabic letter mixes, so 1252 wins.
    data = (DATA / "artisanat_duplicates_cp1252.csv").read_bytes()
    assert detect_encoding(data) == "cp1252"
    assert "FÈS" in data.decode("cp1252") and "Tél" in data.decode("cp1252")


@pytest.mark.parametrize("text, expected", [
    ("a;b;c\n1;2,5;3\n4;5,5;6\n", ";"),
    ("a,b,c\n1,\"2;5\",3\n4,5,6\n", ","),
    ("a\tb\tc\n1\t2\t3\n", "\t"),
    ("a|b\n1|2\n", "|"),
    ("lat;lon;nom\n33,57;-7,59;Casa\n34,02;-6,84;Rabat\n", ";"),
])
def test_delimiters(text, expected):
    assert detect_delimiter(text) == expected


def test_arabic_csv_with_a_title_row():
    table = read_source(DATA / "anapec_arabic_cp1256.csv", score=header_score)
    assert (table.encoding, table.delimiter, table.header_row) == ("cp1256", ";", 2)
    assert table.columns[:4] == ["المعرف", "الاسم", "الاسم بالعربية", "المدينة"]
    assert [r.number for r in table.rows] == [3, 4, 5, 6, 7, 8, 9]
    assert table.rows[0].values["الاسم بالعربية"] == "وكالة أنابيك الرباط أكدال"
    assert table.rows[0].values["خط العرض"] == "34,0132"
    assert table.rows[1].values["خط العرض"] is None


def test_forced_encoding_and_delimiter_are_obeyed():
    table = read_source(DATA / "anapec_arabic_cp1256.csv", encoding="cp1252", delimiter=",")
    assert table.encoding == "cp1252" and table.delimiter == ","
    assert "الاسم" not in ";".join(table.columns)  # read wrongly, as asked


def test_xlsx_cells_are_read_as_text():
    assert spreadsheet_sheets(DATA / "ofppt_dms.xlsx") == ["Établissements"]
    table = read_source(DATA / "ofppt_dms.xlsx", score=header_score)
    assert table.kind == "spreadsheet" and table.header_row == 1 and table.sheet == "Établissements"
    assert [r.number for r in table.rows] == [2, 3, 4, 5, 6]
    first = table.rows[0].values
    assert first["Latitude"] == "33°57'32.4\"N"
    assert first["Téléphone"] == "537712345"  # a number cell, as text, without ".0"
    with pytest.raises(SourceError, match="no sheet “Feuil2”"):
        read_source(DATA / "ofppt_dms.xlsx", sheet="Feuil2")


def test_ods_written_by_ogr(tmp_path):
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    path = tmp_path / "liste.ods"
    ds = ogr.GetDriverByName("ODS").CreateDataSource(str(path))
    layer = ds.CreateLayer("Feuille1", geom_type=ogr.wkbNone)
    for name in ("Nom", "Ville", "Tél"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for values in (("Agence A", "Rabat", "0537000000"), ("Agence B", "Salé", "")):
        f = ogr.Feature(layer.GetLayerDefn())
        for i, v in enumerate(values):
            if v:
                f.SetField(i, v)
        layer.CreateFeature(f)
    ds = None
    table = read_source(path, score=header_score)
    assert table.columns == ["Nom", "Ville", "Tél"]
    assert [(r.number, r.values["Ville"], r.values["Tél"]) for r in table.rows] == [
        (2, "Rabat", "0537000000"), (3, "Salé", None)]


def test_geojson_layer_gives_points(qgis_app):
    table = read_source(DATA / "anapec_points.geojson")
    assert table.kind == "layer" and table.has_geometry
    assert [r.point for r in table.rows] == [(-6.8498, 33.9716), (-8.0083, 31.6295), None]
    assert table.rows[0].values["tel"] == "05.37.70.11.22"


def test_a_projected_layer_is_read_in_wgs84(qgis_app):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:3857&field=nom:string", "offices", "memory")
    f = QgsFeature(layer.fields())
    f.setAttributes(["Agence"])
    f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(-845_000.0, 4_030_000.0)))
    layer.dataProvider().addFeatures([f])
    table = read_source(layer)
    lon, lat = table.rows[0].point  # type: ignore[misc]
    radius = 6378137.0  # spherical Mercator, inverted by hand
    assert lon == pytest.approx(math.degrees(-845_000.0 / radius), abs=1e-9)
    assert lat == pytest.approx(math.degrees(2 * math.atan(math.exp(4_030_000.0 / radius)) - math.pi / 2),
                                abs=1e-9)


def test_unreadable_files_are_named(tmp_path):
    with pytest.raises(SourceError, match="does not exist"):
        read_source(tmp_path / "absent.csv")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(SourceError, match="empty.csv is empty"):
        read_source(empty)
    junk = tmp_path / "photo.xyz"
    junk.write_bytes(b"\x00\x01\x02")
    with pytest.raises(SourceError, match="photo.xyz cannot be read"):
        read_source(junk)


@pytest.mark.parametrize("column, target", [
    ("Nom de l'agence", "name_fr"), ("Ville", "town"), ("Tél.", "phone"), ("GSM", "phone"),
    ("E-mail", "email"), ("Site web", "website"), ("Coordonnées GPS", "coordinates"),
    ("N° de téléphone", "phone"), ("Adresse (quartier)", "address_fr"), ("Horaires", "opening_hours"),
    ("الاسم", "name_fr"), ("المدينة", "town"), ("الهاتف", "phone"), ("البريد الإلكتروني", "email"),
    ("خط العرض", "latitude"), ("خط الطول", "longitude"), ("الخدمات", "categories"),
    ("name", "name_fr"), ("town", "town"), ("phone", "phone"), ("Name (EN)", "name_en"),
    ("Nom (AR)", "name_ar"), ("Type d'établissement", "facility_type"), ("X", "longitude"),
    ("Couleur préférée", None),
])
def test_column_names_in_three_languages(column, target):
    assert recognise(column) == target


def test_a_target_is_taken_once_except_phones():
    mapping = guess(["Nom", "Name", "Tél", "GSM", "Ville", "Commune"])
    assert mapping == {"Nom": "name_fr", "Name": None, "Tél": "phone", "GSM": "phone", "Ville": "town",
                       "Commune": None}


def test_saved_mapping_round_trip_and_precedence(tmp_path):
    mapping = ColumnMapping(columns={"Intitulé du centre": "name_fr", "Ville": None},
                            categories={"Formation continue": "VT_SHORT"}, institution="OFPPT",
                            encoding="cp1256", delimiter=";", name="OFPPT 2024")
    path = mapping.save(tmp_path / "sub" / "ofppt.json")
    loaded = ColumnMapping.load(path)
    assert loaded == mapping
    # saved choices win (by column name, ignoring case and accents); others are recognised
    assert loaded.resolve(["INTITULE DU CENTRE", "ville", "Tél"]) == {
        "INTITULE DU CENTRE": "name_fr", "ville": None, "Tél": "phone"}
    assert loaded.category_code("formation CONTINUE") == "VT_SHORT"
    bad = tmp_path / "bad.json"
    bad.write_text('{"amuddu_mapping": 1, "columns": {"A": "colour"}}', encoding="utf-8")
    with pytest.raises(ValueError, match="“A” is mapped to “colour”"):
        ColumnMapping.load(bad)
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(ValueError, match="not valid JSON"):
        ColumnMapping.load(bad)
