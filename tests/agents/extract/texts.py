"""Test articles from bare text, and what `extract` finds in them split into main and background incidents."""

from __future__ import annotations

import datetime as dt

from agents.extract import extract
from streams.records import Article, Incident


def article(text: str, published: dt.datetime | None) -> Article:
    """An article of `text` published at `published`."""
    return Article(id="t", title=None, source="test", published_at=published, language="en", text=text)


def split(text: str, published: dt.datetime | None) -> tuple[list[Incident], list[Incident]]:
    """The main incidents of `text` and its background ones."""
    found = extract(article(text, published))
    return [i for i in found if not i.background], [i for i in found if i.background]


def mains(text: str, published: dt.datetime | None) -> list[Incident]:
    """The main incidents of `text`."""
    return split(text, published)[0]


def first_main(text: str, published: dt.datetime | None) -> Incident:
    """The first main incident of `text` (there must be one)."""
    found = mains(text, published)
    assert found, text
    return found[0]


def admin1(incident: Incident) -> str | None:
    """The ISO 3166-2 code of the incident's primary location, if it has one."""
    primary = incident.primary
    return primary.admin1_code if primary is not None else None
