"""Authored gazetteer data: facts written for this project (names, ISO codes, approximate coordinates)."""

from __future__ import annotations

from dataclasses import dataclass, field

from agents.geo.data import afghanistan, iraq, nigeria, pakistan, somalia, syria
from agents.geo.data.types import Place, Province

__all__ = ["CURATED", "Curated", "Place", "Province"]


@dataclass(frozen=True, slots=True)
class Curated:
    """One focus country's authored data; `states` are regions without an ISO code."""

    provinces: list[Province]
    places: list[Place]
    states: list[Province] = field(default_factory=list)


CURATED: dict[str, Curated] = {
    "AF": Curated(afghanistan.PROVINCES, afghanistan.PLACES),
    "PK": Curated(pakistan.PROVINCES, pakistan.PLACES),
    "IQ": Curated(iraq.PROVINCES, iraq.PLACES),
    "SY": Curated(syria.PROVINCES, syria.PLACES),
    "SO": Curated(somalia.PROVINCES, somalia.PLACES, somalia.STATES),
    "NG": Curated(nigeria.PROVINCES, nigeria.PLACES),
}
