"""docker-compose.yml agrees with the rest of the project (no Docker engine here to run it)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import yaml
from typer.main import get_command

from radar.cli import app
from streams.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def compose() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_kafka_image_matches_the_maven_version() -> None:
    pom = (ROOT / "scripts" / "kafka" / "pom.xml").read_text()
    version = re.search(r"<kafka.version>(.+)</kafka.version>", pom)
    assert version is not None
    assert compose()["services"]["kafka"]["image"] == f"apache/kafka:{version.group(1)}"


def test_radar_variables_are_real_settings() -> None:
    fields = {f"RADAR_{name.upper()}" for name in Settings.model_fields}
    for name, service in compose()["services"].items():
        for variable in service.get("environment", {}):
            if variable.startswith("RADAR_"):
                assert variable in fields, f"{name}: {variable} is no setting"


def test_worker_reaches_the_advertised_listener() -> None:
    services = compose()["services"]
    bootstrap = services["worker"]["environment"]["KAFKA_BOOTSTRAP_SERVERS"]
    assert f"PLAINTEXT://{bootstrap}" in services["kafka"]["environment"]["KAFKA_ADVERTISED_LISTENERS"]


def test_commands_are_radar_commands() -> None:
    known = set(get_command(app).commands)  # type: ignore[attr-defined]
    for name, service in compose()["services"].items():
        command = service.get("command")
        if command:
            assert command[0] == "radar" and command[1] in known, f"{name}: {command}"


def test_dockerfile_copies_every_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    packages = [p.rstrip("*") for p in project["tool"]["setuptools"]["packages"]["find"]["include"]]
    dockerfile = (ROOT / "Dockerfile").read_text()
    for package in packages:
        assert f"COPY {package} ./{package}" in dockerfile
