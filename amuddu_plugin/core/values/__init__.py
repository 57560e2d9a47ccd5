"""Values: the pure parsers and normalisers of what people type (phones, e-mails, web
addresses, opening hours, coordinates). No QGIS: they import and run without it."""
