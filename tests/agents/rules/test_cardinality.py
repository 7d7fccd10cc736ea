"""`cardinality` (coordinated_multi_province): distinct provinces per perpetrator in event-time windows."""

from __future__ import annotations

from agents.rules import RuleEngine, parse_rules
from tests.agents.rules.builders import NOW, ChangelogState, incident

RULE = {
    "name": "multi",
    "type": "cardinality",
    "key": "perpetrator",
    "field": "admin1",
    "min_distinct": 3,
    "window": "24h",
}


def _engine() -> RuleEngine:
    return RuleEngine(parse_rules({"rules": [RULE]}))


def test_early_emit_at_the_third_province_then_updates(state: ChangelogState) -> None:
    engine = _engine()
    outs = [
        engine.process(state, incident(n, "2019-01-10", (p,)), now=NOW).alerts
        for n, p in (("a", "AF-KDZ"), ("b", "AF-BGL"), ("c", "AF-TAK"), ("d", "AF-BDG"))
    ]
    assert [len(o) for o in outs] == [0, 0, 1, 1]
    first, second = outs[2][0], outs[3][0]
    assert (first.status, first.version, second.status, second.version) == ("firing", 1, "updated", 2)
    assert first.fingerprint == second.fingerprint
    assert second.labels["admin1"] == "AF-BDG,AF-BGL,AF-KDZ,AF-TAK"
    assert second.title == "Taliban attacks in 4 provinces on 2019-01-10: Kunduz, Baghlan, Takhar and Badghis"
    assert second.incident_ids == ["a", "b", "c", "d"]
    assert (str(second.event_start), str(second.event_end)) == ("2019-01-10", "2019-01-10")


def test_a_second_incident_in_a_known_province_also_updates(state: ChangelogState) -> None:
    engine = _engine()
    engine.process(state, incident("a", "2019-01-10", ("AF-KDZ", "AF-BGL", "AF-TAK")), now=NOW)
    again = engine.process(state, incident("b", "2019-01-10", ("AF-KDZ",)), now=NOW).alerts
    assert [(a.version, a.incident_ids) for a in again] == [(2, ["a", "b"])]


def test_provinces_on_different_days_or_of_different_groups_do_not_combine() -> None:
    engine = _engine()
    state: dict[str, object] = {}
    days = engine.process(state, incident("a", "2019-01-09", ("AF-KDZ", "AF-BGL")), now=NOW).alerts
    days += engine.process(state, incident("b", "2019-01-10", ("AF-TAK",)), now=NOW).alerts
    groups = engine.process(
        state, incident("c", "2019-01-10", ("AF-KAB", "AF-HER"), perpetrators=("Islamic State",)), now=NOW
    ).alerts
    assert days == [] and groups == []


def test_an_event_spanning_days_joins_each_day() -> None:
    engine = _engine()
    state: dict[str, object] = {}
    engine.process(
        state, incident("a", "2017-07-18", ("AF-BGL",), end="2017-07-20", published="2017-07-20"), now=NOW
    )
    fired = engine.process(state, incident("b", "2017-07-20", ("AF-KAN", "AF-HEL")), now=NOW).alerts
    assert [a.labels["admin1"] for a in fired] == ["AF-BGL,AF-HEL,AF-KAN"]
    assert str(fired[0].event_start) == "2017-07-20"


def test_late_incidents_do_not_join_windows() -> None:
    engine = _engine()
    state: dict[str, object] = {}
    outcome = engine.process(
        state, incident("a", "2019-01-05", ("AF-KDZ", "AF-BGL", "AF-TAK"), published="2019-01-12"), now=NOW
    )
    assert outcome.late and outcome.alerts == [] and state == {}


def test_several_perpetrators_count_for_each() -> None:
    engine = _engine()
    both = engine.process(
        {},
        incident(
            "a", "2019-01-10", ("AF-KDZ", "AF-BGL", "AF-TAK"), perpetrators=("Taliban", "Haqqani Network")
        ),
        now=NOW,
    ).alerts
    assert sorted(a.labels["perpetrator"] for a in both) == ["Haqqani Network", "Taliban"]
    assert len({a.fingerprint for a in both}) == 2
