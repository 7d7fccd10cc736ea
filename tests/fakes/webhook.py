"""A webhook receiver as a careful customer would write it: verifies signatures, deduplicates by key."""

from __future__ import annotations

import json
import secrets
import time
from typing import Any

from alerts.exceptions import SignatureError
from alerts.notify.signing import IDEMPOTENCY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, verify
from tests.fakes.loopback import FaultPlan, LoopbackServer, Reply, json_reply

__all__ = ["WebhookReceiver"]


def _header(headers: dict[str, str], name: str) -> str | None:
    wanted = name.lower()
    return next((v for k, v in headers.items() if k.lower() == wanted), None)


class WebhookReceiver(LoopbackServer):
    """Counts, per Idempotency-Key, what it applied (first valid request) and what it saw again (replays)."""

    def __init__(self, signing_key: str, faults: FaultPlan | None = None, **options: Any) -> None:
        super().__init__(faults, **options)
        self.signing_key = signing_key
        self.path = f"/hooks/{secrets.token_hex(12)}"
        self.applied: dict[str, int] = {}
        self.replays: dict[str, int] = {}
        self.payloads: dict[str, dict[str, Any]] = {}
        self.bad_signatures = 0
        self.answered_at: dict[str, float] = {}
        self.received_at: dict[str, float] = {}
        self.in_flight: set[str] = set()

    @property
    def url(self) -> str:
        """The secret URL to deliver to."""
        return self.base + self.path

    def key_of(self, path: str, headers: dict[str, str], body: bytes) -> str:
        return _header(headers, IDEMPOTENCY_HEADER) or "(none)"

    def handle(self, path: str, headers: dict[str, str], body: bytes) -> Reply:
        if path != self.path:
            return json_reply(404, {"error": "no such hook"})
        try:
            verify(
                self.signing_key.encode(),
                body,
                timestamp=_header(headers, TIMESTAMP_HEADER),
                signature=_header(headers, SIGNATURE_HEADER),
                now=time.time(),
            )
        except SignatureError as exc:
            with self.lock:
                self.bad_signatures += 1
            return json_reply(401, {"error": exc.reason})
        key = _header(headers, IDEMPOTENCY_HEADER)
        if not key:
            return json_reply(400, {"error": "no idempotency key"})
        payload = json.loads(body)
        with self.lock:
            if key in self.applied:
                self.replays[key] = self.replays.get(key, 0) + 1
                return json_reply(200, {"status": "duplicate"})
            self.applied[key] = 1
            self.received_at[key] = time.monotonic()
            self.payloads[key] = payload
            self.in_flight.add(key)
        return json_reply(200, {"status": "accepted"})

    def answered(self, path: str, headers: dict[str, str], body: bytes, status: int) -> None:
        key = _header(headers, IDEMPOTENCY_HEADER)
        if key is None:
            return
        with self.lock:
            self.in_flight.discard(key)
            self.answered_at.setdefault(key, time.monotonic())

    def snapshot(self) -> tuple[set[str], dict[str, float]]:
        """Keys applied but not yet answered, and when each key was first answered."""
        with self.lock:
            return set(self.in_flight), dict(self.answered_at)
