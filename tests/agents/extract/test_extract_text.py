"""Cleaning (headlines, boilerplate, datelines) and sentence splitting, all as offsets."""

from __future__ import annotations

import datetime as dt

from agents.extract.sentences import split
from agents.extract.text import clean

ARTICLE = (
    "Blasts Hit Kabul Police Stations\n\n"
    "Representational image\n\n"
    " date 2017-07-20 KABUL, July 20, (Xinhua) — Gunmen attacked a checkpoint at 05:00 a.m. local time. "
    "Gen. Ahmad Khan said 3 died.\n"
    "Dr. Noor said the U.S. embassy was closed. Read more: nothing\n"
    "Read more:\n"
    "Latest News\n"
)


def test_boilerplate_headline_and_dateline_are_skipped() -> None:
    body = clean(ARTICLE)
    skipped = [ARTICLE[s:e] for s, e in body.skipped]
    assert skipped[:2] == ["Blasts Hit Kabul Police Stations", "Representational image"]
    assert "Read more:" in skipped and "Latest News" in skipped
    assert body.reference == dt.date(2017, 7, 20)
    assert body.dateline is not None and body.dateline.city == "KABUL"
    assert (body.dateline.month, body.dateline.day) == (7, 20)
    assert ARTICLE[body.blocks[0].start :].startswith("Gunmen attacked")


def test_sentences_keep_offsets_and_skip_abbreviations() -> None:
    body = clean(ARTICLE)
    sentences = [ARTICLE[s.start : s.end] for s in split(ARTICLE, body.blocks)]
    assert sentences == [
        "Gunmen attacked a checkpoint at 05:00 a.m. local time.",
        "Gen. Ahmad Khan said 3 died.",
        "Dr. Noor said the U.S. embassy was closed.",
        "Read more: nothing",
    ]


def test_colon_dateline_of_local_outlets() -> None:
    body = clean("Quetta: Five soldiers were killed on Monday.")
    assert body.dateline is not None and body.dateline.city == "Quetta"
    assert body.reference is None
