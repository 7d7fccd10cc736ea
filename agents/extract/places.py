"""Event places: gazetteer mentions that say where something happened, with province readings applied.

Dropped: mentions in headlines, boilerplate and the dateline; inside group names ("Tehrik-i-Taliban
Pakistan"); attributive uses ("the Kabul government", "Washington's failures"); neighbours and destinations
("the neighboring Kunduz province", "borders Turkmenistan", "flown to Kabul"). Demonyms ("Afghan forces") and
places named for their people ("Kabul residents") only hint at a country. A city that shares its name with a
province is read as the province when the text says so ("province of Herat", "Kunduz, Baghlan and Takhar
provinces"). A capital named by its country ("the Afghan capital") or by the text's country ("in the capital")
is that capital city.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from agents.extract.lexicon import Triggers, ends_with
from agents.geo import Gazetteer, PlaceMention
from streams.records import Location

__all__ = ["LEVEL", "TRIGGERS", "Place", "dominant_country", "event_places"]

#: Trigger words, by category.
TRIGGERS: Final[dict[str, tuple[str, ...]]] = {
    "away": (
        "neighbouring",
        "neighboring",
        "bordering",
        "borders",
        "border",
        "adjacent",
        "adjoining",
        "linking",
        "fled",
        "flown",
        "moved",
        "evacuated",
        "airlifted",
        "taken",
        "transferred",
        "rushed",
        "sent",
        "referred",
        "brought",
        "from",
        "visit*",
        "travel*",
        "returned",
        "headed",
        "based",
        "crossed",
        "crossing",
        "came",
        "coming",
        "infiltrated",
        "back",
        "across",
    ),
}


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a literal list."""
    return frozenset(text.split())


#: Precision rank of a location: the higher, the more precise.
LEVEL: Final = {"country": 0, "admin1": 1, "admin2": 2, "place": 3}

_ATTRIBUTIVE: Final = re.compile(
    r"(?i)(?:-based|\s+(?:government|administration|regime|authorities|leadership|cabinet|parliament"
    r"|officials"
    r"|talks|summit|conference|accord|agreement|process|envoy|embassy|delegation)\b)",
    re.ASCII,
)
#: A place standing for its government: "Moscow said", "Washington has accused", "Tehran denied".
_SPEAKER_VERB: Final = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|repeatedly\s+|long\s+)?(?:said|says|accused|accuses|blamed|blames"
    r"|denied|denies|condemned|condemns|warned|warns|urged|urges|insisted|insists|rejected|rejects|demanded"
    r"|demands|responded|retaliated|wants|called\s+for)\b",
    re.ASCII,
)
#: A capital standing for its government: "the Taliban government in Kabul", "the authorities in Baghdad".
_SEAT_BEFORE: Final = re.compile(
    r"(?i)\b(?:government|administration|regime|authorities|leadership|cabinet|rulers)\s+in\s+$", re.ASCII
)
#: A military operation's code name: "Operation HADIN KAI" (its words name no town).
_OPERATION_BEFORE = re.compile(r"\b(?:Operation|OPERATION|Op\.)(?:\s+[A-Z][\w'-]*){0,3}\s+$", re.ASCII)
_PLACED_BEFORE = re.compile(r"(?i)\b(?:in|at|near|from|of|outside|around|inside)\s+(?:the\s+)?$", re.ASCII)
_BY_GOVERNMENT: Final = re.compile(
    r"(?i)\b(?:blamed|accused|condemned|criticised|criticized|backed|supported|sponsored|funded|armed"
    r"|rejected|denied)\s+by\s+$",
    re.ASCII,
)
#: A word of a facility's or a street's name, not a town: "al-Kindi hospital", "Sheikh Zayed Road".
_FACILITY_AFTER: Final = re.compile(
    r"(?i)\s+(?:hospital|clinic|mosque|school|university|college|stadium|hotel|prison|bridge|street|mall"
    r"|medical\s+(?:centre|center|complex)|teaching\s+hospital)\b",
    re.ASCII,
)
_NAME_PREFIX: Final = re.compile(r"(?i)\b(?:al|el|as|ad|ar|an|at|az|ash)-$", re.ASCII)
#: A demonym in a compound adjective names no place: "a Russian-sponsored deal", "Iran-backed militias".
_COMPOUND: Final = re.compile(
    r"[-‐](?:sponsored|backed|brokered|led|made|supplied|trained|funded|based|allied|aligned|linked|born"
    r"|owned|run|built|mediated)\b",
    re.ASCII,
)
_POSSESSIVE: Final = re.compile(r"(?:'s|’s)\s+(?P<next>[\w-]+)", re.ASCII)
_POSSESSIVE_OK: Final = re.compile(
    r"^(?:[A-Z].*|(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
    r"|capital|province|district|city|outskirts|restive|troubled|volatile|northernmost|southernmost|border)$",
    re.ASCII,
)
_AWAY: Final = re.compile(
    r"(?i)(?:(?<!\bin\s)(?<!\bin\sthe\s)neighbou?ring|bordering|borders?|border\s+with|adjacent\s+to"
    r"|adjoining|linking\s+[\w-]+\s+(?:to|with)"
    r"|fled\s+to|flown\s+to|moved\s+to|evacuated\s+to|airlifted\s+to|(?:taken|transferred|rushed|sent"
    r"|referred)\s+to"
    r"(?:\s+[\w-]+){0,3}?\s+(?:in|at)|brought\s+to(?:\s+[\w-]+){0,3}?\s+(?:in|at)|from\s+neighbou?ring"
    r"|visit(?:ed|ing)?|travel(?:l?ed|l?ing)?\s+to"
    r"|returned\s+to|headed\s+to|based\s+in|(?:crossed|crossing)\s+(?:over\s+)?(?:the\s+border\s+)?from"
    r"|(?:came|coming|infiltrated)\s+from|back\s+(?:toward|towards|into)"
    r"|across\s+the\s+border\s+(?:toward|towards|into|to))"
    r"\s+(?:the\s+)?(?:[\w-]+(?:'s|’s)\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west"
    r"|south-?east|south-?west)(?:ern)?\s+)?$",
    re.ASCII,
)
#: The words an `_AWAY` match can begin with (its trigger words): the pattern is tried only where one starts.
_AWAY_STARTS: Final = tuple(word.rstrip("*") for word in TRIGGERS["away"])
_ROUTE_FROM: Final = re.compile(r"(?i)\bfrom\s+$", re.ASCII)
_ROUTE_TO: Final = re.compile(r"\s+to\s+[A-Z]", re.ASCII)
_ROUTE_END: Final = re.compile(r"\bfrom\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+to\s+$", re.ASCII)
_NOT_NAMES: Final = _words(
    "In At On Near From To The A An And Of Outside Inside Across Northern Southern Eastern Western Central "
    "North South East West Province District Greater Upper Lower Capital City Town Village Rural Eastern Old "
    "New Neighbouring Neighboring Restive Volatile Troubled Southeastern Southwestern Northeastern "
    "Northwestern When While After Before During Since Meanwhile But Also Elsewhere Separately"
)
#: "the Afghan capital": a demonym before "capital" names the country's capital city (not "capital of").
_CAPITAL_AFTER: Final = re.compile(r"\s+capital\b(?!\s+(?:of|city\s+of)\b)", re.ASCII)
#: "in the capital": the capital of the country the text is about.
_THE_CAPITAL: Final = re.compile(
    r"\b(?:in|near|outside|inside|around|across|of)\s+the\s+(?P<capital>capital)\b(?!\s+(?:of|city\s+of)\b|')",
    re.ASCII,
)
#: "a former police commander of Baghlan", "(age 36, resident of District Karak)": a person's past post or
#: home, not the event's place.
_TITLE_OF: Final = re.compile(
    r"\b(?:former|retired|ex-)\s+(?:[a-z]+\s+){0,2}?(?:commander|chief|governor|official|mayor|lawmaker|senator"
    r"|judge|officer|head|director)\s+of\s+$|\b(?:resident|natives?)\s+of\s+(?:[Dd]istrict\s+)?$"
    r"|\b(?:hailing|hails|hailed|hail|originally)\s+from\s+(?:the\s+)?$",
    re.ASCII,
)
_TITLE_ENDS: Final = ("of ", "from ", "District ", "district ")
#: "Kabul residents are facing a blackout": a place named for its people is no event place.
_PEOPLE_AFTER: Final = re.compile(
    r"\s+(?:residents|citizens|inhabitants|dwellers|households|consumers|commuters)\b", re.ASCII
)
#: "four US soldiers were wounded": a country named for its forces or envoys (as "American" would) places
#: nothing, so a foreign state acting in the text opens no incident of its own.
_FORCES_AFTER: Final = re.compile(
    r"(?i)\s+(?:forces|troops|soldiers|servicem[ae]n|service\s+members|personnel|military|army|marines|navy"
    r"|air\s+force|commandos|aircraft|jets|warplanes|drones?|helicopters|diplomats?|nationals|contractors"
    r"|advis[eo]rs|special\s+forces|(?:defen[cs]e\s+|military\s+|embassy\s+|government\s+|state\s+department\s+)?"
    r"(?:officials?|spokes(?:man|woman|person)|envoy|ambassador|embassy|ministry|ministers?))\b",
    re.ASCII,
)
#: A capital that is a province of its own, with the province around it: "south of Damascus" is Rif Dimashq.
_SURROUNDED: Final = {"SY-DI": "SY-RD"}
_AROUND_BEFORE: Final = re.compile(
    r"(?i)\b(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of|outside|near|outskirts\s+of"
    r"|countryside\s+of)\s+(?:the\s+)?$",
    re.ASCII,
)
_APPOSITIVE_PROVINCE: Final = re.compile(r"(?i)^,?\s+(?:in|of)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.ASCII)
_PROVINCE_AFTER: Final = re.compile(r"(?i)\s+(?:provinc(?:e|es|ial)|governorates?)\b", re.ASCII)
_PROVINCE_BEFORE: Final = re.compile(r"(?i)\b(?:provinces?|governorates?)\s+of\s+(?:the\s+)?$", re.ASCII)
_CITY_AFTER: Final = re.compile(r"(?i)\s+city\b", re.ASCII)
_CITY_BEFORE: Final = re.compile(r"(?i)\bcity\s+of\s+$", re.ASCII)
_LIST_GAP: Final = re.compile(
    r"(?i)^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+or\s+)(?:the\s+)?(?:(?:north|south|east|west|central"
    r"|north-?east"
    r"|north-?west|south-?east|south-?west)(?:ern)?\s+)?$",
    re.ASCII,
)


@dataclass(init=False, slots=True)
class Place:
    """A place the text puts an event in (or, for `hint`, only a country it alludes to)."""

    start: int
    end: int
    surface: str
    location: Location
    level: int
    hint: bool = False

    def __init__(
        self,
        start: int,
        end: int,
        surface: str,
        location: Location,
        level: int,
        hint: bool = False,
    ) -> None:
        """Written out so that mypyc compiles it (a dataclass-made __init__ stays interpreted)."""
        self.start = start
        self.end = end
        self.surface = surface
        self.location = location
        self.level = level
        self.hint = hint


def _overlaps(mention: PlaceMention, masks: list[tuple[int, int]], starts: list[int]) -> bool:
    """True when a mention overlaps one of the (sorted, disjoint) masked spans."""
    i = bisect_right(starts, mention.start) - 1
    if i >= 0 and masks[i][1] > mention.start:
        return True
    return i + 1 < len(masks) and masks[i + 1][0] < mention.end


def _inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """True when [start, end) lies in one of the (sorted, disjoint) spans."""
    i = bisect_right(spans, (start, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def _name_before(text: str, start: int) -> bool:
    """True when a capitalised word other than a place word directly precedes: "Didar Lawang" is a person."""
    if not start or text[start - 1] != " ":
        return False
    before = text[max(0, start - 24) : start].rstrip(" ")
    cut = max(before.rfind(" "), before.rfind("\n"))
    word = before[cut + 1 :]
    if len(word) < 2 or not word.isalpha() or not word[0].isupper() or not word[1:].islower():
        return False
    if cut < 0 and start - 24 > 0:
        return False
    return word not in _NOT_NAMES


def _away(text: str, low: str, lo: int, hi: int) -> bool:
    """`_AWAY.search(text, lo, hi) is not None`, without trying the pattern at every position."""
    for word in _AWAY_STARTS:
        at = low.find(word, lo, hi)
        while at >= 0:
            if _AWAY.match(text, at, hi) is not None:
                return True
            at = low.find(word, at + 1, hi)
    return False


#: A news outlet named after a place: "Baghdad Today", "Kabul Times", "Mogadishu News".
_OUTLET_AFTER: Final = re.compile(
    r" (?:Today|Times|Post|Tribune|News|Voice|Daily|Herald|Observer|Online|Chronicle|Gazette|24|TV|Radio)\b"
    r"(?! (?:of|province|city|district|region)\b)",
    re.ASCII,
)


def _dropped(text: str, mention: PlaceMention, triggers: Triggers) -> bool:
    """True for attributive, possessive-of-a-thing, neighbour and destination uses, people's names, a capital
    or country standing for its government ("blamed by Washington", "Moscow said") and a word of a facility's
    name ("al-Kindi hospital")."""
    if mention.kind != "country" and _name_before(text, mention.start):
        return True
    if _OUTLET_AFTER.match(text, mention.end):
        return True  # "Baghdad Today", "Kabul Times": a news outlet's name
    after = text[mention.end : mention.end + 40]
    if _SPEAKER_VERB.match(after) and not _PLACED_BEFORE.search(
        text, max(0, mention.start - 12), mention.start
    ):
        return True
    low, start = triggers.low, mention.start
    if ends_with(low, max(0, start - 30), start, ("by",)) and _BY_GOVERNMENT.search(
        text, max(0, start - 30), start
    ):
        return True
    if (
        mention.kind != "country"
        and ends_with(low, max(0, start - 30), start, ("in",))
        and _SEAT_BEFORE.search(text, max(0, start - 30), start)
    ):
        return True
    lo = max(0, start - 50)
    if (text.find("Op", lo, start) >= 0 or text.find("OP", lo, start) >= 0) and _OPERATION_BEFORE.search(
        text, lo, start
    ):
        return True
    if mention.kind == "place" and (
        _FACILITY_AFTER.match(after) or _NAME_PREFIX.search(text, max(0, mention.start - 3), mention.start)
    ):
        return True
    if _ATTRIBUTIVE.match(after):
        return True
    possessive = _POSSESSIVE.match(after)
    if possessive and not _POSSESSIVE_OK.match(possessive.group("next")):
        return True
    if not triggers.has("away", max(0, mention.start - 60), mention.start):
        return False
    if _ROUTE_FROM.search(text, max(0, mention.start - 6), mention.start) and _ROUTE_TO.match(
        text, mention.end
    ):
        return True
    if _ROUTE_END.search(text, max(0, mention.start - 50), mention.start):
        return True
    return _away(text, triggers.low, max(0, mention.start - 60), mention.start)


def _province_lists(text: str, mentions: Sequence[PlaceMention]) -> set[int]:
    """Indexes of mentions the text calls provinces, alone or as part of a list."""
    marked: set[int] = set()
    i = 0
    while i < len(mentions):
        j = i
        while j + 1 < len(mentions) and _LIST_GAP.match(text[mentions[j].end : mentions[j + 1].start]):
            j += 1
        lead = max(0, mentions[i].start - 30)
        before = (
            _PROVINCE_BEFORE.search(text, lead, mentions[i].start)
            if "provinc" in text[lead : mentions[i].start] or "governorate" in text[lead : mentions[i].start]
            else None
        )
        after = _PROVINCE_AFTER.match(text, mentions[j].end)
        if before or after:
            marked.update(range(i, j + 1))
        else:
            for k in range(i, j + 1):
                if _PROVINCE_AFTER.match(text, mentions[k].end):
                    marked.add(k)
        i = j + 1
    return marked


def _nearby_admin1(
    mentions: Sequence[PlaceMention], index: int, gazetteer: Gazetteer, provinces: dict[str, str | None]
) -> set[str]:
    """Provinces named right next to a mention ("Khogyani district of Nangarhar province")."""
    found: set[str] = set()
    here = mentions[index]
    for other in mentions[max(0, index - 2) : index + 3]:
        if other is here or (abs(other.start - here.end) > 60 and abs(here.start - other.end) > 60):
            continue
        if other.kind == "admin1" and other.location.admin1_code:
            found.add(other.location.admin1_code)
        elif other.kind == "place" and other.location.admin1_code:
            if other.surface not in provinces:
                province = gazetteer.admin1_for_name(other.surface, other.location.country_code)
                provinces[other.surface] = province.admin1_code if province is not None else None
            code = provinces[other.surface]
            if code:
                found.add(code)
    return found


#: "Nawa district of southern Helmand province": the words between a district and its province.
_DISTRICT_OF: Final = re.compile(
    r"(?i)^\s+district\s+(?:of|in)\s+(?:the\s+)?(?:(?:southern|northern|eastern|western|central|south|north|east"
    r"|west|south-?eastern|south-?western|north-?eastern|north-?western)\s+)?$",
    re.ASCII,
)


def _owner(text: str, mentions: Sequence[PlaceMention], index: int) -> Location | None:
    """The place a mention is said to belong to by a possessive ("Mazar-i-Sharif's Sayed Abad")."""
    owner, here = mentions[index - 1], mentions[index]
    if owner.kind not in ("admin1", "place") or not owner.location.admin1_code:
        return None
    return owner.location if text[owner.end : here.start] in ("'s ", "’s ") else None


def _district_of(
    text: str, mentions: Sequence[PlaceMention], index: int, gazetteer: Gazetteer
) -> Location | None:
    """The province a district is said to be in when the district's own reading is a namesake elsewhere
    ("Nawa district of southern Helmand province")."""
    if index + 1 >= len(mentions):
        return None
    here, after = mentions[index], mentions[index + 1]
    if after.kind != "admin1" or not after.location.admin1_code:
        return None
    if not _DISTRICT_OF.match(text[here.end : after.start]):
        return None
    return gazetteer.admin1(after.location.admin1_code)


def _appositive_province(
    text: str, mentions: Sequence[PlaceMention], index: int, gazetteer: Gazetteer
) -> Location | None:
    """The province in "Makhmour, in neighbouring Erbil province" when the text places a town there."""
    if index + 1 >= len(mentions):
        return None
    here, after = mentions[index], mentions[index + 1]
    if not _APPOSITIVE_PROVINCE.match(text[here.end : after.start]):
        return None
    if after.kind == "admin1":
        return after.location
    if after.kind == "place" and _PROVINCE_AFTER.match(text, after.end):
        return gazetteer.admin1_for_name(after.surface, after.location.country_code)
    return None


def dominant_country(mentions: Sequence[PlaceMention]) -> str | None:
    """The country most mentions point to (demonyms count half)."""
    votes: Counter[str] = Counter()
    for mention in mentions:
        votes[mention.location.country_code] += 1 if mention.demonym else 2
    return votes.most_common(1)[0][0] if votes else None


def _at_home(mentions: list[PlaceMention], home: str) -> list[PlaceMention]:
    """The mentions without districts of another country that nothing else in the text names."""
    named = {m.location.country_code for m in mentions if m.kind in ("country", "admin1") or m.demonym}
    return [
        m
        for m in mentions
        if m.kind != "admin2" or m.location.country_code == home or m.location.country_code in named
    ]


def event_places(
    text: str,
    mentions: Sequence[PlaceMention],
    gazetteer: Gazetteer,
    skipped: Sequence[tuple[int, int]],
    masked: Sequence[tuple[int, int]],
    triggers: Triggers | None = None,
    within: Sequence[tuple[int, int]] | None = None,
    home: str | None = None,
) -> list[Place]:
    """The event places among gazetteer mentions (those `within` the given spans, if any), in text order.

    `home` is the country of the dateline's city: an Afghan district name in copy datelined elsewhere, with
    nothing else Afghan in the text, is taken for a namesake ("PESHAWAR: ... Chamkani police station")."""
    if triggers is None:
        from agents.extract.keywords import scan

        triggers = scan(text)
    masks = sorted(masked)
    mask_starts = [lo for lo, _ in masks]
    kept = [
        m for m in mentions if not _inside(m.start, m.end, skipped) and not _overlaps(m, masks, mask_starts)
    ]
    if home is not None:
        kept = _at_home(kept, home)
    country = dominant_country(kept)
    if within is not None:
        kept = [m for m in kept if _inside(m.start, m.end, within)]
    provinces = _province_lists(text, kept)
    readings: dict[str, str | None] = {}
    places: list[Place] = []
    for index, mention in enumerate(kept):
        if _COMPOUND.match(text, mention.end):
            continue
        if (
            mention.demonym
            or _PEOPLE_AFTER.match(text, mention.end)
            or (mention.kind == "country" and _FORCES_AFTER.match(text, mention.end))
            or (
                text.endswith(_TITLE_ENDS, max(0, mention.start - 9), mention.start)
                and _TITLE_OF.search(text, max(0, mention.start - 40), mention.start) is not None
            )
        ):
            named = _CAPITAL_AFTER.match(text, mention.end) if mention.demonym else None
            capital = gazetteer.capital(mention.location.country_code) if named else None
            if named and capital is not None:
                places.append(
                    Place(mention.start, named.end(), mention.surface, capital, LEVEL[capital.precision])
                )
            else:
                places.append(
                    Place(mention.start, mention.end, mention.surface, mention.location, 0, hint=True)
                )
            continue
        if _dropped(text, mention, triggers):
            continue
        location = mention.location
        if country and location.country_code != country and mention.kind != "country":
            local = gazetteer.resolve(mention.surface, country)
            if local is not None:
                location = local
        if location.precision == "admin2" and index > 0:
            owner = _owner(text, kept, index)
            if owner is not None and owner.admin1_code != location.admin1_code:
                location = owner  # "Mazar-i-Sharif's Sayed Abad area": a namesake of a district elsewhere
        nearby = (
            _nearby_admin1(kept, index, gazetteer, readings)
            if location.precision in ("admin2", "place")
            else set()
        )
        if nearby and location.admin1_code not in nearby:
            local = next(
                (
                    r.location
                    for r in gazetteer.readings(mention.surface)
                    if r.location.admin1_code in nearby and r.kind in ("admin2", "place")
                ),
                None,
            )
            if local is not None:
                location = local
            else:
                province = _appositive_province(text, kept, index, gazetteer)
                if province is None and location.precision == "admin2":
                    province = _district_of(text, kept, index, gazetteer)
                location = province or location
        if index in provinces and location.precision == "place" and location.admin1_code:
            city = _CITY_AFTER.match(text, mention.end) or _CITY_BEFORE.search(
                text, max(0, mention.start - 10), mention.start
            )
            if not city:
                province = gazetteer.admin1_for_name(mention.surface, location.country_code)
                if province is None and _PROVINCE_AFTER.match(text, mention.end):
                    province = gazetteer.admin1(location.admin1_code)
                location = province or location
        around = _SURROUNDED.get(location.admin1_code or "")
        if around is not None and _AROUND_BEFORE.search(text, max(0, mention.start - 30), mention.start):
            location = gazetteer.admin1(around) or location
        # A region without an ISO code (a federal member state such as Puntland) only hints at where: the
        # province of a town named with it wins.
        coded = location.precision != "admin1" or bool(location.admin1_code)
        level = LEVEL[location.precision] if coded else 0
        places.append(Place(mention.start, mention.end, mention.surface, location, level))
    if country and text.find("the capital") >= 0:
        places = _the_capital(text, places, gazetteer, country, within)
    return places


def _the_capital(
    text: str,
    places: list[Place],
    gazetteer: Gazetteer,
    country: str,
    within: Sequence[tuple[int, int]] | None,
) -> list[Place]:
    """The places with "in the capital" read as the province of the text's country's capital (a generic
    reference places no town: "a separate blast on the outskirts of the capital" is no second spot)."""
    capital = gazetteer.capital(country)
    province = gazetteer.admin1(capital.admin1_code) if capital is not None and capital.admin1_code else None
    if province is None:
        return places
    added = [
        Place(m.start("capital"), m.end("capital"), "capital", province, LEVEL[province.precision])
        for m in _THE_CAPITAL.finditer(text)
        if within is None or _inside(m.start("capital"), m.end("capital"), within)
    ]
    return sorted([*places, *added], key=lambda p: p.start) if added else places
