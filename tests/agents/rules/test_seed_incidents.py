"""Default rules on the seeds' incidents as issue 3 specifies them (hand-built): exactly the issue-4 alerts.

This checks the rules alone; tests/agents/test_pipeline.py checks the same list through real extraction.
"""

from __future__ import annotations

from agents.rules import RuleEngine, load_rules
from alerts.model import Alert
from streams.records import Incident, Perpetrator
from tests.agents.rules.builders import NOW, incident, loc, report


def _claimed(*names: str) -> list[Perpetrator]:
    return [Perpetrator(name=n, claimed=True) for n in names]


def seed_incidents() -> list[list[Incident]]:
    """Per seed article, in article order, the incidents issue 3 expects."""
    s000 = [
        incident(
            "000-herat",
            "2019-01-12",
            ("AF-HER",),
            perpetrators=(),
            event_type="armed_assault",
            killed=(5, 5, 5),
            wounded=(4, 4, 4),
            targets=["police"],
            reports=(
                report("killed", 5, qualifier="at_least"),
                report("killed", 3, group="police"),
                report("wounded", 4, group="police"),
            ),
        ),
        incident(
            "000-checkpoints",
            "2019-01-10",
            ("AF-KDZ", "AF-BGL", "AF-TAK", "AF-BDG"),
            published="2019-01-12",
            killed=(32, 32, 32),
            coordinated=True,
            sites=4,
            event_type="armed_assault",
            reports=(report("killed", 32, qualifier="at_least", group="security forces"),),
        ),
        incident(
            "000-badghis",
            "2019-01-07",
            ("AF-BDG",),
            published="2019-01-12",
            date_precision="approximate",
            killed=(21, 21, 21),
            sites=2,
            background=True,
            event_type="armed_assault",
            reports=(report("killed", 21, qualifier="at_least", group="security forces"),),
        ),
    ]
    s001 = [
        incident(
            "001-police",
            "2018-05-09",
            (loc("AF-KAB", place="Dasht-e-Barchi"), loc("AF-KAB", place="Kabul")),
            published="2018-05-10",
            perpetrators=(),
            sites=2,
            coordinated=True,
            event_type="suicide_bombing",
            killed=(5, 5, 5),
            reports=(report("killed", 5, qualifier="at_least"), report("hospitalised", 6, "medical")),
        ),
        incident(
            "001-twin",
            "2018-05-03",
            ("AF-KAB",),
            published="2018-05-10",
            perpetrators=(),
            event_type="suicide_bombing",
            killed=(25, 25, 25),
            sites=2,
            background=True,
            targets=["journalists"],
            reports=(report("killed", 25, qualifier="at_least"),),
        ),
    ]
    s001[0] = s001[0].model_copy(update={"perpetrators": _claimed("Islamic State", "Taliban")})
    s001[1] = s001[1].model_copy(update={"perpetrators": _claimed("Islamic State")})
    s002 = [
        incident(
            "002-khwaja",
            "2018-04-12",
            (loc("AF-GHA", admin2="Khwaja Omari"),),
            event_type="armed_assault",
            killed=(7, 13, 13),
            wounded=(9, 9, 9),
            reports=(
                report("killed", 7, qualifier="at_least"),
                report("killed", 13),
                report("killed", 20, "claim", qualifier="more_than", group="police", source="Taliban"),
                report("killed", 3, "claim", group="perpetrators", source="Taliban spokesman"),
                report("wounded", 9, group="intelligence officers"),
            ),
        ),
        incident(
            "002-madrassa",
            "2018-04-05",
            (loc("AF-KDZ", admin2="Dasht-e-Archi"),),
            published="2018-04-12",
            perpetrators=("Afghan Air Force",),
            event_type="air_strike",
            background=True,
            combined=(24, 24, 24),
            reports=(report("killed_or_wounded", 24, "witness", qualifier="vague"),),
        ),
    ]
    s002[0] = s002[0].model_copy(update={"perpetrators": _claimed("Taliban")})
    s003 = [
        incident(
            "003-gereshk",
            "2017-07-20",
            (loc("AF-HEL", admin2="Gereshk"),),
            event_type="suicide_bombing",
            killed=(6, 6, 6),
            wounded=(5, 5, 5),
            weapons=["vehicle_bomb"],
            reports=(report("killed", 6, group="police"), report("wounded", 5, group="police")),
        ),
        incident(
            "003-baghlan",
            "2017-07-18",
            (loc("AF-BGL", admin2="Baghlan-e-Markazi"),),
            end="2017-07-20",
            published="2017-07-20",
            event_type="armed_clash",
            combined=(20, 20, 20),
            reports=(
                report("killed_or_wounded", 20, qualifier="about", group="security personnel"),
                report("killed_or_wounded", 50, group="rebels"),
                report(
                    "killed",
                    10,
                    "claim",
                    qualifier="more_than",
                    group="security personnel",
                    source="Taliban spokesman",
                ),
            ),
        ),
        incident("003-fighting", "2017-07-20", ("AF-KAN", "AF-JOW", "AF-FYB"), event_type="armed_clash"),
    ]
    return [s000, s001, s002, s003]


def _provinces(alert: Alert) -> frozenset[str]:
    return frozenset(loc.admin1_code for loc in alert.locations if loc.admin1_code)


def test_default_rules_on_the_seed_incidents_give_exactly_the_issue_alerts() -> None:
    engine = RuleEngine(load_rules())
    state: dict[str, object] = {}
    final: dict[str, Alert] = {}
    late: set[str] = set()
    for article in seed_incidents():
        for inc in article:
            outcome = engine.process(state, inc, now=NOW)
            if outcome.late:
                late.add(inc.incident_id)
            for alert in outcome.alerts:
                final[alert.fingerprint] = alert
    shape = {
        (a.rule, _provinces(a), a.event_start.isoformat() if a.event_start else None, a.late)
        for a in final.values()
    }
    assert shape == {
        (
            "coordinated_multi_province",
            frozenset({"AF-KDZ", "AF-BGL", "AF-TAK", "AF-BDG"}),
            "2019-01-10",
            False,
        ),
        (
            "coordinated_multi_province",
            frozenset({"AF-HEL", "AF-BGL", "AF-KAN", "AF-JOW", "AF-FYB"}),
            "2017-07-20",
            False,
        ),
        ("coordinated_attack", frozenset({"AF-KAB"}), "2018-05-09", False),
        ("high_casualty", frozenset({"AF-KDZ", "AF-BGL", "AF-TAK", "AF-BDG"}), "2019-01-10", False),
        ("high_casualty", frozenset({"AF-BDG"}), "2019-01-07", True),
        ("high_casualty", frozenset({"AF-KAB"}), "2018-05-03", True),
        ("high_casualty", frozenset({"AF-GHA"}), "2018-04-12", False),
        ("high_casualty", frozenset({"AF-BGL"}), "2017-07-18", False),
    }
    assert len(final) == 8
    assert late == {"000-badghis", "001-twin", "002-madrassa"}
    by_place = {(a.rule, _provinces(a)): a for a in final.values()}
    khwaja = by_place[("high_casualty", frozenset({"AF-GHA"}))]
    assert "13 killed (officials: 7-13)" in khwaja.summary
    assert "Taliban claim more than 20 police killed" in khwaja.summary
    assert "claim 3" not in khwaja.summary  # the Taliban's own losses are not victims
    baghlan = by_place[("high_casualty", frozenset({"AF-BGL"}))]
    assert "20 killed or wounded (officials)" in baghlan.summary
    kabul = by_place[("coordinated_attack", frozenset({"AF-KAB"}))]
    assert {p.name for p in kabul.perpetrators} == {"Islamic State", "Taliban"}
    multi_2017 = by_place[
        ("coordinated_multi_province", frozenset({"AF-HEL", "AF-BGL", "AF-KAN", "AF-JOW", "AF-FYB"}))
    ]
    assert multi_2017.title == (
        "Taliban attacks in 5 provinces on 2017-07-20: Helmand, Baghlan, Kandahar, Jawzjan and Faryab"
    )
