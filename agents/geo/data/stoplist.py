"""Names from the generic sources (pycountry, GeoNames) never matched on their own in text.

Common English words ("Police", "Most", "Of"), direction words and given names; they still resolve.
"""

from __future__ import annotations

__all__ = ["STOP_NAMES"]

STOP_NAMES: frozenset[str] = frozenset()
