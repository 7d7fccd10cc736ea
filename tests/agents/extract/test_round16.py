"""Round 16: the speaker named by a noun phrase right before the verb ("..., a militia leader said") is the
source, not a group named earlier in the sentence; a titled victim "of" a place listed with others."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.records import Incident
from tests.agents.extract import texts

PUBLISHED = dt.datetime(2024, 5, 14, 9, 0, tzinfo=dt.UTC)  # a Tuesday


def first(text: str) -> Incident:
    return texts.first_main(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Boko Haram fighters on Monday attacked Gwoza town in Borno state, killing four members of a "
            "vigilante group, a militia leader said.",
            "a militia leader",
        ),
        (
            "Islamic State fighters fired mortars at Dikwa on Monday, killing two civilians and wounding "
            "five, an "
            "aid worker said.",
            "an aid worker",
        ),
    ],
)
def test_a_noun_phrase_before_the_verb_is_the_speaker(text: str, source: str) -> None:
    incident = first(text)
    killed = [r for r in incident.reports if r.figure == "killed"]
    assert [(r.kind, r.source) for r in killed] == [("unattributed", source)]
    assert incident.killed.best == killed[0].count


def test_a_group_speaking_still_claims() -> None:
    text = (
        "Militants attacked a checkpoint in Kunduz province on Monday, killing 12 soldiers, the Taliban said."
    )
    incident = first(text)
    assert [r.kind for r in incident.reports if r.figure == "killed"] == ["claim"]
    assert incident.killed.best is None


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "A roadside bomb killed the district commissioner of Beled Hawo and two of his bodyguards on "
            "Monday "
            "near the town in Gedo region, officials said.",
            3,
        ),
        (
            "Gunmen killed the deputy governor of Nangarhar and three of his guards on Monday in Jalalabad, "
            "police said.",
            4,
        ),
    ],
)
def test_a_titled_victim_of_a_place_and_his_guards(text: str, killed: int) -> None:
    assert first(text).killed.best == killed


@pytest.mark.parametrize(
    "text",
    [
        "The month ended with a suicide bombing at a mosque in Peshawar on 31 October (4 killed, 15 "
        "wounded), "
        "which the Islamic State claimed.",
        "A car bomb at a checkpoint in Mogadishu on Monday killed four soldiers and wounded 15, an attack "
        "that "
        "al-Shabaab claimed.",
    ],
)
def test_figures_before_a_relative_clause_claiming_the_attack_count(text: str) -> None:
    incident = first(text)
    assert (incident.killed.best, incident.wounded.best) == (4, 15)
    assert [p.claimed for p in incident.perpetrators] == [True]


def test_a_group_stating_figures_is_still_a_claim() -> None:
    text = (
        "Militants stormed a police post in Kurram district of Khyber Pakhtunkhwa on Monday. The Islamic "
        "State "
        "claimed it had killed 14 policemen."
    )
    incident = first(text)
    assert [r.kind for r in incident.reports if r.figure == "killed"] == ["claim"]


@pytest.mark.parametrize(
    ("text", "killed", "attackers"),
    [
        (
            "Unknown gunmen opened fire on a team of polio vaccinators in Nad Ali district of Helmand "
            "province on "
            "Monday, killing three of them, officials said.",
            3,
            None,
        ),
        (
            "Gunmen stormed a wedding party at a village in Zamfara state on Monday, killing nine of them, "
            "police "
            "said.",
            9,
            None,
        ),
        (
            "Police fired on the gunmen as they fled a bank in Kano on Monday, killing two of them, "
            "officials said.",
            None,
            2,
        ),
    ],
)
def test_of_them_counts_whom_the_clause_attacked(
    text: str, killed: int | None, attackers: int | None
) -> None:
    incident = first(text)
    assert (incident.killed.best, incident.killed_perpetrators.best) == (killed, attackers)


def test_a_separate_statement_is_no_separate_attack() -> None:
    text = (
        "MIRANSHAH - Militants attacked an army post in North Waziristan late on Monday, killing three "
        "soldiers, "
        "the military said. In a separate statement, the Pakistani Taliban said their fighters had carried "
        "out "
        "the attack."
    )
    main = texts.mains(text, PUBLISHED)
    assert [(i.killed.best, [p.name for p in i.perpetrators]) for i in main] == [
        (3, ["Tehrik-i-Taliban Pakistan"])
    ]


def test_a_separate_attack_is_still_separate() -> None:
    text = (
        "MIRANSHAH - Militants attacked an army post in North Waziristan late on Monday, killing three "
        "soldiers, "
        "the military said. In a separate attack, a roadside bomb killed two policemen in Bannu district."
    )
    assert [i.killed.best for i in texts.mains(text, PUBLISHED)] == [3, 2]
