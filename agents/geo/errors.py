"""Errors of the gazetteer package."""

from __future__ import annotations

__all__ = ["GazetteerError"]


class GazetteerError(ValueError):
    """Authored gazetteer data is inconsistent (unknown code, bad line...)."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name!r}: {reason}")
        self.name = name
        self.reason = reason
