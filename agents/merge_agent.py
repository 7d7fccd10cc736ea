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
            known = _load(recent.get(area))
            published = absorb(known, incident)
        except Exception:
            log.exception("merge_failed", area=area, incident_id=incident.incident_id)
            continue
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
