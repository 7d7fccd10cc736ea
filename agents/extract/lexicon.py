"""One keyword pass per article (Aho-Corasick): where each finder's trigger words are.

Finders declare trigger words by category; `scan` finds all of them in one pass over the lower-cased text, so
the detailed regular expressions run only at (or next to) a trigger instead of at every position of the
article. A trigger must start a word; one ending in "*" is a stem (any letters may follow), otherwise it must
end a word. Punctuation and spaces count as one separator: "al-Shabaab" and "al Shabaab" are the same trigger.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Final, cast

import ahocorasick

__all__ = ["Lexicon", "Triggers", "ends_with", "fold", "lower"]


def lower(text: str) -> str:
    """Lower-cased text with the same length (characters whose lower case is longer stay as they are)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def ends_with(text: str, lo: int, hi: int, endings: tuple[str, ...]) -> bool:
    """True when text[lo:hi], trailing whitespace aside, ends with one of `endings`: a cheap test that lets an
    end-anchored regular expression ("... by $") run only where it can match."""
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return text.endswith(endings, lo, hi)


@dataclass(frozen=True, slots=True)
class Triggers:
    """Where each category's trigger words are in one article, and its lower-cased text."""

    low: str
    hits: dict[str, list[tuple[int, int]]]
    starts: dict[str, list[int]]

    def at(self, category: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """(start, end) of the category's triggers starting in [lo, hi)."""
        starts = self.starts.get(category)
        if starts is None:
            return []
        return self.hits[category][bisect_left(starts, lo) : bisect_left(starts, hi)]

    def every(self, category: str) -> list[tuple[int, int]]:
        """All (start, end) of the category's triggers."""
        return self.hits.get(category) or []

    def in_spans(self, category: str, spans: list[tuple[int, int]]) -> list[bool]:
        """For each of the (sorted, disjoint) spans: does a trigger of the category start in it?"""
        flags = [False] * len(spans)
        starts = self.starts.get(category)
        if not starts:
            return flags
        i = 0
        size = len(spans)
        for start in starts:
            while i < size and spans[i][1] <= start:
                i += 1
            if i == size:
                break
            if spans[i][0] <= start:
                flags[i] = True
        return flags

    def has(self, category: str, lo: int, hi: int) -> bool:
        """True when a trigger of the category starts in [lo, hi)."""
        starts = self.starts.get(category)
        if starts is None:
            return False
        i = bisect_left(starts, lo)
        return i < len(starts) and starts[i] < hi


_ASCII_SEPARATORS: Final = "\t\n\r\x0b\x0c!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_UNICODE_SEPARATORS: Final = "\u00a0’‘“”–—…«»·"
_BYTES: Final = bytes.maketrans(_ASCII_SEPARATORS.encode(), b" " * len(_ASCII_SEPARATORS))
_TABLE = "".join(" " if chr(i) in _ASCII_SEPARATORS + _UNICODE_SEPARATORS else chr(i) for i in range(0x10000))


#: What the automaton yields per key: its last index and (length - 1, trigger size, first category, others).
_Hit = tuple[int, tuple[int, int, int, tuple[int, ...]]]


def _separate(low: str) -> str:
    """Every separator (space, punctuation) turned into one space, keeping the length."""
    for char in _UNICODE_SEPARATORS:
        if char in low:
            low = low.replace(char, " ")
    if low.isascii():
        return low.encode("ascii").translate(_BYTES).decode("ascii")
    return low.translate(_TABLE)


def fold(text: str) -> str:
    """Lower-cased text of the same length with separators (spaces, punctuation) all turned into spaces."""
    return _separate(lower(text))


class Lexicon:
    """Trigger words of every category, searched together."""

    def __init__(self, table: Mapping[str, Iterable[str]]) -> None:
        entries: dict[str, list[str]] = {}
        for category, words in table.items():
            for word in words:
                stem = word.endswith("*")
                core = fold(word.rstrip("*")).strip()
                if core:
                    key = " " + core + ("" if stem else " ")
                    entries.setdefault(key, []).append(category)
        #: Category names by index; the automaton's values name categories by index (a list per scan).
        self._names: list[str] = list(dict.fromkeys(c for categories in entries.values() for c in categories))
        number = {name: index for index, name in enumerate(self._names)}
        self._automaton = ahocorasick.Automaton()
        for key, categories in entries.items():
            size = len(key.rstrip(" ")) - 1
            ids = [number[c] for c in dict.fromkeys(categories)]
            self._automaton.add_word(key, (len(key) - 1, size, ids[0], tuple(ids[1:])))
        self._automaton.make_automaton()

    def scan(self, text: str) -> Triggers:
        """Every trigger in `text`, by category, in order."""
        low = lower(text)
        padded = " " + _separate(low) + " "
        buckets: list[list[tuple[int, int]]] = [[] for _ in self._names]
        found_keys = cast(Iterator[_Hit], self._automaton.iter(padded))  # typed: mypyc unpacks natively
        for last, (back, size, first, more) in found_keys:
            start = last - back
            span = (start, start + size)
            buckets[first].append(span)
            for index in more:
                buckets[index].append(span)
        hits: dict[str, list[tuple[int, int]]] = {}
        starts: dict[str, list[int]] = {}
        for name, found in zip(self._names, buckets, strict=True):
            if found:
                found.sort()
                hits[name] = found
                starts[name] = [start for start, _ in found]
        return Triggers(low, hits, starts)
