"""Merging: several articles about one real event become one incident with combined reports.

Two incidents are the same event when they share a province (and the district, if both name one), their dates
are within a day of each other or their spans overlap (three days when either date is approximate; publication
days stand in for unknown event dates), their event types are compatible (a raid with suicide bombers is both
an assault and a suicide bombing) and their named perpetrators do not contradict each other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from agents.enrich.errors import MergeError
from agents.extract.build import tidy_locations
from agents.extract.events import EVENT_PRIORITY
from agents.extract.segment import compatible_types
from agents.extract.tally import tally
from streams.records import DatePrecision, Evidence, Incident, Location, Perpetrator, Report, Source

__all__ = ["merge", "merge_key", "same_event"]

_PRECISION_RANK: dict[DatePrecision, int] = {"day": 2, "approximate": 1, "unknown": 0}


def merge_key(incident: Incident) -> str:
    """Coarse partition key: "<country_code>:<admin1_code|->" of the primary location ("-:-" unlocated)."""
    primary = incident.primary
    if primary is None:
        return "-:-"
    return f"{primary.country_code}:{primary.admin1_code or '-'}"


def _span(incident: Incident) -> tuple[dt.date, dt.date] | None:
    start = incident.event_date
    if start is None and incident.published_at is not None:
        start = incident.published_at.date()
    if start is None:
        return None
    return start, incident.event_end or start


def _same_place(a: Incident, b: Incident) -> bool:
    shared = False
    for la in a.locations:
        for lb in b.locations:
            if la.country_code != lb.country_code:
                continue
            if la.admin1_code is None or lb.admin1_code is None:
                if (
                    la.admin1_code is None
                    and lb.admin1_code is None
                    and la.precision == lb.precision == "country"
                ):
                    shared = shared or (len(a.locations) == len(b.locations) == 1)
                continue
            if la.admin1_code != lb.admin1_code:
                continue
            if la.admin2 and lb.admin2 and la.admin2.casefold() != lb.admin2.casefold():
                continue
            shared = True
    return shared


def _same_time(a: Incident, b: Incident) -> bool:
    span_a, span_b = _span(a), _span(b)
    if span_a is None or span_b is None:
        return False
    approximate = "approximate" in (a.date_precision, b.date_precision) or "unknown" in (
        a.date_precision,
        b.date_precision,
    )
    slack = dt.timedelta(days=3 if approximate else 1)
    return span_a[0] <= span_b[1] + slack and span_b[0] <= span_a[1] + slack


def _same_actors(a: Incident, b: Incident) -> bool:
    names_a = {p.name for p in a.perpetrators}
    names_b = {p.name for p in b.perpetrators}
    return not names_a or not names_b or bool(names_a & names_b)


def same_event(a: Incident, b: Incident) -> bool:
    """True when two incidents describe one real event (same place, close dates, compatible kind, actors)."""
    if not a.locations or not b.locations:
        return False
    return (
        _same_place(a, b)
        and _same_time(a, b)
        and compatible_types(a.event_type, b.event_type)
        and _same_actors(a, b)
    )


def _union(*lists: Iterable[object]) -> list[object]:
    seen: dict[object, None] = {}
    for items in lists:
        for item in items:
            seen.setdefault(item, None)
    return list(seen)


def _perpetrators(a: list[Perpetrator], b: list[Perpetrator]) -> list[Perpetrator]:
    claimed: dict[str, bool | None] = {}
    for p in [*a, *b]:
        held = claimed.get(p.name)
        if p.name not in claimed or (
            held is not True and (p.claimed is True or (p.claimed is False and held is None))
        ):
            claimed[p.name] = p.claimed
    return [Perpetrator(name=name, claimed=value) for name, value in claimed.items()]


def _sources(existing: list[Source], new: list[Source]) -> list[Source]:
    """The articles of both, each once (the first record of an article kept), in order."""
    seen: dict[str, Source] = {}
    for source in [*existing, *new]:
        seen.setdefault(source.article_id, source)
    return list(seen.values())


def _dates(a: Incident, b: Incident) -> tuple[dt.date | None, dt.date | None, DatePrecision]:
    """The more precise date; the earlier one when equally precise; the later end."""
    rank_a, rank_b = _PRECISION_RANK[a.date_precision], _PRECISION_RANK[b.date_precision]
    if a.event_date is None or (b.event_date is not None and rank_b > rank_a):
        start, precision = b.event_date, b.date_precision
    elif b.event_date is None or rank_a > rank_b:
        start, precision = a.event_date, a.date_precision
    else:
        start, precision = min(a.event_date, b.event_date), a.date_precision
    ends = [d for d in (a.event_end, b.event_end) if d is not None]
    end = max(ends) if ends else None
    if end is not None and start is not None and end <= start:
        end = None
    return start, end, precision


def _event_type(a: Incident, b: Incident) -> str:
    """The more specific of two compatible types."""
    return min(a.event_type, b.event_type, key=EVENT_PRIORITY.index)


def merge(existing: Incident, new: Incident) -> Incident:
    """`existing` revised with what `new` adds: ids, reports, evidence, actors, places; figures recomputed."""
    if existing.incident_id == new.incident_id:
        raise MergeError(existing.incident_id, new.incident_id, "an incident cannot be merged with itself")
    reports: list[Report] = _union(existing.reports, new.reports)  # type: ignore[assignment]
    figures = tally(reports)
    start, end, precision = _dates(existing, new)
    locations: list[Location] = tidy_locations([*existing.locations, *new.locations])
    evidence: list[Evidence] = _union(existing.evidence, new.evidence)  # type: ignore[assignment]
    published = [p for p in (existing.published_at, new.published_at) if p is not None]
    return existing.model_copy(
        update={
            "article_ids": _union(existing.article_ids, new.article_ids),
            "sources": _sources(existing.sources, new.sources),
            "revision": existing.revision + 1,
            "published_at": min(published) if published else None,
            "event_date": start,
            "event_end": end,
            "date_precision": precision,
            "locations": locations,
            "event_type": _event_type(existing, new),
            "weapons": _union(existing.weapons, new.weapons),
            "targets": _union(existing.targets, new.targets),
            "perpetrators": _perpetrators(existing.perpetrators, new.perpetrators),
            "sites": max(existing.sites, new.sites),
            **figures._asdict(),
            "reports": reports,
            "coordinated": existing.coordinated or new.coordinated,
            "background": existing.background and new.background,
            "confidence": round(min(0.99, max(existing.confidence, new.confidence) + 0.05), 2),
            "summary": existing.summary or new.summary,
            "evidence": evidence,
        }
    )
