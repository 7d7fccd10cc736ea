"""A token trie that finds the longest capitalised place names in text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from agents.geo.data.stoplist import ACRONYMS
from agents.geo.names import TOKEN_RE, ascii_fold, fold_token

__all__ = ["CaseRule", "Match", "TokenTrie"]

# Per-token case rule: 0 any case ("e" in "Mazar-e-Sharif"), 1 capitalised, 2 all capitals ("US").
CaseRule = int
ANY, CAPITALISED, UPPER = 0, 1, 2
_ONE_CAPITALISED: tuple[CaseRule, ...] = (CAPITALISED,)

_GAP = re.compile(r"[ \t\u00a0]?[-‐‑–][ \t\u00a0]?|[ \t\u00a0]{1,2}|['’ʼ‘`]|\.[ \t\u00a0]?")
_UPPER_CLASS = "".join(re.escape(chr(c)) for c in range(0x2500) if chr(c).isupper())


def _rule(token: str) -> CaseRule:
    """The case a text token must have to match this written token."""
    if len(token) > 1 and token.isupper():
        return UPPER
    return CAPITALISED if token[:1].isupper() else ANY


def _accepts(rule: CaseRule, token: str) -> bool:
    """Whether a text token satisfies a case rule (capitals pass for capitalised names, acronyms do not)."""
    if rule == ANY:
        return True
    if rule == CAPITALISED:
        return token[:1].isupper() and token not in ACRONYMS
    return token.isupper()


class _Node:
    """A trie node: children by folded word; `key` set where a spelling ends."""

    __slots__ = ("children", "dot", "key", "rules")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.key: str | None = None
        self.rules: tuple[CaseRule, ...] = ()
        self.dot = False


@dataclass(frozen=True, slots=True)
class Match:
    """A span of text and the folded name it matched."""

    start: int
    end: int
    key: str


class TokenTrie:
    """Longest-match, case-aware matching of many multi-word names; built once, read many times."""

    def __init__(self) -> None:
        self._root = _Node()
        self._lower_starts: set[str] = set()
        self._candidates: re.Pattern[str] | None = None

    def add(self, spelling: str, key: str, words: tuple[str, ...] | None = None) -> None:
        """Index one written spelling (its ASCII-folded `words` when known) under its lookup key."""
        if words is None:
            words = tuple(TOKEN_RE.findall(ascii_fold(spelling)))
        if not words:
            return
        node = self._root
        for word in words:
            children = node.children
            child = children.get(word.lower())  # ASCII words: lower() is casefold()
            if child is None:
                child = children[word.lower()] = _Node()
            node = child
        if len(words) == 1 and words[0][:1].isupper() and not (len(words[0]) > 1 and words[0].isupper()):
            rules: tuple[CaseRule, ...] = _ONE_CAPITALISED
        else:
            rules = tuple([_rule(w) for w in words])
        if node.key is None:
            node.key, node.rules = key, rules
        elif node.rules != rules:
            node.rules = tuple([min(a, b) for a, b in zip(node.rules, rules, strict=True)])
        if spelling[-1] == ".":
            node.dot = True
        if rules[0] == ANY:
            self._lower_starts.add(words[0].lower())
        self._candidates = None

    def add_all(self, spellings: Iterable[str], key: str) -> None:
        """Index several spellings under one key."""
        for spelling in spellings:
            self.add(spelling, key)

    def _pattern(self) -> re.Pattern[str]:
        if self._candidates is None:
            lower = "|".join(sorted((re.escape(w) for w in self._lower_starts), key=len, reverse=True))
            alt = f"|(?:{lower})(?=[-'’ ])" if lower else ""
            self._candidates = re.compile(f"(?<!\\w)(?:[{_UPPER_CLASS}]{alt})")
        return self._candidates

    def scan(self, text: str) -> list[Match]:
        """Non-overlapping longest matches, left to right."""
        out: list[Match] = []
        token_match = TOKEN_RE.match
        gap_match = _GAP.match
        root = self._root.children
        pos = 0
        for cand in self._pattern().finditer(text):
            start = cand.start()
            if start < pos:
                continue
            first = token_match(text, start)
            if first is None:
                continue
            word = first.group()
            node = root.get(word.casefold() if word.isascii() else fold_token(word))
            if node is None:
                continue
            words = [word]
            path: list[tuple[_Node, int]] = []
            end = first.end()
            while True:
                if node.key is not None:
                    path.append((node, end))
                gap = gap_match(text, end)
                if gap is None or not node.children:
                    break
                nxt = token_match(text, gap.end())
                if nxt is None:
                    break
                word = nxt.group()
                child = node.children.get(word.casefold() if word.isascii() else fold_token(word))
                if child is None:
                    break
                node, end = child, nxt.end()
                words.append(word)
            for found, stop in reversed(path):
                if all(_accepts(r, w) for r, w in zip(found.rules, words, strict=False)):
                    if found.dot and text.startswith(".", stop):
                        stop += 1
                    assert found.key is not None
                    out.append(Match(start, stop, found.key))
                    pos = stop
                    break
        return out
