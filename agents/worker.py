"""The worker: imports every agent so that they register on the app."""

from __future__ import annotations

from agents import deliver_agent, extract_agent, merge_agent, rule_agent
from streams.app import app

__all__ = ["app", "deliver_agent", "extract_agent", "merge_agent", "rule_agent"]
