"""Messages of the delivery topics: work items, attempt outcomes, dead letters."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from alerts.model import Alert
from streams.records import AwareDatetime

__all__ = ["DeadLetter", "Delivery", "DeliveryMessage", "Outcome", "Sent", "delivery_key", "thread_key"]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


def thread_key(destination: str, fingerprint: str) -> str:
    """Kafka key of every delivery message of one alert to one destination (keeps them on one partition)."""
    return f"{destination}|{fingerprint}"


def delivery_key(destination: str, fingerprint: str, version: int, repeat: int = 0) -> str:
    """Notification-log key: destination + fingerprint + version (+ reminder number)."""
    base = f"{destination}|{fingerprint}|{version}"
    return f"{base}|r{repeat}" if repeat else base


class Delivery(_Record):
    """One alert version to notify one destination."""

    destination: str
    subscription: str
    alert: Alert
    repeat: int = Field(default=0, ge=0, description="Reminder number; 0 for the notification itself.")
    redrive: bool = Field(default=False, description="Re-driven from the dead-letter topic.")
    enqueued_at: AwareDatetime

    @property
    def key(self) -> str:
        """The notification-log key."""
        return delivery_key(self.destination, self.alert.fingerprint, self.alert.version, self.repeat)

    @property
    def thread(self) -> str:
        """The Kafka key (destination + fingerprint)."""
        return thread_key(self.destination, self.alert.fingerprint)

    @property
    def idempotency_key(self) -> str:
        """What receivers deduplicate on: fingerprint:version (plus :repeat-N for reminders)."""
        base = f"{self.alert.fingerprint}:{self.alert.version}"
        return f"{base}:repeat-{self.repeat}" if self.repeat else base


class Sent(_Record):
    """What a successful notification left behind: the HTTP status, Slack's channel and message ts."""

    status: int = 200
    channel: str | None = None
    ts: str | None = None


OutcomeKind = Literal["sent", "failed", "superseded"]


class Outcome(_Record):
    """The result of one attempt, fed back through the deliveries topic so the agent records it."""

    key: str
    attempt: int = Field(ge=1)
    kind: OutcomeKind
    at: AwareDatetime
    sent: Sent | None = None
    reason: str | None = None
    retryable: bool = False
    retry_after: float | None = None


class DeliveryMessage(_Record):
    """One message on the deliveries topic: a delivery to make, an attempt's outcome, or a re-drive marker."""

    kind: Literal["delivery", "outcome", "redrive"]
    delivery: Delivery | None = None
    outcome: Outcome | None = None
    partition: int | None = Field(default=None, description="Redrive markers: the partition to re-drive.")


class DeadLetter(_Record):
    """A delivery that failed for good (state 'dead'), or a later note that a re-drive delivered it."""

    key: str
    state: Literal["dead", "redelivered"] = "dead"
    destination: str
    subscription: str
    fingerprint: str
    version: int
    repeat: int = 0
    reason: str
    attempts: int
    first_attempt_at: AwareDatetime | None = None
    at: AwareDatetime
    alert: Alert

    @classmethod
    def of(
        cls,
        delivery: Delivery,
        *,
        reason: str,
        attempts: int,
        first_attempt_at: dt.datetime | None,
        at: dt.datetime,
        state: Literal["dead", "redelivered"] = "dead",
    ) -> DeadLetter:
        """The dead letter of a delivery."""
        return cls(
            key=delivery.key,
            state=state,
            destination=delivery.destination,
            subscription=delivery.subscription,
            fingerprint=delivery.alert.fingerprint,
            version=delivery.alert.version,
            repeat=delivery.repeat,
            reason=reason,
            attempts=attempts,
            first_attempt_at=first_attempt_at,
            at=at,
            alert=delivery.alert,
        )

    def delivery(self, now: dt.datetime) -> Delivery:
        """The delivery to re-drive."""
        return Delivery(
            destination=self.destination,
            subscription=self.subscription,
            alert=self.alert,
            repeat=self.repeat,
            redrive=True,
            enqueued_at=now,
        )
