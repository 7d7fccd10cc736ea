"""The delivery stage's glue: apply nlog decisions to a table and hand entries to the dispatcher.

Everything here runs inside the deliveries agent's event processing (so Faust table writes are allowed); tests
drive it with a plain dict as the table.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import structlog

from alerts.model import Alert
from alerts.nlog import Dispatch, Entry, Ignore, Noted, Skip, Thread, decode, on_delivery, on_outcome, sweep
from alerts.notify.dispatch import Dispatcher, utcnow
from alerts.notify.records import DeadLetter, Delivery, DeliveryMessage, Outcome, thread_key
from alerts.routing import route
from alerts.subscriptions import NotifyPolicy, SubscriptionsFile

__all__ = ["DeliveryService", "deliveries_for"]

log = structlog.get_logger(__name__)

Table = MutableMapping[str, Any]
PublishDead = Callable[[DeadLetter], Awaitable[None]]


def deliveries_for(config: SubscriptionsFile, alert: Alert, now: dt.datetime) -> list[Delivery]:
    """The deliveries an alert makes: one per routed destination."""
    return [
        Delivery(destination=r.destination, subscription=r.subscription, alert=alert, enqueued_at=now)
        for r in route(config, alert)
    ]


class DeliveryService:
    """Reads delivery messages, keeps the notification log in `table`, schedules attempts."""

    def __init__(
        self,
        config: SubscriptionsFile,
        table: Table,
        dispatcher: Dispatcher,
        publish_dead: PublishDead,
        *,
        retention: dt.timedelta = dt.timedelta(days=7),
        clock: Callable[[], dt.datetime] = utcnow,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self.config = config
        self.table = table
        self.dispatcher = dispatcher
        self._publish_dead = publish_dead
        self._retention = retention
        self._clock = clock
        self._rand = rand
        self._policies = {s.name: config.policy_of(s) for s in config.subscriptions}

    def policy(self, subscription: str) -> NotifyPolicy:
        """The subscription's notification policy (the file default when it is gone)."""
        return self._policies.get(subscription, self.config.policy)

    def _get(self, key: str) -> Entry | Thread | None:
        return decode(self.table.get(key))

    def _entry(self, key: str) -> Entry | None:
        value = self._get(key)
        return value if isinstance(value, Entry) else None

    def thread(self, delivery: Delivery) -> Thread | None:
        """The thread of a delivery's alert at its destination (a read: safe outside the agent)."""
        value = self._get(thread_key(delivery.destination, delivery.alert.fingerprint))
        return value if isinstance(value, Thread) else None

    def _put(self, value: Entry | Thread) -> None:
        key = value.key if isinstance(value, Entry) else thread_key(value.destination, value.fingerprint)
        self.table[key] = value.model_dump(mode="json")

    async def handle(self, message: DeliveryMessage, partition: int) -> None:
        """Process one message of the deliveries topic, read from `partition`."""
        if message.kind == "delivery" and message.delivery is not None:
            self.on_delivery(message.delivery, partition)
        elif message.kind == "outcome" and message.outcome is not None:
            await self.on_outcome(message.outcome)
        elif message.kind == "redrive":
            self.on_sweep(partition)

    def on_delivery(self, delivery: Delivery, partition: int) -> None:
        """A delivery to make (new, read again after a crash, a reminder, or re-driven from dead letters)."""
        decision = on_delivery(
            delivery,
            self._entry(delivery.key),
            self.thread(delivery),
            self.policy(delivery.subscription),
            partition=partition,
            now=self._clock(),
        )
        if isinstance(decision, Skip):
            if decision.entry is not None:
                self._put(decision.entry)
            log.info("delivery_skipped", key=delivery.key, reason=decision.reason)
            return
        self._put(decision.thread)
        self._put(decision.entry)
        self.dispatcher.schedule(decision.entry)

    async def on_outcome(self, outcome: Outcome) -> None:
        """Record an attempt's outcome; schedule the retry or publish the dead letter."""
        entry = self._entry(outcome.key)
        thread = self.thread(entry.delivery) if entry is not None else None
        retry = (
            self.config.retry_of(entry.delivery.destination)
            if entry is not None and (entry.delivery.destination in self.config.by_name)
            else self.config.retry
        )
        decision = on_outcome(outcome, entry, thread, retry, now=self._clock(), rand=self._rand())
        if isinstance(decision, Ignore):
            log.debug("delivery_outcome_ignored", key=outcome.key, reason=decision.reason)
            return
        self.dispatcher.release(outcome.key)
        if isinstance(decision, Dispatch):
            self._put(decision.thread)
            self._put(decision.entry)
            log.info(
                "delivery_retry_scheduled",
                key=outcome.key,
                attempt=decision.entry.attempts + 1,
                at=decision.entry.not_before.isoformat(),
                reason=decision.entry.last_error,
            )
            self.dispatcher.schedule(decision.entry)
            return
        assert isinstance(decision, Noted)
        if decision.thread is not None:
            self._put(decision.thread)
        self._put(decision.entry)
        if decision.dead_letter is not None:
            if decision.dead_letter.state == "dead":
                log.warning(
                    "delivery_dead",
                    key=outcome.key,
                    destination=decision.dead_letter.destination,
                    reason=decision.dead_letter.reason,
                    attempts=decision.dead_letter.attempts,
                )
            await self._publish_dead(decision.dead_letter)

    def on_sweep(self, partition: int) -> None:
        """Periodic work for one partition: re-drive orphaned entries, send reminders, forget old keys."""
        values = []
        for key, raw in list(self.table.items()):
            if not raw or raw.get("partition", partition) != partition:
                continue  # another partition's key: not decoded at all
            value = decode(raw)
            if value is not None:
                values.append((key, value))
        plan = sweep(
            values,
            partition=partition,
            busy=self.dispatcher.busy,
            policies=self._policies,
            now=self._clock(),
            retention=self._retention,
        )
        for key in plan.expired:
            del self.table[key]
        for entry in plan.redrive:
            log.info("delivery_redriven", key=entry.key, attempt=entry.attempts + 1)
            self.dispatcher.schedule(entry)
        for reminder in plan.reminders:
            self.on_delivery(reminder, partition)
