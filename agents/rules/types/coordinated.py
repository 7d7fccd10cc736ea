"""`coordinated_attack`: >= N attack sites in one province within a short window, or an incident the text
reports as coordinated (lying in that one province).

Config (besides the common fields):

    type: coordinated_attack
    key: admin1              # default: admin1 (one alert per province and window)
    min_sites: 2             # sites summed over the window's incidents; an incident in one province adds its
                             # `sites`, one spread over several provinces adds 1 to each
    window: 3h               # tumbling event-time window (default 3h; with day-precision dates, one day)
    coordinated: true        # an incident reported as coordinated, in this province alone, fires by itself
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar, Literal

from pydantic import Field

from agents.rules.base import Group, RuleBase
from agents.rules.facts import KeyField, province_count, sites_in

__all__ = ["CoordinatedAttackRule"]


class CoordinatedAttackRule(RuleBase):
    """Several sites, or a reported coordinated attack, in one province."""

    default_key: ClassVar[tuple[KeyField, ...]] = ("admin1",)
    default_window: ClassVar[dt.timedelta | None] = dt.timedelta(hours=3)

    type: Literal["coordinated_attack"]
    min_sites: int = Field(default=2, ge=2)
    coordinated: bool = True

    def sites(self, group: Group) -> int:
        """Attack sites of the group's incidents in the group's province."""
        province = group.key.get("admin1")
        return sum(sites_in(incident, province) for incident in group.members.values())

    def fires(self, group: Group, history: dict[str, Any] | None) -> bool:
        """Enough sites, or one incident reported as coordinated within a single province."""
        if self.sites(group) >= self.min_sites:
            return True
        return self.coordinated and any(
            incident.coordinated and province_count(incident) == 1 for incident in group.members.values()
        )

    def headline(self, group: Group, facts: dict[str, str]) -> str:
        """E.g. `Coordinated attacks on 2 sites in Kabul, Afghanistan on 2018-05-09`."""
        return f"Coordinated attacks on {self.sites(group)} sites in {facts['provinces']} on {facts['date']}"

    def lead(self, group: Group, facts: dict[str, str]) -> str:
        """E.g. `Islamic State and Taliban attacks on 2 sites in Kabul on 2018-05-09`."""
        who = facts["perpetrators"] or "Unidentified"
        return f"{who} attacks on {self.sites(group)} sites in {facts['places']} {facts['on']}"
