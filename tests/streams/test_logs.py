"""Registered secrets never reach a log line."""

from __future__ import annotations

import io
import json

import structlog

from streams.logs import configure_logging, register_secret


def test_registered_secret_is_redacted_in_json_lines() -> None:
    out = io.StringIO()
    configure_logging("info", "json", stream=out)
    register_secret("https://hooks.example.invalid/T000/very-secret-path")
    structlog.get_logger("t").info(
        "delivery_failed", url="https://hooks.example.invalid/T000/very-secret-path"
    )
    line = json.loads(out.getvalue().strip().splitlines()[-1])
    assert "very-secret-path" not in out.getvalue()
    assert line["url"] == "[REDACTED]"
    assert line["event"] == "delivery_failed"
