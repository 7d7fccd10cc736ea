"""Webhook payload, signatures, Slack Block Kit."""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest

from alerts.exceptions import SignatureError
from alerts.notify.payload import PAYLOAD_SCHEMA, IncidentBrief, render, webhook_payload
from alerts.notify.records import Delivery
from alerts.notify.signing import sign, signature_headers, verify
from alerts.notify.slack_blocks import HEADER_MAX, describe_range, slack_message
from streams.records import Figure, Source
from tests.fakes.seed_alerts import seed_alerts
from tests.fakes.slack import alert_ref, block_kit_problems

T0 = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)


def delivery(index: int = 6, **changes: object) -> Delivery:
    alert = seed_alerts()[index].model_copy(update=changes)
    return Delivery(destination="hook", subscription="all", alert=alert, enqueued_at=T0)


def test_payload_is_versioned_and_carries_alert_incidents_and_sources() -> None:
    d = delivery()
    brief = IncidentBrief(incident_id=d.alert.incident_ids[0], event_type="armed_assault", killed=13)
    link = Source(article_id=d.alert.article_ids[0], url="https://news.example/khwaja-omari", outlet="AFP")
    payload = webhook_payload(d, update=False, incidents=[brief], sources={link.article_id: link})
    assert payload["schema"] == PAYLOAD_SCHEMA
    assert payload["idempotency_key"] == f"{d.alert.fingerprint}:1"
    assert payload["alert"]["fingerprint"] == d.alert.fingerprint
    assert payload["incidents"] == [brief.model_dump(mode="json")]
    assert payload["sources"][0]["url"] == "https://news.example/khwaja-omari"
    assert payload["claim_sources"] == ["Taliban"]
    body = render(payload)
    assert json.loads(body) == payload
    assert render(payload) == body  # stable bytes: what is signed is what is sent


def test_unknown_incidents_and_sources_still_appear_by_id() -> None:
    d = delivery()
    payload = webhook_payload(d, update=True)
    assert payload["update"] is True
    assert payload["incidents"][0]["incident_id"] == d.alert.incident_ids[0]
    assert payload["sources"] == [
        {
            "article_id": d.alert.article_ids[0],
            "url": None,
            "title": None,
            "outlet": None,
            "published_at": None,
        }
    ]


def test_the_alerts_own_sources_become_links() -> None:
    d = delivery()
    source = Source(article_id=d.alert.article_ids[0], url="https://news.example/kabul-raid", outlet="Wire")
    d = d.model_copy(update={"alert": d.alert.model_copy(update={"sources": [source]})})
    payload = webhook_payload(d, update=False)
    assert payload["sources"][0]["url"] == "https://news.example/kabul-raid"
    assert payload["sources"][0]["outlet"] == "Wire"


def test_reminders_have_their_own_idempotency_key() -> None:
    d = delivery().model_copy(update={"repeat": 2})
    assert d.idempotency_key.endswith(":1:repeat-2")


def test_signatures_verify_and_reject_tampering_staleness_and_wrong_keys() -> None:
    body = b'{"a":1}'
    now = int(time.time())
    headers = signature_headers(b"k3y", now, body, "fp:1")
    assert headers["Idempotency-Key"] == "fp:1"
    assert headers["X-Radar-Signature"] == sign(b"k3y", now, body)
    assert (
        verify(
            b"k3y",
            body,
            timestamp=headers["X-Radar-Timestamp"],
            signature=headers["X-Radar-Signature"],
            now=now,
        )
        == now
    )
    cases = [
        (b"k3y", b'{"a":2}', str(now), headers["X-Radar-Signature"], "mismatch"),
        (b"other", body, str(now), headers["X-Radar-Signature"], "mismatch"),
        (b"k3y", body, str(now - 1000), sign(b"k3y", now - 1000, body), "stale"),
        (b"k3y", body, None, headers["X-Radar-Signature"], "missing"),
        (b"k3y", body, "yesterday", headers["X-Radar-Signature"], "malformed_timestamp"),
    ]
    for key, data, stamp, signature, reason in cases:
        with pytest.raises(SignatureError) as caught:
            verify(key, data, timestamp=stamp, signature=signature, now=now)
        assert caught.value.reason == reason
    rotated = "v1=" + "0" * 64 + ", " + headers["X-Radar-Signature"]
    assert verify(b"k3y", body, timestamp=str(now), signature=rotated, now=now) == now


@pytest.mark.parametrize(
    ("figure", "text"),
    [
        (Figure(), "not reported"),
        (Figure(best=13, max=13), "13"),
        (Figure(best=12, min=10, max=13), "10–13"),
        (Figure(min=20), "at least 20"),
        (Figure(max=13), "up to 13"),
    ],
)
def test_ranges(figure: Figure, text: str) -> None:
    assert describe_range(figure) == text


def test_slack_message_has_every_part_and_passes_block_kit_checks() -> None:
    d = delivery()
    message = slack_message(d, update=False)
    assert block_kit_problems(message) == []
    kinds = [b["type"] for b in message["blocks"]]
    assert kinds == ["header", "section", "section", "section", "divider", "context"]
    header = message["blocks"][0]["text"]["text"]
    assert header.startswith("CRITICAL · ") and "Khwaja Omari" in header
    fields = {f["text"].split("\n")[0]: f["text"].split("\n", 1)[1] for f in message["blocks"][2]["fields"]}
    assert fields["*Provinces*"] == "Ghazni"
    assert fields["*Perpetrator*"] == "Taliban"
    assert fields["*Killed*"] == "13"
    assert fields["*Wounded*"] == "not reported"
    assert fields["*Event date*"] == "2018-04-12"
    assert fields["*Claims*"] == "Taliban: more than 20 killed"
    assert alert_ref(message) == (d.alert.alert_id, 1)
    assert "rule `high_casualty`" in json.dumps(message["blocks"][-1])


def test_updates_resolutions_and_long_texts() -> None:
    update = slack_message(delivery(version=3), update=True)
    assert update["blocks"][0]["text"]["text"].startswith("Update (v3) · ")
    resolved = slack_message(delivery(status="resolved", version=4), update=True)
    assert resolved["blocks"][0]["text"]["text"].startswith("Resolved · ")
    huge = slack_message(delivery(title="T" * 400, summary="<b>&" * 2000), update=False)
    assert block_kit_problems(huge) == []
    assert len(huge["blocks"][0]["text"]["text"]) == HEADER_MAX
    assert "&lt;b&gt;&amp;" in huge["blocks"][1]["text"]["text"]


def test_the_fake_slack_checks_catch_what_slack_rejects() -> None:
    good = slack_message(delivery(), update=False)
    bad_header = json.loads(json.dumps(good))
    bad_header["blocks"][0]["text"] = {"type": "mrkdwn", "text": "x" * 151}
    assert any("plain_text" in p for p in block_kit_problems(bad_header))
    assert any("longer than 150" in p for p in block_kit_problems(bad_header))
    too_many = {"text": "x", "blocks": [{"type": "divider"}] * 51}
    assert block_kit_problems(too_many) == ["blocks: 1 to 50 blocks"]
    fields = {"blocks": [{"type": "section", "fields": [{"type": "mrkdwn", "text": "a"}] * 11}]}
    assert block_kit_problems(fields) == ["blocks[0].fields: 1 to 10 fields"]
    assert block_kit_problems({"blocks": [{"type": "video"}]}) == ["blocks[0]: unsupported block"]
    assert block_kit_problems({}) == ["no_text"]
