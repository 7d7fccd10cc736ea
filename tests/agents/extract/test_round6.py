"""Round 6: live blog entries and separate attacks in one province, figures in new phrasings, dates."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.records import Incident
from tests.agents.extract import texts

PUBLISHED = dt.datetime(2023, 5, 19, 18, 0, tzinfo=dt.UTC)  # a Friday
FRIDAY = dt.date(2023, 5, 19)


def run(text: str) -> tuple[list[Incident], list[Incident]]:
    return texts.split(text, PUBLISHED)


_admin1 = texts.admin1


# --- 1. a separate attack elsewhere in the same province opens its own incident ---------------------------


@pytest.mark.parametrize(
    ("text", "admin1", "first", "second"),
    [
        (
            "Friday, May 19 - live\n\n"
            "08:10 EAT - Mortar shells landed near Villa Somalia. Police say one shell hit a house in Hamar "
            "Weyne district, wounding two children.\n\n"
            "13:45 - A separate explosion at a tea shop in Hodan district, police say.\n\n"
            "15:00 - Police: four people were killed and six wounded in the Hodan explosion.",
            "SO-BN",
            (None, 2),
            (4, 6),
        ),
        (
            "Friday, May 19 - live updates\n\n"
            "09:05 - Gunmen stormed a police post in Yaqshid district, killing one officer, police said.\n\n"
            "11:30 GMT - Blast at a checkpoint in Dharkenley district, witnesses say.\n\n"
            "12:15 - Police say three soldiers were killed and two wounded in the Dharkenley blast.",
            "SO-BN",
            (1, None),
            (3, 2),
        ),
        (
            "QUETTA, May 19 (Reuters) - A roadside bomb killed two policemen in Quetta on Friday, officials "
            "said.\n\nIn a separate attack in Mastung district, gunmen shot dead three labourers and wounded "
            "one, police said.",
            "PK-BA",
            (2, None),
            (3, 1),
        ),
        (
            "MAIDUGURI - A suicide bomber killed five worshippers at a mosque in Maiduguri on Friday, police "
            "said.\n\nA separate blast hit a market in Konduga, killing two traders and wounding four, a "
            "vigilante leader said.",
            "NG-BO",
            (5, None),
            (2, 4),
        ),
    ],
)
def test_a_separate_attack_at_another_spot_of_the_province_is_its_own_incident(
    text: str, admin1: str, first: tuple[int | None, int | None], second: tuple[int | None, int | None]
) -> None:
    mains, _ = run(text)
    assert len(mains) == 2, [m.summary for m in mains]
    assert [_admin1(m) for m in mains] == [admin1, admin1]
    assert (mains[0].killed.best, mains[0].wounded.best) == first
    assert (mains[1].killed.best, mains[1].wounded.best) == second
    assert all(m.event_date == FRIDAY for m in mains)


@pytest.mark.parametrize(
    "text",
    [
        # A time-stamped toll update revises the incident it names.
        "Friday, May 19 - live\n\n"
        "08:10 - A car bomb exploded at a checkpoint in Hodan district, police say.\n\n"
        "10:40 - Police: six people were killed in the Hodan car bomb.\n\n"
        "14:20 - The toll from the blast in Hodan district rose to nine, hospital staff say.",
        # Updates with no place continue the incident.
        "Friday, May 19 - live\n\n"
        "07:30 - A suicide bomber struck a restaurant in Mogadishu's Wadajir district.\n\n"
        "09:00 - Police say at least seven people were killed.\n\n"
        "11:15 - Ambulance service: nine killed, 14 wounded in the blast.",
        # "Separately" about the same spot is no other attack.
        "A bomb killed four soldiers in Mastung district on Friday, officials said. Separately, police in "
        "Mastung said a second soldier had died of his wounds overnight.",
    ],
)
def test_updates_about_the_same_spot_stay_one_incident(text: str) -> None:
    mains, _ = run(text)
    assert len(mains) == 1, [m.summary for m in mains]


# --- 4. figures in nominal, idiomatic and translated phrasings ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            "Iraqi aircraft struck a hideout of Daesh near Tuz Khurmatu in Salahuddin on Friday. The strike "
            "resulted in the killing of seven terrorists, the Security Media Cell said.",
            7,
            None,
        ),
        (
            "KANO - A bomb at a market in Kano on Friday led to the deaths of four traders and the "
            "wounding of 11 others, police said.",
            4,
            11,
        ),
        (
            "Militants attacked an army post in Marte, Borno State on Friday. Regrettably, three soldiers "
            "paid the supreme price while five others were wounded in action.",
            3,
            5,
        ),
        (
            "Terrorists ambushed a patrol in North Waziristan on Friday. Two brave soldiers, having fought "
            "gallantly, embraced shahadat, while one soldier got injured, the military said.",
            2,
            1,
        ),
        (
            "Gunmen attacked a checkpoint in Kunduz province on Friday. Two policemen laid down their lives "
            "and four others got injuries, a spokesman said.",
            2,
            4,
        ),
        (
            "In Ghazni province on Friday the armed opposition attacked a police post. In result of this "
            "clash three policemen and one civilian which was passing from the area were martyred and two "
            "other policemen got injuries.",
            4,
            2,
        ),
        (
            "Date: 19 May 2023. Location: Baidoa, Bay. Al-Shabaab fighters stormed a base; four soldiers "
            "made the ultimate sacrifice, the army said.",
            4,
            None,
        ),
    ],
)
def test_figures_in_nominal_idiomatic_and_translated_phrasings(
    text: str, killed: int, wounded: int | None
) -> None:
    incident = texts.first_main(text, PUBLISHED)
    assert incident.killed.best == killed
    assert incident.wounded.best == wounded


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups in Kano on Friday condemned the killing of civilians by armed groups and called for "
        "an inquiry.",
        "Taliban fighters laid down their arms in Kunduz province on Friday after talks, officials said.",
        "Officials in Kabul on Friday said the deaths of civilians in the war must be counted.",
        "Residents of Baidoa say they paid the price for the fighting on Friday, with markets shut.",
    ],
)
def test_phrasings_that_count_no_dead(text: str) -> None:
    found = texts.mains(text, PUBLISHED)
    assert all(i.killed.best in (None, 0) for i in found), [i.killed for i in found]


# --- 5. "N of them" counts the people named before it ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "killed", "attackers"),
    [
        (
            "Hama, SANA - Two soldiers were martyred when terrorists attacked a military point in Hama "
            "province on Friday. Army units repelled the attack and inflicted heavy losses upon the "
            "terrorists, killing more than 15 of them.",
            2,
            15,
        ),
        (
            "Militants stormed a police post in Khyber district on Friday, killing three policemen. Police "
            "returned fire at the attackers, killing four of them, officials said.",
            3,
            4,
        ),
        (
            "Date: 19/05/2023. Place: Damboa, Borno. Boko Haram fighters raided the town; troops engaged "
            "the insurgents, killing 12 of them. One soldier was killed.",
            1,
            12,
        ),
    ],
)
def test_of_them_after_attackers_counts_attackers(text: str, killed: int, attackers: int) -> None:
    incident = texts.first_main(text, PUBLISHED)
    assert incident.killed.best == killed
    assert incident.killed_perpetrators.best == attackers


@pytest.mark.parametrize(
    "text",
    [
        "Militants ambushed a bus carrying 20 passengers in Kunduz province on Friday, killing six of them.",
        "Gunmen opened fire on a group of farmers in Zamfara State on Friday, killing five of them, police "
        "said.",
    ],
)
def test_of_them_after_victims_stays_victims(text: str) -> None:
    incident = texts.first_main(text, PUBLISHED)
    assert incident.killed.best in (5, 6)
    assert incident.killed_perpetrators.best is None


# --- 6. a state's strike that kills a leader still names the state ---------------------------------------


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "WASHINGTON, May 19 - A U.S. military strike killed a senior leader of an al Qaeda-linked group "
            "near Sarmada in Idlib province on Friday, U.S. Central Command said.",
            "US military",
        ),
        (
            "A Turkish drone strike killed a local leader of the PKK near Sinjar in Nineveh province on "
            "Friday, security sources said.",
            "Turkish Armed Forces",
        ),
        (
            "Nigerian Air Force jets struck a camp near Sambisa in Borno State on Friday, killing a "
            "commander and his deputy, the military said; the leader of the cell was among the dead.",
            "Nigerian Air Force",
        ),
    ],
)
def test_a_state_strike_on_a_leader_names_the_state(text: str, force: str) -> None:
    incident = texts.first_main(text, PUBLISHED)
    assert force in [p.name for p in incident.perpetrators]


def test_a_leader_speaking_still_negates_a_group() -> None:
    text = (
        "A bomb exploded in a market in Kano on Friday, killing three people. A Boko Haram leader said in a "
        "video last year that the group would attack markets."
    )
    incident = texts.first_main(text, PUBLISHED)
    assert [p.name for p in incident.perpetrators] == []
