"""The one interface every notifier has, and what it is given."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from alerts.notify.payload import IncidentBrief
from alerts.notify.records import Delivery, Sent
from streams.records import Source

__all__ = ["Notification", "Notifier"]


@dataclass(frozen=True, slots=True)
class Notification:
    """A delivery with what a notifier needs besides the alert: the earlier message, briefs and links."""

    delivery: Delivery
    previous: Sent | None = None
    incidents: Sequence[IncidentBrief] = ()
    sources: Mapping[str, Source] = field(default_factory=dict)

    @property
    def update(self) -> bool:
        """True when an earlier version of this alert already reached the destination."""
        return self.previous is not None


class Notifier(Protocol):
    """Sends one notification to one destination; raises DeliveryTemporary or DeliveryRejected on failure."""

    @property
    def destination(self) -> str:
        """The destination's name."""
        ...

    async def notify(self, note: Notification, *, now: dt.datetime) -> Sent:
        """Send `note`; return what the receiver left behind (status, Slack ts)."""
        ...

    async def aclose(self) -> None:
        """Release connections."""
        ...
