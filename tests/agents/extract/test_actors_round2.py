"""Actors, round 2: state forces by name, victims' forces, "active in the area", "the group" resolved."""

from __future__ import annotations

import datetime as dt

import pytest

from agents.extract.actors import find_groups
from streams.records import Incident
from tests.agents.extract import texts

PUBLISHED = dt.datetime(2021, 6, 2, tzinfo=dt.UTC)


def mains(text: str) -> list[Incident]:
    return texts.mains(text, PUBLISHED)


def names(incident: Incident) -> list[str]:
    return sorted(p.name for p in incident.perpetrators)


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "DAMASCUS, June 1 - Israeli missiles hit an air defence unit near Damascus late on Tuesday, "
            "killing two soldiers, the Syrian military said.",
            "Israeli Air Force",
        ),
        (
            "BAGHDAD, June 1 - A U.S. strike hit a weapons depot near al-Qaim in Anbar province on Monday, "
            "killing three militiamen, Iraqi security officials said.",
            "US military",
        ),
        (
            "IDLIB, June 1 - Russian strikes on the town of Ariha in Idlib province killed four civilians "
            "on Monday, rescue workers said.",
            "Russian Air Force",
        ),
    ],
)
def test_state_strikes_name_the_force(text: str, force: str) -> None:
    (incident,) = mains(text)
    assert names(incident) == [force]
    assert incident.event_type == "air_strike"


def test_lower_case_us_is_no_state() -> None:
    text = "Let us strike a balance, the minister told reporters."
    assert all(not g.state for g in find_groups(text, 0, len(text)))


@pytest.mark.parametrize(
    "text",
    [
        "MOGADISHU, June 1 - A U.S. drone strike killed five al-Shabaab fighters near Jilib in Middle Juba "
        "region on Monday, the U.S. military said.",
        "KISMAYO, June 1 - The U.S. military said it killed five al-Shabaab militants in an air strike near "
        "Jilib in Middle Juba region on Monday.",
    ],
)
def test_fighters_hit_by_a_state_strike_are_its_victims(text: str) -> None:
    (incident,) = mains(text)
    assert incident.killed.best == 5
    assert names(incident) == ["US military"]


def test_a_groups_word_on_its_dead_under_a_state_strike_counts() -> None:
    text = (
        "BAGHDAD, June 1 - A U.S. air strike hit a car near Jurf al-Sakhar in Babil province on Monday, "
        "killing three members of the Kataib Hezbollah militia, the group said in a statement."
    )
    (incident,) = mains(text)
    assert incident.killed.best == 3


def test_fighters_stay_perpetrators_when_civilians_are_reported() -> None:
    text = (
        "LASHKAR GAH, June 1 - At least nine civilians were killed in an Afghan Air Force strike on a "
        "village "
        "in Helmand province on Monday, residents said. The defence ministry said the strike killed 25 "
        "Taliban fighters."
    )
    (incident,) = mains(text)
    assert incident.killed.best == 9


@pytest.mark.parametrize(
    "text",
    [
        "DEIR EZ-ZOR, June 1 - Islamic State militants attacked a checkpoint of the U.S.-backed Syrian "
        "Democratic Forces in Deir ez-Zor province on Monday, killing three fighters.",
        "DEIR EZ-ZOR, June 1 - Islamic State militants attacked SDF positions in Deir ez-Zor province on "
        "Monday, killing three fighters, an SDF spokesman said.",
    ],
)
def test_the_victims_force_is_no_perpetrator(text: str) -> None:
    (incident,) = mains(text)
    assert names(incident) == ["Islamic State"]


def test_a_group_active_in_the_area_is_not_named() -> None:
    text = (
        "MOGADISHU, June 1 - A roadside bomb killed two soldiers near Afgoye in Lower Shabelle region on "
        "Monday. No group claimed the blast, but al-Shabaab militants are active in the area."
    )
    (incident,) = mains(text)
    assert names(incident) == []
    blamed = (
        "KIRKUK, June 1 - A roadside bomb killed two soldiers south of Kirkuk on Monday. Officials blamed "
        "Islamic State remnants active in the area."
    )
    (incident,) = mains(blamed)
    assert names(incident) == ["Islamic State"]


@pytest.mark.parametrize(
    "phrase",
    [
        "gunmen believed to be from the group",
        "militants suspected of being members of the group",
        "attackers thought to be linked to the group",
    ],
)
def test_the_group_resolves_to_the_group_named_before(phrase: str) -> None:
    text = f"Boko Haram claimed the raid. Last month, {phrase} killed nine farmers."
    found = find_groups(text, 30, len(text))
    assert [g.name for g in found] == ["Boko Haram"]


def test_the_group_alone_names_nobody() -> None:
    text = "Boko Haram claimed the raid. The group has grown weaker, officials said."
    assert [g.name for g in find_groups(text, 30, len(text))] == []
