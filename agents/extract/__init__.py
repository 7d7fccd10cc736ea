"""Incident extraction: from one article's text to the incidents it reports.

`extract` is pure and deterministic: the same article always gives the same incidents with the same ids, and
no clock is read (relative dates resolve against `article.published_at`, else a leading `date YYYY-MM-DD`
line).
"""

from __future__ import annotations

import datetime as dt
import hashlib

from agents.extract.build import Context, build_incident
from agents.extract.dates import DateHit
from agents.extract.errors import ExtractError
from agents.extract.segment import Segment, segment
from agents.extract.tally import Tally, figure_of, tally
from agents.extract.text import clean
from agents.extract.units import Unit, read_units
from agents.geo import Gazetteer, default_gazetteer
from streams.records import Article, Incident

__all__ = ["ExtractError", "Tally", "extract", "figure_of", "incident_id_for", "reference_date", "tally"]


def incident_id_for(article_id: str, ordinal: int) -> str:
    """The stable id of the `ordinal`-th incident of an article."""
    return "inc:" + hashlib.sha1(f"{article_id}#{ordinal}".encode()).hexdigest()[:16]


def reference_date(article: Article, dateline: dt.date | None) -> dt.date | None:
    """The day relative dates count from: publication, else the text's `date YYYY-MM-DD` line."""
    if article.published_at is not None:
        return article.published_at.date()
    return dateline


def _past_event(unit: Unit) -> bool:
    """A dated past event that names a place, an event and who did it (a kidnapping implies a kidnapper)."""
    values = unit.event_values()
    return bool(
        unit.places
        and values
        and not unit.series
        and (unit.groups or unit.attackers or "abduction" in values)
    )


def _kept(seg: Segment) -> bool:
    """Garbled segments never count; background ones need a figure or past event; others a place, a figure or
    an incident they take their place from."""
    if seg.garbled:
        return False
    has_figures = any(u.figures for u in seg.units)
    if seg.background:
        return has_figures or any(_past_event(u) for u in seg.units)
    has_place = any(p for u in seg.units if u.anchor for p in u.places) or any(
        u.hints for u in seg.units if u.anchor
    )
    return has_place or has_figures or seg.context is not None  # a strike back placed by the attack before


def extract(article: Article, gazetteer: Gazetteer | None = None) -> list[Incident]:
    """The incidents an article reports, main events first in text order; [] when there are none."""
    geo = gazetteer or default_gazetteer()
    body = clean(article.text)
    ref = reference_date(article, body.reference)
    units = read_units(body, geo, ref)
    segments = [s for s in segment(units, ref) if _kept(s)]
    if segments and all(s.background for s in segments):
        segments[0].background = False
    if body.period is not None:
        for seg in segments:
            if seg.date is None and not seg.background:
                seg.set_date(DateHit(0, 0, body.period))
    ctx = Context(article, geo, ref, body.dateline)
    return [build_incident(ctx, seg, incident_id_for(article.id, n)) for n, seg in enumerate(segments)]
