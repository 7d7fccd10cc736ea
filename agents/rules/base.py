"""What every rule shares: config fields, the incident filter, groups and the hooks a rule type fills in."""

from __future__ import annotations

import datetime as dt
import itertools
import string
from dataclasses import dataclass, field
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from agents.rules.duration import Duration
from agents.rules.facts import KeyField, in_capital, key_values
from agents.rules.windows import Window
from alerts.model import Alert, Severity
from streams.records import EventType, Incident

__all__ = ["TEMPLATE_FIELDS", "Config", "Group", "IncidentFilter", "RuleBase"]

#: Names a `title` or `summary` template may use.
TEMPLATE_FIELDS = frozenset(
    {
        "rule",
        "key",
        "perpetrators",
        "places",
        "provinces",
        "countries",
        "start",
        "end",
        "date",
        "killed",
        "wounded",
        "figures",
        "toll",
        "claims",
        "count",
        "sites",
        "event_types",
        "on",
    }
)


class Config(BaseModel):
    """Strict config: unknown fields are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _listify(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


class IncidentFilter(Config):
    """Which incidents a rule looks at; every given condition must hold."""

    event_types: list[EventType] | None = None
    countries: list[str] | None = Field(default=None, description="ISO 3166-1 alpha-2 codes.")
    admin1: list[str] | None = Field(default=None, description="ISO 3166-2 codes, e.g. AF-KAB.")
    perpetrators: list[str] | None = None
    targets: list[str] | None = None
    weapons: list[str] | None = None
    in_capital: bool | None = Field(default=None, description="A location in the country's capital.")
    coordinated: bool | None = None
    background: bool | None = None
    claimed: bool | None = Field(default=None, description="Some perpetrator claimed it (true) or none did.")
    min_confidence: float = Field(default=0.0, ge=0.0, le=1.0)

    @field_validator("countries", "admin1", mode="before")
    @classmethod
    def _upper(cls, value: Any) -> Any:
        return [str(x).upper() for x in _listify(value)] if isinstance(value, str | list) else value

    @field_validator("event_types", "perpetrators", "targets", "weapons", mode="before")
    @classmethod
    def _lists(cls, value: Any) -> Any:
        return _listify(value)

    def matches(self, incident: Incident) -> bool:
        """True when the incident meets every condition."""
        if incident.confidence < self.min_confidence:
            return False
        if self.event_types is not None and incident.event_type not in self.event_types:
            return False
        if self.countries is not None and not set(key_values(incident, "country")) & set(self.countries):
            return False
        if self.admin1 is not None and not set(key_values(incident, "admin1")) & set(self.admin1):
            return False
        if self.perpetrators is not None and not {p.name.casefold() for p in incident.perpetrators} & {
            p.casefold() for p in self.perpetrators
        }:
            return False
        if self.targets is not None and not set(incident.targets) & set(self.targets):
            return False
        if self.weapons is not None and not set(incident.weapons) & set(self.weapons):
            return False
        if self.in_capital is not None and any(in_capital(x) for x in incident.locations) != self.in_capital:
            return False
        if self.coordinated is not None and incident.coordinated != self.coordinated:
            return False
        if self.background is not None and incident.background != self.background:
            return False
        claimed = any(p.claimed for p in incident.perpetrators)
        return self.claimed is None or claimed == self.claimed


@dataclass(slots=True)
class Group:
    """One alert candidate: a rule, a key and (for windowed rules) a window, with the incidents in it."""

    fingerprint: str
    rule: str
    key: dict[str, str]
    window: Window | None
    close_at: dt.datetime
    touched_at: dt.datetime | None = None
    members: dict[str, Incident] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    alert: Alert | None = None
    digest: str | None = None


class RuleBase(Config):
    """Fields every rule has; subclasses add their own and fill in the hooks below."""

    #: Key fields used when the file gives none.
    default_key: ClassVar[tuple[KeyField, ...]] = ("incident",)
    #: Window used when the file gives none (None: per-incident, no window).
    default_window: ClassVar[dt.timedelta | None] = None
    #: True when the rule keeps per-key history across windows.
    uses_history: ClassVar[bool] = False

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=100)
    type: str
    description: str = ""
    severity: Severity = "warning"
    enabled: bool = True
    key: list[KeyField] = Field(default_factory=list, description="Group alerts per these fields.")
    window: Duration | None = Field(default=None, description="Tumbling event-time window length.")
    resolve: bool = Field(default=False, description="Publish a resolved version when the window closes.")
    open_for: Duration = Field(
        default=dt.timedelta(days=7), description="Per-incident alerts: stream time they accept revisions."
    )
    filter: IncidentFilter = Field(default_factory=IncidentFilter)
    labels: dict[str, str] = Field(default_factory=dict, description="Extra static labels.")
    title: str | None = Field(default=None, description="Template overriding the generated title.")
    summary: str | None = Field(default=None, description="Template overriding the generated summary.")

    @field_validator("key", mode="before")
    @classmethod
    def _keys(cls, value: Any) -> Any:
        return _listify(value)

    @field_validator("title", "summary")
    @classmethod
    def _template(cls, value: str | None) -> str | None:
        if value is None:
            return value
        try:
            names = {name for _, name, _, _ in string.Formatter().parse(value) if name is not None}
        except ValueError as exc:
            raise ValueError(f"bad template: {exc}") from None
        unknown = sorted(n for n in names if n not in TEMPLATE_FIELDS)
        if unknown:
            raise ValueError(f"unknown template fields {unknown}; known: {sorted(TEMPLATE_FIELDS)}")
        return value

    @model_validator(mode="after")
    def _defaults(self) -> RuleBase:
        if not self.key:
            object.__setattr__(self, "key", list(self.default_key))
        if self.window is None and self.default_window is not None and "incident" not in self.key:
            object.__setattr__(self, "window", self.default_window)
        if "incident" in self.key and self.window is not None:
            raise ValueError("a rule keyed by incident has no window")
        if "incident" not in self.key and self.window is None:
            raise ValueError("a rule grouping several incidents needs a window")
        reserved = {"rule", "severity"} & set(self.labels)
        if reserved:
            raise ValueError(f"labels may not set {sorted(reserved)}")
        return self

    @property
    def windowed(self) -> bool:
        """True when alerts group incidents in event-time windows (late incidents do not join)."""
        return self.window is not None

    def admits(self, incident: Incident) -> bool:
        """May this incident open a new group (it already passed the filter)?"""
        return True

    def group_keys(self, incident: Incident) -> list[dict[str, str]]:
        """The keys an incident belongs to: the product of its values for each key field."""
        values = [key_values(incident, f) for f in self.key]
        return [dict(zip(self.key, combo, strict=True)) for combo in itertools.product(*values)]

    def history_key(self, key: dict[str, str]) -> dict[str, str]:
        """The part of a group key that per-key history is kept for."""
        return key

    def join(
        self, group: Group, incident: Incident, history: dict[str, Any] | None, *, created: bool
    ) -> dict[str, Any] | None:
        """Called after `incident` joined `group`; may update group.extra; returns the new history."""
        return history

    def fires(self, group: Group, history: dict[str, Any] | None) -> bool:
        """Does the group, as it stands, raise an alert?"""
        return bool(group.members)

    def headline(self, group: Group, facts: dict[str, str]) -> str:
        """The alert title when no template is set."""
        return f"{self.name}: {facts['places']} on {facts['date']}"

    def lead(self, group: Group, facts: dict[str, str]) -> str:
        """The start of the summary sentence, before the figures."""
        who = f"{facts['perpetrators']} " if facts["perpetrators"] else ""
        return f"{who}{facts['event_types']} in {facts['places']} {facts['on']}"
