"""Counts written as digits or words: "32", "1,200", "six", "twenty-five", "a dozen", "dozens", "a child"."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final, Literal

__all__ = ["NUMBER", "QUALIFIER", "Qualifier", "Quantity", "parse_count", "parse_qualifier"]

Qualifier = Literal["exact", "at_least", "more_than", "about", "up_to", "vague"]

_UNITS: Final = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS: Final = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
#: Nominal lower bounds of vague amounts ("dozens" is at least two dozen).
VAGUE: Final[dict[str, int]] = {
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
    "thousands": 2000,
    "several": 3,
    "a few": 2,
    "a number": 2,
    "numerous": 3,
    "a handful": 2,
    "tens": 20,
}

_U: Final = "|".join(sorted(_UNITS, key=len, reverse=True))
_T: Final = "|".join(_TENS)
_SMALL: Final = rf"(?:(?:{_T})(?:[- ](?:{_U}))?|{_U})"
_WORDS: Final = rf"(?:{_SMALL}|an?)(?:\s+hundred(?:\s+(?:and\s+)?{_SMALL})?)?|{_SMALL}"
_DIGITS: Final = r"\d{1,3}(?:,\d{3})+|\d+"

#: A count: digits, number words, dozens, vague amounts, or the article "a"/"an" (one).
NUMBER: Final = (
    rf"(?:half\s+a\s+dozen|(?:a|one|two|three|four|five)\s+dozen|a\s+couple(?:\s+of)?|both"
    rf"|(?:{_DIGITS})(?![\d:])|(?:{_WORDS})"
    r"|dozens|scores|hundreds|thousands|several|a\s+few|a\s+number|numerous|a\s+handful|tens)"
)
#: A qualifier before a count.
QUALIFIER: Final = (
    r"(?:at\s+least|no\s+(?:fewer|less)\s+than|not\s+less\s+than|a\s+minimum\s+of|a\s+total\s+of"
    r"|more\s+than|over|upwards\s+of|in\s+excess\s+of|above|"
    r"about|around|approximately|roughly|some|an\s+estimated|estimated|close\s+to|"
    r"nearly|almost|up\s+to|as\s+many\s+as|at\s+most|less\s+than|fewer\s+than|under)"
)

_QUALIFIERS: Final[dict[str, Qualifier]] = {
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
    "a minimum of": "at_least",
    "a total of": "exact",
    "more than": "more_than",
    "over": "more_than",
    "upwards of": "more_than",
    "in excess of": "more_than",
    "above": "more_than",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "close to": "about",
    "nearly": "up_to",
    "almost": "up_to",
    "up to": "up_to",
    "as many as": "up_to",
    "at most": "up_to",
    "less than": "up_to",
    "fewer than": "up_to",
    "under": "up_to",
}
_SPACES: Final = re.compile(r"\s+", re.ASCII)
_WORD_SPLIT: Final = re.compile(r"[\s-]+", re.ASCII)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A count with its qualifier; `vague` counts ("dozens") are nominal lower bounds."""

    count: int
    qualifier: Qualifier


@functools.lru_cache(maxsize=512)
def parse_qualifier(text: str | None) -> Qualifier:
    """The qualifier of a phrase such as "at least"; "exact" when there is none."""
    if not text:
        return "exact"
    return _QUALIFIERS.get(_SPACES.sub(" ", text.strip().lower()), "exact")


def _small(words: list[str]) -> int:
    total = 0
    for word in words:
        if word in _TENS:
            total += _TENS[word]
        elif word in _UNITS:
            total += _UNITS[word]
        elif word in ("a", "an"):
            total += 1
    return total


@functools.lru_cache(maxsize=2048)
def parse_count(text: str) -> tuple[int, bool] | None:
    """(count, vague) of a number phrase matched by NUMBER; None when it is not a count."""
    raw = _SPACES.sub(" ", text.strip().lower())
    if not raw:
        return None
    if raw[0].isdigit():
        return int(raw.replace(",", "")), False
    if raw in VAGUE:
        return VAGUE[raw], True
    if raw.startswith("a couple"):
        return 2, False
    if raw == "both":
        return 2, False
    if raw.endswith("dozen"):
        head = raw[: -len("dozen")].strip()
        if head == "half a":
            return 6, False
        return 12 * max(1, _small([head])), False
    words = [w for w in _WORD_SPLIT.split(raw) if w and w != "and"]
    if "hundred" in words:
        at = words.index("hundred")
        return max(1, _small(words[:at])) * 100 + _small(words[at + 1 :]), False
    value = _small(words)
    return (value, False) if value else None
