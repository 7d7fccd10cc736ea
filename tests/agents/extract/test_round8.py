"""Round 8: toll revisions and aftermath sentences stay with their incident; dated clauses, corrections,
background incidents after "since ..., when", court reports and defused devices."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.records import Incident
from tests.agents.extract import texts

PUBLISHED = dt.datetime(2024, 3, 12, 9, 0, tzinfo=dt.UTC)  # a Tuesday
MONDAY = dt.date(2024, 3, 11)
SUNDAY = dt.date(2024, 3, 10)


def run(text: str) -> tuple[list[Incident], list[Incident]]:
    return texts.split(text, PUBLISHED)


_admin1 = texts.admin1


# --- 1. a later sentence that only revises the toll revises the incident told before ---------------------


@pytest.mark.parametrize(
    ("text", "admin1", "day", "killed", "wounded"),
    [
        (
            "KANO, Nigeria, March 12 (Reuters) - Gunmen opened fire on worshippers at a mosque in Kano state "
            "on Sunday, killing at least nine people, the state police said. On Monday, police said the "
            "death toll had risen to 21 and that 17 people were wounded.",
            "NG-KN",
            SUNDAY,
            21,
            17,
        ),
        (
            "KHOST, Afghanistan - A car bomb exploded outside a police compound in Khost province on Sunday, "
            "killing seven people, a provincial spokesman said.\n\nBy Monday evening the spokesman said the "
            "number of dead had climbed to 19.",
            "AF-KHO",
            SUNDAY,
            19,
            None,
        ),
        (
            "Mosul (Local Desk) - Seven people were killed when a roadside bomb struck a minibus south of "
            "Mosul in Nineveh on Sunday. Health officials said on Monday that two of the wounded had "
            "succumbed, taking the death toll to nine.",
            "IQ-NI",
            SUNDAY,
            9,
            None,
        ),
    ],
)
def test_a_dated_toll_revision_revises_the_incident(
    text: str, admin1: str, day: dt.date, killed: int, wounded: int | None
) -> None:
    found, _ = run(text)
    assert len(found) == 1, found
    incident = found[0]
    assert _admin1(incident) == admin1
    assert incident.event_date == day
    assert incident.killed.best == killed
    assert incident.wounded.best == wounded


def test_a_later_attack_that_raises_a_toll_is_still_its_own_incident() -> None:
    found, _ = run(
        "KANO - Gunmen killed four farmers in Kano state on Sunday, police said. On Monday, a bomb exploded "
        "at a bus station in Maiduguri, Borno state, killing six, bringing the week's toll to 10."
    )
    assert [_admin1(i) for i in found] == ["NG-KN", "NG-BO"]
    assert [i.event_date for i in found] == [SUNDAY, MONDAY]


# --- 2. aftermath: the hospital's or burial's town and day are not a new incident ------------------------


@pytest.mark.parametrize(
    ("text", "admin1", "day", "killed", "wounded"),
    [
        (
            "JALALABAD: A rocket hit a wedding party in Khogyani district of Nangarhar province on Sunday, "
            "killing three guests, officials said.\nThe wounded were shifted to a hospital in Kabul. Doctors "
            "at the Kabul military hospital said one more guest had died, taking the death toll to four, "
            "while five others remain under treatment.",
            "AF-NAN",
            SUNDAY,
            4,
            5,
        ),
        (
            "PESHAWAR, March 12 (AP) - Militants attacked a police checkpoint in Bannu district on Sunday, "
            "killing two constables, police said. Eight wounded policemen were airlifted to the Combined "
            "Military Hospital in Rawalpindi.",
            "PK-KP",
            SUNDAY,
            2,
            8,
        ),
        (
            "SOKOTO - Bandits on Sunday night attacked Gidan Bawa village in Sabon Birni LGA of Sokoto "
            "State, killing 14 villagers. A community leader said 14 bodies were buried on Monday in the "
            "village.",
            "NG-SO",
            SUNDAY,
            14,
            None,
        ),
        (
            "BAQUBA, Iraq - A sticky bomb killed a local official in Baquba, Diyala, on Sunday. Two "
            "bystanders were rushed to a hospital in Baghdad with burns. His funeral was held in Baghdad on "
            "Monday.",
            "IQ-DI",
            SUNDAY,
            1,
            2,
        ),
    ],
)
def test_aftermath_sentences_stay_with_the_incident(
    text: str, admin1: str, day: dt.date, killed: int, wounded: int | None
) -> None:
    found, _ = run(text)
    assert len(found) == 1, found
    incident = found[0]
    assert _admin1(incident) == admin1
    assert incident.event_date == day
    assert incident.killed.best == killed
    assert incident.wounded.best == wounded


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        (
            "QUETTA - A suicide bomber blew himself up at the hospital in Quetta on Sunday, killing six.",
            "PK-BA",
        ),
        (
            "KABUL - Gunmen stormed the military hospital in Kabul on Sunday, killing 11 patients and staff.",
            "AF-KAB",
        ),
    ],
)
def test_an_attack_on_a_hospital_is_placed_at_the_hospital(text: str, admin1: str) -> None:
    found, _ = run(text)
    assert [_admin1(i) for i in found] == [admin1]


# --- 3. one sentence joining dated attacks with semicolons gives one incident per dated clause ------------


@pytest.mark.parametrize(
    ("text", "days", "killed"),
    [
        (
            "PAKISTAN - WEEKLY SECURITY NOTE\nViolence continued in Khyber Pakhtunkhwa. On 2 March a "
            "roadside bomb in Bannu killed four soldiers; on 5 March gunmen shot dead two teachers in Lakki "
            "Marwat; and on 8 March a suicide bomber killed six worshippers at a mosque in Dera Ismail Khan.",
            [dt.date(2024, 3, 2), dt.date(2024, 3, 5), dt.date(2024, 3, 8)],
            [4, 2, 6],
        ),
        (
            "Borno round-up: on March 3 insurgents killed five farmers near Konduga; on March 6 a suicide "
            "bomber killed three traders in Gwoza market.",
            [dt.date(2024, 3, 3), dt.date(2024, 3, 6)],
            [5, 3],
        ),
    ],
)
def test_dated_clauses_after_semicolons_are_separate_incidents(
    text: str, days: list[dt.date], killed: list[int]
) -> None:
    found, _ = run(text)
    assert [i.event_date for i in found] == days
    assert [i.killed.best for i in found] == killed


@pytest.mark.parametrize(
    ("text", "killed", "day"),
    [
        (
            "SOM; Hiraan; Beledweyne; 2024-03-09; roadside bomb hit a military truck; killed 3 soldiers, "
            "wounded 2.",
            3,
            dt.date(2024, 3, 9),
        ),
        (
            "KANO - Gunmen killed three farmers in Kano state on Sunday; on Monday police said the toll had "
            "risen to five.",
            5,
            SUNDAY,
        ),
    ],
)
def test_semicolons_without_a_new_dated_attack_keep_one_incident(
    text: str, killed: int, day: dt.date
) -> None:
    found, _ = run(text)
    assert len(found) == 1
    assert found[0].killed.best == killed
    assert found[0].event_date == day


def test_a_separate_attack_without_casualties_keeps_its_zero_figures() -> None:
    found, _ = run(
        "QUETTA, March 12 (AP) - Gunmen ambushed a passenger coach in Kalat district of Balochistan on "
        "Monday, killing nine travellers, officials said.\n\nIn a separate attack the same night, a bomb "
        "damaged a gas pipeline in Dera Bugti. No casualties were reported."
    )
    assert [i.killed.best for i in found] == [9, 0]
    assert [i.event_date for i in found] == [MONDAY, MONDAY]


# --- 5. an earlier attack named by its month is a background incident ------------------------------------


@pytest.mark.parametrize(
    ("text", "main_killed", "background_killed"),
    [
        (
            "BAGHDAD, March 12 (Reuters) - A car bomb killed 14 people at a bus station in Baghdad on "
            "Monday, police said. It was the deadliest attack in the capital since January, when a suicide "
            "bomber killed 27 at a market.",
            14,
            27,
        ),
        (
            "PARACHINAR - Militants ambushed a supply convoy near Sadda in Kurram district on Monday, "
            "killing five soldiers, the military said.\n\nIn a February ambush on the same road, nine "
            "soldiers died, an official said.",
            5,
            9,
        ),
        (
            "MOGADISHU - A suicide car bomb killed 11 people outside a hotel in Mogadishu on Monday, police "
            "said. In an October attack on another hotel in the city, al-Shabaab fighters killed 20 guests.",
            11,
            20,
        ),
    ],
)
def test_an_earlier_attack_by_month_is_background(
    text: str, main_killed: int, background_killed: int
) -> None:
    found, background = run(text)
    assert [i.killed.best for i in found] == [main_killed]
    assert found[0].event_date == MONDAY
    assert [i.killed.best for i in background] == [background_killed]


@pytest.mark.parametrize(
    "text",
    [
        "KABUL - Fighting since January has killed 40 soldiers in Helmand, officials said on Monday, after "
        "an ambush on Monday killed six in Nad Ali.",
        "KANO - Gunmen killed six traders at a market in Kano state on Monday, in a March attack that police "
        "blamed on bandits.",
    ],
)
def test_months_that_name_no_earlier_attack_open_no_background(text: str) -> None:
    _, background = run(text)
    assert background == []


# --- 4. a correction note repeats the story: it gives no second incident ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "CORRECTION: An earlier version of this story said 12 people were killed in Monday's blast at a bus "
        "stand in Kohat. The police said the toll was nine. The story has been corrected.\n\nKOHAT, "
        "Pakistan, March 12 (AP) - A bomb hidden in a rickshaw exploded at a bus stand in Kohat on Monday, "
        "killing nine people and wounding 21, police said.",
        "KOHAT, Pakistan, March 12 (AP) - A bomb hidden in a rickshaw exploded at a bus stand in Kohat on "
        "Monday, killing nine people and wounding 21, police said.\n\n(Corrects death toll in first "
        "paragraph to nine from 12; an earlier version of this article said the blast hit a market in Kohat "
        "on Sunday.)",
    ],
)
def test_a_correction_note_gives_no_second_incident(text: str) -> None:
    found, background = run(text)
    assert len(found) == 1
    assert background == []
    assert _admin1(found[0]) == "PK-KP"
    assert (found[0].killed.best, found[0].wounded.best) == (9, 21)
    assert found[0].event_date == MONDAY


def test_a_correctional_centre_attack_is_an_incident() -> None:
    found, _ = run(
        "ABUJA - Gunmen attacked the Kuje custodial centre in Abuja on Monday, killing two guards.\n\nThe "
        "correction service said 64 inmates had escaped."
    )
    assert [(_admin1(i), i.killed.best) for i in found] == [("NG-FC", 2)]


# --- 6. a court's sentence is no incident; a defused device is one, with no casualties -------------------


@pytest.mark.parametrize(
    "text",
    [
        "MOGADISHU, March 12 (AP) - A military court in Mogadishu on Monday sentenced three al-Shabaab "
        "members to death for planning bombings in the capital. A fourth defendant was acquitted.",
        "BAGHDAD - The Central Criminal Court in Baghdad on Monday convicted two men of taking part in the "
        "killing of 12 pilgrims and sentenced them to life in prison.",
        "KANO - A Federal High Court in Kano on Monday found guilty five men charged with bombing a church "
        "in 2019 and sentenced them to 20 years each.",
    ],
)
def test_a_court_sentence_gives_no_incident(text: str) -> None:
    assert run(text) == ([], [])


@pytest.mark.parametrize(
    ("text", "admin1", "day"),
    [
        (
            "Raqqa - Internal security forces defused a bomb planted under a car near the clock tower in "
            "Raqqa city yesterday. No casualties.",
            "SY-RA",
            MONDAY,
        ),
        (
            "KANDAHAR - Police defused a roadside bomb on the main road in Spin Boldak district of Kandahar "
            "on Monday, a police spokesman said. No one was hurt.",
            "AF-KAN",
            MONDAY,
        ),
        (
            "MAIDUGURI - A suicide bomber's vest failed to explode at a checkpoint in Bama, Borno state, on "
            "Monday, and soldiers arrested the bomber, the army said. No casualties were recorded.",
            "NG-BO",
            MONDAY,
        ),
    ],
)
def test_a_defused_device_is_an_incident_without_casualties(text: str, admin1: str, day: dt.date) -> None:
    found, _ = run(text)
    assert len(found) == 1
    assert _admin1(found[0]) == admin1
    assert found[0].event_date == day
    assert found[0].killed.best in (0, None)


def test_a_sentence_after_an_attack_keeps_the_attack() -> None:
    found, _ = run(
        "BAGHDAD - A suicide bomber killed seven people at a court in Baghdad on Monday as judges sentenced "
        "four militants to death, police said."
    )
    assert [(_admin1(i), i.killed.best, i.event_date) for i in found] == [("IQ-BG", 7, MONDAY)]


# --- blind4 leftover: an earlier attack told again in its own paragraph is a main incident too -----------


def test_an_attack_a_day_before_retold_with_place_day_and_figures_is_a_main_incident() -> None:
    found, background = run(
        "ISLAMABAD, March 12 - Pakistani jets struck suspected militant camps in Afghanistan's Khost "
        "province on Tuesday, officials said, a day after militants killed five policemen in an attack in "
        "North Waziristan.\n\nThe Taliban government said the strikes killed six civilians in "
        "Khost.\n\nMonday's attack on a police station in Mir Ali, North Waziristan, was claimed by the "
        "Pakistani Taliban. Police said five policemen were killed and three wounded."
    )
    assert background == []
    assert [(_admin1(i), i.event_date, i.killed.best) for i in found] == [
        ("AF-KHO", dt.date(2024, 3, 12), 6),
        ("PK-KP", MONDAY, 5),
    ]
    assert found[1].wounded.best == 3


def test_an_earlier_attack_mentioned_once_stays_background() -> None:
    found, background = run(
        "ISLAMABAD, March 12 - Pakistani jets struck suspected militant camps in Afghanistan's Khost "
        "province on Tuesday, killing six civilians, officials said, a day after militants killed five "
        "policemen in an attack in North Waziristan.\n\nPakistan's foreign office did not confirm the "
        "strikes."
    )
    assert [_admin1(i) for i in found] == ["AF-KHO"]
    assert [i.killed.best for i in background] == [5]
