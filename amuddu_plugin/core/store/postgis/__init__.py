"""PostgreSQL with PostGIS: the multi-user store (connection, schema, database, copy)."""
