"""Actors, round 4: "said they were not involved", "has not commented" and "did not comment" name no actor."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.agents.extract import texts


def names(text: str) -> list[str]:
    return [p.name for p in texts.first_main(text, dt.datetime(2023, 5, 10, tzinfo=dt.UTC)).perpetrators]


@pytest.mark.parametrize(
    "text",
    [
        "KABUL, May 9 - A bomb exploded outside a bank in Jalalabad on Tuesday, killing 5 people. "
        "The Taliban, in a statement to reporters, said they were not involved.",
        "A roadside bomb killed 3 police officers in Kandahar on Monday, officials said. The Taliban said "
        "that they had no role in the attack.",
        "MOGADISHU, May 9 - A car bomb killed 6 people at a checkpoint in Baidoa, police said. Al-Shabaab "
        "has not commented on the blast.",
        "Gunmen killed 4 farmers in Borno state on Sunday, residents said. Boko Haram did not comment.",
        "QUETTA, May 9 - A blast killed 7 people at a bus stop in Quetta, police said. "
        "The Tehreek-e-Taliban Pakistan could not be reached for comment.",
        "Two civilians were killed in an explosion in Kirkuk, police said. Islamic State has not yet "
        "commented, and the Kurdish authorities declined to comment.",
    ],
)
def test_a_group_that_denies_or_does_not_comment_is_no_perpetrator(text: str) -> None:
    assert names(text) == []


def test_a_state_force_that_does_not_comment_adds_no_second_actor() -> None:
    text = (
        "DAMASCUS, May 9 - Israeli air strikes hit positions near Homs before dawn, killing 3 soldiers, "
        "the Syrian army said. The Israeli military did not comment on the report."
    )
    assert "Israeli military" not in names(text)
    assert names(text)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "KABUL, May 9 - The Taliban said they carried out a bomb attack in Jalalabad on Tuesday that "
            "killed 5 soldiers, officials said.",
            "Taliban",
        ),
        (
            "MOGADISHU, May 9 - Al-Shabaab fighters attacked a checkpoint in Baidoa, killing 6 soldiers. "
            "The group said it had carried out the attack.",
            "al-Shabaab",
        ),
    ],
)
def test_a_group_that_admits_the_attack_is_still_named(text: str, actor: str) -> None:
    assert actor in names(text)


@pytest.mark.parametrize(
    ("text", "actor", "alias"),
    [
        (
            "IDLIB, May 9 - Militants from Hayat Tahrir al-Sham (Jabhat al-Nusra) attacked an army post "
            "in Idlib province, killing 4 soldiers, state media said.",
            "Hayat Tahrir al-Sham",
            "al-Nusra Front",
        ),
        (
            "HAMA, May 9 - Hayat Tahrir al-Sham, formerly known as the Nusra Front, shelled a village "
            "in Hama province, killing 3 civilians, a monitor said.",
            "Hayat Tahrir al-Sham",
            "al-Nusra Front",
        ),
    ],
)
def test_another_name_of_a_group_is_one_actor(text: str, actor: str, alias: str) -> None:
    found = names(text)
    assert actor in found and alias not in found


def test_an_acronym_in_brackets_alone_still_names_the_group() -> None:
    text = (
        "PESHAWAR, May 9 - A suicide bomber killed 8 policemen in Peshawar on Monday. The banned outfit "
        "(TTP) claimed responsibility for the attack."
    )
    assert names(text) == ["Tehrik-i-Taliban Pakistan"]


@pytest.mark.parametrize(
    "text",
    [
        "BAGHDAD, May 9 - Two rockets hit Baghdad airport on Monday, wounding 2 people, police said. "
        "The airport hosts a base used by the U.S.-led coalition.",
        "ERBIL, May 9 - A drone struck an air base housing U.S.-led coalition troops near Erbil, "
        "wounding 3 people, officials said.",
    ],
)
def test_a_base_used_by_the_coalition_names_no_attacker(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "MAIDUGURI, May 9 - Two suicide bombers killed 12 people at a market in Konduga on Monday, "
        "police said. No group claimed the blasts, which bore the hallmarks of Boko Haram.",
        "MOGADISHU, May 9 - A car bomb killed 7 people near a hotel in Mogadishu, police said. No one has "
        "claimed the bombing, but it had the hallmarks of al-Shabaab.",
    ],
)
def test_hallmarks_of_an_unclaimed_attack_name_no_perpetrator(text: str) -> None:
    assert names(text) == []


def test_hallmarks_without_a_denied_claim_still_name_the_group() -> None:
    text = (
        "MOSUL, May 9 - Gunmen killed 3 shepherds near Mosul on Tuesday, police said, in an attack bearing "
        "the hallmarks of Islamic State militants."
    )
    assert names(text) == ["Islamic State"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "KADUNA, May 9 - A Nigerian Air Force jet mistakenly bombed a village in Kaduna state on Sunday, "
            "killing 21 people, the state governor said.",
            "Nigerian Air Force",
        ),
        (
            "KIRKUK, May 9 - Iraqi Air Force helicopters bombed a hideout near Hawija, killing 6 people, "
            "officials said.",
            "Iraqi Air Force",
        ),
    ],
)
def test_a_state_air_arm_that_bombs_names_the_force(text: str, actor: str) -> None:
    assert actor in names(text)


def test_a_bombing_with_no_air_arm_names_no_state_force() -> None:
    text = (
        "BAGHDAD, May 9 - A bomb exploded near an Iraqi army checkpoint in Baghdad, killing 4 soldiers, "
        "police said."
    )
    assert names(text) == []
