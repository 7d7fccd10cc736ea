"""`cardinality`: one key active in at least N distinct values of a field within a window
(the default `coordinated_multi_province`: one perpetrator in >= 3 provinces within 24 h).

Config (besides the common fields):

    type: cardinality
    key: perpetrator         # default: perpetrator
    field: admin1            # what is counted: admin1 | admin2 | country | event_type | target | perpetrator
    min_distinct: 3          # fires as soon as this many distinct values are seen (early emit)
    window: 24h              # tumbling event-time window (default 24h)

The alert fires when the count is reached and is updated (version + 1) whenever another value or incident
joins.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar, Literal

from pydantic import Field

from agents.rules.base import Group, RuleBase
from agents.rules.facts import KeyField, key_values

__all__ = ["CardinalityRule"]


class CardinalityRule(RuleBase):
    """Distinct values of a field per key and window."""

    default_key: ClassVar[tuple[KeyField, ...]] = ("perpetrator",)
    default_window: ClassVar[dt.timedelta | None] = dt.timedelta(hours=24)

    type: Literal["cardinality"]
    field: Literal["admin1", "admin2", "country", "event_type", "target", "perpetrator"] = "admin1"
    min_distinct: int = Field(default=3, ge=2)

    def distinct(self, group: Group) -> list[str]:
        """The distinct values seen in the group, in order of arrival."""
        values: dict[str, None] = {}
        for incident in group.members.values():
            values.update(dict.fromkeys(key_values(incident, self.field)))
        return list(values)

    def fires(self, group: Group, history: dict[str, Any] | None) -> bool:
        """Fires once the distinct count reaches `min_distinct`."""
        return len(self.distinct(group)) >= self.min_distinct

    def headline(self, group: Group, facts: dict[str, str]) -> str:
        """E.g. `Taliban attacks in 4 provinces on 2019-01-10: Kunduz, Baghlan, Takhar, Badghis`."""
        count = len(self.distinct(group))
        what = {"admin1": "provinces", "admin2": "districts", "country": "countries"}.get(
            self.field, self.field
        )
        listed = facts["provinces"] if self.field == "admin1" else ", ".join(self.distinct(group))
        who = facts["key"]
        return f"{who} attacks in {count} {what} on {facts['date']}: {listed}"

    def lead(self, group: Group, facts: dict[str, str]) -> str:
        """E.g. `Taliban active in Kunduz, Baghlan, Takhar and Badghis on 2019-01-10`."""
        return f"{facts['key']} active in {facts['provinces'] or facts['places']} {facts['on']}"
