"""`frequency`, `spike`, `new_term`, `change` and `any`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from agents.rules import RuleEngine, parse_rules
from streams.records import Location
from tests.agents.rules.builders import NOW, incident, loc


def _engine(**rule: Any) -> RuleEngine:
    return RuleEngine(parse_rules({"rules": [{"name": "r", **rule}]}))


def _day(n: int) -> str:
    return (dt.date(2019, 1, 1) + dt.timedelta(days=n)).isoformat()


def test_frequency_counts_incidents_per_key_and_window() -> None:
    engine = _engine(type="frequency", key="admin1", min_count=3, window="7d")
    state: dict[str, Any] = {}
    # 2019-01-07 is a Monday: windows run Monday to Sunday.
    outs = [
        engine.process(state, incident(f"i{n}", _day(d), ("AF-GHA",)), now=NOW).alerts
        for n, d in enumerate((6, 8, 11, 12))
    ]
    assert [len(o) for o in outs] == [0, 0, 1, 1]
    assert outs[3][0].version == 2 and outs[3][0].incident_ids == ["i0", "i1", "i2", "i3"]
    other_week = engine.process(state, incident("x", _day(13), ("AF-GHA",)), now=NOW).alerts
    assert other_week == []


def test_spike_against_trailing_baseline() -> None:
    engine = _engine(type="spike", key="country", window="24h", baseline_windows=3, factor=2.0, min_count=2)
    state: dict[str, Any] = {}
    fired = []
    for d, count in ((1, 1), (2, 1), (3, 1), (4, 2), (5, 1), (6, 4)):
        for n in range(count):
            fired += engine.process(state, incident(f"d{d}n{n}", _day(d)), now=NOW).alerts
    # day 4: 2 >= 2 * mean(1,1,1) = 2 -> fires; day 6: mean(1,2,1) = 1.33, fires at 3 (>= 2.67), updates at 4.
    assert [(str(a.event_start), len(a.incident_ids), a.version) for a in fired] == [
        (_day(4), 2, 1),
        (_day(6), 3, 1),
        (_day(6), 4, 2),
    ]


def test_spike_needs_min_count() -> None:
    engine = _engine(type="spike", key="country", baseline_windows=3, min_count=3)
    state: dict[str, Any] = {}
    alerts = [a for n in range(2) for a in engine.process(state, incident(f"a{n}", _day(1)), now=NOW).alerts]
    assert alerts == []


def test_new_term_fires_for_a_new_province_after_warmup() -> None:
    engine = _engine(type="new_term", key="perpetrator", field="admin1", lookback="10d", warmup="5d")
    state: dict[str, Any] = {}
    seen = [
        engine.process(state, incident(name, _day(d), (code,)), now=NOW).alerts
        for name, d, code in (
            ("a", 0, "AF-GHA"),
            ("b", 2, "AF-KAB"),
            ("c", 6, "AF-GHA"),
            ("d", 7, "AF-HEL"),
            ("e", 30, "AF-KAB"),
            ("f", 31, "AF-KAB"),
        )
    ]
    # b: before warm-up; c: Ghazni seen 6 days ago; d: Helmand is new; e: Kabul last seen 28 days ago;
    # f: same term as e.
    assert [len(x) for x in seen] == [0, 0, 0, 1, 1, 0]
    assert seen[3][0].title == f"Taliban: first incident in Helmand, Afghanistan for 10 days ({_day(7)})"
    assert "last seen" in seen[4][0].summary


def test_change_fires_when_a_revision_crosses_the_threshold() -> None:
    engine = _engine(type="change", figure="killed", threshold=10)
    state: dict[str, Any] = {}
    first = engine.process(state, incident("a", killed=(5, 5, 5)), now=NOW).alerts
    small = engine.process(state, incident("a", killed=(5, 5, 8), revision=2), now=NOW).alerts
    cross = engine.process(state, incident("a", killed=(5, 8, 12), revision=3), now=NOW).alerts
    more = engine.process(state, incident("a", killed=(5, 8, 14), revision=4), now=NOW).alerts
    assert first == [] and small == []
    assert [(a.version, a.status) for a in cross + more] == [(1, "firing"), (2, "updated")]
    assert cross[0].title.startswith("Killed revised from 5 to 12")
    born_high = engine.process(state, incident("b", killed=(30, 30, 30)), now=NOW).alerts
    assert born_high == []


def test_change_without_threshold_needs_min_increase() -> None:
    engine = _engine(type="change", figure="killed_and_wounded", min_increase=5)
    state: dict[str, Any] = {}
    engine.process(state, incident("a", killed=(2, 2, 2), wounded=(3, 3, 3)), now=NOW)
    # 5 -> 8 -> 11: each step is +3, but 11 is 6 above the first report.
    assert (
        engine.process(state, incident("a", killed=(2, 2, 5), wounded=(3, 3, 3), revision=2), now=NOW).alerts
        == []
    )
    assert (
        len(
            engine.process(
                state, incident("a", killed=(2, 2, 5), wounded=(3, 3, 6), revision=3), now=NOW
            ).alerts
        )
        == 1
    )


def test_any_with_filters_capital_suicide_bombing() -> None:
    engine = _engine(
        type="any", severity="critical", filter={"event_types": ["suicide_bombing"], "in_capital": True}
    )
    kabul = incident("a", event_type="suicide_bombing", provinces=(loc("AF-KAB", place="Kabul"),))
    dasht = incident("b", event_type="suicide_bombing", provinces=(loc("AF-KAB", place="Dasht-e-Barchi"),))
    helmand = incident("c", event_type="suicide_bombing", provinces=(loc("AF-HEL", admin2="Gereshk"),))
    assault = incident("d", event_type="armed_assault", provinces=(loc("AF-KAB", place="Kabul"),))
    mogadishu = incident(
        "e",
        event_type="suicide_bombing",
        provinces=(Location(country_code="SO", country="Somalia", admin1="Banaadir", place="Mogadishu"),),
    )
    fired = [len(engine.process({}, i, now=NOW).alerts) for i in (kabul, dasht, helmand, assault, mogadishu)]
    assert fired == [1, 1, 0, 0, 1]


def test_any_filters_targets_perpetrators_and_confidence() -> None:
    engine = _engine(
        type="any",
        filter={"targets": "journalists", "perpetrators": ["islamic state"], "min_confidence": 0.6},
    )
    hit = incident("a", targets=["journalists"], perpetrators=("Islamic State",), confidence=0.8)
    unsure = incident("b", targets=["journalists"], perpetrators=("Islamic State",), confidence=0.4)
    other = incident("c", targets=["police"], perpetrators=("Islamic State",), confidence=0.8)
    assert [len(engine.process({}, i, now=NOW).alerts) for i in (hit, unsure, other)] == [1, 0, 0]


def test_any_grouped_by_country_in_a_window() -> None:
    engine = _engine(type="any", key="country", window="7d", title="{count} incidents in {countries}")
    state: dict[str, Any] = {}
    first = engine.process(state, incident("a", _day(6)), now=NOW).alerts
    second = engine.process(state, incident("b", _day(8)), now=NOW).alerts
    assert [a.title for a in first + second] == ["1 incidents in Afghanistan", "2 incidents in Afghanistan"]
    assert first[0].fingerprint == second[0].fingerprint
