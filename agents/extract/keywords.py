"""The trigger words of every finder in one lexicon, and the per-article scan."""

from __future__ import annotations

import functools

from agents.extract import actors, casualties, dates, events, places, sources, units
from agents.extract.lexicon import Lexicon, Triggers

__all__ = ["default_lexicon", "scan"]


@functools.cache
def default_lexicon() -> Lexicon:
    """The lexicon of all finders' trigger words, built once."""
    table: dict[str, list[str]] = {}
    for module in (actors, casualties, dates, events, places, sources, units):
        for category, words in module.TRIGGERS.items():
            table.setdefault(category, []).extend(words)
    return Lexicon(table)


def scan(text: str) -> Triggers:
    """Every finder's triggers in one article."""
    return default_lexicon().scan(text)
