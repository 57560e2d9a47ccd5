"""The store's errors (in a module of their own, so that every store module can raise them
without importing the database module)."""

from __future__ import annotations

from ...toolbelt.errors import AmudduError
from ...toolbelt.errors import Canceled as _Canceled


class StoreError(AmudduError):
    """A problem with a database, worded for the person who chose it."""


class Canceled(StoreError, _Canceled):
    """A store job stopped by the user (a StoreError too, as callers expect)."""
