"""The `radar` command line."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from agents.rules.errors import RuleError
from alerts.exceptions import SubscriptionError
from radar import cmd_local
from radar.cmd_deliveries import deliveries_app
from radar.cmd_rules import rules_app
from radar.cmd_silence import silence_app
from radar.cmd_subscribe import subscribe
from radar.cmd_subscriptions import subscriptions_app
from streams.exceptions import BrokerUnavailable

#: Errors of configuration or environment: a one-line message and exit code 2, not a traceback.
SETUP_ERRORS = (RuleError, SubscriptionError, BrokerUnavailable)


def setup_errors(command: Callable[..., None]) -> Callable[..., None]:
    """Print configuration and broker errors as one line and exit 2."""

    @functools.wraps(command)
    def run(*args: object, **kwargs: object) -> None:
        try:
            command(*args, **kwargs)
        except SETUP_ERRORS as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None

    return run

app = typer.Typer(
    name="radar",
    help="Incident Radar: news articles in, conflict incidents and alerts out, over Kafka.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)

Paths = Annotated[list[Path] | None, typer.Argument(help="Files or folders (.txt, .jsonl); '-' reads stdin.")]
AsJson = Annotated[bool, typer.Option("--json", help="One JSON object per line.")]


@app.command()
@setup_errors
def worker() -> None:
    """Run the Faust worker with every agent (extract, merge, rules, delivery) until stopped."""
    from radar.cmd_worker import run_worker

    run_worker()


@app.command()
@setup_errors
def replay(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders; default seeds/.")] = None,
    rate: Annotated[
        float | None, typer.Option(help="Articles per second; default as fast as possible.")
    ] = None,
    loop: Annotated[bool, typer.Option("--loop", help="Replay again and again, with varied ids.")] = False,
    times: Annotated[int, typer.Option(help="How many passes over the files (without --loop).")] = 1,
) -> None:
    """Publish articles to the `articles` topic, dated by seeds/manifest.json, a `date` line, or now."""
    from radar.cmd_replay import run_replay

    run_replay(paths, rate=rate, loops=None if loop else times)


@app.command()
def extract(paths: Paths = None, as_json: AsJson = False) -> None:
    """Extract incidents from articles, with no broker."""
    cmd_local.run_extract(paths, as_json=as_json)


@app.command()
@setup_errors
def scan(paths: Paths = None, as_json: AsJson = False) -> None:
    """The whole pipeline (extract, merge, rules) in process, no broker: prints incidents and alerts."""
    cmd_local.run_scan(paths, as_json=as_json)


@app.command()
def schema(
    name: Annotated[str | None, typer.Argument(help="One record: article, incident, alert…")] = None,
) -> None:
    """Print the JSON Schemas of the records on our topics (the contract for consumers)."""
    from radar.schemas import schemas

    every = schemas()
    if name is not None and name not in every:
        raise typer.BadParameter(f"unknown record {name!r}; one of: {', '.join(every)}")
    json.dump(every[name] if name else every, sys.stdout, indent=2)
    sys.stdout.write("\n")


@app.command()
@setup_errors
def demo(
    timeout: Annotated[float, typer.Option(help="Give up after this many seconds.")] = 180.0,
    keep: Annotated[bool, typer.Option("--keep", help="Keep the demo's topics afterwards.")] = False,
) -> None:
    """Start what is missing (broker, worker), replay the seeds, print the alerts, stop what was started."""
    from radar.cmd_demo import run_demo

    raise typer.Exit(run_demo(timeout=timeout, keep_topics=keep))


topics_app = typer.Typer(help="Create and list the app's topics.", no_args_is_help=True)
app.add_typer(topics_app, name="topics")


@topics_app.command("create")
@setup_errors
def topics_create() -> None:
    """Create every topic the app needs (idempotent)."""
    from radar.cmd_worker import prepare_topics

    created = prepare_topics()
    typer.echo(f"created {len(created)} topic(s)" + (": " + ", ".join(created) if created else ""))


@topics_app.command("list")
def topics_list() -> None:
    """List the app's topics with their partitions."""
    from radar.cmd_worker import planned_topics

    for spec in planned_topics():
        typer.echo(f"{spec.name}\t{spec.partitions}")


app.command("subscribe")(subscribe)
app.add_typer(rules_app, name="rules")
app.add_typer(silence_app, name="silence")
app.add_typer(subscriptions_app, name="subscriptions")
app.add_typer(deliveries_app, name="deliveries")


def main() -> None:
    """Console entry point."""
    app()


if __name__ == "__main__":
    main()
