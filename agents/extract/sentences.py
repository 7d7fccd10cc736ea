"""Sentence splitting with character offsets; abbreviations and initials do not end a sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from agents.extract.text import Block

__all__ = ["Sentence", "split"]


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a literal list."""
    return frozenset(text.split())


_BOUNDARY: Final = re.compile(r"""[.!?]+["'’”)\]]*(?=\s+["'‘“(\[]*[A-Z0-9])""", re.ASCII)
_LAST_WORD: Final = re.compile(r"([A-Za-z][A-Za-z.]*)\.+$", re.ASCII)
_ABBREVIATIONS: Final = _words(
    "mr mrs ms dr gen lt col maj capt sgt cpl pvt brig adm cmdr gov sen rep st mt no nos vs etc jan feb mar "
    "apr jun jul aug sep sept oct nov dec prof jr sr inc ltd co corp dept govt approx est u.s u.n u.k a.m "
    "p.m e.g i.e al hon engr insp supt dsp asp ssp cdr rtd fla ariz calif incl approx"
)


@dataclass(init=False, slots=True)
class Sentence:
    """One sentence: offsets into the article text, its paragraph and position."""

    start: int
    end: int
    block: int
    index: int

    def __init__(self, start: int, end: int, block: int, index: int) -> None:
        """Written out so that mypyc compiles it (a dataclass-made __init__ stays interpreted)."""
        self.start = start
        self.end = end
        self.block = block
        self.index = index


def _ends_sentence(text: str, block_start: int, dot_end: int) -> bool:
    """False when the period belongs to an abbreviation or an initial."""
    head = text[max(block_start, dot_end - 12) : dot_end]
    match = _LAST_WORD.search(head.rstrip("\"'’”)]"))
    if match is None:
        return True
    word = match.group(1).lower().rstrip(".")
    if word in _ABBREVIATIONS:
        return False
    return not (len(word) == 1 and word.isalpha())


def _boundaries(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """`_BOUNDARY.finditer(text, lo, hi)`, tried only where a full stop, "!" or "?" stands."""
    marks: list[int] = []
    for mark in ".!?":
        at = text.find(mark, lo, hi)
        while at >= 0:
            marks.append(at)
            at = text.find(mark, at + 1, hi)
    marks.sort()
    found: list[re.Match[str]] = []
    reached = lo
    boundary = _BOUNDARY.match
    for at in marks:
        if at < reached:
            continue
        match = boundary(text, at, hi)
        if match is not None:
            found.append(match)
            reached = match.end()
    return found


def split(text: str, blocks: Sequence[Block]) -> list[Sentence]:
    """The sentences of the body paragraphs, in order."""
    sentences: list[Sentence] = []
    for block in blocks:
        start = block.start
        for match in _boundaries(text, block.start, block.end):
            if not _ends_sentence(text, block.start, match.start() + 1):
                continue
            end = match.end()
            if end > start:
                sentences.append(Sentence(start, end, block.index, len(sentences)))
            start = end
            while start < block.end and text[start].isspace():
                start += 1
        if start < block.end:
            sentences.append(Sentence(start, block.end, block.index, len(sentences)))
    return sentences
