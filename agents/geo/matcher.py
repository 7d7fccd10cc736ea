"""A token trie that finds the longest capitalised place names in text."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from agents.geo.data.stoplist import ACRONYMS
from agents.geo.names import TOKEN_RE, ascii_fold, fold_token

__all__ = ["CaseRule", "Match", "TokenTrie"]

# Per-token case rule: 0 any case ("e" in "Mazar-e-Sharif"), 1 capitalised, 2 all capitals ("US").
CaseRule = int
ANY, CAPITALISED, UPPER = 0, 1, 2
_ONE_CAPITALISED: Final[tuple[CaseRule, ...]] = (CAPITALISED,)

_GAP: Final = re.compile(r"[ \t\u00a0]?[-‐‑–][ \t\u00a0]?|[ \t\u00a0]{1,2}|['’ʼ‘`]|\.[ \t\u00a0]?")
_UPPER_CLASS: Final = "".join(re.escape(chr(c)) for c in range(0x2500) if chr(c).isupper())

# The fast scan reads ASCII text (common non-ASCII punctuation, never part of a word, first made spaces; any
# other non-ASCII text takes the candidate-pattern scan). Folded: letters lower-cased, the rest spaces, so a
# word is the run up to the next space. Shape: capitals "U", other word characters "w", the rest spaces, so
# " U" is a capitalised word start.
_NON_WORD: Final = "".join(c for c in "\u00a0\u200b’‘“”–—‐‑‒―…«»·′″•" if not re.fullmatch(r"\w", c))
_ASCII: Final = bytes(range(128))
_FOLD_BYTES = bytes.maketrans(_ASCII, bytes(c if chr(c).isalpha() else 32 for c in _ASCII.lower()))
_SHAPE_BYTES: Final = bytes.maketrans(
    _ASCII, bytes(85 if chr(c).isupper() else 119 if re.fullmatch(r"\w", chr(c)) else 32 for c in _ASCII)
)
_CAPITAL_START: Final = b" U"
_ASCII_WORD: Final = frozenset(string.ascii_letters + string.digits + "_")
_LOWER_FOLLOW: Final = frozenset("-'’ ")


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


@dataclass(init=False, slots=True, unsafe_hash=True)
class Match:
    """A span of text and the folded name it matched (never changed once made)."""

    start: int
    end: int
    key: str

    def __init__(self, start: int, end: int, key: str) -> None:
        """Written out so that mypyc compiles it (a dataclass-made __init__ stays interpreted)."""
        self.start = start
        self.end = end
        self.key = key


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
        plain = _ascii_text(text)  # the fast scan below; `_scan_candidates` is the same for any text
        if plain is None:
            return self._scan_candidates(text)
        raw = plain.encode("ascii")
        folded = raw.translate(_FOLD_BYTES).decode("ascii")
        # Word starts: capitals after a non-word character (or at the start), and known lower-case words.
        shaped = (b" " + raw).translate(_SHAPE_BYTES)
        starts: list[int] = []
        at = shaped.find(_CAPITAL_START)
        while at >= 0:
            starts.append(at)
            at = shaped.find(_CAPITAL_START, at + 2)
        if self._lower_starts:
            padded = f" {folded} "
            lows = []
            for word in self._lower_starts:
                # The word in any case between non-letters, then exactly as written and followed as required.
                size = len(word)
                at = padded.find(f" {word} ")
                while at >= 0:
                    if (
                        text.startswith(word, at)
                        and text[at + size : at + size + 1] in _LOWER_FOLLOW
                        and (not at or text[at - 1] not in _ASCII_WORD)
                    ):
                        lows.append(at)
                    at = padded.find(f" {word} ", at + size + 1)
            if lows:
                starts = sorted(starts + lows)
        out: list[Match] = []
        root = self._root.children
        gap_match = _GAP.match
        size = len(text)
        pos = 0
        for start in starts:
            if start < pos:
                continue
            end = folded.find(" ", start)
            if end < 0:
                end = size
            node = root.get(folded[start:end])
            if node is None:
                continue
            # The walk of `_longest`, reading each word up to the folded text's next space.
            spans = [(start, end)]
            path: list[tuple[_Node, int]] = []
            while True:
                if node.key is not None:
                    path.append((node, end))
                if not node.children:
                    break
                gap = gap_match(text, end)
                if gap is None:
                    break
                lo = gap.end()
                hi = folded.find(" ", lo)
                if hi < 0:
                    hi = size
                child = node.children.get(folded[lo:hi]) if hi > lo else None
                if child is None:
                    break
                node, end = child, hi
                spans.append((lo, hi))
            for found, stop in reversed(path):
                rules = found.rules
                if rules is _ONE_CAPITALISED:
                    word = text[start : spans[0][1]]
                    accepted = word[0].isupper() and word not in ACRONYMS
                else:
                    accepted = all(_accepts(r, text[a:b]) for r, (a, b) in zip(rules, spans, strict=False))
                if accepted:
                    if found.dot and text.startswith(".", stop):
                        stop += 1
                    assert found.key is not None
                    out.append(Match(start, stop, found.key))
                    pos = stop
                    break
        return out

    def _scan_candidates(self, text: str) -> list[Match]:
        """`scan` for any text: every capitalised (or known lower-case) word start is tried."""
        out: list[Match] = []
        pos = 0
        for cand in self._pattern().finditer(text):
            start = cand.start()
            if start >= pos:
                pos = self._longest(text, start, pos, out)
        return out

    def _longest(self, text: str, start: int, pos: int, out: list[Match]) -> int:
        """Append the longest accepted match starting at `start`; the new scan position."""
        token_match = TOKEN_RE.match
        gap_match = _GAP.match
        first = token_match(text, start)
        if first is None:
            return pos
        word = first.group()
        node = self._root.children.get(word.casefold() if word.isascii() else fold_token(word))
        if node is None:
            return pos
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
                return stop
        return pos


def _ascii_text(text: str) -> str | None:
    """The text with common non-ASCII punctuation made spaces (same length); None if non-ASCII is left."""
    if not text.isascii():
        for char in _NON_WORD:
            if char in text:
                text = text.replace(char, " ")
        if not text.isascii():
            return None
    return text
