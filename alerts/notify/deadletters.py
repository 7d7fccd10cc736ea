"""The dead-letter topic: read it, tell which letters are still outstanding, re-drive them."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable

import structlog
from pydantic import ValidationError

from alerts.notify.records import DeadLetter, DeliveryMessage
from streams.settings import Settings
from streams.topics import TopicNames

__all__ = ["outstanding", "read_dead_letters", "redrive"]

log = structlog.get_logger(__name__)


def outstanding(letters: Iterable[DeadLetter], destination: str | None = None) -> list[DeadLetter]:
    """Letters whose latest state is still 'dead' (a later 'redelivered' note clears one), oldest first."""
    latest: dict[str, DeadLetter] = {}
    for letter in letters:
        latest[letter.key] = letter
    return [
        letter
        for letter in latest.values()
        if letter.state == "dead" and (destination is None or letter.destination == destination)
    ]


def read_dead_letters(settings: Settings, *, timeout: float = 15.0) -> list[DeadLetter]:
    """Every letter on the dead-letter topic, from the beginning to the current end."""
    from kafka import TopicPartition

    from streams.kafka import consumer

    topic = TopicNames(settings.topic_prefix).deliveries_dead
    client = consumer(settings, group_id=None, enable_auto_commit=False, auto_offset_reset="earliest")
    letters: list[DeadLetter] = []
    try:
        parts = [TopicPartition(topic, p) for p in sorted(client.partitions_for_topic(topic) or ())]
        if not parts:
            return []
        client.assign(parts)
        client.seek_to_beginning(*parts)
        ends = client.end_offsets(parts)
        deadline = time.monotonic() + timeout
        while any(client.position(p) < ends[p] for p in parts) and time.monotonic() < deadline:
            for records in client.poll(timeout_ms=500).values():
                for record in records:
                    try:
                        letters.append(DeadLetter.model_validate_json(record.value))
                    except ValidationError:
                        log.warning("dead_letter_unreadable", offset=record.offset)
    finally:
        client.close()
    return letters


def redrive(settings: Settings, letters: Iterable[DeadLetter], now: dt.datetime) -> int:
    """Publish each letter's delivery again (a re-drive) on the deliveries topic; return the count."""
    from streams.kafka import producer

    topic = TopicNames(settings.topic_prefix).deliveries
    client = producer(settings)
    count = 0
    try:
        for letter in letters:
            delivery = letter.delivery(now)
            message = DeliveryMessage(kind="delivery", delivery=delivery)
            client.send(topic, key=delivery.thread.encode(), value=message.model_dump_json().encode())
            count += 1
        client.flush()
    finally:
        client.close()
    return count
