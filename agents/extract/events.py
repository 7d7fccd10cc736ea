"""Event cues: event types, weapons, targets, coordination, number of sites, and spun-text markers.

Every cue is a list of trigger words (see `lexicon`); a few are confirmed by a short pattern at the trigger
("warplanes struck", "series of attacks") or just before it ("attacks on two police stations").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from agents.extract.lexicon import Triggers
from agents.extract.numbers import NUMBER, parse_count
from streams.records import EventType

__all__ = ["EVENT_PRIORITY", "TRIGGERS", "Cue", "find_cues", "garbled", "pick_event_type"]

#: The more specific event type wins when an incident has cues for several.
EVENT_PRIORITY: Final[tuple[EventType, ...]] = (
    "suicide_bombing",
    "air_strike",
    "bombing",
    "shelling",
    "abduction",
    "assassination",
    "armed_assault",
    "territory_seized",
    "armed_clash",
    "other",
)


@dataclass(frozen=True, slots=True)
class _Rule:
    category: str
    value: str
    words: tuple[str, ...]
    confirm: re.Pattern[str] | None = None
    before: re.Pattern[str] | None = None


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.ASCII)


_ATTACK_NOUNS: Final = r"(?:attacks|blasts|explosions|bombings|assaults|raids)"
_EXPLOSIVES_WITH: Final = (
    "packed with explosives",
    "laden with explosives",
    "loaded with explosives",
    "filled with explosives",
    "rigged with explosives",
)
_RULES: Final[tuple[_Rule, ...]] = (
    _Rule(
        "event",
        "suicide_bombing",
        (
            "suicide bomb*",
            "suicide attack*",
            "suicide car bomb*",
            "suicide vest*",
            "suicide blast*",
            "suicide explosion*",
            "suicide truck*",
            "suicide squad*",
            "suicide mission*",
            "suicide assault*",
            "blew himself up",
            "blew herself up",
            "blew themselves up",
            "explosive vest*",
            "explosives vest*",
            "detonated his vest",
            "detonated her vest",
            "detonated their vests",
            "detonated his explosive vest",
            "detonated his suicide vest",
            "detonated her suicide vest",
            "detonated their suicide vests",
        ),
    ),
    _Rule(
        "event",
        "air_strike",
        (
            "airstrike*",
            "air strike*",
            "air raid*",
            "air force strike*",
            "military airstrike*",
            "military strike*",
            "drone strike*",
            "drone attack*",
            "aerial bombardment",
            "aerial attack*",
            "aerial bombing*",
            "aerial aggression",
            "air attack*",
            "missile strike*",
            "missile attack*",
            "israeli strike*",
            "u.s. strike*",
            "us strike*",
            "american strike*",
            "russian strike*",
            "turkish strike*",
            "coalition strike*",
            "precision strike*",
            "barrel bomb*",
        ),
    ),
    _Rule(
        "event",
        "air_strike",
        ("missile*",),
        confirm=_c(r"missiles?\s+(?:hit|struck|targeted|slammed|pounded|rained)\b"),
    ),
    _Rule(
        "event",
        "air_strike",
        (
            "warplane*",
            "war plane*",
            "fighter jet*",
            "jets",
            "jet",
            "helicopter*",
            "gunship*",
            "aircraft",
            "drone*",
            "f-16*",
            "f16*",
            "sukhoi*",
        ),
        confirm=_c(
            r"[\w-]+(?:\s+[\w-]+)?\s+(?:(?:operated|flown|launched|belonging)\s+(?:by|to)\s+(?:the\s+)?"
            r"(?:[\w.-]+\s+){1,3})?(?:struck|bombed|hit|targeted|attacked|fired|pounded|strafed|dropped"
            r"|carried\s+out)\b"
        ),
    ),
    _Rule(
        "event",
        "bombing",
        (
            "bomb*",
            "blast*",
            "explosion*",
            "explosive device*",
            "ied",
            "ieds",
            "improvised explosive*",
            "landmine*",
            "land mine*",
            "grenade*",
            "detonat*",
            "exploded",
            *_EXPLOSIVES_WITH,
            "explosive-laden",
            "explosives-laden",
            "explosive laden",
            "explosives laden",
        ),
    ),
    # "militants blew up a school", "pylons were blown up": a thing blown up (not "talks blew up on Monday").
    _Rule(
        "event",
        "bombing",
        ("blew up", "blown up", "blowing up"),
        confirm=_c(
            r"(?:blown\s+up|(?:blew|blowing)\s+up\s+(?:a|an|the|their|its|his|her|two|three|four|five|several"
            r"|parts?|sections?|[0-9]+)\b)"
        ),
    ),
    _Rule(
        "event",
        "shelling",
        ("shelling", "shelled", "shells", "mortar*", "artillery", "katyusha*", "fired rockets"),
    ),
    _Rule(
        "event",
        "shelling",
        ("rocket*",),
        confirm=_c(r"rockets?\s+(?:hit|struck|landed|slammed|fired|attacks?|fire)\b"),
    ),
    _Rule("event", "abduction", ("abduct*", "kidnap*", "hostage*", "taken captive", "held captive")),
    _Rule(
        "event",
        "abduction",
        (
            "took away",
            "taken away",
            "carried away",
            "carried off",
            "whisked away",
            "dragged away",
            "led away",
        ),
        confirm=_c(
            rf"(?:took|taken|carried|whisked|dragged|led)\s+(?:away|off)\s+(?:at\s+least\s+|about\s+|some\s+)?"
            rf"(?:{NUMBER})\s+(?:of\s+(?:the|its|their)\s+)?(?:[\w-]+\s+){{0,2}}?"
            r"(?:passengers|travell?ers|people|villagers|worshippers|students|pupils|workers|civilians|residents"
            r"|men|women|children|farmers|motorists|commuters|guests|teachers|officials|soldiers|policemen)\b"
        ),
    ),
    _Rule("event", "assassination", ("assassinat*", "targeted killing")),
    _Rule(
        "event",
        "armed_assault",
        (
            "attack*",
            "assault*",
            "raid*",
            "ambush*",
            "stormed",
            "storming",
            "storms",
            "gunman",
            "gunmen",
            "opened fire",
            "shooting",
            "shot dead",
            "gunned down",
            "offensive",
            "massacre*",
            "fired on",
            "fired at",
            "firing on",
            "firing at",
            "beheaded",
            "set ablaze",
            "set on fire",
            "set fire to",
            "torched",
        ),
    ),
    _Rule(
        "event",
        "territory_seized",
        ("captured", "seized", "overran", "overrun", "took over"),
        confirm=_c(
            r"(?:captured|seized|overran|overrun|took\s+over)\s+(?:control\s+of\s+)?(?:the\s+)?"
            r"(?:[\w-]+\s+){0,3}?(?:district|town|city|village|base|headquarters|territory|districts|towns)\b"
        ),
    ),
    _Rule(
        "event",
        "territory_seized",
        ("fell to",),
        confirm=_c(
            r"fell\s+to\s+(?:the\s+)?(?:taliban|militants|insurgents|al-shabaab|jihadists|islamic\s+state)"
        ),
    ),
    _Rule("event", "territory_seized", ("took control", "taken control", "gained control", "seized control")),
    _Rule(
        "event",
        "armed_clash",
        (
            "clash*",
            "fighting between",
            "fighting broke out",
            "fighting erupted",
            "fighting raged",
            "fighting continued",
            "fighting continues",
            "fighting with",
            "fighting in",
            "fighting against",
            "heavy fighting",
            "gunbattle*",
            "gun battle*",
            "firefight*",
            "fire fight*",
            "exchange of fire",
            "exchanged fire",
            "skirmish*",
            "intelligence based operation*",
            "intelligence-based operation*",
            "battle",
            "battled",
            "battles",
            "shootout*",
        ),
    ),
    _Rule(
        "weapon",
        "vehicle_bomb",
        (
            "car bomb*",
            "vehicle bomb*",
            "truck bomb*",
            "tanker bomb*",
            "vbied*",
            "vehicle-borne",
            "bomb-laden car*",
            "bomb-laden vehicle*",
            "bomb-laden truck*",
            "explosive-laden vehicle*",
            "explosives-laden vehicle*",
            "explosive-laden car*",
            "explosives-laden car*",
            "explosive-laden truck*",
            "explosives-laden truck*",
            "explosive-laden tanker*",
            "explosive-laden minivan*",
            "explosive laden vehicle*",
            "explosives laden vehicle*",
        ),
    ),
    _Rule(
        "weapon",
        "vehicle_bomb",
        _EXPLOSIVES_WITH,
        before=_c(r"(?:car|vehicle|truck|tanker|minivan|lorry|lorries)s?\s+$"),
    ),
    _Rule(
        "weapon",
        "suicide_vest",
        (
            "suicide vest*",
            "explosive vest*",
            "blew himself up",
            "blew herself up",
            "blew themselves up",
            "suicide bomber*",
        ),
    ),
    _Rule(
        "weapon",
        "ied",
        (
            "roadside bomb*",
            "ied",
            "ieds",
            "improvised explosive*",
            "landmine*",
            "land mine*",
            "magnetic bomb*",
            "sticky bomb*",
            "remote-controlled bomb*",
            "remote-controlled device*",
            "remote-controlled explosive*",
            "remote controlled bomb*",
            "planted a bomb",
            "planted bomb*",
            "planted an explosive*",
            "planted explosive*",
        ),
    ),
    _Rule("weapon", "explosives", ("bomb", "bombs", "explosive", "explosives", "explosion*", "blast*")),
    _Rule(
        "weapon",
        "firearms",
        (
            "gunman",
            "gunmen",
            "gunfire",
            "opened fire",
            "shot dead",
            "shooting",
            "shot",
            "rifle*",
            "ak-47*",
            "machine gun*",
            "machinegun*",
            "small arms",
            "gunbattle*",
            "gun battle*",
            "firefight*",
            "fire fight*",
            "firing",
            "gunned down",
            "shootout*",
        ),
    ),
    _Rule("weapon", "grenades", ("grenade*",)),
    _Rule("weapon", "rockets", ("rocket*", "rpg", "rpgs")),
    _Rule("weapon", "mortars", ("mortar*",)),
    _Rule("weapon", "artillery", ("artillery", "shelling", "shelled", "shells")),
    _Rule(
        "weapon",
        "aircraft",
        (
            "airstrike*",
            "air strike*",
            "warplane*",
            "war plane*",
            "fighter jet*",
            "helicopter*",
            "gunship*",
            "aircraft",
            "air raid*",
        ),
    ),
    _Rule("weapon", "drone", ("drone*",)),
    _Rule("weapon", "knives", ("knives", "knife", "stabb*", "machete*", "hacked")),
    _Rule(
        "weapon",
        "arson",
        ("set ablaze", "set on fire", "set fire to", "torched", "burned down", "burnt down"),
    ),
    _Rule("target", "police", ("police", "policem*", "policewom*", "constable*", "cop", "cops")),
    _Rule(
        "target",
        "security_forces",
        (
            "soldier*",
            "troops",
            "army",
            "military base*",
            "military post*",
            "military convoy*",
            "military camp*",
            "military checkpoint*",
            "military vehicle*",
            "military barracks",
            "checkpoint*",
            "security post*",
            "security forces",
            "security personnel",
            "security checkpoint*",
            "security officials",
            "intelligence officer*",
            "intelligence agent*",
            "intelligence agency",
            "intelligence compound",
            "intelligence office",
            "intelligence headquarters",
            "intelligence service",
            "peacekeeper*",
            "amisom",
            "atmis",
            "militia*",
            "barracks",
            "army base*",
            "air base*",
            "naval base*",
            "outpost*",
            "convoy*",
            "border guard*",
            "paramilitar*",
            "frontier corps",
            "commando*",
        ),
    ),
    _Rule(
        "target",
        "government",
        (
            "governor*",
            "district compound",
            "district headquarters",
            "district office",
            "district centre",
            "district center",
            "district government",
            "district chief",
            "district governor",
            "government compound",
            "government building*",
            "government office*",
            "government official*",
            "government employee*",
            "government workers",
            "government interests",
            "ministry",
            "parliament",
            "lawmaker*",
            "courthouse",
            "judge*",
            "polling station*",
            "polling centre*",
        ),
    ),
    _Rule(
        "target",
        "civilians",
        (
            "civilian*",
            "market*",
            "bazaar*",
            "villager*",
            "village*",
            "resident*",
            "passenger*",
            "bus",
            "shoppers",
            "wedding*",
            "funeral*",
            "mourners",
            "farmer*",
            "fishermen",
            "families",
            "homes",
            "camp for displaced",
            "camp for the displaced",
            "idp camp*",
        ),
    ),
    _Rule(
        "target",
        "religious",
        (
            "mosque*",
            "church*",
            "shrine*",
            "madrassa*",
            "madrasa*",
            "seminary",
            "seminaries",
            "worshipper*",
            "worshiper*",
            "cleric*",
            "imam*",
            "pilgrims",
            "prayers",
        ),
    ),
    _Rule(
        "target",
        "journalists",
        (
            "journalist*",
            "cameraman",
            "cameramen",
            "media worker*",
            "media office*",
            "photographer*",
            "tv station",
            "radio station",
        ),
    ),
    _Rule("target", "education", ("school*", "student*", "universit*", "college*", "teacher*", "classroom*")),
    _Rule("target", "health", ("vaccinator*", "health worker*")),
    _Rule(
        "target",
        "health",
        ("hospital*", "clinic*"),
        before=_c(r"(?:on|stormed|struck|hit|bombed)\s+(?:a|the)\s+(?:[\w-]+\s+)?$"),
    ),
    _Rule(
        "target",
        "aid_workers",
        (
            "aid worker*",
            "humanitarian worker*",
            "humanitarian convoy*",
            "humanitarian staff",
            "ngo worker*",
            "ngo staff",
            "ngo office*",
        ),
    ),
    _Rule(
        "target",
        "foreign",
        (
            "embass*",
            "consulate*",
            "foreign troops",
            "foreign forces",
            "foreign nationals",
            "nato",
            "diplomat*",
            "u.s. troops",
            "us troops",
            "u.s. forces",
            "us forces",
            "u.s. soldiers",
            "us soldiers",
        ),
    ),
    _Rule(
        "target",
        "infrastructure",
        (
            "pipeline*",
            "power line*",
            "power station*",
            "power pylon*",
            "power grid",
            "telecom tower*",
            "telecommunication tower*",
            "telecommunications tower*",
            "bridge*",
            "oil field*",
            "oil well*",
            "oil facilit*",
        ),
    ),
    _Rule("coordinated", "true", ("coordinated", "co-ordinated", "simultaneous*", "near-simultaneous")),
    _Rule(
        "coordinated",
        "true",
        ("series", "wave", "string"),
        confirm=_c(rf"(?:series|wave|string)\s+of\s+(?:[\w-]+\s+){{0,2}}{_ATTACK_NOUNS}\b"),
    ),
    _Rule(
        "coordinated",
        "true",
        ("twin",),
        confirm=_c(r"twin\s+(?:[\w-]+\s+)?(?:attacks|bombings|blasts|explosions|suicide)\b"),
    ),
    _Rule(
        "coordinated",
        "true",
        ("multiple",),
        confirm=_c(r"multiple\s+(?:[\w-]+\s+)?(?:attacks|blasts|explosions|bombings)\b"),
    ),
    _Rule(
        "coordinated",
        "true",
        ("double",),
        confirm=_c(r"double\s+(?:suicide\s+)?(?:bombing|blast|attack)s?\b"),
    ),
)
_SITE_NOUNS: Final = (
    "stations",
    "checkpoints",
    "posts",
    "bases",
    "villages",
    "towns",
    "locations",
    "sites",
    "places",
    "districts",
    "provinces",
    "mosques",
    "churches",
    "schools",
    "outposts",
    "positions",
    "targets",
    "areas",
    "cities",
    "states",
    "buildings",
    "compounds",
    "camps",
    "parts",
)
_SITES_ATTACKED: Final = _c(
    rf"(?:attacks?|raids?|assaults?|strikes?|bombings?|blasts?|explosions?|stormed|targeted|hit)\s+(?:on"
    rf"|against"
    rf"|targeting|at|in)?\s*(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?P<n>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?$"
)
#: What every `_SITES_ATTACKED` match contains (a cheap test first).
_SITES_WORDS: Final = (
    *("attack", "raid", "assault", "strike", "bombing", "blast", "explosion", "stormed", "targeted", "hit"),
)
_SITES_IN: Final = _c(rf"\bin\s+(?P<n>{NUMBER})\s+(?:[\w-]+\s+)?$")
_SITES_IN_NOUNS: Final = frozenset(
    ("provinces", "districts", "states", "locations", "cities", "towns", "villages", "parts")
)
_GARBLED: Final = (
    "safety forces",
    "safety personnel",
    "components of the nation",
    "components of the country",
    "authorities forces",
    "they management",
    "we management",
    "it management",
    "he management",
    "fight mission",
    "the preventing",
    "nonetheless maintain",
    "protection forces",
    "self-destruction bomb*",
    "explosive laden car automobile",
    "terror mongers",
)

#: Trigger words, by category.
_CATEGORIES: Final = tuple(f"cue{i}" for i in range(len(_RULES)))
TRIGGERS: dict[str, tuple[str, ...]] = dict(zip(_CATEGORIES, (rule.words for rule in _RULES), strict=True))
TRIGGERS["sites"] = _SITE_NOUNS
TRIGGERS["twin"] = ("twin",)
TRIGGERS["garbled"] = _GARBLED
TRIGGERS["speaker_role"] = ("spokes*", "office", "chief", "head", "deputy", "aide", "adviser", "advisor")
TRIGGERS["foiled"] = (
    "seized",
    "defused",
    "found",
    "discovered",
    "recovered",
    "confiscated",
    "foiled",
    "dismantled",
    "arrested",
    "detained",
    "smuggl*",
    "manufactur*",
    "making",
    "prevented",
    "thwarted",
    "intercepted",
)

_WORD_END: Final = re.compile(r"[\w'’-]*", re.ASCII)
_SPEAKER_BEFORE: Final = _c(
    r"(?:spokes\w+|office|chief|head|deputy|aide|adviser|advisor)\s+(?:for|of"
    r"|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
)
_SPEAKER_AFTER: Final = _c(
    r"(?:'s|’s)?\s+(?:spokes\w+|office|chief|commander|said|told|says|sources?|officials?\s+said"
    r"|official\s+said)\b"
)
_DEFUSED: Final = _c(
    r"\b(?:seized|defused|found|discovered|recovered|confiscated|foiled|dismantled|arrested|detained"
    r"|smuggl\w+"
    r"|manufactur\w+|making|prevented|thwarted|intercepted)\b[^.;]{0,40}$"
)
_EXPLOSIVE_VALUES: Final = frozenset(("bombing", "explosives", "vehicle_bomb", "ied", "grenades"))


@dataclass(init=False, slots=True)
class Cue:
    """A cue word: its category (event, weapon, target, coordinated, sites), value and span."""

    category: str
    value: str
    start: int
    end: int

    def __init__(
        self,
        category: str,
        value: str,
        start: int,
        end: int,
    ) -> None:
        """Written out so that mypyc compiles it (a dataclass-made __init__ stays interpreted)."""
        self.category = category
        self.value = value
        self.start = start
        self.end = end


def _rule_cues(rule: _Rule, index: int, triggers: Triggers, start: int, end: int, cues: list[Cue]) -> None:
    """Append the cues of one rule (a plain loop, not a generator: it runs for every rule with triggers)."""
    low = triggers.low
    confirm, before = rule.confirm, rule.before
    explosive = rule.value in _EXPLOSIVE_VALUES
    target = rule.category == "target"
    for pos, stop in triggers.at(_CATEGORIES[index], start, end):
        if confirm is not None:
            confirmed = confirm.match(low, pos, end)
            if confirmed is None:
                continue
            stop = confirmed.end()
        elif before is not None:
            if before.search(low, max(start, pos - 30), pos) is None:
                continue
        else:
            word = _WORD_END.match(low, stop, end)  # `_span_end` written out
            stop = word.end() if word else stop
        if (
            explosive
            and triggers.has("foiled", max(start, pos - 60), pos)
            and _DEFUSED.search(low, max(start, pos - 60), pos)
        ):
            continue
        if rule.value == "grenades" and low.endswith("propelled ", 0, pos):
            continue
        if target and (
            _SPEAKER_AFTER.match(low, stop, end)
            or (
                triggers.has("speaker_role", max(start, pos - 50), pos)
                and _SPEAKER_BEFORE.search(low, max(start, pos - 50), pos)
            )
        ):
            continue
        cues.append(Cue(rule.category, rule.value, pos, stop))


def _site_cues(triggers: Triggers, start: int, end: int) -> Iterable[Cue]:
    low = triggers.low
    for pos, stop in triggers.at("sites", start, end):
        window = max(start, pos - 90)
        attacked = any(low.find(word, window, pos) >= 0 for word in _SITES_WORDS)
        found = _SITES_ATTACKED.search(low, window, pos) if attacked else None
        if found is None and low[pos:stop] in _SITES_IN_NOUNS:
            found = _SITES_IN.search(low, window, pos)
        if found is None:
            continue
        raw = found.group("n")
        parsed = parse_count(raw)
        if parsed is not None and not parsed[1] and 1 < parsed[0] <= 100 and raw.strip() not in ("a", "an"):
            yield Cue("sites", str(parsed[0]), found.start(), stop)
    for pos, stop in triggers.at("twin", start, end):
        yield Cue("sites", "2", pos, stop)


def find_cues(text: str, start: int, end: int, triggers: Triggers | None = None) -> list[Cue]:
    """Event, weapon, target, coordination and site cues in text[start:end], by category then position."""
    if triggers is None:
        from agents.extract.keywords import scan

        triggers = scan(text)
    cues: list[Cue] = []
    starts = triggers.starts
    for index, rule in enumerate(_RULES):
        if _CATEGORIES[index] in starts:
            _rule_cues(rule, index, triggers, start, end, cues)
    cues.extend(_site_cues(triggers, start, end))
    return cues


def garbled(text: str, start: int, end: int, triggers: Triggers | None = None) -> bool:
    """True when text[start:end] carries the marks of machine-spun wording ("safety forces")."""
    if triggers is None:
        from agents.extract.keywords import scan

        triggers = scan(text)
    return triggers.has("garbled", start, end)


def pick_event_type(values: Iterable[str]) -> EventType:
    """The most specific event type among cue values."""
    found = set(values)
    for event_type in EVENT_PRIORITY:
        if event_type in found:
            return event_type
    return "other"
