"""Shared fixtures: a real Kafka broker for the session, and real `radar worker` processes."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from radar.cmd_worker import prepare_topics
from streams.local import ROOT, WorkerProcess, ensure_broker, stop_broker, worker_env
from streams.settings import Settings


@pytest.fixture(scope="session")
def kafka() -> Iterator[Settings]:
    """Settings for a real broker: KAFKA_BOOTSTRAP_SERVERS, or the project's own (started if needed)."""
    settings = Settings()
    started = ensure_broker(settings)
    yield settings
    if started:
        stop_broker()


@pytest.fixture
def run_settings(kafka: Settings, tmp_path: Path) -> Settings:
    """Settings with a topic prefix, app id and state folder unique to one test."""
    run = "t" + uuid.uuid4().hex[:10]
    return kafka.model_copy(
        update={"topic_prefix": f"{run}.", "app_id": f"radar-{run}", "data_dir": tmp_path / "state"}
    )


@pytest.fixture
def worker(run_settings: Settings, tmp_path: Path) -> Iterator[Callable[..., WorkerProcess]]:
    """Factory: start a real worker for this test's settings (extra env as keyword arguments)."""
    started: list[WorkerProcess] = []
    prepare_topics(run_settings)

    def start(**extra: str) -> WorkerProcess:
        log = tmp_path / f"worker-{len(started)}.log"
        process = WorkerProcess(worker_env(run_settings, **extra), log).start()
        started.append(process)
        return process

    yield start
    for process in started:
        process.stop()
        if process.process is not None and process.process.returncode not in (0, -15, None):
            print(f"worker log {process.log_path}:\n{process.log_text()[-5000:]}")


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The user's four seed articles."""
    return ROOT / "seeds"
