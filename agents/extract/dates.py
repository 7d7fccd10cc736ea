"""Date expressions resolved against a reference date: weekdays, "yesterday", spans, background cues.

Weekdays ("on Thursday") are the latest such day on or before the reference ("last Thursday": strictly
before). Month-day dates without a year take the reference's year (the previous year when that would lie in
the future). Background cues ("last week", "a few days after", "in recent months") mark an earlier event and
give an approximate date; "a few days after/earlier" is counted back from the event being described, not the
reference.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from streams.records import DatePrecision

__all__ = ["DateHit", "find_dates", "shift"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH_NAMES = {
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
_MON = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
_NTH = {
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
_FEW = {
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
_NUM = r"(?:a\s+few|few|several|a\s+couple\s+of|two|three|four|five|six|ten|a|one|\d{1,2})"

_PATTERN = re.compile(
    rf"""(?ix)
    (?P<nth>\b(?:entered|entering|enters|into|in|on)\s+(?:its|the|their)\s+
        (?P<nthword>second|third|fourth|fifth|sixth|seventh|2nd|3rd|4th)\s+(?:straight\s+|consecutive\s+)?day
        (?:\s+on\s+(?P<nthwd>{_WD}))?)
  | (?P<since>\bsince\s+(?:early\s+|late\s+|last\s+)?(?P<sincewd>{_WD})
        (?:\s+(?:morning|afternoon|evening|night))?)
  | (?P<sinceyear>\bsince\s+(?P<year0>(?:19|20)\d\d)\b)
  | (?P<iso>\b(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b)
  | (?P<dmy>\b(?:{_WD},?\s+)?(?:the\s+)?(?P<d1>[0-3]?\d){_ORD}\s+(?:of\s+)?(?P<m1>{_MON})
        (?:,?\s+(?P<y1>(?:19|20)\d\d))?\b)
  | (?P<mdy>\b(?:{_WD},?\s+)?(?P<m2>{_MON})\s+(?P<d2>[0-3]?\d){_ORD}(?![\d:])
        (?:,?\s+(?P<y2>(?:19|20)\d\d))?\b)
  | (?P<ago>\b(?P<agon>{_NUM})\s+(?P<agou>days?|weeks?|months?)\s+(?P<agodir>ago|earlier|before|previously))
  | (?P<after>\b(?:(?P<aftn>{_NUM})\s+)?(?P<aftu>days?|weeks?|months?|hours?)\s+after\b)
  | (?P<lastweek>\b(?:last\s+week(?:'s|’s)?|(?:the\s+)?(?:previous|past)\s+week(?:'s|’s)?
        |earlier\s+this\s+week))
  | (?P<lastmonth>\b(?:last\s+month(?:'s|’s)?|earlier\s+this\s+month|(?:the\s+)?previous\s+month))
  | (?P<lastyear>\b(?:last\s+year(?:'s|’s)?|earlier\s+this\s+year))
  | (?P<recent>\bin\s+(?:recent|the\s+past|the\s+last)\s+(?:few\s+|several\s+)?
        (?P<recu>days|weeks|months|years))
  | (?P<yesterday>\b(?:yesterday|last\s+night|the\s+previous\s+(?:day|night)|the\s+day\s+before))
  | (?P<today>\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today
        |overnight(?!\s+{_WD})))
  | (?P<wd>\b(?:(?P<wdmod>last|this|on|early|late|from|overnight|by|next)\s+)?(?P<wdname>{_WD})(?:'s|’s)?
        (?:\s+(?:morning|afternoon|evening|night))?)
    """
)


@dataclass(frozen=True, slots=True)
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


def shift(day: dt.date | None, days: int) -> dt.date | None:
    """`day` moved back by `days` days (None stays None)."""
    return None if day is None else day - dt.timedelta(days=days)


def _weekday(ref: dt.date | None, name: str, strictly_before: bool) -> dt.date | None:
    if ref is None:
        return None
    back = (ref.weekday() - _WEEKDAYS.index(name.lower())) % 7
    if back == 0 and strictly_before:
        back = 7
    return ref - dt.timedelta(days=back)


def _calendar(ref: dt.date | None, year: str | None, month: str, day: str) -> dt.date | None:
    number = _MONTH_NAMES.get(month[:3].lower())
    if number is None:
        return None
    if year is None:
        if ref is None:
            return None
        guess = ref.year
    else:
        guess = int(year)
    try:
        found = dt.date(guess, number, int(day))
    except ValueError:
        return None
    if year is None and ref is not None and found > ref + dt.timedelta(days=2):
        try:
            found = dt.date(guess - 1, number, int(day))
        except ValueError:
            return None
    return found


def _count(word: str | None) -> int:
    if not word:
        return 3
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else _FEW.get(word, 3)


def _hit(m: re.Match[str], ref: dt.date | None) -> DateHit | None:
    start, end = m.span()
    kind = m.lastgroup
    if kind == "nth":
        n = _NTH[m.group("nthword").lower()]
        last = _weekday(ref, m.group("nthwd"), False) if m.group("nthwd") else ref
        return DateHit(start, end, shift(last, n - 1), last)
    if kind == "since":
        first = _weekday(ref, m.group("sincewd"), True)
        return DateHit(start, end, first, ref)
    if kind == "sinceyear":
        return DateHit(start, end, dt.date(int(m.group("year0")), 1, 1), None, "approximate", background=True)
    if kind == "iso":
        try:
            return DateHit(start, end, dt.date(int(m.group("iy")), int(m.group("im")), int(m.group("id"))))
        except ValueError:
            return None
    if kind == "dmy":
        found = _calendar(ref, m.group("y1"), m.group("m1"), m.group("d1"))
        return DateHit(start, end, found) if found else None
    if kind == "mdy":
        found = _calendar(ref, m.group("y2"), m.group("m2"), m.group("d2"))
        return DateHit(start, end, found) if found else None
    if kind == "ago":
        days = _count(m.group("agon")) * _UNIT_DAYS[m.group("agou").lower()]
        exact = m.group("agou").lower().startswith("day") and m.group("agon").lower() not in (
            "a few",
            "several",
        )
        precision: DatePrecision = "day" if exact else "approximate"
        if m.group("agodir").lower() == "ago":
            return DateHit(start, end, shift(ref, days), None, precision, background=not exact)
        return DateHit(start, end, None, None, precision, background=True, offset=days)
    if kind == "after":
        unit = m.group("aftu").lower()
        days = _count(m.group("aftn")) * _UNIT_DAYS[unit] if m.group("aftn") else 3 * max(1, _UNIT_DAYS[unit])
        return DateHit(start, end, None, None, "approximate", background=True, offset=days, split=True)
    if kind == "lastweek":
        days = 3 if m.group().lower().startswith("earlier") else 7
        return DateHit(start, end, shift(ref, days), None, "approximate", background=True)
    if kind == "lastmonth":
        days = 10 if m.group().lower().startswith("earlier") else 30
        return DateHit(start, end, shift(ref, days), None, "approximate", background=True)
    if kind == "lastyear":
        days = 90 if m.group().lower().startswith("earlier") else 365
        return DateHit(start, end, shift(ref, days), None, "approximate", background=True)
    if kind == "recent":
        days = {"days": 3, "weeks": 14, "months": 60, "years": 365}[m.group("recu").lower()]
        return DateHit(start, end, shift(ref, days), None, "approximate", background=True)
    if kind == "yesterday":
        return DateHit(start, end, shift(ref, 1))
    if kind == "today":
        return DateHit(start, end, ref)
    if kind == "wd":
        modifier = (m.group("wdmod") or "").lower()
        if modifier == "next":
            return None
        return DateHit(start, end, _weekday(ref, m.group("wdname"), modifier == "last"))
    return None


def find_dates(text: str, start: int, end: int, ref: dt.date | None) -> list[DateHit]:
    """Date expressions in text[start:end], resolved against `ref` (dates stay None without one)."""
    hits: list[DateHit] = []
    for match in _PATTERN.finditer(text, start, end):
        hit = _hit(match, ref)
        if hit is not None:
            hits.append(hit)
    return hits
