"""How layers look and behave in QGIS: editing forms, symbology and map themes, the default
styles saved in the database, layer metadata."""
