"""`radar worker` and topic preparation."""

from __future__ import annotations

import structlog

from streams.kafka import ensure_topics, wait_for_broker
from streams.logs import configure_logging
from streams.settings import Settings, get_settings
from streams.topics import TopicNames, TopicSpec, topic_specs


def planned_topics(settings: Settings | None = None) -> list[TopicSpec]:
    """Every topic for the configured prefix and rules."""
    from agents.rules import load_rules

    settings = settings or get_settings()
    return topic_specs(
        TopicNames(settings.topic_prefix),
        load_rules(settings.rules_file).names,
        partitions=settings.partitions,
        max_message_bytes=settings.max_message_bytes,
    )


def prepare_topics(settings: Settings | None = None) -> list[str]:
    """Wait for the broker and create the missing topics."""
    settings = settings or get_settings()
    wait_for_broker(settings)
    return ensure_topics(settings, planned_topics(settings))


def run_worker() -> None:
    """Create topics, then run the Faust worker in the foreground until SIGTERM/SIGINT."""
    from faust import Worker

    settings = get_settings()
    configure_logging(settings.log_level, settings.log_format)
    settings.data_dir.mkdir(parents=True, exist_ok=True)  # faust creates only the last level
    prepare_topics()
    from agents import compiled
    from agents.worker import app

    structlog.get_logger(__name__).info("worker_starting", compiled_core=compiled.in_use())

    worker = Worker(
        app,
        loglevel=settings.log_level,
        override_logging=False,
        redirect_stdouts=False,
        quiet=True,
    )
    worker.spinner = None  # no terminal spinner: logs are the only output
    worker.execute_from_commandline()
