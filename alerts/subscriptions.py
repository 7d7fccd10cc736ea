"""The subscriptions file: who gets which alerts, where, how often; secrets are only named here.

A destination names its secrets (`url_secret: OPS_HOOK_URL`); the values come from the environment or from
the secrets file (a YAML mapping of name to value, `settings.secrets_file`), held as `SecretStr` from then on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal

import pycountry
import yaml
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    model_validator,
)

from alerts.exceptions import SecretMissing, SubscriptionError
from alerts.model import Severity

__all__ = [
    "Destination",
    "Limits",
    "Match",
    "NotifyPolicy",
    "RetryPolicy",
    "SecretName",
    "Secrets",
    "SlackBotSpec",
    "SlackWebhookSpec",
    "Subscription",
    "SubscriptionsFile",
    "Target",
    "WebhookSpec",
    "load_secrets",
    "load_subscriptions",
    "parse_duration",
    "parse_subscriptions",
    "resolve_targets",
]

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, None: 1.0}
_SECRET_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,127}$")


def parse_duration(value: object) -> dt.timedelta:
    """'250ms', '30s', '5m', '4h', '1d' or a number of seconds, as a timedelta."""
    if isinstance(value, dt.timedelta):
        return value
    if isinstance(value, bool):
        raise ValueError("a duration is a number of seconds or text like '30s', '5m', '4h'")
    if isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, str) and (found := _DURATION.match(value)):
        seconds = float(found.group(1)) * _UNITS[found.group(2)]
    else:
        raise ValueError("a duration is a number of seconds or text like '30s', '5m', '4h'")
    if seconds < 0:
        raise ValueError("a duration cannot be negative")
    return dt.timedelta(seconds=seconds)


Duration = Annotated[dt.timedelta, BeforeValidator(parse_duration)]


def _secret_name(value: object) -> object:
    """Refuse values that look like the secret itself rather than its name."""
    if isinstance(value, str) and not _SECRET_NAME.match(value):
        raise ValueError(
            "must be the NAME of a secret (letters, digits, '_') set in the environment or the secrets file; "
            "never put the secret itself in the subscriptions file"
        )
    return value


SecretName = Annotated[str, BeforeValidator(_secret_name)]


class _Spec(BaseModel):
    """Base of the file's models: immutable, unknown keys refused."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class RetryPolicy(_Spec):
    """Exponential backoff with jitter; a delivery dies after `max_attempts` or `max_age`."""

    max_attempts: int = Field(default=10, ge=1)
    initial_backoff: Duration = dt.timedelta(seconds=1)
    max_backoff: Duration = dt.timedelta(seconds=60)
    multiplier: float = Field(default=2.0, ge=1.0)
    jitter: float = Field(default=0.5, ge=0.0, le=1.0, description="Share of each delay drawn at random.")
    max_age: Duration = Field(default=dt.timedelta(hours=1), description="From the first attempt.")
    max_retry_after: Duration = Field(
        default=dt.timedelta(minutes=10), description="Longest Retry-After honoured as given."
    )


class Limits(_Spec):
    """Per-destination concurrency and rate, so one slow receiver holds up no other."""

    concurrency: int = Field(default=4, ge=1, le=256)
    rate_per_second: float = Field(default=20.0, gt=0)
    burst: int = Field(default=10, ge=1)


class NotifyPolicy(_Spec):
    """When to notify, after Alertmanager: wait for companions, batch updates, remind, send resolved."""

    group_wait: Duration = Field(
        default=dt.timedelta(0), description="Delay of an alert's first notification."
    )
    group_interval: Duration = Field(
        default=dt.timedelta(seconds=30), description="Least time between two notifications of one alert."
    )
    repeat_interval: Duration | None = Field(default=None, description="Remind while firing; None: never.")
    send_resolved: bool = True


class WebhookSpec(_Spec):
    """A signed JSON webhook."""

    url_secret: SecretName
    signing_key_secret: SecretName
    timeout: Duration = dt.timedelta(seconds=10)


class SlackWebhookSpec(_Spec):
    """A Slack incoming webhook; updates are posted as replies marked as updates."""

    webhook_url_secret: SecretName
    timeout: Duration = dt.timedelta(seconds=10)


class SlackBotSpec(_Spec):
    """A Slack bot token and channel; updates edit the original message."""

    token_secret: SecretName
    channel: str = Field(min_length=1, max_length=80)
    api_url: str = Field(default="https://slack.com/api/", description="Slack Web API base URL.")
    timeout: Duration = dt.timedelta(seconds=10)


class Destination(_Spec):
    """Where notifications go: exactly one of webhook, slack (incoming webhook) or slack_bot."""

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]{0,62}$")
    webhook: WebhookSpec | None = None
    slack: SlackWebhookSpec | None = None
    slack_bot: SlackBotSpec | None = None
    limits: Limits | None = None
    retry: RetryPolicy | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> Destination:
        kinds = [k for k in ("webhook", "slack", "slack_bot") if getattr(self, k) is not None]
        if len(kinds) != 1:
            raise ValueError("a destination has exactly one of: webhook, slack, slack_bot")
        return self

    @property
    def kind(self) -> Literal["webhook", "slack", "slack_bot"]:
        """Which of the three kinds this destination is."""
        if self.webhook is not None:
            return "webhook"
        return "slack" if self.slack is not None else "slack_bot"

    @property
    def secret_names(self) -> list[str]:
        """The names of the secrets this destination needs."""
        if self.webhook is not None:
            return [self.webhook.url_secret, self.webhook.signing_key_secret]
        if self.slack is not None:
            return [self.slack.webhook_url_secret]
        assert self.slack_bot is not None
        return [self.slack_bot.token_secret]


def _upper_list(value: object) -> object:
    return [v.strip().upper() for v in value] if isinstance(value, list) else value


class Match(_Spec):
    """Which alerts a subscription takes; an empty list matches everything."""

    rules: list[str] = Field(default_factory=list)
    min_severity: Severity = "info"
    countries: Annotated[list[str], BeforeValidator(_upper_list)] = Field(
        default_factory=list, description="ISO 3166-1 alpha-2 codes."
    )
    provinces: Annotated[list[str], BeforeValidator(_upper_list)] = Field(
        default_factory=list, description="ISO 3166-2 admin1 codes, e.g. AF-HER."
    )
    perpetrators: list[str] = Field(default_factory=list, description="Names, compared without case.")
    labels: dict[str, str] = Field(
        default_factory=dict, description="Every label must equal the given value."
    )

    @model_validator(mode="after")
    def _known_codes(self) -> Match:
        unknown = [c for c in self.countries if pycountry.countries.get(alpha_2=c) is None]
        if unknown:
            raise ValueError(f"unknown country codes: {', '.join(unknown)}")
        unknown = [p for p in self.provinces if pycountry.subdivisions.get(code=p) is None]  # type: ignore[no-untyped-call]
        if unknown:
            raise ValueError(f"unknown province (ISO 3166-2) codes: {', '.join(unknown)}")
        return self


class Subscription(_Spec):
    """Alerts matching `match` go to the destinations in `send_to`, under `policy`."""

    name: str = Field(min_length=1, max_length=120)
    match: Match = Field(default_factory=Match)
    send_to: list[str] = Field(min_length=1)
    policy: NotifyPolicy | None = None


class SubscriptionsFile(_Spec):
    """The whole file: defaults, destinations, subscriptions."""

    version: Literal[1] = 1
    policy: NotifyPolicy = Field(default_factory=NotifyPolicy, description="Default for every subscription.")
    retry: RetryPolicy = Field(default_factory=RetryPolicy, description="Default for every destination.")
    limits: Limits = Field(default_factory=Limits, description="Default for every destination.")
    destinations: list[Destination] = Field(default_factory=list)
    subscriptions: list[Subscription] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> SubscriptionsFile:
        names = [d.name for d in self.destinations]
        doubled = sorted({n for n in names if names.count(n) > 1})
        if doubled:
            raise ValueError(f"destination names used twice: {', '.join(doubled)}")
        subs = [s.name for s in self.subscriptions]
        doubled = sorted({n for n in subs if subs.count(n) > 1})
        if doubled:
            raise ValueError(f"subscription names used twice: {', '.join(doubled)}")
        known = set(names)
        for sub in self.subscriptions:
            missing = [d for d in sub.send_to if d not in known]
            if missing:
                raise ValueError(
                    f"subscription {sub.name!r} sends to unknown destinations: {', '.join(missing)}"
                )
        return self

    @cached_property
    def by_name(self) -> dict[str, Destination]:
        """Destinations by name."""
        return {d.name: d for d in self.destinations}

    def policy_of(self, subscription: Subscription) -> NotifyPolicy:
        """The subscription's policy, or the file's default."""
        return subscription.policy or self.policy

    def retry_of(self, destination: str) -> RetryPolicy:
        """The destination's retry policy, or the file's default."""
        return self.by_name[destination].retry or self.retry

    def limits_of(self, destination: str) -> Limits:
        """The destination's limits, or the file's default."""
        return self.by_name[destination].limits or self.limits


def _problems(error: ValidationError) -> list[str]:
    """Validation errors as 'where: what' lines, never echoing input values (they might be secrets)."""
    lines = []
    for item in error.errors(include_input=False, include_url=False):
        where = ".".join(str(part) for part in item["loc"]) or "(top)"
        message = item["msg"].removeprefix("Value error, ")
        lines.append(f"{where}: {message}")
    return lines


def parse_subscriptions(data: object, source: str = "subscriptions") -> SubscriptionsFile:
    """Validate parsed YAML; raise SubscriptionError listing every problem."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise SubscriptionError(source, ["the file must hold a mapping"])
    try:
        return SubscriptionsFile.model_validate(data)
    except ValidationError as exc:
        raise SubscriptionError(source, _problems(exc)) from None


def load_subscriptions(path: Path) -> SubscriptionsFile:
    """Read and validate a subscriptions file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SubscriptionError(str(path), [f"cannot read: {exc.strerror}"]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise SubscriptionError(str(path), [f"not valid YAML{where}"]) from None
    return parse_subscriptions(data, str(path))


class Secrets:
    """Secret values by name: the environment first, then the secrets file; values never shown."""

    def __init__(self, environ: Mapping[str, str], file_values: Mapping[str, str] | None = None) -> None:
        self._environ = environ
        self._file = dict(file_values or {})

    def get(self, name: str) -> SecretStr | None:
        """The secret named `name`, or None."""
        value = self._environ.get(name)
        if value is None:
            value = self._file.get(name)
        return SecretStr(value) if value else None

    def values(self, names: list[str]) -> list[str]:
        """The plain values of the named secrets that are set (for redaction checks)."""
        found = [self.get(n) for n in names]
        return [s.get_secret_value() for s in found if s is not None]

    def __repr__(self) -> str:
        return f"Secrets(environment, file: {len(self._file)} names)"


def load_secrets(path: Path | None, environ: Mapping[str, str]) -> Secrets:
    """Secrets from the environment and the optional secrets file (a YAML mapping of name to value)."""
    if path is None:
        return Secrets(environ)
    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SubscriptionError(str(path), [f"cannot read secrets file: {exc.strerror}"]) from None
    except yaml.YAMLError:
        raise SubscriptionError(str(path), ["secrets file is not valid YAML"]) from None
    if data is None:
        data = {}
    if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
        raise SubscriptionError(str(path), ["secrets file must map names to values"])
    return Secrets(environ, {k: str(v) for k, v in data.items() if v is not None})


class Target(BaseModel):
    """A destination with its secrets resolved; what notifiers are built from."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    destination: Destination
    url: SecretStr | None = None
    signing_key: SecretStr | None = None
    token: SecretStr | None = None

    @property
    def name(self) -> str:
        """The destination's name."""
        return self.destination.name


def resolve_targets(config: SubscriptionsFile, secrets: Secrets) -> dict[str, Target]:
    """Every destination with its secrets; raise SecretMissing naming (never showing) what is absent."""
    targets: dict[str, Target] = {}
    for dest in config.destinations:
        missing = [n for n in dest.secret_names if secrets.get(n) is None]
        if missing:
            raise SecretMissing(dest.name, missing)
        if dest.webhook is not None:
            target = Target(
                destination=dest,
                url=secrets.get(dest.webhook.url_secret),
                signing_key=secrets.get(dest.webhook.signing_key_secret),
            )
        elif dest.slack is not None:
            target = Target(destination=dest, url=secrets.get(dest.slack.webhook_url_secret))
        else:
            assert dest.slack_bot is not None
            target = Target(destination=dest, token=secrets.get(dest.slack_bot.token_secret))
        targets[dest.name] = target
    return targets
