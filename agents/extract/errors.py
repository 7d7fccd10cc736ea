"""Errors of the extraction package."""

from __future__ import annotations

__all__ = ["ExtractError"]


class ExtractError(ValueError):
    """An article could not be read into incidents; carries the article id and the reason."""

    def __init__(self, article_id: str, reason: str) -> None:
        super().__init__(f"{article_id}: {reason}")
        self.article_id = article_id
        self.reason = reason
