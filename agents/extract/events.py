"""Event cues: event types, weapons, targets, coordination, number of sites, and spun-text markers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from agents.extract.numbers import NUMBER, parse_count
from streams.records import EventType

__all__ = ["EVENT_PRIORITY", "Cue", "find_cues", "garbled", "pick_event_type"]

#: The more specific event type wins when an incident has cues for several.
EVENT_PRIORITY: tuple[EventType, ...] = (
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

_EVENTS: dict[str, str] = {
    "suicide_bombing": r"suicide\s+(?:bomb(?:er|ers|ing|ings)?|attack(?:er|ers|s)?|car\s+bomb\w*|vests?"
    r"|blasts?"
    r"|explosions?|truck|squad|mission|assault)|blew\s+(?:himself|herself|themselves)\s+up"
    r"|detonated\s+(?:his|her|their)\s+(?:explosives?\s+|suicide\s+)?vests?|explosive\s+vests?",
    "air_strike": r"air\s*strikes?|air\s+raids?|(?:air\s*force|military)\s+(?:air\s*)?strikes?"
    r"|drone\s+(?:strikes?|attacks?)|aerial\s+(?:bombardment|attacks?"
    r"|bombing)|(?:war\s*planes?|fighter\s+jets?|jets|helicopters?|gunships?|aircraft|drones?)"
    r"\s+(?:struck|bombed|hit|targeted|attacked|fired|pounded|strafed|carried\s+out)|air\s+attacks?",
    "bombing": r"bomb(?:s|ing|ings|ed|er|ers)?|blasts?|explosions?|explosive\s+devices?|IEDs?"
    r"|improvised\s+explosive"
    r"|land\s*mines?|grenades?|detonat\w+|exploded|(?:packed|laden|loaded|filled|rigged)\s+with\s+explosives"
    r"|explosives?[-\s]laden",
    "shelling": r"shell(?:ing|ed|s)|mortars?(?:\s+(?:rounds?|shells?|fire|attack))?|artillery"
    r"|rocket\s+(?:attacks?|fire)"
    r"|rockets?\s+(?:hit|struck|landed|slammed|fired)|fired\s+rockets|katyushas?",
    "abduction": r"abduct\w*|kidnap\w*|hostages?|taken\s+captive|held\s+captive",
    "assassination": r"assassinat\w*|targeted\s+killing",
    "armed_assault": r"attack(?:s|ed|ing)?|assault(?:s|ed)?|raid(?:s|ed)?|ambush(?:es|ed)?|storm(?:s|ed|ing)"
    r"|gunm[ae]n|opened\s+fire|shooting|shot\s+dead|gunned\s+down|offensive|massacre\w*"
    r"|fir(?:ed|ing)\s+(?:on|at)|beheaded|set\s+(?:ablaze|on\s+fire|fire\s+to)|torched",
    "territory_seized": r"(?:captured|seized|overran|overrun|took\s+over)\s+(?:control\s+of\s+)?(?:the\s+)?"
    r"(?:\w+\s+){0,3}?(?:district|town|city|village|base|headquarters|territory|districts|towns)"
    r"|fell\s+to\s+(?:the\s+)?(?:Taliban|militants|insurgents|al-Shabaab|jihadists|Islamic\s+State)"
    r"|(?:seized|took|taken|gained)\s+control",
    "armed_clash": r"clash(?:es|ed)?|fighting\s+(?:between|broke\s+out|erupted|raged|continued|continues"
    r"|with|in|"
    r"against)|heavy\s+fighting|gun\s*battles?|fire\s*fights?|exchange\s+of\s+fire|exchanged\s+fire"
    r"|skirmish\w*|battled?|shootout",
}
_WEAPONS: dict[str, str] = {
    "vehicle_bomb": r"car\s+bombs?|vehicle\s+bombs?|truck\s+bombs?|tanker\s+bombs?|VBIEDs?|vehicle-borne"
    r"|bomb-laden\s+(?:car|vehicle|"
    r"truck)s?|explosives?[-\s]laden\s+(?:vehicles?|cars?|trucks?|tankers?|lorr(?:y|ies)|minivans?)"
    r"|(?:car|vehicle|truck|tanker|minivan|lorry)s?\s+(?:packed|laden|loaded|filled|rigged)\s+with"
    r"\s+explosives|suicide\s+car\s+bomb\w*",
    "suicide_vest": r"suicide\s+vests?|explosive\s+vests?|blew\s+(?:himself|herself|themselves)\s+up"
    r"|suicide\s+bombers?",
    "ied": r"roadside\s+bombs?|IEDs?|improvised\s+explosive|land\s*mines?|magnetic\s+bombs?|sticky\s+bombs?"
    r"|remote[-\s]controlled\s+(?:bomb|device|explosive)s?|planted\s+(?:a\s+)?(?:bomb|explosive)s?",
    "explosives": r"bombs?|explosives?|explosions?|blasts?",
    "firearms": r"gunm[ae]n|gunfire|opened\s+fire|shot\s+dead|shooting|shot|rifles?|AK-47s?|machine\s*guns?"
    r"|small\s+arms|gun\s*battles?|fire\s*fights?|firing|gunned\s+down|shootout",
    "grenades": r"(?<!propelled\s)grenades?",
    "rockets": r"rockets?|RPGs?|rocket-propelled\s+grenades?",
    "mortars": r"mortars?",
    "artillery": r"artillery|shell(?:ing|ed|s)",
    "aircraft": r"air\s*strikes?|war\s*planes?|fighter\s+jets?|helicopters?|gunships?|aircraft|air\s+raids?",
    "drone": r"drones?",
    "knives": r"knives|knife|stabb\w+|machetes?|hacked",
    "arson": r"set\s+(?:ablaze|on\s+fire|fire\s+to)|torched|burn(?:ed|t)\s+down",
}
_TARGETS: dict[str, str] = {
    "police": r"police\s+(?:stations?|posts?|checkpoints?|headquarters|compound|vehicles?|vans?|convoy"
    r"|officers?|patrols?"
    r"|academy|training\s+(?:centre|center))|policem[ae]n|police|constables?|cops?",
    "security_forces": r"soldiers?|troops|army|military\s+(?:bases?|posts?|convoy|camps?|checkpoints?"
    r"|vehicles?|barracks)"
    r"|checkpoints?|security\s+(?:posts?|forces|personnel|checkpoints?|officials)|intelligence"
    r"\s+(?:officers?|agents?|agency|compound|office|headquarters|service)|peacekeepers|AMISOM|ATMIS"
    r"|militia(?:s|men)?|barracks|(?:army|military|air|naval)\s+base|outposts?|convoy|border\s+guards?"
    r"|paramilitar\w+|Frontier\s+Corps|commandos?",
    "government": r"governors?|district\s+(?:compound|headquarters|office|centre|center|government|chief"
    r"|governor)"
    r"|government\s+(?:compound|buildings?|offices?|officials?|employees|workers|interests)|ministry"
    r"|parliament|lawmakers?|courthouse|judges?|polling\s+(?:stations?|centres?)",
    "civilians": r"civilians?|markets?|bazaars?|villagers?|villages?|residents?|passengers?|bus|shoppers"
    r"|wedding|funeral"
    r"|mourners|farmers|fishermen|families|homes|camp\s+for\s+(?:the\s+)?displaced|IDP\s+camps?",
    "religious": r"mosques?|churches?|shrines?|madrass?as?|seminar(?:y|ies)|worshipp?ers|clerics?|imams?"
    r"|pilgrims|prayers",
    "journalists": r"journalists?|cameram[ae]n|media\s+(?:workers?|offices?)|photographers?|TV\s+station"
    r"|radio\s+station",
    "education": r"schools?|students?|universit(?:y|ies)|colleges?|teachers?|classrooms?",
    "health": r"vaccinators?|health\s+workers?|(?:on|stormed|struck|hit|bombed)\s+(?:a"
    r"|the)\s+(?:\w+\s+)?(?:hospital|clinic)",
    "aid_workers": r"aid\s+workers?|humanitarian\s+(?:workers?|convoy|staff)|NGO\s+(?:workers?|staff|office)",
    "foreign": r"embass(?:y|ies)|consulates?|foreign\s+(?:troops|forces|nationals)|NATO|diplomats?"
    r"|U\.?S\.?\s+(?:troops|forces|soldiers)",
    "infrastructure": r"pipelines?|power\s+(?:lines?|stations?|pylons?|grid)|telecom\w*\s+towers?|bridges?"
    r"|oil\s+(?:fields?|wells?|facilit(?:y|ies))",
}
_COORDINATED = (
    r"coordinated|co-ordinated|simultaneous(?:ly)?|near-simultaneous|(?:series|wave"
    r"|string)\s+of\s+(?:\w+\s+){0,2}"
    r"(?:attacks|blasts|explosions|bombings|assaults|raids)|twin\s+(?:\w+\s+)?(?:attacks|bombings|blasts"
    r"|explosions"
    r"|suicide)|multiple\s+(?:\w+\s+)?(?:attacks|blasts|explosions|bombings)"
    r"|double\s+(?:suicide\s+)?(?:bombing|blast"
    r"|attack)s?"
)
_SITE_NOUNS = (
    r"(?:police\s+stations|stations|checkpoints|posts|bases|villages|towns|locations|sites|places|districts"
    r"|provinces"
    r"|mosques|churches|schools|outposts|positions|targets|areas|cities|states|buildings|compounds|camps"
    r"|parts)"
)
_SITES = (
    rf"(?:attacks?|raids?|assaults?|strikes?|bombings?|blasts?|explosions?|stormed|targeted|hit)\s+(?:on"
    rf"|against|"
    rf"targeting|at|in)?\s*(?:the\s+)?(?:\w+\s+){{0,2}}?(?P<sn>{NUMBER})\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_SITE_NOUNS}\b"
    rf"|\bin\s+(?P<sn2>{NUMBER})\s+(?:[\w-]+\s+)?(?:provinces|districts|states|locations|cities|towns"
    rf"|villages"
    rf"|different\s+parts|parts)\b"
    rf"|\btwin\b"
)
_GARBLED = (
    r"safety\s+(?:forces|personnel)|components\s+of\s+the\s+(?:nation|country)|authorities\s+forces"
    r"|\b(?:they|we|it|he)\s+management\b|\bfight\s+mission|\bthe\s+preventing\b|nonetheless\s+maintain"
    r"|protection\s+forces|self-?destruction\s+bomb\w*|explosive\s+laden\s+car\s+automobile|terror\s+mongers"
)


def _alternation(table: dict[str, str]) -> tuple[re.Pattern[str], list[str]]:
    names = list(table)
    body = "|".join(f"(?P<g{i}>{table[name]})" for i, name in enumerate(names))
    return re.compile(rf"(?i)(?<![\w-])(?:{body})(?![\w-])"), names


_EVENT_RE, _EVENT_NAMES = _alternation(_EVENTS)
_WEAPON_RE, _WEAPON_NAMES = _alternation(_WEAPONS)
_TARGET_RE, _TARGET_NAMES = _alternation(_TARGETS)
_COORDINATED_RE = re.compile(rf"(?i)\b(?:{_COORDINATED})\b")
_SITES_RE = re.compile(rf"(?i)\b(?:{_SITES})")
_GARBLED_RE = re.compile(rf"(?i)(?:{_GARBLED})")
_SPEAKER_BEFORE = re.compile(
    r"(?i)(?:spokes\w+|office|chief|head|deputy|aide|adviser|advisor)\s+(?:for|of"
    r"|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
)
_SPEAKER_AFTER = re.compile(
    r"(?i)(?:'s|’s)?\s+(?:spokes\w+|office|chief|commander|said|told|says|sources?"
    r"|officials?\s+said|official\s+said)\b"
)
_DEFUSED = re.compile(
    r"(?i)\b(?:seized|defused|found|discovered|recovered|confiscated|foiled|dismantled|arrested|detained"
    r"|smuggl\w+"
    r"|manufactur\w+|making|prevented|thwarted|intercepted)\b[^.;]{0,40}$"
)


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue word: its category (event, weapon, target, coordinated, sites), value and span."""

    category: str
    value: str
    start: int
    end: int


def _table_cues(
    pattern: re.Pattern[str], names: list[str], category: str, text: str, start: int, end: int
) -> Iterable[Cue]:
    for match in pattern.finditer(text, start, end):
        assert match.lastgroup is not None
        value = names[int(match.lastgroup[1:])]
        if value in ("bombing", "explosives", "vehicle_bomb", "ied", "grenades") and _DEFUSED.search(
            text, max(start, match.start() - 60), match.start()
        ):
            continue
        if category == "target" and (
            _SPEAKER_BEFORE.search(text, max(start, match.start() - 50), match.start())
            or _SPEAKER_AFTER.match(text, match.end(), end)
        ):
            continue
        yield Cue(category, value, match.start(), match.end())


def find_cues(text: str, start: int, end: int) -> list[Cue]:
    """Event, weapon, target, coordination and site cues in text[start:end], in order of category."""
    cues = list(_table_cues(_EVENT_RE, _EVENT_NAMES, "event", text, start, end))
    cues.extend(_table_cues(_WEAPON_RE, _WEAPON_NAMES, "weapon", text, start, end))
    cues.extend(_table_cues(_TARGET_RE, _TARGET_NAMES, "target", text, start, end))
    for match in _COORDINATED_RE.finditer(text, start, end):
        cues.append(Cue("coordinated", "true", match.start(), match.end()))
    for match in _SITES_RE.finditer(text, start, end):
        raw = match.group("sn") or match.group("sn2")
        if raw is None:
            cues.append(Cue("sites", "2", match.start(), match.end()))
            continue
        parsed = parse_count(raw)
        if (
            parsed is not None
            and not parsed[1]
            and 1 < parsed[0] <= 100
            and raw.strip().lower() not in ("a", "an")
        ):
            cues.append(Cue("sites", str(parsed[0]), match.start(), match.end()))
    return cues


def garbled(text: str, start: int, end: int) -> bool:
    """True when text[start:end] carries the marks of machine-spun wording ("safety forces")."""
    return _GARBLED_RE.search(text, start, end) is not None


def pick_event_type(values: Iterable[str]) -> EventType:
    """The most specific event type among cue values."""
    found = set(values)
    for event_type in EVENT_PRIORITY:
        if event_type in found:
            return event_type
    return "other"
