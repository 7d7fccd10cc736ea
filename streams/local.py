"""Local processes for the demo, tests and benchmarks: the project's broker and worker subprocesses."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO

from streams.exceptions import BrokerUnavailable
from streams.kafka import group_lag, wait_for_broker
from streams.settings import Settings

__all__ = ["KAFKA_SCRIPT", "WorkerProcess", "ensure_broker", "stop_broker", "wait_drained", "worker_env"]

ROOT = Path(__file__).resolve().parent.parent
KAFKA_SCRIPT = ROOT / "scripts" / "kafka.sh"


def ensure_broker(settings: Settings) -> bool:
    """Make sure a broker answers; start the project's own when none does. True when started here."""
    try:
        wait_for_broker(settings, timeout=3.0)
        return False
    except BrokerUnavailable:
        if os.environ.get("KAFKA_BOOTSTRAP_SERVERS") or not KAFKA_SCRIPT.is_file():
            raise
    subprocess.run(["bash", str(KAFKA_SCRIPT), "start"], check=True)
    wait_for_broker(settings, timeout=60.0)
    return True


def stop_broker() -> None:
    """Stop the project's own broker."""
    subprocess.run(["bash", str(KAFKA_SCRIPT), "stop"], check=True)


def wait_drained(
    settings: Settings, group: str, topics: Iterable[str], *, timeout: float, settle: float = 2.0
) -> bool:
    """Wait until `group` has committed all of `topics` and stayed so for `settle` s; False on timeout."""
    wanted = list(topics)
    deadline = time.monotonic() + timeout
    quiet_since: float | None = None
    while time.monotonic() < deadline:
        if group_lag(settings, group, wanted) == 0:
            quiet_since = quiet_since or time.monotonic()
            if time.monotonic() - quiet_since >= settle:
                return True
        else:
            quiet_since = None
        time.sleep(0.5)
    return False


def worker_env(settings: Settings, **extra: str) -> dict[str, str]:
    """Environment for a `radar worker` subprocess that uses these settings (extra variables win)."""
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": settings.kafka_bootstrap_servers,
        "RADAR_TOPIC_PREFIX": settings.topic_prefix,
        "RADAR_APP_ID": settings.app_id,
        "RADAR_DATA_DIR": str(settings.data_dir),
        "RADAR_PARTITIONS": str(settings.partitions),
        "RADAR_LOG_FORMAT": "json",
        "RADAR_LOG_LEVEL": "info",
    }
    env.update(extra)
    return env


class WorkerProcess:
    """A real `radar worker` subprocess with its own environment and log file."""

    def __init__(self, env: Mapping[str, str], log_path: Path) -> None:
        self.env = {**os.environ, **env}
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    def start(self) -> WorkerProcess:
        """Start the worker; returns at once (it becomes ready a few seconds later)."""
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "radar", "worker"],
            env=self.env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            cwd=ROOT,
            start_new_session=True,
        )
        return self

    @property
    def alive(self) -> bool:
        """True while the process runs."""
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout: float = 30.0) -> int | None:
        """SIGTERM, then SIGKILL after `timeout`; return the exit code."""
        if self.process is None:
            return None
        if self.alive:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.kill()
        self._close_log()
        return self.process.returncode

    def kill(self) -> None:
        """SIGKILL the worker (a crash, for recovery tests)."""
        if self.process is not None and self.alive:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)
        self._close_log()

    def _close_log(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None

    def log_text(self) -> str:
        """What the worker wrote so far."""
        return self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""
