"""Round 15: actors. A group referred back to ("the same group", "blamed on the group"), a group named as what
others fought against, and a group named for what it did before, not in this event."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.records import Incident
from tests.agents.extract import texts

PUBLISHED = dt.datetime(2024, 5, 14, 9, 0, tzinfo=dt.UTC)  # a Tuesday


def names(incident: Incident) -> list[str]:
    return [p.name for p in incident.perpetrators]


def test_the_same_group_is_the_group_named_before() -> None:
    text = (
        "QUETTA - Gunmen killed four labourers at a construction site in Turbat, Balochistan province, on "
        "Monday, "
        "police said. The Baloch Liberation Front claimed the attack.\n\n"
        "In March, a roadside bomb planted by the same group killed two soldiers in Kech district."
    )
    main, background = texts.split(text, PUBLISHED)
    assert [names(i) for i in main] == [["Balochistan Liberation Front"]]
    assert [names(i) for i in background] == [["Balochistan Liberation Front"]]


def test_an_attack_blamed_on_the_group_is_the_groups() -> None:
    text = (
        "KIRKUK, Iraq - Islamic State militants attacked a police checkpoint in Daquq district of Kirkuk "
        "province on Monday, killing three policemen, officials said.\n\n"
        "Last week a bomb killed two farmers near Hawija, an attack officials also blamed on the group."
    )
    main, background = texts.split(text, PUBLISHED)
    assert [names(i) for i in main] == [["Islamic State"]]
    assert [names(i) for i in background] == [["Islamic State"]]


def test_the_group_as_a_plain_subject_is_not_a_back_reference() -> None:
    text = (
        "A roadside bomb killed two soldiers in Kech district of Balochistan on Monday, police said. The "
        "group "
        "of soldiers was returning from patrol."
    )
    assert names(texts.first_main(text, PUBLISHED)) == []


@pytest.mark.parametrize(
    "text",
    [
        "An old mortar round exploded near a village in Raqqa province on Monday, killing two boys, local "
        "sources "
        "said. The area was a front line in the battles against ISIS in 2017.",
        "A landmine killed a shepherd in Helmand province on Monday, officials said. The district saw years "
        "of "
        "fighting against the Taliban.",
    ],
)
def test_a_group_fought_against_is_no_perpetrator(text: str) -> None:
    assert names(texts.first_main(text, PUBLISHED)) == []


@pytest.mark.parametrize(
    "text",
    [
        "A woman suicide bomber killed five people at a market in Konduga, Borno state, on Monday, a "
        "vigilante "
        "leader said. No group claimed the attack, though Boko Haram has used women bombers in Konduga "
        "before.",
        "Two rockets hit a base near Baghdad airport on Monday, wounding a contractor, officials said. No "
        "group "
        "claimed the attack; US officials have blamed Kataib Hezbollah for earlier ones.",
    ],
)
def test_a_group_named_for_earlier_attacks_is_no_perpetrator(text: str) -> None:
    assert names(texts.first_main(text, PUBLISHED)) == []


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "A woman suicide bomber killed five people at a market in Konduga, Borno state, on Monday. "
            "Police "
            "blamed Boko Haram, which has carried out such attacks.",
            "Boko Haram",
        ),
        (
            "Two rockets hit a base near Baghdad airport on Monday, wounding a contractor. Officials blamed "
            "Kataib Hezbollah for the attack.",
            "Kataib Hezbollah",
        ),
    ],
)
def test_a_group_blamed_for_this_attack_stays(text: str, group: str) -> None:
    assert names(texts.first_main(text, PUBLISHED)) == [group]


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb killed 12 people near a bakery in Manbij on Monday, the Syrian Observatory for Human "
        "Rights "
        "said. The city is held by the Manbij Military Council, part of the SDF.",
        "A roadside bomb killed four civilians in Khan Neshin district of Helmand on Monday. The district "
        "has "
        "been under the control of the Taliban since 2020.",
    ],
)
def test_who_holds_a_place_is_no_perpetrator(text: str) -> None:
    assert names(texts.first_main(text, PUBLISHED)) == []


def test_fighters_part_of_a_group_are_its_own() -> None:
    text = (
        "Gunmen who are part of Islamic State West Africa Province attacked a military base in Monguno, "
        "Borno "
        "state, on Monday, killing five soldiers, an army spokesman said."
    )
    assert names(texts.first_main(text, PUBLISHED)) == ["Islamic State"]
