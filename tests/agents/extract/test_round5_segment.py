"""Segmentation of round 5: abductions told as "took away N passengers" anchor their sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.records import Incident
from tests.agents.extract import texts

PUBLISHED = dt.datetime(2023, 5, 19, 8, 0, tzinfo=dt.UTC)  # a Friday
THURSDAY = dt.date(2023, 5, 18)


def run(text: str) -> tuple[list[Incident], list[Incident]]:
    return texts.split(text, PUBLISHED)


_admin1 = texts.admin1


@pytest.mark.parametrize(
    ("lead", "admin1"),
    [
        (
            "Armed men stopped a minibus on the Kunduz - Takhar road on Thursday and took away 9 of its "
            "passengers, officials in Kunduz province said.",
            "AF-KDZ",
        ),
        (
            "KATSINA, May 19 - Gunmen blocked the highway near Funtua in Katsina State on Thursday and "
            "carried off at least 15 travellers, police said.",
            "NG-KT",
        ),
        (
            "Unknown gunmen raided a farm outside Baidoa in Bay region on Thursday night and whisked away "
            "four farm workers, elders said.",
            "SO-BY",
        ),
        (
            "Militants halted two cars near Tank in Khyber Pakhtunkhwa on Thursday and led away six men.",
            "PK-KP",
        ),
    ],
)
def test_taking_people_away_is_an_abduction_that_anchors_place_and_date(lead: str, admin1: str) -> None:
    mains, _ = run(lead + "\n\nA search was launched in the nearby hills.")
    assert len(mains) == 1
    assert mains[0].event_type == "abduction"
    assert _admin1(mains[0]) == admin1
    assert mains[0].event_date == THURSDAY


@pytest.mark.parametrize(
    "sentence",
    [
        "Flood waters took away 12 houses in Kunduz province on Thursday, officials said.",
        "Rescuers carried away the debris from the market in Kunduz province on Thursday.",
        "The storm took away the roofs of several schools in Kunduz province on Thursday.",
    ],
)
def test_things_taken_away_are_no_abduction(sentence: str) -> None:
    main, background = texts.split(sentence, PUBLISHED)
    assert all(i.event_type != "abduction" for i in main + background)


LEAD = (
    "MAIDUGURI, May 19 - Gunmen attacked a police post in Konduga in Borno State on Thursday, "
    "killing three officers, police said.\n\n"
)


@pytest.mark.parametrize(
    ("line", "admin1"),
    [
        ("Last December, gunmen kidnapped 20 travellers on the Gusau-Funtua road.", "NG-ZA"),
        ("In March, bandits abducted dozens of villagers near Funtua in Katsina State.", "NG-KT"),
        ("Boko Haram fighters attacked Dikwa last year and burned the market.", "NG-BO"),
        ("ISWAP briefly took control of Marte last April.", "NG-BO"),
    ],
)
def test_a_dated_past_event_with_actor_and_place_is_a_background_incident(line: str, admin1: str) -> None:
    mains, backgrounds = run(LEAD + line)
    assert len(mains) == 1
    assert mains[0].killed.best == 3
    assert [_admin1(b) for b in backgrounds] == [admin1]


@pytest.mark.parametrize(
    "line",
    [
        "Last December, the governor visited Gusau to open a new road.",
        "Floods in Maiduguri displaced thousands of families last year.",
        "Konduga has been calm since the army reopened the road last April.",
        "Boko Haram has carried out a series of attacks in Dikwa in recent months.",
        "ISWAP fighters have staged a wave of raids on villages around Monguno since last year.",
    ],
)
def test_past_lines_without_an_attack_by_someone_add_no_incident(line: str) -> None:
    mains, backgrounds = run(LEAD + line)
    assert len(mains) == 1
    assert backgrounds == []


ATTACK = (
    "BAGHDAD, May 19 - Islamic State militants attacked an army outpost near Tarmiyah north of Baghdad "
    "late on Wednesday, killing four soldiers, security sources said.\n\n"
    "Two other soldiers were wounded in the attack, an officer said.\n\n"
)


@pytest.mark.parametrize(
    "claim",
    [
        "Islamic State claimed the attack through Amaq on Thursday, saying 10 soldiers had died.",
        "On Thursday, Islamic State claimed responsibility for the assault in a statement.",
        "The Islamic State group claimed the attack on Thursday, saying its fighters killed 12 soldiers.",
    ],
)
def test_a_later_claim_never_opens_a_second_incident(claim: str) -> None:
    mains, _ = run(ATTACK + claim)
    assert len(mains) == 1
    assert mains[0].event_date == dt.date(2023, 5, 17)
    assert mains[0].killed.best == 4


def test_a_later_attack_without_a_claim_still_opens_its_own_incident() -> None:
    mains, _ = run(ATTACK + "On Thursday, a roadside bomb killed three police in Tuz Khurmatu, Salahuddin.")
    assert len(mains) == 2
    assert [i.event_date for i in mains] == [dt.date(2023, 5, 17), THURSDAY]
