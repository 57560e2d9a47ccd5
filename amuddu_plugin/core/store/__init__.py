"""The store: opening, creating and migrating Amuddu databases, the schema derived from the
model, the GeoPackage geometry codec and the reference places (towns, territory) read from it.

Depends on ``definitions`` and ``toolbelt`` only; every feature package builds on it."""
