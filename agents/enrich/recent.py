"""Recent incidents of one area: absorbing a new report either as a new incident or as a merge."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from agents.enrich.merge import merge, same_event
from streams.records import Incident

__all__ = ["Known", "absorb", "prune"]

#: How far apart (in event days) incidents of one area are kept for merging.
HORIZON = dt.timedelta(days=14)
#: At most this many incidents are kept per area.
CAPACITY = 200


@dataclass(slots=True)
class Known:
    """An incident as it stands, with the ids of every extracted incident merged into it."""

    incident: Incident
    absorbed: set[str] = field(default_factory=set)


def absorb(known: list[Known], new: Incident) -> Incident | None:
    """Fold `new` into `known` (in place); return the incident to publish, or None when nothing changed."""
    for entry in known:
        if new.incident_id == entry.incident.incident_id or new.incident_id in entry.absorbed:
            return None
    for entry in known:
        if same_event(entry.incident, new):
            merged = merge(entry.incident, new)
            entry.absorbed.add(new.incident_id)
            if merged == entry.incident:
                return None
            entry.incident = merged
            return merged
    known.append(Known(new, {new.incident_id}))
    prune(known)
    return new


def prune(known: list[Known]) -> None:
    """Drop incidents far older (in event time) than the newest one, and the oldest past capacity."""
    dates = [e.incident.event_date for e in known if e.incident.event_date is not None]
    if dates:
        newest = max(dates)
        known[:] = [
            e for e in known if e.incident.event_date is None or newest - e.incident.event_date <= HORIZON
        ]
    del known[: max(0, len(known) - CAPACITY)]
