"""Units of text (sentences, or a sentence's parts around a background cue) with everything found in them.

A dataset header before the first event sentence ("Yobe State, Damaturu. 20 March 2018.") is read as part of
the event: its place and date count. A lead that sums several attacks ("Two separate attacks ... killed 11")
is marked `summary` so that its total is not any one incident's figure.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from operator import attrgetter
from typing import Final, TypeVar

from agents.extract.actors import (
    GroupHit,
    as_victim,
    claim_state,
    cleared,
    disowned,
    find_groups,
    negated_at,
    not_actor,
)
from agents.extract.casualties import AttackerHit, FigureHit, fighters_side, read_sentence
from agents.extract.dates import DateHit, find_dates, shift
from agents.extract.events import Cue, find_cues
from agents.extract.lexicon import Triggers
from agents.extract.places import LEVEL, Place, event_places
from agents.extract.sentences import Sentence, split
from agents.extract.sources import Attribution, Speakers
from agents.extract.text import Block, Body, field_row
from agents.geo import Gazetteer

__all__ = ["TRIGGERS", "Unit", "read_units"]

_T = TypeVar("_T")

#: Trigger words, by category.
TRIGGERS: Final[dict[str, tuple[str, ...]]] = {
    "separate": (
        "in a separate",
        "in another attack",
        "in another incident",
        "in another bombing",
        "in another assault",
        "in another raid",
        "in another province",
        "in another development",
        "separately",
        "elsewhere",
        "hours later",
        "later that day",
        "later the same day",
        *(
            f"a separate {noun}"
            for noun in ("attack", "blast", "bombing", "explosion", "car bomb", "raid", "assault", "incident")
        ),
        #: "a second sticky bomb went off under a minibus in Dasht-e-Barchi": another attack when it names
        #: another spot (the segmenter checks the spot).
        *(
            f"a second {noun}"
            for noun in ("bomb", "sticky bomb", "magnetic bomb", "roadside bomb", "car bomb", "attack")
        ),
    ),
    "shared": (
        *(
            f"{n} {noun}"
            for n in ("both", "the two", "all three", "all four", "all five", "all the")
            for noun in ("attacks", "bombings", "incidents", "blasts", "assaults", "explosions", "raids")
        ),
        "either attack",
        "either incident",
        "either bombing",
    ),
    "summary": tuple(
        f"separate {noun}"
        for noun in (
            "attacks",
            "incidents",
            "bombings",
            "blasts",
            "assaults",
            "explosions",
            "raids",
            "ambushes",
        )
    ),
    "several": tuple(
        f"{n} {kind}{noun}"
        for n in ("two", "three", "four", "five", "six", "twin", "multiple")
        for kind in ("", "suicide ", "bomb ", "separate ", "coordinated ", "deadly ", "militant ")
        for noun in ("attacks", "bombings", "blasts", "explosions", "raids", "ambushes", "assaults")
    ),
    "alike": ("a similar", "an identical", "another such", "a like"),
    "series": (
        "series of",
        "spate of",
        "wave of",
        "string of",
        "campaign of",
        "recent months",
        "recent weeks",
    ),
    "backref": (
        "had",
        "that attack",
        "that assault",
        "that raid",
        "that bombing",
        "that blast",
        "the earlier",
        "the previous",
        "the last",
        #: A response to an earlier attack: "retaliation for a rocket attack on Saturday".
        *("retaliation for", "reprisal for", "revenge for", "to avenge", "responded to", "in response to"),
    ),
    #: A later count of the same toll ("the death toll had risen to 32"): its day is when it was said.
    "revision": (
        *(f"{verb} to" for verb in ("rose", "risen", "rises", "climbed", "climbs", "jumped", "went up")),
        "gone up to",
        *(f"{verb} the" for verb in ("taking", "bringing", "raising", "pushing")),
        "one more",
        "succumbed",
        "so far",
    ),
    #: The aftermath of an attack: care of the wounded, burial of the dead (no place or day of its own).
    "aftermath": (
        *("hospital*", "clinic*", "buried", "burial*", "funeral*", "laid to rest"),
        *(f"{verb} to" for verb in ("shifted", "airlifted", "rushed", "evacuated", "transferred")),
        *("referred to", "taken to"),
    ),
    #: A correction note repeating the story ("An earlier version of this story said ...").
    "correction": (
        "correction",
        "corrects",
        "has been corrected",
        *(f"an earlier version of this {noun}" for noun in ("story", "article", "report")),
    ),
    #: A court's sentence ("sentenced two men to death"): no casualties, no incident of its own.
    "sentence": ("sentenced", "sentencing", "convicted", "acquitted", "found guilty"),
    #: A device made safe or that failed ("defused a roadside bomb"): an incident with no casualties.
    "defused": ("defused", "defuse", "defusing", "failed to explode", "did not explode", "before it could"),
    #: Something blown up ("blew up an electricity pylon", "had been blown up"): an event told.
    "blown": ("blew up", "blown up", "blowing up"),
    #: An earlier attack by its month: "since January, when ...", "in a March ambush".
    "past_month": tuple(
        f"{lead} {month}"
        for lead in ("since", "in a", "in an")
        for month in (
            *("january", "february", "march", "april", "may", "june", "july", "august", "september"),
            *("october", "november", "december"),
        )
    ),
}
_NOTHING: Final[tuple[list[FigureHit], list[AttackerHit], list[tuple[int, int]]]] = ([], [], [])
_QUOTES: Final = frozenset("\"“‘'")
_WORD: Final = re.compile(r"[A-Za-z0-9][\w'’-]*", re.ASCII)
_HAD: Final = re.compile(r"had\s+(?:been|\w+ed)\b", re.ASCII)
_SAID_BEFORE: Final = re.compile(
    r"(?i)\b(?:said|says|told|announced|confirmed|reported|added|stated|officials?|police|ministry|spokes\w+"
    r"|statement|sources?|military|army"
    r"|(?:rose|risen|climbed|jumped|increased|reached)\s+(?:to\s+)?(?:at\s+least\s+|more\s+than\s+)?[\w-]+)"
    r"\s+(?:(?:reporters|journalists)\s+)?(?:(?:late|early)\s+)?(?:on\s+)?$",
    re.ASCII,
)
_HEADER_WORDS: Final = frozenset(
    (
        *("province", "state", "governorate", "district", "region", "city", "county", "area", "town"),
        *("village", "desert", "countryside", "of", "the", "near", "and", "al", "el"),
        *("valley", "airport", "camp", "road", "highway", "market", "outskirts"),
    )
)
_HEADER_MAX: Final = 60
_SAID_AFTER: Final = re.compile(r"(?i)\s*,?\s*(?:said|told|announced|confirmed|reported)\b", re.ASCII)
#: A place the wounded were taken to: "shifted to a hospital in Kabul", "airlifted to Rawalpindi".
_CARE_BEFORE: Final = re.compile(
    r"(?i)(?:\b(?:to|at|in)\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?(?:hospital|clinic|medical\s+cent(?:re|er))s?"
    r"\s+(?:in|at|of)\s+(?:the\s+)?|\b(?:shifted|airlifted|taken|rushed|evacuated|transferred|referred|flown"
    r"|buried)\s+(?:to|in)\s+(?:the\s+)?)$",
    re.ASCII,
)
#: "at the Kabul emergency hospital": a hospital named by its town.
_CARE_AT: Final = re.compile(r"(?i)\b(?:at|to|in)\s+the\s+$", re.ASCII)
_CARE_AFTER: Final = re.compile(r"(?i)(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+(?:hospital|clinic)", re.ASCII)
#: "since January, when a double bombing killed 32": a clause about an earlier attack.
_SINCE_WHEN = re.compile(r"since\s+(?P<month>[a-z]+)(?:\s+(?P<year>\d{4}))?\s*,?\s+when\b", re.ASCII)
#: "In a March ambush on the same road": an earlier attack.
_IN_A_MONTH: Final = re.compile(
    r"in\s+an?\s+(?P<month>[a-z]+)\s+(?:[a-z-]+\s+){0,2}?(?:attack|ambush|bombing|blast|raid|strike|assault"
    r"|explosion|massacre|shooting)s?\b",
    re.ASCII,
)
_MONTH_NUMBERS: Final = {
    name: n
    for n, name in enumerate(
        (
            *("january", "february", "march", "april", "may", "june", "july", "august", "september"),
            *("october", "november", "december"),
        ),
        start=1,
    )
}
#: A log or report field naming where or when the event was: "Place: ...", "Date of occurrence: ...".
_FIELD: Final = re.compile(
    r"\W{0,3}(?:#\d+\s+)?(?:date(?:[ _]of[ _](?:occurrence|incident|event))?|event[ _]date|place(?:[ _]of[ _]"
    r"(?:occurrence|incident))?|location|province|district|governorate|region|state|country|county|lga|tehsil"
    r"|sub-?district|admin\s?[12]|town|village|city)\s*:\s*\S",
    re.ASCII | re.IGNORECASE,
)
#: A verb addressing a government by its capital: "urging Tehran", "called on Kabul".
_ADDRESSED: Final = re.compile(
    r"(?:urg(?:ing|ed|es?)|call(?:ing|ed|s)?\s+on|accus(?:ing|ed|es?)|warn(?:ing|ed|s)?|press(?:ing|ed))\s+$",
    re.ASCII,
)
_ADDRESS_ENDS: Final = frozenset(("ng ", "ed ", "on ", "es ", "ge ", "se ", "ns ", "ls ", "ss "))
_BULLETS: Final = frozenset("•▪◦‣●*-–—·")
#: A live blog entry's time stamp opening a paragraph: "16:20 - ...", "07:40 EAT - ...", "0915 GMT: ...".
_STAMP = re.compile(r"\d{1,2}[:.h]?\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4}))?\s*[-–—:|]\s", re.ASCII)
#: A bullet's leading label: "• Tank: Gunmen kidnapped ...".
_LABEL: Final = re.compile(r"\W{1,3}(?P<name>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3})\s*:\s", re.ASCII)


@dataclass(init=False, slots=True)
class Unit:
    """A sentence or part of one, with the cues, places, dates, figures and groups found in it."""

    start: int
    end: int
    sentence: Sentence
    speakers: list[Attribution]
    places: list[Place]
    hints: list[Place]
    dates: list[DateHit]
    background: DateHit | None
    figures: list[FigureHit]
    attackers: list[AttackerHit]
    groups: list[GroupHit]
    claims: list[tuple[bool, int, int]]
    cues: list[Cue]
    anchor: bool
    garbled: bool
    backref: bool
    separate: bool
    shared: bool
    #: Provinces this unit places an event in.
    admin1: set[str]
    #: Countries of this unit's places.
    countries: set[str]
    #: The unit sums several separate attacks ("Two separate attacks ... killed 11 people on Thursday").
    summary: bool = False
    #: The unit is a dataset header (places and a date before the first event sentence).
    header: bool = False
    #: The unit opens a bulleted paragraph ("• Lakki Marwat: A bomb hit a police van").
    bullet: bool = False
    #: The unit ends in a colon and introduces a bulleted list ("Three attacks were reported, police said:").
    intro: bool = False
    #: The unit speaks of several attacks by number ("18 were killed in two suicide bombings").
    several: bool = False
    #: The unit likens its event to the one told before ("a similar strike on June 14 killed two").
    alike: bool = False
    #: The unit tells of a run of attacks, not one ("a series of attacks in Kabul in recent months").
    series: bool = False
    #: The unit opens a live blog's time-stamped entry ("16:20 - A blast at a checkpoint in Wadajir").
    entry: bool = False
    #: The unit revises the toll ("police said the toll had risen to 32"): a day in it is when it was said.
    revision: bool = False
    #: The unit tells of the aftermath ("11 bodies were buried on Wednesday"): a day in it is not the event's.
    aftermath: bool = False

    def __init__(
        self,
        start: int,
        end: int,
        sentence: Sentence,
        speakers: list[Attribution],
        places: list[Place],
        hints: list[Place],
        dates: list[DateHit],
        background: DateHit | None,
        figures: list[FigureHit],
        attackers: list[AttackerHit],
        groups: list[GroupHit],
        claims: list[tuple[bool, int, int]],
        cues: list[Cue],
        anchor: bool,
        garbled: bool,
        backref: bool,
        separate: bool,
        shared: bool,
        admin1: set[str],
        countries: set[str],
        summary: bool = False,
        header: bool = False,
        bullet: bool = False,
        intro: bool = False,
        several: bool = False,
        alike: bool = False,
        series: bool = False,
        entry: bool = False,
        revision: bool = False,
        aftermath: bool = False,
    ) -> None:
        """Written out so that mypyc compiles it (a dataclass-made __init__ stays interpreted)."""
        self.start = start
        self.end = end
        self.sentence = sentence
        self.speakers = speakers
        self.places = places
        self.hints = hints
        self.dates = dates
        self.background = background
        self.figures = figures
        self.attackers = attackers
        self.groups = groups
        self.claims = claims
        self.cues = cues
        self.anchor = anchor
        self.garbled = garbled
        self.backref = backref
        self.separate = separate
        self.shared = shared
        self.admin1 = admin1
        self.countries = countries
        self.summary = summary
        self.header = header
        self.bullet = bullet
        self.intro = intro
        self.several = several
        self.alike = alike
        self.series = series
        self.entry = entry
        self.revision = revision
        self.aftermath = aftermath

    def event_values(self) -> list[str]:
        """The event types this unit's cues point to."""
        return [c.value for c in self.cues if c.category == "event"]


def _between(items: list[_T], starts: list[int], lo: int, hi: int) -> list[_T]:
    """The items (sorted by their `starts`) that start in [lo, hi)."""
    return items[bisect_left(starts, lo) : bisect_left(starts, hi)]


def _parts(
    text: str, sentence: Sentence, splits: list[DateHit], split_starts: list[int]
) -> list[tuple[int, int]]:
    """A sentence's spans: whole, or split where a clause about an earlier event begins."""
    inside = _between(splits, split_starts, sentence.start, sentence.end)
    cue = inside[0] if inside else None
    if cue is None:
        return [(sentence.start, sentence.end)]
    if cue.start - sentence.start <= 3:
        comma = text.find(",", cue.end, sentence.end)
        if comma < 0:
            return [(sentence.start, sentence.end)]
        return [(sentence.start, comma + 1), (comma + 1, sentence.end)]
    return [(sentence.start, cue.start), (cue.start, sentence.end)]


def _dated_clauses(
    text: str, parts: list[tuple[int, int]], dates: list[DateHit], date_starts: list[int]
) -> list[tuple[int, int]]:
    """The parts split again where a dated clause is followed, after a semicolon, by one that opens with its
    own day ("on 4 October a bomb ...; on 10 October gunmen ...")."""
    found: list[tuple[int, int]] = []
    for lo, hi in parts:
        cut = lo
        semi = text.find(";", lo, hi)
        while semi >= 0:
            head = semi + 1
            while head < hi and text[head].isspace():
                head += 1
            if text.startswith("and ", head):
                head += 4
            near = dates[bisect_left(date_starts, head) : bisect_left(date_starts, head + 4)]
            told = dates[bisect_left(date_starts, cut) : bisect_left(date_starts, semi)]
            if told and near and any(not d.background and d.date is not None for d in near):
                found.append((cut, semi + 1))
                cut = semi + 1
            semi = text.find(";", semi + 1, hi)
        found.append((cut, hi))
    return found


#: The marks that open a clause about another place: "..., while in Baidoa, a bomb wounded three".
_ELSEWHERE_MARKS: Final = (
    ", while in ",
    ", whereas in ",
    "; in ",
    "; and in ",
    "; meanwhile, in ",
    "; while in ",
)


_BACK_WORDS: Final = ("the ", "that ", "this ", "its ")
#: Words of a denial, to skip looking for one in most articles.
_DENIAL_WORDS: Final = re.compile(
    r"deni|deny|disown|distanced|rejected|nothing to do|no (?:role|part|hand|involvement|link)"
    r"|not (?:involved|behind|responsible)",
    re.ASCII,
)
#: An attack named by its day, as one already known: "blames the TTP for a March 16 attack".
_DATED_BEFORE: Final = re.compile(r"(?i)\b(?:for|over|after|since|in|of)\s+(?:a|an|the)\s+$", re.ASCII)
_DATED_AFTER: Final = re.compile(
    r"(?i)\s+(?:\w+\s+)?(?:attack|assault|bombing|blast|raid|ambush|killing|strike|massacre|explosion)s?\b",
    re.ASCII,
)


def _dated_event(text: str, hits: list[DateHit]) -> bool:
    """True when a day names an attack already known ("for a March 16 attack")."""
    return any(
        h.date is not None
        and _DATED_AFTER.match(text, h.end) is not None
        and _DATED_BEFORE.search(text, max(0, h.start - 12), h.start) is not None
        for h in hits
    )


def _placed_clauses(
    text: str, parts: list[tuple[int, int]], places: list[Place], place_starts: list[int], told_at: list[int]
) -> list[tuple[int, int]]:
    """The parts split again where a clause opens with a place in another province than the one told before
    and tells a toll or a killing of its own (`told_at`: where the sentence's figures and event verbs are):
    "gunmen shot dead a volunteer in Hawl Wadag, while in Baidoa, Bay region, a bomb wounded three"."""
    found: list[tuple[int, int]] = []
    for lo, hi in parts:
        cut = lo
        for mark in _ELSEWHERE_MARKS:
            at = text.find(mark, cut, hi)
            while at >= 0:
                head = at + len(mark)
                near = places[bisect_left(place_starts, head) : bisect_left(place_starts, head + 2)]
                told = {
                    p.location.admin1_code
                    for p in places[bisect_left(place_starts, cut) : bisect_left(place_starts, at)]
                    if not p.hint and p.location.admin1_code
                }
                there = near[0].location.admin1_code if near and not near[0].hint else None
                if told and there and there not in told and any(head <= at_ < hi for at_ in told_at):
                    found.append((cut, at + 1))
                    cut = at + 1
                at = text.find(mark, head, hi)
        found.append((cut, hi))
    return found


def _past_months(found: Triggers, dates: list[DateHit], ref: dt.date | None) -> list[DateHit]:
    """The dates with background cues for earlier attacks named by their month ("since January, when a
    double suicide bombing killed 32" opens a clause; "In a March ambush ..." marks its sentence)."""
    extra: list[DateHit] = []
    low = found.low
    for pos, _ in found.every("past_month"):
        if ref is None or any(d.start <= pos < d.end or pos <= d.start < pos + 12 for d in dates):
            continue
        since = _SINCE_WHEN.match(low, pos)
        match = since or _IN_A_MONTH.match(low, pos)
        if match is None:
            continue
        number = _MONTH_NUMBERS[match.group("month")]
        given = match.group("year") if since is not None else None
        year = int(given) if given else ref.year - (1 if number > ref.month else 0)
        if (year, number) >= (ref.year, ref.month):
            continue
        split = since is not None
        day = dt.date(year, number, 1)
        extra.append(DateHit(pos, match.end(), day, None, "approximate", background=True, split=split))
    return sorted(dates + extra, key=attrgetter("start")) if extra else dates


def _corrections(found: Triggers, blocks: Sequence[Block]) -> set[int]:
    """Indexes of the paragraphs that are correction notes: they repeat the story, they tell no incident."""
    if len(blocks) < 2:
        return set()
    notes: set[int] = set()
    low = found.low
    for block in blocks:
        for pos, stop in found.at("correction", block.start, block.end):
            if low[pos:stop] != "correction" or pos == block.start:
                notes.add(block.index)
                break
    return notes if len(notes) < len(blocks) else set()


def _verdict(found: Triggers, lo: int, hi: int) -> int | None:
    """Where a court's sentence begins in a unit ("sentenced two men to death"); figures and event words
    after it are the charge, not an event."""
    hits = found.at("sentence", lo, hi)
    return hits[0][0] if hits else None


def _header(text: str, sentence: Sentence) -> bool:
    """A short dataset header of places and dates ("Yobe State, Damaturu.", "14 October 2020.")."""
    if sentence.end - sentence.start > _HEADER_MAX:
        return False
    words = _WORD.findall(text, sentence.start, sentence.end)
    return (
        bool(words)
        and len(words) <= 8
        and all(w[0].isupper() or w[0].isdigit() or w in _HEADER_WORDS for w in words)
    )


def scan(text: str) -> Triggers:
    """All trigger words of an article (the shared lexicon)."""
    from agents.extract.keywords import scan as scan_all

    return scan_all(text)


def _reported_on(text: str, hit: DateHit, lo: int) -> bool:
    """True for the day something was said ("officials said on Monday"), not the day it happened."""
    if hit.end_date is not None:
        return False
    return bool(
        _SAID_BEFORE.search(text, max(lo, hit.start - 40), hit.start) or _SAID_AFTER.match(text, hit.end)
    )


def _only(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with everything outside the spans blanked (same length), for a cheaper place scan."""
    pieces: list[str] = []
    reached = 0
    for lo, hi in spans:
        pieces.append(" " * (lo - reached))
        pieces.append(text[lo:hi])
        reached = hi
    pieces.append(" " * (len(text) - reached))
    return "".join(pieces)


def _cared(text: str, place: Place, lo: int) -> bool:
    """True for a place the wounded were taken to or the dead buried in, not where the event was."""
    if _CARE_BEFORE.search(text, max(lo, place.start - 60), place.start):
        return True
    return bool(
        _CARE_AT.search(text, max(lo, place.start - 8), place.start)
        and _CARE_AFTER.match(text, place.end, place.end + 40)
    )


#: "In a separate statement": a separate message, not a separate attack.
_MESSAGES: Final = frozenset(
    (
        "message",
        "statement",
        "post",
        "tweet",
        "interview",
        "briefing",
        "communique",
        "video",
        "audio",
        "report",
    )
)


def _separate(found: Triggers, lo: int, hi: int) -> bool:
    """True when the unit tells of a separate attack ("in a separate attack", "elsewhere")."""
    for pos, stop in found.at("separate", lo, hi):
        if not found.low.startswith("in a separate", pos):
            return True
        words = found.low[stop : stop + 16].split()
        if not words or words[0].strip(",.;:") not in _MESSAGES:
            return True
    return False


def _quote_open(text: str, lo: int, hi: int, inside: bool) -> bool:
    """Whether a quotation is still open after text[lo:hi], given whether one was open before it."""
    opening, closing = text.rfind("“", lo, hi), text.rfind("”", lo, hi)
    if opening >= 0 or closing >= 0:
        return opening > closing
    return inside != (text.count('"', lo, hi) % 2 == 1)


def _off_route(text: str, places: list[Place]) -> list[Place]:
    """The places without those a hyphen ties into a longer name: the ends of a route ("towers on the
    Baiji-Kirkuk line had been blown up in Hawija district": Hawija; "the al-Sukhnah-Deir ez-Zor road in the
    eastern Homs desert": Homs) or a neighbourhood ("the Hawl-wadaag neighbourhood of Baidoa": Baidoa), unless
    such places are all there is."""
    ends = {p.start for p in places if not p.hint and _hyphenated(text, p.start, p.end)}
    if not ends or all(p.start in ends or p.hint for p in places):
        return places
    return [p for p in places if p.start not in ends]


def _hyphenated(text: str, start: int, end: int) -> bool:
    """True when a hyphen joins the name to a word after it, or to a capitalised word of four or more
    letters before it ("al-Sukhnah-Deir ez-Zor"; not the article of "al-Qaim")."""
    if end + 1 < len(text) and text[end] in "-–" and text[end + 1].isalpha():
        return True
    if start < 5 or text[start - 1] not in "-–":
        return False
    words = text[max(0, start - 30) : start - 1].split()
    word = words[-1].rsplit("-", 1)[-1] if words else ""
    return len(word) >= 3 and word[0].isupper() and word.isalpha()


def _addressed(text: str, place: Place, lo: int) -> bool:
    """True for a capital named for its government ("urging Tehran to act", "accused Kabul of")."""
    return bool(_ADDRESSED.search(text, max(lo, place.start - 16), place.start))


def _backref(triggers: Triggers, lo: int, hi: int) -> bool:
    for pos, stop in triggers.at("backref", lo, hi):
        if triggers.low[pos:stop] != "had" or _HAD.match(triggers.low, pos, hi):
            return True
    return False


def _headers(text: str, sentences: list[Sentence], anchors: list[tuple[int, int]]) -> list[Sentence]:
    """The header sentences of the first paragraph before its first event sentence (a date among them)."""
    first_anchor = anchors[0][0] if anchors else -1
    found: list[Sentence] = []
    for sentence in sentences:
        if sentence.block != 0 or sentence.start >= first_anchor or not _header(text, sentence):
            break
        found.append(sentence)
    if not any(c.isdigit() for s in found for c in text[s.start : s.end]):
        return []
    return found


def _bulleted(text: str, blocks: Sequence[Block]) -> set[int]:
    """Indexes of the paragraphs that are list items: a bullet mark and a space open them."""
    return {
        b.index
        for b in blocks
        if text[b.start] in _BULLETS and b.end - b.start > 2 and text[b.start + 1].isspace()
    }


def _labels(
    text: str, blocks: Sequence[Block], bulleted: set[int], places: list[Place], gazetteer: Gazetteer
) -> list[Place]:
    """Places named only by a list item's label ("• Tank: ..."), read in the article's main country."""
    votes = Counter(p.location.country_code for p in places if not p.hint)
    country = votes.most_common(1)[0][0] if votes else None
    found: list[Place] = []
    for block in blocks:
        if block.index not in bulleted:
            continue
        label = _LABEL.match(text, block.start, min(block.end, block.start + 60))
        if label is None or any(block.start <= p.start < label.end() for p in places):
            continue
        name = label.group("name")
        location = gazetteer.resolve(name, country) if country else None
        if location is None or location.precision == "country":
            continue
        lo, hi = label.span("name")
        found.append(Place(lo, hi, name, location, LEVEL[location.precision]))
    return found


def read_units(
    body: Body, gazetteer: Gazetteer, ref: dt.date | None, triggers: Triggers | None = None
) -> list[Unit]:
    """Split the body into units and read every cue in them."""
    text = body.text
    found = triggers if triggers is not None else scan(text)
    sentences = split(text, body.blocks)
    if not sentences:
        return []
    first, last = body.blocks[0].start, body.blocks[-1].end
    groups = find_groups(text, first, last, found)
    dates = find_dates(text, first, last, ref, found)
    if "past_month" in found.starts:
        dates = _past_months(found, dates, ref)
    cues = sorted(find_cues(text, first, last, found), key=attrgetter("start"))
    cue_starts = [c.start for c in cues]
    spans = [(s.start, s.end) for s in sentences]
    read = [
        read_sentence(text, s.start, s.end, found) if verb or bodies or attacker else _NOTHING
        for s, verb, bodies, attacker in zip(
            sentences,
            found.in_spans("verb", spans),
            found.in_spans("bodies", spans),
            found.in_spans("attacker", spans),
            strict=True,
        )
    ]
    events = [c.start for c in cues if c.category == "event"]
    defusing = found.in_spans("defused", spans)
    if "blown" in found.starts:
        defusing = [d or b for d, b in zip(defusing, found.in_spans("blown", spans), strict=True)]
    anchors = [
        (s.start, s.end)
        for s, (figures, _, verbs), defused in zip(sentences, read, defusing, strict=True)
        if figures or verbs or defused or _between(events, events, s.start, s.end)
    ]
    headers = _headers(text, sentences, anchors)
    bars = "|" in text
    fields = [
        s
        for s in sentences
        if (
            (text.find(":", s.start, min(s.end, s.start + 24)) >= 0 and _FIELD.match(text, s.start, s.end))
            or (bars and field_row(text, s.start, s.end))
        )
        and s not in headers
    ]
    if fields:
        # A field line that tells of the event itself (figures, an event word) is no header.
        told = set(anchors)
        headers = headers + [s for s in fields if (s.start, s.end) not in told]
        anchors = sorted(told | {(s.start, s.end) for s in fields})
    if headers:
        anchors = sorted(set(anchors) | {(s.start, s.end) for s in headers})
    masked = [(g.start, g.end) for g in groups]
    home = gazetteer.resolve(body.dateline.city.title(), None) if body.dateline is not None else None
    places = event_places(
        text,
        gazetteer.scan(_only(text, anchors)),
        gazetteer,
        body.skipped,
        masked,
        found,
        anchors,
        home.country_code if home is not None else None,
    )
    bulleted = _bulleted(text, body.blocks)
    if bulleted:
        labelled = _labels(text, body.blocks, bulleted, places, gazetteer)
        if labelled:
            places = sorted(places + labelled, key=attrgetter("start"))
    splits = [d for d in dates if d.split]
    split_starts = [d.start for d in splits]
    group_starts = [g.start for g in groups]
    denials = disowned(text, groups) if groups and _DENIAL_WORDS.search(found.low) else []
    date_starts = [d.start for d in dates]
    place_starts = [p.start for p in places]
    speakers = Speakers()
    units: list[Unit] = []
    saying = found.in_spans("say", spans)
    spun_flags = found.in_spans("garbled", spans)
    backrefs = found.in_spans("backref", spans)
    claiming = found.in_spans("claim", spans)
    separating = found.in_spans("separate", spans)
    sharing = found.in_spans("shared", spans)
    summing = found.in_spans("summary", spans)
    header_starts = {s.start for s in headers}
    several = found.in_spans("several", spans)
    alike = found.in_spans("alike", spans)
    series = found.in_spans("series", spans)
    revising = found.in_spans("revision", spans)
    caring = found.in_spans("aftermath", spans)
    item_starts = {
        s.start for s in sentences if s.block in bulleted and s.start == body.blocks[s.block].start
    }
    entries = {
        s.start
        for s in sentences
        if s.start == body.blocks[s.block].start
        and text[s.start : s.start + 1].isdigit()
        and _STAMP.match(text, s.start)
    }
    intros = {
        s.start
        for s in sentences
        if s.block + 1 in bulleted and s.end == body.blocks[s.block].end and text[s.end - 1] == ":"
    }
    notes = _corrections(found, body.blocks) if "correction" in found.starts else set()
    sentencing = found.in_spans("sentence", spans)
    quoting, quote_block = False, -1
    own_fighters = False
    for index, (sentence, (figures, attackers, verbs)) in enumerate(zip(sentences, read, strict=True)):
        if notes and sentence.block in notes:
            continue
        if figures:
            figures, own_fighters = fighters_side(text, figures, own_fighters)
        s_lo, s_hi = sentence.start, sentence.end
        quoted = text[s_lo : s_lo + 1] in _QUOTES
        said = speakers.attribute(text, s_lo, s_hi, found) if quoted or saying[index] else []
        quoting = quoting and sentence.block == quote_block
        if quoting and not said:
            said = speakers.carry(s_lo)  # a quotation that began in an earlier sentence goes on
        quoting, quote_block = _quote_open(text, s_lo, s_hi, quoting), sentence.block
        spun = spun_flags[index]
        backref = (backrefs[index] and _backref(found, s_lo, s_hi)) or _dated_event(
            text, dates[bisect_left(date_starts, s_lo) : bisect_left(date_starts, s_hi)]
        )
        parts = _parts(text, sentence, splits, split_starts) if splits else [(s_lo, s_hi)]
        if text.find(";", s_lo, s_hi) >= 0:
            parts = _dated_clauses(text, parts, dates, date_starts)
        if text.find(" in ", s_lo, s_hi) >= 0 and (
            text.find(", wh", s_lo, s_hi) >= 0 or text.find(";", s_lo, s_hi) >= 0
        ):
            before = {lo for lo, _ in parts}
            told_at = [f.start for f in figures] + [v for v, _ in verbs]
            told_at += [  # an event word, not one that refers back ("condemned the attack")
                c.start
                for c in cues[bisect_left(cue_starts, s_lo) : bisect_left(cue_starts, s_hi)]
                if c.category == "event" and not text.endswith(_BACK_WORDS, max(0, c.start - 5), c.start)
            ]
            parts = _placed_clauses(text, parts, places, place_starts, told_at) if told_at else parts
            elsewhere = {lo for lo, _ in parts} - before
        else:
            elsewhere = set()
        for lo, hi in parts:
            care = caring[index] and found.has("aftermath", lo, hi)
            if care:
                inside = cues[bisect_left(cue_starts, lo) : bisect_left(cue_starts, hi)]
                care = not any(c.category == "event" for c in inside)
            event_places_: list[Place] = []
            hints: list[Place] = []
            admin1: set[str] = set()
            countries: set[str] = set()
            # Slices by bisect written out (no `_between` call): this loop runs once per unit.
            named_places = places[bisect_left(place_starts, lo) : bisect_left(place_starts, hi)]
            if len(named_places) > 1:
                named_places = _off_route(text, named_places)
            for p in named_places:
                if p.hint:
                    hints.append(p)
                    continue
                if care and _cared(text, p, lo):
                    continue
                if p.level >= 1 and text[p.start - 3 : p.start] in _ADDRESS_ENDS and _addressed(text, p, lo):
                    continue
                event_places_.append(p)
                location = p.location
                countries.add(location.country_code)
                if p.level >= 1 and location.admin1_code:
                    admin1.add(location.admin1_code)
            background: DateHit | None = None
            when: list[DateHit] = []
            said_on: DateHit | None = None
            for hit in dates[bisect_left(date_starts, lo) : bisect_left(date_starts, hi)]:
                if hit.background and background is None and not when:
                    background = hit
                elif not hit.background and not _reported_on(text, hit, lo):
                    if hit.prior and said_on is not None and said_on.date is not None:
                        # "said on Monday that ... the previous day": the day before the saying
                        hit = replace(hit, date=shift(said_on.date, hit.prior), prior=None)
                    when.append(hit)
                elif not hit.background and hit.precision == "day":
                    said_on = hit
            if len(when) > 1 and any(h.weak for h in when):
                when = [h for h in when if not h.weak] or when
            unit_figures = [f for f in figures if lo <= f.start < hi] if figures else []
            unit_cues = cues[bisect_left(cue_starts, lo) : bisect_left(cue_starts, hi)]
            verdict = _verdict(found, lo, hi) if sentencing[index] else None
            if verdict is not None:
                unit_figures = [f for f in unit_figures if f.start < verdict]
                unit_cues = [c for c in unit_cues if c.start < verdict]
                verbs = [(v, e) for v, e in verbs if not lo <= v < hi or v < verdict]
            anchor = bool(unit_figures) or (
                defusing[index] and (found.has("defused", lo, hi) or found.has("blown", lo, hi))
            )
            if not anchor:
                for cue in unit_cues:
                    if cue.category == "event":
                        anchor = True
                        break
                else:
                    for v, _ in verbs:
                        if lo <= v < hi:
                            anchor = True
                            break
            named = groups[bisect_left(group_starts, lo) : bisect_left(group_starts, hi)]
            units.append(
                Unit(
                    start=lo,
                    end=hi,
                    sentence=sentence,
                    speakers=said,
                    places=event_places_,
                    hints=hints,
                    dates=when,
                    background=background,
                    figures=unit_figures,
                    attackers=[a for a in attackers if lo <= a.start < hi] if attackers else [],
                    groups=[
                        g
                        for g in named
                        if not negated_at(text, g.start, g.end, s_lo, s_hi, found, state=g.state)
                        and not as_victim(text, g, found.low)
                        and not not_actor(text, g, found.low)
                        and not (denials and cleared(g, denials))
                    ]
                    if named
                    else [],
                    claims=claim_state(text, lo, hi, found) if claiming[index] else [],
                    cues=unit_cues,
                    anchor=anchor or sentence.start in header_starts,
                    garbled=spun,
                    backref=backref,
                    separate=(separating[index] and _separate(found, lo, hi)) or lo in elsewhere,
                    shared=sharing[index] and found.has("shared", lo, hi),
                    admin1=admin1,
                    countries=countries,
                    summary=summing[index] and found.has("summary", lo, hi),
                    header=sentence.start in header_starts,
                    bullet=lo == s_lo and s_lo in item_starts,
                    intro=s_lo in intros,
                    several=several[index] and found.has("several", lo, hi),
                    alike=alike[index] and found.has("alike", lo, hi),
                    series=series[index] and found.has("series", lo, hi),
                    entry=lo == s_lo and s_lo in entries,
                    revision=revising[index] and found.has("revision", lo, hi),
                    aftermath=care,
                )
            )
    return units
