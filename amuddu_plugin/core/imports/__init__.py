"""The spreadsheet import: reading files, mapping columns, parsing rows, the upsert with its
history and undo, and the report."""
