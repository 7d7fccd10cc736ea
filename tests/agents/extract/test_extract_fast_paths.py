"""Faster forms of a regex pass give the original pass's answers (clause split, trimming, away-from words)."""

from __future__ import annotations

import random
import re

import pytest

from agents.extract.lexicon import lower
from agents.extract.places import _AWAY, _away
from agents.extract.sources import _STRIP, _segments, _tidy

_CLAUSE_ORIGINAL = re.compile(r"[,;“”\"‘’]|\s[–—-]\s", re.ASCII)
_AWAY_TEXT = (
    "in the neighbouring Neighboring bordering borders border with adjacent to adjoining linking Kabul fled "
    "flown moved evacuated airlifted taken transferred rushed sent referred brought from visit visited "
    "travelled traveling returned headed based at Herat northern north-east absent present transsent"
)
_AWAY_WORDS = _AWAY_TEXT.split()


def _strings(alphabet: str, count: int, longest: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, longest))) for _ in range(count)]


@pytest.mark.parametrize("text", _strings(' ,;“”"‘’–—-\t\nab', 400, 14, 1))
def test_clause_split_finds_the_original_spans(text: str) -> None:
    for lo in range(len(text) + 1):
        breaks = [m.span() for m in _CLAUSE_ORIGINAL.finditer(text, lo)]
        starts = [lo] + [end for _, end in breaks]
        ends = [start for start, _ in breaks] + [len(text)]
        assert _segments(text, lo, len(text)) == list(zip(starts, ends, strict=True))


def _tidy_by_loop(text: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and text[lo] in _STRIP:
        lo += 1
    while hi > lo and text[hi - 1] in _STRIP:
        hi -= 1
    return lo, min(hi, lo + 100)


@pytest.mark.parametrize("text", _strings(_STRIP + "ab", 200, 130, 2))
def test_tidy_trims_like_the_character_loop(text: str) -> None:
    rnd = random.Random(len(text))
    for _ in range(20):
        lo, hi = rnd.randint(0, len(text)), rnd.randint(0, len(text))
        assert _tidy(text, lo, hi) == _tidy_by_loop(text, lo, hi)


def _away_texts() -> list[str]:
    rnd = random.Random(3)
    texts = []
    for _ in range(3000):
        text = "".join(rnd.choice(_AWAY_WORDS) + rnd.choice((" ", "  ", ", ", "-", "")) for _ in range(8))
        texts.append(text.upper() if rnd.random() < 0.3 else text)
    return texts


def test_away_words_agree_with_the_pattern_search() -> None:
    rnd = random.Random(4)
    hits = 0
    for text in _away_texts():
        hi = rnd.randint(0, len(text))
        lo = max(0, hi - rnd.randint(0, 60))
        expected = _AWAY.search(text, lo, hi) is not None
        hits += expected
        assert _away(text, lower(text), lo, hi) is expected
    assert hits > 20  # the generated texts do exercise matches, not only misses
