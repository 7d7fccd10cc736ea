"""`coordinated_attack`: sites per province in a short window, or an incident reported as coordinated."""

from __future__ import annotations

from typing import Any

from agents.rules import RuleEngine, parse_rules
from tests.agents.rules.builders import NOW, incident

RULE = {"name": "coordinated_attack", "type": "coordinated_attack", "min_sites": 2, "window": "3h"}


def _engine(**options: Any) -> RuleEngine:
    return RuleEngine(parse_rules({"rules": [{**RULE, **options}]}))


def test_two_incidents_in_one_province_and_window() -> None:
    engine = _engine()
    state: dict[str, Any] = {}
    assert engine.process(state, incident("a", "2018-05-09", ("AF-KAB",)), now=NOW).alerts == []
    fired = engine.process(
        state, incident("b", "2018-05-09", ("AF-KAB",), perpetrators=("Islamic State",)), now=NOW
    ).alerts
    assert [(a.labels["admin1"], a.incident_ids, a.labels["perpetrator"]) for a in fired] == [
        ("AF-KAB", ["a", "b"], "Islamic State,Taliban")
    ]
    assert fired[0].title == "Coordinated attacks on 2 sites in Kabul on 2018-05-09"


def test_one_incident_with_two_sites_or_reported_as_coordinated() -> None:
    engine = _engine()
    assert len(engine.process({}, incident("a", sites=2), now=NOW).alerts) == 1
    assert len(engine.process({}, incident("b", coordinated=True), now=NOW).alerts) == 1
    assert _engine(coordinated=False).process({}, incident("c", coordinated=True), now=NOW).alerts == []


def test_multi_province_incident_adds_one_site_per_province_and_its_flag_does_not_count() -> None:
    engine = _engine()
    spread = incident("a", "2019-01-10", ("AF-KDZ", "AF-BGL", "AF-TAK", "AF-BDG"), coordinated=True, sites=4)
    assert engine.process({}, spread, now=NOW).alerts == []


def test_different_provinces_or_days_do_not_combine() -> None:
    engine = _engine()
    state: dict[str, Any] = {}
    outs = engine.process(state, incident("a", "2018-05-09", ("AF-KAB",)), now=NOW).alerts
    outs += engine.process(state, incident("b", "2018-05-09", ("AF-GHA",)), now=NOW).alerts
    outs += engine.process(state, incident("c", "2018-05-10", ("AF-KAB",)), now=NOW).alerts
    assert outs == []


def test_late_two_site_incident_is_ignored() -> None:
    outcome = _engine().process(
        {}, incident("a", "2019-01-06", ("AF-BDG",), sites=2, published="2019-01-12"), now=NOW
    )
    assert outcome.late and outcome.alerts == []
