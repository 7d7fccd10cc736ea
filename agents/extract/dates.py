"""Date expressions resolved against a reference date: weekdays, "yesterday", spans, background cues.

Weekdays ("on Thursday") are the latest such day on or before the reference ("last Thursday": strictly
before). Month-day dates without a year take the reference's year (the previous year when that would lie in
the future). Background cues ("last week", "a few days after", "in recent months") mark an earlier event and
give an approximate date; "a few days after/earlier" is counted back from the event being described, not the
reference.

Month names without a day ("In July,", "last June", "in March 2014") and bare years ("In 2014,") before the
reference's month are background cues with an approximate date. Numeric dates are read day first
("12/03/2019" is 12 March) unless that day lies after the reference and month first does not. "The same day"
and "the previous day" count from the incident told before them (resolved by the segmenter, `prior`).
Weekday abbreviations ("Tues.", "Thurs", "on Sat.") count as weekdays; "overnight" is a weak cue that any
explicit day outranks.

Each expression is found from its key word (a weekday, a month, "week", "ago", "since"...) with small anchored
patterns before and after it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Final

from agents.extract.lexicon import Triggers
from streams.records import DatePrecision

__all__ = ["TRIGGERS", "DateHit", "find_dates", "shift"]

_WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS: Final = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_WORDS: Final = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
)
#: Abbreviated weekdays; the ambiguous ones ("sat", "sun", "wed", "mon") need "on"/"late"/... before them.
_SHORT_WEEKDAYS: Final = {
    "mon": "monday",
    "tue": "tuesday",
    "tues": "tuesday",
    "wed": "wednesday",
    "weds": "wednesday",
    "thu": "thursday",
    "thur": "thursday",
    "thurs": "thursday",
    "fri": "friday",
    "sat": "saturday",
    "sun": "sunday",
}
_AMBIGUOUS_SHORT: Final = frozenset({"mon", "wed", "sat", "sun"})
_UNIT_WORDS: Final = (
    "day",
    "days",
    "week",
    "weeks",
    "week's",
    "week’s",
    "month",
    "months",
    "month's",
    "month’s",
    "year",
    "years",
    "year's",
    "year’s",
    "hours",
)
#: Days of the month written as ordinals ("on the 13th"), and day/month pairs ("on 3/3"), both yearless.
_ORDINALS: Final = tuple(
    f"{d}{'th' if 10 < d < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}" for d in range(1, 32)
)
_DAY_MONTHS: Final = tuple(
    sorted(
        {
            f"{d}/{m}"
            for day in range(1, 32)
            for month in range(1, 13)
            for d in (str(day), f"{day:02d}")
            for m in (str(month), f"{month:02d}")
        }
    )
)
#: Trigger words, by category.
TRIGGERS: Final[dict[str, tuple[str, ...]]] = {
    "date": (
        *_WEEKDAYS,
        *_SHORT_WEEKDAYS,
        *_MONTH_WORDS,
        *_UNIT_WORDS,
        *_ORDINALS,
        *_DAY_MONTHS,
        "christmas",
        "new year's",
        "new years",
        "nite",
        "tonite",
        "yesterday",
        "today",
        "tonight",
        "overnight",
        "morning",
        "afternoon",
        "evening",
        "night",
        "ago",
        "earlier",
        "before",
        "previously",
        "after",
        "since",
        "19*",
        "20*",
    ),
}

_FEW: Final = {
    "a few": 3,
    "few": 3,
    "several": 4,
    "a couple of": 2,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "a": 1,
    "one": 1,
    "ten": 10,
}
_UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "hour": 0, "hours": 0}
_NTH: Final = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
_WD: Final = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NUM: Final = r"(?:a\s+few|few|several|a\s+couple\s+of|two|three|four|five|six|ten|a|one|\d{1,2})"
_NTH_WORDS: Final = r"(?P<nth>second|third|fourth|fifth|sixth|seventh|2nd|3rd|4th)"

_NTH_BEFORE: Final = re.compile(
    rf"(?:entered|entering|enters|into|in|on|for)\s+(?:its|the|their|a)\s+{_NTH_WORDS}\s+(?:straight\s+"
    rf"|consecutive\s+)?$",
    re.ASCII,
)
_ON_WEEKDAY: Final = re.compile(rf"\s+on\s+(?P<wd>{_WD})\b", re.ASCII)
_SINCE_AFTER: Final = re.compile(
    rf"since\s+(?:(?:early|late|last)\s+)?(?:(?P<wd>{_WD})(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|(?P<year>(?:19|20)\d\d)\b)",
    re.ASCII,
)
_MODIFIER: Final = re.compile(
    r"\b(?P<mod>last|this|on|early|late|from|overnight|by|next|penultimate)\s+$", re.ASCII
)
_TIME_OF_DAY: Final = re.compile(r"(?:'s|’s)?(?:\s+(?:morning|afternoon|evening|night))?", re.ASCII)
_FOLLOWED_BY_DATE: Final = re.compile(
    r",?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]{3}|(?:jan|feb|mar|apr|may|jun|jul|aug"
    r"|sep|oct"
    r"|nov|dec)[a-z]*\.?\s+\d)",
    re.ASCII,
)
_MDY: Final = re.compile(
    r"[a-z]+\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d)(?:,?\s+(?P<year>(?:19|20)\d\d))?\b", re.ASCII
)
_DMY_BEFORE: Final = re.compile(
    r"(?:the\s+)?(?:(?<!\d)(?P<first>[0-3]?\d)\s*[-–/]\s*)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?$",
    re.ASCII,
)
_YEAR_AFTER: Final = re.compile(r"[a-z]*\.?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b", re.ASCII)
_ISO: Final = re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b", re.ASCII)
_THIS_BEFORE: Final = re.compile(r"this\s+$", re.ASCII)
_LAST_NIGHT_BEFORE: Final = re.compile(r"(?:last|the\s+previous)\s+$", re.ASCII)
_PREVIOUS_DAY_BEFORE: Final = re.compile(r"the\s+previous\s+$", re.ASCII)
#: "hours later", "a few hours later": the same day as the event before.
_LATER_AFTER: Final = re.compile(r"\s+(?:later|afterwards|after\s+that)\b", re.ASCII)
_HOURS_BEFORE: Final = re.compile(r"\b(?:a\s+few|several|some|two|three|four|five|\d+)\s+$", re.ASCII)
_SAME_DAY_BEFORE: Final = re.compile(
    r"(?:(?:on\s+)?(?:the|that)\s+(?:very\s+)?same|later\s+(?:in\s+the|that|on\s+the\s+same)|later\s+that\s+same)\s+$",
    re.ASCII,
)
_MONTH_ONLY_BEFORE: Final = re.compile(
    r"\b(?:(?P<mod>in|last|during|earlier\s+in)\s+(?:(?:early|late|mid)[\s-]+)?|(?:early|late|mid)[\s-]+)$",
    re.ASCII,
)
_YEAR_ONLY_BEFORE: Final = re.compile(r"\b(?:in|during)\s+(?:(?:early|late|mid)[\s-]+)?$", re.ASCII)
_YEAR_WORD: Final = re.compile(r"(?:19|20)\d\d(?!\d)(?![/.-]\d)", re.ASCII)
_NUMERIC_BEFORE = re.compile(r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)$", re.ASCII)
_SHORT_MODIFIER: Final = re.compile(r"\b(?:on|late|early|last|overnight|by|from)\s+$", re.ASCII)
_DAY_BEFORE: Final = re.compile(r"day\s+before\b", re.ASCII)
_THE_BEFORE: Final = re.compile(r"the\s+$", re.ASCII)
_AGO_BEFORE: Final = re.compile(rf"(?P<n>{_NUM})\s+(?P<unit>days?|weeks?|months?)\s+$", re.ASCII)
_AFTER_BEFORE = re.compile(rf"(?:(?P<n>{_NUM})\s+)?(?P<unit>days?|weeks?|months?|hours?)\s+$", re.ASCII)
_RECENT_BEFORE = re.compile(r"in\s+(?:recent|the\s+past|the\s+last)\s+(?:few\s+|several\s+)?$", re.ASCII)
_LAST_UNIT_BEFORE: Final = re.compile(
    r"(?P<which>last|(?:the\s+)?previous|(?:the\s+)?past|earlier\s+this)\s+$", re.ASCII
)
_ORDINAL_BEFORE: Final = re.compile(r"\b(?P<on>on|since|by|until|from|before)?\s*the\s+$", re.ASCII)
_ORDINAL_AFTER: Final = re.compile(
    r"(?:\s+(?:of\s+)?(?P<which>this|the|last|previous)\s+month\b"
    r"|(?P<stop>\s*(?:[,.;:)]|$))"
    r"|(?P<noun>\s+(?:of\s+)?(?:[a-z]+\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|day|days|floor"
    r"|anniversary|century|time|battalion|brigade|division|regiment|corps|round|street|avenue|ward|wave"
    r"|attempt|edition|session|parliament|amendment|grade|class|place|week|year|month)\b))?",
    re.ASCII,
)
_DAY_MONTH_BEFORE: Final = re.compile(r"\b(?:on|since|dated)\s+$", re.ASCII)
_DAY_MONTH: Final = re.compile(r"(?P<a>[0-3]?\d)/(?P<b>[01]?\d)(?![/.-]?\d)", re.ASCII)
_HOLIDAY: Final = re.compile(
    r"(?:christmas(?:\s+(?P<xday>day|eve))?|new\s+year(?:'s|’s|s)?\s+(?P<nday>day|eve))\b", re.ASCII
)
_HOLIDAY_BEFORE: Final = re.compile(r"\b(?:on|since|before|by)\s+$", re.ASCII)
_ENDED_BEFORE: Final = re.compile(
    r"\b(?:ended|ending|ends|finished|was\s+over|came\s+to\s+an\s+end)\s+(?:late\s+|early\s+)?(?:on\s+)?$",
    re.ASCII,
)
_POSSESSIVE: Final = re.compile(r"(?:'s|’s)?", re.ASCII)
_WORD: Final = re.compile(r"[a-z0-9'’]+", re.ASCII)


@dataclass(init=False, slots=True)
class DateHit:
    """A date expression: its span, the dates it gives, and whether it points to an earlier event."""

    start: int
    end: int
    date: dt.date | None
    end_date: dt.date | None = None
    precision: DatePrecision = "day"
    background: bool = False
    #: Days before the event being described (for "a few days after/earlier"); the date is then None.
    offset: int | None = None
    #: The cue opens a clause about an earlier event ("... a few days after at least 21 were killed").
    split: bool = False
    #: Days before the incident told just before ("the same day" 0, "the previous day" 1), for the segmenter.
    prior: int | None = None
    #: A weak cue ("overnight") that an explicit day in the same sentence outranks.
    weak: bool = False

    def __init__(
        self,
        start: int,
        end: int,
        date: dt.date | None,
        end_date: dt.date | None = None,
        precision: DatePrecision = "day",
        background: bool = False,
        offset: int | None = None,
        split: bool = False,
        prior: int | None = None,
        weak: bool = False,
    ) -> None:
        """Written out so that mypyc compiles it (a dataclass-made __init__ stays interpreted)."""
        self.start = start
        self.end = end
        self.date = date
        self.end_date = end_date
        self.precision = precision
        self.background = background
        self.offset = offset
        self.split = split
        self.prior = prior
        self.weak = weak


def shift(day: dt.date | None, days: int) -> dt.date | None:
    """`day` moved back by `days` days (None stays None)."""
    return None if day is None else day - dt.timedelta(days=days)


def _weekday(ref: dt.date | None, name: str, strictly_before: bool) -> dt.date | None:
    if ref is None:
        return None
    back = (ref.weekday() - _WEEKDAYS.index(name)) % 7
    if back == 0 and strictly_before:
        back = 7
    return ref - dt.timedelta(days=back)


def _calendar(ref: dt.date | None, year: str | None, month: int, day: str) -> dt.date | None:
    if year is None and ref is None:
        return None
    guess = int(year) if year else ref.year  # type: ignore[union-attr]
    try:
        found = dt.date(guess, month, int(day))
    except ValueError:
        return None
    if year is None and ref is not None and found > ref + dt.timedelta(days=2):
        try:
            found = dt.date(guess - 1, month, int(day))
        except ValueError:
            return None
    return found


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _count(word: str | None) -> int:
    if not word:
        return 3
    word = " ".join(word.split())
    return int(word) if word.isdigit() else _FEW.get(word, 3)


class _Reader:
    """Date expressions around the trigger words of one span of text."""

    def __init__(self, low: str, lo: int, hi: int, ref: dt.date | None) -> None:
        self.low, self.lo, self.hi, self.ref = low, lo, hi, ref

    def before(self, pattern: re.Pattern[str], pos: int, reach: int) -> re.Match[str] | None:
        return pattern.search(self.low, max(self.lo, pos - reach), pos)

    def weekday(self, pos: int, end: int, word: str) -> DateHit | None:
        if _FOLLOWED_BY_DATE.match(self.low, end, self.hi):
            return None
        modifier = self.before(_MODIFIER, pos, 12)
        mod = modifier.group("mod") if modifier else ""
        if mod == "next":
            return None
        tail = _TIME_OF_DAY.match(self.low, end, self.hi)
        stop = tail.end() if tail else end
        start = modifier.start() if modifier else pos
        day = _weekday(self.ref, word, mod in ("last", "penultimate"))
        if mod == "penultimate":  # Nigerian usage: the one before last
            day = shift(day, 7)
        return self._ended(DateHit(start, stop, day))

    def _ended(self, hit: DateHit) -> DateHit:
        """ "Ended on Sunday": the last day of the event, whose first day is not given (approximate)."""
        if hit.date is None or not self.before(_ENDED_BEFORE, hit.start, 30):
            return hit
        return replace(hit, end_date=hit.date, precision="approximate")

    def short_weekday(self, pos: int, end: int, word: str) -> DateHit | None:
        dotted = self.low.startswith(".", end)
        if word in _AMBIGUOUS_SHORT and not self.before(_SHORT_MODIFIER, pos, 12):
            return None
        if not dotted and len(word) == 3 and not self.before(_SHORT_MODIFIER, pos, 12):
            return None
        hit = self.weekday(pos, end + 1 if dotted else end, _SHORT_WEEKDAYS[word])
        if hit is not None and dotted and hit.end == end + 1:
            hit.end = end
        return hit

    def _month_only(self, pos: int, end: int, number: int) -> DateHit | None:
        """ "In July", "last June", "in March 2014": a background cue when before the reference's month."""
        lead = self.before(_MONTH_ONLY_BEFORE, pos, 20)
        if lead is None:
            return None
        year = _YEAR_AFTER.match(self.low, end, self.hi)
        given = year.group("year") if year else None
        if given is None and self.ref is None:
            return None
        ref = self.ref
        guess = int(given) if given else ref.year  # type: ignore[union-attr]
        if (
            given is None
            and ref is not None
            and (number > ref.month or (lead.group("mod") == "last" and number == ref.month))
        ):
            guess -= 1
        if ref is not None and (guess, number) >= (ref.year, ref.month):
            return None
        stop = year.end() if year and given else end
        return DateHit(lead.start(), stop, dt.date(guess, number, 1), None, "approximate", background=True)

    def month(self, pos: int, end: int, word: str) -> DateHit | None:
        number = _MONTHS[word[:3]]
        mdy = _MDY.match(self.low, pos, self.hi)
        if mdy is not None:
            found = _calendar(self.ref, mdy.group("year"), number, mdy.group("day"))
            return self._ended(DateHit(pos, mdy.end(), found)) if found else None
        dmy = self.before(_DMY_BEFORE, pos, 14)
        if dmy is not None:
            year = _YEAR_AFTER.match(self.low, pos + 3, self.hi)
            found = _calendar(self.ref, year.group("year") if year else None, number, dmy.group("day"))
            if found is None:
                return None
            first = dmy.group("first")
            if first is not None and 0 < int(first) < found.day:
                # "7-10 Feb 2023": from the first day to the last
                begun = found.replace(day=int(first))
                return DateHit(dmy.start(), year.end() if year else end, begun, found)
            return DateHit(dmy.start(), year.end() if year else end, found)
        return self._month_only(pos, end, number)

    def day(self, pos: int, end: int, word: str) -> DateHit | None:
        nth = self.before(_NTH_BEFORE, pos, 50)
        if nth is not None and word == "day":
            on = _ON_WEEKDAY.match(self.low, end, self.hi)
            last = _weekday(self.ref, on.group("wd"), False) if on else self.ref
            return DateHit(
                nth.start(), on.end() if on else end, shift(last, _NTH[nth.group("nth")] - 1), last
            )
        if word == "hours" and _LATER_AFTER.match(self.low, end, self.hi):
            # "Hours later", "a few hours later": the day of the event told before
            later = _LATER_AFTER.match(self.low, end, self.hi)
            lead = self.before(_HOURS_BEFORE, pos, 20)
            return DateHit(lead.start() if lead else pos, later.end() if later else end, None, prior=0)
        if word == "day":
            previous = self.before(_PREVIOUS_DAY_BEFORE, pos, 16)
            if previous is not None:
                return DateHit(previous.start(), end, shift(self.ref, 1), prior=1)
            if _DAY_BEFORE.match(self.low, pos, self.hi) and self.before(_THE_BEFORE, pos, 6):
                return DateHit(pos - 4, pos + len("day before"), shift(self.ref, 1), prior=1)
            same = self.before(_SAME_DAY_BEFORE, pos, 24)
            if same is not None:
                return DateHit(same.start(), end, None, prior=0)
            return None
        recent = self.before(_RECENT_BEFORE, pos, 40)
        if recent is not None and word in ("days", "weeks", "months", "years"):
            days = {"days": 3, "weeks": 14, "months": 60, "years": 365}[word]
            return DateHit(recent.start(), end, shift(self.ref, days), None, "approximate", background=True)
        base = word.rstrip("'’s") if word.endswith(("'s", "’s")) else word
        if base in ("week", "month", "year"):
            which = self.before(_LAST_UNIT_BEFORE, pos, 20)
            if which is None:
                return None
            kind = which.group("which")
            earlier = kind.startswith("earlier")
            if base == "week":
                days = 3 if earlier else 7
            elif base == "month":
                if "past" in kind:
                    return None
                days = 10 if earlier else 30
            else:
                if "previous" in kind or "past" in kind:
                    return None
                days = 90 if earlier else 365
            tail = _POSSESSIVE.match(self.low, end, self.hi)
            stop = tail.end() if tail else end
            return DateHit(which.start(), stop, shift(self.ref, days), None, "approximate", background=True)
        return None

    def ago(self, pos: int, end: int, word: str) -> DateHit | None:
        span = self.before(_AGO_BEFORE, pos, 30)
        if span is None:
            return None
        unit = span.group("unit")
        days = _count(span.group("n")) * _UNIT_DAYS[unit]
        exact = unit.startswith("day") and " ".join(span.group("n").split()) not in ("a few", "several")
        precision: DatePrecision = "day" if exact else "approximate"
        if word == "ago":
            return DateHit(span.start(), end, shift(self.ref, days), None, precision, background=not exact)
        return DateHit(span.start(), end, None, None, precision, background=True, offset=days)

    def after(self, pos: int, end: int, word: str) -> DateHit | None:
        span = self.before(_AFTER_BEFORE, pos, 30)
        if span is None:
            return None
        unit = span.group("unit")
        days = _count(span.group("n")) * _UNIT_DAYS[unit] if span.group("n") else 3 * max(1, _UNIT_DAYS[unit])
        return DateHit(span.start(), end, None, None, "approximate", background=True, offset=days, split=True)

    def since(self, pos: int, end: int, word: str) -> DateHit | None:
        match = _SINCE_AFTER.match(self.low, pos, self.hi)
        if match is None:
            return None
        if match.group("year"):
            year = dt.date(int(match.group("year")), 1, 1)
            return DateHit(pos, match.end(), year, None, "approximate", background=True)
        return DateHit(pos, match.end(), _weekday(self.ref, match.group("wd"), True), self.ref)

    def relative(self, pos: int, end: int, word: str) -> DateHit | None:
        if word == "yesterday":
            return DateHit(pos, end, shift(self.ref, 1))
        if word in ("today", "tonight", "tonite"):
            return DateHit(pos, end, self.ref)
        if word == "overnight":
            if re.match(rf"\s+{_WD}", self.low[end : end + 12]):
                return None
            return DateHit(pos, end, self.ref, weak=True)
        if word in ("night", "nite"):
            last = self.before(_LAST_NIGHT_BEFORE, pos, 16)
            return DateHit(last.start(), end, shift(self.ref, 1)) if last else None
        this = self.before(_THIS_BEFORE, pos, 6)
        return DateHit(this.start(), end, self.ref) if this else None

    def numeric(self, pos: int, end: int) -> DateHit | None:
        """ "12/03/2019", "1.4.2020": day first unless that is after the reference and month first is not."""
        found = _NUMERIC_BEFORE.search(self.low, max(self.lo, pos - 6), pos)
        year = _YEAR_WORD.match(self.low, pos, self.hi)
        if found is None or year is None:
            return None
        a, b, y = int(found.group("a")), int(found.group("b")), int(year.group())
        options = [_valid(y, b, a), _valid(y, a, b)]
        valid = [d for d in options if d is not None]
        if not valid:
            return None
        latest = self.ref + dt.timedelta(days=2) if self.ref is not None else None
        past = [d for d in valid if latest is None or d <= latest]
        return DateHit(found.start(), year.end(), (past or valid)[0])

    def year(self, pos: int, end: int) -> DateHit | None:
        """ "In 2014,": a background cue when the year is before the reference's."""
        year = _YEAR_WORD.match(self.low, pos, self.hi)
        lead = self.before(_YEAR_ONLY_BEFORE, pos, 16)
        if year is None or lead is None or self.ref is None:
            return None
        number = int(year.group())
        if number >= self.ref.year:
            return None
        return DateHit(lead.start(), year.end(), dt.date(number, 1, 1), None, "approximate", background=True)

    def ordinal(self, pos: int, end: int, word: str) -> DateHit | None:
        """ "On the 13th", "the 3rd of this month": a day of the reference's month (the previous month when
        that day is after the reference, or "of last month")."""
        lead = self.before(_ORDINAL_BEFORE, pos, 12)
        tail = _ORDINAL_AFTER.match(self.low, end, self.hi)
        if lead is None or tail is None or tail.group("noun") or self.ref is None:
            return None
        if not (lead.group("on") or tail.group("which") or tail.group("stop") is not None):
            return None
        day, ref = int(word[:-2]), self.ref
        which = tail.group("which") or ""
        back = which in ("last", "previous") or (which != "this" and day > ref.day)
        year, month = (ref.year, ref.month - 1) if back else (ref.year, ref.month)
        if month == 0:
            year, month = year - 1, 12
        found = _valid(year, month, day)
        stop = tail.end() if which else end
        return DateHit(lead.start() if lead.group("on") else pos, stop, found) if found else None

    def day_month(self, pos: int, end: int) -> DateHit | None:
        """ "On 3/3": day first (month first when that is the only valid or past reading), the reference's
        year, or the year before when the day would be after the reference."""
        match = _DAY_MONTH.match(self.low, pos, self.hi)
        if match is None or self.ref is None or not self.before(_DAY_MONTH_BEFORE, pos, 8):
            return None
        a, b, ref = int(match.group("a")), int(match.group("b")), self.ref
        if (a, b) == (24, 7):
            return None
        latest = ref + dt.timedelta(days=2)
        options: list[dt.date] = []
        for day, month in ((a, b), (b, a)):
            found = _valid(ref.year, month, day) if 1 <= month <= 12 else None
            if found is not None and found > latest:
                found = _valid(ref.year - 1, month, day)
            if found is not None:
                options.append(found)
        return DateHit(pos, match.end(), options[0]) if options else None

    def holiday(self, pos: int, end: int, word: str) -> DateHit | None:
        """ "On Christmas Day", "on New Year's Eve": the latest such day on or before the reference."""
        match = _HOLIDAY.match(self.low, pos, self.hi)
        if match is None or self.ref is None:
            return None
        which = match.group("xday") or match.group("nday")
        if which is None and not self.before(_HOLIDAY_BEFORE, pos, 8):
            return None
        if match.group("nday"):
            month, day = (1, 1) if which == "day" else (12, 31)
        else:
            month, day = (12, 24) if which == "eve" else (12, 25)
        found = _calendar(self.ref, None, month, str(day))
        return DateHit(pos, match.end(), found) if found else None

    def iso(self, pos: int, end: int, word: str) -> DateHit | None:
        match = _ISO.match(self.low, pos, self.hi)
        if match is None:
            return self.numeric(pos, end) or self.year(pos, end)
        try:
            found = dt.date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        except ValueError:
            return None
        return DateHit(pos, match.end(), found)


_ORDINAL_SET: Final = frozenset(_ORDINALS)
_Handler = Callable[[_Reader, int, int, str], DateHit | None]
_HANDLERS: Final[dict[str, _Handler]] = {w: _Reader.weekday for w in _WEEKDAYS}
_HANDLERS.update({w: _Reader.short_weekday for w in _SHORT_WEEKDAYS})
_HANDLERS.update({w: _Reader.month for w in _MONTH_WORDS})
_HANDLERS.update({w: _Reader.day for w in _UNIT_WORDS})
_HANDLERS.update(
    {"ago": _Reader.ago, "earlier": _Reader.ago, "before": _Reader.ago, "previously": _Reader.ago}
)
_HANDLERS.update({"after": _Reader.after, "since": _Reader.since})
_HANDLERS.update({"christmas": _Reader.holiday, "new": _Reader.holiday})
_HANDLERS.update(
    {
        w: _Reader.relative
        for w in (
            "yesterday",
            "today",
            "tonight",
            "tonite",
            "overnight",
            "night",
            "nite",
            "morning",
            "afternoon",
            "evening",
        )
    }
)


def find_dates(
    text: str, start: int, end: int, ref: dt.date | None, triggers: Triggers | None = None
) -> list[DateHit]:
    """Date expressions in text[start:end], resolved against `ref` (dates stay None without one)."""
    if triggers is None:
        from agents.extract.keywords import scan

        triggers = scan(text)
    low = triggers.low
    reader = _Reader(low, start, end, ref)
    hits: list[DateHit] = []
    reached = start
    for pos, stop in triggers.at("date", start, end):
        if pos < reached:
            continue
        word = low[pos:stop]
        if word[0].isdigit():
            whole = _WORD.match(low, pos, end)
            if whole is not None and whole.group() in _ORDINAL_SET:
                hit = reader.ordinal(pos, whole.end(), whole.group())
            elif low.startswith("/", pos + 1) or low.startswith("/", pos + 2):
                hit = reader.day_month(pos, stop) or reader.iso(pos, stop, word)
            else:
                hit = reader.iso(pos, stop, word)
        else:
            whole = _WORD.match(low, pos, end)
            word = whole.group() if whole else word
            handler = _HANDLERS.get(word)
            if handler is None and word.endswith(("'s", "’s")):
                word = word[:-2]
                handler = _HANDLERS.get(word)
            hit = handler(reader, pos, pos + len(word), word) if handler else None
        if hit is not None and hit.start >= reached:
            hits.append(hit)
            reached = hit.end
    return hits
