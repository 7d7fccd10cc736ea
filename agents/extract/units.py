"""Units of text (sentences, or a sentence's parts around a background cue) with everything found in them."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from agents.extract.actors import GroupHit, as_victim, claim_state, find_groups, negated_at
from agents.extract.casualties import AttackerHit, FigureHit, find_attackers, find_figures, has_casualty_word
from agents.extract.dates import DateHit, find_dates
from agents.extract.events import Cue, find_cues, garbled
from agents.extract.places import Place, event_places
from agents.extract.sentences import Sentence, split
from agents.extract.sources import Attribution, Speakers
from agents.extract.text import Body
from agents.geo import Gazetteer

__all__ = ["Unit", "read_units"]

_T = TypeVar("_T")

_SEPARATE = re.compile(
    r"(?i)\b(?:in\s+(?:a|another)\s+(?:separate\s+)?(?:attack|incident|bombing|development|assault|raid)"
    r"|separately"
    r"|elsewhere|hours\s+later|later\s+(?:that|the\s+same)\s+day|in\s+another\s+(?:attack|incident"
    r"|province))\b"
)
_SHARED = re.compile(
    r"(?i)\b(?:both|the\s+two|all\s+(?:three|four|five|the))\s+(?:attacks|bombings|incidents|blasts|assaults"
    r"|explosions|raids)|\beither\s+(?:attack|incident|bombing)"
)
_SAID_BEFORE = re.compile(
    r"(?i)\b(?:said|says|told|announced|confirmed|reported|added|stated|officials?|police|ministry|spokes\w+"
    r"|statement|sources?|military|army)\s+(?:(?:late|early)\s+)?(?:on\s+)?$"
)
_SAID_AFTER = re.compile(r"(?i)\s*,?\s*(?:said|told|announced|confirmed|reported)\b")
_BACKREF = re.compile(
    r"(?i)\b(?:had\s+been|had\s+\w+ed|that\s+(?:attack|assault|raid|bombing|blast)"
    r"|the\s+(?:earlier|previous|last)\s+(?:attack|assault|raid|bombing|blast))\b"
)


@dataclass(slots=True)
class Unit:
    """A sentence or part of one, with the cues, places, dates, figures and groups found in it."""

    start: int
    end: int
    sentence: Sentence
    speakers: list[Attribution]
    places: list[Place] = field(default_factory=list)
    hints: list[Place] = field(default_factory=list)
    dates: list[DateHit] = field(default_factory=list)
    background: DateHit | None = None
    figures: list[FigureHit] = field(default_factory=list)
    attackers: list[AttackerHit] = field(default_factory=list)
    groups: list[GroupHit] = field(default_factory=list)
    claims: list[tuple[bool, int, int]] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)
    anchor: bool = False
    garbled: bool = False
    backref: bool = False
    separate: bool = False
    shared: bool = False

    @property
    def admin1(self) -> set[str]:
        """Provinces this unit places an event in."""
        return {p.location.admin1_code for p in self.places if p.level >= 1 and p.location.admin1_code}

    @property
    def countries(self) -> set[str]:
        """Countries of this unit's places."""
        return {p.location.country_code for p in self.places}

    def event_values(self) -> list[str]:
        """The event types this unit's cues point to."""
        return [c.value for c in self.cues if c.category == "event"]


def _between(items: Sequence[_T], starts: list[int], lo: int, hi: int) -> list[_T]:
    return list(items[bisect_left(starts, lo) : bisect_left(starts, hi)])


def _parts(text: str, sentence: Sentence, dates: list[DateHit]) -> list[tuple[int, int]]:
    """A sentence's spans: whole, or split where a clause about an earlier event begins."""
    cue = next((d for d in dates if d.split and sentence.start <= d.start < sentence.end), None)
    if cue is None:
        return [(sentence.start, sentence.end)]
    if cue.start - sentence.start <= 3:
        comma = text.find(",", cue.end, sentence.end)
        if comma < 0:
            return [(sentence.start, sentence.end)]
        return [(sentence.start, comma + 1), (comma + 1, sentence.end)]
    return [(sentence.start, cue.start), (cue.start, sentence.end)]


def _reported_on(text: str, hit: DateHit, lo: int) -> bool:
    """True for the day something was said ("officials said on Monday"), not the day it happened."""
    if hit.end_date is not None:
        return False
    return bool(
        _SAID_BEFORE.search(text, max(lo, hit.start - 40), hit.start) or _SAID_AFTER.match(text, hit.end)
    )


def read_units(body: Body, gazetteer: Gazetteer, ref: dt.date | None) -> list[Unit]:
    """Split the body into units and read every cue in them."""
    text = body.text
    sentences = split(text, body.blocks)
    groups: list[GroupHit] = []
    dates: list[DateHit] = []
    cues: list[Cue] = []
    for block in body.blocks:
        groups.extend(find_groups(text, block.start, block.end))
        dates.extend(find_dates(text, block.start, block.end, ref))
        cues.extend(find_cues(text, block.start, block.end))
    cues.sort(key=lambda c: c.start)
    places = event_places(
        text, gazetteer.scan(text), gazetteer, body.skipped, [(g.start, g.end) for g in groups]
    )
    group_starts = [g.start for g in groups]
    date_starts = [d.start for d in dates]
    cue_starts = [c.start for c in cues]
    place_starts = [p.start for p in places]
    speakers = Speakers()
    units: list[Unit] = []
    for sentence in sentences:
        said = speakers.attribute(text, sentence.start, sentence.end)
        figures = find_figures(text, sentence.start, sentence.end)
        attackers = find_attackers(text, sentence.start, sentence.end)
        spun = garbled(text, sentence.start, sentence.end)
        backref = _BACKREF.search(text, sentence.start, sentence.end) is not None
        casualty = has_casualty_word(text, sentence.start, sentence.end)
        for lo, hi in _parts(text, sentence, dates):
            unit = Unit(lo, hi, sentence, said, garbled=spun, backref=backref)
            for place in _between(places, place_starts, lo, hi):
                (unit.hints if place.hint else unit.places).append(place)
            for hit in _between(dates, date_starts, lo, hi):
                if hit.background and unit.background is None and not unit.dates:
                    unit.background = hit
                elif not hit.background and not _reported_on(text, hit, lo):
                    unit.dates.append(hit)
            unit.figures = [f for f in figures if lo <= f.start < hi]
            unit.attackers = [a for a in attackers if lo <= a.start < hi]
            unit.groups = [
                g
                for g in _between(groups, group_starts, lo, hi)
                if not negated_at(text, g.start, g.end, sentence.start, sentence.end)
                and not as_victim(text, g)
            ]
            unit.separate = _SEPARATE.search(text, lo, hi) is not None
            unit.shared = _SHARED.search(text, lo, hi) is not None
            unit.claims = claim_state(text, lo, hi)
            unit.cues = _between(cues, cue_starts, lo, hi)
            unit.anchor = (
                bool(unit.figures)
                or any(c.category == "event" for c in unit.cues)
                or (casualty and has_casualty_word(text, lo, hi))
            )
            units.append(unit)
    return units
