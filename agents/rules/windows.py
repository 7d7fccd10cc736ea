"""Tumbling event-time windows: aligned buckets of a fixed length, counted from Monday 1970-01-05 UTC."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["EPOCH", "Window", "window_of", "windows_for"]

EPOCH = dt.datetime(1970, 1, 5, tzinfo=dt.UTC)


@dataclass(frozen=True, slots=True, order=True)
class Window:
    """One bucket: [start, end) in event time."""

    start: dt.datetime
    end: dt.datetime

    @property
    def first_day(self) -> dt.date:
        """The first event day inside the window."""
        return self.start.date()

    @property
    def last_day(self) -> dt.date:
        """The last event day inside the window."""
        return (self.end - dt.timedelta(microseconds=1)).date()

    def index(self, length: dt.timedelta) -> int:
        """The bucket number of this window for a window length."""
        return (self.start - EPOCH) // length


def window_of(moment: dt.datetime, length: dt.timedelta) -> Window:
    """The bucket holding one moment."""
    number = (moment - EPOCH) // length
    start = EPOCH + number * length
    return Window(start, start + length)


def windows_for(days: Iterable[dt.date], length: dt.timedelta) -> list[Window]:
    """The distinct buckets holding the event days (each day taken at 00:00 UTC, its only known time)."""
    found = {window_of(dt.datetime(d.year, d.month, d.day, tzinfo=dt.UTC), length) for d in days}
    return sorted(found)
