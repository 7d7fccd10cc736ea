"""Inhibition: the pure rules, and the engine muting coordinated_attack under coordinated_multi_province."""

from __future__ import annotations

import datetime as dt

from agents.rules import RuleEngine, load_rules
from alerts.inhibit import InhibitRule, apply_inhibition, inhibitor
from alerts.model import Alert, AlertStatus
from tests.agents.rules.builders import LATER, NOW, incident

T0 = dt.datetime(2024, 3, 1, tzinfo=dt.UTC)


def _alert(fp: str, rule: str, incidents: list[str], status: AlertStatus = "firing", **labels: str) -> Alert:
    return Alert(
        alert_id=fp,
        fingerprint=fp,
        rule=rule,
        title=rule,
        summary=rule,
        status=status,
        labels={"rule": rule, **labels},
        incident_ids=incidents,
        created_at=T0,
        updated_at=T0,
    )


SAME_INCIDENTS = InhibitRule(
    source_match={"rule": "multi"}, target_match={"rule": "attack"}, equal="incidents"
)


def test_same_incidents_mutes_only_covered_targets() -> None:
    source = _alert("S", "multi", ["a", "b", "c"])
    covered = _alert("T1", "attack", ["a", "b"])
    partly = _alert("T2", "attack", ["b", "x"])
    other_rule = _alert("T3", "high", ["a"])
    kept, muted = apply_inhibition([covered, partly, other_rule], [source], [SAME_INCIDENTS])
    assert [a.fingerprint for a in kept] == ["T2", "T3"]
    assert muted == [(covered, "inhibited:S")]


def test_resolved_sources_and_self_do_not_inhibit() -> None:
    assert (
        inhibitor(
            _alert("T", "attack", ["a"]), [_alert("S", "multi", ["a"], status="resolved")], [SAME_INCIDENTS]
        )
        is None
    )
    loop = InhibitRule(source_match={"rule": "attack"}, target_match={"rule": "attack"}, equal="incidents")
    assert inhibitor(_alert("T", "attack", ["a"]), [_alert("T", "attack", ["a"])], [loop]) is None


def test_equal_labels() -> None:
    rule = InhibitRule(
        source_match={"severity": "critical"}, target_match={"severity": "warning"}, equal=["country"]
    )
    source = _alert("S", "x", [], severity="critical", country="AF")
    same = _alert("T1", "y", [], severity="warning", country="AF")
    other = _alert("T2", "y", [], severity="warning", country="SO")
    kept, muted = apply_inhibition([same, other], [source], [rule])
    assert [a.fingerprint for a in kept] == ["T2"] and [a.fingerprint for a, _ in muted] == ["T1"]


def test_engine_mutes_coordinated_attack_covered_by_a_multi_province_alert() -> None:
    engine = RuleEngine(load_rules())
    state: dict[str, object] = {}
    for n, code in enumerate(("AF-KDZ", "AF-BGL", "AF-TAK")):
        engine.process(state, incident(f"p{n}", "2019-01-10", (code,)), now=NOW)
    outcome = engine.process(state, incident("twin", "2019-01-10", ("AF-KDZ",), sites=2), now=NOW)
    assert [(a.rule, a.version) for a in outcome.alerts] == [("coordinated_multi_province", 2)]
    [(muted, reason)] = outcome.suppressed
    multi = outcome.alerts[0]
    assert muted.rule == "coordinated_attack" and reason == f"inhibited:{multi.fingerprint}"
    # Another group's attack in a province the campaign does not cover is published.
    kabul = engine.process(
        state, incident("kab", "2019-01-10", ("AF-KAB",), sites=2, perpetrators=("Islamic State",)), now=NOW
    )
    assert [a.rule for a in kabul.alerts] == ["coordinated_attack"] and kabul.suppressed == []


def test_inhibition_source_ends_with_its_window() -> None:
    engine = RuleEngine(load_rules())
    state: dict[str, object] = {}
    engine.process(state, incident("p", "2019-01-10", ("AF-KDZ", "AF-BGL", "AF-TAK")), now=NOW)
    assert any(k.startswith("rules:s:") for k in state)
    engine.expire(state, now=LATER, stream_time=dt.datetime(2019, 2, 1, tzinfo=dt.UTC))
    assert not any(k.startswith("rules:s:") for k in state)


def test_engine_label_inhibition_applies_to_overlapping_event_days_only() -> None:
    from agents.rules import parse_rules

    rules = parse_rules(
        {
            "rules": [
                {"name": "big", "type": "threshold", "killed": 20, "severity": "critical"},
                {"name": "any_taliban", "type": "any", "filter": {"perpetrators": ["Taliban"]}},
            ],
            "inhibit": [
                {
                    "source_match": {"rule": "big"},
                    "target_match": {"rule": "any_taliban"},
                    "equal": ["country"],
                }
            ],
        }
    )
    engine = RuleEngine(rules)
    state: dict[str, object] = {}
    big = engine.process(
        state, incident("a", "2019-01-10", perpetrators=("Islamic State",), killed=(30, 30, 30)), now=NOW
    )
    assert [a.rule for a in big.alerts] == ["big"]
    same_day = engine.process(state, incident("b", "2019-01-10", ("AF-HER",)), now=NOW)
    other_day = engine.process(state, incident("c", "2019-01-11", ("AF-HER",)), now=NOW)
    assert same_day.alerts == [] and same_day.suppressed[0][1] == f"inhibited:{big.alerts[0].fingerprint}"
    assert [a.rule for a in other_day.alerts] == ["any_taliban"]
