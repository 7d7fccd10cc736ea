"""The alert record published on `alerts` and `alerts.<rule>`."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from streams.records import AwareDatetime, Figure, Location, Perpetrator, Record, Report, Source

__all__ = ["SEVERITY_ORDER", "Alert", "AlertStatus", "Severity"]

Severity = Literal["info", "warning", "critical"]
AlertStatus = Literal["firing", "updated", "resolved"]
SEVERITY_ORDER: dict[str, int] = {"info": 0, "warning": 1, "critical": 2}


class Alert(Record):
    """One alert; a fingerprint keeps its identity across versions."""

    alert_id: str = Field(description="Stable per fingerprint; the first version's id.")
    fingerprint: str = Field(description="Hash of rule + key + window: the alert's identity.")
    version: int = Field(default=1, ge=1)
    status: AlertStatus = "firing"
    rule: str
    severity: Severity = "warning"
    title: str
    summary: str = Field(description="One readable sentence with the figures and their sources.")
    labels: dict[str, str] = Field(default_factory=dict, description="What silences and routes match on.")
    perpetrators: list[Perpetrator] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)
    event_start: dt.date | None = None
    event_end: dt.date | None = None
    killed: Figure = Field(default_factory=Figure)
    wounded: Figure = Field(default_factory=Figure)
    claims: list[Report] = Field(default_factory=list)
    incident_ids: list[str] = Field(default_factory=list)
    article_ids: list[str] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list, description="The articles behind it, with links.")
    late: bool = Field(default=False, description="The event is older than the rule's grace period.")
    evidence: list[str] = Field(default_factory=list, description="The sentences behind the alert.")
    created_at: AwareDatetime
    updated_at: AwareDatetime

    @property
    def severity_rank(self) -> int:
        """Severity as a number for comparisons."""
        return SEVERITY_ORDER[self.severity]
