"""Round 10: listed victims and single wounded, state jets by model, groups named as subjects or blamed with a
relative clause, new group names, and places (districts, capitals, neighbours' border towns)."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.records import Incident
from tests.agents.extract import texts

PUBLISHED = dt.datetime(2024, 3, 12, 9, 0, tzinfo=dt.UTC)  # a Tuesday


def first(text: str) -> Incident:
    return texts.first_main(text, PUBLISHED)


def names(incident: Incident) -> list[str]:
    return [p.name for p in incident.perpetrators]


# --- actors -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "force", "killed"),
    [
        (
            "KIRKUK, Iraq (Reuters) - Iraqi F-16 jets bombed a militant hideout in the Hamrin mountains of "
            "Kirkuk province on Sunday, killing nine militants, the Joint Operations Command said.",
            "Iraqi Air Force",
            9,
        ),
        (
            "Idlib (Local Desk) - Russian Su-24 jets struck a market in Maarat al-Numan in Idlib province on "
            "Monday, killing 14 civilians, rescuers said.",
            "Russian Air Force",
            14,
        ),
        (
            "MAIDUGURI, Nigeria - A Nigerian Air Force jet struck a village in Borno state on Sunday, "
            "killing 11 people, residents said.",
            "Nigerian Air Force",
            11,
        ),
        (
            "2024-03-10 | Syria | Idlib | Ariha | A Syrian jet bombed a bakery; 6 killed.",
            "Syrian Air Force",
            6,
        ),
    ],
)
def test_a_state_jet_is_an_air_strike_by_its_air_force(text: str, force: str, killed: int) -> None:
    incident = first(text)
    assert incident.event_type == "air_strike"
    assert names(incident) == [force]
    assert incident.killed.best == killed


def test_a_jet_that_did_not_strike_is_no_air_strike() -> None:
    incident = first(
        "KANO, Nigeria - Gunmen killed four farmers in Kano state on Sunday, police said. A private jet "
        "landed at the airport later that day."
    )
    assert incident.event_type != "air_strike"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "DIFFA - Fighters of ISWAP attacked the town of Geidam in Yobe State on Sunday, killing five "
            "civilians, security sources said.",
            "Islamic State",
        ),
        (
            "MOGADISHU (Reuters) - Members of al-Shabaab stormed a hotel in Kismayo on Sunday, killing six "
            "people, police said.",
            "al-Shabaab",
        ),
        (
            "MAIDUGURI, Nigeria - Jihadists killed 12 fishermen near Monguno in Borno state on Sunday. "
            "Officials blamed Boko Haram's faction led by Abubakar Shekau, which is active around the lake.",
            "Boko Haram",
        ),
        (
            "Officials blamed the Islamic State, which remains active in the desert, for the bombing that "
            "killed three shepherds near Rutba in Anbar province on Sunday.",
            "Islamic State",
        ),
    ],
)
def test_a_group_named_as_subject_or_blamed_is_the_perpetrator(text: str, group: str) -> None:
    assert names(first(text)) == [group]


@pytest.mark.parametrize(
    "text",
    [
        "MOSUL, Iraq - Troops killed fighters of the Islamic State in a raid near Mosul in Nineveh province "
        "on Sunday, killing six, the army said.",
        "MAIDUGURI, Nigeria - Gunmen killed 12 fishermen near Monguno in Borno state on Sunday. Boko Haram, "
        "which is active around the lake, has attacked fishermen in the past.",
    ],
)
def test_victims_of_a_raid_and_context_lines_name_no_perpetrator(text: str) -> None:
    assert names(first(text)) == []


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "ERBIL, Iraq - A drone struck near Erbil airport on Sunday. A group calling itself Saraya Awliya "
            "al-Dam claimed the attack.",
            "Saraya Awliya al-Dam",
        ),
        (
            "2024-03-10 | Nigeria | Delta | Warri | Militants blew up an oil pipeline; no casualties; the "
            "Niger Delta Avengers claimed the attack.",
            "Niger Delta Avengers",
        ),
        (
            "PESHAWAR - A suicide bomber rammed a military convoy in North Waziristan on Sunday, killing "
            "five soldiers. The Hafiz Gul Bahadur group claimed responsibility.",
            "Hafiz Gul Bahadur group",
        ),
    ],
)
def test_more_groups_by_name(text: str, group: str) -> None:
    assert names(first(text)) == [group]


# --- places -------------------------------------------------------------------------------------------------


_admin1 = texts.admin1


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        (
            "2024-03-10 | Nigeria | Rivers | Ogoni | other | unknown | Militants blew up a pipeline; no "
            "casualties.",
            "NG-RI",
        ),
        (
            "2024-03-10 | Nigeria | Niger | Mariga | armed_clash | bandits | Bandits raided a village; 7 "
            "killed.",
            "NG-NI",
        ),
        (
            "2024-03-10 | Nigeria | Niger Delta | Brass | armed_clash | unknown | Militants attacked a naval "
            "boat near Brass in Bayelsa; 2 killed.",
            "NG-BY",
        ),
    ],
)
def test_a_data_row_names_its_province_by_a_bare_cell(text: str, admin1: str) -> None:
    assert _admin1(first(text)) == admin1


def test_a_bare_province_name_in_prose_stays_unread() -> None:
    incident = first(
        "PORT HARCOURT - Gunmen killed three people in Rivers State on Sunday, police said. Floods on "
        "the rivers | forced families out."
    )
    assert _admin1(incident) == "NG-RI"


@pytest.mark.parametrize(
    "text",
    [
        "PORT HARCOURT - Militants in the Niger Delta blew up a pipeline near Bonny in Rivers State on "
        "Sunday, killing two guards, the army said.",
        "YENAGOA, Nigeria - Gunmen on the River Niger attacked a boat near Brass in Bayelsa state on Sunday, "
        "killing four passengers.",
    ],
)
def test_the_niger_delta_and_the_river_niger_are_not_niger_state(text: str) -> None:
    assert _admin1(first(text)) in ("NG-RI", "NG-BY")


# --- figures ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            "[Newsreader] Terrorists attacked a bus carrying soldiers near Palmyra in Homs province on "
            "Sunday, martyring 13 and injuring three others, a military source said.",
            13,
            3,
        ),
        (
            "JALALABAD - A roadside bomb hit a car in Nangarhar province on Sunday killing two teachers and "
            "injuring there driver, police said.",
            2,
            1,
        ),
        (
            "Gunmen shot at a rickshaw in Peshawar on Sunday, killing 2 passengers and wounding there "
            "driver.",
            2,
            1,
        ),
    ],
)
def test_martyring_and_a_misspelt_their_count(text: str, killed: int, wounded: int) -> None:
    incident = first(text)
    assert incident.killed.best == killed
    assert incident.wounded.best == wounded


def test_there_as_an_adverb_names_no_victim() -> None:
    incident = first(
        "KABUL - Gunmen killed two guards at a checkpoint in Kabul on Sunday and wounded there the same "
        "night a passer-by, police said."
    )
    assert incident.killed.best == 2
    assert incident.wounded.best is None
