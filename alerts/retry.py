"""The retrier's decisions: which failures to retry, after how long, and when to give up."""

from __future__ import annotations

import datetime as dt
import email.utils
from dataclasses import dataclass

from alerts.exceptions import DeliveryError
from alerts.subscriptions import RetryPolicy

__all__ = ["GiveUp", "Retry", "backoff", "decide", "is_retryable_status", "parse_retry_after"]


@dataclass(frozen=True, slots=True)
class Retry:
    """Try again after `delay` seconds; `attempt` is the number of the next attempt."""

    delay: float
    attempt: int


@dataclass(frozen=True, slots=True)
class GiveUp:
    """Stop retrying; `reason` says why ('rejected: http_404', 'max_attempts: http_503', …)."""

    reason: str


def is_retryable_status(status: int) -> bool:
    """5xx and 429 are worth retrying; every other 4xx is not."""
    return status >= 500 or status == 429


def parse_retry_after(value: str | None, now: dt.datetime) -> float | None:
    """A Retry-After header (seconds or HTTP date) as seconds from `now`; None when absent or unreadable."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - now).total_seconds())


def backoff(policy: RetryPolicy, attempt: int, rand: float) -> float:
    """Seconds to wait after failed attempt number `attempt` (1-based); `rand` in [0, 1) draws the jitter."""
    base = policy.initial_backoff.total_seconds() * policy.multiplier ** max(0, attempt - 1)
    capped = min(base, policy.max_backoff.total_seconds())
    return capped * (1.0 - policy.jitter * rand)


def decide(
    policy: RetryPolicy,
    error: DeliveryError,
    *,
    attempt: int,
    first_attempt_at: dt.datetime,
    now: dt.datetime,
    rand: float,
) -> Retry | GiveUp:
    """After failed attempt number `attempt`: retry when the error allows and attempts and age remain."""
    if not error.retryable:
        return GiveUp(f"rejected: {error.reason}")
    if attempt >= policy.max_attempts:
        return GiveUp(f"max_attempts: {error.reason}")
    delay = backoff(policy, attempt, rand)
    if error.retry_after is not None:
        delay = max(delay, min(error.retry_after, policy.max_retry_after.total_seconds()))
    deadline = first_attempt_at + policy.max_age
    if now + dt.timedelta(seconds=delay) > deadline:
        return GiveUp(f"max_age: {error.reason}")
    return Retry(delay=delay, attempt=attempt + 1)
