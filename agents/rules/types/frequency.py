"""`frequency`: at least N incidents per key within a window.

Config (besides the common fields):

    type: frequency
    key: admin1              # default: admin1
    min_count: 3             # fires once this many incidents fall in one window; updates as more join
    window: 7d               # tumbling event-time window (default 24h)
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar, Literal

from pydantic import Field

from agents.rules.base import Group, RuleBase
from agents.rules.facts import KeyField

__all__ = ["FrequencyRule"]


class FrequencyRule(RuleBase):
    """Incident count per key and window."""

    default_key: ClassVar[tuple[KeyField, ...]] = ("admin1",)
    default_window: ClassVar[dt.timedelta | None] = dt.timedelta(hours=24)

    type: Literal["frequency"]
    min_count: int = Field(default=3, ge=1)

    def fires(self, group: Group, history: dict[str, Any] | None) -> bool:
        """Fires once the window holds `min_count` incidents."""
        return len(group.members) >= self.min_count

    def headline(self, group: Group, facts: dict[str, str]) -> str:
        """E.g. `4 incidents in Ghazni, Afghanistan in the window from 2018-04-09`."""
        return f"{len(group.members)} incidents for {facts['key']} from {facts['start']} to {facts['end']}"

    def lead(self, group: Group, facts: dict[str, str]) -> str:
        """E.g. `4 incidents for AF-GHA from 2018-04-09 to 2018-04-15`."""
        return self.headline(group, facts)
