"""Rules: declarative alerting over incidents in event time, with an Alertmanager-style alert lifecycle.

rules = load_rules(path)            # None -> the shipped defaults (default_rules.yaml)
engine = RuleEngine(rules)
outcome = engine.process(state, incident, now=now, silences=silences)
resolved = engine.expire(state, now=now, stream_time=stream_time)
"""

from __future__ import annotations

from agents.rules.engine import Outcome, RuleEngine, fingerprint
from agents.rules.errors import RuleError, RuleFileError
from agents.rules.ruleset import RuleSet, RuleSettings, load_rules, parse_rules
from agents.rules.types import Rule

__all__ = [
    "Outcome",
    "Rule",
    "RuleEngine",
    "RuleError",
    "RuleFileError",
    "RuleSet",
    "RuleSettings",
    "fingerprint",
    "load_rules",
    "parse_rules",
]
