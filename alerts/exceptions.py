"""Errors of subscriptions and delivery; each carries data, none ever carries a secret value."""

from __future__ import annotations

__all__ = [
    "AlertsError",
    "DeliveryError",
    "DeliveryRejected",
    "DeliveryTemporary",
    "SecretMissing",
    "SignatureError",
    "SubscriptionError",
]


class AlertsError(Exception):
    """Base of the alerts package's delivery errors."""


class SubscriptionError(AlertsError, ValueError):
    """A subscriptions file that cannot be used; `problems` lists what is wrong, one line each."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = list(problems)
        super().__init__(f"{source}: " + "; ".join(self.problems))


class SecretMissing(SubscriptionError):
    """A secret named by a destination is in neither the environment nor the secrets file."""

    def __init__(self, destination: str, names: list[str]) -> None:
        self.destination = destination
        self.names = list(names)
        super().__init__(
            f"destination {destination!r}", [f"secret {name!r} is not set" for name in self.names]
        )


class SignatureError(AlertsError, ValueError):
    """A webhook request whose signature does not verify; `reason` is a short code."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"signature rejected: {reason}")


class DeliveryError(AlertsError):
    """One failed attempt to notify a destination.

    `reason` is a short code (http_500, timeout, connection, slack_channel_not_found …); `detail` never
    holds a URL, a token or a key: notifiers build it from status codes and exception class names only.
    """

    retryable: bool = False

    def __init__(
        self,
        destination: str,
        reason: str,
        *,
        status: int | None = None,
        retry_after: float | None = None,
        detail: str = "",
    ) -> None:
        self.destination = destination
        self.reason = reason
        self.status = status
        self.retry_after = retry_after
        self.detail = detail
        text = f"delivery to {destination!r} failed: {reason}"
        super().__init__(f"{text} ({detail})" if detail else text)


class DeliveryTemporary(DeliveryError):
    """A failure worth retrying: timeout, connection error, 5xx, 429."""

    retryable = True


class DeliveryRejected(DeliveryError):
    """A failure retrying cannot fix: a 4xx other than 429, an invalid payload, a bad channel."""

    retryable = False
