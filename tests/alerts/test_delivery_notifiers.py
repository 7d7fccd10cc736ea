"""Notifiers against real HTTP receivers on loopback: signed webhooks, Slack webhook and bot."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pydantic import SecretStr

from alerts.exceptions import DeliveryError, DeliveryRejected, DeliveryTemporary
from alerts.notify.base import Notification
from alerts.notify.records import Delivery, Sent
from alerts.notify.slack import SlackBotNotifier, SlackWebhookNotifier
from alerts.notify.webhook import WebhookNotifier
from alerts.subscriptions import Destination, SlackBotSpec, SlackWebhookSpec, Target, WebhookSpec
from tests.fakes.loopback import always, per_key
from tests.fakes.seed_alerts import seed_alerts
from tests.fakes.slack import FakeSlack, alert_ref
from tests.fakes.webhook import WebhookReceiver

KEY = "whsec-test-0123456789"
NOW = dt.datetime.now(dt.UTC)


def note(index: int = 0, **changes: object) -> Notification:
    alert = seed_alerts()[index].model_copy(update=changes)
    return Notification(Delivery(destination="d", subscription="s", alert=alert, enqueued_at=NOW))


def webhook_target(url: str, timeout: float = 1.0) -> Target:
    spec = WebhookSpec(url_secret="U", signing_key_secret="K", timeout=dt.timedelta(seconds=timeout))
    return Target(
        destination=Destination(name="hook", webhook=spec), url=SecretStr(url), signing_key=SecretStr(KEY)
    )


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with WebhookReceiver(KEY, stall=1.5) as server:
        yield server  # type: ignore[misc]


async def test_webhook_delivers_a_signed_payload(receiver: WebhookReceiver) -> None:
    notifier = WebhookNotifier(webhook_target(receiver.url))
    sent = await notifier.notify(note(), now=dt.datetime.now(dt.UTC))
    await notifier.aclose()
    assert sent.status == 200
    key = f"{seed_alerts()[0].fingerprint}:1"
    assert receiver.applied == {key: 1}
    assert receiver.bad_signatures == 0
    assert receiver.payloads[key]["alert"]["title"] == seed_alerts()[0].title


async def test_a_wrong_key_is_rejected_by_the_receiver(receiver: WebhookReceiver) -> None:
    target = webhook_target(receiver.url).model_copy(update={"signing_key": SecretStr("not-the-key")})
    notifier = WebhookNotifier(target)
    with pytest.raises(DeliveryRejected) as caught:
        await notifier.notify(note(), now=dt.datetime.now(dt.UTC))
    await notifier.aclose()
    assert caught.value.reason == "http_401"
    assert receiver.bad_signatures == 1 and receiver.applied == {}


@pytest.mark.parametrize(
    ("fault", "kind", "reason", "retry_after"),
    [
        ("500", DeliveryTemporary, "http_500", None),
        ("429:7", DeliveryTemporary, "http_429", 7.0),
        ("404", DeliveryRejected, "http_404", None),
        ("drop", DeliveryTemporary, "connection", None),
        ("timeout", DeliveryTemporary, "timeout", None),
    ],
)
async def test_webhook_failures_are_classified(
    fault: str, kind: type[DeliveryError], reason: str, retry_after: float | None
) -> None:
    with WebhookReceiver(KEY, always(fault), stall=1.5) as server:
        notifier = WebhookNotifier(webhook_target(server.url, timeout=0.5))  # type: ignore[attr-defined]
        with pytest.raises(DeliveryError) as caught:
            await notifier.notify(note(), now=dt.datetime.now(dt.UTC))
        await notifier.aclose()
    assert type(caught.value) is kind
    assert caught.value.reason == reason
    assert caught.value.retry_after == retry_after
    assert server.url not in str(caught.value)  # type: ignore[attr-defined]


async def test_nothing_listening_is_a_retryable_connection_error() -> None:
    notifier = WebhookNotifier(webhook_target("http://127.0.0.1:9/hooks/x"))
    with pytest.raises(DeliveryTemporary) as caught:
        await notifier.notify(note(), now=NOW)
    await notifier.aclose()
    assert caught.value.reason == "connection"


def slack_hook(url: str) -> Target:
    return Target(
        destination=Destination(name="slack", slack=SlackWebhookSpec(webhook_url_secret="S")),
        url=SecretStr(url),
    )


def slack_bot(api_url: str, token: str, channel: str = "C0ALERTS") -> Target:
    spec = SlackBotSpec(token_secret="T", channel=channel, api_url=api_url, timeout=dt.timedelta(seconds=2))
    return Target(destination=Destination(name="bot", slack_bot=spec), token=SecretStr(token))


async def test_slack_webhook_posts_block_kit_and_updates_as_new_messages() -> None:
    with FakeSlack() as slack:
        notifier = SlackWebhookNotifier(slack_hook(slack.webhook_url))  # type: ignore[attr-defined]
        await notifier.notify(note(6), now=NOW)
        update = note(6, version=2, status="updated")
        await notifier.notify(Notification(update.delivery, previous=Sent()), now=NOW)
        await notifier.aclose()
    assert slack.rejected == []  # type: ignore[attr-defined]
    messages = slack.messages  # type: ignore[attr-defined]
    assert [alert_ref(m) for m in messages] == [
        (seed_alerts()[6].alert_id, 1),
        (seed_alerts()[6].alert_id, 2),
    ]
    assert messages[1]["blocks"][0]["text"]["text"].startswith("Update (v2)")


async def test_slack_webhook_errors_are_classified() -> None:
    with FakeSlack(always("503")) as slack:
        notifier = SlackWebhookNotifier(slack_hook(slack.webhook_url))  # type: ignore[attr-defined]
        with pytest.raises(DeliveryTemporary, match="http_503"):
            await notifier.notify(note(), now=NOW)
        await notifier.aclose()
    with FakeSlack() as slack:
        notifier = SlackWebhookNotifier(slack_hook(slack.base + "/services/wrong"))  # type: ignore[attr-defined]
        with pytest.raises(DeliveryRejected, match="http_404"):
            await notifier.notify(note(), now=NOW)
        await notifier.aclose()


async def test_slack_bot_posts_then_edits_the_original() -> None:
    with FakeSlack() as slack:
        notifier = SlackBotNotifier(slack_bot(slack.api_url, slack.token))  # type: ignore[attr-defined]
        first = await notifier.notify(note(4), now=NOW)
        assert first.channel == "C0ALERTS" and first.ts
        second = await notifier.notify(Notification(note(4, version=2).delivery, previous=first), now=NOW)
        await notifier.aclose()
    assert second.ts == first.ts
    assert len(slack.messages) == 1 and len(slack.updates) == 1  # type: ignore[attr-defined]
    assert alert_ref(slack.messages[0]) == (seed_alerts()[4].alert_id, 2)  # type: ignore[attr-defined]


async def test_slack_bot_errors_are_classified() -> None:
    with FakeSlack() as slack:
        wrong = SlackBotNotifier(slack_bot(slack.api_url, "xoxb-wrong"))  # type: ignore[attr-defined]
        with pytest.raises(DeliveryRejected) as caught:
            await wrong.notify(note(), now=NOW)
        await wrong.aclose()
        assert caught.value.reason == "slack_invalid_auth"
        assert "xoxb-wrong" not in str(caught.value)
        lost = SlackBotNotifier(slack_bot(slack.api_url, slack.token, "C0NOWHERE"))  # type: ignore[attr-defined]
        with pytest.raises(DeliveryRejected, match="slack_channel_not_found"):
            await lost.notify(note(), now=NOW)
        await lost.aclose()
    with FakeSlack(per_key(["500", "429:3"])) as slack:
        flaky = SlackBotNotifier(slack_bot(slack.api_url, slack.token))  # type: ignore[attr-defined]
        with pytest.raises(DeliveryTemporary):
            await flaky.notify(note(), now=NOW)
        with pytest.raises(DeliveryTemporary) as limited:
            await flaky.notify(note(), now=NOW)
        assert limited.value.retry_after == 3.0
        assert (await flaky.notify(note(), now=NOW)).ts
        await flaky.aclose()
