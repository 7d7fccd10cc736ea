"""Text cleaning: body paragraphs without headlines and boilerplate, and the dateline, all as offsets."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Final

__all__ = ["Block", "Body", "Dateline", "clean", "field_row"]

_BOILERPLATE: Final = re.compile(
    r"(?i)^\W*(?:read\s+more|read\s+also|also\s+read|latest(?:\s+\w+)?\s+news|other\s+[\w ]{0,30}news"
    r"|more\s+news|related(?:\s+(?:news|stories|articles|posts))?|representational\s+(?:image|photo|picture)"
    r"|file\s+(?:photo|image|picture)|photo\s*:|image\s*:|advertisement|share\s+this|follow\s+us"
    r"|subscribe|sign\s+up|click\s+here|tags\s*:|comments?|copyright|all\s+rights\s+reserved|top\s+stories"
    r"|trending|most\s+read|you\s+may\s+also\s+like|recommended|print|email)\b",
    re.ASCII,
)
_WORD: Final = re.compile(r"[^\W\d_][\w'’-]*", re.ASCII)
_ISO_DATELINE: Final = re.compile(r"\s*date\s+(\d{4})-(\d{2})-(\d{2})\b\s*", re.ASCII)
_MONTH: Final = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WIRE_DATELINE: Final = re.compile(
    r"(?P<city>[A-Z][A-Za-z'’.\-]+(?:\s+[A-Z][A-Za-z'’.\-]+){0,3}"
    r"(?:/[A-Z][A-Za-z'’.\-]+(?:\s+[A-Z][A-Za-z'’.\-]+){0,2})?)"  # "WASHINGTON/BEIRUT"
    r"(?:,\s*(?P<country>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?)\.?)?"
    rf"(?:,?\s*(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}}))?"
    r",?\s*(?P<agency>\((?:[A-Za-z][\w .&/-]{1,30})\))?\s*"
    r"(?P<dash>[—–]|--?|:(?=\s))\s*",
    re.ASCII,
)
_COLON_DATELINE = re.compile(
    r"(?P<city>[A-Z](?:[a-z]+|[A-Z]+)(?:\s+[A-Z](?:[a-z]+|[A-Z]+))?)\s*:\s+(?=[A-Z])", re.ASCII
)
#: A record row of "|"-separated cells, one a dated or placed field ("| Date/time of occurrence: 29-04-2025").
_ROW_FIELD: Final = re.compile(
    r"(?i)\|\s*(?:[\w/]+\s+){0,3}?(?:date|time|place|location|district|province|occurrence)\b[^|:]{0,20}:\s*\S",
    re.ASCII,
)
#: A log or report line "Key: value" ("Place: ...", "Casualties: ...", "event_date: ..."): body, no headline.
_FIELD: Final = re.compile(
    r"\W{0,3}(?:#\d+\s+)?(?P<key>date(?:[ _]of[ _](?:occurrence|incident|event))?|event[ _]date|time"
    r"|place(?:[ _]of[ _](?:occurrence|incident))?|location|type|incident(?:[ _]type)?|event(?:[ _]type)?"
    r"|casualties|fatalities|target|perpetrators?|suspects?|accused|actors|summary|remarks|claim|province"
    r"|district|governorate|region|state|country|county|lga|tehsil|sub-?district|town|village|city|source)"
    r"\s*:\s*\S",
    re.ASCII | re.IGNORECASE,
)
#: The day a log or summary covers, from its title: "(period covered: 7 March 2021)", "LOG - 8 Mar 2021".
_PERIOD: Final = re.compile(
    r"(?i)\b(?:period\s+covered|covering|reporting\s+period|log)\W{1,4}(?:(?:on|for|of)\s+)?"
    r"(?P<day>[0-3]?\d)\s+(?P<month>[a-z]{3,9})\.?,?\s+(?P<year>(?:19|20)\d\d)\b",
    re.ASCII,
)
#: A publication line: "Published: 17 Feb 2019", "Posted on 3 May 2020".
_PUBLISHED: Final = re.compile(
    r"(?i)\W{0,3}(?:published|posted|updated)(?:\s+on)?\s*:?\s*(?:[a-z]{3,9},?\s+)?"
    r"(?P<day>[0-3]?\d)\s+(?P<month>[a-z]{3,9})\.?,?\s+(?P<year>(?:19|20)\d\d)\b",
    re.ASCII,
)
_MONTHS: Final = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1
    )
}


@dataclass(init=False, slots=True)
class Block:
    """A body paragraph: character offsets into the article text and its position."""

    start: int
    end: int
    index: int

    def __init__(self, start: int, end: int, index: int) -> None:
        """Written out so that mypyc compiles it (a dataclass-made __init__ stays interpreted)."""
        self.start = start
        self.end = end
        self.index = index


@dataclass(frozen=True, slots=True)
class Dateline:
    """A wire dateline such as "KABUL, July 20 (Xinhua) —": the city span and the month/day it gives."""

    start: int
    end: int
    city: str
    month: int | None
    day: int | None
    #: What follows the city: a country, or a province or district ("KHAR, Bajaur:").
    region: str | None = None


@dataclass(frozen=True, slots=True)
class Body:
    """The readable body of an article, as spans of the untouched text."""

    text: str
    blocks: tuple[Block, ...]
    skipped: tuple[tuple[int, int], ...]
    reference: dt.date | None
    dateline: Dateline | None
    #: The day a log or daily summary covers, from its title.
    period: dt.date | None = None


def _terminated(line: str) -> bool:
    """True when a line ends with a full stop, question or exclamation mark (closing quotes allowed)."""
    tail = line.rstrip().rstrip("\"'’”)]")
    return tail.endswith((".", "!", "?"))


def _is_headline(line: str, before_body: bool) -> bool:
    """A line without final punctuation: a headline before the body, boilerplate if short later on."""
    if _terminated(line):
        return False
    words = len(_WORD.findall(line))
    if line.rstrip().endswith(":") and words >= 6:
        return False  # a sentence introducing a list ("Three attacks were reported, police said:")
    if before_body:
        return words <= 16
    return words <= 6


def _day_of(match: re.Match[str]) -> dt.date | None:
    """The date a `_PERIOD` or `_PUBLISHED` match names."""
    month = _MONTHS.get(match.group("month")[:3].lower())
    if month is None:
        return None
    try:
        return dt.date(int(match.group("year")), month, int(match.group("day")))
    except ValueError:
        return None


def _dateline(text: str, start: int, end: int) -> tuple[int, Dateline | None, dt.date | None]:
    """Skip `date YYYY-MM-DD` and a wire dateline at the start of the first body line."""
    reference: dt.date | None = None
    pos = start
    iso = _ISO_DATELINE.match(text, pos, end)
    if iso:
        try:
            reference = dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            reference = None
        pos = iso.end()
    wire = _WIRE_DATELINE.match(text, pos, min(end, pos + 120))
    if wire and wire.group("dash") == ":" and _FIELD.match(text, pos, end):
        wire = None  # "DATE: 02/12/2019", "PROVINCE: Urozgan": a field, no dateline
    if wire and (wire.group("agency") or wire.group("month") or wire.group("city").isupper()):
        month = day = None
        if wire.group("month"):
            month = _MONTHS.get(wire.group("month")[:3].lower())
            day = int(wire.group("day"))
        line = Dateline(
            wire.start("city"), wire.end("city"), wire.group("city"), month, day, wire.group("country")
        )
        return wire.end(), line, reference
    colon = _COLON_DATELINE.match(text, pos, min(end, pos + 40))
    if colon and not _FIELD.match(text, pos, end):
        return (
            colon.end(),
            Dateline(colon.start("city"), colon.end("city"), colon.group("city"), None, None),
            reference,
        )
    return pos, None, reference


def _lines(text: str) -> list[tuple[int, int, str]]:
    """The non-empty lines of `text` with their offsets (what `[^\\n]+` finds, without a regex scan)."""
    found: list[tuple[int, int, str]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line:
            found.append((start, end, line))
        start = end + 1
    return found


def field_row(text: str, start: int, end: int) -> bool:
    """True for a record row of "|"-separated cells with a dated or placed field in it."""
    return text.count("|", start, end) >= 2 and _ROW_FIELD.search(text, start, end) is not None


def clean(text: str) -> Body:
    """Body paragraphs of `text` with headlines, boilerplate lines and the dateline set aside.

    Text made only of headline-like lines (no full stops) is read as body: it is all there is.
    """
    blocks: list[Block] = []
    skipped: list[tuple[int, int]] = []
    reference: dt.date | None = None
    dateline: Dateline | None = None
    period: dt.date | None = None
    for start, end, line in _lines(text):
        stripped = line.strip()
        if not stripped:
            continue
        start += len(line) - len(line.lstrip())
        end -= len(line) - len(line.rstrip())
        if len(stripped) < 80 and _BOILERPLATE.match(stripped):
            skipped.append((start, end))
            continue
        if not blocks:
            body_start, dateline, iso = _dateline(text, start, end)
            reference = reference or iso
            if body_start > start:
                skipped.append((start, body_start))
                start = body_start
            if start >= end:
                continue
        if (":" in stripped[:30] and _FIELD.match(stripped)) or field_row(text, start, end):
            blocks.append(Block(start, end, len(blocks)))
            continue
        if _is_headline(text[start:end], before_body=not blocks):
            skipped.append((start, end))
            if len(stripped) < 120 and ((not blocks and period is None) or reference is None):
                covered = _PERIOD.search(stripped) if not blocks else None
                if covered is not None:
                    period = _day_of(covered)
                published = _PUBLISHED.match(stripped)
                if published is not None and reference is None:
                    reference = _day_of(published)
            continue
        blocks.append(Block(start, end, len(blocks)))
    if not blocks:
        blocks = [
            Block(start, end, n)
            for n, (start, end) in enumerate(s for s in skipped if not _BOILERPLATE.match(text[s[0] : s[1]]))
            if not _ISO_DATELINE.fullmatch(text, start, end)
        ]
        skipped = [s for s in skipped if not any(b.start == s[0] and b.end == s[1] for b in blocks)]
    return Body(text, tuple(blocks), tuple(skipped), reference, dateline, period)
