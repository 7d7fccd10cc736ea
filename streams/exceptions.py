"""Errors of the Kafka plumbing; each carries the data that explains it."""

from __future__ import annotations

__all__ = ["ArticleRejected", "BrokerUnavailable", "StreamsError"]


class StreamsError(Exception):
    """Base of the streams package's errors."""


class BrokerUnavailable(StreamsError):
    """The Kafka cluster did not answer in time."""

    def __init__(self, bootstrap_servers: str, detail: str) -> None:
        self.bootstrap_servers = bootstrap_servers
        self.detail = detail
        super().__init__(f"Kafka at {bootstrap_servers} did not answer: {detail}")


class ArticleRejected(StreamsError):
    """An input message is not a readable article; `reason` is a short code."""

    def __init__(self, reason: str, detail: str) -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason}: {detail}")
