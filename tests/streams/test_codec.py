"""PydanticCodec round-trips records through faust's codec interface."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from streams.codec import PydanticCodec
from streams.records import Figure, Incident, Location


def test_round_trip_keeps_every_field() -> None:
    incident = Incident(
        incident_id="i1",
        article_ids=["a1", "a2"],
        event_date=dt.date(2018, 4, 12),
        locations=[
            Location(
                country_code="AF",
                country="Afghanistan",
                admin1_code="AF-GHA",
                admin1="Ghazni",
                precision="admin1",
            )
        ],
        killed=Figure(best=13, min=7, max=13),
    )
    codec = PydanticCodec(Incident)
    assert codec.loads(codec.dumps(incident)) == incident


def test_dumps_accepts_a_plain_dict() -> None:
    codec = PydanticCodec(Incident)
    raw = codec.dumps({"incident_id": "i2", "article_ids": ["a"]})
    assert codec.loads(raw).incident_id == "i2"


def test_loads_rejects_bytes_that_do_not_match() -> None:
    with pytest.raises(ValidationError):
        PydanticCodec(Incident).loads(b'{"article_ids": []}')
