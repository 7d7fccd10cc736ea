"""Delivery benchmark on the real broker: deliveries/s and alert->webhook latency through a real worker.

Alerts go straight onto the `alerts` topic; a signed-webhook receiver on loopback verifies every request and
notes when each Idempotency-Key first arrives. Two phases: a burst (throughput) and a paced stream (latency).
Run: .venv/bin/python -m benchmarks.delivery --alerts 2000
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
import uuid
from pathlib import Path

import yaml

from alerts.model import Alert
from radar.cmd_worker import prepare_topics
from streams.kafka import delete_app_topics, producer
from streams.local import ROOT, WorkerProcess, ensure_broker, stop_broker, worker_env
from streams.settings import Settings
from streams.topics import TopicNames
from tests.fakes.seed_alerts import seed_alerts
from tests.fakes.webhook import WebhookReceiver

KEY = "bench-" + uuid.uuid4().hex


def alerts(count: int, tag: str) -> list[Alert]:
    """`count` distinct alerts: the seed alerts with new fingerprints."""
    seeds = seed_alerts()
    out = []
    for i in range(count):
        base = seeds[i % len(seeds)]
        fingerprint = f"{tag}-{i:06d}-{base.fingerprint[:8]}"
        out.append(base.model_copy(update={"fingerprint": fingerprint, "alert_id": f"al-{fingerprint}"}))
    return out


def percentiles(values: list[float]) -> dict[str, float]:
    """p50 and p99 in milliseconds."""
    if len(values) < 2:
        return {"p50_ms": float("nan"), "p99_ms": float("nan")}
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return {"p50_ms": round(cuts[49] * 1000, 1), "p99_ms": round(cuts[98] * 1000, 1)}


def wait_for(receiver: WebhookReceiver, keys: set[str], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if keys <= set(receiver.received_at):
            return True
        time.sleep(0.05)
    return False


def run(count: int, paced: int, rate: float, timeout: float) -> dict[str, object]:
    base = Settings()
    started_broker = ensure_broker(base)
    tag = "b" + uuid.uuid4().hex[:8]
    settings = base.model_copy(update={"topic_prefix": f"{tag}.", "app_id": f"radar-{tag}"})
    topic = TopicNames(settings.topic_prefix).alerts
    folder = Path(tempfile.mkdtemp(prefix="radar-bench-delivery-"))
    receiver = WebhookReceiver(KEY)
    receiver.start()
    subs = folder / "subscriptions.yaml"
    subs.write_text(
        yaml.safe_dump(
            {
                "policy": {"group_wait": 0, "group_interval": 0},
                "limits": {"concurrency": 16, "rate_per_second": 100000, "burst": 1000},
                "destinations": [
                    {
                        "name": "bench",
                        "webhook": {"url_secret": "BENCH_URL", "signing_key_secret": "BENCH_KEY"},
                    }
                ],
                "subscriptions": [{"name": "all", "send_to": ["bench"]}],
            }
        )
    )
    prepare_topics(settings)
    env = worker_env(
        settings,
        RADAR_DATA_DIR=str(folder / "state"),
        RADAR_LOG_LEVEL="warning",
        RADAR_SUBSCRIPTIONS_FILE=str(subs),
        BENCH_URL=receiver.url,
        BENCH_KEY=KEY,
    )
    worker = WorkerProcess(env, folder / "worker.log").start()
    client = producer(settings)
    sent_at: dict[str, float] = {}

    def send(batch: list[Alert], pause: float = 0.0) -> set[str]:
        keys = set()
        for alert in batch:
            key = f"{alert.fingerprint}:{alert.version}"
            sent_at[key] = time.monotonic()
            client.send(topic, key=alert.fingerprint.encode(), value=alert.model_dump_json().encode())
            if pause:
                client.flush()
                time.sleep(pause)
            keys.add(key)
        client.flush()
        return keys

    try:
        if not wait_for(receiver, send(alerts(5, tag + "w")), timeout):
            raise SystemExit(f"the worker delivered nothing; see {worker.log_path}")
        burst_start = time.monotonic()
        burst = send(alerts(count, tag + "t"))
        if not wait_for(receiver, burst, timeout):
            raise SystemExit(f"only {len(set(receiver.received_at) & burst)} of {count} delivered")
        burst_end = max(receiver.received_at[k] for k in burst)
        paced_keys = send(alerts(paced, tag + "l"), pause=1.0 / rate)
        wait_for(receiver, paced_keys, timeout)
        latencies = [receiver.received_at[k] - sent_at[k] for k in paced_keys if k in receiver.received_at]
        figures: dict[str, object] = {
            "deliveries": count,
            "deliveries_per_s": round(count / (burst_end - burst_start), 1),
            "burst_latency": percentiles([receiver.received_at[k] - sent_at[k] for k in burst]),
            "paced_alerts": paced,
            "paced_rate_per_s": rate,
            "alert_to_webhook": percentiles(latencies),
            "duplicates": sum(receiver.replays.values()),
            "bad_signatures": receiver.bad_signatures,
        }
        return figures
    finally:
        client.close()
        worker.stop()
        receiver.stop()
        delete_app_topics(settings)
        if started_broker:
            stop_broker()


def main() -> None:
    """Run and print the figures as JSON (also written to --out)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--alerts", type=int, default=2000, help="Alerts in the throughput burst.")
    parser.add_argument("--paced", type=int, default=200, help="Alerts in the latency phase.")
    parser.add_argument("--rate", type=float, default=20.0, help="Alerts/s in the latency phase.")
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument("--out", type=Path, default=ROOT / "var" / "bench" / "delivery.json")
    args = parser.parse_args()
    figures = run(args.alerts, args.paced, args.rate, args.timeout)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, indent=2))
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
