"""Agent: extracted incidents -> merged incidents, one per real event, on `incidents`."""

from __future__ import annotations

from typing import Any

import structlog

from agents.enrich.recent import Known, absorb
from streams.app import app, channels
from streams.records import Incident

log = structlog.get_logger(__name__)

#: merge key -> recent incidents of that area (changelog-backed, so a restart loses nothing).
recent = app.Table("recent-incidents", default=None, partitions=app.conf.topic_partitions)
#: The same, parsed: a cache in front of the table, dropped whenever partitions move.
parsed: dict[str, list[Known]] = {}


@app.on_partitions_revoked.connect  # type: ignore[arg-type]
async def _forget_on_revoke(sender: Any, revoked: Any, **kwargs: Any) -> None:
    """Another worker may own these areas next: the table, not the cache, is the truth."""
    parsed.clear()


@app.on_partitions_assigned.connect  # type: ignore[arg-type]
async def _forget_on_assign(sender: Any, assigned: Any, **kwargs: Any) -> None:
    """Recovered table values replace whatever was cached before the rebalance."""
    parsed.clear()


def _signature(known: list[Known]) -> list[tuple[str, int, int]]:
    return [(e.incident.incident_id, e.incident.revision, len(e.absorbed)) for e in known]


def _load(value: list[dict[str, Any]] | None) -> list[Known]:
    return [Known(Incident.model_validate(e["incident"]), set(e["absorbed"])) for e in value or []]


def _dump(known: list[Known]) -> list[dict[str, Any]]:
    return [{"incident": e.incident.model_dump(mode="json"), "absorbed": sorted(e.absorbed)} for e in known]


@app.agent(channels.incidents_extracted, name="merge")
async def merge_incidents(stream: Any) -> None:
    """Absorb each extracted incident into its area; publish new and revised incidents."""
    async for key, incident in stream.items():
        area = key.decode() if isinstance(key, bytes) else str(key)
        try:
            known = parsed.get(area)
            if known is None:
                known = parsed[area] = _load(recent.get(area))
            before = _signature(known)
            published = absorb(known, incident)
        except Exception:
            parsed.pop(area, None)
            log.exception("merge_failed", area=area, incident_id=incident.incident_id)
            continue
        if _signature(known) != before:
            recent[area] = _dump(known)
        if published is None:
            continue
        await channels.incidents.send(key=published.incident_id.encode(), value=published)
        log.info(
            "incident",
            incident_id=published.incident_id,
            revision=published.revision,
            event_type=published.event_type,
            articles=len(published.article_ids),
        )
