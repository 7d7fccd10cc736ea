"""Signed JSON webhooks over httpx."""

from __future__ import annotations

import datetime as dt
import logging

import httpx

from alerts.exceptions import DeliveryRejected, DeliveryTemporary
from alerts.notify.base import Notification
from alerts.notify.payload import render, webhook_payload
from alerts.notify.records import Sent
from alerts.notify.signing import signature_headers
from alerts.retry import is_retryable_status, parse_retry_after
from alerts.subscriptions import Target

__all__ = ["USER_AGENT", "WebhookNotifier", "classify_status"]

USER_AGENT = "incident-radar-webhook/1"

# httpx logs every request's full URL at INFO; a webhook URL is a secret, so its request log stays off.
for _name in ("httpx", "httpcore"):
    logging.getLogger(_name).setLevel(logging.WARNING)


def classify_status(destination: str, status: int, retry_after: str | None, now: dt.datetime) -> None:
    """Raise the delivery error an HTTP status means; return for 2xx."""
    if 200 <= status < 300:
        return
    reason = f"http_{status}"
    if is_retryable_status(status):
        raise DeliveryTemporary(
            destination, reason, status=status, retry_after=parse_retry_after(retry_after, now)
        )
    raise DeliveryRejected(destination, reason, status=status)


class WebhookNotifier:
    """POSTs the versioned payload, signed with the destination's HMAC key."""

    def __init__(self, target: Target, client: httpx.AsyncClient | None = None) -> None:
        spec = target.destination.webhook
        if spec is None or target.url is None or target.signing_key is None:
            raise ValueError(f"destination {target.name!r} is not a resolved webhook")
        self._name = target.name
        self._url = target.url
        self._key = target.signing_key
        self._timeout = spec.timeout.total_seconds()
        self._client = client or httpx.AsyncClient(timeout=self._timeout, follow_redirects=False)

    @property
    def destination(self) -> str:
        """The destination's name."""
        return self._name

    async def notify(self, note: Notification, *, now: dt.datetime) -> Sent:
        """POST the payload; raise DeliveryTemporary / DeliveryRejected on failure."""
        payload = webhook_payload(
            note.delivery, update=note.update, incidents=note.incidents, sources=note.sources
        )
        body = render(payload)
        headers = {
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            **signature_headers(
                self._key.get_secret_value().encode("utf-8"),
                int(now.timestamp()),
                body,
                note.delivery.idempotency_key,
            ),
        }
        try:
            response = await self._client.post(
                self._url.get_secret_value(), content=body, headers=headers, timeout=self._timeout
            )
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            raise DeliveryRejected(self._name, "invalid_url", detail=type(exc).__name__) from None
        except httpx.TimeoutException as exc:
            raise DeliveryTemporary(self._name, "timeout", detail=type(exc).__name__) from None
        except httpx.TransportError as exc:
            # Connection refused, reset, dropped mid-response, protocol errors: all worth another try.
            raise DeliveryTemporary(self._name, "connection", detail=type(exc).__name__) from None
        except httpx.HTTPError as exc:
            raise DeliveryRejected(self._name, "request", detail=type(exc).__name__) from None
        classify_status(self._name, response.status_code, response.headers.get("Retry-After"), now)
        return Sent(status=response.status_code)

    async def aclose(self) -> None:
        """Close the HTTP client."""
        await self._client.aclose()

    def __repr__(self) -> str:
        return f"WebhookNotifier({self._name!r})"
