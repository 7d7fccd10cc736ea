"""Notification-log decisions: dedup, grouping, supersession, outcomes, sweeps."""

from __future__ import annotations

import datetime as dt

from alerts.model import Alert
from alerts.nlog import (
    Dispatch,
    Entry,
    Ignore,
    Noted,
    Skip,
    Thread,
    decode,
    is_superseded,
    on_delivery,
    on_outcome,
    sweep,
)
from alerts.notify.records import Delivery, Outcome, Sent
from alerts.subscriptions import NotifyPolicy, RetryPolicy
from tests.fakes.seed_alerts import seed_alerts

T0 = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)
POLICY = NotifyPolicy(group_wait=dt.timedelta(seconds=10), group_interval=dt.timedelta(seconds=60))
RETRY = RetryPolicy(max_attempts=3, initial_backoff=dt.timedelta(seconds=1), max_age=dt.timedelta(minutes=5))


def at(seconds: float) -> dt.datetime:
    return T0 + dt.timedelta(seconds=seconds)


def version(alert: Alert, n: int, status: str = "updated") -> Alert:
    return alert.model_copy(update={"version": n, "status": status})


def delivery(alert: Alert, **extra: object) -> Delivery:
    return Delivery(destination="hook", subscription="all", alert=alert, enqueued_at=T0, **extra)


def first_dispatch(d: Delivery, now: dt.datetime = T0) -> Dispatch:
    decision = on_delivery(d, None, None, POLICY, partition=2, now=now)
    assert isinstance(decision, Dispatch)
    return decision


def sent(decision: Dispatch, when: dt.datetime, ts: str | None = None) -> tuple[Entry, Thread]:
    outcome = Outcome(key=decision.entry.key, attempt=1, kind="sent", at=when, sent=Sent(channel="C1", ts=ts))
    result = on_outcome(outcome, decision.entry, decision.thread, RETRY, now=when, rand=0.0)
    assert isinstance(result, Noted) and result.thread is not None
    return result.entry, result.thread


def test_first_notification_waits_group_wait() -> None:
    decision = first_dispatch(delivery(seed_alerts()[0]))
    assert decision.entry.state == "pending"
    assert decision.entry.not_before == at(10)
    assert decision.entry.partition == 2
    assert decision.thread.latest_version == 1 and decision.thread.sent_version is None


def test_the_same_delivery_read_again_is_a_duplicate_once_sent() -> None:
    d = delivery(seed_alerts()[0])
    decision = first_dispatch(d)
    assert on_delivery(d, decision.entry, decision.thread, POLICY, partition=2, now=T0) == Skip("pending")
    entry, thread = sent(decision, at(11))
    assert entry.state == "sent"
    assert on_delivery(d, entry, thread, POLICY, partition=2, now=at(12)) == Skip("duplicate")


def test_updates_wait_group_interval_and_older_versions_are_superseded() -> None:
    alert = seed_alerts()[0]
    _, thread = sent(first_dispatch(delivery(alert)), at(11), ts="1.000100")
    assert thread.sent_version == 1 and thread.slack_ts == "1.000100"
    v2 = on_delivery(delivery(version(alert, 2)), None, thread, POLICY, partition=2, now=at(20))
    assert isinstance(v2, Dispatch) and v2.entry.not_before == at(71)
    v3 = on_delivery(delivery(version(alert, 3)), None, v2.thread, POLICY, partition=2, now=at(30))
    assert isinstance(v3, Dispatch) and v3.thread.latest_version == 3
    assert is_superseded(v2.entry, v3.thread)
    assert not is_superseded(v3.entry, v3.thread)
    _, after = sent(v3, at(72), ts="9.9")
    assert after.sent_version == 3 and after.slack_ts == "1.000100"  # a bot keeps editing the first message
    late_v2 = on_delivery(delivery(version(alert, 2)), None, after, POLICY, partition=2, now=at(80))
    assert isinstance(late_v2, Skip) and late_v2.reason == "superseded"


def test_resolved_is_sent_only_when_asked_and_only_for_known_alerts() -> None:
    alert = seed_alerts()[0]
    _, thread = sent(first_dispatch(delivery(alert)), at(11))
    resolved = delivery(version(alert, 2, "resolved"))
    quiet = NotifyPolicy(send_resolved=False)
    skipped = on_delivery(resolved, None, thread, quiet, partition=2, now=at(20))
    assert isinstance(skipped, Skip) and skipped.reason == "resolved_not_wanted"
    assert isinstance(on_delivery(resolved, None, thread, POLICY, partition=2, now=at(20)), Dispatch)
    never = on_delivery(resolved, None, None, POLICY, partition=2, now=at(20))
    assert isinstance(never, Skip) and never.reason == "resolved_never_notified"


def test_failures_are_retried_then_dead_lettered() -> None:
    decision = first_dispatch(delivery(seed_alerts()[1]))
    entry, thread = decision.entry, decision.thread
    for attempt in (1, 2):
        failed = Outcome(
            key=entry.key, attempt=attempt, kind="failed", at=at(attempt), reason="http_503", retryable=True
        )
        result = on_outcome(failed, entry, thread, RETRY, now=at(attempt), rand=0.0)
        assert isinstance(result, Dispatch)
        entry = result.entry
        assert entry.attempts == attempt and entry.first_attempt_at == at(1)
        assert entry.not_before == at(attempt) + dt.timedelta(seconds=2 ** (attempt - 1))
    stale = Outcome(key=entry.key, attempt=1, kind="failed", at=at(3), reason="http_503", retryable=True)
    assert on_outcome(stale, entry, thread, RETRY, now=at(3), rand=0.0) == Ignore("stale_attempt")
    last = Outcome(key=entry.key, attempt=3, kind="failed", at=at(9), reason="http_503", retryable=True)
    result = on_outcome(last, entry, thread, RETRY, now=at(9), rand=0.0)
    assert isinstance(result, Noted) and result.dead_letter is not None
    assert result.entry.state == "dead"
    assert result.dead_letter.reason == "max_attempts: http_503"
    assert result.dead_letter.attempts == 3 and result.dead_letter.alert == entry.delivery.alert


def test_a_rejection_dies_at_once_and_a_redrive_revives_it() -> None:
    d = delivery(seed_alerts()[2])
    decision = first_dispatch(d)
    rejected = Outcome(key=decision.entry.key, attempt=1, kind="failed", at=T0, reason="http_404")
    result = on_outcome(rejected, decision.entry, decision.thread, RETRY, now=T0, rand=0.0)
    assert isinstance(result, Noted) and result.entry.state == "dead"
    assert result.dead_letter is not None and result.dead_letter.reason == "rejected: http_404"
    assert on_delivery(d, result.entry, decision.thread, POLICY, partition=2, now=at(5)) == Skip("dead")
    revived = on_delivery(
        result.dead_letter.delivery(at(60)), result.entry, decision.thread, POLICY, partition=2, now=at(60)
    )
    assert isinstance(revived, Dispatch)
    assert revived.entry.state == "pending" and revived.entry.attempts == 0 and revived.entry.redriven
    done = on_outcome(
        Outcome(key=d.key, attempt=1, kind="sent", at=at(61)),
        revived.entry,
        revived.thread,
        RETRY,
        now=at(61),
        rand=0.0,
    )
    assert isinstance(done, Noted) and done.dead_letter is not None
    assert done.dead_letter.state == "redelivered"


def test_log_values_round_trip_through_json() -> None:
    decision = first_dispatch(delivery(seed_alerts()[3]))
    assert decode(decision.entry.model_dump(mode="json")) == decision.entry
    assert decode(decision.thread.model_dump(mode="json")) == decision.thread
    assert decode(None) is None


def test_sweep_redrives_orphans_sends_reminders_and_forgets_old_keys() -> None:
    remind = NotifyPolicy(group_wait=dt.timedelta(0), repeat_interval=dt.timedelta(hours=1))
    firing = delivery(seed_alerts()[0])
    entry, thread = sent(first_dispatch(firing), at(1))
    orphan = first_dispatch(delivery(seed_alerts()[1]))
    busy = first_dispatch(delivery(seed_alerts()[2]))
    elsewhere = on_delivery(delivery(seed_alerts()[3]), None, None, POLICY, partition=0, now=T0)
    assert isinstance(elsewhere, Dispatch)
    values = [
        (entry.key, entry),
        ("hook|" + thread.fingerprint, thread),
        (orphan.entry.key, orphan.entry),
        (busy.entry.key, busy.entry),
        (elsewhere.entry.key, elsewhere.entry),
    ]
    plan = sweep(
        values,
        partition=2,
        busy=lambda key: key == busy.entry.key,
        policies={"all": remind},
        now=at(2 * 3600),
        retention=dt.timedelta(days=7),
    )
    assert [e.key for e in plan.redrive] == [orphan.entry.key]
    assert [(r.key, r.repeat) for r in plan.reminders] == [(firing.key + "|r1", 1)]
    assert plan.expired == []
    later = sweep(
        values,
        partition=2,
        busy=lambda key: True,
        policies={},
        now=at(8 * 86400),
        retention=dt.timedelta(days=7),
    )
    assert later.expired == [entry.key, "hook|" + thread.fingerprint]
