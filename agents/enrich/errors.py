"""Errors of the enrichment package."""

from __future__ import annotations

__all__ = ["MergeError"]


class MergeError(ValueError):
    """Two incidents cannot be merged (they are not the same event); carries both ids."""

    def __init__(self, existing_id: str, new_id: str, reason: str) -> None:
        super().__init__(f"{existing_id} + {new_id}: {reason}")
        self.existing_id = existing_id
        self.new_id = new_id
        self.reason = reason
