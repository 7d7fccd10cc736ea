"""Durations in rule files: `90s`, `30m`, `3h`, `2d`, `1w`, or an ISO 8601 duration / seconds."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import BeforeValidator, PlainSerializer, TypeAdapter

__all__ = ["Duration", "format_duration", "parse_duration"]

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_SHORT = re.compile(r"^\s*(\d+)\s*([smhdw])\s*$")
_DELTA: TypeAdapter[dt.timedelta] = TypeAdapter(dt.timedelta)


def parse_duration(value: Any) -> dt.timedelta:
    """A timedelta from `3h`-style text, ISO 8601, seconds or a timedelta; positive only."""
    if isinstance(value, str):
        match = _SHORT.match(value)
        if match:
            value = dt.timedelta(seconds=int(match.group(1)) * _UNITS[match.group(2)])
    elif isinstance(value, bool):
        raise ValueError("a duration such as 3h, 2d or 90s")
    try:
        delta = _DELTA.validate_python(value)
    except ValueError:
        raise ValueError("a duration such as 3h, 2d or 90s") from None
    if delta <= dt.timedelta(0):
        raise ValueError("a duration must be positive")
    return delta


def format_duration(delta: dt.timedelta) -> str:
    """The shortest `3h`-style text for a timedelta."""
    seconds = int(delta.total_seconds())
    for unit in ("w", "d", "h", "m"):
        if seconds % _UNITS[unit] == 0:
            return f"{seconds // _UNITS[unit]}{unit}"
    return f"{seconds}s"


Duration = Annotated[
    dt.timedelta,
    BeforeValidator(parse_duration),
    PlainSerializer(format_duration, return_type=str),
]
