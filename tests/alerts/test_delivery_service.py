"""The delivery stage end to end in one process: real notifiers, real loopback receivers, a dict as the log.

A small harness plays the agent: it feeds delivery messages and the dispatcher's outcomes to the service one
at a time, as the deliveries agent does from Kafka.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import Callable
from typing import Any

import structlog
from pydantic import SecretStr

from alerts.nlog import Entry
from alerts.notify.dispatch import Dispatcher
from alerts.notify.notifiers import notifiers_for
from alerts.notify.records import DeadLetter, DeliveryMessage, Outcome
from alerts.notify.service import DeliveryService, deliveries_for
from alerts.subscriptions import SubscriptionsFile, Target, parse_subscriptions
from tests.fakes.loopback import always, per_key
from tests.fakes.seed_alerts import seed_alerts
from tests.fakes.slack import FakeSlack
from tests.fakes.webhook import WebhookReceiver

KEY = "whsec-service-test-5f2a9c"
FAST_RETRY = {"max_attempts": 6, "initial_backoff": "20ms", "max_backoff": "100ms", "max_age": "30s"}


def subscriptions(
    destinations: list[dict[str, Any]], retry: dict[str, Any] | None = None
) -> SubscriptionsFile:
    return parse_subscriptions(
        {
            "policy": {"group_wait": 0, "group_interval": 0},
            "retry": retry or FAST_RETRY,
            "destinations": destinations,
            "subscriptions": [{"name": "all", "send_to": [d["name"] for d in destinations]}],
        }
    )


def hook(name: str = "hook", **extra: Any) -> dict[str, Any]:
    return {
        "name": name,
        "webhook": {"url_secret": "U", "signing_key_secret": "K", "timeout": "500ms"},
        **extra,
    }


def targets(config: SubscriptionsFile, urls: dict[str, str], token: str | None = None) -> dict[str, Target]:
    out = {}
    for dest in config.destinations:
        out[dest.name] = Target(
            destination=dest,
            url=SecretStr(urls[dest.name]) if dest.name in urls else None,
            signing_key=SecretStr(KEY) if dest.webhook else None,
            token=SecretStr(token) if token and dest.slack_bot else None,
        )
    return out


class Harness:
    """Plays the deliveries agent: one message at a time, outcomes fed back, sweeps on demand."""

    def __init__(self, config: SubscriptionsFile, resolved: dict[str, Target], table: dict[str, Any]) -> None:
        self.queue: asyncio.Queue[tuple[DeliveryMessage, int]] = asyncio.Queue()
        self.dead: list[DeadLetter] = []
        self.config = config
        self.dispatcher = Dispatcher(
            notifiers_for(resolved),
            {name: config.limits_of(name) for name in resolved},
            self._emit,
            lambda d: self.service.thread(d),
        )
        self.service = DeliveryService(config, table, self.dispatcher, self._dead)

    async def _emit(self, entry: Entry, outcome: Outcome) -> None:
        await self.queue.put((DeliveryMessage(kind="outcome", outcome=outcome), entry.partition))

    async def _dead(self, letter: DeadLetter) -> None:
        self.dead.append(letter)

    def publish(self, now: dt.datetime | None = None, partitions: int = 3) -> int:
        count = 0
        for alert in seed_alerts():
            for d in deliveries_for(self.config, alert, now or dt.datetime.now(dt.UTC)):
                self.queue.put_nowait(
                    (DeliveryMessage(kind="delivery", delivery=d), hash(d.thread) % partitions)
                )
                count += 1
        return count

    async def run(self, done: Callable[[], bool], timeout: float = 20.0, sweep_every: float = 0.2) -> bool:
        deadline = time.monotonic() + timeout
        next_sweep = time.monotonic() + sweep_every
        while time.monotonic() < deadline:
            if done():
                return True
            try:
                message, partition = await asyncio.wait_for(self.queue.get(), 0.05)
                await self.service.handle(message, partition)
            except TimeoutError:
                pass
            if time.monotonic() >= next_sweep:
                for partition in range(3):
                    await self.service.handle(DeliveryMessage(kind="redrive"), partition)
                next_sweep = time.monotonic() + sweep_every
        return done()

    async def close(self) -> None:
        await self.dispatcher.close()


def states(table: dict[str, Any]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for value in table.values():
        if value.get("kind") == "entry":
            counts[value["state"]] = counts.get(value["state"], 0) + 1
    return counts


async def test_a_flaky_receiver_still_gets_every_alert_exactly_once() -> None:
    with WebhookReceiver(KEY, per_key(["500", "timeout", "drop", "429:0"]), stall=1.0) as receiver:
        config = subscriptions([hook()])
        table: dict[str, Any] = {}
        harness = Harness(config, targets(config, {"hook": receiver.url}), table)  # type: ignore[attr-defined]
        expected = harness.publish()
        # the same alerts again, as after a redelivery from Kafka
        harness.publish()
        ok = await harness.run(lambda: states(table) == {"sent": expected})
        await harness.close()
    assert ok
    assert expected == 8
    assert set(receiver.applied.values()) == {1}  # type: ignore[attr-defined]
    assert receiver.replays == {}  # type: ignore[attr-defined]
    assert receiver.bad_signatures == 0  # type: ignore[attr-defined]
    assert receiver.faults_injected == 4 * expected  # type: ignore[attr-defined]
    assert states(table) == {"sent": expected}
    assert harness.dead == []


async def test_a_dead_receiver_ends_in_dead_letters_and_a_redrive_delivers_after_recovery() -> None:
    with WebhookReceiver(KEY, always("503")) as receiver:
        config = subscriptions([hook()], retry={**FAST_RETRY, "max_attempts": 3})
        table: dict[str, Any] = {}
        harness = Harness(config, targets(config, {"hook": receiver.url}), table)  # type: ignore[attr-defined]
        expected = harness.publish()
        assert await harness.run(lambda: len(harness.dead) == expected)
        assert {d.reason for d in harness.dead} == {"max_attempts: http_503"}
        assert all(d.attempts == 3 for d in harness.dead)
        assert receiver.applied == {}  # type: ignore[attr-defined]
        receiver.faults = None  # type: ignore[attr-defined]
        for letter in list(harness.dead):
            harness.queue.put_nowait(
                (DeliveryMessage(kind="delivery", delivery=letter.delivery(letter.at)), 0)
            )
        assert await harness.run(lambda: len(receiver.applied) == expected)  # type: ignore[attr-defined]
        await harness.run(lambda: sum(d.state == "redelivered" for d in harness.dead) == expected, timeout=3)
        await harness.close()
    assert sum(d.state == "redelivered" for d in harness.dead) == expected
    assert states(table) == {"sent": expected}


async def test_a_restart_mid_delivery_redrives_pending_entries_without_duplicates() -> None:
    with WebhookReceiver(KEY, per_key(["500"]), hold=0.3) as receiver:
        config = subscriptions([hook(limits={"concurrency": 2})])
        table: dict[str, Any] = {}
        resolved = targets(config, {"hook": receiver.url})  # type: ignore[attr-defined]
        first = Harness(config, resolved, table)
        expected = first.publish()
        await first.run(lambda: len(receiver.applied) >= 2)  # type: ignore[attr-defined]
        await first.close()  # the worker dies: in-flight attempts are gone, outcomes unrecorded
        assert 0 < len(receiver.applied) < expected  # type: ignore[attr-defined]
        second = Harness(config, resolved, table)  # a new worker with the recovered log
        assert await second.run(lambda: states(table) == {"sent": expected})
        await second.close()
    assert sorted(receiver.applied) == sorted(  # type: ignore[attr-defined]
        f"{a.fingerprint}:1" for a in seed_alerts()
    )
    # only requests in flight when the worker died may come again, and the receiver sees them as replays
    assert sum(receiver.replays.values()) <= 2  # type: ignore[attr-defined]


async def test_a_slow_destination_does_not_hold_up_the_others() -> None:
    with WebhookReceiver(KEY, hold=0.4) as slow, FakeSlack() as slack:
        config = subscriptions(
            [hook("slow", limits={"concurrency": 1}), {"name": "slack", "slack": {"webhook_url_secret": "S"}}]
        )
        urls = {"slow": slow.url, "slack": slack.webhook_url}  # type: ignore[attr-defined]
        harness = Harness(config, targets(config, urls), {})
        harness.publish()
        started = time.monotonic()
        assert await harness.run(lambda: len(slack.messages) == 8)  # type: ignore[attr-defined]
        slack_done = time.monotonic() - started
        slow_so_far = len(slow.applied)  # type: ignore[attr-defined]
        assert await harness.run(lambda: len(slow.applied) == 8)  # type: ignore[attr-defined]
        await harness.close()
    assert slow_so_far < 8, f"slack finished after {slack_done:.2f}s with the slow hook at {slow_so_far}"
    assert slack.rejected == []  # type: ignore[attr-defined]


async def test_no_log_line_error_or_dead_letter_holds_a_secret() -> None:
    token = "xoxb-secret-token-77d1"
    with WebhookReceiver(KEY, always("500")) as receiver, FakeSlack(per_key(["drop"]), token=token) as slack:
        config = subscriptions(
            [
                hook(),
                {
                    "name": "bot",
                    "slack_bot": {"token_secret": "T", "channel": "C0ALERTS", "api_url": slack.api_url},
                },
            ],  # type: ignore[attr-defined]
            retry={**FAST_RETRY, "max_attempts": 2},
        )
        resolved = targets(config, {"hook": receiver.url}, token=token)  # type: ignore[attr-defined]
        with structlog.testing.capture_logs() as logs:
            harness = Harness(config, resolved, {})
            expected = harness.publish()
            assert await harness.run(
                lambda: len(harness.dead) == expected // 2 and len(slack.messages) == 8  # type: ignore[attr-defined]
            )
            await harness.close()
    secrets = [KEY, token, receiver.path.rsplit("/", 1)[1]]  # type: ignore[attr-defined]
    text = repr(logs) + repr(harness.dead) + "".join(d.model_dump_json() for d in harness.dead)
    text += repr(harness.dispatcher) + repr(resolved)
    assert logs, "delivery logs nothing"
    assert any(entry["event"] == "delivery_attempt_failed" for entry in logs)
    for secret in secrets:
        assert secret not in text
