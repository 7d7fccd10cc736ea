"""Silences: label matchers with a start and an end; an alert they match is not published.

After Prometheus Alertmanager. A matcher compares one label: equal to the value (or, for list labels such as
`admin1="AF-KDZ,AF-BGL"`, equal to one of its comma-separated items), or, with `regex`, a full match of the
value or of one item. A silence matches when every matcher does and `starts_at <= now < ends_at`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping

from pydantic import Field, model_validator

from streams.records import AwareDatetime, Record

__all__ = [
    "Matcher",
    "Silence",
    "SilenceError",
    "active_silences",
    "first_match",
    "label_matches",
    "parse_matcher",
]


class SilenceError(ValueError):
    """A silence or matcher that cannot be used; `field` names what is wrong."""

    def __init__(self, field: str, detail: str) -> None:
        self.field = field
        self.detail = detail
        super().__init__(f"{field}: {detail}")


def label_matches(labels: Mapping[str, str], name: str, value: str, *, regex: bool = False) -> bool:
    """True when the label equals (or fully matches) the value, or one of its comma-separated items does.

    A missing label reads as "" (so `name=""` matches alerts without it), as in Alertmanager.
    """
    found = labels.get(name, "")
    candidates = [found, *found.split(",")] if "," in found else [found]
    if regex:
        pattern = re.compile(value)
        return any(pattern.fullmatch(item) for item in candidates)
    return value in candidates


class Matcher(Record):
    """One label condition."""

    name: str = Field(min_length=1, pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    value: str
    regex: bool = False

    @model_validator(mode="after")
    def _compiles(self) -> Matcher:
        if self.regex:
            try:
                re.compile(self.value)
            except re.error as exc:
                raise ValueError(f"bad regex {self.value!r}: {exc}") from None
        return self

    def matches(self, labels: Mapping[str, str]) -> bool:
        """True when the labels satisfy this condition."""
        return label_matches(labels, self.name, self.value, regex=self.regex)

    def __str__(self) -> str:
        return f"{self.name}{'=~' if self.regex else '='}{self.value}"


def parse_matcher(text: str) -> Matcher:
    """`name=value` or `name=~regex` as a Matcher."""
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise SilenceError("match", f"expected name=value or name=~regex, got {text!r}")
    regex = value.startswith("~")
    try:
        return Matcher(name=name.strip(), value=value[1:] if regex else value, regex=regex)
    except ValueError as exc:
        raise SilenceError("match", str(exc)) from None


class Silence(Record):
    """Mutes the alerts whose labels match, between `starts_at` and `ends_at`."""

    id: str = Field(min_length=1)
    matchers: list[Matcher] = Field(min_length=1)
    starts_at: AwareDatetime
    ends_at: AwareDatetime
    comment: str = ""
    created_by: str = ""

    @model_validator(mode="after")
    def _ordered(self) -> Silence:
        if self.ends_at < self.starts_at:
            raise ValueError("ends_at is before starts_at")
        return self

    def active(self, now: dt.datetime) -> bool:
        """True between start (inclusive) and end (exclusive)."""
        return self.starts_at <= now < self.ends_at

    def expired(self, now: dt.datetime) -> bool:
        """True once the end has passed."""
        return now >= self.ends_at

    def matches(self, labels: Mapping[str, str], now: dt.datetime) -> bool:
        """True when active at `now` and every matcher holds."""
        return self.active(now) and all(m.matches(labels) for m in self.matchers)


def active_silences(silences: Iterable[Silence], now: dt.datetime) -> list[Silence]:
    """The silences in force at `now`."""
    return [s for s in silences if s.active(now)]


def first_match(silences: Iterable[Silence], labels: Mapping[str, str], now: dt.datetime) -> Silence | None:
    """The first silence (by id) that matches the labels at `now`."""
    for silence in sorted(silences, key=lambda s: s.id):
        if silence.matches(labels, now):
            return silence
    return None
