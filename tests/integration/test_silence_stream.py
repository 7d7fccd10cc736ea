"""Silences on the real broker: a silence from `radar silence add` mutes matching alerts in the worker."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from alerts.model import Alert
from alerts.silence import Matcher, Silence
from radar.cmd_silence import publish_silence
from streams.local import WorkerProcess, wait_drained
from streams.replay import load_messages
from streams.settings import Settings
from streams.topics import TopicNames
from tests.kafka_io import TopicReader, send_raw

pytestmark = pytest.mark.integration


def test_silenced_rule_publishes_nothing_while_others_still_fire(
    kafka: Settings, run_settings: Settings, worker: Callable[..., WorkerProcess], seeds_dir: Path
) -> None:
    names = TopicNames(run_settings.topic_prefix)
    now = dt.datetime.now(dt.UTC)
    publish_silence(
        run_settings,
        Silence(
            id="mute-high-casualty",
            matchers=[Matcher(name="rule", value="high_casualty")],
            starts_at=now - dt.timedelta(minutes=1),
            ends_at=now + dt.timedelta(hours=1),
            comment="integration test",
            created_by="tests",
        ),
    )
    worker()
    send_raw(run_settings, names.articles, [(m.key, m.value) for m in load_messages([seeds_dir])])
    inputs = [names.articles, names.incidents_extracted, names.incidents]
    assert wait_drained(run_settings, run_settings.app_id, inputs, timeout=120, settle=3.0)
    reader = TopicReader(run_settings, (names.alerts,))
    records = reader.wait_for(lambda rs: len(rs) >= 3, 30)
    reader.poll(2.0)
    reader.close()
    rules = {Alert.model_validate_json(r.value).rule for r in reader.records}
    assert "high_casualty" not in rules
    assert {"coordinated_multi_province", "coordinated_attack"} <= rules, records
