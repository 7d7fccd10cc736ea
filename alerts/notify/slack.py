"""Slack notifiers over slack-sdk: an incoming webhook (updates as new messages) or a bot (updates edit)."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from alerts.exceptions import DeliveryError, DeliveryRejected, DeliveryTemporary
from alerts.notify.base import Notification
from alerts.notify.records import Sent
from alerts.notify.slack_blocks import slack_message
from alerts.notify.webhook import classify_status
from alerts.retry import parse_retry_after
from alerts.subscriptions import Target

__all__ = ["SlackBotNotifier", "SlackWebhookNotifier", "classify_slack_error"]

# slack-sdk logs request URLs (an incoming-webhook URL is a secret) at DEBUG; its clients get a muted logger.
_SDK_LOG = logging.getLogger("alerts.notify.slack.sdk")
_SDK_LOG.setLevel(logging.CRITICAL)
_SDK_LOG.propagate = False

_TEMPORARY_ERRORS = frozenset(
    {"ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"}
)


def _transport_error(destination: str, exc: BaseException) -> DeliveryError:
    """A network failure as a retryable delivery error (class name only: messages may hold URLs)."""
    if isinstance(exc, asyncio.TimeoutError | TimeoutError):
        return DeliveryTemporary(destination, "timeout", detail=type(exc).__name__)
    if isinstance(exc, aiohttp.InvalidURL):
        return DeliveryRejected(destination, "invalid_url", detail=type(exc).__name__)
    return DeliveryTemporary(destination, "connection", detail=type(exc).__name__)


def classify_slack_error(
    destination: str, status: int, error: str, retry_after: str | None, now: dt.datetime
) -> DeliveryError:
    """A Web API error (`ok: false`) as a delivery error: rate limits and Slack's own failures are retried."""
    reason = f"slack_{error or 'error'}"
    if status == 429 or status >= 500 or error in _TEMPORARY_ERRORS:
        return DeliveryTemporary(
            destination, reason, status=status, retry_after=parse_retry_after(retry_after, now)
        )
    return DeliveryRejected(destination, reason, status=status)


class _Session:
    """One aiohttp session per notifier, opened inside the running loop."""

    def __init__(self, timeout: float) -> None:
        self._timeout = timeout
        self._session: aiohttp.ClientSession | None = None

    def get(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self._timeout))
        return self._session

    async def close(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()


class SlackWebhookNotifier:
    """Posts Block Kit messages to an incoming webhook; an update is a new message marked as an update."""

    def __init__(self, target: Target) -> None:
        spec = target.destination.slack
        if spec is None or target.url is None:
            raise ValueError(f"destination {target.name!r} is not a resolved Slack webhook")
        self._name = target.name
        self._url = target.url
        self._timeout = spec.timeout.total_seconds()
        self._session = _Session(self._timeout)

    @property
    def destination(self) -> str:
        """The destination's name."""
        return self._name

    async def notify(self, note: Notification, *, now: dt.datetime) -> Sent:
        """Post the message; raise DeliveryTemporary / DeliveryRejected on failure."""
        message = slack_message(note.delivery, update=note.update, sources=note.sources)
        client = AsyncWebhookClient(
            url=self._url.get_secret_value(),
            timeout=int(max(1, self._timeout)),
            session=self._session.get(),
            logger=_SDK_LOG,
            retry_handlers=[],
        )
        try:
            response = await client.send(text=message["text"], blocks=message["blocks"], unfurl_links=False)
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise _transport_error(self._name, exc) from None
        classify_status(self._name, response.status_code, response.headers.get("Retry-After"), now)
        return Sent(status=response.status_code)

    async def aclose(self) -> None:
        """Close the HTTP session."""
        await self._session.close()

    def __repr__(self) -> str:
        return f"SlackWebhookNotifier({self._name!r})"


class SlackBotNotifier:
    """Posts with a bot token (chat.postMessage); updates edit the first message (chat.update)."""

    def __init__(self, target: Target) -> None:
        spec = target.destination.slack_bot
        if spec is None or target.token is None:
            raise ValueError(f"destination {target.name!r} is not a resolved Slack bot")
        self._name = target.name
        self._token = target.token
        self._channel = spec.channel
        self._api_url = spec.api_url
        self._timeout = spec.timeout.total_seconds()
        self._session = _Session(self._timeout)

    @property
    def destination(self) -> str:
        """The destination's name."""
        return self._name

    def _client(self) -> AsyncWebClient:
        return AsyncWebClient(
            token=self._token.get_secret_value(),
            base_url=self._api_url,
            timeout=int(max(1, self._timeout)),
            session=self._session.get(),
            logger=_SDK_LOG,
            retry_handlers=[],
        )

    async def notify(self, note: Notification, *, now: dt.datetime) -> Sent:
        """Post, or edit the earlier message; raise DeliveryTemporary / DeliveryRejected on failure."""
        message = slack_message(note.delivery, update=note.update, sources=note.sources)
        client = self._client()
        previous = note.previous
        try:
            if previous is not None and previous.ts and previous.channel and not note.delivery.repeat:
                try:
                    await client.chat_update(
                        channel=previous.channel,
                        ts=previous.ts,
                        text=message["text"],
                        blocks=message["blocks"],
                    )
                    return Sent(status=200, channel=previous.channel, ts=previous.ts)
                except SlackApiError as exc:
                    if exc.response.get("error") != "message_not_found":
                        raise
            response = await client.chat_postMessage(
                channel=self._channel, text=message["text"], blocks=message["blocks"], unfurl_links=False
            )
        except SlackApiError as exc:
            headers = exc.response.headers or {}
            raise classify_slack_error(
                self._name,
                exc.response.status_code,
                str(exc.response.get("error") or ""),
                headers.get("Retry-After") or headers.get("retry-after"),
                now,
            ) from None
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise _transport_error(self._name, exc) from None
        return Sent(status=response.status_code, channel=response.get("channel"), ts=response.get("ts"))

    async def aclose(self) -> None:
        """Close the HTTP session."""
        await self._session.close()

    def __repr__(self) -> str:
        return f"SlackBotNotifier({self._name!r})"
