"""Inhibition: a firing source alert mutes target alerts that match it, after Prometheus Alertmanager.

An InhibitRule names source and target alerts by label (`{rule: coordinated_multi_province}`), and what they
must share: `equal: [country]` (these labels equal on both) or `equal: incidents` (every incident of the
target is also one of the source's: "the same incidents"). Resolved alerts never inhibit; an alert never mutes
itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from alerts.model import Alert
from alerts.silence import label_matches

__all__ = ["InhibitRule", "apply_inhibition", "inhibitor"]


def _matches(labels: Mapping[str, str], match: Mapping[str, str]) -> bool:
    return all(label_matches(labels, name, value) for name, value in match.items())


class InhibitRule(BaseModel):
    """Source alerts matching `source_match` mute target alerts matching `target_match` that share `equal`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    source_match: dict[str, str] = Field(min_length=1)
    target_match: dict[str, str] = Field(min_length=1)
    equal: list[str] | Literal["incidents"] = Field(default_factory=list)

    def is_source(self, alert: Alert) -> bool:
        """True for a firing (not resolved) alert matching the source labels."""
        return alert.status != "resolved" and _matches(alert.labels, self.source_match)

    def is_target(self, alert: Alert) -> bool:
        """True for an alert matching the target labels."""
        return _matches(alert.labels, self.target_match)

    def mutes(self, source: Alert, target: Alert) -> bool:
        """True when `source` inhibits `target` under this rule."""
        if source.fingerprint == target.fingerprint:
            return False
        if self.equal == "incidents":
            if not target.incident_ids or target.incident_ids[0] not in source.incident_ids:
                return False  # cheap test first: sources are many, targets few
            if not set(target.incident_ids) <= set(source.incident_ids):
                return False
        elif any(source.labels.get(n, "") != target.labels.get(n, "") for n in self.equal):
            return False
        return self.is_source(source) and self.is_target(target)


def inhibitor(target: Alert, sources: Iterable[Alert], rules: Sequence[InhibitRule]) -> Alert | None:
    """The first source alert that mutes `target`, if any."""
    candidates = list(sources)
    for rule in rules:
        if not rule.is_target(target):
            continue
        for source in candidates:
            if rule.mutes(source, target):
                return source
    return None


def apply_inhibition(
    alerts: Sequence[Alert], active: Iterable[Alert], rules: Sequence[InhibitRule]
) -> tuple[list[Alert], list[tuple[Alert, str]]]:
    """Split alerts into (kept, muted with "inhibited:<source fingerprint>"); sources: `active` + `alerts`."""
    sources = [*active, *alerts]
    kept: list[Alert] = []
    muted: list[tuple[Alert, str]] = []
    for alert in alerts:
        source = inhibitor(alert, sources, rules)
        if source is None:
            kept.append(alert)
        else:
            muted.append((alert, f"inhibited:{source.fingerprint}"))
    return kept, muted
