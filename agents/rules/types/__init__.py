"""The rule types; each module documents its config in its docstring."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from agents.rules.types.any import AnyRule
from agents.rules.types.cardinality import CardinalityRule
from agents.rules.types.change import ChangeRule
from agents.rules.types.coordinated import CoordinatedAttackRule
from agents.rules.types.frequency import FrequencyRule
from agents.rules.types.new_term import NewTermRule
from agents.rules.types.spike import SpikeRule
from agents.rules.types.threshold import ThresholdRule

__all__ = [
    "AnyRule",
    "CardinalityRule",
    "ChangeRule",
    "CoordinatedAttackRule",
    "FrequencyRule",
    "NewTermRule",
    "Rule",
    "SpikeRule",
    "ThresholdRule",
]

Rule = Annotated[
    ThresholdRule
    | CardinalityRule
    | CoordinatedAttackRule
    | FrequencyRule
    | SpikeRule
    | NewTermRule
    | ChangeRule
    | AnyRule,
    Field(discriminator="type"),
]
