"""Fixtures of the rules tests."""

from __future__ import annotations

import pytest

from tests.agents.rules.builders import ChangelogState


@pytest.fixture
def state() -> ChangelogState:
    """A fresh changelog-like state."""
    return ChangelogState()
