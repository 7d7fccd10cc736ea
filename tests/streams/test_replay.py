"""Replay reads seeds with manifest dates, datelines, JSON lines, and passes malformed lines through."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from streams.replay import load_articles, load_messages, text_article

NOW = dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.UTC)


def test_seeds_take_their_manifest_dates(seeds_dir: Path) -> None:
    manifest = json.loads((seeds_dir / "manifest.json").read_text())
    expected = {Path(e["file"]).stem: e["published"] for e in manifest["articles"]}
    articles = load_articles([seeds_dir], now=NOW)
    assert {a.id: a.published_at.date().isoformat() for a in articles if a.published_at} == expected


def test_dateline_dates_a_text_without_manifest(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(" date 2017-07-20 KABUL, July 20 — Fighting went on.")
    (tmp_path / "b.txt").write_text("No date anywhere in this one.")
    articles = {a.id: a for a in load_articles([tmp_path], now=NOW)}
    assert articles["a"].published_at == dt.datetime(2017, 7, 20, tzinfo=dt.UTC)
    assert articles["b"].published_at == NOW


def test_jsonl_lines_valid_and_malformed(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(
        b'{"id": "x1", "text": "A bomb exploded.", "published_at": "2020-03-01"}\n'
        b"not json at all\n"
        b"\n"
        b'{"text": "No id and no date."}\n'
    )
    messages = load_messages([path], now=NOW)
    assert [m.key for m in messages] == [b"x1", b"feed:2", b"feed:4"]
    assert messages[1].article is None and messages[1].value == b"not json at all"
    assert messages[2].article is not None and messages[2].article.published_at == NOW


def test_text_article_prefers_explicit_date() -> None:
    article = text_article("date 2017-07-20 KABUL —", id="k", published="2017-07-21")
    assert article.published_at == dt.datetime(2017, 7, 21, tzinfo=dt.UTC)
