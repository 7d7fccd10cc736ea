"""Authored gazetteer records and the small line format the data modules are written in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from agents.geo.errors import GazetteerError

__all__ = ["Place", "Province", "parse_keyed", "parse_places"]


@dataclass(frozen=True, slots=True)
class Province:
    """A first-level subdivision: ISO 3166-2 code, common English name, centroid, other spellings."""

    code: str
    name: str
    lat: float
    lon: float
    alt: tuple[str, ...] = ()
    name_matched: bool = True

    def spellings(self) -> tuple[str, ...]:
        """Names to match in text: the name unless it is a common word ("Bay"), then the alternates."""
        return ((self.name,) if self.name_matched else ()) + self.alt


@dataclass(frozen=True, slots=True)
class Place:
    """A district (admin2) or a settlement; `major` cities are preferred over a province of the same name."""

    name: str
    admin1_code: str
    kind: Literal["admin2", "place"]
    lat: float | None = None
    lon: float | None = None
    alt: tuple[str, ...] = ()
    admin2: str | None = None
    major: bool = False
    name_matched: bool = True

    def spellings(self) -> tuple[str, ...]:
        """The names to match in text: the name itself unless display-only, then the alternates."""
        return ((self.name,) if self.name_matched else ()) + self.alt


def parse_places(
    admin1_code: str,
    kind: Literal["admin2", "place"],
    table: str,
    *,
    admin2: str | None = None,
    major: bool = False,
) -> list[Place]:
    """Parse lines "Name; Alt; Alt @ lat, lon" (alternates and coordinates optional, '#' comments).

    A name written "~Name" is shown but not matched on its own (a common word: "~Farsi; Farsi district").
    """
    places: list[Place] = []
    for raw in table.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        names_part, _, coords = line.partition("@")
        names = tuple(n.strip() for n in names_part.split(";") if n.strip())
        if not names:
            raise GazetteerError(raw, "no name")
        lat = lon = None
        if coords.strip():
            try:
                lat_s, lon_s = coords.split(",")
                lat, lon = float(lat_s), float(lon_s)
            except ValueError as exc:
                raise GazetteerError(raw, "coordinates must read 'lat, lon'") from exc
        first = names[0].lstrip("~")
        places.append(
            Place(
                first,
                admin1_code,
                kind,
                lat,
                lon,
                names[1:],
                admin2=admin2,
                major=major,
                name_matched=not names[0].startswith("~"),
            )
        )
    return places


def parse_keyed(table: str, kind: Literal["admin2", "place"], *, major: bool = False) -> list[Place]:
    """Parse lines "Name; Alt @ lat, lon | XX-YYY" that carry their own ISO 3166-2 province code."""
    places: list[Place] = []
    for raw in table.strip().splitlines():
        line, sep, code = raw.rpartition("|")
        if not sep or not code.strip():
            raise GazetteerError(raw, "missing '| province code'")
        places += parse_places(code.strip(), kind, line, major=major)
    return places
