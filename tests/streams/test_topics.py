"""Topic names follow the prefix; specs cover every topic once."""

from __future__ import annotations

from streams.topics import TopicNames, topic_specs


def test_prefix_applies_to_every_name() -> None:
    names = TopicNames("prod.")
    specs = topic_specs(
        names, ["high_casualty", "coordinated_attack"], partitions=6, max_message_bytes=8_000_000
    )
    assert all(s.name.startswith("prod.") for s in specs)
    assert names.alert_topic("high_casualty") == "prod.alerts.high_casualty"


def test_specs_are_unique_and_sized() -> None:
    names = TopicNames()
    specs = {
        s.name: s for s in topic_specs(names, ["a", "a", "b"], partitions=6, max_message_bytes=8_000_000)
    }
    assert specs[names.articles].partitions == 6
    assert specs[names.articles].config["max.message.bytes"] == "8000000"
    assert specs[names.incidents].partitions == 1
    assert specs[names.silences].config["cleanup.policy"] == "compact"
    assert {"alerts.a", "alerts.b"} <= set(specs)
