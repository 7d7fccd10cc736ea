"""The Faust app and its topic channels, configured from settings."""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from functools import cache

import faust
from faust.types import TopicT

from alerts.model import Alert
from streams.codec import PydanticCodec
from streams.records import Incident
from streams.settings import Settings, get_settings
from streams.topics import TopicNames

__all__ = ["Channels", "app", "channels", "create_app", "names", "settings"]


def _credentials(settings: Settings) -> faust.types.auth.CredentialsT | None:
    """SASL or SSL credentials for the Faust (aiokafka) transport, or None for PLAINTEXT."""
    protocol = settings.kafka_security_protocol
    context: ssl.SSLContext | None = None
    if protocol in ("SSL", "SASL_SSL"):
        context = ssl.create_default_context(
            cafile=str(settings.kafka_ssl_cafile) if settings.kafka_ssl_cafile else None
        )
        if settings.kafka_ssl_certfile:
            context.load_cert_chain(
                str(settings.kafka_ssl_certfile),
                str(settings.kafka_ssl_keyfile) if settings.kafka_ssl_keyfile else None,
            )
    if protocol.startswith("SASL"):
        password = settings.kafka_sasl_password.get_secret_value() if settings.kafka_sasl_password else ""
        return faust.SASLCredentials(
            username=settings.kafka_sasl_username or "",
            password=password,
            mechanism=settings.kafka_sasl_mechanism or "PLAIN",
            ssl_context=context,
        )
    if context is not None:
        return faust.SSLCredentials(context)
    return None


def create_app(settings: Settings) -> faust.App:
    """A Faust app for these settings; agents register themselves on it at import."""
    brokers = ";".join(f"kafka://{server}" for server in settings.kafka_bootstrap_servers.split(","))
    return faust.App(
        settings.app_id,
        broker=brokers,
        broker_credentials=_credentials(settings),
        store="memory://",
        datadir=str(settings.data_dir),
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        topic_allow_declare=True,
        topic_disable_leader=True,
        web_enabled=False,
        autodiscover=False,
        producer_max_request_size=settings.max_message_bytes,
        consumer_max_fetch_size=settings.max_message_bytes,
        consumer_auto_offset_reset="earliest",
        stream_wait_empty=False,
        broker_session_timeout=10.0,
        broker_heartbeat_interval=3.0,
        broker_commit_every=100,
        broker_commit_interval=1.0,
    )


@dataclass(frozen=True)
class Channels:
    """The Faust topic objects the agents read and write."""

    articles: TopicT
    articles_rejected: TopicT
    incidents_extracted: TopicT
    incidents: TopicT
    incidents_late: TopicT
    alerts: TopicT
    silences: TopicT
    rules_clock: TopicT
    deliveries: TopicT
    deliveries_dead: TopicT
    app: faust.App
    names: TopicNames

    def alert_topic(self, rule: str) -> TopicT:
        """The channel of one rule's alerts."""
        return _alert_topic(self.app, self.names.alert_topic(rule))


@cache
def _alert_topic(app: faust.App, name: str) -> TopicT:
    return app.topic(name, key_serializer="raw", value_serializer=PydanticCodec(Alert), partitions=1)


def create_channels(app: faust.App, settings: Settings) -> Channels:
    """Faust topics for every topic in streams.topics, with their codecs."""
    names = TopicNames(settings.topic_prefix)
    incident_codec = PydanticCodec(Incident)
    alert_codec = PydanticCodec(Alert)
    parts = settings.partitions

    def raw(name: str, partitions: int) -> TopicT:
        return app.topic(name, key_serializer="raw", value_serializer="raw", partitions=partitions)

    return Channels(
        articles=raw(names.articles, parts),
        articles_rejected=raw(names.articles_rejected, 1),
        incidents_extracted=app.topic(
            names.incidents_extracted, key_serializer="raw", value_serializer=incident_codec, partitions=parts
        ),
        incidents=app.topic(
            names.incidents, key_serializer="raw", value_serializer=incident_codec, partitions=1
        ),
        incidents_late=app.topic(
            names.incidents_late, key_serializer="raw", value_serializer=incident_codec, partitions=1
        ),
        alerts=app.topic(names.alerts, key_serializer="raw", value_serializer=alert_codec, partitions=1),
        silences=raw(names.silences, 1),
        rules_clock=raw(names.rules_clock, 1),
        deliveries=raw(names.deliveries, parts),
        deliveries_dead=raw(names.deliveries_dead, 1),
        app=app,
        names=names,
    )


settings = get_settings()
app = create_app(settings)
channels = create_channels(app, settings)
names = channels.names
