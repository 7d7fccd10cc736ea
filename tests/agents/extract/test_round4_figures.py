"""Figures, round 4: "the number of X killed ... rose to N" and revisions of the toll setting `best`."""

from __future__ import annotations

import datetime as dt

import pytest

from agents.extract.casualties import find_figures
from agents.extract.tally import figure_of
from streams.records import Incident, Report
from tests.agents.extract import texts


def killed(sentence: str) -> list[int]:
    return [h.count for h in find_figures(sentence, 0, len(sentence)) if h.figure == "killed"]


def incident(text: str) -> Incident:
    return texts.first_main(text, dt.datetime(2023, 5, 10, tzinfo=dt.UTC))


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        (
            "The number of people killed when gunmen stormed a wedding party in Dera Ismail Khan on Monday "
            "rose to 17 on Tuesday, police said.",
            17,
        ),
        (
            "The number of worshippers killed when a suicide bomber struck a mosque in Kunduz "
            "has risen to 46.",
            46,
        ),
        ("The number of villagers killed in Sunday's raid on Gwoza climbed to 31, the chairman said.", 31),
        ("The number of civilians dead after the shelling of Ariha rose to nine, medics said.", 9),
    ],
)
def test_the_number_of_those_killed_reads_a_long_subject(sentence: str, count: int) -> None:
    assert killed(sentence) == [count]


@pytest.mark.parametrize(
    "sentence",
    [
        "A number of people were killed in the crossfire, residents said.",
        "The number of people were unclear after the blast, police said.",
    ],
)
def test_a_vague_number_is_not_a_toll(sentence: str) -> None:
    assert killed(sentence) == []


@pytest.mark.parametrize(
    ("text", "best"),
    [
        (
            "MOGADISHU, May 8 - The death toll from Sunday's bombing at a checkpoint in Afgoye has risen "
            "to 14, a local elder said on Tuesday.\n\nThe district commissioner had said on Sunday that "
            "8 people were killed and 20 wounded.",
            14,
        ),
        (
            "Quetta, May 8: The death toll in the blast at the vegetable market rose to 19 on Monday. "
            "Earlier the deputy commissioner confirmed 11 people were killed in the explosion.",
            19,
        ),
        (
            "08:10 - Hospital officials say 6 dead in the bombing in Kirkuk.\n\n"
            "15:45 - Death toll rises to 13 as two more victims die in hospital.",
            13,
        ),
        (
            "MAIDUGURI, May 8 - The number of people killed in Saturday's bomb attack on a market in Gwange "
            "jumped to 27, residents said. Police had put the figure at 18.",
            27,
        ),
    ],
)
def test_a_revision_of_the_toll_sets_best(text: str, best: int) -> None:
    assert incident(text).killed.best == best


@pytest.mark.parametrize(
    ("text", "best"),
    [
        # an official count above the revision stays best
        (
            "KABUL, May 8 - The toll from the bombing in Pul-e Khumri rose to 9 on Monday, a spokesman said. "
            "The provincial governor later said 12 people were killed in the blast.",
            12,
        ),
        # no revision: the highest official count
        (
            "ABUJA, May 8 - Police said 7 people were killed in the attack on a bus in Kogi state. "
            "Residents said 10 people were killed.",
            7,
        ),
    ],
)
def test_without_a_higher_revision_the_rule_is_unchanged(text: str, best: int) -> None:
    assert incident(text).killed.best == best


def test_a_revision_counts_only_its_own_number() -> None:
    reports = [
        Report(figure="killed", count=5, kind="official", sentence="Police said 5 people were killed."),
        Report(figure="killed", count=8, sentence="Eight people died, and prices rose to 20 dollars."),
        Report(figure="killed", count=7, sentence="The toll rose to seven, a resident said."),
    ]
    assert figure_of(reports).best == 7
    assert figure_of(reports[:2]).best == 5


def zeros(sentence: str) -> set[str]:
    return {h.figure for h in find_figures(sentence, 0, len(sentence)) if h.count == 0}


@pytest.mark.parametrize(
    "sentence",
    [
        "The district commissioner said no one was killed or injured in the mortar attack.",
        "Nobody was injured or killed when the rocket landed near the airport, police said.",
        "A military spokesman said no one was killed and wounded in the ambush on the convoy.",
    ],
)
def test_no_one_killed_or_injured_is_a_zero_of_both(sentence: str) -> None:
    assert zeros(sentence) == {"killed", "wounded"}


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesman for the coalition confirmed the air strike but gave no casualty figures.",
        "The army released no casualty numbers for the operation in Idlib.",
        "Police gave no death toll for the blast in Baghdad.",
        "Officials provided no casualty details on Thursday.",
    ],
)
def test_no_casualty_figures_is_no_zero(sentence: str) -> None:
    assert zeros(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("No one was killed in the blast, police said.", {"killed"}),
        ("There were no casualties, the governor said.", {"killed", "wounded"}),
        ("No injuries were reported among residents of the camp.", set()),
    ],
)
def test_other_zeros_are_unchanged(sentence: str, expected: set[str]) -> None:
    assert zeros(sentence) == expected


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            "BAGHDAD, May 9 - U.S. military aircraft struck a compound of the Kataib Hezbollah militia near "
            "Al-Qaim on Tuesday, the Pentagon said. Iraqi officials said three militia fighters were killed "
            "and five wounded in the strike.",
            3,
            5,
        ),
        (
            "QAMISHLI, May 9 - A Turkish drone strike hit a vehicle near Qamishli on Monday, killing two "
            "members of the Syrian Democratic Forces, the SDF said. A third fighter was badly wounded, "
            "the group said.",
            2,
            1,
        ),
    ],
)
def test_fighters_hit_by_a_state_strike_are_its_victims_per_figure(
    text: str, killed: int, wounded: int
) -> None:
    found = incident(text)
    assert (found.killed.best, found.wounded.best) == (killed, wounded)
    assert found.killed_perpetrators.best is None and found.wounded_perpetrators.best is None


def test_attackers_killed_in_a_raid_on_the_state_stay_attackers() -> None:
    found = incident(
        "KABUL, May 9 - Taliban fighters attacked a police checkpoint in Ghazni province on Monday, killing "
        "4 policemen, officials said. Six attackers were killed in the fighting."
    )
    assert found.killed.best == 4 and found.killed_perpetrators.best == 6
