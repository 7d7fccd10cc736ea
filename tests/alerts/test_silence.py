"""Silences: matchers, time bounds, the engine's use of them, and `radar silence` on a real broker."""

from __future__ import annotations

import datetime as dt

import pytest
from typer.testing import CliRunner

from alerts.silence import (
    Matcher,
    Silence,
    SilenceError,
    active_silences,
    first_match,
    label_matches,
    parse_matcher,
)
from streams.settings import Settings

T0 = dt.datetime(2024, 3, 1, 12, 0, tzinfo=dt.UTC)
LABELS = {
    "rule": "high_casualty",
    "admin1": "AF-BGL,AF-KDZ",
    "perpetrator": "Islamic State,Taliban",
    "country": "AF",
}


def _silence(*matchers: Matcher, hours: int = 2, sid: str = "s1") -> Silence:
    return Silence(id=sid, matchers=list(matchers), starts_at=T0, ends_at=T0 + dt.timedelta(hours=hours))


def test_equality_matches_a_value_or_one_list_item() -> None:
    assert label_matches(LABELS, "rule", "high_casualty")
    assert label_matches(LABELS, "admin1", "AF-KDZ")
    assert label_matches(LABELS, "admin1", "AF-BGL,AF-KDZ")
    assert not label_matches(LABELS, "admin1", "AF-KAB")
    assert not label_matches(LABELS, "rule", "high")
    assert label_matches(LABELS, "team", "") and not label_matches(LABELS, "team", "x")


def test_regex_is_a_full_match_of_the_value_or_an_item() -> None:
    assert label_matches(LABELS, "perpetrator", "Islamic.*", regex=True)
    assert label_matches(LABELS, "rule", "high_.*|coordinated_.*", regex=True)
    assert not label_matches(LABELS, "rule", "high", regex=True)


def test_parse_matcher() -> None:
    assert parse_matcher("rule=high_casualty") == Matcher(name="rule", value="high_casualty")
    assert parse_matcher("perpetrator=~Islamic.*") == Matcher(
        name="perpetrator", value="Islamic.*", regex=True
    )
    assert str(parse_matcher("a=~b+")) == "a=~b+"
    for bad in ("rule", "=x", "bad name=x", "a=~(unclosed"):
        with pytest.raises(SilenceError):
            parse_matcher(bad)


def test_silence_matches_only_while_active_and_when_every_matcher_holds() -> None:
    silence = _silence(Matcher(name="country", value="AF"), Matcher(name="perpetrator", value="Taliban"))
    assert silence.matches(LABELS, T0)
    assert silence.matches(LABELS, T0 + dt.timedelta(minutes=119))
    assert not silence.matches(LABELS, T0 + dt.timedelta(hours=2))
    assert not silence.matches(LABELS, T0 - dt.timedelta(seconds=1))
    assert not silence.matches({**LABELS, "country": "SO"}, T0)
    assert silence.expired(T0 + dt.timedelta(hours=2)) and not silence.expired(T0)


def test_active_and_first_match() -> None:
    short = _silence(Matcher(name="rule", value="high_casualty"), hours=1, sid="b")
    long = _silence(Matcher(name="country", value="AF"), hours=5, sid="a")
    later = T0 + dt.timedelta(hours=3)
    assert [s.id for s in active_silences([short, long], later)] == ["a"]
    assert first_match([short, long], LABELS, T0).id == "a"  # type: ignore[union-attr]
    assert first_match([short], LABELS, later) is None


def test_silence_validation() -> None:
    with pytest.raises(ValueError, match="before"):
        Silence(id="x", matchers=[Matcher(name="a", value="b")], starts_at=T0, ends_at=T0 - dt.timedelta(1))
    with pytest.raises(ValueError):
        Silence(id="x", matchers=[], starts_at=T0, ends_at=T0)
    roundtrip = Silence.model_validate_json(_silence(Matcher(name="a", value="b")).model_dump_json())
    assert roundtrip.matchers[0].name == "a" and roundtrip.ends_at == T0 + dt.timedelta(hours=2)


@pytest.mark.integration
def test_silence_cli_add_list_expire_on_a_real_broker(
    run_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from radar import cmd_silence

    monkeypatch.setattr(cmd_silence, "get_settings", lambda: run_settings)
    runner = CliRunner()
    added = runner.invoke(
        cmd_silence.silence_app,
        [
            "add",
            "--match",
            "rule=high_casualty",
            "--match",
            "admin1=~AF-.*",
            "--duration",
            "2h",
            "--comment",
            "drill",
            "--created-by",
            "tester",
        ],
    )
    assert added.exit_code == 0, added.output
    sid = added.output.strip().splitlines()[-1]  # log lines may come first
    stored = cmd_silence.read_silences(run_settings)[sid]
    assert [str(m) for m in stored.matchers] == ["rule=high_casualty", "admin1=~AF-.*"]
    assert stored.ends_at - stored.starts_at == dt.timedelta(hours=2) and stored.created_by == "tester"
    listed = runner.invoke(cmd_silence.silence_app, ["list"])
    assert sid in listed.output and "active" in listed.output and "drill" in listed.output
    expired = runner.invoke(cmd_silence.silence_app, ["expire", sid])
    assert expired.exit_code == 0 and "expired" in expired.output
    assert cmd_silence.read_silences(run_settings)[sid].expired(dt.datetime.now(dt.UTC))
    assert sid not in runner.invoke(cmd_silence.silence_app, ["list"]).output
    assert sid in runner.invoke(cmd_silence.silence_app, ["list", "--all"]).output
    missing = runner.invoke(cmd_silence.silence_app, ["expire", "nope"])
    assert missing.exit_code == 1
    bad = runner.invoke(cmd_silence.silence_app, ["add", "--match", "rule", "--duration", "2h"])
    assert bad.exit_code != 0
