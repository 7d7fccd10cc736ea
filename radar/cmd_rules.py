"""`radar rules check FILE` and `radar rules test FILE --data PATHS`: validate rules, try them on articles."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from agents.rules import RuleError, RuleSet, load_rules
from agents.rules.duration import format_duration

__all__ = ["rules_app"]

rules_app = typer.Typer(name="rules", help="Check and try alert rules.", no_args_is_help=True)

RulesFile = Annotated[Path, typer.Argument(help="A rules YAML file.")]


def _load(path: Path) -> RuleSet:
    try:
        return load_rules(path)
    except RuleError as exc:
        typer.echo(f"{exc.source or path}: invalid rules", err=True)
        for where, message in exc.problems:
            typer.echo(f"  {where or '(file)'}: {message}", err=True)
        raise typer.Exit(code=1) from None


def describe_rules(rules: RuleSet) -> list[str]:
    """One line per rule and inhibition rule."""
    lines = []
    for rule in rules.rules:
        window = f"window {format_duration(rule.window)}" if rule.window else "per incident"
        state = "" if rule.enabled else " (disabled)"
        lines.append(
            f"{rule.name}: {rule.type}, key {'+'.join(rule.key)}, {window}, {rule.severity}"
            f"{', resolves' if rule.resolve else ''}{state}"
        )
    for inhibit in rules.inhibit:
        equal = inhibit.equal if isinstance(inhibit.equal, str) else "+".join(inhibit.equal) or "nothing"
        lines.append(f"inhibit: {inhibit.source_match} mutes {inhibit.target_match} (equal: {equal})")
    return lines


@rules_app.command("check")
def check(path: RulesFile) -> None:
    """Validate a rules file; print its rules, or each bad field with its path (exit 1)."""
    rules = _load(path)
    typer.echo(
        f"{path}: {len(rules.rules)} rule(s), {len(rules.inhibit)} inhibition rule(s), "
        f"grace {format_duration(rules.settings.grace)}"
    )
    for line in describe_rules(rules):
        typer.echo(f"  {line}")


@rules_app.command("test")
def test(
    path: RulesFile,
    data: Annotated[list[Path], typer.Option("--data", help="Article files or folders (.txt, .jsonl).")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON alert version per line.")] = False,
) -> None:
    """Run the pipeline (extract, merge, rules) on replayed articles; print the alerts that would fire."""
    from streams.replay import load_articles

    rules = _load(path)
    try:
        articles = load_articles(data)
    except FileNotFoundError as exc:
        typer.echo(f"no such file or folder: {exc}", err=True)
        raise typer.Exit(code=2) from None
    from agents.pipeline import run_pipeline

    result = run_pipeline(articles, rules)
    if as_json:
        for alert in result.alerts:
            sys.stdout.write(json.dumps(alert.model_dump(mode="json")) + "\n")
        return
    typer.echo(
        f"{len(articles)} article(s), {len(result.incidents)} incident(s), {len(result.late)} late; "
        f"{len(result.alerts)} alert version(s), {len(result.suppressed)} suppressed"
    )
    for alert in result.alerts:
        late = " [late]" if alert.late else ""
        typer.echo(
            f"[{alert.severity.upper()}] {alert.rule} v{alert.version} {alert.status}{late} "
            f"{alert.fingerprint}: {alert.title}"
        )
        typer.echo(f"    {alert.summary}")
    for alert, reason in result.suppressed:
        typer.echo(f"(muted) {alert.rule} v{alert.version} {alert.fingerprint}: {alert.title} [{reason}]")
