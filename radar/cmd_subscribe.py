"""`radar subscribe`: print alerts from the alert topics as they arrive."""

from __future__ import annotations

from typing import Annotated

import typer

from alerts.model import Severity
from streams.settings import get_settings

__all__ = ["subscribe"]


def subscribe(
    rule: Annotated[
        list[str] | None, typer.Option("--rule", help="Only this rule's topic; repeatable.")
    ] = None,
    min_severity: Annotated[Severity, typer.Option(help="info, warning or critical.")] = "info",
    from_beginning: Annotated[
        bool, typer.Option("--from-beginning", help="Start at the oldest alert.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One alert JSON per line.")] = False,
    limit: Annotated[int | None, typer.Option(help="Stop after this many alerts.")] = None,
    idle_timeout: Annotated[float | None, typer.Option(help="Stop after this many quiet seconds.")] = None,
) -> None:
    """Tail `alerts` (or `alerts.<rule>` with --rule) as a plain Kafka consumer, without a consumer group."""
    from alerts.subscribe import tail

    tail(
        get_settings(),
        rules=list(rule or []),
        min_severity=min_severity,
        from_beginning=from_beginning,
        as_json=as_json,
        out=typer.echo,
        limit=limit,
        idle_timeout=idle_timeout,
    )


if __name__ == "__main__":
    typer.run(subscribe)
