"""Offline gazetteer: place names in news text resolved to `streams.records.Location`."""

from __future__ import annotations

from agents.geo.errors import GazetteerError
from agents.geo.gazetteer import Gazetteer, default_gazetteer
from agents.geo.model import Kind, PlaceMention, Reading

__all__ = ["Gazetteer", "GazetteerError", "Kind", "PlaceMention", "Reading", "default_gazetteer"]
