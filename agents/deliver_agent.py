"""Agents: alerts -> deliveries (routing) and deliveries -> webhooks / Slack (with the notification log).

A thin shell over alerts.notify.service. Both agents run at concurrency 1 (an offset is never committed past
a slow message, faust #606); HTTP attempts run as background tasks under per-destination limits and report
back through the deliveries topic, so every notification-log write happens inside agent event processing.
A timer sends a sweep marker to each deliveries partition; processing it re-drives entries left pending by a
crash or rebalance, sends reminders and forgets old keys.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

import structlog
from faust.types import TP, StreamT
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from alerts.model import Alert
from alerts.notify.dispatch import Dispatcher, utcnow
from alerts.notify.notifiers import notifiers_for
from alerts.notify.records import DeadLetter, DeliveryMessage, thread_key
from alerts.notify.service import DeliveryService, deliveries_for
from alerts.subscriptions import SubscriptionsFile, load_secrets, load_subscriptions, resolve_targets
from streams.app import app, channels, settings
from streams.logs import register_secret

__all__ = ["DeliverySettings", "deliver", "route_alerts", "service"]

log = structlog.get_logger(__name__)


class DeliverySettings(BaseSettings):
    """Knobs of the delivery worker (RADAR_DELIVERY_*)."""

    model_config = SettingsConfigDict(env_prefix="RADAR_DELIVERY_", extra="ignore")

    sweep_interval: float = Field(default=5.0, gt=0, description="Seconds between sweeps of each partition.")
    retention_days: float = Field(default=7.0, gt=0, description="How long the log remembers a notification.")


delivery_settings = DeliverySettings()
config = (
    load_subscriptions(settings.subscriptions_file) if settings.subscriptions_file else SubscriptionsFile()
)
targets = resolve_targets(config, load_secrets(settings.secrets_file, os.environ))
for _target in targets.values():
    for _secret in (_target.url, _target.signing_key, _target.token):
        if _secret is not None:
            register_secret(_secret.get_secret_value())

#: The notification log: destination|fingerprint|version entries and destination|fingerprint threads.
nlog = app.Table(
    "delivery-nlog",
    default=None,
    key_type=str,
    partitions=settings.partitions,
)


async def _emit(entry: Any, outcome: Any) -> None:
    message = DeliveryMessage(kind="outcome", outcome=outcome)
    await channels.deliveries.send(
        key=thread_key(entry.delivery.destination, entry.delivery.alert.fingerprint).encode(),
        value=message.model_dump_json().encode(),
        partition=entry.partition,
    )


async def _publish_dead(letter: DeadLetter) -> None:
    await channels.deliveries_dead.send(key=letter.key.encode(), value=letter.model_dump_json().encode())


dispatcher = Dispatcher(
    notifiers_for(targets),
    {name: config.limits_of(name) for name in targets},
    _emit,
    lambda delivery: service.thread(delivery),
)
service: DeliveryService = DeliveryService(
    config,
    nlog,
    dispatcher,
    _publish_dead,
    retention=dt.timedelta(days=delivery_settings.retention_days),
)


@app.agent(channels.alerts, name="deliver-route", concurrency=1)
async def route_alerts(stream: StreamT[Alert]) -> None:
    """Every alert version becomes one delivery message per routed destination."""
    async for alert in stream:
        for delivery in deliveries_for(config, alert, utcnow()):
            message = DeliveryMessage(kind="delivery", delivery=delivery)
            await channels.deliveries.send(
                key=delivery.thread.encode(), value=message.model_dump_json().encode()
            )
            log.info("delivery_routed", key=delivery.key, subscription=delivery.subscription)


@app.agent(channels.deliveries, name="deliver", concurrency=1)
async def deliver(stream: StreamT[bytes]) -> None:
    """Deliveries, attempt outcomes and sweep markers, applied to the notification log."""
    async for event in stream.events():
        message = DeliveryMessage.model_validate_json(event.value)
        await service.handle(message, event.message.partition)


@app.timer(interval=delivery_settings.sweep_interval)  # type: ignore[untyped-decorator]
async def sweep_partitions() -> None:
    """Ask each deliveries partition for a sweep (the owner processes it in the agent)."""
    if not targets:
        return
    marker = DeliveryMessage(kind="redrive").model_dump_json().encode()
    for partition in range(settings.partitions):
        await channels.deliveries.send(key=None, value=marker, partition=partition)


@app.on_partitions_revoked.connect  # type: ignore[arg-type]
async def _on_revoked(sender: Any, revoked: set[TP], **kwargs: Any) -> None:
    """Stop attempts for partitions another worker now owns (it re-drives them)."""
    mine = {tp.partition for tp in revoked if tp.topic == channels.deliveries.get_topic_name()}
    if mine:
        cancelled = dispatcher.revoke(mine)
        if cancelled:
            log.info("deliveries_revoked", partitions=sorted(mine), cancelled=cancelled)
