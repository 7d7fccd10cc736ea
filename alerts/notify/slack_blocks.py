"""Block Kit messages for alerts, kept within Slack's limits (built with slack-sdk's block models)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from alerts.model import Alert
from alerts.notify.payload import source_links
from alerts.notify.records import Delivery
from streams.records import Figure, Report, Source

__all__ = [
    "FIELD_MAX",
    "HEADER_MAX",
    "SECTION_MAX",
    "describe_range",
    "escape",
    "slack_message",
    "truncate",
]

HEADER_MAX = 150
SECTION_MAX = 3000
FIELD_MAX = 2000
FIELDS_MAX = 10
CONTEXT_MAX = 10
TEXT_MAX = 3000
MAX_SOURCES = 10

_MARKS = {"critical": ":red_circle:", "warning": ":large_orange_circle:", "info": ":large_blue_circle:"}
_QUALIFIERS = {
    "exact": "",
    "at_least": "at least ",
    "more_than": "more than ",
    "about": "about ",
    "up_to": "up to ",
    "vague": "",
}


def truncate(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, ending with an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def escape(text: str) -> str:
    """Text safe inside mrkdwn: Slack's three control characters escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def describe_range(figure: Figure) -> str:
    """A casualty figure as readable text: '13', '10–13', 'at least 20', 'up to 13', 'not reported'."""
    if not figure.known:
        return "not reported"
    low = figure.min if figure.min is not None else figure.best
    high = figure.max if figure.max is not None else figure.best
    if low is not None and high is not None:
        return str(low) if low == high else f"{low}–{high}"
    if low is not None:
        return f"at least {low}"
    return f"up to {high}"


def _claim(report: Report) -> str:
    who = report.source or "claim"
    figure = report.figure.replace("_", " ")
    return f"{who}: {_QUALIFIERS[report.qualifier]}{report.count} {figure}"


def _provinces(alert: Alert) -> str:
    names: list[str] = []
    for loc in alert.locations:
        name = loc.admin1 or loc.place or loc.country
        if name not in names:
            names.append(name)
    return ", ".join(names) or "not located"


def _dates(alert: Alert) -> str:
    if alert.event_start is None:
        return "unknown"
    if alert.event_end is None or alert.event_end == alert.event_start:
        return alert.event_start.isoformat()
    return f"{alert.event_start.isoformat()} to {alert.event_end.isoformat()}"


def _field(title: str, value: str) -> MarkdownTextObject:
    return MarkdownTextObject(text=truncate(f"*{title}*\n{escape(value)}", FIELD_MAX))


def _source_line(article_id: str, link: Source | None) -> str:
    if link is None or not link.url:
        return f"• {escape(article_id)}"
    label = escape(link.title or link.outlet or article_id).replace("|", "/")
    return f"• <{link.url}|{truncate(label, 200)}>"


def slack_message(
    delivery: Delivery, *, update: bool, sources: Mapping[str, Source] | None = None
) -> dict[str, Any]:
    """`text` (the notification fallback) and `blocks` for one alert version."""
    alert = delivery.alert
    if alert.status == "resolved":
        label = "Resolved"
    elif delivery.repeat:
        label = "Still firing"
    elif update:
        label = f"Update (v{alert.version})"
    else:
        label = alert.severity.upper()
    header = truncate(f"{label} · {alert.title}", HEADER_MAX)
    perpetrators = (
        ", ".join(p.name + (" (claimed)" if p.claimed else "") for p in alert.perpetrators) or "unknown"
    )
    claims = "\n".join(_claim(c) for c in alert.claims) or "none"
    fields = [
        _field("Provinces", _provinces(alert)),
        _field("Perpetrator", perpetrators),
        _field("Killed", describe_range(alert.killed)),
        _field("Wounded", describe_range(alert.wounded)),
        _field("Event date", _dates(alert) + (" (late report)" if alert.late else "")),
        _field("Claims", claims),
    ][:FIELDS_MAX]
    links = source_links(alert, sources)
    lines = [_source_line(a, links.get(a)) for a in alert.article_ids[:MAX_SOURCES]]
    if len(alert.article_ids) > MAX_SOURCES:
        lines.append(f"… and {len(alert.article_ids) - MAX_SOURCES} more")
    context = [
        MarkdownTextObject(text=f"{_MARKS[alert.severity]} {alert.severity}"),
        MarkdownTextObject(text=f"rule `{escape(alert.rule)}`"),
        MarkdownTextObject(text=f"alert `{escape(alert.alert_id)}` v{alert.version}"),
    ]
    blocks: list[Block] = [
        HeaderBlock(text=PlainTextObject(text=header, emoji=True)),
        SectionBlock(text=MarkdownTextObject(text=truncate(escape(alert.summary) or " ", SECTION_MAX))),
        SectionBlock(fields=fields),
    ]
    if lines:
        blocks.append(
            SectionBlock(
                text=MarkdownTextObject(text=truncate("*Sources*\n" + "\n".join(lines), SECTION_MAX))
            )
        )
    blocks += [DividerBlock(), ContextBlock(elements=context[:CONTEXT_MAX])]
    text = truncate(f"{header}: {alert.summary}", TEXT_MAX)
    return {"text": text, "blocks": [block.to_dict() for block in blocks]}
