"""Round 20: days and where incidents begin. A police record row with "|" cells, a day range's first day, an
exact day beating "last week", a lead's day for the attacks listed after it, "hours later", and an attack
named by its day ("blames the TTP for a March 16 attack") as background."""

from __future__ import annotations

import datetime as dt

from streams.records import Incident
from tests.agents.extract import texts

PUBLISHED = dt.datetime(2024, 5, 14, 9, 0, tzinfo=dt.UTC)  # a Tuesday


def first(text: str) -> Incident:
    return texts.first_main(text, PUBLISHED)


def test_a_record_row_with_cells_gives_place_and_day() -> None:
    text = (
        "FIR No. 88/2024 | PS Domel, District Bannu (KP) | Date/time of occurrence: 12-05-2024, 2100 hrs\n"
        "Brief facts: unknown armed persons abducted two teachers from the village school. No one injured."
    )
    incident = first(text)
    assert texts.admin1(incident) == "PK-KP"
    assert incident.event_date == dt.date(2024, 5, 12)


def test_a_day_range_is_dated_by_its_first_day() -> None:
    text = (
        "Orakzai district (Khyber Pakhtunkhwa), 8-11 May 2024: tribal clashes over a forest dispute; "
        "district officials said 9 killed and 20 wounded."
    )
    incident = first(text)
    assert incident.event_date == dt.date(2024, 5, 8)
    assert incident.event_end == dt.date(2024, 5, 11)


def test_an_exact_day_further_down_beats_last_week() -> None:
    text = (
        "The toll from an attack on a village in Gujba, Yobe state, last week has risen to 30, the council "
        "chairman said. Officials had said 18 people were killed when the gunmen rode into Katarko on "
        "Wednesday, May 8."
    )
    assert first(text).event_date == dt.date(2024, 5, 8)


def test_the_leads_day_goes_to_each_attack_listed() -> None:
    text = (
        "Militants staged three separate attacks across northern Iraq on Sunday, officials said.\n\n"
        "In Hawija, Kirkuk province, a sniper killed a soldier at an outpost.\n\n"
        "In Tuz Khurmatu, in Salahuddin province, mortar rounds wounded four civilians.\n\n"
        "Near Khanaqin in Diyala, a roadside bomb killed two Peshmerga fighters."
    )
    found = texts.mains(text, PUBLISHED)
    assert [texts.admin1(i) for i in found] == ["IQ-KI", "IQ-SD", "IQ-DI"]
    assert {i.event_date for i in found} == {dt.date(2024, 5, 12)}


def test_hours_later_is_the_same_day_and_a_dated_attack_is_background() -> None:
    text = (
        "Pakistan Air Force jets struck a compound in Barmal, Paktika province, Afghanistan, before dawn on "
        "Monday, killing eight people, Taliban officials said.\n\n"
        "Hours later Afghan Taliban forces fired on Pakistani border posts in the Kurram district, the "
        "Pakistani military said. Two soldiers were wounded.\n\n"
        "Pakistan blames the TTP for a May 11 attack on an army post in Mir Ali in which seven soldiers were "
        "killed."
    )
    found, background = texts.split(text, PUBLISHED)
    assert [(texts.admin1(i), i.event_date) for i in found] == [
        ("AF-PKA", dt.date(2024, 5, 13)),
        ("PK-KP", dt.date(2024, 5, 13)),
    ]
    assert [(i.event_date, i.killed.best) for i in background] == [(dt.date(2024, 5, 11), 7)]


def test_a_victims_former_post_is_no_event_place() -> None:
    text = (
        "A bomb ripped through a mosque in Faizabad, Badakhshan province, on Monday, killing nine people, "
        "officials said.\n\nAmong those killed was a former police chief of Baghlan, officials said."
    )
    found = texts.mains(text, PUBLISHED)
    assert [texts.admin1(i) for i in found] == ["AF-BDS"]


def test_a_separate_incident_last_week_is_background() -> None:
    text = (
        "An air strike killed at least 10 villagers in the Shiroro area of Niger state on Sunday, local "
        "officials said.\n\nIn a separate incident last week, bandits kidnapped 20 travellers on the Minna "
        "road, police said."
    )
    found, background = texts.split(text, PUBLISHED)
    assert len(found) == 1
    assert found[0].killed.best == 10
    assert len(background) == 1


def test_an_ispr_release_of_a_night_operation() -> None:
    text = (
        "ISPR PRESS RELEASE\n"
        "No PR-98/2024-ISPR, Rawalpindi - May 13, 2024\n"
        "On night 11/12 May, security forces conducted an intelligence based operation in general area Datta "
        "Khel, North Waziristan District, on reported presence of khwarij. During the operation, six khwarij "
        "were sent to hell. However, during intense exchange of fire, Havaldar Ali (age 36 years, resident "
        "of District Karak) embraced shahadat."
    )
    incident = first(text)
    assert texts.admin1(incident) == "PK-KP"
    assert incident.locations[0].admin2 == "North Waziristan"
    assert incident.event_date == dt.date(2024, 5, 11)
    assert incident.killed.best == 1
    assert incident.killed_perpetrators is not None
    assert incident.killed_perpetrators.best == 6


def test_a_policeman_named_by_rank_counts_one() -> None:
    text = "Constable Imran Khan was martyred when gunmen opened fire on a police post in Bannu on Monday."
    assert first(text).killed.best == 1


def test_an_officer_named_by_rank_who_speaks_counts_nothing() -> None:
    text = "Major Ahmed Sharif said two soldiers were killed when militants attacked a post in Tank on Monday"
    assert first(text).killed.best == 2


def test_an_official_who_was_killed_earlier_is_a_background_death() -> None:
    text = (
        "A blast hit a mosque in Faizabad, Badakhshan province, during a memorial service on Monday, killing "
        "at least nine people, officials said.\n\nThe service was held for the province's deputy governor, "
        "who was killed in a car bomb two days earlier."
    )
    found, background = texts.split(text, PUBLISHED)
    assert [i.killed.best for i in found] == [9]
    assert [(i.killed.best, texts.admin1(i)) for i in background] == [(1, "AF-BDS")]


def test_bodies_found_days_after_an_abduction_date_the_abduction() -> None:
    text = (
        "Police found the bodies of two shepherds near Hammam al-Alil, Nineveh province, on Monday, three "
        "days after suspected Islamic State militants abducted them, security sources said."
    )
    found = texts.mains(text, PUBLISHED)
    assert [(i.event_date, i.killed.best) for i in found] == [(dt.date(2024, 5, 10), 2)]


def test_penultimate_sunday_is_the_sunday_before_last() -> None:
    text = "The attack, which took place penultimate Sunday in Bokkos, Plateau State, left 23 villagers dead."
    assert first(text).event_date == dt.date(2024, 5, 5)


def test_a_gunshot_wound_is_wounded() -> None:
    text = "Bandits killed three men in Giwa, Kaduna State, on Sunday. A policeman sustained a gunshot wound"
    assert first(text).wounded.best == 1
