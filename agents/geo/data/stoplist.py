"""Names from the generic sources (pycountry, GeoNames) never matched on their own in text.

Common English words ("Police", "Most", "Split"), direction and region words, and given names or surnames
that are also towns; the authored data is not filtered. Stopped names still resolve by `Gazetteer.resolve`.
Keys are folded (lower case, ASCII, single spaces).
"""

from __future__ import annotations

__all__ = ["ACRONYMS", "STOP_NAMES"]

_WORDS = """
acacias acre agar along anew angers apace archway ascension auburn awash bade bah baker island
balsas banes bani bank bar barking baud bay bake bed bend bender billings bimbo bled blue bole bong
bonny brick brusque buckeye bury bush business cabanas canaries canning canton can cascade cascades
cat cayenne centennial center central centurion chandler chaparral chin chino clay coast colon come
commerce commonwealth concord confederation corona cove cypress date davenport debar debark dig dire
east eastern elk encamp enterprise erode est falcon fate fiche fishers flagstaff flint forest
garland gondola gore grad grapevine grays gulf harrow hexing highland hims hit homestead honcho hub
independence jam jingling karakul lakes lander largo leer lice lira littoral lop luau male man manga
mango mantilla maritime martin mascara medias meridian mesa mesquite meta metro midland midlands
mile mission mobile mocha mono moron most newton nice normal north northern ode oral orange pan pare
paradise paramount papaya pecs pen perm pest plantation plateau plateaux pool pop providence pueblo
punch quiche reading reservoir revere riverside rogers roman ruse saga sake sale samba sandy
savannah save say sector semi shaping shone shoreline shush silvan simmering sire slough south
southern sparks split spring springs store sunrise surprise surrey tame tank temple than tire tome
torrent tours troy union unity upland uptown valence vista wadi warder warren wedding weir west
western woodland woodlands worms yap zeta delta rivers niger capital begun rugby paisley maidenhead san
"""

_PHRASES = (
    "far north", "north west", "north east", "south east", "south west", "north central", "north western",
    "south western", "upper east", "upper west", "upper river", "lower river", "central river",
    "north bank", "red sea", "national capital", "capital territory", "western north", "old city",
    "financial district", "international city", "model town", "mid city", "center city", "central city",
    "east village", "west town", "union city", "universal city", "national city", "port area",
    "central coast", "west coast", "black river", "black point", "long island", "grand port",
    "the villages", "the hammocks", "the woodlands", "new territories", "north shore", "south shore",
    "east independence", "north hills", "west ridge", "upper west side", "eastern highlands",
    "western highlands", "southern highlands", "la source", "la union",
)

# Given names and surnames that are also towns or provinces somewhere.
_PERSONS = """
abu alexandra ali camden carmel carolina charlotte david elizabeth eugene franklin frederick george
hamilton hassan hasan irving jackson kent lawrence leon lincoln madison mariana marietta mary milton
nelson norman nur qasim regina salem taylor tyler victoria vladimir xinhua amin omar karim hamid
rashid jamal said ahmadi bello layla ngozi saraj sabah brent duma moro
"""

STOP_NAMES: frozenset[str] = frozenset(_WORDS.split()) | frozenset(_PHRASES) | frozenset(_PERSONS.split())

# Words in capitals that are acronyms, not a place name shouted ("SWAT team", "BLA" for the Baloch
# Liberation Army); a capitalised place name still matches them written normally ("Swat").
_ACRONYMS = """
SWAT BLA ABA ANA ANP NDS IS ISIS ISIL TTP PTI PPP PML MQM SDF YPG PKK PMF PMU FSA HTS SNA KDF DSS
"""
ACRONYMS: frozenset[str] = frozenset(_ACRONYMS.split())
