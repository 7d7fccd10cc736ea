"""Rules on the real broker: exact seed alerts, idempotent replays, window state that survives kill -9."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from alerts.model import Alert
from streams.local import WorkerProcess, wait_drained
from streams.replay import load_messages
from streams.settings import Settings
from streams.topics import TopicNames
from tests.kafka_io import TopicReader, send_raw

pytestmark = pytest.mark.integration

WAIT = 120.0

#: Issue 4: the seeds with the default rules give exactly these alerts (rule, provinces, first event day).
EXPECTED = {
    ("coordinated_multi_province", frozenset({"AF-KDZ", "AF-BGL", "AF-TAK", "AF-BDG"})),
    ("coordinated_multi_province", frozenset({"AF-HEL", "AF-BGL", "AF-KAN", "AF-JOW", "AF-FYB"})),
    ("coordinated_attack", frozenset({"AF-KAB"})),
    (
        "high_casualty",
        frozenset({"AF-KDZ", "AF-BGL", "AF-TAK", "AF-BDG"}),
    ),  # 2019-01-10 checkpoints, 32 killed
    ("high_casualty", frozenset({"AF-BDG"})),  # Badghis checkpoints, 21 killed, late
    ("high_casualty", frozenset({"AF-KAB"})),  # twin bombings, 25 killed, late
    ("high_casualty", frozenset({"AF-GHA"})),  # Khwaja Omari, up to 13 killed
    ("high_casualty", frozenset({"AF-BGL"})),  # Baghlan-e-Markazi, about 20 killed and injured
}


def inputs(names: TopicNames) -> list[str]:
    return [names.articles, names.incidents_extracted, names.incidents]


def latest(records: list) -> dict[str, Alert]:  # type: ignore[type-arg]
    """The newest version of each alert, by fingerprint."""
    out: dict[str, Alert] = {}
    for record in records:
        alert = Alert.model_validate_json(record.value)
        if alert.fingerprint not in out or alert.version > out[alert.fingerprint].version:
            out[alert.fingerprint] = alert
    return out


def shape(alerts: dict[str, Alert]) -> set[tuple[str, frozenset[str]]]:
    return {
        (a.rule, frozenset(loc.admin1_code for loc in a.locations if loc.admin1_code))
        for a in alerts.values()
    }


def replay(settings: Settings, paths: list[Path]) -> None:
    send_raw(
        settings, TopicNames(settings.topic_prefix).articles, [(m.key, m.value) for m in load_messages(paths)]
    )


def test_seeds_give_exactly_the_expected_alerts_and_a_replay_adds_none(
    kafka: Settings, run_settings: Settings, worker: Callable[..., WorkerProcess], seeds_dir: Path
) -> None:
    names = TopicNames(run_settings.topic_prefix)
    process = worker()
    replay(run_settings, [seeds_dir])
    assert wait_drained(run_settings, run_settings.app_id, inputs(names), timeout=WAIT, settle=3.0)
    reader = TopicReader(run_settings, (names.alerts,))
    first = reader.wait_for(lambda rs: shape(latest(rs)) >= EXPECTED, 30)
    alerts = latest(first)
    assert shape(alerts) == EXPECTED, sorted(shape(alerts))
    assert len(alerts) == len(EXPECTED)
    late = {
        a.rule: a.late
        for a in alerts.values()
        if frozenset(loc.admin1_code for loc in a.locations) == {"AF-BDG"}
    }
    assert late == {"high_casualty": True}

    count = len(reader.records)
    replay(run_settings, [seeds_dir])
    assert wait_drained(run_settings, run_settings.app_id, inputs(names), timeout=WAIT, settle=3.0)
    reader.poll(2.0)
    again = reader.records[count:]
    reader.close()
    assert {Alert.model_validate_json(r.value).fingerprint for r in again} <= set(alerts)
    assert all(Alert.model_validate_json(r.value).version > 1 for r in again)
    assert process.alive


def article(article_id: str, province: str, day: str) -> tuple[bytes, bytes]:
    text = (
        f"Taliban militants attacked a police checkpoint in {province} province on Tuesday, killing two "
        f"policemen, provincial police spokesman Ahmad Wali said. The Taliban claimed responsibility."
    )
    return article_id.encode(), json.dumps({"id": article_id, "text": text, "published_at": day}).encode()


def test_window_state_survives_kill_9(
    kafka: Settings, run_settings: Settings, worker: Callable[..., WorkerProcess]
) -> None:
    names = TopicNames(run_settings.topic_prefix)
    first = worker()
    send_raw(
        run_settings,
        names.articles,
        [article("w-1", "Kunduz", "2020-03-04"), article("w-2", "Baghlan", "2020-03-04")],
    )
    assert wait_drained(run_settings, run_settings.app_id, inputs(names), timeout=WAIT, settle=2.0)
    first.kill()  # SIGKILL: no clean shutdown, no final commit beyond what was already done

    second = worker()
    send_raw(run_settings, names.articles, [article("w-3", "Takhar", "2020-03-04")])
    reader = TopicReader(run_settings, (names.alert_topic("coordinated_multi_province"),))
    records = reader.wait_for(lambda rs: len(rs) > 0, WAIT)
    reader.close()
    assert records, second.log_text()[-3000:]
    provinces = {loc.admin1_code for loc in Alert.model_validate_json(records[-1].value).locations}
    assert provinces == {"AF-KDZ", "AF-BGL", "AF-TAK"}
