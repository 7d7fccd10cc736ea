"""`threshold`: an incident whose victim figures reach a limit (the default `high_casualty`).

Config (besides the common fields: name, severity, key, window, filter, resolve, labels, title, summary):

    type: threshold
    killed: 10               # fires when victims killed >= 10 ...
    wounded: null            # ... or victims wounded >= N ...
    killed_and_wounded: 20   # ... or killed + wounded (or a combined "killed and wounded" figure) >= 20
    figure: max              # which bound of a figure's range counts: min | best | max
    claims: false            # true: a group's claimed figures count too (never by default)
    vague: false             # true: vague figures ("dozens") count too

Key: `incident` by default (one alert per incident, updated when its figures are revised). With another key
(e.g. `country`) and a `window`, qualifying incidents of one key and window share one alert.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from agents.rules.base import Group, RuleBase
from agents.rules.facts import Pick, combined_value, figure_value
from streams.records import Incident

__all__ = ["ThresholdRule"]


class ThresholdRule(RuleBase):
    """Victim figures of one incident at or above a limit."""

    type: Literal["threshold"]
    killed: int | None = Field(default=None, ge=1)
    wounded: int | None = Field(default=None, ge=1)
    killed_and_wounded: int | None = Field(default=None, ge=1)
    figure: Pick = "max"
    claims: bool = False
    vague: bool = False

    @model_validator(mode="after")
    def _one_limit(self) -> ThresholdRule:
        if self.killed is None and self.wounded is None and self.killed_and_wounded is None:
            raise ValueError("give at least one of killed, wounded, killed_and_wounded")
        return self

    def values(self, incident: Incident) -> dict[str, int | None]:
        """The figures this rule reads, by limit name."""
        options: dict[str, bool] = {"claims": self.claims, "vague": self.vague}
        return {
            "killed": figure_value(incident, "killed", pick=self.figure, **options),
            "wounded": figure_value(incident, "wounded", pick=self.figure, **options),
            "killed_and_wounded": combined_value(incident, pick=self.figure, **options),
        }

    def meets(self, incident: Incident) -> bool:
        """True when any configured limit is reached."""
        found = self.values(incident)
        limits = {
            "killed": self.killed,
            "wounded": self.wounded,
            "killed_and_wounded": self.killed_and_wounded,
        }
        return any(
            limit is not None and (value := found[name]) is not None and value >= limit
            for name, limit in limits.items()
        )

    def admits(self, incident: Incident) -> bool:
        """Only incidents over a limit open an alert."""
        return self.meets(incident)

    def fires(self, group: Group, history: object) -> bool:
        """Fires while any member is over a limit."""
        return any(self.meets(m) for m in group.members.values())

    def headline(self, group: Group, facts: dict[str, str]) -> str:
        """E.g. `13 killed, 9 wounded in Khwaja Omari, Ghazni, Afghanistan (2018-04-12)`."""
        return f"{facts['toll'] or 'Casualties'} in {facts['places']} ({facts['date']})"
