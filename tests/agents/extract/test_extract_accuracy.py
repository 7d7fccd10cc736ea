"""Per-field accuracy on labelled articles written for the project (tests/data/articles) against targets."""

from __future__ import annotations

from collections import Counter
from typing import cast

import pytest

from tests.agents.extract.scoring import Score, load, score

TARGETS = {
    "country": 0.98,
    "province": 0.95,
    "killed": 0.85,
    "wounded": 0.85,
    "perpetrators": 0.90,
    "date": 0.90,
}


@pytest.fixture(scope="module")
def rows() -> list[dict[str, object]]:
    return load()


@pytest.fixture(scope="module")
def outcome(rows: list[dict[str, object]]) -> Score:
    return score(rows)


def test_the_labelled_set_is_broad(rows: list[dict[str, object]]) -> None:
    assert len(rows) >= 40
    countries = Counter(
        str(e["country"]) for r in rows for e in cast("list[dict[str, object]]", r["expected"])
    )
    assert set(countries) == {"AF", "PK", "IQ", "SY", "SO", "NG"}
    assert min(countries.values()) >= 5
    assert {r["style"] for r in rows} == {"wire", "local", "dataset"}


@pytest.mark.parametrize("field", sorted(TARGETS))
def test_accuracy_meets_target(outcome: Score, field: str) -> None:
    misses = [m for m in outcome.misses if f" {field} " in m]
    assert outcome.totals[field] >= 20
    assert outcome.accuracy(field) >= TARGETS[field], misses


def test_incident_counts(outcome: Score) -> None:
    assert outcome.accuracy("incidents") >= 0.9, [m for m in outcome.misses if "main incidents" in m]
