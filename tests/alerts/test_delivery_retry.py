"""The retrier's decisions: what is retried, how long it waits, when it gives up."""

from __future__ import annotations

import datetime as dt

import pytest

from alerts.exceptions import DeliveryRejected, DeliveryTemporary
from alerts.retry import GiveUp, Retry, backoff, decide, is_retryable_status, parse_retry_after
from alerts.subscriptions import RetryPolicy

T0 = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)
POLICY = RetryPolicy(
    max_attempts=6,
    initial_backoff=dt.timedelta(seconds=1),
    max_backoff=dt.timedelta(seconds=10),
    jitter=0.5,
    max_age=dt.timedelta(minutes=5),
)


@pytest.mark.parametrize(
    ("status", "retry"),
    [
        (500, True),
        (503, True),
        (429, True),
        (400, False),
        (401, False),
        (404, False),
        (408, False),
        (410, False),
    ],
)
def test_retryable_statuses(status: int, retry: bool) -> None:
    assert is_retryable_status(status) is retry


def test_backoff_doubles_up_to_the_cap_and_jitter_only_shortens() -> None:
    plain = [backoff(POLICY, n, rand=0.0) for n in range(1, 7)]
    assert plain == [1.0, 2.0, 4.0, 8.0, 10.0, 10.0]
    assert backoff(POLICY, 3, rand=0.999) == pytest.approx(4.0 * (1 - 0.5 * 0.999))
    assert all(2.0 <= backoff(POLICY, 3, rand=r / 10) <= 4.0 for r in range(10))


def test_retryable_errors_are_retried_with_the_next_attempt_number() -> None:
    error = DeliveryTemporary("d", "http_503")
    decision = decide(POLICY, error, attempt=2, first_attempt_at=T0, now=T0, rand=0.0)
    assert decision == Retry(delay=2.0, attempt=3)


def test_other_4xx_are_never_retried() -> None:
    decision = decide(
        POLICY, DeliveryRejected("d", "http_404"), attempt=1, first_attempt_at=T0, now=T0, rand=0
    )
    assert decision == GiveUp("rejected: http_404")


def test_attempts_and_age_run_out() -> None:
    error = DeliveryTemporary("d", "timeout")
    assert decide(POLICY, error, attempt=6, first_attempt_at=T0, now=T0, rand=0) == GiveUp(
        "max_attempts: timeout"
    )
    late = T0 + dt.timedelta(minutes=4, seconds=59)
    assert decide(POLICY, error, attempt=2, first_attempt_at=T0, now=late, rand=0) == GiveUp(
        "max_age: timeout"
    )


def test_retry_after_is_honoured_and_capped() -> None:
    error = DeliveryTemporary("d", "http_429", retry_after=30.0)
    decision = decide(POLICY, error, attempt=1, first_attempt_at=T0, now=T0, rand=0)
    assert decision == Retry(delay=30.0, attempt=2)
    capped = RetryPolicy(max_retry_after=dt.timedelta(seconds=5))
    huge = DeliveryTemporary("d", "http_429", retry_after=3600.0)
    assert decide(capped, huge, attempt=1, first_attempt_at=T0, now=T0, rand=0) == Retry(delay=5.0, attempt=2)


def test_parse_retry_after() -> None:
    assert parse_retry_after("7", T0) == 7.0
    assert parse_retry_after("Wed, 01 May 2024 12:00:30 GMT", T0) == 30.0
    assert parse_retry_after("Wed, 01 May 2024 11:00:00 GMT", T0) == 0.0
    assert parse_retry_after("soon", T0) is None
    assert parse_retry_after(None, T0) is None
