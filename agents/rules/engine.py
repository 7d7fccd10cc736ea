"""The rule engine: incidents into groups (rule + key + window), groups into alert versions.

State lives in a plain mutable mapping of JSON-able values (a changelog-backed Faust table in the worker),
under keys that start with `rules:`; every change is written back by assignment. Time is always passed in:
`now` is processing time (alert timestamps, silences, how long closed windows are remembered); event time
comes from the incidents (event dates; publication as the reference for lateness) and from `stream_time`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import OrderedDict
from collections.abc import Iterable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

import structlog

from agents.rules.base import Group
from agents.rules.facts import event_days, is_late
from agents.rules.render import (
    group_claims,
    group_locations,
    group_perpetrators,
    render_facts,
    title_and_summary,
    totals,
)
from agents.rules.ruleset import RuleSet
from agents.rules.types import Rule
from agents.rules.windows import Window, windows_for
from alerts.inhibit import inhibitor
from alerts.model import Alert
from alerts.silence import Silence, first_match
from streams.records import Incident

__all__ = ["CLOSED", "GROUP", "HISTORY", "SOURCES", "Outcome", "RuleEngine", "fingerprint"]

log = structlog.get_logger(__name__)

GROUP = "rules:g:"
CLOSED = "rules:c:"
HISTORY = "rules:h:"
SOURCES = "rules:s:"
_CACHE_SIZE = 20_000
_EVIDENCE = 12


@dataclass(slots=True)
class Outcome:
    """What one incident caused: alert versions to publish, those muted (and why), and whether it was late."""

    alerts: list[Alert] = field(default_factory=list)
    suppressed: list[tuple[Alert, str]] = field(default_factory=list)
    late: bool = False


def _hash(value: object, size: int = 16) -> str:
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:size]


def fingerprint(rule: str, key: dict[str, str], window: Window | None) -> str:
    """The alert identity: a stable hash of rule + key + window start."""
    return _hash([rule, sorted(key.items()), window.start.isoformat() if window else None])


def _iso(value: dt.datetime) -> str:
    return value.isoformat()


def _time(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value)


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def _alert_days(alert: Alert) -> list[str]:
    """The event days of an alert (at most 31), or ["none"] when undated: the inhibition index's keys."""
    if alert.event_start is None:
        return ["none"]
    last = min(alert.event_end or alert.event_start, alert.event_start + dt.timedelta(days=30))
    count = max(0, (last - alert.event_start).days) + 1
    return [(alert.event_start + dt.timedelta(days=n)).isoformat() for n in range(count)]


@dataclass(slots=True)
class _Draft:
    rule: Rule
    group: Group
    alert: Alert
    digest: str


class RuleEngine:
    """Runs a RuleSet over incidents, one at a time, keeping its windows in the given state."""

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules
        self._enabled: list[Rule] = rules.enabled
        self._by_name: dict[str, Rule] = {r.name: r for r in self._enabled}
        self._inhibit = list(rules.inhibit)
        self._grace = rules.settings.grace
        self._max_days = max(1, rules.settings.max_span.days)
        self._cache: OrderedDict[str, tuple[dict[str, Any], Incident]] = OrderedDict()
        self._alerts: OrderedDict[tuple[str, int, str], Alert] = OrderedDict()

    # ----------------------------------------------------------------------------------------- incidents
    def process(
        self,
        state: MutableMapping[str, Any],
        incident: Incident,
        *,
        now: dt.datetime,
        silences: Iterable[Silence] = (),
    ) -> Outcome:
        """Feed one incident revision to every rule; return the alert versions to publish."""
        late = is_late(incident, self._grace)
        days = event_days(incident, self._max_days)
        member = incident.model_dump(mode="json", exclude={"evidence"})
        self._remember(member, incident)
        drafts: list[_Draft] = []
        for rule in self._enabled:
            if not rule.filter.matches(incident):
                continue
            if rule.windowed and (late or not days):
                continue
            drafts.extend(self._apply(state, rule, incident, member, days, now))
        outcome = Outcome(late=late)
        if drafts:
            self._settle(state, drafts, now, list(silences), outcome)
        return outcome

    def _apply(
        self,
        state: MutableMapping[str, Any],
        rule: Rule,
        incident: Incident,
        member: dict[str, Any],
        days: list[dt.date],
        now: dt.datetime,
    ) -> list[_Draft]:
        """Join the incident to each of its groups for one rule; drafts for groups whose alert changed."""
        windows: list[Window | None] = list(windows_for(days, rule.window)) if rule.window else [None]
        admitted: bool | None = None
        drafts: list[_Draft] = []
        for key in rule.group_keys(incident):
            for window in windows:
                fp = fingerprint(rule.name, key, window)
                if CLOSED + fp in state:
                    continue
                raw = state.get(GROUP + fp)
                if raw is None:
                    if admitted is None:
                        admitted = rule.admits(incident)
                    if not admitted:
                        continue
                    group = Group(fp, rule.name, key, window, self._close_at(rule, window, incident, now))
                    created = True
                else:
                    stored = raw["members"].get(incident.incident_id)
                    if stored == member or (
                        stored is not None and stored.get("revision", 0) > incident.revision
                    ):
                        continue  # the same revision again, or an older one: nothing new
                    group = self._load(raw)
                    created = False
                group.members[incident.incident_id] = incident
                group.touched_at = now
                if window is None:
                    group.close_at = max(group.close_at, self._close_at(rule, None, incident, now))
                history = self._history(state, rule, group, incident) if rule.uses_history else None
                history = rule.join(group, incident, history, created=created)
                if rule.uses_history:
                    self._save_history(state, rule, group, history)
                if rule.fires(group, history):
                    alert, digest = self._draft(rule, group, now)
                    if digest != group.digest:
                        drafts.append(_Draft(rule, group, alert, digest))
                state[GROUP + fp] = self._dump(group)
        return drafts

    def _close_at(
        self, rule: Rule, window: Window | None, incident: Incident, now: dt.datetime
    ) -> dt.datetime:
        """When (stream time) a group closes: window end + grace, or the incident's reference + open_for."""
        if window is not None:
            return window.end + self._grace
        last = incident.event_end or incident.event_date
        anchors = [
            t for t in (incident.published_at, _midnight(last) + dt.timedelta(days=1) if last else None) if t
        ]
        return (max(anchors) if anchors else now) + rule.open_for

    # ------------------------------------------------------------------------------------------- alerts
    def _draft(self, rule: Rule, group: Group, now: dt.datetime) -> tuple[Alert, str]:
        """The group's alert as it would be published next, and a digest of its content."""
        incidents = list(group.members.values())
        sums = totals(incidents)
        facts = render_facts(rule, group, sums)
        title, summary = title_and_summary(rule, group, facts)
        locations = group_locations(group)
        perpetrators = group_perpetrators(group)
        late = any(is_late(i, self._grace) for i in incidents)
        labels = {
            "country": ",".join(sorted({loc.country_code for loc in locations})),
            "admin1": ",".join(sorted({loc.admin1_code for loc in locations if loc.admin1_code})),
            "perpetrator": ",".join(sorted({p.name for p in perpetrators})),
            "event_type": ",".join(sorted({i.event_type for i in incidents})),
            "late": "true" if late else "false",
        }
        labels = {k: v for k, v in labels.items() if v}
        labels.update(rule.labels)
        labels.update(rule=rule.name, severity=rule.severity)
        evidence: dict[str, None] = {}
        for incident in incidents:
            for sentence in [incident.summary, *(r.sentence for r in incident.reports)]:
                if sentence and len(evidence) < _EVIDENCE:
                    evidence[sentence.strip()] = None
        start = facts["start"]
        end = facts["end"]
        content: dict[str, Any] = {
            "rule": rule.name,
            "severity": rule.severity,
            "title": title,
            "summary": summary,
            "labels": dict(sorted(labels.items())),
            "perpetrators": perpetrators,
            "locations": locations,
            "event_start": None if start == "unknown" else start,
            "event_end": None if end == "unknown" else end,
            "killed": sums["killed"],
            "wounded": sums["wounded"],
            "claims": group_claims(incidents),
            "incident_ids": list(group.members),
            "article_ids": list(dict.fromkeys(a for i in incidents for a in i.article_ids)),
            "sources": list({src.article_id: src for i in incidents for src in i.sources}.values()),
            "late": late,
            "evidence": list(evidence),
        }
        previous = group.alert
        alert = Alert(
            alert_id=previous.alert_id if previous else "al-" + _hash(["alert", group.fingerprint]),
            fingerprint=group.fingerprint,
            version=previous.version + 1 if previous else 1,
            status="updated" if previous else "firing",
            created_at=previous.created_at if previous else now,
            updated_at=now,
            **content,
        )
        digest = _hash(alert.model_dump(mode="json", include=set(content)))
        return alert, digest

    def _settle(
        self,
        state: MutableMapping[str, Any],
        drafts: list[_Draft],
        now: dt.datetime,
        silences: list[Silence],
        outcome: Outcome,
    ) -> None:
        """Apply silences and inhibition; record what was published; keep the inhibition sources current."""
        for draft in drafts:
            if any(r.is_source(draft.alert) for r in self._inhibit):
                self._save_source(state, draft.group, draft.alert)
        for draft in drafts:
            reason: str | None = None
            silence = first_match(silences, draft.alert.labels, now) if silences else None
            if silence is not None:
                reason = f"silenced:{silence.id}"
            elif any(r.is_target(draft.alert) for r in self._inhibit):
                sources = [*self._sources(state, draft.alert), *(d.alert for d in drafts)]
                muter = inhibitor(draft.alert, sources, self._inhibit)
                if muter is not None:
                    reason = f"inhibited:{muter.fingerprint}"
            group = draft.group
            group.digest = draft.digest
            if reason is None:
                group.alert = draft.alert
                outcome.alerts.append(draft.alert)
            else:
                outcome.suppressed.append((draft.alert, reason))
            state[GROUP + group.fingerprint] = self._dump(group)

    def _sources(self, state: MutableMapping[str, Any], target: Alert) -> list[Alert]:
        """Open source alerts whose event days overlap the target's."""
        found: dict[str, Alert] = {}
        for day in _alert_days(target):
            for name in self._by_name:
                for fp, data in (state.get(f"{SOURCES}{name}:{day}") or {}).items():
                    if fp not in found:
                        found[fp] = self._alert(data)
        return list(found.values())

    def _save_source(self, state: MutableMapping[str, Any], group: Group, alert: Alert) -> None:
        """Index a source alert under each of its event days (inhibition looks up the target's days)."""
        days = _alert_days(alert)
        data = alert.model_dump(mode="json")
        for day in days:
            key = f"{SOURCES}{alert.rule}:{day}"
            state[key] = {**(state.get(key) or {}), alert.fingerprint: data}
        known = group.extra.get("source_days", [])
        group.extra["source_days"] = sorted({*known, *days})

    def _drop_source(self, state: MutableMapping[str, Any], rule: str, fp: str, days: list[str]) -> None:
        for day in days:
            key = f"{SOURCES}{rule}:{day}"
            index = state.get(key)
            if index and fp in index:
                index = {k: v for k, v in index.items() if k != fp}
                if index:
                    state[key] = index
                else:
                    del state[key]

    # ------------------------------------------------------------------------------------------ history
    def _history_key(self, rule: Rule, group: Group) -> str:
        return f"{HISTORY}{rule.name}:{_hash(sorted(rule.history_key(group.key).items()))}"

    def _history(
        self, state: MutableMapping[str, Any], rule: Rule, group: Group, incident: Incident
    ) -> dict[str, Any] | None:
        raw = state.get(self._history_key(rule, group))
        return dict(raw["data"]) if raw else None

    def _save_history(
        self, state: MutableMapping[str, Any], rule: Rule, group: Group, history: dict[str, Any] | None
    ) -> None:
        if history is None:
            return
        key = self._history_key(rule, group)
        ttl: dt.timedelta = getattr(rule, "history_ttl", dt.timedelta(0))
        end = group.window.end if group.window else group.close_at
        until = end + ttl + self._grace
        raw = state.get(key)
        if raw and _time(raw["until"]) > until:
            until = _time(raw["until"])
        state[key] = {"rule": rule.name, "until": _iso(until), "data": history}

    # ------------------------------------------------------------------------------------------- expiry
    def expire(
        self,
        state: MutableMapping[str, Any],
        *,
        now: dt.datetime,
        stream_time: dt.datetime,
        silences: Iterable[Silence] = (),
    ) -> list[Alert]:
        """Close the groups whose window has passed in stream time and that have been quiet for `settle`
        (resolved versions for rules that ask); prune closed fingerprints and history."""
        muted = list(silences)
        resolved: list[Alert] = []
        keep_closed = self.rules.settings.keep_closed
        settle = self.rules.settings.settle
        for key in sorted(k for k in list(state.keys()) if isinstance(k, str) and k.startswith("rules:")):
            raw = state.get(key)
            if raw is None:
                continue
            if key.startswith(GROUP):
                if _time(raw["close_at"]) > stream_time:
                    continue
                touched = raw.get("touched_at")
                if touched and now - _time(touched) < settle:
                    continue
                fp = key[len(GROUP) :]
                rule = self._by_name.get(raw["rule"])
                if rule is not None and rule.resolve and raw.get("alert"):
                    alert = Alert.model_validate(raw["alert"])
                    final = alert.model_copy(
                        update={"version": alert.version + 1, "status": "resolved", "updated_at": now}
                    )
                    if first_match(muted, final.labels, now) is None:
                        resolved.append(final)
                del state[key]
                self._drop_source(state, raw["rule"], fp, (raw.get("extra") or {}).get("source_days", []))
                state[CLOSED + fp] = {"rule": raw["rule"], "closed_at": _iso(now)}
            elif key.startswith(CLOSED):
                if _time(raw["closed_at"]) + keep_closed <= now:
                    del state[key]
            elif key.startswith(HISTORY) and _time(raw["until"]) <= stream_time:
                del state[key]
        return resolved

    # ---------------------------------------------------------------------------------------- (de)serde
    def _remember(self, member: dict[str, Any], incident: Incident) -> None:
        self._cache[incident.incident_id] = (member, incident)
        self._cache.move_to_end(incident.incident_id)
        while len(self._cache) > _CACHE_SIZE:
            self._cache.popitem(last=False)

    def _incident(self, data: dict[str, Any]) -> Incident:
        cached = self._cache.get(str(data.get("incident_id")))
        if cached is not None and cached[0] == data:
            return cached[1]
        incident = Incident.model_validate(data)
        self._remember(data, incident)
        return incident

    def _alert(self, data: dict[str, Any]) -> Alert:
        """An alert from its stored JSON; parsed once per version."""
        key = (str(data["fingerprint"]), int(data["version"]), str(data["updated_at"]))
        alert = self._alerts.get(key)
        if alert is None:
            alert = self._alerts[key] = Alert.model_validate(data)
            while len(self._alerts) > _CACHE_SIZE:
                self._alerts.popitem(last=False)
        return alert

    def _dump(self, group: Group) -> dict[str, Any]:
        return {
            "rule": group.rule,
            "key": group.key,
            "window": [_iso(group.window.start), _iso(group.window.end)] if group.window else None,
            "close_at": _iso(group.close_at),
            "touched_at": _iso(group.touched_at) if group.touched_at else None,
            "members": {i: self._member(inc) for i, inc in group.members.items()},
            "extra": group.extra,
            "alert": group.alert.model_dump(mode="json") if group.alert else None,
            "digest": group.digest,
        }

    def _member(self, incident: Incident) -> dict[str, Any]:
        cached = self._cache.get(incident.incident_id)
        if cached is not None and cached[1] is incident:
            return cached[0]
        return incident.model_dump(mode="json", exclude={"evidence"})

    def _load(self, raw: dict[str, Any]) -> Group:
        window = raw.get("window")
        return Group(
            fingerprint=fingerprint(
                raw["rule"], raw["key"], Window(_time(window[0]), _time(window[1])) if window else None
            ),
            rule=raw["rule"],
            key=dict(raw["key"]),
            window=Window(_time(window[0]), _time(window[1])) if window else None,
            close_at=_time(raw["close_at"]),
            touched_at=_time(raw["touched_at"]) if raw.get("touched_at") else None,
            members={i: self._incident(m) for i, m in raw["members"].items()},
            extra=dict(raw.get("extra") or {}),
            alert=self._alert(raw["alert"]) if raw.get("alert") else None,
            digest=raw.get("digest"),
        )
