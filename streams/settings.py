"""Settings from environment variables (RADAR_*) and an optional YAML config file."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    YamlConfigSettingsSource,
)

__all__ = ["Settings", "get_settings"]

CONFIG_ENV = "RADAR_CONFIG"
DEFAULT_CONFIG = Path("radar.yaml")


def _config_file() -> Path | None:
    """The YAML config file named by RADAR_CONFIG, or ./radar.yaml when present."""
    named = os.environ.get(CONFIG_ENV)
    if named:
        return Path(named)
    return DEFAULT_CONFIG if DEFAULT_CONFIG.is_file() else None


class Settings(BaseSettings):
    """Everything configurable; environment variables win over the config file."""

    model_config = SettingsConfigDict(env_prefix="RADAR_", extra="ignore", populate_by_name=True)

    kafka_bootstrap_servers: str = Field(
        default="127.0.0.1:9092",
        validation_alias=AliasChoices("KAFKA_BOOTSTRAP_SERVERS", "RADAR_KAFKA_BOOTSTRAP_SERVERS"),
        description="Comma-separated host:port list.",
    )
    kafka_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    kafka_sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = None
    kafka_sasl_username: str | None = None
    kafka_sasl_password: SecretStr | None = None
    kafka_ssl_cafile: Path | None = None
    kafka_ssl_certfile: Path | None = None
    kafka_ssl_keyfile: Path | None = None

    topic_prefix: str = Field(default="", description="Prepended to every topic name, e.g. 'prod.'.")
    app_id: str = Field(default="incident-radar", description="Faust app id and consumer group.")
    partitions: int = Field(default=4, ge=1, description="Partitions of the partitioned topics.")
    replication_factor: int = Field(default=1, ge=1)
    data_dir: Path = Field(default=Path("var/worker"), description="Worker's local table state.")
    max_article_bytes: int = Field(default=1_000_000, ge=1_000, description="Larger articles are rejected.")
    max_message_bytes: int = Field(default=8_388_608, description="Topic and client message size limit.")

    rules_file: Path | None = Field(default=None, description="Rules YAML; the shipped defaults when unset.")
    subscriptions_file: Path | None = None
    secrets_file: Path | None = Field(default=None, description="YAML of secret values for subscriptions.")

    log_level: Literal["debug", "info", "warning", "error"] = "info"
    log_format: Literal["auto", "json", "console"] = Field(
        default="auto", description="auto: console on a terminal, JSON otherwise."
    )

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Order: explicit arguments, environment, config file."""
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        config = _config_file()
        if config is not None:
            sources.append(YamlConfigSettingsSource(settings_cls, yaml_file=config))
        return tuple(sources)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
