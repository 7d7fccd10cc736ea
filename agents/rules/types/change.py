"""`change`: an incident's figure revised upward past a threshold (or by a margin) by a later report.

Config (besides the common fields):

    type: change
    figure: killed           # killed | wounded | killed_and_wounded
    threshold: 10            # fires when a revision takes the figure from below 10 to 10 or more ...
    min_increase: 1          # ... and it stands at least this much above the first reported figure
                             # (without threshold: any revision that far above the first figure fires)
    pick: max                # which bound counts: min | best | max
    claims: false            # claims never count unless true

Key: `incident` (the only sensible one). The first sight of an incident only records its figure; an alert
needs a revision. Later revisions update the alert.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from agents.rules.base import Group, RuleBase
from agents.rules.facts import Pick, combined_value, figure_value
from streams.records import Incident

__all__ = ["ChangeRule"]


class ChangeRule(RuleBase):
    """An upward revision of one incident's figure."""

    type: Literal["change"]
    figure: Literal["killed", "wounded", "killed_and_wounded"] = "killed"
    threshold: int | None = Field(default=None, ge=1)
    min_increase: int = Field(default=1, ge=1)
    pick: Pick = "max"
    claims: bool = False

    def value(self, incident: Incident) -> int | None:
        """The watched figure of an incident."""
        if self.figure == "killed_and_wounded":
            return combined_value(incident, pick=self.pick, claims=self.claims)
        return figure_value(incident, self.figure, pick=self.pick, claims=self.claims)

    def join(
        self, group: Group, incident: Incident, history: dict[str, Any] | None, *, created: bool
    ) -> dict[str, Any] | None:
        """Compare the new revision's figure with the previous one."""
        value = self.value(incident)
        previous = group.extra.get("value")
        first: int | None = group.extra.get("first", previous)
        if not group.extra.get("fired") and previous is not None and value is not None:
            rose = value - (previous if first is None else first) >= self.min_increase
            crossed = self.threshold is None or previous < self.threshold <= value
            if rose and crossed:
                group.extra.update(fired=True)
        if first is None and value is not None:
            group.extra["first"] = value
        if value is not None:
            group.extra["value"] = value
        return history

    def fires(self, group: Group, history: dict[str, Any] | None) -> bool:
        """Fires from the revision that crossed on."""
        return bool(group.extra.get("fired"))

    def headline(self, group: Group, facts: dict[str, str]) -> str:
        """E.g. `Killed revised from 7 (first report) to 13 in Ghazni, Afghanistan (2018-04-12)`."""
        return (
            f"{self.figure.replace('_', ' ').capitalize()} revised from {group.extra.get('first')} to "
            f"{group.extra.get('value')} in {facts['places']} ({facts['date']})"
        )

    def lead(self, group: Group, facts: dict[str, str]) -> str:
        """The headline as the summary's start."""
        return self.headline(group, facts)
