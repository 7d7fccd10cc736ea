"""End to end on a real broker: a real worker consumes replayed articles and alerts reach the alert topics."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from alerts.model import Alert
from streams.kafka import producer
from streams.local import WorkerProcess
from streams.records import Incident
from streams.replay import load_messages, publish
from streams.settings import Settings
from streams.topics import TopicNames
from tests.kafka_io import TopicReader, send_raw

pytestmark = pytest.mark.integration

WAIT = 120.0


def replay(settings: Settings, paths: list[Path]) -> int:
    client = producer(settings)
    try:
        return publish(client, TopicNames(settings.topic_prefix).articles, load_messages(paths))
    finally:
        client.close()


def test_seed_alerts_arrive_on_alert_topics(
    kafka: Settings, run_settings: Settings, worker: Callable[..., WorkerProcess], seeds_dir: Path
) -> None:
    names = TopicNames(run_settings.topic_prefix)
    process = worker()
    assert replay(run_settings, [seeds_dir]) == 4
    reader = TopicReader(run_settings, (names.alerts,))

    def seen(rule: str, province: str) -> Callable[[list[Alert]], bool]:
        return lambda alerts: any(
            a.rule == rule and province in {loc.admin1_code for loc in a.locations} for a in alerts
        )

    expected = [
        seen("coordinated_multi_province", "AF-KDZ"),  # seed 000: Kunduz, Baghlan, Takhar, Badghis
        seen("coordinated_multi_province", "AF-HEL"),  # seed 003: Helmand, Baghlan, Kandahar, Jawzjan, Faryab
        seen("high_casualty", "AF-GHA"),  # seed 002: Khwaja Omari, Ghazni
    ]
    records = reader.wait_for(
        lambda rs: all(check([Alert.model_validate_json(r.value) for r in rs]) for check in expected), WAIT
    )
    alerts = [Alert.model_validate_json(r.value) for r in records]
    reader.close()
    assert process.alive, process.log_text()[-3000:]
    for check in expected:
        assert check(alerts), [(a.rule, [loc.admin1_code for loc in a.locations]) for a in alerts]
    per_rule = TopicReader(run_settings, (names.alert_topic("high_casualty"),))
    only = per_rule.wait_for(lambda rs: len(rs) > 0, 30)
    per_rule.close()
    assert only and all(Alert.model_validate_json(r.value).rule == "high_casualty" for r in only)


BAD_INPUTS: list[tuple[str, bytes]] = [
    ("not_json", b"Kabul, 3 May: this is plain text, not JSON"),
    ("invalid", json.dumps({"title": "Headline without a body"}).encode()),
    ("empty_text", json.dumps({"id": "blank", "text": "  "}).encode()),
    ("too_large", json.dumps({"id": "huge", "text": "Gunmen attacked. " * 310_000}).encode()),
    ("not_utf8", b'{"id": "latin1", "text": "Attaque \xe0 Kaboul"}'),
    ("not_object", json.dumps([{"text": "one article inside an array"}]).encode()),
]


def test_malformed_articles_are_rejected_and_good_ones_processed(
    kafka: Settings, run_settings: Settings, worker: Callable[..., WorkerProcess], seeds_dir: Path
) -> None:
    names = TopicNames(run_settings.topic_prefix)
    assert len(BAD_INPUTS[3][1]) > 5_000_000
    process = worker()
    good = load_messages([seeds_dir])
    mixed: list[tuple[bytes | None, bytes]] = []
    for index, message in enumerate(good):
        bad = BAD_INPUTS[index::4]
        mixed.append((message.key, message.value))
        mixed.extend((f"bad-{reason}".encode(), raw) for reason, raw in bad)
    send_raw(run_settings, names.articles, mixed)

    rejected = TopicReader(run_settings, (names.articles_rejected,))
    records = rejected.wait_for(lambda rs: len(rs) >= len(BAD_INPUTS), WAIT)
    rejected.close()
    by_key = {r.key: r for r in records}
    assert len(records) == len(BAD_INPUTS)
    for reason, raw in BAD_INPUTS:
        record = by_key[f"bad-{reason}".encode()]
        headers = dict(record.headers)
        assert headers["radar.reason"].decode() == reason
        assert headers["radar.detail"]
        assert record.value == raw  # the original bytes, nothing lost

    incidents = TopicReader(run_settings, (names.incidents,))
    wanted = {m.article.id for m in good if m.article is not None}

    def covered(rs: list) -> bool:  # type: ignore[type-arg]
        ids = {a for r in rs for a in Incident.model_validate_json(r.value).article_ids}
        return wanted <= ids

    found = incidents.wait_for(covered, WAIT)
    incidents.close()
    assert covered(found)
    assert process.alive, process.log_text()[-3000:]


def test_worker_creates_a_nested_state_folder(
    kafka: Settings, run_settings: Settings, worker: Callable[..., WorkerProcess], tmp_path: Path
) -> None:
    nested = tmp_path / "does" / "not" / "exist" / "yet"
    process = worker(RADAR_DATA_DIR=str(nested))
    names = TopicNames(run_settings.topic_prefix)
    send_raw(run_settings, names.articles, [(b"x", b"not json")])
    reader = TopicReader(run_settings, (names.articles_rejected,))
    records = reader.wait_for(lambda rs: len(rs) >= 1, WAIT)
    reader.close()
    assert records, process.log_text()[-3000:]
    assert process.alive
    assert nested.is_dir()
