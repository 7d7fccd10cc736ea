"""`radar replay`: publish article files to the `articles` topic with a progress bar."""

from __future__ import annotations

from pathlib import Path

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from streams.kafka import ensure_topics, producer, wait_for_broker
from streams.replay import DEFAULT_SEEDS, load_messages, publish
from streams.settings import get_settings
from streams.topics import TopicNames, TopicSpec


def run_replay(paths: list[Path] | None, *, rate: float | None, loops: int | None) -> int:
    """Publish the messages of the given files; return how many were sent."""
    settings = get_settings()
    messages = load_messages(paths or [DEFAULT_SEEDS])
    topic = TopicNames(settings.topic_prefix).articles
    wait_for_broker(settings)
    ensure_topics(
        settings,
        [TopicSpec(topic, settings.partitions, {"max.message.bytes": str(settings.max_message_bytes)})],
    )
    client = producer(settings)
    total = None if loops is None else len(messages) * loops
    columns = (TextColumn("replay"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    try:
        with Progress(*columns, transient=False) as progress:
            task = progress.add_task("replay", total=total)
            sent = publish(
                client, topic, messages, rate=rate, loops=loops, on_sent=lambda _: progress.advance(task)
            )
    finally:
        client.close()
    print(f"published {sent} article(s) to {topic}")
    return sent
