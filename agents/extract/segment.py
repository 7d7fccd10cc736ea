"""Incident segmentation: which units of an article tell of which event.

A unit that names a province starts a new incident unless an incident in that province (and on a compatible
date) exists; a unit that names no place continues the current incident unless it gives another day. A
background cue ("last week", "a few days after") opens a background incident; a later paragraph returns to the
main incident unless it refers back ("had been stormed"). Spun, garbled units without a place form their own
incident, which is never located. Units with no event cue never move a place or a date into an incident.

"The same day" / "the previous day" count from the incident told before. A lead summing separate attacks
("Two separate attacks ... killed 11 on Thursday") gives its day to every incident that names none, and its
total to none of them. A later sentence about an earlier day told in the pluperfect ("which had wounded four
on Sunday") is background. A weak "overnight" a day after the incident does not open a new one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Final

from agents.extract.dates import DateHit, shift
from agents.extract.events import pick_event_type
from agents.extract.units import Unit
from streams.records import DatePrecision, EventType

__all__ = ["Segment", "compatible_types", "segment"]

_FAMILIES: Final[tuple[frozenset[str], ...]] = (
    frozenset({"armed_assault", "armed_clash", "territory_seized", "assassination", "abduction"}),
    frozenset({"bombing", "suicide_bombing", "armed_assault"}),
    frozenset({"air_strike", "shelling"}),
)


def compatible_types(a: str, b: str) -> bool:
    """True when two event types can describe one event (a raid with suicide bombers; clash and assault)."""
    if a == b or "other" in (a, b):
        return True
    return any(a in family and b in family for family in _FAMILIES)


@dataclass(init=False, slots=True)
class Segment:
    """The units of one incident and what was settled while collecting them."""

    units: list[Unit]
    background: bool = False
    garbled: bool = False
    context: Segment | None = None
    admin1: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    date: dt.date | None = None
    end: dt.date | None = None
    precision: DatePrecision = "unknown"
    date_hit: DateHit | None = None
    #: Event-type cue values of the units so far.
    values: list[str] = field(default_factory=list)

    def __init__(
        self,
        units: list[Unit],
        background: bool = False,
        garbled: bool = False,
        context: Segment | None = None,
        admin1: set[str] | None = None,
        countries: set[str] | None = None,
        date: dt.date | None = None,
        end: dt.date | None = None,
        precision: DatePrecision = "unknown",
        date_hit: DateHit | None = None,
        values: list[str] | None = None,
    ) -> None:
        """Written out so that mypyc compiles it (a dataclass-made __init__ stays interpreted)."""
        self.units = units
        self.background = background
        self.garbled = garbled
        self.context = context
        self.admin1 = set() if admin1 is None else admin1
        self.countries = set() if countries is None else countries
        self.date = date
        self.end = end
        self.precision = precision
        self.date_hit = date_hit
        self.values = [] if values is None else values

    @property
    def coordinated(self) -> bool:
        """True when the incident's units speak of coordinated attacks."""
        return any(c.category == "coordinated" for u in self.units for c in u.cues)

    @property
    def block(self) -> int:
        """The paragraph of the last unit."""
        return self.units[-1].sentence.block

    def event_type(self) -> EventType:
        """The event type of the units so far."""
        return pick_event_type(self.values)

    def set_date(
        self, hit: DateHit, date: dt.date | None = None, precision: DatePrecision | None = None
    ) -> None:
        """Take or widen the incident's date from a date expression."""
        start = date if date is not None else hit.date
        if start is None:
            return
        if self.date is None:
            self.date, self.end = start, hit.end_date
            self.precision = precision or hit.precision
            self.date_hit = hit
            return
        if self.precision == "approximate" and (precision or hit.precision) == "day" and self.fits(hit):
            # "last week" in the lede, "on Tuesday, July 30" further down: the exact day
            self.date, self.end, self.precision, self.date_hit = start, hit.end_date or self.end, "day", hit
            return
        if hit.end_date is not None and (self.end is None or hit.end_date > self.end):
            self.end = hit.end_date
        if start < self.date:
            self.date = start

    def fits(self, hit: DateHit | None) -> bool:
        """True when a date expression can describe this incident's day(s)."""
        if hit is None or hit.date is None or self.date is None:
            return True
        tolerance = (0 if not hit.weak else 1) if self.precision == "day" and hit.precision == "day" else 3
        low, high = self.date, self.end or self.date
        h_low, h_high = hit.date, hit.end_date or hit.date
        return h_low <= high + dt.timedelta(days=tolerance) and h_high >= low - dt.timedelta(days=tolerance)

    def add(self, unit: Unit, *, locate: bool = True) -> None:
        """Take a unit; its places and date count only when it tells of an event."""
        self.units.append(unit)
        self.values.extend(unit.event_values())
        if unit.anchor and locate:
            self.admin1 |= unit.admin1
            self.countries |= unit.countries
            if unit.dates:
                self.set_date(_start(unit.dates))


def _start(hits: list[DateHit]) -> DateHit:
    """A unit's first date, or an earlier day within two days of it ("on Saturday, after ... on Friday")."""
    first = hits[0]
    if first.date is None or first.precision != "day" or len(hits) == 1:
        return first
    day = first.date
    close = [
        (h.date, h)
        for h in hits[1:]
        if h.date is not None and h.precision == "day" and dt.timedelta(0) < day - h.date <= _CLOSE
    ]
    return min(close, key=lambda pair: pair[0])[1] if close else first


_CLOSE: Final = dt.timedelta(days=2)
#: An explicit day this long before the main incident's tells of an earlier event.
_WELL_BEFORE: Final = dt.timedelta(days=3)
#: How long after an incident a later day's revised toll ("rose to 12", "so far") is still its toll.
_TOLL_LATER: Final = dt.timedelta(days=7)


def _actors_of(seg: Segment) -> list[Unit]:
    """The units of an incident that name state forces, reduced to those and their event cues: "a similar
    strike" was the same force's (a non-state group is not assumed to be behind a similar attack)."""
    return [
        replace(
            u,
            groups=[g for g in u.groups if g.state],
            places=[],
            hints=[],
            dates=[],
            background=None,
            figures=[],
            attackers=[],
            claims=[],
            cues=[c for c in u.cues if c.category == "event"],
            admin1=set(),
            countries=set(),
        )
        for u in seg.units
        if any(g.state for g in u.groups)
    ]


def _spots(units: list[Unit]) -> set[tuple[str, str]]:
    """The districts and places (below province level) the units name."""
    return {
        (p.location.admin2 or "", p.location.place or "") for u in units for p in u.places if p.level >= 2
    }


def _same_spot(seg: Segment | None, unit: Unit) -> bool:
    """True when an incident in the unit's province may be the unit's: it names no other district or place
    ("a separate blast in Wadajir" after mortars in Shingani, both in Mogadishu, is another attack)."""
    if seg is None:
        return False
    mine = _spots([unit])
    if not mine:
        return True
    theirs = _spots([u for u in seg.units if u.anchor])
    if not theirs:
        return True
    # both name a spot the other does not ("Khair Khana, Kabul" and "Dasht-e-Barchi, Kabul"): two spots
    return bool(mine & theirs) and not (mine - theirs and theirs - mine)


def _other_spot(seg: Segment, unit: Unit) -> bool:
    """True when the unit and the incident each name districts or places and share none."""
    mine = _spots([unit])
    theirs = _spots([u for u in seg.units if u.anchor]) if mine else set()
    return bool(mine and theirs) and not mine & theirs


def _new_entry(seg: Segment, unit: Unit) -> bool:
    """True for a live blog entry telling of an attack (no figures yet) at another spot of the incident's
    province ("16:20 - Blast at a checkpoint in Wadajir district" after mortars on Shingani)."""
    return (
        unit.entry
        and not unit.figures
        and not unit.backref
        and bool(unit.event_values())
        and not _same_spot(seg, unit)
    )


def _found_later(seg: Segment, unit: Unit, later: dt.timedelta) -> bool:
    """True for the abducted found dead days after an abduction, with no place or event of their own ("The
    bodies of three of them were found on Sunday")."""
    return (
        "abduction" in seg.values
        and dt.timedelta(0) < later <= _FOUND_WITHIN
        and not unit.admin1
        and all(value == "abduction" for value in unit.event_values())
        and all(f.figure == "killed" for f in unit.figures)
    )


_FOUND_WITHIN: Final = dt.timedelta(days=10)


def _retold(seg: Segment) -> bool:
    """True for an earlier attack a day or two before the main one that a later paragraph tells again with
    its own place, day and figures ("... a day after militants killed seven soldiers." ... "Monday's attack
    on a military post in South Waziristan ...; seven soldiers were killed"): a main incident too."""
    main = seg.context
    if main is None or main.date is None or seg.date is None or main.date - seg.date > _CLOSE:
        return False
    first = seg.units[0].sentence.block
    later = [u for u in seg.units if u.sentence.block != first]
    return (
        any(u.admin1 and u.dates and u.dates[0].precision == "day" and not u.backref for u in later)
        and any(u.figures for u in later)
    )


class _Segmenter:
    def __init__(self, ref: dt.date | None) -> None:
        self.ref = ref
        self.segments: list[Segment] = []
        self.current: Segment | None = None
        self.main: Segment | None = None
        #: The day of a lead that sums separate attacks.
        self.lead: DateHit | None = None
        #: Dataset header units waiting for the first event sentence.
        self.pending: list[Unit] = []
        #: The incident a list's introduction opened ("Three attacks were reported on Thursday:").
        self.intro: Segment | None = None
        #: The day a list's introduction gives, anchored or not ("the following incidents from Thursday:").
        self.intro_day: DateHit | None = None
        #: Incidents opened by list items.
        self.items = 0
        #: A lead told of several attacks ("Militants carried out two attacks in Khyber Pakhtunkhwa").
        self.listing = False
        #: A lead counting several attacks ("18 were killed in two suicide bombings") and its incident.
        self.several: tuple[Segment, Unit] | None = None

    def _earlier(self, unit: Unit) -> bool:
        """True for a later sentence telling, in the pluperfect, of a day before the main incident's, or of a
        day well before it ("a similar strike on June 14 killed two")."""
        main = self.main
        if unit.separate or not unit.dates or main is None or main.date is None:
            return False
        hit = unit.dates[0]
        if hit.prior is not None or hit.date is None:
            return False
        if unit.backref:
            return hit.date < main.date
        return hit.precision == "day" and not hit.weak and hit.date < main.date - _WELL_BEFORE

    def _resolve(self, unit: Unit) -> None:
        """ "The same day" / "the previous day": the day of the incident told before, if any."""
        hit = unit.dates[0]
        base = self.current if self.current is not None and not self.current.background else self.main
        if hit.prior is None or base is None or base.date is None or base.precision != "day":
            return
        unit.dates[0] = replace(hit, date=shift(base.date, hit.prior))

    def _open(self, unit: Unit, *, background: bool = False, garbled: bool = False) -> Segment:
        context = self.main or self.current
        seg = Segment([], background=background, garbled=garbled, context=context if background else None)
        if background and unit.background is not None:
            hit = unit.background
            own = unit.dates[0] if unit.dates and unit.dates[0].precision == "day" else None
            if hit.offset is not None and own is not None and unit.anchor:
                seg.set_date(own)  # "hours after gunmen stormed it on Friday evening": its own day
            elif hit.offset is not None:
                base = context.date if context is not None and context.date is not None else self.ref
                seg.set_date(hit, shift(base, hit.offset), "approximate")
            else:
                seg.set_date(hit)
        seg.add(unit, locate=not garbled)
        if background and unit.alike and context is not None and not unit.groups:
            seg.units.extend(_actors_of(context))
        if not background and not garbled and seg.date is None and self.lead is not None:
            seg.set_date(self.lead)
        if unit.separate and seg.date is None and self.current is not None and self.current.date is not None:
            seg.date, seg.precision = self.current.date, "approximate"
        self.segments.append(seg)
        self.current = seg
        if not background and not garbled:
            self.main = seg
        return seg

    def _by_place(self, unit: Unit) -> Segment | None:
        """The latest incident in one of the unit's provinces on a compatible date (main incidents first)."""
        hit = unit.dates[0] if unit.dates else None
        matches = [
            s for s in reversed(self.segments) if not s.garbled and s.admin1 & unit.admin1 and s.fits(hit)
        ]
        if not matches:
            return None
        best = next((s for s in matches if not s.background), matches[0])
        new_type = pick_event_type(unit.event_values())
        fresh_report = (
            unit.figures and unit.sentence.block != best.block and unit.start == unit.sentence.start
        )
        if fresh_report and not compatible_types(new_type, best.event_type()) and new_type != "other":
            return None
        return best

    def _continue(self, unit: Unit) -> None:
        target = self.current
        assert target is not None
        new_paragraph = unit.sentence.block != target.block
        if (target.background or target.garbled) and new_paragraph and not unit.backref:
            target = self.main or target
        target.add(unit, locate=not target.garbled)
        self.current = target

    def _share(self, unit: Unit) -> None:
        """A unit about several incidents ("Al-Shabaab claimed both attacks") joins every main incident."""
        for seg in self.segments:
            if not seg.background and not seg.garbled and seg is not self.current:
                seg.units.append(unit)
                seg.values.extend(unit.event_values())
        assert self.current is not None
        self.current.add(unit, locate=False)

    def _feed_several(self, unit: Unit) -> None:
        """Feed a lead counting several attacks, remembering it and the incident it went to."""
        self.several = None
        before = len(self.segments)
        self._feed(replace(unit, several=False))
        target = self.current
        if target is not None and (len(self.segments) > before or len(target.units) == 1):
            self.several = (target, target.units[-1])

    def finish(self) -> list[Segment]:
        """The incidents: a list's bare introduction dropped, a lead's sum of several attacks taken off."""
        segments = self.segments
        mains = [s for s in segments if not s.background and not s.garbled]
        intro = self.intro
        if intro is not None and self.items >= 2 and all(u.intro or not u.figures for u in intro.units):
            segments = [s for s in segments if s is not intro]
            mains = [s for s in mains if s is not intro]
        for seg in segments:
            if seg.background and not seg.garbled and _retold(seg):
                seg.background = False
        if self.several is not None and len(mains) >= 2:
            seg, lead = self.several
            others = [u for u in seg.units if u is not lead and u.figures]
            if seg in mains and others:
                seg.units = [replace(u, figures=[]) if u is lead else u for u in seg.units]
        return segments

    def feed(self, unit: Unit) -> None:
        if unit.header and self.current is None:
            self.pending.append(unit)
            return
        self._feed(unit)
        if self.pending and self.current is not None:
            for header in self.pending:
                self.current.add(header)
            self.pending.clear()

    def _item(self, unit: Unit) -> bool:
        """A list item that names a place opens its own incident, on the introduction's day if it has none."""
        if not (unit.bullet and unit.anchor and unit.places) or unit.garbled:
            return False
        if unit.background is not None or self._earlier(unit):
            return False
        seg = self._open(unit)
        if seg.date is None and self.intro_day is not None:
            seg.set_date(self.intro_day)
        self.items += 1
        return True

    def _said_later(self, unit: Unit) -> bool:
        """True for a revised toll or an aftermath with no event of its own, dated after the incident told
        before ("On Sunday, police said the toll had risen to 32", "11 bodies were buried on Wednesday")."""
        if not (unit.revision or unit.aftermath) or unit.separate or unit.event_values():
            return False
        base = self.current if self.current is not None and not self.current.background else self.main
        hit = unit.dates[0]
        return base is not None and base.date is not None and hit.date is not None and hit.date > base.date

    def _feed(self, unit: Unit) -> None:
        if unit.dates and unit.dates[0].prior is not None:
            self._resolve(unit)
        if unit.dates and self._said_later(unit):
            unit = replace(unit, dates=[])
        if self._item(unit):
            return
        if unit.intro and unit.background is None:
            self.intro_day = unit.dates[0] if unit.dates else None
            if unit.anchor:
                self._open(unit)
                self.intro = self.current
                return
        if unit.several and unit.anchor:
            self.listing = True
        if unit.several and unit.dates and not unit.figures and self.lead is None:
            self.lead = unit.dates[0]  # "three separate attacks across northern Iraq on Wednesday": their day
        if unit.several and unit.figures and unit.anchor and not unit.summary and self.several is None:
            self._feed_several(unit)
            return
        if unit.summary and unit.figures and unit.anchor:
            self.lead = unit.dates[0] if unit.dates else None
            unit = replace(unit, figures=[])
        current = self.current
        if unit.shared and not unit.figures and current is not None and unit.groups:
            self._share(unit)
            return
        # "Hours later the health director said 11 bodies had been brought in": no other attack told
        separate = (
            unit.separate and unit.anchor and not unit.garbled and bool(unit.admin1 or unit.event_values())
        )
        if (
            separate
            and current is not None
            and not current.coordinated
            and not (unit.admin1 and _same_spot(self._by_place(unit), unit))
        ):
            # "In a separate incident last week, ...": another attack, and an earlier one
            self._open(unit, background=unit.background is not None and not unit.dates)
            return
        if unit.garbled and not unit.admin1:
            if current is not None and current.garbled:
                current.add(unit, locate=False)
            else:
                self._open(unit, garbled=True)
            return
        if current is not None and _taken_before(current, unit):
            # "found the bodies of two shepherds on Monday, three days after militants abducted them": the
            # abduction's day is the incident's
            offset = unit.background.offset if unit.background is not None else None
            if offset is not None and current.date is not None:
                current.date, current.precision = shift(current.date, offset), "day"
            current.add(replace(unit, dates=[]))
            return
        if unit.background is not None and unit.anchor and (unit.figures or unit.admin1 or current is None):
            same = (
                current is not None
                and current.background
                and (not unit.admin1 or unit.admin1 & current.admin1)
                and current.fits(unit.background)
            )
            if same and current is not None and unit.sentence.block == current.block:
                current.add(unit)
            else:
                self._open(unit, background=True)
            return
        if unit.admin1 and unit.anchor:
            found = self._by_place(unit)
            if found is not None and (_new_entry(found, unit) or (self.listing and _other_spot(found, unit))):
                found = None
            if found is not None:
                found.add(unit)
                self.current = found
                return
            hit = unit.dates[0] if unit.dates else None
            if (
                current is not None
                and not current.admin1
                and not current.garbled
                and current.fits(hit)
                and (not current.countries or unit.countries & current.countries)
            ):
                current.add(unit)
                return
            self._open(unit, background=self._earlier(unit))
            return
        if current is None:
            if unit.anchor:
                self._open(unit)
            return
        if unit.anchor and unit.dates and current.date is not None and not current.fits(unit.dates[0]):
            hit = unit.dates[0]
            day = current.date
            weak = hit.weak and hit.date is not None and hit.date - day <= dt.timedelta(days=1)
            if hit.date is not None and hit.date > day and any(claimed for claimed, _, _ in unit.claims):
                current.add(unit, locate=False)  # a later claim dates the claim, not a second attack
                return
            if hit.date is not None and _found_later(current, unit, hit.date - day):
                current.add(unit, locate=False)  # the abducted found dead: the abduction's toll
                return
            if (
                hit.date is not None
                and unit.revision
                and not unit.admin1
                and dt.timedelta(0) < hit.date - day <= _TOLL_LATER
                and not current.background
            ):
                # "31 Aug - toll rose to 12 killed", "7 killed so far": the toll of days of fighting
                current.end = max(current.end or hit.date, hit.date)
                current.add(unit, locate=False)
                return
            if hit.date is None or (not weak and (unit.figures or hit.date < day)):
                self._open(unit, background=self._earlier(unit))
                return
            if hit.date - day <= dt.timedelta(days=3):
                current.end = max(current.end or hit.date, hit.date)
            current.add(unit, locate=False)
            self.current = current
            return
        if (
            unit.anchor
            and unit.figures
            and unit.countries
            and current.countries
            and not (unit.countries & current.countries)
        ):
            if unit.backref and not unit.dates and not unit.event_values():
                # the other side's reply about its own losses ("its forces had responded ... two guards had
                # been wounded"): part of the exchange, not its toll
                current.add(replace(unit, figures=[]), locate=False)
                return
            self._open(unit)
            return
        if unit.anchor and _strikes_back(current, unit):
            # "Russian Air Force jets later bombed the area": a state's strike after a group's attack
            seg = self._open(unit)
            seg.context = current
            if seg.date is None and current.date is not None:
                seg.date, seg.precision = current.date, current.precision
            return
        self._continue(unit)


def _taken_before(seg: Segment, unit: Unit) -> bool:
    """True for "N days after militants abducted them" in the sentence telling the bodies were found."""
    hit = unit.background
    return (
        hit is not None
        and hit.offset is not None
        and not seg.background
        and bool(seg.units)
        and seg.units[-1].sentence.start == unit.sentence.start
        and "abduction" in unit.event_values()
        and any(f.figure == "killed" for f in seg.units[-1].figures)
    )


def _strikes_back(seg: Segment, unit: Unit) -> bool:
    """True for a state's air strike told after a group's ground attack, with no place of its own."""
    if unit.admin1 or "air_strike" not in unit.event_values() or "air_strike" in seg.values:
        return False
    if not any(g.state for g in unit.groups) or any(f.group == "perpetrators" for f in unit.figures):
        return False  # "air strikes killed 12 of the attackers": the same fight
    actors = [g for u in seg.units for g in u.groups]
    return bool(actors) and not any(g.state for g in actors)


def segment(units: list[Unit], ref: dt.date | None) -> list[Segment]:
    """Group units into incidents, in order of first mention."""
    segmenter = _Segmenter(ref)
    for unit in units:
        segmenter.feed(unit)
    return segmenter.finish()
