"""Delivery on the real broker with a real worker and real HTTP receivers on loopback, counted."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from alerts.model import Alert
from alerts.notify.records import DeadLetter
from streams.local import ROOT, WorkerProcess, worker_env
from streams.replay import load_messages
from streams.settings import Settings
from streams.topics import TopicNames
from tests.fakes.loopback import always, per_key
from tests.fakes.seed_alerts import seed_alerts
from tests.fakes.slack import FakeSlack
from tests.fakes.webhook import WebhookReceiver
from tests.kafka_io import TopicReader, send_raw

pytestmark = pytest.mark.integration

WAIT = 120.0
SIGNING_KEY = "whsec-it-" + os.urandom(8).hex()
FAST_RETRY = {"max_attempts": 8, "initial_backoff": "100ms", "max_backoff": "1s", "max_age": "2m"}


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with WebhookReceiver(SIGNING_KEY, stall=2.0) as server:
        yield server  # type: ignore[misc]


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    with FakeSlack() as server:
        yield server  # type: ignore[misc]


def configure(
    tmp_path: Path,
    receiver: WebhookReceiver,
    slack: FakeSlack | None = None,
    *,
    retry: dict[str, Any] | None = None,
    limits: dict[str, Any] | None = None,
    timeout: str = "1s",
) -> dict[str, str]:
    """Write the subscriptions and secrets files; return the worker's extra environment (secrets included)."""
    destinations: list[dict[str, Any]] = [
        {
            "name": "ops-hook",
            "webhook": {"url_secret": "IT_HOOK_URL", "signing_key_secret": "IT_HOOK_KEY", "timeout": timeout},
            "limits": limits or {"concurrency": 4},
        }
    ]
    if slack is not None:
        destinations.append({"name": "ops-slack", "slack": {"webhook_url_secret": "IT_SLACK_URL"}})
    doc = {
        "policy": {"group_wait": 0, "group_interval": 0},
        "retry": retry or FAST_RETRY,
        "destinations": destinations,
        "subscriptions": [{"name": "everything", "send_to": [d["name"] for d in destinations]}],
    }
    subs = tmp_path / "subscriptions.yaml"
    subs.write_text(yaml.safe_dump(doc))
    secrets = tmp_path / "secrets.yaml"
    secrets.write_text(yaml.safe_dump({"IT_SLACK_URL": slack.webhook_url if slack else "unused"}))
    return {
        "RADAR_SUBSCRIPTIONS_FILE": str(subs),
        "RADAR_SECRETS_FILE": str(secrets),
        "IT_HOOK_URL": receiver.url,
        "IT_HOOK_KEY": SIGNING_KEY,
        "RADAR_DELIVERY_SWEEP_INTERVAL": "1",
    }


def secret_values(receiver: WebhookReceiver, slack: FakeSlack | None = None) -> list[str]:
    values = [SIGNING_KEY, receiver.path.rsplit("/", 1)[1]]
    if slack is not None:
        values.append(slack.hook_path.rsplit("/", 1)[1])
    return values


def assert_no_secret(text: str, secrets: list[str]) -> None:
    for secret in secrets:
        assert secret not in text, "a secret value appears in the output"


def publish_alerts(settings: Settings, alerts: list[Alert]) -> None:
    topic = TopicNames(settings.topic_prefix).alerts
    send_raw(settings, topic, [(a.fingerprint.encode(), a.model_dump_json().encode()) for a in alerts])


def wait_until(done: Callable[[], bool], timeout: float = WAIT) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if done():
            return True
        time.sleep(0.2)
    return done()


def keys(alerts: list[Alert]) -> set[str]:
    return {f"{a.fingerprint}:{a.version}" for a in alerts}


def cli(settings: Settings, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """Run `radar deliveries …` (through its module) as a user would, with the test's settings."""
    return subprocess.run(
        [sys.executable, "-m", "radar.cmd_deliveries", *args],
        env={**os.environ, **worker_env(settings, **env)},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_every_seed_alert_reaches_the_webhook_and_slack_signed_and_valid(
    run_settings: Settings,
    worker: Callable[..., WorkerProcess],
    seeds_dir: Path,
    receiver: WebhookReceiver,
    slack: FakeSlack,
    tmp_path: Path,
) -> None:
    names = TopicNames(run_settings.topic_prefix)
    process = worker(**configure(tmp_path, receiver, slack))
    send_raw(run_settings, names.articles, [(m.key, m.value) for m in load_messages([seeds_dir])])
    reader = TopicReader(run_settings, (names.alerts,))
    reader.wait_for(lambda rs: len({r.key for r in rs}) >= 8, WAIT)

    def delivered(alerts: list[Alert]) -> bool:
        latest = {a.fingerprint: a for a in sorted(alerts, key=lambda a: a.version)}
        slacked = {ref[0] for ref in slack.alerts_posted()}
        hooked = keys(list(latest.values())) <= set(receiver.applied)
        return hooked and slacked >= {a.alert_id for a in alerts}

    # Merges can raise new versions while the first ones are delivered: read until every version read is
    # delivered and the alerts topic has been quiet for 3 s.
    quiet_since = time.monotonic()
    deadline = quiet_since + WAIT
    while time.monotonic() < deadline:
        if reader.poll():
            quiet_since = time.monotonic()
        alerts = [Alert.model_validate_json(r.value) for r in reader.records]
        if delivered(alerts) and time.monotonic() - quiet_since >= 3.0:
            break
    time.sleep(2.0)  # anything sent twice would arrive now
    reader.poll()
    reader.close()
    alerts = [Alert.model_validate_json(r.value) for r in reader.records]
    assert len({a.fingerprint for a in alerts}) == 8, process.log_text()[-3000:]
    assert delivered(alerts), process.log_text()[-3000:]
    assert set(receiver.applied) <= keys(alerts)
    assert set(receiver.applied.values()) == {1} and receiver.replays == {}
    assert receiver.bad_signatures == 0
    assert slack.rejected == []
    posted = slack.alerts_posted()
    assert len(posted) == len(set(posted)), "a Slack message was posted twice"
    for key, payload in receiver.payloads.items():
        assert payload["schema"] == "incident-radar.alert.v1"
        assert payload["idempotency_key"] == key
    assert_no_secret(process.log_text(), secret_values(receiver, slack))


def test_a_flaky_receiver_gets_every_alert_once(
    run_settings: Settings, worker: Callable[..., WorkerProcess], receiver: WebhookReceiver, tmp_path: Path
) -> None:
    receiver.faults = per_key(["500", "timeout", "drop", "503"])
    alerts = seed_alerts()
    process = worker(**configure(tmp_path, receiver))
    publish_alerts(run_settings, alerts)
    publish_alerts(run_settings, alerts[:3])  # the same versions again: the log must stop them
    assert wait_until(lambda: len(receiver.applied) == len(alerts)), process.log_text()[-3000:]
    time.sleep(3.0)
    assert set(receiver.applied) == keys(alerts)
    assert set(receiver.applied.values()) == {1} and receiver.replays == {}
    assert receiver.faults_injected == 4 * len(alerts)
    assert receiver.bad_signatures == 0
    assert_no_secret(process.log_text(), secret_values(receiver))


def test_kill_9_mid_delivery_then_restart_delivers_everything_without_duplicates(
    run_settings: Settings, worker: Callable[..., WorkerProcess], tmp_path: Path
) -> None:
    alerts = seed_alerts()
    with WebhookReceiver(SIGNING_KEY, hold=0.6) as receiver:
        env = configure(tmp_path, receiver, limits={"concurrency": 1}, timeout="5s")  # type: ignore[arg-type]
        first = worker(**env)
        publish_alerts(run_settings, alerts)
        assert wait_until(lambda: len(receiver.applied) >= 3), first.log_text()[-3000:]  # type: ignore[attr-defined]
        in_flight, answered = receiver.snapshot()  # type: ignore[attr-defined]
        killed_at = time.monotonic()
        first.kill()
        done_before = len(receiver.applied)  # type: ignore[attr-defined]
        assert done_before < len(alerts), "the kill came after the last delivery"
        second = worker(**env)
        assert wait_until(lambda: len(receiver.applied) == len(alerts)), second.log_text()[-3000:]  # type: ignore[attr-defined]
        time.sleep(4.0)
    assert set(receiver.applied) == keys(alerts)  # type: ignore[attr-defined]
    assert set(receiver.applied.values()) == {1}  # type: ignore[attr-defined]
    # Only a request in flight at the kill, or answered just before it (outcome not yet recorded), may come
    # again; the receiver recognises it by its Idempotency-Key. Nothing recorded as sent is ever sent again.
    recent = {key for key, at in answered.items() if killed_at - at < 3.0}
    assert set(receiver.replays) <= in_flight | recent  # type: ignore[attr-defined]
    assert_no_secret(first.log_text() + second.log_text(), secret_values(receiver))  # type: ignore[arg-type]


def test_a_receiver_that_never_recovers_ends_in_dead_letters_and_retry_delivers_after_recovery(
    run_settings: Settings, worker: Callable[..., WorkerProcess], receiver: WebhookReceiver, tmp_path: Path
) -> None:
    names = TopicNames(run_settings.topic_prefix)
    receiver.faults = always("503")
    alerts = seed_alerts()[:4]
    env = configure(tmp_path, receiver, retry={**FAST_RETRY, "max_attempts": 3})
    process = worker(RADAR_LOG_LEVEL="debug", **env)
    publish_alerts(run_settings, alerts)
    reader = TopicReader(run_settings, (names.deliveries_dead,))
    records = reader.wait_for(lambda rs: len(rs) >= len(alerts), WAIT)
    reader.close()
    letters = [DeadLetter.model_validate_json(r.value) for r in records]
    assert len(letters) == len(alerts), process.log_text()[-3000:]
    assert {letter.reason for letter in letters} == {"max_attempts: http_503"}
    assert {letter.fingerprint for letter in letters} == {a.fingerprint for a in alerts}
    assert receiver.applied == {}

    listed = cli(run_settings, env, "list")
    assert listed.returncode == 0, listed.stderr
    assert f"{len(alerts)} dead letter(s)" in listed.stdout

    receiver.faults = None  # the receiver recovers
    retried = cli(run_settings, env, "retry", "--destination", "ops-hook")
    assert retried.returncode == 0, retried.stderr
    assert f"re-driven {len(alerts)}" in retried.stdout
    assert wait_until(lambda: len(receiver.applied) == len(alerts)), process.log_text()[-3000:]
    assert set(receiver.applied) == keys(alerts)

    def cleared() -> bool:
        return "0 dead letter(s)" in cli(run_settings, env, "list").stdout

    assert wait_until(cleared, 30.0)
    again = cli(run_settings, env, "retry")  # nothing outstanding: nothing sent twice
    assert "re-driven 0" in again.stdout
    time.sleep(2.0)
    assert set(receiver.applied.values()) == {1} and receiver.replays == {}
    shown = process.log_text() + listed.stdout + listed.stderr + retried.stdout + retried.stderr
    shown += "".join(r.value.decode() for r in records)
    assert "delivery_attempt_failed" in shown  # the debug-level log was read
    assert_no_secret(shown, secret_values(receiver))
