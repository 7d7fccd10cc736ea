"""A threaded HTTP server on 127.0.0.1 with scripted faults, shared by the fake receivers."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["FaultPlan", "LoopbackServer", "Reply", "always", "first_requests", "json_reply", "per_key"]

# A fault name, or None to answer normally: "500", "503", "429", "429:<seconds>", "timeout", "drop".
FaultPlan = Callable[[str, int, int], str | None]
Reply = tuple[int, dict[str, str], bytes]


def per_key(faults: list[str]) -> FaultPlan:
    """The first len(faults) attempts of every key fail, in that order; later ones succeed."""
    return lambda _key, attempt, _n: faults[attempt - 1] if attempt <= len(faults) else None


def first_requests(count: int, fault: str) -> FaultPlan:
    """The first `count` requests overall fail with `fault`."""
    return lambda _key, _attempt, n: fault if n <= count else None


def always(fault: str) -> FaultPlan:
    """Every request fails with `fault` (a receiver that is down)."""
    return lambda _key, _attempt, _n: fault


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        owner = self.server.owner
        fault = owner._fault_for(self.path, dict(self.headers.items()), body)
        if fault == "drop":
            self.close_connection = True
            return
        if fault == "timeout":
            time.sleep(owner.stall)
            self.close_connection = True
            return
        if fault is not None:
            code, _, wait = fault.partition(":")
            self._reply(int(code), {"Retry-After": wait} if wait else {}, b'{"error":"injected"}')
            return
        status, headers, payload = owner.handle(self.path, dict(self.headers.items()), body)
        if owner.hold:
            time.sleep(owner.hold)
        self._reply(status, headers, payload)
        owner._answered(self.path, dict(self.headers.items()), body, status)

    def _reply(self, status: int, headers: dict[str, str], payload: bytes) -> None:
        try:
            self.send_response(status)
            headers = {"Content-Type": "application/json", **headers}
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except OSError:
            self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: LoopbackServer


class LoopbackServer:
    """Base of the fakes: serves on 127.0.0.1 in a thread; subclasses implement `handle` and `key_of`."""

    def __init__(self, faults: FaultPlan | None = None, *, stall: float = 3.0, hold: float = 0.0) -> None:
        self.faults = faults
        self.stall = stall
        self.hold = hold
        self.lock = threading.Lock()
        self.requests = 0
        self.attempts: dict[str, int] = {}
        self.faults_injected = 0
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    @property
    def port(self) -> int:
        """The port it listens on."""
        return int(self._server.server_address[1])

    @property
    def base(self) -> str:
        """http://127.0.0.1:<port>"""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> LoopbackServer:
        """Serve in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving."""
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def key_of(self, path: str, headers: dict[str, str], body: bytes) -> str:
        """What faults are scripted per (an idempotency key, an alert id …)."""
        return path

    def handle(self, path: str, headers: dict[str, str], body: bytes) -> Reply:
        """Answer a request that no fault took."""
        raise NotImplementedError

    def answered(self, path: str, headers: dict[str, str], body: bytes, status: int) -> None:
        """Called after a reply was written."""

    def _answered(self, path: str, headers: dict[str, str], body: bytes, status: int) -> None:
        self.answered(path, headers, body, status)

    def _fault_for(self, path: str, headers: dict[str, str], body: bytes) -> str | None:
        key = self.key_of(path, headers, body)
        with self.lock:
            self.requests += 1
            self.attempts[key] = self.attempts.get(key, 0) + 1
            fault = self.faults(key, self.attempts[key], self.requests) if self.faults else None
            if fault is not None:
                self.faults_injected += 1
            return fault


def json_reply(status: int, document: object, headers: dict[str, str] | None = None) -> Reply:
    """A JSON reply."""
    return status, dict(headers or {}), json.dumps(document).encode()
