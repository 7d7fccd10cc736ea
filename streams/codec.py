"""A faust codec that carries pydantic models as JSON."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from faust.serializers.codecs import Codec
from pydantic import BaseModel

__all__ = ["PydanticCodec"]

M = TypeVar("M", bound=BaseModel)


class PydanticCodec(Codec, Generic[M]):
    """Encodes one pydantic model class to JSON bytes and validates it back."""

    def __init__(self, model: type[M], **kwargs: Any) -> None:
        super().__init__(model=model, **kwargs)
        self.model = model

    def _dumps(self, obj: Any) -> bytes:
        if isinstance(obj, self.model):
            return obj.model_dump_json().encode("utf-8")
        return self.model.model_validate(obj).model_dump_json().encode("utf-8")

    def _loads(self, s: bytes) -> M:
        return self.model.model_validate_json(s)
