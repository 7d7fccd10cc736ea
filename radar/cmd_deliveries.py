"""`radar deliveries list|retry`: the delivery dead letters, and re-driving them."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

__all__ = ["deliveries_app"]

deliveries_app = typer.Typer(name="deliveries", help="Deliveries that failed for good.", no_args_is_help=True)

Destination = Annotated[str | None, typer.Option("--destination", "-d", help="Only this destination.")]


@deliveries_app.callback()
def _group() -> None:
    """Deliveries that failed for good."""


@deliveries_app.command("list")
def list_dead(
    destination: Destination = None,
    as_json: Annotated[bool, typer.Option("--json", help="One dead letter JSON per line.")] = False,
) -> None:
    """Dead letters not yet delivered by a re-drive."""
    from alerts.notify.deadletters import outstanding, read_dead_letters
    from streams.settings import get_settings

    letters = outstanding(read_dead_letters(get_settings()), destination)
    for letter in letters:
        if as_json:
            typer.echo(letter.model_dump_json())
        else:
            typer.echo(
                f"{letter.at:%Y-%m-%d %H:%M:%S} {letter.destination} {letter.key} "
                f"attempts={letter.attempts} reason={letter.reason} · {letter.alert.title}"
            )
    if not as_json:
        typer.echo(f"{len(letters)} dead letter(s)")


@deliveries_app.command("retry")
def retry(
    destination: Destination = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Only say what would be re-driven.")] = False,
) -> None:
    """Re-drive outstanding dead letters; the worker's notification log keeps it free of duplicates."""
    from alerts.notify.deadletters import outstanding, read_dead_letters, redrive
    from streams.settings import get_settings

    settings = get_settings()
    letters = outstanding(read_dead_letters(settings), destination)
    if dry_run:
        for letter in letters:
            typer.echo(f"would re-drive {letter.key} ({letter.reason})")
        return
    count = redrive(settings, letters, dt.datetime.now(dt.UTC))
    typer.echo(f"re-driven {count} delivery(ies)")


if __name__ == "__main__":
    deliveries_app()
