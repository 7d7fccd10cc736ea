"""Round 18: figures and the day of a rising toll. "wounded another in X", a listed escort, "with the team was
wounded", "N including M died", "no one injured" in terse copy, a militant station's figure as a claim, and
the day a toll rose is not the day of the attack."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.records import Incident
from tests.agents.extract import texts

PUBLISHED = dt.datetime(2024, 5, 14, 9, 0, tzinfo=dt.UTC)  # a Tuesday


def first(text: str) -> Incident:
    return texts.first_main(text, PUBLISHED)


def test_another_right_after_a_casualty_verb_counts_one() -> None:
    text = (
        "Two men on a motorbike shot dead two vaccinators and wounded another in Kunduz city on Monday, the "
        "provincial health director said."
    )
    incident = first(text)
    assert (incident.killed.best, incident.wounded.best) == (2, 1)


def test_another_before_a_place_word_alone_counts_nothing() -> None:
    text = "A bomb killed two police in Kunduz city on Monday; another in Baghlan caused no harm."
    assert first(text).wounded.best is None


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            "Bandits killed three farmers and a police escort on the road to Kaura in Kaduna state on "
            "Monday, officials said.",
            4,
            None,
        ),
        (
            "A guard was shot dead at a clinic in Mamund, Bajaur district, on Monday, and a nurse with the "
            "team was wounded, police said.",
            1,
            1,
        ),
        (
            "Six villagers including three children died when a mortar round hit a house near Jowhar in "
            "Middle Shabelle on Monday.",
            6,
            None,
        ),
    ],
)
def test_listed_and_broken_down_victims(text: str, killed: int, wounded: int | None) -> None:
    incident = first(text)
    assert (incident.killed.best, incident.wounded.best) == (killed, wounded)


def test_no_one_injured_without_a_verb_is_zero_wounded() -> None:
    text = "Armed men abducted two engineers at Serai Naurang, Lakki Marwat, on Monday. No one injured."
    assert first(text).wounded.best == 0


def test_a_militant_station_gives_a_claim() -> None:
    text = (
        "Government radio said five soldiers were killed when militants attacked a base at Elbur in "
        "Galguduud region on Monday. Andalus said the mujahideen had killed 31 soldiers."
    )
    incident = first(text)
    kinds = {r.count: r.kind for r in incident.reports if r.figure == "killed"}
    assert kinds == {5: "official", 31: "claim"}
    assert incident.killed.best == 5


def test_khwarij_killed_are_attackers() -> None:
    text = (
        "2024-05-13; Pakistan; Khyber Pakhtunkhwa; Bannu; terrorists attacked a police post; 1 policeman "
        "martyred; 3 khwarij killed in the exchange of fire."
    )
    incident = first(text)
    assert incident.killed.best == 1
    assert incident.killed_perpetrators is not None
    assert incident.killed_perpetrators.best == 3


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The death toll from a bomb blast in the main market of Parachinar, Kurram district, rose to 19 "
            "on Monday, officials said. The bomb went off on Friday evening as shoppers crowded the market.",
            dt.date(2024, 5, 10),
        ),
        (
            "The toll from a suicide car bomb at a checkpoint outside Beledweyne in Hiiraan climbed to 11 on "
            "Monday. The bombing on Saturday morning had killed six, officials said.",
            dt.date(2024, 5, 11),
        ),
    ],
)
def test_the_day_a_toll_rose_is_not_the_day_of_the_attack(text: str, day: dt.date) -> None:
    found = texts.mains(text, PUBLISHED)
    assert len(found) == 1
    assert found[0].event_date == day


def test_bare_fighters_keep_the_side_they_were_first_counted_on() -> None:
    text = (
        "Islamic State militants ambushed a patrol of the Popular Mobilisation Forces near Tuz Khurmatu in "
        "Salahuddin province on Monday, killing several fighters, officials said. A PMF commander said four "
        "fighters had died and five were wounded."
    )
    incident = first(text)
    assert incident.killed.best == 4
    assert incident.killed_perpetrators is None or incident.killed_perpetrators.best is None


def test_fighters_of_the_attackers_stay_attackers() -> None:
    text = (
        "Soldiers repelled an attack on a base near Bama in Borno state on Monday, the army said. Two "
        "soldiers were killed and 11 fighters were killed in the exchange of fire."
    )
    incident = first(text)
    assert incident.killed.best == 2
    assert incident.killed_perpetrators is not None
    assert incident.killed_perpetrators.best == 11


def test_a_speaker_with_an_honorific_keeps_the_sentence() -> None:
    text = (
        "Eleven people were killed when gunmen attacked two villages in Bokkos LGA of Plateau State on "
        "Sunday night, the council chairman, Hon. Musa Dakwak, said. Police put the toll at 8 killed."
    )
    incident = first(text)
    kinds = {r.count: r.kind for r in incident.reports if r.figure == "killed"}
    assert kinds == {11: "official", 8: "official"}
    assert incident.killed.best == 11


def test_an_attackers_field_counts_the_attackers() -> None:
    text = (
        "Date: 2024-05-13; Province: Khyber Pakhtunkhwa; District: Bannu; Type: armed assault; Killed: 2 "
        "police; Attackers: 3 killed in return fire."
    )
    incident = first(text)
    assert incident.killed.best == 2
    assert incident.killed_perpetrators is not None
    assert incident.killed_perpetrators.best == 3


def test_treated_for_injuries_after_a_relative_clause_is_wounded() -> None:
    text = (
        "Gunmen stormed a school in Kajuru, Kaduna state, on Monday, shooting dead a teacher. Three pupils "
        "who escaped over the fence were treated for injuries, police said."
    )
    incident = first(text)
    assert (incident.killed.best, incident.wounded.best) == (1, 3)


def test_a_named_man_and_his_son_add_up() -> None:
    text = "Gunmen killed a prayer leader and his son in Maiduguri, Borno State, on Monday night, police said"
    assert first(text).killed.best == 2


def test_a_group_that_claims_they_killed_gives_a_claim() -> None:
    text = (
        "Taliban claim they killed 12 soldiers in Ghazni. Provincial officials confirmed the attack on a "
        "checkpoint in Andar district on Monday but said three soldiers were killed."
    )
    incident = first(text)
    assert incident.killed.best == 3


def test_a_dateline_district_places_the_attack() -> None:
    text = (
        "KHAR, Bajaur: Four people were injured when a hand grenade was hurled at a police station on "
        "Monday night, police said."
    )
    assert texts.admin1(first(text)) == "PK-KP"


def test_soldiers_from_a_unit_were_killed() -> None:
    text = (
        "A security source said two soldiers from the Iraqi army were killed and another was wounded in an "
        "attack on their post in Tarmiyah, north of Baghdad, on Monday."
    )
    incident = first(text)
    assert (incident.killed.best, incident.wounded.best) == (2, 1)


@pytest.mark.parametrize(
    ("text", "killed", "attackers"),
    [
        (
            "On 11 May 2024, an IED planted by unknown actors hit a Taliban vehicle in Spin Ghar district, "
            "Nangarhar, killing 2 Taliban members.",
            2,
            None,
        ),
        (
            "On 11 May 2019, Afghan forces killed 12 Taliban fighters in Spin Ghar district, Nangarhar.",
            None,
            12,
        ),
    ],
)
def test_the_taliban_dead_are_the_states_after_august_2021(
    text: str, killed: int | None, attackers: int | None
) -> None:
    incident = first(text)
    assert incident.killed.best == killed
    assert (incident.killed_perpetrators.best if incident.killed_perpetrators else None) == attackers


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            "At least two people died on the spot while four others succumbed to their injuries in hospital "
            "after the blast in Mardan on Monday.",
            6,
            None,
        ),
        ("Two policemen were killed in Mardan on Monday; a third succumbed to his injuries later.", 3, None),
        ("Gunmen killed five policemen and three others in Mardan on Monday.", 8, None),
        ("Gunmen killed two soldiers and injured a third in Mardan on Monday.", 2, 1),
    ],
)
def test_others_and_a_third_add_to_the_dead_before(text: str, killed: int, wounded: int | None) -> None:
    incident = first(text)
    assert (incident.killed.best, incident.wounded.best) == (killed, wounded)


def test_another_sustained_injuries() -> None:
    text = (
        "A policeman was martyred and another sustained injuries when gunmen fired on a picket in Kulachi on "
        "Monday."
    )
    assert (first(text).killed.best, first(text).wounded.best) == (1, 1)


def test_a_war_monitors_higher_count_weighs_like_an_officials() -> None:
    text = (
        "Islamic State gunmen attacked an SDF checkpoint in al-Busayrah, Deir ez-Zor province, on Monday. "
        "The SDF said four of its members died. The Syrian Observatory for Human Rights said six SDF "
        "fighters were killed."
    )
    assert first(text).killed.best == 6
