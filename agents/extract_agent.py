"""Agent: articles -> extracted incidents; unreadable articles -> articles.rejected."""

from __future__ import annotations

import datetime as dt
from typing import Any

import structlog

from agents.enrich.merge import merge_key
from agents.extract import extract
from streams.app import app, channels, settings
from streams.exceptions import ArticleRejected
from streams.intake import parse_article, rejection_headers
from streams.records import Article

log = structlog.get_logger(__name__)


def _reference_time(article: Article, timestamp: float | None) -> Article:
    """An article without a publication time takes its Kafka timestamp (the time it was published to us)."""
    if article.published_at is not None or not timestamp:
        return article
    return article.model_copy(update={"published_at": dt.datetime.fromtimestamp(timestamp, dt.UTC)})


async def _reject(event: Any, error: ArticleRejected) -> None:
    """Send the original bytes to articles.rejected with the reason in headers."""
    message = event.message
    headers = rejection_headers(
        error,
        topic=message.topic,
        partition=message.partition,
        offset=message.offset,
        at=dt.datetime.now(dt.UTC),
    )
    await channels.articles_rejected.send(key=event.key, value=event.value or b"", headers=headers)
    log.warning("article_rejected", reason=error.reason, detail=error.detail[:200], offset=message.offset)


@app.agent(channels.articles, name="extract")
async def extract_articles(stream: Any) -> None:
    """Parse, extract and forward; never dies on input."""
    async for event in stream.events():
        try:
            article = _reference_time(
                parse_article(event.value, max_bytes=settings.max_article_bytes), event.message.timestamp
            )
        except ArticleRejected as error:
            await _reject(event, error)
            continue
        try:
            incidents = extract(article)
        except Exception as exc:
            log.exception("extraction_failed", article_id=article.id)
            await _reject(event, ArticleRejected("extraction_failed", f"{type(exc).__name__}: {exc}"))
            continue
        for incident in incidents:
            await channels.incidents_extracted.send(key=merge_key(incident), value=incident)
        log.debug("article_extracted", article_id=article.id, incidents=len(incidents))
