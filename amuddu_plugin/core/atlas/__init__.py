"""The printed regional atlas: layout templates, print layers and the export to PDF/PNG."""
