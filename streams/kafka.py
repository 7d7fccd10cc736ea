"""kafka-python clients built from settings: admin, producer, consumer."""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

import structlog
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError

from streams.exceptions import BrokerUnavailable
from streams.settings import Settings
from streams.topics import TopicSpec

__all__ = [
    "admin",
    "client_config",
    "consumer",
    "delete_app_topics",
    "ensure_topics",
    "group_lag",
    "producer",
    "wait_for_broker",
]

log = structlog.get_logger(__name__)


def client_config(settings: Settings) -> dict[str, Any]:
    """Connection and security options shared by every kafka-python client."""
    config: dict[str, Any] = {
        "bootstrap_servers": settings.kafka_bootstrap_servers.split(","),
        "security_protocol": settings.kafka_security_protocol,
    }
    if settings.kafka_sasl_mechanism:
        config["sasl_mechanism"] = settings.kafka_sasl_mechanism
        config["sasl_plain_username"] = settings.kafka_sasl_username
        if settings.kafka_sasl_password is not None:
            config["sasl_plain_password"] = settings.kafka_sasl_password.get_secret_value()
    for option in ("cafile", "certfile", "keyfile"):
        path = getattr(settings, f"kafka_ssl_{option}")
        if path is not None:
            config[f"ssl_{option}"] = str(path)
    return config


def admin(settings: Settings, **options: Any) -> KafkaAdminClient:
    """An admin client."""
    return KafkaAdminClient(client_id="radar-admin", **client_config(settings), **options)


def producer(settings: Settings, **options: Any) -> KafkaProducer:
    """A producer with acks=all and idempotence (kafka-python 3 defaults), sized for large articles."""
    options.setdefault("max_request_size", settings.max_message_bytes)
    options.setdefault("linger_ms", 5)
    return KafkaProducer(client_id="radar", **client_config(settings), **options)


def consumer(settings: Settings, *topics: str, **options: Any) -> KafkaConsumer:
    """A consumer sized for large messages."""
    options.setdefault("fetch_max_bytes", max(settings.max_message_bytes, 52_428_800))
    options.setdefault("max_partition_fetch_bytes", settings.max_message_bytes)
    return KafkaConsumer(*topics, client_id="radar", **client_config(settings), **options)


def wait_for_broker(settings: Settings, timeout: float = 60.0) -> None:
    """Block until the cluster answers a metadata request, or raise BrokerUnavailable."""
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        remaining_ms = max(1000, int((deadline - time.monotonic()) * 1000))
        try:
            client = admin(settings, bootstrap_timeout_ms=min(5000, remaining_ms))
        except (KafkaError, OSError) as exc:
            last = exc
            time.sleep(0.5)
            continue
        try:
            client.list_topics()
            return
        except (KafkaError, OSError) as exc:
            last = exc
            time.sleep(0.5)
        finally:
            client.close()
    raise BrokerUnavailable(settings.kafka_bootstrap_servers, str(last))


def ensure_topics(settings: Settings, specs: Iterable[TopicSpec]) -> list[str]:
    """Create the topics that do not exist yet; return the names created."""
    client = admin(settings)
    try:
        existing = set(client.list_topics())
        missing = [s for s in specs if s.name not in existing]
        created: list[str] = []
        for spec in missing:
            topic = NewTopic(
                name=spec.name,
                num_partitions=spec.partitions,
                replication_factor=settings.replication_factor,
                topic_configs=dict(spec.config),
            )
            try:
                client.create_topics([topic])
                created.append(spec.name)
            except TopicAlreadyExistsError:
                pass
        if created:
            log.info("topics_created", topics=created)
        return created
    finally:
        client.close()


def group_lag(settings: Settings, group: str, topics: Iterable[str]) -> int:
    """Messages on `topics` that consumer group `group` has not committed yet (0 when all is processed)."""
    client = admin(settings)
    probe = consumer(settings, enable_auto_commit=False)
    try:
        committed = client.list_group_offsets(group).get(group, {})
        partitions = [
            TopicPartition(topic, p)
            for topic in topics
            for p in sorted(probe.partitions_for_topic(topic) or ())
        ]
        ends = probe.end_offsets(partitions) if partitions else {}
        lag = 0
        for tp, end in ends.items():
            done = committed.get(tp)
            lag += max(0, end - (done.offset if done is not None and done.offset >= 0 else 0))
        return lag
    finally:
        probe.close()
        client.close()


def delete_app_topics(settings: Settings) -> list[str]:
    """Delete the topics under the settings' prefix and the app's changelog topics; return their names."""
    client = admin(settings)
    try:
        ours = [
            t for t in client.list_topics() if t.startswith((settings.topic_prefix, settings.app_id + "-"))
        ]
        if ours:
            client.delete_topics(ours)
        return ours
    finally:
        client.close()
