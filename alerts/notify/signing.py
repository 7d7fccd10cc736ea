"""Webhook signatures: HMAC-SHA256 over "<timestamp>.<body>", with the timestamp in its own header."""

from __future__ import annotations

import hashlib
import hmac

from alerts.exceptions import SignatureError

__all__ = [
    "IDEMPOTENCY_HEADER",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "sign",
    "signature_headers",
    "verify",
]

SIGNATURE_HEADER = "X-Radar-Signature"
TIMESTAMP_HEADER = "X-Radar-Timestamp"
IDEMPOTENCY_HEADER = "Idempotency-Key"
SCHEME = "v1"


def sign(key: bytes, timestamp: int, body: bytes) -> str:
    """The signature header value: 'v1=' and the hex HMAC-SHA256 of b'<timestamp>.' + body."""
    mac = hmac.new(key, f"{timestamp}.".encode("ascii") + body, hashlib.sha256)
    return f"{SCHEME}={mac.hexdigest()}"


def signature_headers(key: bytes, timestamp: int, body: bytes, idempotency_key: str) -> dict[str, str]:
    """The three headers a signed webhook request carries."""
    return {
        TIMESTAMP_HEADER: str(timestamp),
        SIGNATURE_HEADER: sign(key, timestamp, body),
        IDEMPOTENCY_HEADER: idempotency_key,
    }


def verify(
    key: bytes,
    body: bytes,
    *,
    timestamp: str | None,
    signature: str | None,
    now: float,
    tolerance: float = 300.0,
) -> int:
    """Check a request's signature and freshness; return its timestamp or raise SignatureError.

    `signature` may list several comma-separated 'v1=<hex>' values (key rotation): one match is enough.
    """
    if not timestamp or not signature:
        raise SignatureError("missing")
    try:
        stamp = int(timestamp)
    except ValueError:
        raise SignatureError("malformed_timestamp") from None
    if abs(now - stamp) > tolerance:
        raise SignatureError("stale")
    expected = sign(key, stamp, body)
    candidates = [part.strip() for part in signature.split(",")]
    if not any(hmac.compare_digest(expected, candidate) for candidate in candidates):
        raise SignatureError("mismatch")
    return stamp
