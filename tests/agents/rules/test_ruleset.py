"""The rules file: shipped defaults, every rule type, and errors that name the bad field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

import pytest
import yaml

from agents.rules import RuleError, RuleFileError, load_rules, parse_rules
from agents.rules.duration import format_duration, parse_duration
from agents.rules.types import CardinalityRule, CoordinatedAttackRule, ThresholdRule

EXAMPLES = Path(__file__).resolve().parents[3] / "agents" / "rules" / "example_rules.yaml"


def _rules(*rules: Mapping[str, object], **extra: object) -> dict[str, object]:
    return {"rules": list(rules), **extra}


def test_defaults_are_the_three_issue_rules_with_inhibition() -> None:
    rules = load_rules()
    assert rules.names == ["high_casualty", "coordinated_multi_province", "coordinated_attack"]
    high = rules.rule("high_casualty")
    assert isinstance(high, ThresholdRule)
    assert (high.killed, high.killed_and_wounded, high.figure, high.claims) == (10, 20, "max", False)
    multi = rules.rule("coordinated_multi_province")
    assert isinstance(multi, CardinalityRule)
    assert (multi.key, multi.field, multi.min_distinct, multi.window) == (
        ["perpetrator"],
        "admin1",
        3,
        dt.timedelta(hours=24),
    )
    attack = rules.rule("coordinated_attack")
    assert isinstance(attack, CoordinatedAttackRule)
    assert (attack.key, attack.min_sites, attack.window) == (["admin1"], 2, dt.timedelta(hours=3))
    assert rules.inhibit[0].source_match == {"rule": "coordinated_multi_province"}
    assert rules.inhibit[0].equal == "incidents"
    assert rules.settings.grace == dt.timedelta(days=2)


def test_example_file_covers_every_rule_type() -> None:
    rules = load_rules(EXAMPLES)
    assert {r.type for r in rules.rules} == {
        "threshold",
        "cardinality",
        "coordinated_attack",
        "frequency",
        "spike",
        "new_term",
        "change",
        "any",
    }


def test_unknown_field_is_reported_with_its_path() -> None:
    data = _rules({"name": "big", "type": "threshold", "killed": 5, "kiled": 3})
    with pytest.raises(RuleError) as info:
        parse_rules(data, "x.yaml")
    assert ("rules[0](big).kiled", "Extra inputs are not permitted") in info.value.problems
    assert "x.yaml" in str(info.value)


def test_bad_values_name_each_field() -> None:
    data = _rules(
        {"name": "ok", "type": "threshold", "killed": 10},
        {"name": "Bad Name", "type": "cardinality", "window": "soon", "min_distinct": 1},
    )
    with pytest.raises(RuleError) as info:
        parse_rules(data)
    paths = {path for path, _ in info.value.problems}
    assert {
        "rules[1](Bad Name).name",
        "rules[1](Bad Name).window",
        "rules[1](Bad Name).min_distinct",
    } <= paths
    assert not any(p.startswith("rules[0]") for p in paths)


def test_unknown_type_and_missing_limits() -> None:
    with pytest.raises(RuleError) as info:
        parse_rules(_rules({"name": "x", "type": "treshold"}))
    assert info.value.problems[0][0] == "rules[0](x)"
    assert "threshold" in info.value.problems[0][1]
    with pytest.raises(RuleError, match="at least one of killed"):
        parse_rules(_rules({"name": "x", "type": "threshold"}))


def test_duplicate_names_unknown_inhibit_rule_and_bad_template() -> None:
    twice = {"name": "x", "type": "any"}
    with pytest.raises(RuleError, match="used twice"):
        parse_rules(_rules(twice, twice))
    with pytest.raises(RuleError) as info:
        parse_rules(
            _rules(twice, inhibit=[{"source_match": {"rule": "nope"}, "target_match": {"rule": "x"}}])
        )
    assert info.value.problems == [("inhibit[0].source_match.rule", "no enabled rule named 'nope'")]
    with pytest.raises(RuleError, match="unknown template fields"):
        parse_rules(_rules({"name": "x", "type": "any", "title": "{nonsense}"}))


def test_windows_and_keys_must_agree() -> None:
    with pytest.raises(RuleError, match="needs a window"):
        parse_rules(_rules({"name": "x", "type": "any", "key": "country"}))
    with pytest.raises(RuleError, match="keyed by incident has no window"):
        parse_rules(_rules({"name": "x", "type": "any", "window": "1d"}))
    grouped = parse_rules(_rules({"name": "x", "type": "any", "key": ["country"], "window": "7d"}))
    assert grouped.rules[0].windowed


def test_files_that_are_not_rules(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match="cannot read"):
        load_rules(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules: [\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match="not valid YAML"):
        load_rules(bad)
    bad.write_text("- just a list\n", encoding="utf-8")
    with pytest.raises(RuleError, match="mapping"):
        load_rules(bad)


def test_disabled_rules_have_no_topic(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    path.write_text(
        yaml.safe_dump(_rules({"name": "a", "type": "any"}, {"name": "b", "type": "any", "enabled": False})),
        encoding="utf-8",
    )
    assert load_rules(path).names == ["a"]


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("90s", 90), ("30m", 1800), ("3h", 10800), ("2d", 172800), ("1w", 604800), ("PT3H", 10800), (60, 60)],
)
def test_durations(text: object, seconds: int) -> None:
    assert parse_duration(text).total_seconds() == seconds


def test_bad_durations_and_formatting() -> None:
    for bad in ("-3h", "0s", "soon", True):
        with pytest.raises(ValueError):
            parse_duration(bad)
    assert format_duration(dt.timedelta(hours=24)) == "1d"
    assert format_duration(dt.timedelta(seconds=90)) == "90s"
