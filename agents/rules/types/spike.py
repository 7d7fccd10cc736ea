"""`spike`: a window's incident count per key far above its trailing baseline.

Config (besides the common fields):

    type: spike
    key: country             # default: country
    window: 24h              # tumbling event-time window (default 24h)
    baseline_windows: 7      # the baseline is the mean count of this many preceding windows (missing = 0)
    factor: 3.0              # fires when count >= factor * baseline ...
    min_count: 3             # ... and count >= min_count (so a quiet key does not fire on one incident)

History (counts of recent windows per key) lives in the rule state and is pruned after `baseline_windows`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar, Literal

from pydantic import Field

from agents.rules.base import Group, RuleBase
from agents.rules.facts import KeyField
from streams.records import Incident

__all__ = ["SpikeRule"]


class SpikeRule(RuleBase):
    """Window count against the mean of the preceding windows."""

    default_key: ClassVar[tuple[KeyField, ...]] = ("country",)
    default_window: ClassVar[dt.timedelta | None] = dt.timedelta(hours=24)
    uses_history: ClassVar[bool] = True

    type: Literal["spike"]
    baseline_windows: int = Field(default=7, ge=1, le=366)
    factor: float = Field(default=3.0, gt=1.0)
    min_count: int = Field(default=3, ge=1)

    @property
    def history_ttl(self) -> dt.timedelta:
        """How long (in event time) the per-key counts are kept."""
        assert self.window is not None
        return self.window * (self.baseline_windows + 1)

    def _index(self, group: Group) -> int:
        assert group.window is not None and self.window is not None
        return group.window.index(self.window)

    def baseline(self, group: Group, history: dict[str, Any] | None) -> float:
        """Mean incident count of the preceding windows."""
        counts: dict[str, int] = (history or {}).get("counts", {})
        index = self._index(group)
        previous = [counts.get(str(index - n), 0) for n in range(1, self.baseline_windows + 1)]
        return sum(previous) / self.baseline_windows

    def join(
        self, group: Group, incident: Incident, history: dict[str, Any] | None, *, created: bool
    ) -> dict[str, Any] | None:
        """Record the window's count; drop counts older than the baseline."""
        index = self._index(group)
        counts = dict((history or {}).get("counts", {}))
        counts[str(index)] = len(group.members)
        counts = {k: v for k, v in counts.items() if index - self.baseline_windows <= int(k) <= index + 1}
        return {**(history or {}), "counts": counts}

    def fires(self, group: Group, history: dict[str, Any] | None) -> bool:
        """Count at least `min_count` and at least `factor` times the baseline."""
        count = len(group.members)
        return count >= self.min_count and count >= self.factor * self.baseline(group, history)

    def headline(self, group: Group, facts: dict[str, str]) -> str:
        """E.g. `Spike for AF: 9 incidents from 2019-01-10 to 2019-01-10`."""
        count = len(group.members)
        return f"Spike for {facts['key']}: {count} incidents from {facts['start']} to {facts['end']}"

    def lead(self, group: Group, facts: dict[str, str]) -> str:
        """The headline, with the baseline added by the engine's figures."""
        return self.headline(group, facts)
