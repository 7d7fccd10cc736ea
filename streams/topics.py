"""Topic names and their specifications; one place that knows every topic."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = ["TopicNames", "TopicSpec", "topic_specs"]


@dataclass(frozen=True, slots=True)
class TopicSpec:
    """A topic to create: name, partition count and topic-level configs."""

    name: str
    partitions: int
    config: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class TopicNames:
    """The names of every topic, with the configured prefix."""

    prefix: str = ""

    def _n(self, name: str) -> str:
        return f"{self.prefix}{name}"

    @property
    def articles(self) -> str:
        """Input: one JSON article per message."""
        return self._n("articles")

    @property
    def articles_rejected(self) -> str:
        """Articles that could not be read: original bytes, reason in headers."""
        return self._n("articles.rejected")

    @property
    def incidents_extracted(self) -> str:
        """Internal: incidents as extracted, keyed by merge key, before merging."""
        return self._n("incidents.extracted")

    @property
    def incidents(self) -> str:
        """Merged incidents, one message per revision."""
        return self._n("incidents")

    @property
    def incidents_late(self) -> str:
        """Incidents older than the rules' grace period."""
        return self._n("incidents.late")

    @property
    def alerts(self) -> str:
        """Every alert version, keyed by fingerprint."""
        return self._n("alerts")

    def alert_topic(self, rule: str) -> str:
        """The topic carrying one rule's alerts."""
        return self._n(f"alerts.{rule}")

    @property
    def silences(self) -> str:
        """Compacted: silences keyed by id."""
        return self._n("silences")

    @property
    def rules_clock(self) -> str:
        """Internal: ticks that let the rule agent close windows when no incident arrives."""
        return self._n("rules.clock")

    @property
    def deliveries(self) -> str:
        """Internal: one message per alert version and destination."""
        return self._n("deliveries")

    @property
    def deliveries_dead(self) -> str:
        """Deliveries that failed for good, with the reason."""
        return self._n("deliveries.dead")


def topic_specs(
    names: TopicNames, rules: Iterable[str], *, partitions: int, max_message_bytes: int
) -> list[TopicSpec]:
    """Every topic the app needs, with partitions and configs."""
    big = {"max.message.bytes": str(max_message_bytes)}
    compacted = {"cleanup.policy": "compact"}
    specs = [
        TopicSpec(names.articles, partitions, big),
        TopicSpec(names.articles_rejected, 1, big),
        TopicSpec(names.incidents_extracted, partitions),
        # The rule stage needs a global view (provinces across countries, inhibition across rules).
        TopicSpec(names.incidents, 1),
        TopicSpec(names.incidents_late, 1),
        TopicSpec(names.alerts, 1),
        TopicSpec(names.silences, 1, compacted),
        TopicSpec(names.rules_clock, 1, {"retention.ms": str(24 * 3600 * 1000)}),
        TopicSpec(names.deliveries, partitions),
        TopicSpec(names.deliveries_dead, 1),
    ]
    specs.extend(TopicSpec(names.alert_topic(rule), 1) for rule in sorted(set(rules)))
    return specs
