"""Subscriptions file: validation, secrets by name, routing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from alerts.exceptions import SecretMissing, SubscriptionError
from alerts.routing import matches, route
from alerts.subscriptions import (
    Match,
    load_secrets,
    load_subscriptions,
    parse_duration,
    parse_subscriptions,
    resolve_targets,
)
from tests.fakes.seed_alerts import seed_alerts

GOOD = {
    "policy": {"group_wait": "2s", "group_interval": "1m", "repeat_interval": "4h"},
    "retry": {"max_attempts": 5, "initial_backoff": "250ms"},
    "destinations": [
        {"name": "ops-hook", "webhook": {"url_secret": "OPS_URL", "signing_key_secret": "OPS_KEY"}},
        {"name": "ops-slack", "slack": {"webhook_url_secret": "SLACK_URL"}, "limits": {"concurrency": 1}},
        {"name": "desk-bot", "slack_bot": {"token_secret": "BOT_TOKEN", "channel": "C0ALERTS"}},
    ],
    "subscriptions": [
        {
            "name": "herat-desk",
            "match": {"provinces": ["af-her"], "min_severity": "warning"},
            "send_to": ["desk-bot"],
            "policy": {"send_resolved": False},
        },
        {
            "name": "taliban",
            "match": {"perpetrators": ["taliban"], "countries": ["af"]},
            "send_to": ["ops-hook"],
        },
        {"name": "critical", "match": {"min_severity": "critical"}, "send_to": ["ops-slack", "ops-hook"]},
    ],
}


def test_a_good_file_parses_with_defaults_and_durations() -> None:
    config = parse_subscriptions(GOOD)
    assert config.policy.group_wait == dt.timedelta(seconds=2)
    assert config.policy.repeat_interval == dt.timedelta(hours=4)
    assert config.retry_of("ops-hook").initial_backoff == dt.timedelta(milliseconds=250)
    assert config.limits_of("ops-slack").concurrency == 1
    assert config.limits_of("ops-hook").concurrency == 4
    assert config.subscriptions[0].match.provinces == ["AF-HER"]
    assert config.by_name["desk-bot"].kind == "slack_bot"


@pytest.mark.parametrize(
    ("text", "seconds"), [("250ms", 0.25), ("30s", 30), ("5m", 300), ("4h", 14400), ("1d", 86400), (12, 12)]
)
def test_durations(text: object, seconds: float) -> None:
    assert parse_duration(text).total_seconds() == seconds


@pytest.mark.parametrize("text", ["-1", "soon", "5 weeks", True])
def test_bad_durations(text: object) -> None:
    with pytest.raises(ValueError):
        parse_duration(text)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["destinations"][0].update(colour="red"), "destinations.0.colour"),
        (lambda d: d["subscriptions"][1].update(send_to=["nowhere"]), "unknown destinations: nowhere"),
        (lambda d: d["subscriptions"][0]["match"].update(provinces=["AF-XXX"]), "AF-XXX"),
        (lambda d: d["subscriptions"][0]["match"].update(countries=["ZZ"]), "ZZ"),
        (lambda d: d["destinations"].append(dict(d["destinations"][0])), "used twice: ops-hook"),
        (lambda d: d["destinations"][1].update(webhook=d["destinations"][0]["webhook"]), "exactly one of"),
    ],
)
def test_problems_are_reported_with_where(change: object, expected: str) -> None:
    data = yaml.safe_load(yaml.safe_dump(GOOD))
    change(data)  # type: ignore[operator]
    with pytest.raises(SubscriptionError) as caught:
        parse_subscriptions(data, "subs.yaml")
    assert expected in str(caught.value)
    assert str(caught.value).startswith("subs.yaml: ")


def test_a_secret_written_into_the_file_is_refused_without_being_echoed() -> None:
    data = yaml.safe_load(yaml.safe_dump(GOOD))
    leaked = "https://hooks.example.invalid/services/T1/B2/very-secret-path"
    data["destinations"][0]["webhook"]["url_secret"] = leaked
    data["destinations"][1]["slack"]["url"] = leaked
    with pytest.raises(SubscriptionError) as caught:
        parse_subscriptions(data)
    message = str(caught.value)
    assert "NAME of a secret" in message
    assert "very-secret-path" not in message
    assert "very-secret-path" not in repr(caught.value.problems)


def test_load_reports_bad_yaml_and_missing_files(tmp_path: Path) -> None:
    broken = tmp_path / "s.yaml"
    broken.write_text("destinations: [\n")
    with pytest.raises(SubscriptionError, match="not valid YAML at line"):
        load_subscriptions(broken)
    with pytest.raises(SubscriptionError, match="cannot read"):
        load_subscriptions(tmp_path / "absent.yaml")


def test_secrets_come_from_environment_first_then_the_file(tmp_path: Path) -> None:
    config = parse_subscriptions(GOOD)
    secrets_file = tmp_path / "secrets.yaml"
    secrets_file.write_text(
        "OPS_URL: http://127.0.0.1:9/file\nOPS_KEY: file-key\nSLACK_URL: http://127.0.0.1:9/s\n"
    )
    secrets = load_secrets(secrets_file, {"OPS_URL": "http://127.0.0.1:9/env", "BOT_TOKEN": "xoxb-env"})
    targets = resolve_targets(config, secrets)
    hook = targets["ops-hook"]
    assert hook.url is not None and hook.url.get_secret_value() == "http://127.0.0.1:9/env"
    assert hook.signing_key is not None and hook.signing_key.get_secret_value() == "file-key"
    assert targets["desk-bot"].token is not None
    shown = repr(targets) + str(targets) + repr(secrets)
    for value in ("127.0.0.1:9/env", "file-key", "xoxb-env"):
        assert value not in shown


def test_missing_secrets_are_named_not_shown() -> None:
    config = parse_subscriptions(GOOD)
    with pytest.raises(SecretMissing) as caught:
        resolve_targets(config, load_secrets(None, {"OPS_URL": "http://127.0.0.1:9/x"}))
    assert caught.value.destination == "ops-hook"
    assert caught.value.names == ["OPS_KEY"]
    assert "127.0.0.1:9/x" not in str(caught.value)


def test_matching_on_each_condition() -> None:
    alerts = {a.title: a for a in seed_alerts()}
    khwaja = next(a for a in alerts.values() if a.locations[0].admin1_code == "AF-GHA")
    assert matches(Match(), khwaja)
    assert matches(Match(rules=["high_casualty"]), khwaja)
    assert not matches(Match(rules=["coordinated_attack"]), khwaja)
    assert matches(Match(min_severity="critical"), khwaja)
    assert matches(Match(provinces=["AF-GHA"]), khwaja)
    assert not matches(Match(provinces=["AF-HER"]), khwaja)
    assert matches(Match(countries=["AF"]), khwaja)
    assert not matches(Match(countries=["PK"]), khwaja)
    assert matches(Match(perpetrators=["TALIBAN"]), khwaja)
    assert not matches(Match(perpetrators=["Islamic State"]), khwaja)
    assert matches(Match(labels={"country": "AF"}), khwaja)
    assert not matches(Match(labels={"country": "PK"}), khwaja)
    warning = next(a for a in alerts.values() if a.severity == "warning")
    assert not matches(Match(min_severity="critical"), warning)


def test_route_sends_once_per_destination_with_the_first_matching_policy() -> None:
    config = parse_subscriptions(GOOD)
    multi = seed_alerts()[0]  # critical, Taliban, four provinces
    routes = route(config, multi)
    assert [(r.destination, r.subscription) for r in routes] == [
        ("ops-hook", "taliban"),
        ("ops-slack", "critical"),
    ]
    assert routes[0].policy == config.policy
    kabul = seed_alerts()[5]  # critical, no perpetrator
    assert [r.destination for r in route(config, kabul)] == ["ops-slack", "ops-hook"]
