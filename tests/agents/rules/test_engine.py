"""The engine: alert lifecycle, event-time windows, lateness, expiry, and state that survives a restart."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from agents.rules import RuleEngine, load_rules, parse_rules
from agents.rules.engine import CLOSED, GROUP
from alerts.silence import Matcher, Silence
from tests.agents.rules.builders import LATER, NOW, ChangelogState, incident

MULTI = {"name": "multi", "type": "cardinality", "min_distinct": 3, "window": "24h", "resolve": True}
HIGH = {"name": "high", "type": "threshold", "killed": 10}


def _engine(*rules: dict[str, Any], **settings: Any) -> RuleEngine:
    return RuleEngine(parse_rules({"rules": list(rules), "settings": settings}))


def _t(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


def _three(engine: RuleEngine, state: Any, day: str = "2019-01-10") -> list[Any]:
    return [
        a
        for n, p in enumerate(("AF-KDZ", "AF-BGL", "AF-TAK"))
        for a in engine.process(state, incident(f"{day}-{n}", day, (p,)), now=NOW).alerts
    ]


def test_window_closes_after_grace_with_a_resolved_version(state: ChangelogState) -> None:
    engine = _engine(MULTI, grace="2d")
    [fired] = _three(engine, state)
    assert engine.expire(state, now=LATER, stream_time=_t("2019-01-12T23:59")) == []
    [resolved] = engine.expire(state, now=LATER, stream_time=_t("2019-01-13T00:00"))
    assert (resolved.status, resolved.version, resolved.fingerprint) == ("resolved", 2, fired.fingerprint)
    assert not any(k.startswith(GROUP) for k in state)
    assert engine.expire(state, now=LATER, stream_time=_t("2019-02-01")) == []


def test_a_window_still_receiving_reports_does_not_close(state: ChangelogState) -> None:
    engine = _engine(MULTI, settle="2m")
    _three(engine, state)
    past = _t("2019-02-01")
    assert engine.expire(state, now=NOW + dt.timedelta(seconds=119), stream_time=past) == []
    assert len(engine.expire(state, now=NOW + dt.timedelta(seconds=120), stream_time=past)) == 1


def test_rules_without_resolve_close_quietly(state: ChangelogState) -> None:
    engine = _engine({**MULTI, "resolve": False})
    _three(engine, state)
    assert engine.expire(state, now=LATER, stream_time=_t("2019-02-01")) == []
    assert [k for k in state if k.startswith(CLOSED)]


def test_closed_windows_are_not_reopened_by_a_replay_until_forgotten(state: ChangelogState) -> None:
    engine = _engine(MULTI, HIGH, keep_closed="1d")
    first = (
        _three(engine, state)
        + engine.process(state, incident("big", "2019-02-01", killed=(12, 12, 12)), now=NOW).alerts
    )
    assert [a.rule for a in first] == ["multi", "high"]
    engine.expire(state, now=LATER, stream_time=_t("2019-03-01"))
    replay = (
        _three(engine, state)
        + engine.process(state, incident("big", "2019-02-01", killed=(12, 12, 12)), now=NOW).alerts
    )
    assert replay == []
    later = LATER + dt.timedelta(days=1)
    engine.expire(state, now=later, stream_time=_t("2019-03-01"))
    assert not any(k.startswith(CLOSED) for k in state)


def test_replay_of_the_same_incidents_publishes_nothing(state: ChangelogState) -> None:
    engine = _engine(MULTI, HIGH)
    first = _three(engine, state)
    assert len(first) == 1
    writes = state.writes
    assert _three(engine, state) == []
    assert state.writes == writes  # identical input changes no state either


def test_restart_loses_no_window_state(state: ChangelogState) -> None:
    before = _engine(MULTI)
    before.process(state, incident("a", "2019-01-10", ("AF-KDZ",)), now=NOW)
    before.process(state, incident("b", "2019-01-10", ("AF-BGL",)), now=NOW)
    after = _engine(MULTI)  # a new worker process with the table restored from its changelog
    fired = after.process(state, incident("c", "2019-01-10", ("AF-TAK",)), now=NOW).alerts
    assert [a.incident_ids for a in fired] == [["a", "b", "c"]]


def test_plain_dict_and_changelog_state_agree() -> None:
    incidents = [
        incident(f"i{n}", "2019-01-10", (p,), killed=(n * 5, n * 5, n * 5))
        for n, p in enumerate(("AF-KDZ", "AF-BGL", "AF-TAK", "AF-KDZ", "AF-BDG"))
    ]
    runs = []
    states: tuple[dict[str, Any], ChangelogState] = ({}, ChangelogState())
    for state in states:
        engine = _engine(MULTI, HIGH)
        runs.append(
            [a.model_dump(mode="json") for i in incidents for a in engine.process(state, i, now=NOW).alerts]
        )
        json.dumps(dict(state))  # only JSON-able values
    assert runs[0] == runs[1] and len(runs[0]) == 6  # high x3, multi fires then updates twice


def test_late_incident_fires_stateless_rules_marked_late() -> None:
    engine = _engine(MULTI, HIGH, grace="2d")
    badghis = incident(
        "bdg", "2019-01-06", ("AF-BDG", "AF-KDZ", "AF-TAK"), published="2019-01-12", killed=(21, 21, 21)
    )
    outcome = engine.process({}, badghis, now=NOW)
    assert outcome.late
    assert [(a.rule, a.late, a.labels["late"]) for a in outcome.alerts] == [("high", True, "true")]


def test_lateness_is_measured_against_publication_not_the_clock() -> None:
    engine = _engine(MULTI, grace="2d")
    on_time = incident(
        "a", "2017-07-18", ("AF-BGL", "AF-HEL", "AF-KAN"), end="2017-07-20", published="2017-07-20"
    )
    outcome = engine.process({}, on_time, now=NOW)  # NOW is years later: irrelevant
    assert not outcome.late and len(outcome.alerts) == 3  # one per event day


def test_incident_without_date_skips_windowed_rules_only() -> None:
    engine = _engine(MULTI, HIGH)
    undated = incident("u", None, ("AF-KDZ", "AF-BGL", "AF-TAK"), killed=(11, 11, 11))
    assert [a.rule for a in engine.process({}, undated, now=NOW).alerts] == ["high"]


def test_per_incident_alerts_close_after_open_for() -> None:
    engine = _engine({**HIGH, "open_for": "7d", "resolve": True})
    state: dict[str, Any] = {}
    engine.process(state, incident("a", "2019-01-10", killed=(12, 12, 12)), now=NOW)
    assert engine.expire(state, now=LATER, stream_time=_t("2019-01-17T23:00")) == []
    [resolved] = engine.expire(state, now=LATER, stream_time=_t("2019-01-18T00:00"))
    assert resolved.status == "resolved"


def test_silenced_alert_is_suppressed_then_published_when_it_changes_after_expiry() -> None:
    engine = _engine(HIGH)
    state: dict[str, Any] = {}
    hush = Silence(
        id="s1",
        matchers=[Matcher(name="admin1", value="AF-KAB")],
        starts_at=NOW,
        ends_at=NOW + dt.timedelta(hours=2),
    )
    outcome = engine.process(state, incident("a", killed=(12, 12, 12)), now=NOW, silences=[hush])
    assert outcome.alerts == [] and [r for _, r in outcome.suppressed] == ["silenced:s1"]
    later = NOW + dt.timedelta(hours=3)
    revised = engine.process(
        state, incident("a", killed=(12, 12, 14), revision=2), now=later, silences=[hush]
    )
    assert [(a.version, a.status) for a in revised.alerts] == [(1, "firing")]
    other = engine.process(
        state, incident("b", ("2019-01-10"), ("AF-GHA",), killed=(12, 12, 12)), now=NOW, silences=[hush]
    )
    assert len(other.alerts) == 1


def test_expire_leaves_foreign_keys_alone() -> None:
    engine = _engine(MULTI)
    state: dict[str, Any] = {"clock:stream_time": "2019-01-12T00:00:00+00:00"}
    _three(engine, state)
    engine.expire(state, now=LATER, stream_time=_t("2020-01-01"))
    assert state["clock:stream_time"] == "2019-01-12T00:00:00+00:00"


def test_history_is_pruned_in_stream_time() -> None:
    engine = _engine({"name": "spike", "type": "spike", "baseline_windows": 2, "min_count": 1})
    state: dict[str, Any] = {}
    engine.process(state, incident("a", "2019-01-10"), now=NOW)
    assert any(k.startswith("rules:h:") for k in state)
    engine.expire(state, now=LATER, stream_time=_t("2019-01-20"))
    assert not any(k.startswith(("rules:h:", "rules:g:")) for k in state)


def test_default_rules_mark_alerts_with_labels_for_routing() -> None:
    engine = RuleEngine(load_rules())
    alerts = engine.process(
        {}, incident("a", "2019-01-10", ("AF-KDZ", "AF-BGL", "AF-TAK"), killed=(32, 32, 32)), now=NOW
    ).alerts
    assert {a.rule: a.severity for a in alerts} == {
        "high_casualty": "critical",
        "coordinated_multi_province": "critical",
    }
    for alert in alerts:
        assert {"rule", "severity", "country", "admin1", "perpetrator", "event_type", "late"} <= set(
            alert.labels
        )
        assert alert.created_at == alert.updated_at == NOW
