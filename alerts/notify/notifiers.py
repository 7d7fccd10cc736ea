"""The notifier for each kind of destination."""

from __future__ import annotations

from collections.abc import Mapping

from alerts.notify.base import Notifier
from alerts.notify.slack import SlackBotNotifier, SlackWebhookNotifier
from alerts.notify.webhook import WebhookNotifier
from alerts.subscriptions import Target

__all__ = ["notifier_for", "notifiers_for"]


def notifier_for(target: Target) -> Notifier:
    """A notifier for one resolved destination."""
    kind = target.destination.kind
    if kind == "webhook":
        return WebhookNotifier(target)
    if kind == "slack":
        return SlackWebhookNotifier(target)
    return SlackBotNotifier(target)


def notifiers_for(targets: Mapping[str, Target]) -> dict[str, Notifier]:
    """A notifier per destination name."""
    return {name: notifier_for(target) for name, target in targets.items()}
