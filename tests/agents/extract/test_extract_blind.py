"""Per-field accuracy on the blind sets (tests/data/articles/blind*), each written blind to the extractor."""

from __future__ import annotations

from collections import Counter
from typing import cast

import pycountry
import pytest

from tests.agents.extract.scoring import DATA, FIELDS, Score, load, score

TARGETS = {
    "country": 0.98,
    "province": 0.95,
    "killed": 0.85,
    "wounded": 0.85,
    "perpetrators": 0.90,
    "date": 0.90,
}
#: The sets, each with the fields still below target (xfail, not strict, so a fix shows as XPASS). Every set
#: was below target somewhere when it arrived (docs/extraction.md gives those first figures); fixes were then
#: made against its misses, so only the newest set says much about reports nobody here has seen.
BELOW_TARGET: dict[str, frozenset[str]] = {
    "blind": frozenset(),
    "blind2": frozenset(),
    "blind3": frozenset(),
    "blind4": frozenset(),
    "blind5": frozenset(),
    "blind6": frozenset(),
    "blind7": frozenset(),
    "blind8": frozenset(),
}
_CASES = [
    pytest.param(
        name,
        field,
        marks=pytest.mark.xfail(strict=False, reason=f"{name} below target: see its misses (-s)")
        if field in below
        else (),
        id=f"{name}-{field}",
    )
    for name, below in BELOW_TARGET.items()
    for field in sorted(TARGETS)
]


@pytest.fixture(scope="module")
def outcomes() -> dict[str, Score]:
    """Every set scored once, with its table and misses printed (`pytest -s`)."""
    results: dict[str, Score] = {}
    for name in BELOW_TARGET:
        result = score(load(sorted((DATA / name).glob("*.jsonl"))))
        print(f"\n{name} set, per-field accuracy:")
        for field in FIELDS:
            hits, total = result.hits[field], result.totals[field]
            print(f"  {field:13} {result.accuracy(field):6.1%}  ({hits}/{total})")
        print("misses:\n  " + "\n  ".join(result.misses))
        results[name] = result
    return results


@pytest.mark.parametrize("name", list(BELOW_TARGET))
def test_the_set_is_broad_and_well_formed(name: str) -> None:
    rows = load(sorted((DATA / name).glob("*.jsonl")))
    assert len(rows) == 60
    assert len({r["id"] for r in rows}) == 60
    assert all(str(r["id"]).startswith(f"{name}-") for r in rows)
    assert {r["style"] for r in rows} == {"wire", "local", "dataset"}
    per_country = Counter(str(r["id"]).split("-")[1] for r in rows)
    assert per_country == dict.fromkeys(("af", "pk", "iq", "sy", "so", "ng"), 10)
    subdivisions = {str(s.code): str(s.country_code) for s in pycountry.subdivisions}
    for row in rows:
        for exp in cast("list[dict[str, object]]", row["expected"]):
            assert subdivisions.get(str(exp["admin1"])) == exp["country"], exp


@pytest.mark.parametrize(("name", "field"), _CASES)
def test_accuracy_meets_target(outcomes: dict[str, Score], name: str, field: str) -> None:
    outcome = outcomes[name]
    misses = [m for m in outcome.misses if f" {field} " in m]
    assert outcome.totals[field] >= 50
    assert outcome.accuracy(field) >= TARGETS[field], misses
