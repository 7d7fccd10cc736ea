"""parse_article: an Article, or a rejection whose reason says what was wrong."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from streams.exceptions import ArticleRejected
from streams.intake import REASONS, parse_article, rejection_headers

LIMIT = 1_000_000


def reason_of(raw: bytes) -> str:
    with pytest.raises(ArticleRejected) as caught:
        parse_article(raw, max_bytes=LIMIT)
    assert caught.value.reason in REASONS
    return caught.value.reason


def test_valid_article_with_optional_fields() -> None:
    raw = json.dumps(
        {"id": "a1", "text": "Gunmen attacked a checkpoint.", "published_at": "2019-01-12", "language": "en"}
    ).encode()
    article = parse_article(raw, max_bytes=LIMIT)
    assert article.id == "a1"
    assert article.published_at == dt.datetime(2019, 1, 12, tzinfo=dt.UTC)
    assert article.language == "en"


def test_missing_id_gets_a_stable_hash() -> None:
    raw = json.dumps({"text": "Two rockets hit the airport."}).encode()
    first, second = parse_article(raw, max_bytes=LIMIT), parse_article(raw, max_bytes=LIMIT)
    assert first.id.startswith("sha1:")
    assert first.id == second.id


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"this is not json", "not_json"),
        (b"", "not_json"),
        (json.dumps({"title": "no text here"}).encode(), "invalid"),
        (json.dumps({"text": "   \n "}).encode(), "empty_text"),
        (json.dumps({"text": 42}).encode(), "invalid"),
        (b'{"text": "caf\xe9"}', "not_utf8"),
        (json.dumps([{"text": "an array of articles"}]).encode(), "not_object"),
        (json.dumps({"text": "ok", "published_at": "yesterday-ish"}).encode(), "invalid"),
    ],
)
def test_rejections(raw: bytes, reason: str) -> None:
    assert reason_of(raw) == reason


def test_too_large_is_rejected_before_decoding() -> None:
    raw = json.dumps({"text": "x" * 2_000}).encode()
    with pytest.raises(ArticleRejected) as caught:
        parse_article(raw, max_bytes=1_000)
    assert caught.value.reason == "too_large"
    assert str(len(raw)) in caught.value.detail


def test_invalid_detail_names_the_field() -> None:
    with pytest.raises(ArticleRejected) as caught:
        parse_article(json.dumps({"title": "x"}).encode(), max_bytes=LIMIT)
    assert "text" in caught.value.detail


def test_rejection_headers_carry_reason_and_source() -> None:
    error = ArticleRejected("not_json", "Expecting value at line 1 column 1")
    headers = dict(
        rejection_headers(
            error, topic="articles", partition=2, offset=17, at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        )
    )
    assert headers["radar.reason"] == b"not_json"
    assert headers["radar.source"] == b"articles/2/17"
    assert headers["radar.detail"].startswith(b"Expecting value")
