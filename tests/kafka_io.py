"""Reading and writing test topics with plain kafka-python clients."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from kafka.consumer.fetcher import ConsumerRecord

from streams.kafka import consumer, producer
from streams.settings import Settings


@dataclass
class TopicReader:
    """Collects every record of some topics from the beginning."""

    settings: Settings
    topics: tuple[str, ...]

    def __post_init__(self) -> None:
        self.records: list[ConsumerRecord] = []
        self._consumer = consumer(
            self.settings, *self.topics, auto_offset_reset="earliest", enable_auto_commit=False
        )

    def poll(self, timeout: float = 0.5) -> list[ConsumerRecord]:
        """Fetch what has arrived; return the new records."""
        new: list[ConsumerRecord] = []
        for batch in self._consumer.poll(timeout_ms=int(timeout * 1000)).values():
            new.extend(batch)
        self.records.extend(new)
        return new

    def wait_for(self, done: Callable[[list[ConsumerRecord]], bool], timeout: float) -> list[ConsumerRecord]:
        """Poll until `done(records)` holds or `timeout` passes; return every record read."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.poll()
            if done(self.records):
                break
        return self.records

    def close(self) -> None:
        """Close the consumer."""
        self._consumer.close()


def send_raw(settings: Settings, topic: str, messages: list[tuple[bytes | None, bytes]]) -> None:
    """Publish raw (key, value) pairs and wait until the broker has them."""
    client = producer(settings)
    try:
        for key, value in messages:
            client.send(topic, key=key, value=value)
        client.flush()
    finally:
        client.close()
