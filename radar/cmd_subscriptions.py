"""`radar subscriptions check FILE`: validate a subscriptions file and say which secrets are missing."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from alerts.exceptions import SubscriptionError
from alerts.subscriptions import load_secrets, load_subscriptions

__all__ = ["subscriptions_app"]

subscriptions_app = typer.Typer(
    name="subscriptions", help="Who gets which alerts, where.", no_args_is_help=True
)


@subscriptions_app.callback()
def _group() -> None:
    """Who gets which alerts, where."""


@subscriptions_app.command("check")
def check(
    path: Annotated[Path, typer.Argument(help="The subscriptions YAML file.")],
    secrets: Annotated[
        bool, typer.Option("--secrets/--no-secrets", help="Also check that every named secret is set.")
    ] = True,
    secrets_file: Annotated[
        Path | None, typer.Option(help="Secrets YAML (default: settings.secrets_file).")
    ] = None,
) -> None:
    """Validate FILE; exit 1 listing every problem (secret values are never shown)."""
    try:
        config = load_subscriptions(path)
    except SubscriptionError as exc:
        typer.echo(f"{exc.source}: invalid", err=True)
        for problem in exc.problems:
            typer.echo(f"  - {problem}", err=True)
        raise typer.Exit(1) from None
    missing: list[str] = []
    if secrets:
        from streams.settings import get_settings

        try:
            store = load_secrets(secrets_file or get_settings().secrets_file, os.environ)
        except SubscriptionError as exc:
            typer.echo(str(exc), err=True)
            raise typer.Exit(1) from None
        for dest in config.destinations:
            missing += [
                f"{dest.name}: secret {name} is not set"
                for name in dest.secret_names
                if store.get(name) is None
            ]
    for dest in config.destinations:
        typer.echo(f"destination {dest.name} ({dest.kind})")
    for sub in config.subscriptions:
        typer.echo(f"subscription {sub.name} -> {', '.join(sub.send_to)}")
    if missing:
        for line in missing:
            typer.echo(f"  - {line}", err=True)
        raise typer.Exit(1)
    typer.echo(
        f"{path}: ok ({len(config.destinations)} destinations, {len(config.subscriptions)} subscriptions)"
    )


if __name__ == "__main__":
    subscriptions_app()
