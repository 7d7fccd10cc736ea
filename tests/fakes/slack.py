"""A fake Slack on loopback: an incoming webhook and chat.postMessage / chat.update, checking Block Kit."""

from __future__ import annotations

import json
import re
import secrets
from typing import Any

from tests.fakes.loopback import FaultPlan, LoopbackServer, Reply, json_reply

__all__ = ["FakeSlack", "block_kit_problems"]

_TEXT_TYPES = {"plain_text", "mrkdwn"}
_BLOCK_KEYS = {
    "header": {"type", "block_id", "text"},
    "section": {"type", "block_id", "text", "fields", "accessory", "expand"},
    "context": {"type", "block_id", "elements"},
    "divider": {"type", "block_id"},
}
_ALERT_REF = re.compile(r"alert `([^`]+)` v(\d+)")


def _text_problems(where: str, obj: object, limit: int, kinds: set[str] = _TEXT_TYPES) -> list[str]:
    if not isinstance(obj, dict):
        return [f"{where}: not a text object"]
    problems = []
    if obj.get("type") not in kinds:
        problems.append(f"{where}: type must be one of {sorted(kinds)}")
    text = obj.get("text")
    if not isinstance(text, str) or not text:
        problems.append(f"{where}: empty text")
    elif len(text) > limit:
        problems.append(f"{where}: text longer than {limit}")
    if "emoji" in obj and obj.get("type") != "plain_text":
        problems.append(f"{where}: emoji only on plain_text")
    if set(obj) - {"type", "text", "emoji", "verbatim"}:
        problems.append(f"{where}: unknown keys {sorted(set(obj) - {'type', 'text', 'emoji', 'verbatim'})}")
    return problems


def block_kit_problems(message: dict[str, Any]) -> list[str]:
    """What Slack would reject in a message: block kinds, keys, text types and length limits."""
    problems: list[str] = []
    text = message.get("text")
    blocks = message.get("blocks")
    if blocks is None and not text:
        return ["no_text"]
    if text is not None and (not isinstance(text, str) or len(text) > 40_000):
        problems.append("text: not a string of at most 40000 characters")
    if blocks is None:
        return problems
    if not isinstance(blocks, list) or not 1 <= len(blocks) <= 50:
        return [*problems, "blocks: 1 to 50 blocks"]
    ids: set[str] = set()
    for i, block in enumerate(blocks):
        where = f"blocks[{i}]"
        if not isinstance(block, dict) or block.get("type") not in _BLOCK_KEYS:
            problems.append(f"{where}: unsupported block")
            continue
        kind = block["type"]
        extra = set(block) - _BLOCK_KEYS[kind]
        if extra:
            problems.append(f"{where}: unknown keys {sorted(extra)}")
        block_id = block.get("block_id")
        if block_id is not None:
            if not isinstance(block_id, str) or len(block_id) > 255 or block_id in ids:
                problems.append(f"{where}: bad or repeated block_id")
            ids.add(str(block_id))
        if kind == "header":
            problems += _text_problems(f"{where}.text", block.get("text"), 150, {"plain_text"})
        elif kind == "section":
            if "text" not in block and "fields" not in block:
                problems.append(f"{where}: needs text or fields")
            if "text" in block:
                problems += _text_problems(f"{where}.text", block["text"], 3000)
            fields = block.get("fields")
            if fields is not None:
                if not isinstance(fields, list) or not 1 <= len(fields) <= 10:
                    problems.append(f"{where}.fields: 1 to 10 fields")
                else:
                    for j, field in enumerate(fields):
                        problems += _text_problems(f"{where}.fields[{j}]", field, 2000)
        elif kind == "context":
            elements = block.get("elements")
            if not isinstance(elements, list) or not 1 <= len(elements) <= 10:
                problems.append(f"{where}.elements: 1 to 10 elements")
            else:
                for j, element in enumerate(elements):
                    problems += _text_problems(f"{where}.elements[{j}]", element, 3000)
    return problems


def alert_ref(message: dict[str, Any]) -> tuple[str, int] | None:
    """The (alert id, version) a message's context names."""
    for block in message.get("blocks") or []:
        if block.get("type") != "context":
            continue
        for element in block.get("elements", []):
            found = _ALERT_REF.search(str(element.get("text", "")))
            if found:
                return found.group(1), int(found.group(2))
    return None


class FakeSlack(LoopbackServer):
    """Records accepted messages and edits; rejects what Slack would, as Slack would."""

    def __init__(self, faults: FaultPlan | None = None, *, token: str | None = None, **options: Any) -> None:
        super().__init__(faults, **options)
        self.token = token or "xoxb-" + secrets.token_hex(12)
        self.hook_path = f"/services/T0000/B0000/{secrets.token_hex(12)}"
        self.channels = {"C0ALERTS"}
        self.messages: list[dict[str, Any]] = []
        self.updates: list[dict[str, Any]] = []
        self.rejected: list[list[str]] = []
        self._ts = 1_700_000_000_000_100

    @property
    def webhook_url(self) -> str:
        """The secret incoming-webhook URL."""
        return self.base + self.hook_path

    @property
    def api_url(self) -> str:
        """The Web API base URL to give slack-sdk."""
        return self.base + "/api/"

    def key_of(self, path: str, headers: dict[str, str], body: bytes) -> str:
        try:
            ref = alert_ref(json.loads(body))
        except ValueError:
            ref = None
        return f"{path}:{ref[0]}:{ref[1]}" if ref else path

    def handle(self, path: str, headers: dict[str, str], body: bytes) -> Reply:
        try:
            message = json.loads(body)
        except ValueError:
            return 400, {"Content-Type": "text/plain"}, b"invalid_payload"
        if path == self.hook_path:
            return self._webhook(message)
        if path.startswith("/api/"):
            auth = next((v for k, v in headers.items() if k.lower() == "authorization"), "")
            if auth != f"Bearer {self.token}":
                return json_reply(200, {"ok": False, "error": "invalid_auth"})
            if path == "/api/chat.postMessage":
                return self._post(message)
            if path == "/api/chat.update":
                return self._update(message)
            return json_reply(200, {"ok": False, "error": "unknown_method"})
        return 404, {"Content-Type": "text/plain"}, b"no_service"

    def _check(self, message: dict[str, Any]) -> list[str]:
        problems = block_kit_problems(message)
        if problems:
            with self.lock:
                self.rejected.append(problems)
        return problems

    def _webhook(self, message: dict[str, Any]) -> Reply:
        problems = self._check(message)
        if problems:
            reason = "no_text" if problems == ["no_text"] else "invalid_blocks"
            return 400, {"Content-Type": "text/plain"}, reason.encode()
        with self.lock:
            self.messages.append({"via": "webhook", "channel": None, "ts": None, **message})
        return 200, {"Content-Type": "text/plain"}, b"ok"

    def _post(self, message: dict[str, Any]) -> Reply:
        if message.get("channel") not in self.channels:
            return json_reply(200, {"ok": False, "error": "channel_not_found"})
        if self._check(message):
            return json_reply(200, {"ok": False, "error": "invalid_blocks"})
        with self.lock:
            self._ts += 100
            ts = f"{self._ts // 1_000_000}.{self._ts % 1_000_000:06d}"
            self.messages.append({"via": "bot", **message, "ts": ts})
        return json_reply(200, {"ok": True, "channel": message["channel"], "ts": ts, "message": {"ts": ts}})

    def _update(self, message: dict[str, Any]) -> Reply:
        if self._check(message):
            return json_reply(200, {"ok": False, "error": "invalid_blocks"})
        with self.lock:
            original = next(
                (
                    m
                    for m in self.messages
                    if m["ts"] == message.get("ts") and m["channel"] == message.get("channel")
                ),
                None,
            )
            if original is None:
                return json_reply(200, {"ok": False, "error": "message_not_found"})
            original.update({"text": message.get("text"), "blocks": message.get("blocks")})
            self.updates.append(message)
        return json_reply(200, {"ok": True, "channel": message["channel"], "ts": message["ts"]})

    def alerts_posted(self) -> list[tuple[str, int]]:
        """(alert id, version) of every accepted new message."""
        with self.lock:
            return [ref for m in self.messages if (ref := alert_ref(m)) is not None]
