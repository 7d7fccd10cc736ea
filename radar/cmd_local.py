"""`radar extract` and `radar scan`: the pure core on files, with no broker."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from alerts.subscribe import alert_line
from streams.records import Article, Incident
from streams.replay import DEFAULT_SEEDS, load_articles, text_article


def read_articles(paths: list[Path] | None) -> list[Article]:
    """Articles from files and folders, or from stdin for '-' (JSON lines, or one plain-text article)."""
    chosen = paths or [DEFAULT_SEEDS]
    if [str(p) for p in chosen] != ["-"]:
        return load_articles(chosen)
    data = sys.stdin.read()
    if data.lstrip().startswith("{"):
        return [Article.model_validate_json(line) for line in data.splitlines() if line.strip()]
    return [text_article(data, id="stdin")]


def _figure(label: str, best: int | None, low: int | None, high: int | None) -> str:
    if best is None and low is None and high is None:
        return ""
    if low is not None and high is not None and low != high:
        return f"{label} {best if best is not None else '?'} ({low}-{high})"
    return f"{label} {best if best is not None else low if low is not None else high}"


def describe_incident(incident: Incident) -> str:
    """One readable line for an incident."""
    places = (
        ", ".join(
            filter(None, (loc.place or loc.admin2 or loc.admin1 or loc.country for loc in incident.locations))
        )
        or "unlocated"
    )
    who = (
        ", ".join(p.name + (" (claimed)" if p.claimed else "") for p in incident.perpetrators)
        or "perpetrator unknown"
    )
    figures = "  ".join(
        filter(
            None,
            (
                _figure("killed", incident.killed.best, incident.killed.min, incident.killed.max),
                _figure("wounded", incident.wounded.best, incident.wounded.min, incident.wounded.max),
                _figure(
                    "killed+wounded",
                    incident.killed_or_wounded.best,
                    incident.killed_or_wounded.min,
                    incident.killed_or_wounded.max,
                ),
            ),
        )
    )
    flags = " ".join(
        f for f, on in (("coordinated", incident.coordinated), ("background", incident.background)) if on
    )
    date = incident.event_date.isoformat() if incident.event_date else "date unknown"
    return f"{date}  {incident.event_type:<16} {places} — {who}  {figures}  {flags}".rstrip()


def run_extract(paths: list[Path] | None, *, as_json: bool) -> None:
    """Print the incidents of each article."""
    from agents.extract import extract

    for article in read_articles(paths):
        incidents = extract(article)
        if as_json:
            for incident in incidents:
                sys.stdout.write(incident.model_dump_json() + "\n")
            continue
        typer.echo(f"# {article.id} ({len(incidents)} incident(s))")
        for incident in incidents:
            typer.echo("  " + describe_incident(incident))


def run_scan(paths: list[Path] | None, *, as_json: bool) -> None:
    """Print the merged incidents and every alert version the pipeline raises."""
    from agents.pipeline import run_pipeline
    from agents.rules import load_rules
    from streams.settings import get_settings

    result = run_pipeline(read_articles(paths), load_rules(get_settings().rules_file))
    if as_json:
        for incident in result.incidents:
            sys.stdout.write(json.dumps({"incident": incident.model_dump(mode="json")}) + "\n")
        for alert in result.alerts:
            sys.stdout.write(json.dumps({"alert": alert.model_dump(mode="json")}) + "\n")
        return
    typer.echo(f"Incidents ({len(result.incidents)}):")
    for incident in result.incidents:
        typer.echo("  " + describe_incident(incident))
    typer.echo(f"Alerts ({len(result.alerts)}):")
    for alert in result.alerts:
        typer.echo("  " + alert_line(alert))
