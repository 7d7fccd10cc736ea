"""Round 14: figures. Listed victims joined by "their", an ordinal as the subject ("a fourth was wounded"),
longer subject phrases, "shot and wounded", police by acronym, a quotation that runs over several sentences,
a bracketed split of a total into sides, "no casualties reported", and a victim named before his role."""

from __future__ import annotations

import datetime as dt

import pytest

from agents.extract.casualties import find_figures
from streams.records import Incident
from tests.agents.extract import texts

PUBLISHED = dt.datetime(2024, 5, 14, 9, 0, tzinfo=dt.UTC)  # a Tuesday


def first(text: str) -> Incident:
    return texts.first_main(text, PUBLISHED)


def figures(sentence: str) -> list[tuple[str, int, str]]:
    return [(f.figure, f.count, f.group) for f in find_figures(sentence, 0, len(sentence))]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "QUETTA - Two Chinese engineers and their Pakistani driver were killed on Monday when gunmen "
            "fired on "
            "their car in Gwadar, Balochistan province, police said.",
            3,
        ),
        (
            "Three teachers and their driver were killed when a bomb hit their minibus in Bannu district of "
            "Khyber "
            "Pakhtunkhwa on Monday, police said.",
            4,
        ),
        (
            "A farmer and his son were killed on Monday when a mortar round hit their house in Daraa "
            "province, "
            "local activists said.",
            2,
        ),
    ],
)
def test_listed_victims_joined_by_a_possessive_add_up(text: str, killed: int) -> None:
    assert first(text).killed.best == killed


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            "Three truck drivers were killed and a fourth was wounded when their convoy was ambushed in "
            "Herat "
            "province on Monday, an official said.",
            3,
            1,
        ),
        (
            "Two boys were killed and a third hurt when an old shell exploded near a village in Raqqa "
            "province on "
            "Monday, local sources said.",
            2,
            1,
        ),
    ],
)
def test_an_ordinal_subject_counts_one_more(text: str, killed: int, wounded: int) -> None:
    incident = first(text)
    assert (incident.killed.best, incident.wounded.best) == (killed, wounded)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("A Somali Red Crescent volunteer was shot dead on Monday.", [("killed", 1, "victims")]),
        (
            "The gunmen seized five deminers; their driver was shot and wounded.",
            [("wounded", 1, "civilians")],
        ),
        ("Two policemen were shot and badly wounded at the gate.", [("wounded", 2, "police")]),
        ("Nine of our ALP boys were martyred last night.", [("killed", 9, "police")]),
    ],
)
def test_subject_phrases(sentence: str, found: list[tuple[str, int, str]]) -> None:
    assert figures(sentence) == found


@pytest.mark.parametrize(
    "sentence",
    [
        "Their families were told to leave the village.",
        "A car and a motorbike were damaged in the blast.",
        "The Somali Red Crescent said its teams were working in the area.",
    ],
)
def test_no_figure_without_a_person(sentence: str) -> None:
    assert figures(sentence) == []


def test_a_quotation_over_several_sentences_keeps_its_speaker() -> None:
    text = (
        'Paktia MP Zahra Ahmadi wrote on Facebook on Monday: "Another dark night for Zurmat. 11 of our '
        'police were martyred, 5 injured. Nobody is listening."\n\n'
        "The provincial police spokesman said seven policemen were killed and three wounded in the Taliban "
        "attack on the checkpoint in Zurmat district of Paktia province on Sunday night."
    )
    incident = first(text)
    reports = {(r.figure, r.count): r.kind for r in incident.reports}
    assert reports[("killed", 11)] == "official"
    assert (incident.killed.best, incident.wounded.best) == (11, 5)


def test_a_quotation_ends_with_its_paragraph() -> None:
    text = (
        'A resident told our reporter: "We heard the blast at dawn.\n\n'
        "Police said four people were killed in the explosion at a market in Kunduz city on Monday."
    )
    reports = [r for r in first(text).reports if r.figure == "killed"]
    assert [(r.count, r.kind) for r in reports] == [(4, "official")]


@pytest.mark.parametrize(
    ("text", "killed", "attackers"),
    [
        (
            "event_date: 2024-05-12\nlocation: Kulachi, Dera Ismail Khan, Khyber Pakhtunkhwa\nsummary: "
            "Militants "
            "raided a police post.\nfatalities: 5 (2 police, 3 militants)",
            2,
            3,
        ),
        (
            "2024-05-12 | Pakistan | Balochistan | Turbat | Attack on a camp; deaths: 4 (1 soldier, 3 "
            "attackers)",
            1,
            3,
        ),
    ],
)
def test_a_bracketed_split_counts_each_side(text: str, killed: int, attackers: int) -> None:
    incident = first(text)
    assert (incident.killed.best, incident.killed_perpetrators.best) == (killed, attackers)


def test_a_bracketed_split_of_victims_keeps_the_total() -> None:
    text = "2024-05-12 | Iraq | Diyala | Baquba | A bomb hit a market; fatalities: 6 (4 civilians, 2 police)"
    assert first(text).killed.best == 6


def test_no_casualties_reported_in_a_claimed_row_is_a_zero() -> None:
    text = (
        "2024-05-12 | Somalia | Middle Shabelle | Jowhar | other | al-Shabaab | Militants burned a telecom "
        "mast "
        "outside Jowhar; no casualties reported; claimed by al-Shabaab."
    )
    incident = first(text)
    assert (incident.killed.best, incident.wounded.best) == (0, 0)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Unknown gunmen killed Abu Hamza al-Zoubi, a former opposition commander, in Tafas on Monday.",
            [("killed", 1, "civilians")],
        ),
        ("Gunmen shot dead Ahmad Wali, a shopkeeper, outside his home.", [("killed", 1, "civilians")]),
        ("Police arrested Ahmad Wali, a shopkeeper, on Monday.", []),
    ],
)
def test_a_victim_named_before_his_role(sentence: str, found: list[tuple[str, int, str]]) -> None:
    assert figures(sentence) == found
