"""structlog set-up: JSON lines off a terminal, readable console on one; stdlib logs routed through it."""

from __future__ import annotations

import logging
import sys
from collections.abc import MutableMapping
from typing import Any, Literal

import structlog

__all__ = ["configure_logging", "redact", "register_secret"]

_secrets: set[str] = set()


def register_secret(value: str) -> None:
    """Remember a secret value so that no log line ever shows it."""
    if len(value) >= 4:
        _secrets.add(value)


def _scrub(text: str) -> str:
    for secret in _secrets:
        if secret in text:
            text = text.replace(secret, "[REDACTED]")
    return text


def redact(_: Any, __: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """structlog processor: masks registered secrets in every string value."""
    if not _secrets:
        return event
    for key, value in event.items():
        if isinstance(value, str):
            event[key] = _scrub(value)
        elif not isinstance(value, int | float | bool) and value is not None:
            event[key] = _scrub(str(value))
    return event


def configure_logging(
    level: str = "info", fmt: Literal["auto", "json", "console"] = "auto", stream: Any = None
) -> None:
    """Configure structlog and the stdlib root logger (faust, aiokafka, kafka-python) alike."""
    out = stream or sys.stderr
    as_json = fmt == "json" or (fmt == "auto" and not out.isatty())
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        structlog.processors.format_exc_info,
        redact,
    ]
    renderer: Any = (
        structlog.processors.JSONRenderer() if as_json else structlog.dev.ConsoleRenderer(colors=out.isatty())
    )
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    handler = logging.StreamHandler(out)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=shared,
            processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
        )
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for noisy in ("aiokafka", "kafka", "faust.transport", "mode"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
