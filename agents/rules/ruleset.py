"""The rules file: engine settings, rules and inhibition, validated strictly; loading and error paths."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import Field, ValidationError, model_validator

from agents.rules.base import Config
from agents.rules.duration import Duration
from agents.rules.errors import RuleError, RuleFileError
from agents.rules.types import Rule
from alerts.inhibit import InhibitRule

__all__ = ["DEFAULT_RULES", "RuleSet", "RuleSettings", "load_rules", "parse_rules"]

DEFAULT_RULES = "default_rules.yaml"


class RuleSettings(Config):
    """Engine-wide settings."""

    grace: Duration = Field(
        default=dt.timedelta(days=2),
        description="An incident whose event ended more than this before its publication is late.",
    )
    keep_closed: Duration = Field(
        default=dt.timedelta(days=30),
        description="Processing time a closed window is remembered, so a replay does not reopen it.",
    )
    settle: Duration = Field(
        default=dt.timedelta(minutes=2),
        description="A window closes only once no incident has joined it for this long (processing time), "
        "so a burst of out-of-order reports is not cut in two.",
    )
    max_span: Duration = Field(
        default=dt.timedelta(days=31), description="Windows look at most this far back into a long event."
    )


class RuleSet(Config):
    """Every rule, the inhibition rules and the engine settings."""

    settings: RuleSettings = Field(default_factory=RuleSettings)
    rules: list[Rule] = Field(default_factory=list)
    inhibit: list[InhibitRule] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique(self) -> RuleSet:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.name in seen:
                raise ValueError(f"rule name {rule.name!r} is used twice")
            seen.add(rule.name)
        return self

    @property
    def enabled(self) -> list[Rule]:
        """The rules that run."""
        return [r for r in self.rules if r.enabled]

    @property
    def names(self) -> list[str]:
        """Names of the enabled rules (one alert topic each: alerts.<name>)."""
        return [r.name for r in self.enabled]

    def rule(self, name: str) -> Rule:
        """A rule by name (KeyError when unknown)."""
        for rule in self.rules:
            if rule.name == name:
                return rule
        raise KeyError(name)


def _path(loc: tuple[int | str, ...], data: Any) -> str:
    """A readable field path: rules[0](high_casualty).killed."""
    parts: list[str] = []
    node: Any = data
    for step in loc:
        if isinstance(step, int):
            name = (
                node[step].get("name")
                if isinstance(node, list) and step < len(node) and isinstance(node[step], dict)
                else None
            )
            parts.append(f"[{step}]" + (f"({name})" if name else ""))
            node = node[step] if isinstance(node, list) and step < len(node) else None
            continue
        if isinstance(node, dict) and step not in node and node.get("type") == step:
            continue  # the discriminator's tag, not a field
        parts.append(f".{step}" if parts else step)
        node = node.get(step) if isinstance(node, dict) else None
    return "".join(parts)


def parse_rules(data: Any, source: Path | str | None = None) -> RuleSet:
    """A RuleSet from parsed YAML, or RuleError listing each bad field with its path."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise RuleError(
            [("", "a rules file is a mapping with `rules:` (and optional `settings:`, `inhibit:`)")], source
        )
    try:
        ruleset = RuleSet.model_validate(data)
    except ValidationError as exc:
        problems = [(_path(tuple(e["loc"]), data), e["msg"]) for e in exc.errors()]
        raise RuleError(problems, source) from None
    names = set(ruleset.names)
    problems = []
    for number, rule in enumerate(ruleset.inhibit):
        for side, match in (("source_match", rule.source_match), ("target_match", rule.target_match)):
            named = match.get("rule")
            if named is not None and named not in names:
                problems.append((f"inhibit[{number}].{side}.rule", f"no enabled rule named {named!r}"))
    if problems:
        raise RuleError(problems, source)
    return ruleset


def load_rules(path: Path | None = None) -> RuleSet:
    """Rules from a YAML file, or the shipped defaults when `path` is None."""
    if path is None:
        text = resources.files("agents.rules").joinpath(DEFAULT_RULES).read_text(encoding="utf-8")
        source: Path | str = DEFAULT_RULES
    else:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise RuleFileError([("", f"cannot read: {exc.strerror or exc}")], path) from None
        source = path
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise RuleFileError([("", f"not valid YAML: {exc}")], source) from None
    return parse_rules(data, source)
