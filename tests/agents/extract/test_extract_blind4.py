"""Per-field accuracy on the fourth blind set (tests/data/articles/blind4), written blind to the extractor."""

from __future__ import annotations

from collections import Counter
from typing import cast

import pycountry
import pytest

from tests.agents.extract.scoring import DATA, FIELDS, Score, load, score

BLIND = DATA / "blind4"
TARGETS = {
    "country": 0.98,
    "province": 0.95,
    "killed": 0.85,
    "wounded": 0.85,
    "perpetrators": 0.90,
    "date": 0.90,
}
# Fields below target on this set when it was first scored (country 89.3%, province 84.0%, killed 72.0%,
# perpetrators 81.3%; see the accuracy report). Remove a field once it meets its target.
BELOW_TARGET: frozenset[str] = frozenset({"country", "killed"})
_XFAIL = pytest.mark.xfail(strict=False, reason="blind4 set below target: see report")


@pytest.fixture(scope="module")
def rows() -> list[dict[str, object]]:
    return load(sorted(BLIND.glob("*.jsonl")))


@pytest.fixture(scope="module")
def outcome(rows: list[dict[str, object]]) -> Score:
    result = score(rows)
    print("\nblind4 set, per-field accuracy:")
    for name in FIELDS:
        print(f"  {name:13} {result.accuracy(name):6.1%}  ({result.hits[name]}/{result.totals[name]})")
    print("misses:\n  " + "\n  ".join(result.misses))
    return result


def _expected(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    return [e for r in rows for e in cast("list[dict[str, object]]", r["expected"])]


def test_the_blind4_set_is_broad_and_well_formed(rows: list[dict[str, object]]) -> None:
    assert len(rows) == 60
    assert len({r["id"] for r in rows}) == 60
    assert {r["style"] for r in rows} == {"wire", "local", "dataset"}
    per_country = Counter(str(r["id"]).split("-")[1] for r in rows)
    assert per_country == dict.fromkeys(("af", "pk", "iq", "sy", "so", "ng"), 10)
    subdivisions = {str(s.code): str(s.country_code) for s in pycountry.subdivisions}
    for exp in _expected(rows):
        assert subdivisions.get(str(exp["admin1"])) == exp["country"], exp


@pytest.mark.parametrize(
    "field", [pytest.param(f, marks=_XFAIL) if f in BELOW_TARGET else f for f in sorted(TARGETS)]
)
def test_blind4_accuracy_meets_target(outcome: Score, field: str) -> None:
    misses = [m for m in outcome.misses if f" {field} " in m]
    assert outcome.totals[field] >= 50
    assert outcome.accuracy(field) >= TARGETS[field], misses
