"""Scans that replace a regex pass give the regex's own answers (lines, sentence boundaries, clauses)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from agents.extract.sentences import _BOUNDARY, _boundaries
from agents.extract.sources import _segments
from agents.extract.text import _lines

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
#: What `_segments` splits at, as one regular expression.
_CLAUSE_BREAK = re.compile(r"[,;“”\"‘’]|\s[–—-]\s", re.ASCII)
_NOISE = ".!?  \"'’”)]([“A0a\n-–,;"


def _texts() -> list[str]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    rnd = random.Random(11)
    noisy = []
    for text in seeds:
        for _ in range(4):
            chars = list(text)
            for _ in range(len(chars) // 10):
                chars.insert(rnd.randrange(len(chars)), rnd.choice(_NOISE))
            noisy.append("".join(chars))
    return [*seeds, *noisy, "", "\n", "One line", "a\n\nb\n", "End. Next! Last? no"]


@pytest.mark.parametrize("text", _texts())
def test_lines_are_the_non_empty_runs(text: str) -> None:
    expected = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    assert _lines(text) == expected


@pytest.mark.parametrize("text", _texts())
def test_boundaries_match_finditer(text: str) -> None:
    for lo, hi in ((0, len(text)), (3, max(3, len(text) - 7)), (len(text) // 3, len(text) // 2)):
        found = [m.span() for m in _boundaries(text, lo, hi)]
        assert found == [m.span() for m in _BOUNDARY.finditer(text, lo, hi)]


@pytest.mark.parametrize("text", _texts())
def test_first_clauses_match_all_clauses(text: str) -> None:
    full = _segments(text, 0, len(text))
    assert len(full) == len(list(_CLAUSE_BREAK.finditer(text))) + 1
    assert _segments(text, 0, len(text), 1) == full[:1]
    assert _segments(text, 0, len(text), 2) == full[:2]
