"""Round 21: two attacks in one province on one day stay two when the text says so: "a second bomb" at another
spot of the city, and a lead telling of several attacks followed by one paragraph per district."""

from __future__ import annotations

import datetime as dt

from tests.agents.extract import texts

PUBLISHED = dt.datetime(2024, 5, 14, 9, 0, tzinfo=dt.UTC)  # a Tuesday


def test_a_second_bomb_at_another_spot_of_the_city_is_another_attack() -> None:
    text = (
        "A magnetic bomb killed a judge and his driver in the Karte Parwan area of Kabul on Monday morning, "
        "police said.\n\nAn hour later a second sticky bomb went off under a bus in Dasht-e-Barchi, in the "
        "west of the city, wounding five people. Islamic State claimed the Dasht-e-Barchi blast."
    )
    found = texts.mains(text, PUBLISHED)
    assert [(i.killed.best, i.wounded.best) for i in found] == [(2, None), (None, 5)]
    assert [[p.name for p in i.perpetrators] for i in found] == [[], ["Islamic State"]]


def test_a_second_blast_at_the_same_spot_is_the_same_attack() -> None:
    text = (
        "A bomb went off at a market in the Karte Parwan area of Kabul on Monday, killing four people. "
        "Minutes later a second bomb exploded at the Karte Parwan market as rescuers arrived, police said."
    )
    assert len(texts.mains(text, PUBLISHED)) == 1


def test_a_lead_of_two_attacks_then_one_paragraph_each() -> None:
    text = (
        "PESHAWAR: Militants carried out two attacks in Khyber Pakhtunkhwa on Sunday.\n"
        "In Dera Ismail Khan, gunmen shot dead a policeman guarding a polio team in Paharpur.\n"
        "In Bajaur, a roadside bomb wounded four Levies personnel in Mamund tehsil."
    )
    found = texts.mains(text, PUBLISHED)
    assert [(i.killed.best, i.wounded.best) for i in found] == [(1, None), (None, 4)]
    assert {i.event_date for i in found} == {dt.date(2024, 5, 12)}


def test_without_such_a_lead_one_attack_told_in_two_districts_stays_one() -> None:
    text = (
        "Gunmen attacked a police post in Paharpur, Dera Ismail Khan, on Sunday, killing a policeman. They "
        "fled towards Kulachi, police said, and were later seen in Tank."
    )
    assert len(texts.mains(text, PUBLISHED)) == 1


def test_a_breakdown_after_the_count_is_not_added() -> None:
    text = (
        "A roadside bomb hit a minibus near Gereshk in Helmand province on Monday, killing at least eight "
        "passengers, three of them women, officials said."
    )
    assert texts.first_main(text, PUBLISHED).killed.best == 8


def test_hours_later_with_only_a_new_toll_is_the_same_attack() -> None:
    text = (
        "A bomb tore through a minibus near Lashkar Gah, Helmand province, on Monday, killing nine "
        "passengers, police said. Hours later the provincial health director said 12 bodies had been brought "
        "to the hospital."
    )
    found = texts.mains(text, PUBLISHED)
    assert len(found) == 1
    assert found[0].killed.best == 12


def test_both_ends_of_a_route_keep_one_attack() -> None:
    text = (
        "Date: 2024-05-12 | Iraq | Salah al-Din | Tuz Khurmatu district | Abduction. Gunmen set up a fake "
        "checkpoint on the Tuz-Kifri road and abducted three drivers. Fatalities: 0."
    )
    found = texts.mains(text, PUBLISHED)
    assert [texts.admin1(i) for i in found] == ["IQ-SD"]


def test_live_notes_of_a_rising_toll_stay_with_the_first_day() -> None:
    text = (
        "LIVE NOTES - AFRIN FRONT (Aleppo governorate)\n"
        "10 May 09:10 - Clashes between rival factions in Azaz town; no casualty figures yet.\n"
        "11 May 18:45 - Monitor: 5 killed in the clashes so far.\n"
        "12 May 20:00 - Monitor update: toll rose to 9 killed, incl. 2 civilians."
    )
    found = texts.mains(text, PUBLISHED)
    assert [(texts.admin1(i), i.event_date, i.killed.best) for i in found] == [
        ("SY-HL", dt.date(2024, 5, 10), 9)
    ]


def test_a_states_strike_after_a_groups_attack_is_its_own_incident() -> None:
    text = (
        "HOMS: Six soldiers were killed on Monday when Islamic State cells ambushed an army bus near Palmyra "
        "in the eastern Homs desert, pro-government pages said.\n\nRussian Air Force jets later bombed the "
        "area, a local source said, without giving casualties."
    )
    found = texts.mains(text, PUBLISHED)
    assert [([p.name for p in i.perpetrators], texts.admin1(i), i.event_date) for i in found] == [
        (["Islamic State"], "SY-HI", dt.date(2024, 5, 13)),
        (["Russian Air Force"], "SY-HI", dt.date(2024, 5, 13)),
    ]
    assert found[0].killed.best == 6


def test_a_states_strike_on_the_attackers_named_with_the_attack_stays_one() -> None:
    text = (
        "Taliban fighters attacked a checkpoint in Nad Ali district of Helmand on Monday, killing four "
        "police. Air strikes by the Afghan Air Force killed 12 of the attackers, officials said."
    )
    assert len(texts.mains(text, dt.datetime(2019, 5, 14, tzinfo=dt.UTC))) == 1
