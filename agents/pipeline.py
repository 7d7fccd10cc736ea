"""The whole pipeline in process, no broker: extract -> merge -> rules (`radar scan`, `radar rules test`).

It mirrors the worker: incidents are merged per merge key as the merge agent does, every published revision
goes through the rule engine in order, and after each article the windows behind the stream time (the latest
publication seen) are closed. Deterministic: with `now` unset, processing time is the stream time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from agents.enrich.merge import merge_key
from agents.enrich.recent import Known, absorb
from agents.extract import extract
from agents.rules import RuleEngine, RuleSet
from alerts.model import Alert
from alerts.silence import Silence
from streams.records import Article, Incident

__all__ = ["PipelineResult", "run_pipeline"]

#: Processing time when neither `now` nor any publication time is known.
FALLBACK_NOW = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


@dataclass(slots=True)
class PipelineResult:
    """Merged incidents (final revisions, first-seen order), every published alert version, and the rest."""

    incidents: list[Incident] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)
    suppressed: list[tuple[Alert, str]] = field(default_factory=list)
    late: list[Incident] = field(default_factory=list)


def run_pipeline(
    articles: Iterable[Article],
    rules: RuleSet,
    *,
    now: dt.datetime | None = None,
    state: MutableMapping[str, Any] | None = None,
    silences: Iterable[Silence] = (),
) -> PipelineResult:
    """Extract, merge and evaluate every article in order; `state` may carry rule state across runs."""
    engine = RuleEngine(rules)
    table: MutableMapping[str, Any] = {} if state is None else state
    muted = list(silences)
    recent: dict[str, list[Known]] = {}
    merged: dict[str, Incident] = {}
    late: dict[str, Incident] = {}
    result = PipelineResult()
    stream_time: dt.datetime | None = None
    for article in articles:
        if article.published_at is not None:
            stream_time = max(stream_time or article.published_at, article.published_at)
        clock = now or stream_time or FALLBACK_NOW
        for extracted in extract(article):
            incident = absorb(recent.setdefault(merge_key(extracted), []), extracted)
            if incident is None:
                continue
            merged[incident.incident_id] = incident
            outcome = engine.process(table, incident, now=clock, silences=muted)
            result.alerts.extend(outcome.alerts)
            result.suppressed.extend(outcome.suppressed)
            if outcome.late:
                late[incident.incident_id] = incident
        if stream_time is not None:
            result.alerts.extend(engine.expire(table, now=clock, stream_time=stream_time, silences=muted))
    result.incidents = list(merged.values())
    result.late = list(late.values())
    return result
