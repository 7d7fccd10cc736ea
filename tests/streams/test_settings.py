"""Settings come from RADAR_* variables, KAFKA_BOOTSTRAP_SERVERS and a YAML file, in that order."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.settings import Settings


def test_environment_wins_over_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "radar.yaml"
    config.write_text("topic_prefix: fromfile.\npartitions: 3\n")
    monkeypatch.setenv("RADAR_CONFIG", str(config))
    monkeypatch.setenv("RADAR_PARTITIONS", "5")
    settings = Settings()
    assert settings.topic_prefix == "fromfile."
    assert settings.partitions == 5


def test_kafka_bootstrap_servers_alias(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19999")
    assert Settings().kafka_bootstrap_servers == "127.0.0.1:19999"


def test_sasl_password_is_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RADAR_KAFKA_SASL_PASSWORD", "hunter2-very-secret")
    settings = Settings()
    assert "hunter2-very-secret" not in repr(settings)
    assert settings.kafka_sasl_password is not None
    assert settings.kafka_sasl_password.get_secret_value() == "hunter2-very-secret"
