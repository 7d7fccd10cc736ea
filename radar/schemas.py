"""JSON Schemas of the records on our topics."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from alerts.model import Alert
from streams.records import Article, Incident


def schemas() -> dict[str, dict[str, Any]]:
    """Record name -> JSON Schema (serialisation mode: what consumers read)."""
    from alerts.silence import Silence

    models: dict[str, type[BaseModel]] = {
        "article": Article,
        "incident": Incident,
        "alert": Alert,
        "silence": Silence,
    }
    return {name: model.model_json_schema(mode="serialization") for name, model in models.items()}
