"""Reading raw `articles` messages: an Article, or a rejection with a reason."""

from __future__ import annotations

import datetime as dt
import json

from pydantic import ValidationError

from streams.exceptions import ArticleRejected
from streams.records import Article

__all__ = ["REASONS", "parse_article", "rejection_headers"]

#: Every reason code a rejection can carry, with what it means.
REASONS: dict[str, str] = {
    "too_large": "the message is larger than max_article_bytes",
    "not_utf8": "the bytes are not valid UTF-8",
    "not_json": "the text is not JSON",
    "not_object": "the JSON is not an object",
    "invalid": "the object does not match the article schema (e.g. no 'text')",
    "empty_text": "'text' is empty or blank",
}


def parse_article(raw: bytes | None, *, max_bytes: int) -> Article:
    """Validate one message value as an Article, or raise ArticleRejected."""
    if raw is None or not raw:
        raise ArticleRejected("not_json", "empty message")
    if len(raw) > max_bytes:
        raise ArticleRejected("too_large", f"{len(raw)} bytes > {max_bytes}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleRejected("not_utf8", f"invalid byte at position {exc.start}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ArticleRejected("not_json", f"{exc.msg} at line {exc.lineno} column {exc.colno}") from None
    if not isinstance(data, dict):
        raise ArticleRejected("not_object", f"got a JSON {type(data).__name__}")
    text_value = data.get("text")
    if isinstance(text_value, str) and not text_value.strip():
        raise ArticleRejected("empty_text", "'text' is blank")
    try:
        return Article.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '<root>'}: {err['msg']}" for err in exc.errors()
        )
        raise ArticleRejected("invalid", problems) from None


def rejection_headers(
    error: ArticleRejected, *, topic: str, partition: int, offset: int, at: dt.datetime
) -> list[tuple[str, bytes]]:
    """Kafka headers that explain a rejection; the message value stays the original bytes."""
    return [
        ("radar.reason", error.reason.encode()),
        ("radar.detail", error.detail[:1000].encode()),
        ("radar.source", f"{topic}/{partition}/{offset}".encode()),
        ("radar.rejected_at", at.isoformat().encode()),
    ]
