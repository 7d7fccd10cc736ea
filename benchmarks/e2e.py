"""End-to-end benchmark on the real broker: articles/s through a real worker and produce->alert latency.

Beside it, the ceiling: a plain kafka-python consume->produce loop on the same broker.
Run: make bench  (or: .venv/bin/python -m benchmarks.e2e --articles 2000)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import time
import uuid
from pathlib import Path

from kafka import TopicPartition

from alerts.model import Alert
from radar.cmd_worker import prepare_topics
from streams.kafka import consumer, delete_app_topics, ensure_topics, producer
from streams.local import ROOT, WorkerProcess, ensure_broker, stop_broker, wait_drained, worker_env
from streams.replay import DEFAULT_SEEDS, Message, load_messages
from streams.settings import Settings
from streams.topics import TopicNames, TopicSpec


def varied(messages: list[Message], count: int, *, first_pass: int = 0) -> list[Message]:
    """`count` articles: the seeds again and again, each pass with new ids and dates shifted by whole days."""
    out: list[Message] = []
    passes = first_pass
    while len(out) < count:
        for message in messages:
            if len(out) == count or message.article is None:
                break
            article = message.article
            shifted = article.model_copy(
                update={
                    "id": f"{article.id}~{passes}",
                    "published_at": (article.published_at or dt.datetime.now(dt.UTC))
                    + dt.timedelta(days=3 * passes),
                }
            )
            out.append(Message(shifted.id.encode(), shifted.model_dump_json().encode(), shifted))
        passes += 1
    return out


def percentiles(values: list[float]) -> dict[str, float]:
    """p50, p95 and p99 of a sample, in the sample's unit."""
    if not values:
        return {"p50": float("nan"), "p95": float("nan"), "p99": float("nan")}
    cuts = statistics.quantiles(values, n=100, method="inclusive") if len(values) > 1 else values * 99
    return {"p50": cuts[49], "p95": cuts[94], "p99": cuts[98]}


def topic_size(settings: Settings, topic: str) -> int:
    """Messages on a topic (sum of end offsets)."""
    probe = consumer(settings, enable_auto_commit=False)
    try:
        parts = [TopicPartition(topic, p) for p in sorted(probe.partitions_for_topic(topic) or ())]
        return sum(probe.end_offsets(parts).values())
    finally:
        probe.close()


def ceiling(settings: Settings, messages: list[Message]) -> float:
    """Messages/s of a plain consume->produce loop (no processing) on the same broker."""
    source, sink = f"{settings.topic_prefix}ceiling.in", f"{settings.topic_prefix}ceiling.out"
    ensure_topics(settings, [TopicSpec(source, settings.partitions), TopicSpec(sink, settings.partitions)])
    client = producer(settings)
    for message in messages:
        client.send(source, key=message.key, value=message.value)
    client.flush()
    reader = consumer(
        settings,
        source,
        group_id=f"{settings.app_id}-ceiling",
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    moved = 0
    started: float | None = None
    while moved < len(messages):
        for records in reader.poll(timeout_ms=1000, max_records=500).values():
            started = started or time.perf_counter()
            for record in records:
                client.send(sink, key=record.key, value=record.value)
                moved += 1
        client.flush()
        reader.commit()
    elapsed = time.perf_counter() - (started or time.perf_counter())
    reader.close()
    client.close()
    return moved / elapsed if elapsed else float("inf")


def run(
    count: int,
    out: Path,
    *,
    latency_articles: int = 200,
    latency_rate: float = 20.0,
    workers: int = 1,
) -> dict[str, object]:
    """Replay `count` articles through `workers` fresh worker processes; return the figures."""
    base = Settings()
    run_id = "bench" + uuid.uuid4().hex[:8]
    settings = base.model_copy(
        update={
            "topic_prefix": f"{run_id}.",
            "app_id": f"radar-{run_id}",
            "data_dir": ROOT / "var" / run_id / "state",
        }
    )
    names = TopicNames(settings.topic_prefix)
    started_broker = ensure_broker(settings)
    messages = varied(load_messages([DEFAULT_SEEDS]), count)
    pool = [
        WorkerProcess(
            worker_env(settings, RADAR_DATA_DIR=str(settings.data_dir / str(n)), RADAR_LOG_LEVEL="warning"),
            ROOT / "var" / run_id / f"worker-{n}.log",
        )
        for n in range(workers)
    ]
    try:
        prepare_topics(settings)
        ceiling_rate = ceiling(settings, messages)
        for worker in pool:
            worker.start()
        if workers > 1:
            time.sleep(15.0)  # let every worker join the group before anything is timed
        # Warm up: one article through the whole pipeline, so start-up is not counted.
        warm = varied(load_messages([DEFAULT_SEEDS]), 1)[0]
        warm_article = warm.article.model_copy(update={"id": "warm-up"})  # type: ignore[union-attr]
        client = producer(settings)
        client.send(names.articles, key=b"warm-up", value=warm_article.model_dump_json().encode())
        client.flush()
        inputs = [names.articles, names.incidents_extracted, names.incidents]
        if not wait_drained(settings, settings.app_id, inputs, timeout=120, settle=1.0):
            raise RuntimeError("worker did not start: " + pool[0].log_text()[-2000:])
        warm_incidents = topic_size(settings, names.incidents)
        # Throughput: everything at once, timed until the worker has committed all of it.
        t0 = time.perf_counter()
        for message in messages:
            client.send(names.articles, key=message.key, value=message.value)
        client.flush()
        drained = wait_drained(settings, settings.app_id, inputs, timeout=600, settle=0.0)
        elapsed = time.perf_counter() - t0
        incidents = topic_size(settings, names.incidents) - warm_incidents
        # Latency: a paced stream well below capacity; produce time of the newest article behind each alert.
        tail = consumer(settings, names.alerts, auto_offset_reset="latest", enable_auto_commit=False)
        tail.poll(timeout_ms=1000)
        paced = varied(load_messages([DEFAULT_SEEDS]), latency_articles, first_pass=count // 4 + 1)
        produced_at: dict[str, float] = {}
        for message in paced:
            produced_at[message.key.decode()] = time.time()
            client.send(names.articles, key=message.key, value=message.value)
            client.flush()
            time.sleep(1.0 / latency_rate)
        client.close()
        latencies: list[float] = []
        alerts = 0
        idle = 0
        while idle < 3:
            batch = tail.poll(timeout_ms=1000)
            idle = 0 if batch else idle + 1
            for records in batch.values():
                for record in records:
                    alerts += 1
                    alert = Alert.model_validate_json(record.value)
                    sent = [produced_at[a] for a in alert.article_ids if a in produced_at]
                    if sent:
                        latencies.append(record.timestamp / 1000 - max(sent))
        tail.close()
        figures: dict[str, object] = {
            "articles": count,
            "drained": drained,
            "seconds": round(elapsed, 2),
            "articles_per_s": round(count / elapsed, 1),
            "incident_revisions": incidents,
            "incidents_per_s_through_rules": round(incidents / elapsed, 1),
            "ceiling_msgs_per_s": round(ceiling_rate, 1),
            "latency_articles": latency_articles,
            "latency_rate_per_s": latency_rate,
            "latency_alerts": alerts,
            "alert_latency_ms": {k: round(v * 1000, 1) for k, v in percentiles(latencies).items()},
            "partitions": settings.partitions,
            "workers": workers,
            "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
    finally:
        for worker in pool:
            worker.stop()
        delete_app_topics(settings)
        if started_broker:
            stop_broker()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(figures, indent=2))
    return figures


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--latency-articles", type=int, default=200)
    parser.add_argument("--latency-rate", type=float, default=20.0)
    parser.add_argument("--workers", type=int, default=1, help="Worker processes (one per core).")
    parser.add_argument("--out", type=Path, default=ROOT / "var" / "bench" / "e2e.json")
    args = parser.parse_args()
    figures = run(
        args.articles,
        args.out,
        latency_articles=args.latency_articles,
        latency_rate=args.latency_rate,
        workers=args.workers,
    )
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
