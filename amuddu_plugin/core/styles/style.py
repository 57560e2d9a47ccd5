"""The names other modules import from ``core.style`` (the atlas, the overview map).

The styles themselves live in :mod:`.symbology` (map styles) and :mod:`.forms` (editing
forms); this module only re-exports them, so that there is one implementation.
"""

from __future__ import annotations

from .symbology import (
    LAND,
    PROVINCE_LINE,
    REGION_LINE,
    SEA,
    TOWN_MAX_SCALE_DENOMINATOR,
    apply_default_style,
    institutions,
    point_symbol,
    set_aliases,
)

__all__ = [
    "LAND",
    "PROVINCE_LINE",
    "REGION_LINE",
    "SEA",
    "TOWN_MAX_SCALE_DENOMINATOR",
    "apply_default_style",
    "institutions",
    "point_symbol",
    "set_aliases",
]
