"""`threshold`: victim figures, figure choice, claims, vague figures, revisions."""

from __future__ import annotations

from typing import Any

from agents.rules import RuleEngine, parse_rules
from tests.agents.rules.builders import NOW, ChangelogState, incident, report


def _engine(**options: Any) -> RuleEngine:
    rule = {"name": "high_casualty", "type": "threshold", "killed": 10, "killed_and_wounded": 20, **options}
    return RuleEngine(parse_rules({"rules": [rule]}))


def test_killed_at_limit_fires_and_below_does_not(state: ChangelogState) -> None:
    engine = _engine()
    assert engine.process(state, incident("a", killed=(9, 9, 9)), now=NOW).alerts == []
    fired = engine.process(state, incident("b", killed=(10, 10, 10)), now=NOW).alerts
    assert [(a.rule, a.status, a.version, a.incident_ids) for a in fired] == [
        ("high_casualty", "firing", 1, ["b"])
    ]


def test_combined_figures_count() -> None:
    engine = _engine()
    split = incident("a", killed=(6, 6, 6), wounded=(14, 14, 14))
    combined = incident("b", combined=(20, 20, 20))
    short = incident("c", killed=(6, 6, 6), wounded=(13, 13, 13))
    assert [len(engine.process({}, i, now=NOW).alerts) for i in (split, combined, short)] == [1, 1, 0]


def test_default_counts_the_highest_non_claim_figure_and_min_can_be_chosen() -> None:
    ranged = incident("a", killed=(7, 7, 13))
    assert len(_engine().process({}, ranged, now=NOW).alerts) == 1
    assert _engine(figure="min").process({}, ranged, now=NOW).alerts == []
    assert _engine(figure="best").process({}, ranged, now=NOW).alerts == []


def test_claims_never_count_unless_the_rule_says_so() -> None:
    claim = report("killed", 25, "claim", qualifier="more_than", group="police", source="Taliban")
    claimed_only = incident("a", killed=(4, 4, 4), reports=(report("killed", 4), claim))
    assert _engine().process({}, claimed_only, now=NOW).alerts == []
    assert len(_engine(claims=True).process({}, claimed_only, now=NOW).alerts) == 1
    attackers = report("killed", 30, "claim", group="perpetrators")
    assert _engine(claims=True).process({}, incident("b", reports=(attackers,)), now=NOW).alerts == []


def test_vague_figures_do_not_count_by_default() -> None:
    dozens = incident(
        "a", combined=(24, 24, 24), reports=(report("killed_or_wounded", 24, "witness", qualifier="vague"),)
    )
    assert _engine().process({}, dozens, now=NOW).alerts == []
    assert len(_engine(vague=True).process({}, dozens, now=NOW).alerts) == 1


def test_revised_figure_updates_and_identical_input_is_silent(state: ChangelogState) -> None:
    engine = _engine()
    first = engine.process(state, incident("a", killed=(12, 12, 12)), now=NOW).alerts[0]
    assert engine.process(state, incident("a", killed=(12, 12, 12)), now=NOW).alerts == []
    revised = incident("a", killed=(12, 12, 15), revision=2, article_ids=["art-a", "art-a2"])
    update = engine.process(state, revised, now=NOW).alerts
    assert [(a.version, a.status, a.alert_id, a.fingerprint) for a in update] == [
        (2, "updated", first.alert_id, first.fingerprint)
    ]
    assert update[0].killed.max == 15 and update[0].article_ids == ["art-a", "art-a2"]
    assert engine.process(state, incident("a", killed=(12, 12, 12)), now=NOW).alerts == []  # older revision


def test_incident_below_limit_opens_no_state() -> None:
    state: dict[str, Any] = {}
    _engine().process(state, incident("a", killed=(1, 1, 1)), now=NOW)
    assert state == {}


def test_summary_has_figures_sources_and_claims() -> None:
    reports = (
        report("killed", 7, qualifier="at_least", source="governor's spokesman"),
        report("killed", 13, source="deputy police chief"),
        report("killed", 20, "claim", qualifier="more_than", group="police", source="Taliban spokesman"),
        report("wounded", 9),
    )
    raid = incident(
        "k",
        "2018-04-12",
        ("AF-GHA",),
        killed=(7, 13, 13),
        wounded=(9, 9, 9),
        reports=reports,
        event_type="armed_assault",
    )
    alert = _engine().process({}, raid, now=NOW).alerts[0]
    assert "13 killed (officials: 7-13)" in alert.summary
    assert "Taliban claim more than 20 police killed" in alert.summary
    assert alert.summary.startswith("Taliban armed assault in Ghazni, Afghanistan on 2018-04-12")
    assert alert.summary.endswith(".") and alert.summary.count(".") == 1
    assert alert.title == "13 killed, 9 wounded in Ghazni, Afghanistan (2018-04-12)"
    assert [c.count for c in alert.claims] == [20]
    assert (alert.killed.min, alert.killed.max) == (7, 13)
    assert alert.labels["rule"] == "high_casualty" and alert.labels["admin1"] == "AF-GHA"
