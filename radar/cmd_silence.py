"""`radar silence add|list|expire`: silences on the compacted `silences` topic, keyed by id."""

from __future__ import annotations

import datetime as dt
import getpass
import uuid
from collections.abc import Iterable
from typing import Annotated

import typer

from agents.rules.duration import parse_duration
from alerts.silence import Silence, SilenceError, parse_matcher
from streams.settings import Settings, get_settings
from streams.topics import TopicNames, TopicSpec

__all__ = ["publish_silence", "read_silences", "silence_app"]

silence_app = typer.Typer(
    name="silence", help="Mute alerts whose labels match, for a while.", no_args_is_help=True
)

_POLL_MS = 500


def _topic(settings: Settings) -> str:
    return TopicNames(settings.topic_prefix).silences


def publish_silence(settings: Settings, silence: Silence) -> None:
    """Write one silence to the compacted topic (key: its id, created if missing) and wait for the broker."""
    from streams.kafka import ensure_topics, producer

    ensure_topics(settings, [TopicSpec(_topic(settings), 1, {"cleanup.policy": "compact"})])
    client = producer(settings)
    try:
        client.send(_topic(settings), key=silence.id.encode(), value=silence.model_dump_json().encode())
        client.flush()
    finally:
        client.close()


def read_silences(settings: Settings, *, timeout_s: float = 10.0) -> dict[str, Silence]:
    """Every silence on the topic (latest value per id; deleted ids dropped), read from start to end."""
    from kafka import TopicPartition

    from streams.kafka import consumer

    topic = _topic(settings)
    client = consumer(settings, group_id=None, enable_auto_commit=False, auto_offset_reset="earliest")
    try:
        parts = [TopicPartition(topic, p) for p in sorted(client.partitions_for_topic(topic) or ())]
        if not parts:
            return {}
        client.assign(parts)
        client.seek_to_beginning(*parts)
        ends = client.end_offsets(parts)
        found: dict[str, Silence] = {}
        deadline = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=timeout_s)
        while any(client.position(p) < ends[p] for p in parts) and dt.datetime.now(dt.UTC) < deadline:
            for records in client.poll(timeout_ms=_POLL_MS).values():
                for record in records:
                    key = (record.key or b"").decode()
                    if not record.value:
                        found.pop(key, None)
                        continue
                    try:
                        silence = Silence.model_validate_json(record.value)
                    except ValueError:
                        continue
                    found[silence.id] = silence
        return found
    finally:
        client.close()


def _show(silences: Iterable[Silence], now: dt.datetime) -> None:
    for s in sorted(silences, key=lambda s: (s.ends_at, s.id)):
        state = "active" if s.active(now) else ("expired" if s.expired(now) else "pending")
        matchers = " ".join(str(m) for m in s.matchers)
        typer.echo(
            f"{s.id}  {state:<7}  until {s.ends_at.isoformat(timespec='minutes')}  {matchers}"
            f"  by {s.created_by or '?'}: {s.comment}"
        )


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@silence_app.command("add")
def add(
    match: Annotated[list[str], typer.Option("--match", help="name=value or name=~regex; repeat for more.")],
    duration: Annotated[str, typer.Option(help="How long, e.g. 30m, 2h, 1d.")] = "2h",
    comment: Annotated[str, typer.Option(help="Why.")] = "",
    created_by: Annotated[str | None, typer.Option(help="Who; default the login name.")] = None,
) -> None:
    """Add a silence starting now; prints its id."""
    now = dt.datetime.now(dt.UTC)
    try:
        matchers = [parse_matcher(m) for m in match]
        length = parse_duration(duration)
    except (SilenceError, ValueError) as exc:
        raise typer.BadParameter(str(exc)) from None
    silence = Silence(
        id=uuid.uuid4().hex[:12],
        matchers=matchers,
        starts_at=now,
        ends_at=now + length,
        comment=comment,
        created_by=created_by or _login(),
    )
    publish_silence(get_settings(), silence)
    typer.echo(silence.id)


@silence_app.command("list")
def list_(
    show_all: Annotated[bool, typer.Option("--all", help="Include expired silences.")] = False,
) -> None:
    """List the silences in force (or all of them)."""
    now = dt.datetime.now(dt.UTC)
    silences = [s for s in read_silences(get_settings()).values() if show_all or not s.expired(now)]
    if not silences:
        typer.echo("no silences")
        return
    _show(silences, now)


@silence_app.command("expire")
def expire(silence_id: Annotated[str, typer.Argument(help="The silence's id.")]) -> None:
    """End a silence now."""
    settings = get_settings()
    now = dt.datetime.now(dt.UTC)
    silence = read_silences(settings).get(silence_id)
    if silence is None:
        typer.echo(f"no silence {silence_id!r}", err=True)
        raise typer.Exit(code=1)
    if silence.expired(now):
        typer.echo(f"{silence_id} had already expired")
        return
    ended = silence.model_copy(update={"ends_at": max(now, silence.starts_at)})
    publish_silence(settings, ended)
    typer.echo(f"{silence_id} expired")
