"""`any`: every incident that passes the rule's filter (e.g. a suicide bombing in a capital, attacks on
journalists).

Config (besides the common fields; the `filter` does the work):

    type: any
    filter:
      event_types: [suicide_bombing]
      in_capital: true

Key: `incident` by default; with another key and a `window`, matching incidents of one key and window share
one alert.
"""

from __future__ import annotations

from typing import Literal

from agents.rules.base import Group, RuleBase

__all__ = ["AnyRule"]


class AnyRule(RuleBase):
    """Any incident matching the filter."""

    type: Literal["any"]

    def headline(self, group: Group, facts: dict[str, str]) -> str:
        """E.g. `Suicide bombing in Kabul, Afghanistan (2018-04-30)`."""
        return f"{facts['event_types'].capitalize()} in {facts['places']} ({facts['date']})"
