"""Speed round 3 keeps behaviour: trigger scans, place mentions and the written-out constructors."""

from __future__ import annotations

import re

from agents.extract.lexicon import Lexicon
from agents.extract.sentences import Sentence, split
from agents.extract.text import Block, clean
from agents.geo import default_gazetteer
from agents.geo.matcher import Match
from agents.geo.model import PlaceMention

_TABLE = {
    "attack": ["attack*", "ambush", "car bomb"],
    "blast": ["car bomb", "explosion"],
    "group": ["al-Shabaab", "Islamic State"],
}

_TEXT = (
    "MOGADISHU — A car bomb ripped through a checkpoint on Sunday; al Shabaab’s fighters then "
    "ambushed a convoy. “The attackers fled,” police said of the Ambush, and the Islamic-State "
    "claim followed a second explosion. No car bombers were seen."
)


def _reference(table: dict[str, list[str]], text: str) -> dict[str, list[tuple[int, int]]]:
    """Every trigger found the slow way: a regex per word over the folded text."""
    folded = re.sub(r"[\W_]", " ", text.lower())
    found: dict[str, list[tuple[int, int]]] = {}
    for category, words in table.items():
        spans: set[tuple[int, int]] = set()
        for word in words:
            core = re.sub(r"[\W_]+", " ", word.rstrip("*").lower()).strip()
            tail = "" if word.endswith("*") else r"(?![^\W_])"
            for m in re.finditer(r"(?<![^\W_])" + re.escape(core) + tail, folded):
                spans.add((m.start(), m.end()))
        if spans:
            found[category] = sorted(spans)
    return found


def test_scan_finds_each_category_in_order_like_a_per_word_search() -> None:
    triggers = Lexicon(_TABLE).scan(_TEXT)
    expected = _reference(_TABLE, _TEXT)
    assert triggers.hits == expected
    assert triggers.starts == {c: [s for s, _ in spans] for c, spans in expected.items()}
    assert [_TEXT[a:b] for a, b in triggers.every("blast")] == ["car bomb", "explosion"]
    assert [_TEXT[a:b] for a, b in triggers.every("group")] == ["al Shabaab", "Islamic-State"]


def test_a_word_of_two_categories_is_in_both() -> None:
    triggers = Lexicon(_TABLE).scan(_TEXT)
    bomb = _TEXT.index("car bomb")
    assert (bomb, bomb + len("car bomb")) in triggers.every("attack")
    assert (bomb, bomb + len("car bomb")) in triggers.every("blast")
    assert "car bombers" not in [_TEXT[a:b] for a, b in triggers.every("blast")]


def test_trigger_queries_over_ranges() -> None:
    triggers = Lexicon(_TABLE).scan(_TEXT)
    second = _TEXT.index("; al")
    assert triggers.has("attack", 0, second)
    assert not triggers.has("group", 0, second)
    # "ambushed" is no trigger ("ambush" must end a word); the stem "attack*" covers "attack" of "attackers".
    assert [_TEXT[a:b] for a, b in triggers.at("attack", second, len(_TEXT))] == ["attack", "Ambush"]
    assert triggers.at("missing", 0, len(_TEXT)) == []
    assert triggers.in_spans("group", [(0, second), (second, len(_TEXT))]) == [False, True]
    assert triggers.low == _TEXT.lower()


def test_place_mentions_compare_and_hash_by_value() -> None:
    text = "Gunmen attacked a market in Kandahar, Afghanistan, on Friday."
    first, second = default_gazetteer().scan(text), default_gazetteer().scan(text)
    assert [m.surface for m in first] == ["Kandahar", "Afghanistan"]
    assert first == second
    assert len(set(first) | set(second)) == 2
    mention = first[0]
    copy = PlaceMention(mention.start, mention.end, mention.surface, mention.kind, mention.location)
    assert copy == mention and hash(copy) == hash(mention)
    assert copy.demonym is False
    assert PlaceMention(0, 8, "Kandahar", "place", mention.location, True) != mention


def test_matches_keep_their_fields() -> None:
    match = Match(3, 9, "kabul")
    assert (match.start, match.end, match.key) == (3, 9, "kabul")
    assert match == Match(3, 9, "kabul") and hash(match) == hash(Match(3, 9, "kabul"))
    assert match != Match(3, 9, "herat")
    assert "kabul" in repr(match)


def test_sentences_and_blocks_keep_their_offsets() -> None:
    text = "Headline here\nTwo soldiers died. Gen. Ali said so.\nA second paragraph follows."
    body = clean(text)
    assert body.blocks == (Block(14, 50, 0), Block(51, 78, 1))
    sentences = split(text, body.blocks)
    assert sentences == [Sentence(14, 32, 0, 0), Sentence(33, 50, 0, 1), Sentence(51, 78, 1, 2)]
    assert [text[s.start : s.end].strip() for s in sentences] == [
        "Two soldiers died.",
        "Gen. Ali said so.",
        "A second paragraph follows.",
    ]
