"""Authored gazetteer data: facts written for this project (names, ISO codes, approximate coordinates)."""

from __future__ import annotations

from agents.geo.data import afghanistan
from agents.geo.data.types import Place, Province

__all__ = ["CURATED", "Place", "Province"]

# Country code -> (provinces, places) written with care for the focus countries.
CURATED: dict[str, tuple[list[Province], list[Place]]] = {
    "AF": (afghanistan.PROVINCES, afghanistan.PLACES),
}
