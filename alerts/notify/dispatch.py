"""The attempt stage and its dispatcher: one attempt per scheduled entry, under per-destination limits.

The dispatcher never writes the notification log: each attempt ends in an `Outcome` handed to `emit`, which
the agent publishes on the deliveries topic and records when it reads it back (Faust tables are written only
inside agent event processing). An entry stays `busy` from `schedule` until the agent calls `release` for it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence

import structlog

from alerts.exceptions import DeliveryError
from alerts.nlog import Entry, Thread, is_superseded
from alerts.notify.base import Notification, Notifier
from alerts.notify.limits import DestinationLimiter
from alerts.notify.payload import IncidentBrief
from alerts.notify.records import Delivery, Outcome
from alerts.subscriptions import Limits
from streams.records import Source

__all__ = ["Dispatcher", "Emit", "Enrich", "ThreadLookup", "attempt", "utcnow"]

log = structlog.get_logger(__name__)

Emit = Callable[[Entry, Outcome], Awaitable[None]]
ThreadLookup = Callable[[Delivery], Thread | None]
Enrich = Callable[[Delivery], tuple[Sequence[IncidentBrief], Mapping[str, Source]]]


def utcnow() -> dt.datetime:
    """The current time, aware, in UTC."""
    return dt.datetime.now(dt.UTC)


async def attempt(
    notifier: Notifier, note: Notification, *, number: int, clock: Callable[[], dt.datetime] = utcnow
) -> Outcome:
    """Run one attempt; every failure becomes a failed Outcome (its reason never holds a secret)."""
    key = note.delivery.key
    try:
        sent = await notifier.notify(note, now=clock())
    except DeliveryError as exc:
        log.warning(
            "delivery_attempt_failed",
            destination=notifier.destination,
            key=key,
            attempt=number,
            reason=exc.reason,
            retryable=exc.retryable,
        )
        return Outcome(
            key=key,
            attempt=number,
            kind="failed",
            at=clock(),
            reason=exc.reason,
            retryable=exc.retryable,
            retry_after=exc.retry_after,
        )
    except (
        Exception
    ) as exc:  # a notifier bug must not stop delivery; its message may hold a URL, so not logged
        log.error(
            "delivery_attempt_crashed", destination=notifier.destination, key=key, error=type(exc).__name__
        )
        return Outcome(
            key=key,
            attempt=number,
            kind="failed",
            at=clock(),
            reason=f"internal_{type(exc).__name__}",
            retryable=True,
        )
    log.info("delivery_sent", destination=notifier.destination, key=key, attempt=number, status=sent.status)
    return Outcome(key=key, attempt=number, kind="sent", at=clock(), sent=sent)


class Dispatcher:
    """Schedules attempts as background tasks; one slow destination never delays another's."""

    def __init__(
        self,
        notifiers: Mapping[str, Notifier],
        limits: Mapping[str, Limits],
        emit: Emit,
        lookup: ThreadLookup,
        *,
        enrich: Enrich | None = None,
        clock: Callable[[], dt.datetime] = utcnow,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._notifiers = dict(notifiers)
        self._limiters = {
            name: DestinationLimiter(limits.get(name, Limits()), monotonic, sleep) for name in self._notifiers
        }
        self._emit = emit
        self._lookup = lookup
        self._enrich = enrich
        self._clock = clock
        self._sleep = sleep
        self._busy: dict[str, int] = {}
        self._tasks: dict[str, asyncio.Task[None]] = {}

    def busy(self, key: str) -> bool:
        """True from `schedule` until `release`: an attempt is waiting, running, or its outcome unrecorded."""
        return key in self._busy

    @property
    def pending(self) -> int:
        """How many entries are busy."""
        return len(self._busy)

    def schedule(self, entry: Entry) -> bool:
        """Start an attempt at `entry.not_before`; False when the entry is already busy."""
        if entry.key in self._busy:
            return False
        self._busy[entry.key] = entry.partition
        task = asyncio.ensure_future(self._run(entry))
        self._tasks[entry.key] = task
        key = entry.key
        task.add_done_callback(lambda done: self._forget(key, done))
        return True

    def _forget(self, key: str, task: asyncio.Task[None]) -> None:
        if self._tasks.get(key) is task:
            del self._tasks[key]

    def release(self, key: str) -> None:
        """The agent recorded the entry's outcome: it may be scheduled again."""
        self._busy.pop(key, None)

    def revoke(self, partitions: Iterable[int]) -> int:
        """Cancel attempts of partitions this worker no longer owns; return how many."""
        gone = set(partitions)
        keys = [key for key, partition in self._busy.items() if partition in gone]
        for key in keys:
            task = self._tasks.pop(key, None)
            if task is not None:
                task.cancel()
            self._busy.pop(key, None)
        return len(keys)

    async def _run(self, entry: Entry) -> None:
        delivery = entry.delivery
        number = entry.attempts + 1
        try:
            wait = (entry.not_before - self._clock()).total_seconds()
            if wait > 0:
                await self._sleep(wait)
            outcome = await self._attempt(entry, number)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.error("delivery_dispatch_failed", key=entry.key, error=type(exc).__name__)
            outcome = Outcome(
                key=entry.key,
                attempt=number,
                kind="failed",
                at=self._clock(),
                reason=f"internal_{type(exc).__name__}",
                retryable=True,
            )
        try:
            await self._emit(entry, outcome)
        except Exception as exc:
            # The entry stays pending in the log; the next sweep re-drives it.
            log.error("delivery_outcome_not_published", key=entry.key, error=type(exc).__name__)
            self._busy.pop(delivery.key, None)

    async def _attempt(self, entry: Entry, number: int) -> Outcome:
        delivery = entry.delivery
        notifier = self._notifiers.get(delivery.destination)
        if notifier is None:
            return Outcome(
                key=entry.key, attempt=number, kind="failed", at=self._clock(), reason="unknown_destination"
            )
        thread = self._lookup(delivery)
        if is_superseded(entry, thread):
            return Outcome(key=entry.key, attempt=number, kind="superseded", at=self._clock())
        incidents, sources = self._enrich(delivery) if self._enrich is not None else ((), {})
        note = Notification(
            delivery,
            previous=thread.previous if thread is not None else None,
            incidents=incidents,
            sources=sources,
        )
        async with self._limiters[delivery.destination].slot():
            return await attempt(notifier, note, number=number, clock=self._clock)

    async def close(self) -> None:
        """Cancel waiting attempts and close every notifier."""
        for task in list(self._tasks.values()):
            task.cancel()
        await asyncio.gather(*self._tasks.values(), return_exceptions=True)
        self._tasks.clear()
        self._busy.clear()
        for notifier in self._notifiers.values():
            await notifier.aclose()
