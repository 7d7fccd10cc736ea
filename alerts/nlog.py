"""The notification log: what was sent where, and the pure decisions that keep sends exactly-once.

Two kinds of entry live in one changelog-backed table:
- `Entry`, keyed destination|fingerprint|version[|rN]: one notification's state (pending, sent, dead …);
- `Thread`, keyed destination|fingerprint: the alert's story at that destination (latest version seen, last
  version sent and when, the Slack message to edit).
The functions here decide; the agent writes what they return, inside its event processing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from alerts.exceptions import DeliveryError, DeliveryRejected, DeliveryTemporary
from alerts.model import AlertStatus
from alerts.notify.records import DeadLetter, Delivery, Outcome, Sent, delivery_key, thread_key
from alerts.retry import GiveUp, decide
from alerts.subscriptions import NotifyPolicy, RetryPolicy
from streams.records import AwareDatetime

__all__ = [
    "Dispatch",
    "Entry",
    "EntryState",
    "Ignore",
    "Noted",
    "Skip",
    "Sweep",
    "Thread",
    "decode",
    "is_superseded",
    "on_delivery",
    "on_outcome",
    "sweep",
]

EntryState = Literal["pending", "sent", "dead", "superseded", "skipped"]


class _Log(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


class Entry(_Log):
    """One notification (alert version or reminder) to one destination."""

    kind: Literal["entry"] = "entry"
    state: EntryState
    delivery: Delivery
    partition: int = 0
    attempts: int = 0
    first_attempt_at: AwareDatetime | None = None
    not_before: AwareDatetime
    last_error: str | None = None
    sent_at: AwareDatetime | None = None
    redriven: bool = False

    @property
    def key(self) -> str:
        """The entry's table key."""
        return self.delivery.key


class Thread(_Log):
    """One alert at one destination: versions seen and sent, and the message a bot would edit."""

    kind: Literal["thread"] = "thread"
    destination: str
    fingerprint: str
    subscription: str
    partition: int = 0
    latest_version: int
    first_seen_at: AwareDatetime
    sent_version: int | None = None
    sent_status: AlertStatus | None = None
    sent_at: AwareDatetime | None = None
    repeats: int = 0
    slack_channel: str | None = None
    slack_ts: str | None = None

    @property
    def previous(self) -> Sent | None:
        """The message already sent for this alert, for notifiers that edit or reply."""
        if self.sent_version is None:
            return None
        return Sent(channel=self.slack_channel, ts=self.slack_ts)


def decode(value: Mapping[str, Any] | None) -> Entry | Thread | None:
    """A table value (JSON) as an Entry or a Thread."""
    if value is None:
        return None
    if value.get("kind") == "thread":
        return Thread.model_validate(value)
    return Entry.model_validate(value)


@dataclass(frozen=True, slots=True)
class Dispatch:
    """Record `entry` and `thread`, then attempt the delivery at `entry.not_before`."""

    entry: Entry
    thread: Thread


@dataclass(frozen=True, slots=True)
class Skip:
    """Send nothing; record `entry` when given; `reason` says why (duplicate, pending, superseded …)."""

    reason: str
    entry: Entry | None = None


@dataclass(frozen=True, slots=True)
class Noted:
    """Record `entry` (and `thread` when given); send `dead_letter` when given; then nothing to attempt."""

    entry: Entry
    thread: Thread | None = None
    dead_letter: DeadLetter | None = None


@dataclass(frozen=True, slots=True)
class Ignore:
    """An outcome that no longer applies (already recorded, or for another attempt)."""

    reason: str


def on_delivery(
    delivery: Delivery,
    entry: Entry | None,
    thread: Thread | None,
    policy: NotifyPolicy,
    *,
    partition: int,
    now: dt.datetime,
) -> Dispatch | Skip:
    """Dedup and policy for a delivery read from the topic (first time, again after a crash, or re-driven)."""
    if entry is not None:
        if entry.state == "dead" and delivery.redrive:
            fresh = entry.model_copy(
                update={
                    "state": "pending",
                    "attempts": 0,
                    "first_attempt_at": None,
                    "not_before": now,
                    "last_error": None,
                    "redriven": True,
                    "partition": partition,
                }
            )
            return Dispatch(fresh, _seen(thread, delivery, partition, now))
        return Skip("duplicate" if entry.state == "sent" else entry.state)
    version = delivery.alert.version
    sent_version = thread.sent_version if thread is not None else None
    if delivery.repeat == 0 and sent_version is not None and sent_version >= version:
        return Skip("superseded", _entry(delivery, "superseded", partition, now))
    if delivery.alert.status == "resolved" and not policy.send_resolved:
        return Skip("resolved_not_wanted", _entry(delivery, "skipped", partition, now))
    if delivery.alert.status == "resolved" and thread is None:
        return Skip("resolved_never_notified", _entry(delivery, "skipped", partition, now))
    if delivery.repeat:
        not_before = now
    elif thread is None or thread.sent_at is None:
        first_seen = thread.first_seen_at if thread is not None else now
        not_before = max(now, first_seen + policy.group_wait)
    else:
        not_before = max(now, thread.sent_at + policy.group_interval)
    return Dispatch(
        _entry(delivery, "pending", partition, not_before), _seen(thread, delivery, partition, now)
    )


def _entry(delivery: Delivery, state: EntryState, partition: int, not_before: dt.datetime) -> Entry:
    return Entry(state=state, delivery=delivery, partition=partition, not_before=not_before)


def _seen(thread: Thread | None, delivery: Delivery, partition: int, now: dt.datetime) -> Thread:
    """The thread after a delivery of this alert was accepted for sending."""
    alert = delivery.alert
    if thread is None:
        return Thread(
            destination=delivery.destination,
            fingerprint=alert.fingerprint,
            subscription=delivery.subscription,
            partition=partition,
            latest_version=alert.version,
            first_seen_at=now,
        )
    if alert.version <= thread.latest_version:
        return thread
    return thread.model_copy(update={"latest_version": alert.version, "subscription": delivery.subscription})


def is_superseded(entry: Entry, thread: Thread | None) -> bool:
    """True when a later version of the alert is queued or sent, so this one need not go out."""
    if thread is None or entry.delivery.repeat:
        return False
    version = entry.delivery.alert.version
    return thread.latest_version > version or (thread.sent_version or 0) >= version


def on_outcome(
    outcome: Outcome,
    entry: Entry | None,
    thread: Thread | None,
    retry: RetryPolicy,
    *,
    now: dt.datetime,
    rand: float,
) -> Dispatch | Noted | Ignore:
    """Record an attempt's outcome: sent, superseded, to retry (Dispatch at the next time) or dead."""
    if entry is None or entry.state != "pending":
        return Ignore("not_pending")
    if outcome.attempt != entry.attempts + 1:
        return Ignore("stale_attempt")
    first = entry.first_attempt_at or outcome.at
    attempted = entry.model_copy(update={"attempts": outcome.attempt, "first_attempt_at": first})
    delivery = entry.delivery
    if outcome.kind == "superseded":
        return Noted(attempted.model_copy(update={"state": "superseded", "attempts": entry.attempts}))
    if outcome.kind == "sent":
        done = attempted.model_copy(update={"state": "sent", "sent_at": outcome.at, "last_error": None})
        letter = None
        if entry.redriven:
            letter = DeadLetter.of(
                delivery,
                reason="redelivered",
                attempts=outcome.attempt,
                first_attempt_at=first,
                at=outcome.at,
                state="redelivered",
            )
        return Noted(done, _sent(thread, entry, outcome), letter)
    error = _error(delivery.destination, outcome)
    decision = decide(retry, error, attempt=outcome.attempt, first_attempt_at=first, now=now, rand=rand)
    if isinstance(decision, GiveUp):
        dead = attempted.model_copy(update={"state": "dead", "last_error": decision.reason})
        letter = DeadLetter.of(
            delivery, reason=decision.reason, attempts=outcome.attempt, first_attempt_at=first, at=now
        )
        return Noted(dead, None, letter)
    again = attempted.model_copy(
        update={"not_before": now + dt.timedelta(seconds=decision.delay), "last_error": error.reason}
    )
    return Dispatch(again, thread or _seen(None, delivery, entry.partition, now))


def _error(destination: str, outcome: Outcome) -> DeliveryError:
    """The failure an outcome reports, as the error the retrier judges."""
    kind = DeliveryTemporary if outcome.retryable else DeliveryRejected
    return kind(destination, outcome.reason or "unknown", retry_after=outcome.retry_after)


def _sent(thread: Thread | None, entry: Entry, outcome: Outcome) -> Thread:
    """The thread after a successful notification."""
    delivery = entry.delivery
    base = thread or _seen(None, delivery, entry.partition, outcome.at)
    alert = delivery.alert
    sent = outcome.sent or Sent()
    if delivery.repeat:
        if base.sent_version != alert.version:
            return base
        return base.model_copy(update={"repeats": max(base.repeats, delivery.repeat), "sent_at": outcome.at})
    if base.sent_version is not None and base.sent_version > alert.version:
        return base
    return base.model_copy(
        update={
            "sent_version": alert.version,
            "sent_status": alert.status,
            "sent_at": outcome.at,
            "repeats": 0,
            "slack_channel": base.slack_channel or sent.channel,
            "slack_ts": base.slack_ts or sent.ts,
            "latest_version": max(base.latest_version, alert.version),
        }
    )


@dataclass(frozen=True, slots=True)
class Sweep:
    """Time-driven work for one partition: orphaned entries to re-drive, reminders due, keys to forget."""

    redrive: list[Entry]
    reminders: list[Delivery]
    expired: list[str]


def sweep(
    values: Iterable[tuple[str, Entry | Thread]],
    *,
    partition: int,
    busy: Callable[[str], bool],
    policies: Mapping[str, NotifyPolicy],
    now: dt.datetime,
    retention: dt.timedelta,
) -> Sweep:
    """What a periodic sweep of one partition's log must do (the agent writes and schedules it)."""
    entries: dict[str, Entry] = {}
    threads: dict[str, Thread] = {}
    for key, value in values:
        if value.partition != partition:
            continue
        if isinstance(value, Entry):
            entries[key] = value
        else:
            threads[key] = value
    redrive = [e for e in entries.values() if e.state == "pending" and not busy(e.key)]
    horizon = now - retention
    expired = [
        key for key, e in entries.items() if e.state != "pending" and (e.sent_at or e.not_before) < horizon
    ]
    live = {
        thread_key(e.delivery.destination, e.delivery.alert.fingerprint)
        for e in entries.values()
        if e.state == "pending"
    }
    expired += [
        key for key, t in threads.items() if key not in live and (t.sent_at or t.first_seen_at) < horizon
    ]
    reminders = []
    for thread in threads.values():
        policy = policies.get(thread.subscription)
        if policy is None or policy.repeat_interval is None or thread.sent_version is None:
            continue
        if thread.sent_status == "resolved" or thread.sent_at is None:
            continue
        if thread.sent_at + policy.repeat_interval > now:
            continue
        sent = entries.get(delivery_key(thread.destination, thread.fingerprint, thread.sent_version))
        if sent is None:
            continue
        repeat = thread.repeats + 1
        if delivery_key(thread.destination, thread.fingerprint, thread.sent_version, repeat) in entries:
            continue
        reminders.append(
            sent.delivery.model_copy(update={"repeat": repeat, "redrive": False, "enqueued_at": now})
        )
    return Sweep(redrive=redrive, reminders=reminders, expired=expired)
