"""Segmentation of round 3: bullet roundups, "later in the day", earlier "similar" strikes, counted leads."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.records import Incident
from tests.agents.extract import texts

PUBLISHED = dt.datetime(2023, 5, 19, 8, 0, tzinfo=dt.UTC)  # a Friday
THURSDAY = dt.date(2023, 5, 18)


def run(text: str) -> tuple[list[Incident], list[Incident]]:
    return texts.split(text, PUBLISHED)


def _place(incident: Incident) -> str | None:
    primary = incident.primary
    return (primary.place or primary.admin2) if primary is not None else None


@pytest.mark.parametrize(
    ("lead", "mark"),
    [
        ("PESHAWAR, May 19 - Three attacks were reported across the province on Thursday, police said:", "•"),
        ("Police reported three attacks in the province on Thursday, in the following districts:", "-"),
        ("Khyber Pakhtunkhwa police listed the following incidents from Thursday, May 18:", "*"),
    ],
)
def test_each_item_of_a_roundup_is_its_own_incident_on_the_leads_day(lead: str, mark: str) -> None:
    text = (
        f"{lead}\n\n"
        f"{mark} Bannu: Militants attacked a police station, killing three policemen and injuring two.\n"
        f"{mark} Lakki Marwat: A roadside bomb hit a police van. Four officers were injured.\n"
        f"{mark} Charsadda: Gunmen shot dead a school teacher outside his home.\n"
    )
    mains, _ = run(text)
    assert [_place(i) for i in mains] == ["Bannu", "Lakki Marwat", "Charsadda"]
    assert [i.killed.best for i in mains] == [3, None, 1]
    assert [i.wounded.best for i in mains] == [2, 4, None]
    assert all(i.event_date == THURSDAY for i in mains)


def test_a_roundup_item_keeps_its_own_day() -> None:
    text = (
        "QUETTA, May 19 - Two attacks were reported in Balochistan this week, officials said:\n\n"
        "• Turbat: Gunmen killed two labourers on Wednesday.\n"
        "• Gwadar: A grenade attack wounded three people on Thursday.\n"
    )
    mains, _ = run(text)
    assert [(_place(i), i.event_date) for i in mains] == [
        ("Turbat", dt.date(2023, 5, 17)),
        ("Gwadar", THURSDAY),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber killed 12 people at a market in Bannu on Thursday. The dead included:\n\n"
        "• four policemen\n• eight civilians\n",
        "KABUL, May 19 - A blast at a mosque in Kabul killed six worshippers on Thursday. Officials said:\n\n"
        "- the bomb was hidden in a loudspeaker\n- the imam was among the dead\n",
    ],
)
def test_a_list_of_details_stays_with_its_incident(text: str) -> None:
    mains, _ = run(text)
    assert len(mains) == 1 and mains[0].event_date == THURSDAY
    assert mains[0].killed.best in (12, 6)


@pytest.mark.parametrize(
    "later",
    [
        "Later in the day, Boko Haram militants attacked Garkida in neighbouring Adamawa State, killing two "
        "vigilantes, a local leader said.",
        "Later that day, gunmen attacked Garkida in Adamawa State, killing two vigilantes.",
        "Later on the same day, suspected Boko Haram fighters raided Garkida, Adamawa State, and killed two "
        "vigilantes.",
    ],
)
def test_later_in_the_day_keeps_the_day_of_the_incident_before(later: str) -> None:
    text = (
        "MAIDUGURI, May 19 - Jihadists overran a military base in Marte, Borno State, on Wednesday, killing "
        f"several soldiers, military sources said.\n\n{later}"
    )
    mains, _ = run(text)
    assert len(mains) == 2
    assert [i.primary.admin1_code if i.primary else None for i in mains] == ["NG-BO", "NG-AD"]
    assert all(i.event_date == dt.date(2023, 5, 17) for i in mains)
    assert mains[1].killed.best == 2


@pytest.mark.parametrize(
    "earlier",
    [
        "It was the third such strike this month; a similar strike on May 4 killed two commanders in Idlib "
        "city.",
        "A similar drone strike on May 4 killed two militants near Sarmada in Idlib province.",
        "On May 2, a similar raid killed two of the group's leaders in Idlib.",
    ],
)
def test_a_similar_strike_well_before_is_background_by_the_same_force(earlier: str) -> None:
    text = (
        "IDLIB, Syria - A U.S. drone strike killed a senior jihadist commander near the village of Qah in "
        "northern Idlib on Thursday, the U.S. military said.\n\n" + earlier
    )
    mains, backgrounds = run(text)
    assert len(mains) == 1 and mains[0].event_date == THURSDAY and mains[0].killed.best == 1
    assert len(backgrounds) == 1 and backgrounds[0].killed.best == 2
    assert backgrounds[0].event_date is not None and backgrounds[0].event_date < dt.date(2023, 5, 10)
    assert [p.name for p in backgrounds[0].perpetrators] == ["US military"]


def test_a_similar_attack_by_a_group_carries_no_perpetrator() -> None:
    text = (
        "KIRKUK, Iraq, May 19 - Islamic State militants ambushed a police patrol south of Kirkuk on "
        "Thursday, killing three officers, a police source said.\n\n"
        "A similar attack in Salahuddin province on May 4 killed five soldiers."
    )
    mains, backgrounds = run(text)
    assert len(mains) == 1 and [p.name for p in mains[0].perpetrators] == ["Islamic State"]
    assert len(backgrounds) == 1 and backgrounds[0].perpetrators == []


@pytest.mark.parametrize(
    "second",
    [
        "On Tuesday, gunmen killed two policemen in Ghazni city.",
        "Separately, on May 10, gunmen killed two policemen in Ghazni province.",
    ],
)
def test_a_recent_or_separate_event_stays_a_main_incident(second: str) -> None:
    text = (
        "KANDAHAR, May 19 - A roadside bomb struck a minibus in Kandahar province on Thursday, killing seven "
        f"civilians, officials said.\n\n{second}"
    )
    mains, backgrounds = run(text)
    assert len(mains) == 2 and not backgrounds
    assert [i.killed.best for i in mains] == [7, 2]


@pytest.mark.parametrize(
    "lead",
    [
        "At least 18 people were killed in two suicide bombings in central Somalia on Thursday, police said.",
        "Twin bomb attacks killed at least 18 people in central Somalia on Thursday, officials said.",
        "Two suicide attacks in central Somalia on Thursday left 18 people dead, officials said.",
    ],
)
def test_a_lead_counting_several_attacks_gives_no_incident_its_total(lead: str) -> None:
    text = (
        f"MOGADISHU, May 19 - {lead}\n\n"
        "In Beledweyne, the capital of Hiiraan region, a suicide bomber drove a car bomb into a government "
        "office, killing 13 people, the regional administration said.\n\n"
        "Hours later, in Dhusamareb in Galgaduud region, a bomber blew himself up at a tea shop, killing "
        "five soldiers."
    )
    mains, _ = run(text)
    assert [i.primary.admin1_code if i.primary else None for i in mains] == ["SO-HI", "SO-GA"]
    assert [i.killed.best for i in mains] == [13, 5]
    assert all(i.event_date == THURSDAY for i in mains)


@pytest.mark.parametrize(
    "text",
    [
        "BAGHDAD, May 19 - Twin suicide bombings killed 32 people at a crowded market in central Baghdad on "
        "Thursday, officials said. The two bombers struck minutes apart.",
        "At least 25 people were killed in two explosions at a bus station in Kabul on Thursday, police "
        "said. The second blast hit people who rushed to help.",
    ],
)
def test_twin_attacks_on_one_place_keep_their_total(text: str) -> None:
    mains, _ = run(text)
    assert len(mains) == 1 and mains[0].killed.best in (32, 25)
