"""Incident segmentation: which units of an article tell of which event.

A unit that names a province starts a new incident unless an incident in that province (and on a compatible
date) exists; a unit that names no place continues the current incident unless it gives another day. A
background cue ("last week", "a few days after") opens a background incident; a later paragraph returns to the
main incident unless it refers back ("had been stormed"). Spun, garbled units without a place form their own
incident, which is never located. Units with no event cue never move a place or a date into an incident.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from agents.extract.dates import DateHit, shift
from agents.extract.events import pick_event_type
from agents.extract.units import Unit
from streams.records import DatePrecision, EventType

__all__ = ["Segment", "compatible_types", "segment"]

_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"armed_assault", "armed_clash", "territory_seized", "assassination", "abduction"}),
    frozenset({"bombing", "suicide_bombing", "armed_assault"}),
    frozenset({"air_strike", "shelling"}),
)


def compatible_types(a: str, b: str) -> bool:
    """True when two event types can describe one event (a raid with suicide bombers; clash and assault)."""
    if a == b or "other" in (a, b):
        return True
    return any(a in family and b in family for family in _FAMILIES)


@dataclass(slots=True)
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
        if hit.end_date is not None and (self.end is None or hit.end_date > self.end):
            self.end = hit.end_date
        if start < self.date:
            self.date = start

    def fits(self, hit: DateHit | None) -> bool:
        """True when a date expression can describe this incident's day(s)."""
        if hit is None or hit.date is None or self.date is None:
            return True
        tolerance = 0 if self.precision == "day" and hit.precision == "day" else 3
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
                self.set_date(unit.dates[0])


class _Segmenter:
    def __init__(self, ref: dt.date | None) -> None:
        self.ref = ref
        self.segments: list[Segment] = []
        self.current: Segment | None = None
        self.main: Segment | None = None

    def _open(self, unit: Unit, *, background: bool = False, garbled: bool = False) -> Segment:
        context = self.main or self.current
        seg = Segment([], background=background, garbled=garbled, context=context if background else None)
        if background and unit.background is not None:
            hit = unit.background
            if hit.offset is not None:
                base = context.date if context is not None and context.date is not None else self.ref
                seg.set_date(hit, shift(base, hit.offset), "approximate")
            else:
                seg.set_date(hit)
        seg.add(unit, locate=not garbled)
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

    def feed(self, unit: Unit) -> None:
        current = self.current
        if unit.shared and not unit.figures and current is not None and unit.groups:
            self._share(unit)
            return
        separate = unit.separate and unit.anchor and not unit.garbled
        if (
            separate
            and current is not None
            and not current.coordinated
            and not (unit.admin1 and self._by_place(unit) is not None)
        ):
            self._open(unit)
            return
        if unit.garbled and not unit.admin1:
            if current is not None and current.garbled:
                current.add(unit, locate=False)
            else:
                self._open(unit, garbled=True)
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
            self._open(unit)
            return
        if current is None:
            if unit.anchor:
                self._open(unit)
            return
        if unit.anchor and unit.dates and current.date is not None and not current.fits(unit.dates[0]):
            hit = unit.dates[0]
            if unit.figures or hit.date is None or hit.date < current.date:
                self._open(unit)
                return
            if hit.date - current.date <= dt.timedelta(days=3):
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
            self._open(unit)
            return
        self._continue(unit)


def segment(units: list[Unit], ref: dt.date | None) -> list[Segment]:
    """Group units into incidents, in order of first mention."""
    segmenter = _Segmenter(ref)
    for unit in units:
        segmenter.feed(unit)
    return segmenter.segments
