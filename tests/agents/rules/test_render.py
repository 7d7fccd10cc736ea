"""Alert text: places without repeats, date spans, vague claims, templates."""

from __future__ import annotations

from collections.abc import Mapping

from agents.rules import RuleEngine, parse_rules
from tests.agents.rules.builders import NOW, incident, loc, report


def _one(rule: Mapping[str, object], *incidents: object) -> object:
    engine = RuleEngine(parse_rules({"rules": [{"name": "r", **rule}]}))
    state: dict[str, object] = {}
    alerts = [a for i in incidents for a in engine.process(state, i, now=NOW).alerts]  # type: ignore[arg-type]
    return alerts[-1]


def test_places_do_not_repeat_a_province_a_precise_location_names() -> None:
    spread = incident(
        "a",
        provinces=(loc("AF-BGL", admin2="Baghlan-e-Markazi"), loc("AF-BGL"), loc("AF-KDZ", place="Kunduz")),
    )
    alert = _one({"type": "any"}, spread)
    assert alert.title == "Attack in Baghlan-e-Markazi, Baghlan and Kunduz, Afghanistan (2019-01-10)"  # type: ignore[attr-defined]


def test_spans_read_from_to_and_vague_claims_read_several() -> None:
    claims = (
        report("killed", 10, "claim", qualifier="more_than", group="security_forces", source="Taliban"),
        report("wounded", 3, "claim", qualifier="vague", group="police", source="Taliban spokesman"),
    )
    clash = incident(
        "a",
        "2017-07-18",
        ("AF-BGL",),
        end="2017-07-20",
        published="2017-07-20",
        event_type="armed_clash",
        combined=(20, 20, 20),
        reports=claims,
    )
    alert = _one({"type": "threshold", "killed_and_wounded": 20}, clash)
    assert alert.summary == (  # type: ignore[attr-defined]
        "Taliban armed clash in Baghlan, Afghanistan from 2017-07-18 to 2017-07-20: 20 killed or wounded; "
        "Taliban claim more than 10 security forces killed; Taliban claim several police wounded."
    )


def test_templates_fill_every_field() -> None:
    rule = {
        "type": "any",
        "title": "{rule}|{key}|{toll}|{on}|{count}|{sites}|{provinces}",
        "summary": "{perpetrators} {event_types} {places} {date} {start} {end} {countries}",
    }
    alert = _one(rule, incident("x", killed=(2, 2, 3), sites=2, event_type="bombing"))
    assert alert.title == "r|x|3 killed|on 2019-01-10|1|2|Kabul"  # type: ignore[attr-defined]
    assert alert.summary == "Taliban bombing Kabul, Afghanistan 2019-01-10 2019-01-10 2019-01-10 Afghanistan"  # type: ignore[attr-defined]
