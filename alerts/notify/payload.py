"""The versioned webhook payload: the alert, its incidents in brief, links to its sources."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict

from alerts.notify.records import Delivery
from streams.records import Source

__all__ = ["PAYLOAD_SCHEMA", "IncidentBrief", "render", "source_links", "webhook_payload"]

PAYLOAD_SCHEMA = "incident-radar.alert.v1"


class IncidentBrief(BaseModel):
    """One incident behind an alert, in a few fields."""

    model_config = ConfigDict(frozen=True)

    incident_id: str
    event_type: str | None = None
    event_date: str | None = None
    place: str | None = None
    province: str | None = None
    country_code: str | None = None
    killed: int | None = None
    wounded: int | None = None
    perpetrators: list[str] = []
    summary: str | None = None
    article_ids: list[str] = []


def source_links(alert: Any, extra: Mapping[str, Source] | None = None) -> dict[str, Source]:
    """Article id -> source: the alert's own, then any the caller adds."""
    return {s.article_id: s for s in alert.sources} | dict(extra or {})


def webhook_payload(
    delivery: Delivery,
    *,
    update: bool,
    incidents: Sequence[IncidentBrief] = (),
    sources: Mapping[str, Source] | None = None,
) -> dict[str, Any]:
    """The JSON document a webhook receives; `update` marks a later version of an alert already sent."""
    alert = delivery.alert
    known = {brief.incident_id: brief for brief in incidents}
    briefs = [known.get(i) or IncidentBrief(incident_id=i) for i in alert.incident_ids]
    links = source_links(alert, sources)
    claim_outlets = sorted({c.source for c in alert.claims if c.source})
    return {
        "schema": PAYLOAD_SCHEMA,
        "idempotency_key": delivery.idempotency_key,
        "subscription": delivery.subscription,
        "update": update,
        "reminder": delivery.repeat,
        "alert": alert.model_dump(mode="json"),
        "incidents": [b.model_dump(mode="json") for b in briefs],
        "sources": [
            (links.get(a) or Source(article_id=a)).model_dump(mode="json") for a in alert.article_ids
        ],
        "claim_sources": claim_outlets,
    }


def render(payload: Mapping[str, Any]) -> bytes:
    """The payload as compact UTF-8 JSON: the exact bytes that are signed and sent."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
