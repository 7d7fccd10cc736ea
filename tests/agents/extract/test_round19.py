"""Round 19: where and who on the ground. Field rows name the province; a foreign official's nationality and a
home-office or foreign dateline are no event place; a named state force that kills on the ground is the
perpetrator and its dead are the victims, as for a strike."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.records import Incident
from tests.agents.extract import texts

PUBLISHED = dt.datetime(2024, 5, 14, 9, 0, tzinfo=dt.UTC)  # a Tuesday


def first(text: str) -> Incident:
    return texts.first_main(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        (
            "DATE: 13/05/2024\nPROVINCE: Urozgan | DISTRICT: Chora\nTYPE: Abduction\nSUMMARY: Gunmen took "
            "away four teachers at a checkpoint. FATALITIES: 0",
            "AF-URU",
        ),
        (
            "Date: 13 May 2024\nGovernorate: Dayr az Zawr\nSummary: two farmers were killed by a landmine.",
            "SY-DY",
        ),
    ],
)
def test_a_field_row_names_the_province(text: str, admin1: str) -> None:
    assert texts.admin1(first(text)) == admin1


def test_a_foreign_officials_nationality_is_no_place() -> None:
    text = (
        "Rockets were fired at the Ain al-Asad air base in Anbar province on Monday. No casualties were "
        "reported in that attack, a US defence official said."
    )
    found = texts.mains(text, PUBLISHED)
    assert [texts.admin1(i) for i in found] == ["IQ-AN"]


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        (
            "RAWALPINDI: Two soldiers were martyred when a roadside bomb hit their vehicle in Mir Ali, North "
            "Waziristan district, on Monday, the ISPR said.",
            "PK-KP",
        ),
        (
            "TAMPA, Fla. - U.S. forces conducted a raid in eastern Raqqa province, Syria, on May 13, killing "
            "an Islamic State official.",
            "SY-RA",
        ),
    ],
)
def test_a_home_office_or_foreign_dateline_is_no_event_place(text: str, admin1: str) -> None:
    assert texts.admin1(first(text)) == admin1


@pytest.mark.parametrize(
    ("text", "force", "killed"),
    [
        (
            "US forces killed an Islamic State commander and two of his guards in a raid near al-Shaddadi in "
            "Hasakah province on Monday, the military said.",
            "US military",
            3,
        ),
        (
            "Troops of Operation Hadin Kai (Nigerian Army) on Monday engaged Boko Haram terrorists near Bama "
            "in Borno State, neutralising 7 terrorists, the army said.",
            "Nigerian Army",
            7,
        ),
        (
            "The Somali National Army said it had killed 25 militants in an operation in Adan Yabaal "
            "district, Middle Shabelle, on Monday.",
            "Somali National Army",
            25,
        ),
    ],
)
def test_a_named_force_killing_on_the_ground_is_the_perpetrator(text: str, force: str, killed: int) -> None:
    incident = first(text)
    assert [p.name for p in incident.perpetrators] == [force]
    assert incident.killed.best == killed


@pytest.mark.parametrize(
    "text",
    [
        "Three Iraqi army soldiers were killed when a bomb planted by Islamic State hit their patrol near "
        "Hawija, Kirkuk province, on Monday.",
        "A suicide bomber blew himself up at the gate of a Somali National Army base in Awdheegle district, "
        "Lower Shabelle, on Monday, killing two soldiers. Al-Shabaab claimed it.",
    ],
)
def test_a_force_attacked_is_no_raider(text: str) -> None:
    incident = first(text)
    assert [p.name for p in incident.perpetrators] in (["Islamic State"], ["al-Shabaab"])
    assert incident.killed.best in (2, 3)


def test_generic_security_forces_keep_their_dead_as_attackers() -> None:
    text = (
        "Security forces killed six militants in an operation in North Waziristan on Monday, the military "
        "said, adding that two soldiers also died in the exchange of fire."
    )
    incident = first(text)
    assert incident.killed.best == 2
    assert incident.killed_perpetrators is not None
    assert incident.killed_perpetrators.best == 6


def test_a_states_count_of_terrorists_does_not_replace_the_victims() -> None:
    text = (
        "A Turkish drone struck a car near Amuda in Hasakah province on Monday, killing two SDF fighters, "
        "the SDF said. Turkey's defence ministry said it had neutralised four PKK/YPG terrorists."
    )
    incident = first(text)
    assert incident.killed.best == 2


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        (
            "PESHAWAR: Unknown gunmen on a motorcycle opened fire on a police mobile in the jurisdiction of "
            "Chamkani police station on Monday evening, martyring a constable, police said.",
            "PK-KP",
        ),
        (
            "LASHKAR GAH (Pajhwok): Taliban militants attacked security posts in Nawa district of southern "
            "Helmand province last night, killing four policemen, officials said.",
            "AF-HEL",
        ),
        (
            "QUETTA, May 13: Gunmen shot dead two levies personnel in Spin Boldak district of Kandahar "
            "province across the border, Afghan officials said.",
            "AF-KAN",
        ),
    ],
)
def test_a_dateline_with_a_colon_and_namesake_districts(text: str, admin1: str) -> None:
    assert texts.admin1(first(text)) == admin1


def test_a_field_in_capitals_is_no_dateline() -> None:
    text = "DATE: 12/05/2024\nPROVINCE: Kunar | DISTRICT: Asadabad\nSUMMARY: A mortar round killed two boys."
    incident = first(text)
    assert incident.event_date == dt.date(2024, 5, 12)
    assert texts.admin1(incident) == "AF-KNR"


def test_foreign_victims_do_not_move_the_attack_abroad() -> None:
    text = (
        "ISLAMABAD: At least 13 people, including nine Chinese nationals, were killed when a bus carrying "
        "workers to a dam site plunged into a ravine after an explosion on Monday, officials said."
    )
    incident = first(text)
    assert incident.locations[0].country_code == "PK"


@pytest.mark.parametrize(
    ("text", "force", "killed"),
    [
        (
            "Troops of Operation Hadin Kai neutralised 12 terrorists in Sambisa forest, Borno State, on "
            "Monday, the Defence Headquarters said.",
            "Nigerian Army",
            12,
        ),
        (
            "Danab special forces killed 30 al-Shabaab militants in an operation in Adale district, Middle "
            "Shabelle, on Monday, state media reported.",
            "Somali National Army",
            30,
        ),
    ],
)
def test_theatre_operations_and_special_forces_by_name(text: str, force: str, killed: int) -> None:
    incident = first(text)
    assert [p.name for p in incident.perpetrators] == [force]
    assert incident.killed.best == killed


def test_an_operation_named_after_its_force_is_not_a_second_force() -> None:
    text = (
        "2024-05-12 | Nigeria | Borno | Sambisa forest | Air strike | Nigerian Air Force (Operation Hadin "
        "Kai) struck an ISWAP camp; no figure released."
    )
    assert [p.name for p in first(text).perpetrators] == ["Nigerian Air Force"]


def test_the_turkish_occupation_army_and_an_outlet_named_after_a_city() -> None:
    text = (
        "Baghdad Today - An explosive device went off under an army vehicle in Wadi al-Shay, south of "
        "Kirkuk, on Monday, killing an officer. Separately, SANA said Turkish occupation army shelling "
        "wounded two children near Tal Tamr, Hasakah."
    )
    found = texts.mains(text, PUBLISHED)
    assert [texts.admin1(i) for i in found] == ["IQ-KI", "SY-HA"]
    assert [p.name for p in found[1].perpetrators] == ["Turkish Armed Forces"]


def test_where_the_victims_hail_from_is_no_event_place() -> None:
    text = (
        "QUETTA: Levies officials said five labourers hailing from Punjab were shot dead by unknown "
        "assailants in Turbat, Kech district, late on Friday."
    )
    assert texts.admin1(first(text)) == "PK-BA"
