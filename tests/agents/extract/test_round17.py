"""Round 17: who did it. A group's later denial clears the blame put on it; a group that blames, or that is
named for its habits or its past, is no perpetrator; more state forces and groups by name."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.records import Incident
from tests.agents.extract import texts

PUBLISHED = dt.datetime(2024, 5, 14, 9, 0, tzinfo=dt.UTC)  # a Tuesday


def first(text: str) -> Incident:
    return texts.first_main(text, PUBLISHED)


def names(text: str) -> list[str]:
    return sorted(p.name for p in first(text).perpetrators)


@pytest.mark.parametrize(
    "text",
    [
        "A rocket struck a school in Chaparhar district of Nangarhar on Monday, killing two pupils, "
        "officials said. The district chief blamed the Taliban for the attack. The Taliban denied any role.",
        "Gunmen shot dead a tribal elder in Spin Boldak, Kandahar province, on Monday, police said. Police "
        "blamed the Taliban. In a statement, a Taliban spokesman said they had nothing to do with it.",
        "A bomb went off at a bus stand in Quetta, Balochistan, on Monday, killing six people, police said. "
        "Officials blamed the TTP. The TTP said it had nothing to do with the blast.",
        "A car bomb killed five people at a market in Azaz, Aleppo province, on Monday, the local council "
        "said. The council blamed the YPG; the SDF denied involvement.",
    ],
)
def test_a_group_that_denies_is_cleared_of_the_blame(text: str) -> None:
    assert names(text) == []


def test_a_denial_by_one_group_leaves_the_group_that_claimed() -> None:
    text = (
        "A suicide bomber struck a mosque in Kunduz city on Monday, killing nine worshippers, officials "
        "said. "
        "Islamic State claimed the attack. The Taliban denied involvement."
    )
    assert names(text) == ["Islamic State"]


def test_refusing_to_comment_is_no_denial() -> None:
    text = (
        "Gunmen killed three police at a checkpoint in Ghazni province on Monday, officials said. Police "
        "blamed the Taliban. A Taliban spokesman could not be reached for comment."
    )
    assert names(text) == ["Taliban"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed three shepherds near Maadan in Raqqa province on Monday, and the SDF's internal "
        "security forces blamed Islamic State cells.",
        "Islamic State fighters killed three farmers near Mayadin in Deir ez-Zor province on Monday; the "
        "group was blamed by villagers and the SDF.",
        "Date: 13 May 2024 | Province: Deir ez-Zor | Event: attack on an SDF post by an Islamic State cell | "
        "Killed: 3 SDF members | Source: SDF statement",
    ],
)
def test_a_force_that_blames_or_reports_is_no_perpetrator(text: str) -> None:
    assert names(text) == ["Islamic State"]


@pytest.mark.parametrize(
    "text",
    [
        "A bomb on a motorcycle killed four people in Mosul, Nineveh province, on Monday, police said. No "
        "one "
        "claimed it, though officers said it resembled past Islamic State bombings.",
        "A roadside bomb killed two soldiers near Afgooye in Lower Shabelle on Monday. No one claimed the "
        "blast, but al-Shabaab frequently carries out such attacks.",
        "An explosive device left from Islamic State times blew up under a tractor near Hawija, Kirkuk "
        "province, on Monday, killing two farmers.",
    ],
)
def test_a_group_named_for_its_past_or_habits_is_no_perpetrator(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kenya Defence Forces jets struck al-Shabaab positions near Bardhere in Gedo region on Monday, "
            "killing 9 militants, the Kenyan military said.",
            ["Kenya Defence Forces"],
        ),
        (
            "SANA said the Israeli enemy carried out an aerial aggression on a building in Kafr Sousa, "
            "Damascus, on Monday, killing three people.",
            ["Israeli Air Force"],
        ),
        (
            "Syrian army shelling killed two children in Kansafra, Idlib province, on Monday, rescuers said.",
            ["Syrian Army"],
        ),
        (
            "Assad army artillery hit the village of Kafr Nouran in Aleppo province on Monday, killing a "
            "farmer.",
            ["Syrian Army"],
        ),
        (
            "Syrian government forces shelled Kafr Zita in Hama province on Monday, killing four civilians.",
            ["Syrian government forces"],
        ),
        (
            "Lakurawa militants raided a village in Augie, Kebbi state, on Monday, killing nine people.",
            ["Lakurawa"],
        ),
        (
            "A bomb damaged a railway line near Larkana in Sindh on Monday; the Sindhudesh Revolutionary "
            "Army "
            "claimed it. One guard was hurt.",
            ["Sindhudesh Revolutionary Army"],
        ),
    ],
)
def test_forces_and_groups_by_name(text: str, want: list[str]) -> None:
    assert names(text) == want


def test_khawarij_in_somalia_is_al_shabaab() -> None:
    text = (
        "Troops repelled an attack by the Khawarij on a base at Halgan in Hiiraan region on Monday, the "
        "regional security chief said. Two soldiers were killed."
    )
    assert names(text) == ["al-Shabaab"]


def test_khawarij_in_pakistan_stays_the_ttp() -> None:
    text = "Khawarij attacked a police post in Lakki Marwat, Khyber Pakhtunkhwa, on Monday, killing two men."
    assert names(text) == ["Tehrik-i-Taliban Pakistan"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Four civilians were killed by regime artillery shelling on Sarmin in Idlib province on Monday, "
            "rescuers said.",
            ["Syrian government forces"],
        ),
        (
            "Three civilians were killed in regime air strikes on Ariha in Idlib on Monday.",
            ["Syrian Air Force"],
        ),
    ],
)
def test_the_regime_in_syrian_copy(text: str, want: list[str]) -> None:
    assert names(text) == want


def test_the_sdf_searching_is_no_perpetrator() -> None:
    text = (
        "Unknown gunmen killed a member of the Raqqa Civil Council outside his house in Raqqa city on Sunday "
        "night. The SDF's internal security forces launched a search campaign."
    )
    assert names(text) == []


def test_the_sdf_shelling_is_the_perpetrator() -> None:
    text = "SDF fighters shelled the village of Tal Tamr in Hasakah province on Monday, killing two farmers."
    assert names(text) == ["Syrian Democratic Forces"]


def test_the_syrian_arab_army_is_the_syrian_army() -> None:
    text = "On 13 May 2024, Syrian Arab Army shelled the outskirts of Al Bara, Idlib, killing 2 civilians."
    assert names(text) == ["Syrian Army"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Hurras al-Din fighters attacked an army post near Kabani in Latakia on Monday, killing three "
            "soldiers.",
            ["Hurras al-Din"],
        ),
        (
            "Jaish al-Adl militants attacked a border post in Panjgur, Balochistan, on Monday, killing two "
            "soldiers.",
            ["Jaish al-Adl"],
        ),
        (
            "The Majeed Brigade claimed a suicide attack on a naval base in Turbat, Balochistan, on Monday "
            "that killed a sailor.",
            ["Baloch Liberation Army"],
        ),
    ],
)
def test_more_groups_by_name(text: str, want: list[str]) -> None:
    assert names(text) == want


def test_a_taliban_spokesman_after_2021_speaks_for_the_government() -> None:
    text = (
        "KABUL, Afghanistan (AP) - A bomb exploded at a Shiite mosque in Mazar-i-Sharif's Sayed Abad area "
        "during Friday prayers, killing at least 7 people, a Taliban spokesman said. No group claimed the "
        "attack, but the local Islamic State affiliate has repeatedly targeted Shiites."
    )
    incident = first(text)
    assert names(text) == []
    assert incident.killed.best == 7
    assert [loc.admin1_code for loc in incident.locations] == ["AF-BAL"]


def test_gunmen_believed_to_be_members_of_a_group() -> None:
    text = (
        "Gunmen believed to be members of Boko Haram killed six fishermen near Kukawa, Borno State, on "
        "Sunday, a militia leader said."
    )
    assert names(text) == ["Boko Haram"]


def test_islamic_state_fighters_killed_are_no_perpetrator() -> None:
    text = (
        "Puntland forces said on Monday they had killed 14 Islamic State fighters in the Cal Miskaad "
        "mountains of Bari region."
    )
    assert names(text) == []


def test_a_state_force_named_as_support_is_no_perpetrator() -> None:
    text = (
        "Afghan forces backed by US air strikes repelled a Taliban attack on Lashkar Gah, Helmand, on "
        "Monday, killing 40 insurgents, the defence ministry said. Two soldiers were killed."
    )
    assert texts.mains(text, dt.datetime(2019, 5, 14, tzinfo=dt.UTC))[0].perpetrators[0].name == "Taliban"
