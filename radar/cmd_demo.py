"""`radar demo`: the whole stream on real Kafka, from a cold start, then everything stopped again."""

from __future__ import annotations

import datetime as dt
import time

import typer

from alerts.model import Alert
from alerts.subscribe import alert_line
from radar.cmd_worker import planned_topics, prepare_topics
from streams.kafka import consumer, delete_app_topics, producer
from streams.local import ROOT, WorkerProcess, ensure_broker, stop_broker, wait_drained, worker_env
from streams.logs import configure_logging
from streams.replay import DEFAULT_SEEDS, load_messages, publish
from streams.settings import Settings, get_settings
from streams.topics import TopicNames


def _demo_settings(base: Settings, run: str) -> Settings:
    """The base settings with a topic prefix, app id and state folder of the demo's own."""
    return base.model_copy(
        update={
            "topic_prefix": f"{base.topic_prefix}{run}.",
            "app_id": f"{base.app_id}-{run}",
            "data_dir": ROOT / "var" / run / "state",
        }
    )


def run_demo(*, timeout: float, keep_topics: bool) -> int:
    """Replay the seeds through a real worker and print the alerts; 0 when alerts arrived."""
    base = get_settings()
    configure_logging("warning", base.log_format)
    run = "demo-" + dt.datetime.now(dt.UTC).strftime("%Y%m%d%H%M%S")
    settings = _demo_settings(base, run)
    names = TopicNames(settings.topic_prefix)
    started_broker = ensure_broker(settings)
    worker = WorkerProcess(worker_env(settings), ROOT / "var" / run / "worker.log")
    alerts: list[Alert] = []
    try:
        prepare_topics(settings)
        typer.echo(f"topics: {len(planned_topics(settings))} under prefix {settings.topic_prefix!r}")
        worker.start()
        typer.echo(
            f"worker started (pid {worker.process.pid if worker.process else '?'}, log {worker.log_path})"
        )
        tail = consumer(settings, names.alerts, auto_offset_reset="earliest", enable_auto_commit=False)
        client = producer(settings)
        try:
            sent = publish(client, names.articles, load_messages([DEFAULT_SEEDS]))
        finally:
            client.close()
        typer.echo(f"replayed {sent} seed article(s) from {DEFAULT_SEEDS}/; alerts as they arrive:\n")

        def show(wait_ms: int) -> None:
            for records in tail.poll(timeout_ms=wait_ms).values():
                for record in records:
                    alert = Alert.model_validate_json(record.value)
                    alerts.append(alert)
                    typer.echo(alert_line(alert))

        deadline = time.monotonic() + timeout
        inputs = [names.articles, names.incidents_extracted, names.incidents]
        while time.monotonic() < deadline:
            show(500)
            if not worker.alive:
                typer.echo(
                    "the worker stopped unexpectedly; its log:\n" + worker.log_text()[-3000:], err=True
                )
                return 1
            if alerts and wait_drained(settings, settings.app_id, inputs, timeout=0.5, settle=0.0):
                show(2000)
                break
        tail.close()
    finally:
        worker.stop()
        if not keep_topics:
            delete_app_topics(settings)
        if started_broker:
            stop_broker()
    distinct = len({a.fingerprint for a in alerts})
    stopped = "worker stopped" + ("; broker stopped" if started_broker else "")
    typer.echo(f"\n{distinct} alert(s) in {len(alerts)} version(s) over Kafka; {stopped}")
    return 0 if alerts else 1
