"""Merging on the real broker: three reports of one event become one incident with revised figures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from streams.local import WorkerProcess
from streams.records import Incident
from streams.replay import load_messages
from streams.settings import Settings
from streams.topics import TopicNames
from tests.kafka_io import TopicReader, send_raw

pytestmark = pytest.mark.integration

MERGE_DATA = Path(__file__).resolve().parent.parent / "data" / "articles" / "merge"


def test_three_reports_merge_into_one_revised_incident(
    kafka: Settings, run_settings: Settings, worker: Callable[..., WorkerProcess]
) -> None:
    names = TopicNames(run_settings.topic_prefix)
    worker()
    messages = load_messages([MERGE_DATA / "one_event.jsonl"])
    reports = [m.article.id for m in messages if m.article is not None]
    assert len(reports) == 3
    send_raw(run_settings, names.articles, [(m.key, m.value) for m in messages])

    reader = TopicReader(run_settings, (names.incidents,))

    def complete(records: list) -> bool:  # type: ignore[type-arg]
        return any(set(reports) <= set(Incident.model_validate_json(r.value).article_ids) for r in records)

    records = reader.wait_for(complete, 120)
    reader.close()
    incidents = [Incident.model_validate_json(r.value) for r in records]
    assert {i.incident_id for i in incidents} == {incidents[0].incident_id}, (
        "one incident, not one per article"
    )
    final = max(incidents, key=lambda i: i.revision)
    assert final.revision >= 3
    assert set(final.article_ids) == set(reports)
    assert final.killed.max == 12 and final.killed.min == 4
    assert final.killed.best == 12
    assert final.wounded.best == 31
    assert {s.article_id for s in final.sources} == set(reports)
