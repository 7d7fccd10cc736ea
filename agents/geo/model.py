"""Public value types of the gazetteer: a place mention and one reading of a name."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, NamedTuple

from streams.records import Location

__all__ = ["Kind", "PlaceMention", "Reading"]

Kind = Literal["country", "admin1", "admin2", "place"]


@dataclass(init=False, slots=True, unsafe_hash=True)
class PlaceMention:
    """A place name found in a text, resolved to its preferred reading (never changed once made)."""

    start: int
    end: int
    surface: str
    kind: Kind
    location: Location
    demonym: bool = False

    def __init__(
        self, start: int, end: int, surface: str, kind: Kind, location: Location, demonym: bool = False
    ) -> None:
        """Written out so that mypyc compiles it (a dataclass-made __init__ stays interpreted)."""
        self.start = start
        self.end = end
        self.surface = surface
        self.kind = kind
        self.location = location
        self.demonym = demonym


class Reading(NamedTuple):
    """One thing a name can denote; a lower `rank` is preferred."""

    kind: Kind
    location: Location
    rank: tuple[int, int]
    demonym: bool = False

    @property
    def country_code(self) -> str:
        """ISO 3166-1 alpha-2 of the reading."""
        return self.location.country_code
