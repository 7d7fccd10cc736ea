"""Micro-benchmark (not a test): incidents per second through RuleEngine.process with the default rules.

    .venv/bin/python -m agents.rules.bench [--incidents 20000] [--per-day 40] [--rules FILE]

Synthetic incidents (seeded, so runs compare): a stream of event days, `--per-day` incidents a day
(default 40) across 20 Afghan provinces and four groups, 3% spread over three provinces, 5% reported as
coordinated, one in four with two sites, casualty figures mostly small with a tail that crosses the limits,
one in ten a later revision of an earlier incident. Windows are closed every 500 incidents as the worker's
clock would; processing time advances 10 ms per incident. Reports first-pass throughput and a replay of the
same incidents (the no-change path).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from pathlib import Path
from typing import Any

from agents.rules import RuleEngine, load_rules
from streams.records import Figure, Incident, Location, Perpetrator, Report

PROVINCES = [
    "AF-KAB",
    "AF-KDZ",
    "AF-BGL",
    "AF-TAK",
    "AF-BDG",
    "AF-HEL",
    "AF-KAN",
    "AF-JOW",
    "AF-FYB",
    "AF-GHA",
    "AF-HER",
    "AF-NAN",
    "AF-BAL",
    "AF-FRA",
    "AF-URU",
    "AF-ZAB",
    "AF-PKA",
    "AF-LOG",
    "AF-WAR",
    "AF-PAR",
]
GROUPS = ["Taliban", "Islamic State", "Haqqani Network", "Afghan Air Force"]
START = dt.date(2019, 1, 1)
#: Processing time between two incidents (as if 100 incidents arrived per second).
TICK = dt.timedelta(milliseconds=10)


def synthetic(count: int, seed: int = 7, per_day: int = 40) -> list[Incident]:
    """A reproducible stream of incidents, with revisions."""
    rng = random.Random(seed)
    made: list[Incident] = []
    latest: dict[str, Incident] = {}
    for n in range(count):
        if made and rng.random() < 0.1:
            old = latest[rng.choice(made[-200:]).incident_id]
            killed = (old.killed.max or 0) + rng.randint(1, 6)
            revised = old.model_copy(
                update={
                    "revision": old.revision + 1,
                    "killed": Figure(min=old.killed.min, best=killed, max=killed),
                }
            )
            made.append(revised)
            latest[revised.incident_id] = revised
            continue
        day = START + dt.timedelta(days=n // per_day)
        codes = rng.sample(PROVINCES, 3 if rng.random() < 0.03 else 1)
        killed = rng.choice([0, 0, 1, 1, 1, 2, 2, 3, 3, 4, 5, 6, 8, 12, 25])
        made.append(
            new := Incident(
                incident_id=f"inc-{n}",
                article_ids=[f"art-{n}"],
                published_at=dt.datetime.combine(
                    day + dt.timedelta(days=rng.choice([0, 0, 1, 1, 2, 6])), dt.time(), tzinfo=dt.UTC
                ),
                event_date=day,
                date_precision="day",
                locations=[
                    Location(
                        country_code="AF",
                        country="Afghanistan",
                        admin1_code=c,
                        admin1=c[3:],
                        precision="admin1",
                    )
                    for c in codes
                ],
                event_type=rng.choice(["armed_assault", "bombing", "suicide_bombing", "armed_clash"]),
                perpetrators=[Perpetrator(name=rng.choice(GROUPS))],
                sites=rng.choice([1, 1, 1, 2]),
                coordinated=rng.random() < 0.05,
                killed=Figure(min=killed, best=killed, max=killed),
                wounded=Figure(best=killed + 2, min=killed + 2, max=killed + 2),
                reports=[
                    Report(figure="killed", count=killed, kind="official", sentence=f"{killed} were killed.")
                ],
                summary=f"Incident {n}.",
            )
        )
        latest[new.incident_id] = new
    return made


def run(incidents: list[Incident], engine: RuleEngine, state: dict[str, Any]) -> tuple[float, int]:
    """Seconds spent and alert versions published."""
    start = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    published = 0
    clock: dt.datetime | None = None
    begin = time.perf_counter()
    for n, incident in enumerate(incidents, start=1):
        now = start + n * TICK  # processing time moves on as incidents arrive
        published += len(engine.process(state, incident, now=now).alerts)
        if incident.published_at is not None:
            clock = max(clock or incident.published_at, incident.published_at)
        if n % 500 == 0 and clock is not None:
            published += len(engine.expire(state, now=now, stream_time=clock))
    return time.perf_counter() - begin, published


def main() -> None:
    """Print incidents/s for a first pass and for a replay."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=20_000)
    parser.add_argument("--per-day", type=int, default=40)
    parser.add_argument("--rules", type=Path, default=None)
    args = parser.parse_args()
    incidents = synthetic(args.incidents, per_day=args.per_day)
    rules = load_rules(args.rules)
    state: dict[str, Any] = {}
    seconds, published = run(incidents, RuleEngine(rules), state)
    print(
        f"first pass: {len(incidents)} incidents in {seconds:.2f}s = "
        f"{len(incidents) / seconds:,.0f} incidents/s, "
        f"{published} alert versions, {len(state)} state keys ({len(rules.names)} rules)"
    )
    seconds, published = run(incidents, RuleEngine(rules), state)
    print(
        f"replay:     {len(incidents)} incidents in {seconds:.2f}s = "
        f"{len(incidents) / seconds:,.0f} incidents/s, "
        f"{published} alert versions"
    )


if __name__ == "__main__":
    main()
