"""Counts in digits and words, and their qualifiers."""

from __future__ import annotations

import pytest

from agents.extract.numbers import parse_count, parse_qualifier


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("32", (32, False)),
        ("1,200", (1200, False)),
        ("six", (6, False)),
        ("Twenty-five", (25, False)),
        ("twenty five", (25, False)),
        ("one hundred and twenty", (120, False)),
        ("a hundred", (100, False)),
        ("a dozen", (12, False)),
        ("half a dozen", (6, False)),
        ("two dozen", (24, False)),
        ("a", (1, False)),
        ("both", (2, False)),
        ("a couple of", (2, False)),
        ("dozens", (24, True)),
        ("scores", (40, True)),
        ("several", (3, True)),
        ("hundreds", (200, True)),
    ],
)
def test_parse_count(text: str, expected: tuple[int, bool]) -> None:
    assert parse_count(text) == expected


def test_parse_count_rejects_non_numbers() -> None:
    assert parse_count("") is None
    assert parse_count("many") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (None, "exact"),
        ("at least", "at_least"),
        ("At  least", "at_least"),
        ("more than", "more_than"),
        ("over", "more_than"),
        ("some", "about"),
        ("nearly", "up_to"),
        ("up to", "up_to"),
        ("a total of", "exact"),
    ],
)
def test_parse_qualifier(text: str | None, expected: str) -> None:
    assert parse_qualifier(text) == expected
