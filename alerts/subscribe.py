"""`radar subscribe`: tail the alert topics as a plain Kafka consumer (the contract Kafka subscribers use)."""

from __future__ import annotations

import time
from collections.abc import Callable

from pydantic import ValidationError

from alerts.model import SEVERITY_ORDER, Alert, Severity
from streams.settings import Settings
from streams.topics import TopicNames

__all__ = ["alert_line", "alert_topics", "tail"]


def alert_topics(names: TopicNames, rules: list[str]) -> list[str]:
    """`alerts.<rule>` for each rule asked for, else the `alerts` topic with every rule."""
    return [names.alert_topic(rule) for rule in rules] if rules else [names.alerts]


def alert_line(alert: Alert) -> str:
    """One readable line for an alert: severity, rule, version, when, where, title, summary."""
    places = ", ".join(dict.fromkeys(loc.admin1 or loc.place or loc.country for loc in alert.locations))
    when = alert.event_start.isoformat() if alert.event_start else "date unknown"
    late = " (late)" if alert.late else ""
    return (
        f"[{alert.severity.upper()}] {alert.rule} v{alert.version} {alert.status}{late} · {when} · "
        f"{places or 'not located'} · {alert.title} — {alert.summary} ({alert.alert_id})"
    )


def tail(
    settings: Settings,
    *,
    rules: list[str],
    min_severity: Severity = "info",
    from_beginning: bool = False,
    as_json: bool = False,
    out: Callable[[str], None] = print,
    limit: int | None = None,
    idle_timeout: float | None = None,
) -> int:
    """Print alerts as they come; stop after `limit` alerts or `idle_timeout` quiet seconds; return count."""
    from kafka import TopicPartition

    from streams.kafka import consumer

    topics = alert_topics(TopicNames(settings.topic_prefix), rules)
    client = consumer(settings, group_id=None, enable_auto_commit=False)
    shown = 0
    try:
        parts = [TopicPartition(t, p) for t in topics for p in sorted(client.partitions_for_topic(t) or ())]
        client.assign(parts)
        if from_beginning:
            client.seek_to_beginning(*parts)
        else:
            client.seek_to_end(*parts)
        quiet_since = time.monotonic()
        while limit is None or shown < limit:
            batch = client.poll(timeout_ms=500)
            if not batch:
                if idle_timeout is not None and time.monotonic() - quiet_since >= idle_timeout:
                    break
                continue
            quiet_since = time.monotonic()
            for records in batch.values():
                for record in records:
                    try:
                        alert = Alert.model_validate_json(record.value)
                    except ValidationError:
                        continue
                    if alert.severity_rank < SEVERITY_ORDER[min_severity]:
                        continue
                    out(alert.model_dump_json() if as_json else alert_line(alert))
                    shown += 1
                    if limit is not None and shown >= limit:
                        return shown
    finally:
        client.close()
    return shown
