"""Agent: incidents -> alerts on `alerts` and `alerts.<rule>`, with silences and inhibition applied.

One agent reads incidents, silences and clock ticks from three single-partition topics, so that the rule
state, the silences and the stream clock always live together on one worker.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import structlog

from agents.rules import RuleEngine, load_rules
from alerts.model import Alert
from alerts.silence import Silence
from streams.app import app, channels, names, settings
from streams.records import Incident

log = structlog.get_logger(__name__)

rules = load_rules(settings.rules_file)
engine = RuleEngine(rules)

#: Rule windows, alert versions and the stream clock (changelog-backed: a restart loses no window state).
state = app.Table("rule-state", default=None, partitions=1)
#: Silences by id, mirrored from the compacted `silences` topic.
silences = app.Table("rule-silences", default=None, partitions=1)

CLOCK_KEY = "clock:stream_time"
TICK_SECONDS = 30.0

rule_inputs = app.topic(
    names.incidents, names.silences, names.rules_clock, key_serializer="raw", value_serializer="raw"
)


def _silences() -> list[Silence]:
    return [Silence.model_validate(v) for v in silences.values() if v]


def _advance_clock(incident: Incident, now: dt.datetime) -> dt.datetime:
    """Stream time: the latest publication time seen (the reference of event-time lateness)."""
    reference = incident.published_at or now
    known = state.get(CLOCK_KEY)
    newest = max(dt.datetime.fromisoformat(known), reference) if known else reference
    if known != newest.isoformat():
        state[CLOCK_KEY] = newest.isoformat()
    return newest


async def _publish(alerts: list[Alert]) -> None:
    for alert in alerts:
        key = alert.fingerprint.encode()
        await channels.alerts.send(key=key, value=alert)
        await channels.alert_topic(alert.rule).send(key=key, value=alert)
        log.info("alert", rule=alert.rule, status=alert.status, version=alert.version, title=alert.title)


async def _on_incident(raw: bytes, now: dt.datetime) -> None:
    incident = Incident.model_validate_json(raw)
    _advance_clock(incident, now)
    outcome = engine.process(state, incident, now=now, silences=_silences())
    if outcome.late:
        await channels.incidents_late.send(key=incident.incident_id.encode(), value=incident)
    for alert, reason in outcome.suppressed:
        log.info("alert_suppressed", rule=alert.rule, fingerprint=alert.fingerprint, reason=reason)
    await _publish(outcome.alerts)


def _on_silence(key: bytes | None, raw: bytes | None) -> None:
    silence_id = (key or b"").decode()
    if not raw:
        silences.pop(silence_id, None)
        return
    silence = Silence.model_validate_json(raw)
    silences[silence.id] = silence.model_dump(mode="json")


async def _on_tick(now: dt.datetime) -> None:
    known = state.get(CLOCK_KEY)
    if known:
        stream_time = dt.datetime.fromisoformat(known)
        await _publish(engine.expire(state, now=now, stream_time=stream_time, silences=_silences()))


@app.agent(rule_inputs, name="rules")
async def evaluate(stream: Any) -> None:
    """Run every rule on each incident revision; track silences; close windows on ticks."""
    async for event in stream.events():
        topic = event.message.topic
        now = dt.datetime.now(dt.UTC)
        try:
            if topic == names.incidents:
                await _on_incident(event.value, now)
            elif topic == names.silences:
                _on_silence(event.key, event.value)
            else:
                await _on_tick(now)
        except Exception:
            log.exception("rule_input_failed", topic=topic, offset=event.message.offset)


@app.timer(TICK_SECONDS)  # type: ignore[untyped-decorator]
async def tick() -> None:
    """Drive window closing even when no incident arrives."""
    await channels.rules_clock.send(key=b"tick", value=dt.datetime.now(dt.UTC).isoformat().encode())
