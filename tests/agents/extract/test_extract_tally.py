"""The documented `best` rule."""

from __future__ import annotations

from agents.extract.tally import figure_of, tally
from streams.records import Figure, Report


def report(
    count: int,
    qualifier: str = "exact",
    kind: str = "unattributed",
    group: str = "victims",
    figure: str = "killed",
    sentence: str = "s",
) -> Report:
    return Report(
        figure=figure,
        count=count,
        qualifier=qualifier,
        kind=kind,
        group=group,
        sentence=sentence,
        article_id="a",
    )


def test_claims_never_set_best_for_victims() -> None:
    result = tally([report(20, "more_than", "claim"), report(7, "at_least", "official")])
    assert result.killed == Figure(best=7, min=7, max=7)
    assert tally([report(10, "more_than", "claim")]).killed == Figure()


def test_exact_official_beats_higher_unofficial_unless_a_lower_bound_says_more() -> None:
    assert figure_of([report(15, kind="witness"), report(12, kind="official")]).best == 12
    assert figure_of([report(10, "at_least"), report(8, kind="official")]).best == 10
    assert figure_of([report(7, "at_least", "official"), report(13, kind="official")]) == Figure(
        best=13, min=7, max=13
    )


def test_parts_add_up_across_groups_and_within_a_sentence() -> None:
    parts = [
        report(3, kind="official", group="police", sentence="x"),
        report(1, kind="official", group="civilians", sentence="x"),
        report(1, kind="official", group="civilians", sentence="x"),
        report(3, kind="official", group="police", sentence="y"),
    ]
    assert figure_of(parts).best == 5
    assert figure_of([report(5, "at_least"), *parts]).best == 5


def test_breakdowns_never_add() -> None:
    result = figure_of([report(25, "at_least"), report(9, group="victims/journalists")])
    assert result == Figure(best=25, min=25, max=25)


def test_vague_and_upper_bounds() -> None:
    assert figure_of([report(24, "vague")]) == Figure(min=24)
    assert figure_of([report(24, "vague"), report(5)]).best == 5
    assert figure_of([report(16, "at_least"), report(19, "up_to")]) == Figure(best=16, min=16, max=19)
    assert figure_of([report(30, "up_to")]).best == 30


def test_perpetrators_apart_and_their_own_claims_count() -> None:
    result = tally(
        [
            report(6, group="police"),
            report(3, kind="claim", group="perpetrators"),
            report(4, kind="claim", group="perpetrators", figure="wounded"),
        ]
    )
    assert result.killed.best == 6
    assert result.killed_perpetrators.best == 3 and result.wounded_perpetrators.best == 4
    assert result.wounded == Figure()


def test_hospitalised_stands_in_for_wounded() -> None:
    assert tally([report(6, kind="medical", figure="hospitalised")]).wounded.best == 6
    result = tally([report(4, figure="wounded"), report(6, kind="medical", figure="hospitalised")])
    assert result.wounded.best == 4
