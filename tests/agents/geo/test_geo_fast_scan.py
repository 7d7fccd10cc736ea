"""The fast (ASCII) scan finds exactly what the general candidate-pattern scan finds."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from agents.geo import default_gazetteer
from agents.geo.matcher import Match, TokenTrie

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
_NOISE = "’‘“”–—…«»·\u00a0_0123456789-'. \n"


@pytest.fixture(scope="module")
def trie() -> TokenTrie:
    return default_gazetteer()._index.trie


def _spans(matches: list[Match]) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.key) for m in matches]


def _texts() -> list[str]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    rnd = random.Random(7)
    noisy = []
    for text in seeds:
        for _ in range(5):
            chars = list(text)
            for _ in range(len(chars) // 12):
                i = rnd.randrange(len(chars))
                roll = rnd.random()
                if roll < 0.3:
                    chars[i] = chars[i].upper()
                elif roll < 0.5:
                    chars[i] = chars[i].lower()
                elif roll < 0.8:
                    chars[i] = rnd.choice(_NOISE)
                else:
                    chars.insert(i, rnd.choice(_NOISE))
            noisy.append("".join(chars))
    return [*seeds, *noisy, *(t.upper() for t in seeds), *(t.title() for t in seeds)]


def test_fast_scan_equals_candidate_scan(trie: TokenTrie) -> None:
    texts = _texts()
    for text in texts:
        assert _spans(trie.scan(text)) == _spans(trie._scan_candidates(text))
    assert sum(bool(trie.scan(t)) for t in texts) > len(texts) // 2


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Fighting in al-Anbar went on.", "al-Anbar"),
        ("Gunmen struck Kabul2 and Herat_ overnight.", "Kabul"),
        ("A blast hit Mazar-e Sharif\u00a0on Monday.", "Mazar-e Sharif"),
        ("Shelling in Idlib\u2019s south, officials said.", "Idlib"),
        ("Clashes in Herāt and Kunduz.", "Herāt"),
        ("Kunduz, then al", "Kunduz"),
        ("Kunduz, then al-", "Kunduz"),
    ],
)
def test_edge_words(trie: TokenTrie, text: str, surface: str) -> None:
    fast = _spans(trie.scan(text))
    assert fast == _spans(trie._scan_candidates(text))
    assert any(text[start:end] == surface for start, end, _ in fast)
