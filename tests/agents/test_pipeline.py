"""The whole pipeline on the four seeds with the default rules: exactly the alerts of issue 4."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from agents.pipeline import PipelineResult, run_pipeline
from agents.rules import load_rules
from alerts.model import Alert
from streams.replay import load_articles

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def seeds() -> PipelineResult:
    return run_pipeline(load_articles([SEEDS]), load_rules())


def _final(result: PipelineResult) -> dict[str, Alert]:
    """The last published version of each alert, by fingerprint."""
    final: dict[str, Alert] = {}
    for alert in result.alerts:
        final[alert.fingerprint] = alert
    return final


def _provinces(alert: Alert) -> set[str]:
    return set(alert.labels.get("admin1", "").split(",")) - {""}


def _day(alert: Alert) -> str:
    return alert.event_start.isoformat() if alert.event_start else "?"


Expectation = tuple[str, str, Callable[[Alert], bool]]
EXPECTED: list[Expectation] = [
    (
        "coordinated_multi_province",
        "Taliban, 2019-01-10, Kunduz + Baghlan + Takhar + Badghis (seed 000)",
        lambda a: (
            a.labels.get("perpetrator") == "Taliban"
            and _day(a) == "2019-01-10"
            and _provinces(a) == {"AF-KDZ", "AF-BGL", "AF-TAK", "AF-BDG"}
        ),
    ),
    (
        "coordinated_multi_province",
        "Taliban, 2017-07-20, Helmand + Baghlan + Kandahar + Jawzjan + Faryab (seed 003)",
        lambda a: (
            a.labels.get("perpetrator") == "Taliban"
            and _day(a) == "2017-07-20"
            and _provinces(a) == {"AF-HEL", "AF-BGL", "AF-KAN", "AF-JOW", "AF-FYB"}
        ),
    ),
    (
        "coordinated_attack",
        "Kabul, 2018-05-09, two police stations, Islamic State and Taliban (seed 001)",
        lambda a: (
            _provinces(a) == {"AF-KAB"}
            and _day(a) == "2018-05-09"
            and {p.name for p in a.perpetrators} == {"Islamic State", "Taliban"}
        ),
    ),
    (
        "high_casualty",
        "2019-01-10 checkpoint attacks, 32 killed (seed 000)",
        lambda a: _day(a) == "2019-01-10" and a.killed.max == 32 and not a.late,
    ),
    (
        "high_casualty",
        "Badghis checkpoints, 21 killed, late (seed 000)",
        lambda a: _provinces(a) == {"AF-BDG"} and a.killed.max == 21 and a.late,
    ),
    (
        "high_casualty",
        "Kabul twin bombings, 25 killed, late (seed 001)",
        lambda a: _provinces(a) == {"AF-KAB"} and a.killed.max == 25 and a.late,
    ),
    (
        "high_casualty",
        "Khwaja Omari, up to 13 killed, Taliban claim 20+ as a claim (seed 002)",
        lambda a: (
            _provinces(a) == {"AF-GHA"}
            and _day(a) == "2018-04-12"
            and a.killed.max == 13
            and any(c.count == 20 and c.qualifier == "more_than" for c in a.claims)
            and not a.late
        ),
    ),
    (
        "high_casualty",
        "Baghlan-e-Markazi, about 20 security personnel killed and injured (seed 003)",
        lambda a: (
            _provinces(a) == {"AF-BGL"}
            and a.event_end is not None
            and a.event_end <= dt.date(2017, 7, 20) <= a.event_end + dt.timedelta(days=2)
            and "20 killed or wounded" in a.summary
        ),
    ),
]


def test_seeds_give_exactly_the_issue_alerts(seeds: PipelineResult) -> None:
    final = _final(seeds)
    unmatched = dict(final)
    missing = []
    for rule, what, check in EXPECTED:
        hits = [fp for fp, a in unmatched.items() if a.rule == rule and check(a)]
        if len(hits) != 1:
            missing.append(f"{rule}: {what} ({len(hits)} matching)")
            continue
        unmatched.pop(hits[0])
    extra = [f"{a.rule}: {a.title} [{a.labels.get('admin1')}] late={a.late}" for a in unmatched.values()]
    assert not missing and not extra, f"missing: {missing}; unexpected: {extra}"


def test_every_alert_starts_firing_at_version_one_and_counts_up(seeds: PipelineResult) -> None:
    versions: dict[str, list[tuple[int, str]]] = {}
    for alert in seeds.alerts:
        versions.setdefault(alert.fingerprint, []).append((alert.version, alert.status))
    assert versions
    for history in versions.values():
        assert history[0] == (1, "firing")
        assert [v for v, _ in history] == list(range(1, len(history) + 1))
        assert all(status in ("updated", "resolved") for _, status in history[1:])


def test_summaries_carry_figures_and_sources(seeds: PipelineResult) -> None:
    khwaja = [a for a in _final(seeds).values() if a.rule == "high_casualty" and _provinces(a) == {"AF-GHA"}]
    assert len(khwaja) == 1
    assert "13 killed" in khwaja[0].summary and "claim more than 20" in khwaja[0].summary


def test_a_second_replay_publishes_updates_or_nothing_never_new_alerts() -> None:
    articles = load_articles([SEEDS])
    state: dict[str, object] = {}
    first = run_pipeline(articles, load_rules(), state=state)
    second = run_pipeline(articles, load_rules(), state=state)
    known = {a.fingerprint for a in first.alerts}
    assert known
    assert all(a.fingerprint in known and a.status != "firing" for a in second.alerts)


def test_pipeline_is_deterministic() -> None:
    articles = load_articles([SEEDS])
    runs = [
        [a.model_dump(mode="json") for a in run_pipeline(articles, load_rules()).alerts] for _ in range(2)
    ]
    assert runs[0] == runs[1]
