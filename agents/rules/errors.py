"""Errors of the rules package; each carries the data that explains it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

__all__ = ["RuleError", "RuleFileError"]


class RuleError(ValueError):
    """A rule definition is invalid: `problems` lists (field path, message) pairs."""

    def __init__(self, problems: Sequence[tuple[str, str]], source: Path | str | None = None) -> None:
        self.problems = list(problems)
        self.source = str(source) if source is not None else None
        where = f"{self.source}: " if self.source else ""
        lines = "; ".join(f"{path}: {message}" if path else message for path, message in self.problems)
        super().__init__(f"{where}{lines}")


class RuleFileError(RuleError):
    """A rules file cannot be read or is not YAML."""
