"""The open-data export: the public service points and their services as GeoJSON, CSV and
GeoPackage, with a README and a DCAT description (``amuddu:export_open_data``)."""
