"""`new_term`: a key's first incident with some value of a field for D days (by default: a perpetrator's
first incident in a province for 30 days).

Config (besides the common fields):

    type: new_term
    key: perpetrator         # default: perpetrator
    field: admin1            # the term: admin1 | admin2 | country | event_type | target
    lookback: 30d            # a term is new when the key has not had it for this long (event time)
    warmup: 30d              # the key must have been seen for this long before anything counts as new,
                             # so a fresh state does not alert on every first sight
    window: 24h              # one alert per key, term and window (default 24h)
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar, Literal

from agents.rules.base import Group, RuleBase
from agents.rules.duration import Duration
from agents.rules.facts import KeyField, key_values
from streams.records import Incident

__all__ = ["NewTermRule"]


class NewTermRule(RuleBase):
    """First value of a field for a key in D days."""

    default_key: ClassVar[tuple[KeyField, ...]] = ("perpetrator",)
    default_window: ClassVar[dt.timedelta | None] = dt.timedelta(hours=24)
    uses_history: ClassVar[bool] = True

    type: Literal["new_term"]
    field: Literal["admin1", "admin2", "country", "event_type", "target"] = "admin1"
    lookback: Duration = dt.timedelta(days=30)
    warmup: Duration = dt.timedelta(days=30)

    @property
    def history_ttl(self) -> dt.timedelta:
        """How long (in event time) a key's terms are kept."""
        return max(self.lookback, self.warmup)

    def group_keys(self, incident: Incident) -> list[dict[str, str]]:
        """The key fields plus the term."""
        return [
            {**key, "term": term}
            for key in super().group_keys(incident)
            for term in key_values(incident, self.field)
        ]

    def history_key(self, key: dict[str, str]) -> dict[str, str]:
        """History is per key, across terms."""
        return {k: v for k, v in key.items() if k != "term"}

    def join(
        self, group: Group, incident: Incident, history: dict[str, Any] | None, *, created: bool
    ) -> dict[str, Any] | None:
        """On a new group, decide whether the term is new; then remember the term's latest day."""
        assert group.window is not None
        day = group.window.first_day
        term = group.key["term"]
        first = dt.date.fromisoformat(history["first"]) if history else day
        terms: dict[str, str] = dict((history or {}).get("terms", {}))
        if created:
            seen = terms.get(term)
            warmed = history is not None and (day - first) >= dt.timedelta(days=self.warmup.days)
            stale = seen is None or (day - dt.date.fromisoformat(seen)) > dt.timedelta(
                days=self.lookback.days
            )
            group.extra["new"] = bool(warmed and stale)
            group.extra["previous"] = seen
        if term not in terms or terms[term] < day.isoformat():
            terms[term] = day.isoformat()
        horizon = (day - self.history_ttl).isoformat()
        terms = {t: d for t, d in terms.items() if d >= horizon}
        return {"first": min(first, day).isoformat(), "terms": terms}

    def fires(self, group: Group, history: dict[str, Any] | None) -> bool:
        """Fires when the term was new as the group opened."""
        return bool(group.extra.get("new"))

    def headline(self, group: Group, facts: dict[str, str]) -> str:
        """E.g. `Islamic State: first incident in Ghazni for 30 days (2018-04-12)`."""
        days = self.lookback.days
        return f"{facts['key']}: first incident in {facts['places']} for {days} days ({facts['date']})"

    def lead(self, group: Group, facts: dict[str, str]) -> str:
        """The headline as the summary's start."""
        previous = group.extra.get("previous")
        since = f" (last seen {previous})" if previous else ""
        return (
            f"{facts['key']} active in {facts['places']} {facts['on']} "
            f"for the first time in {self.lookback.days} days{since}"
        )
