"""Replay source: reads article files and publishes them to the `articles` topic."""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kafka import KafkaProducer

from streams.records import Article

__all__ = ["DEFAULT_SEEDS", "Message", "load_articles", "load_messages", "publish", "text_article"]

DEFAULT_SEEDS = Path("seeds")
MANIFEST = "manifest.json"
_DATELINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b")


@dataclass(frozen=True, slots=True)
class Message:
    """One message to publish: key and value bytes; `article` when the value is a valid article."""

    key: bytes
    value: bytes
    article: Article | None


def _manifest(folder: Path) -> dict[str, dict[str, object]]:
    """manifest.json entries of a folder, by file name."""
    path = folder / MANIFEST
    if not path.is_file():
        return {}
    entries = json.loads(path.read_text(encoding="utf-8")).get("articles", [])
    return {str(entry["file"]): entry for entry in entries}


def _expand(paths: Iterable[Path]) -> list[Path]:
    """Files under the given paths, sorted within each folder; manifests are not articles."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(p for p in sorted(path.iterdir()) if p.suffix in (".txt", ".jsonl") and p.is_file())
        elif path.is_file():
            files.append(path)
        else:
            raise FileNotFoundError(path)
    return files


def text_article(
    text: str, *, id: str, published: object = None, source: str | None = None, now: dt.datetime | None = None
) -> Article:
    """A plain-text article dated by `published`, else a leading `date YYYY-MM-DD` line, else `now`."""
    if not published:
        match = _DATELINE.match(text)
        published = match.group(1) if match else now
    return Article(id=id, text=text, source=source, published_at=published)


def _text_article(path: Path, now: dt.datetime) -> Article:
    """A .txt file as an article dated by its manifest entry, a leading dateline, or now."""
    entry = _manifest(path.parent).get(path.name, {})
    outlet = entry.get("outlet")
    return text_article(
        path.read_text(encoding="utf-8"),
        id=path.stem,
        published=entry.get("published"),
        source=str(outlet) if outlet else None,
        now=now,
    )


def _jsonl_messages(path: Path, now: dt.datetime) -> Iterator[Message]:
    """Lines of a .jsonl file; valid articles get a date if they lack one, other lines go out verbatim."""
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            raw = line.rstrip(b"\r\n")
            if not raw.strip():
                continue
            try:
                data = json.loads(raw)
                if not isinstance(data, dict):
                    raise ValueError("not an object")
                data.setdefault("id", f"{path.stem}:{number}")
                data.setdefault("published_at", now.isoformat())
                article = Article.model_validate(data)
            except ValueError:
                yield Message(f"{path.stem}:{number}".encode(), raw, None)
                continue
            yield Message(
                article.id.encode(), article.model_dump_json(exclude_defaults=True).encode(), article
            )


def load_messages(paths: Iterable[Path], *, now: dt.datetime | None = None) -> list[Message]:
    """Every message the given files hold, in order."""
    when = now or dt.datetime.now(dt.UTC)
    messages: list[Message] = []
    for path in _expand(paths):
        if path.suffix == ".jsonl":
            messages.extend(_jsonl_messages(path, when))
        else:
            article = _text_article(path, when)
            messages.append(Message(article.id.encode(), article.model_dump_json().encode(), article))
    return messages


def load_articles(paths: Iterable[Path], *, now: dt.datetime | None = None) -> list[Article]:
    """The valid articles the given files hold (for in-process runs such as `radar scan`)."""
    return [m.article for m in load_messages(paths, now=now) if m.article is not None]


def _with_suffix(message: Message, suffix: str) -> Message:
    """The same article under a varied id, for loops and benchmarks."""
    if message.article is None:
        return Message(message.key + suffix.encode(), message.value, None)
    article = message.article.model_copy(update={"id": message.article.id + suffix})
    return Message(article.id.encode(), article.model_dump_json().encode(), article)


def publish(
    producer: KafkaProducer,
    topic: str,
    messages: list[Message],
    *,
    rate: float | None = None,
    loops: int | None = 1,
    on_sent: Callable[[Message], None] | None = None,
    headers: Callable[[Message], list[tuple[str, bytes]]] | None = None,
) -> int:
    """Publish messages (at `rate` per second or at once), `loops` times or forever; return the count."""
    sent = 0
    loop = 0
    interval = 1.0 / rate if rate else 0.0
    next_at = time.monotonic()
    while loops is None or loop < loops:
        for message in messages:
            out = message if loop == 0 else _with_suffix(message, f"~{loop}")
            if interval:
                delay = next_at - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                next_at = max(next_at + interval, time.monotonic() - interval)
            producer.send(topic, key=out.key, value=out.value, headers=headers(out) if headers else None)
            sent += 1
            if on_sent is not None:
                on_sent(out)
        loop += 1
    producer.flush()
    return sent
