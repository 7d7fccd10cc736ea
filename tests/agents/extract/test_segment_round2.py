"""Segmentation of round 2: background events, dataset headers, summed leads, same-day incidents."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.records import Incident
from tests.agents.extract import texts

PUBLISHED = dt.datetime(2019, 9, 12, 9, 0, tzinfo=dt.UTC)  # a Thursday


def run(text: str, published: dt.datetime | None = PUBLISHED) -> tuple[list[Incident], list[Incident]]:
    return texts.split(text, published)


LEAD = (
    "KANDAHAR, Afghanistan, Sept 12 - A roadside bomb struck a minibus in Kandahar province on Wednesday, "
    "killing seven civilians and wounding four, officials said.\n\n"
)


@pytest.mark.parametrize(
    "background",
    [
        "In July, a suicide bomber killed 31 people at a wedding in Kandahar city.",
        "Last June, gunmen killed 31 people at a wedding in Kandahar city.",
        "In March 2014, a car bomb killed 31 people at a market in Kandahar city.",
        "In 2016, Taliban fighters killed 31 policemen at a checkpoint in Kandahar province.",
        "Earlier this year, a suicide bomber killed 31 people at a wedding in Kandahar city.",
        "Two weeks ago, a suicide bomber killed 31 people at a wedding in Kandahar city.",
        "A double bombing at a Kandahar mosque in May killed 31 worshippers.",
    ],
)
def test_an_earlier_event_keeps_its_own_figures(background: str) -> None:
    mains, backgrounds = run(LEAD + background)
    assert len(mains) == 1 and mains[0].killed.best == 7 and mains[0].event_date == dt.date(2019, 9, 11)
    assert len(backgrounds) == 1 and backgrounds[0].killed.best == 31
    assert backgrounds[0].date_precision in ("approximate", "unknown")
    assert backgrounds[0].primary is not None and backgrounds[0].primary.admin1_code == "AF-KAN"


@pytest.mark.parametrize(
    "follow",
    [
        "On Monday, gunmen killed two policemen in Kandahar city.",
        "Late Tuesday, gunmen killed two policemen in Kandahar city.",
        "In September, the province has seen daily attacks, and gunmen killed two policemen on Monday.",
    ],
)
def test_a_weekday_or_the_current_month_is_not_background(follow: str) -> None:
    _, backgrounds = run(LEAD + follow)
    assert backgrounds == []


def test_december_in_a_february_report_is_last_year() -> None:
    text = (
        "MOGADISHU, Feb 14 - Al Shabaab gunmen stormed a hotel in Mogadishu on Friday evening, killing 17 "
        "people, police said.\n\nIn December, a suicide bomber killed at least five people in Galkayo."
    )
    mains, backgrounds = run(text, dt.datetime(2021, 2, 14, tzinfo=dt.UTC))
    assert [m.killed.best for m in mains] == [17] and mains[0].event_date == dt.date(2021, 2, 12)
    assert [b.killed.best for b in backgrounds] == [5]
    assert backgrounds[0].event_date is not None and backgrounds[0].event_date.year == 2020


@pytest.mark.parametrize(
    ("text", "admin1", "date"),
    [
        (
            "Yobe State, Damaturu. 20 March 2018. A suicide bomber blew herself up at a mosque, "
            "killing four worshippers.",
            "NG-YO",
            dt.date(2018, 3, 20),
        ),
        (
            "14 October 2020. Daraa governorate, Tafas. Gunmen shot dead a former rebel commander.",
            "SY-DR",
            dt.date(2020, 10, 14),
        ),
        (
            "Herat province, Shindand. 02/10/2020. Taliban fighters attacked a checkpoint, "
            "killing three police.",
            "AF-HER",
            dt.date(2020, 10, 2),
        ),
    ],
)
def test_a_dataset_header_gives_place_and_date(text: str, admin1: str, date: dt.date) -> None:
    mains, _ = run(text, dt.datetime(2020, 10, 15, tzinfo=dt.UTC) if "2020" in text else None)
    assert len(mains) == 1
    assert mains[0].primary is not None and mains[0].primary.admin1_code == admin1
    assert mains[0].event_date == date and mains[0].date_precision == "day"
    assert not mains[0].summary[:1].isdigit()  # the event sentence, not the header


def test_a_short_title_case_sentence_without_a_date_is_no_header() -> None:
    mains, _ = run("Kabul Police Chief Resigns. Gunmen killed two guards in Herat province on Monday.")
    assert len(mains) == 1 and mains[0].primary is not None and mains[0].primary.admin1_code == "AF-HER"


@pytest.mark.parametrize(
    "lead",
    [
        "Two separate attacks in northern Afghanistan killed 11 people on Tuesday, officials said.",
        "Separate attacks in two northern provinces killed 11 people on Tuesday, police said.",
        "Three separate bombings across the north killed 11 people on Tuesday, officials said.",
    ],
)
def test_a_lead_that_sums_separate_attacks(lead: str) -> None:
    text = (
        f"{lead}\n\nIn Balkh province, gunmen shot dead four members of a family in Chahar Bolak "
        "district.\n\n"
        "In Jowzjan province, a Taliban attack on a checkpoint in Aqcha district killed seven police."
    )
    mains, _ = run(text)
    assert [(m.primary.admin1_code if m.primary else None, m.killed.best) for m in mains] == [
        ("AF-BAL", 4),
        ("AF-JOW", 7),
    ]
    assert {m.event_date for m in mains} == {dt.date(2019, 9, 10)}


def test_a_single_separate_attack_is_not_a_summed_lead() -> None:
    text = (
        "Gunmen killed four people in Balkh province on Tuesday, police said.\n\n"
        "In a separate attack, a roadside bomb killed two soldiers in Jowzjan province on Wednesday."
    )
    mains, _ = run(text)
    assert [(m.killed.best, m.event_date) for m in mains] == [
        (4, dt.date(2019, 9, 10)),
        (2, dt.date(2019, 9, 11)),
    ]


@pytest.mark.parametrize(
    "second",
    [
        "On the same day, two mortar rounds landed near the airport in Baidoa, in Bay region, killing two.",
        "The same day, gunmen shot dead two elders in Baidoa, in Bay region.",
    ],
)
def test_the_same_day_is_the_day_of_the_incident_before(second: str) -> None:
    text = (
        "A suicide bomber blew himself up in a restaurant in Beledweyne, in Hiiraan region, on Sunday, "
        f"killing five people, police said.\n\n{second}"
    )
    mains, _ = run(text)
    assert [m.event_date for m in mains] == [dt.date(2019, 9, 8), dt.date(2019, 9, 8)]
    assert mains[1].date_precision == "day"


def test_the_previous_day_counts_from_the_incident_before() -> None:
    text = (
        "Gunmen killed three policemen at a checkpoint in Kunduz province on Tuesday, officials said.\n\n"
        "The previous day, a roadside bomb killed two soldiers in Baghlan province."
    )
    mains, _ = run(text)
    assert [m.event_date for m in mains] == [dt.date(2019, 9, 10), dt.date(2019, 9, 9)]


def test_an_earlier_day_told_in_the_pluperfect_is_background() -> None:
    text = (
        "Government forces shelled a town in northern Hama province on Wednesday, killing five civilians, "
        "monitors said.\n\nState media said the army was responding to rebel rockets on a town in Hama "
        "province, "
        "which it said had wounded four people on Monday."
    )
    mains, backgrounds = run(text)
    assert len(mains) == 1 and mains[0].killed.best == 5
    assert len(backgrounds) == 1 and backgrounds[0].event_date == dt.date(2019, 9, 9)


def test_an_earlier_day_in_the_simple_past_stays_a_main_incident() -> None:
    text = (
        "Government forces shelled a town in northern Hama province on Wednesday, killing five civilians.\n\n"
        "Rebel rockets killed four people in a town in Idlib province on Monday, monitors said."
    )
    mains, backgrounds = run(text)
    assert len(mains) == 2 and backgrounds == []


def test_overnight_does_not_beat_an_explicit_day_nor_open_an_incident() -> None:
    text = (
        "Security forces ended an overnight siege at a hotel in Mogadishu on Thursday morning after al "
        "Shabaab gunmen stormed it on Wednesday evening, killing 12 people, police said.\n\n"
        "A hospital official in Mogadishu said two more had died overnight."
    )
    mains, _ = run(text)
    assert len(mains) == 1 and mains[0].event_date == dt.date(2019, 9, 11)


def test_a_third_day_today_starts_two_days_back() -> None:
    text = (
        "GALKAYO - Clan fighting on the outskirts of Galkayo in Mudug region continued for a third day "
        "today, "
        "with elders saying nine people have been killed since Tuesday."
    )
    mains, _ = run(text)
    assert mains[0].event_date == dt.date(2019, 9, 10)
