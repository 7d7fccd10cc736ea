"""Round 11: a country named for its forces ("US troops", "Pakistan Army soldiers") places nothing, as its
demonym would not; something blown up ("militants blew up a school") is a bombing."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.records import Incident
from tests.agents.extract import texts

PUBLISHED = dt.datetime(2024, 5, 14, 9, 0, tzinfo=dt.UTC)  # a Tuesday


def first(text: str) -> Incident:
    return texts.first_main(text, PUBLISHED)


def country(incident: Incident) -> str | None:
    primary = incident.primary
    return primary.country_code if primary is not None else None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("US forces carried out a raid in Syria on Monday, killing two militants, the Pentagon said.", "SY"),
        ("Two US soldiers were wounded in an attack in Iraq on Monday, officials said.", "IQ"),
        ("US troops killed three fighters in a raid in Somalia on Monday, the command said.", "SO"),
        (
            "The United States military said it killed an al-Shabaab commander in an air strike in Somalia "
            "on Sunday.",
            "SO",
        ),
        (
            "Pakistan Army jets struck hideouts in Afghanistan on Monday, killing eight people, a Taliban "
            "spokesman said.",
            "AF",
        ),
        ("Turkey drones hit a car in Iraq on Sunday, killing two PKK members, local officials said.", "IQ"),
    ],
)
def test_a_country_named_for_its_forces_places_nothing(text: str, code: str) -> None:
    assert country(first(text)) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a country named as the place still places the event
        ("A roadside bomb killed two soldiers in Iraq on Monday, officials said.", "IQ"),
        ("Gunmen killed five people in Nigeria's Zamfara state on Monday, police said.", "NG"),
        # a demonym and a town: the town wins, as before
        ("Afghan forces killed six insurgents in Kunduz on Monday, officials said.", "AF"),
        # a country's forces named in an adjective compound stay out, as before
        ("A US-led coalition air strike killed four militants in Syria on Monday, the coalition said.", "SY"),
    ],
)
def test_a_country_named_as_the_place_still_places(text: str, code: str) -> None:
    assert country(first(text)) == code


@pytest.mark.parametrize(
    "text",
    [
        "Militants blew up a boys' primary school in Mir Ali, North Waziristan, overnight on Sunday, police "
        "said. No one was hurt.",
        "Insurgents have blown up two electricity pylons near Baiji in Salahuddin province, officials said "
        "on Monday.",
        "Two high-voltage towers were blown up in Hawija district on Sunday, cutting power to villages, "
        "officials said.",
        "Gunmen blew up a bridge on the Maiduguri-Damboa road in Borno state on Monday, cutting the town "
        "off.",
        "Fighters blowing up a telecom mast in Mandera on Monday were seen by residents, police said.",
    ],
)
def test_something_blown_up_is_a_bombing(text: str) -> None:
    assert first(text).event_type == "bombing"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "A suicide bomber blew himself up at a mosque in Peshawar on Friday, killing 12 worshippers, "
            "police said.",
            "suicide_bombing",
        ),
        (
            "Gunmen stormed a school in Zamfara state on Friday and abducted 40 pupils, police said.",
            "abduction",
        ),
    ],
)
def test_other_attacks_keep_their_type(text: str, event_type: str) -> None:
    assert first(text).event_type == event_type


def test_talks_that_blew_up_are_no_bombing() -> None:
    found = texts.mains(
        "Talks between the two sides blew up on Monday after the delegation walked out, officials in "
        "Mogadishu said.",
        PUBLISHED,
    )
    assert all(i.event_type != "bombing" for i in found)


@pytest.mark.parametrize(
    "text",
    [
        "Israeli missiles struck army positions south of Damascus on Monday, killing two soldiers, state "
        "media said.",
        "An Israeli air strike hit a weapons depot 20 km southwest of Damascus on Sunday, killing three "
        "fighters, a war monitor said.",
        "A car bomb exploded on a road outside Damascus on Monday, killing four people, SANA said.",
        "Rockets hit a military airport near Damascus on Monday, wounding five soldiers, the army said.",
    ],
)
def test_around_damascus_is_its_countryside(text: str) -> None:
    assert texts.admin1(first(text)) == "SY-RD"


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded in a car in central Damascus on Monday, killing one person, police said.",
        "A blast hit a building in the Mezzeh district of Damascus on Monday, killing two people, state "
        "media said.",
        "A mortar shell hit a school in Damascus on Monday, wounding three children, SANA said.",
    ],
)
def test_in_damascus_is_the_city(text: str) -> None:
    assert texts.admin1(first(text)) == "SY-DI"


def test_a_strike_south_of_damascus_and_the_monitor_s_count_in_its_countryside_are_one_incident() -> None:
    found = texts.mains(
        "Israeli missiles hit several positions south of Damascus early on Monday, killing two soldiers, "
        "state media said.\n\nA war monitor said five people had been killed in strikes on positions in the "
        "Sayyida Zeinab area of the Damascus countryside.",
        PUBLISHED,
    )
    assert [texts.admin1(i) for i in found] == ["SY-RD"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Boko Haram fighters who crossed from Borno state in Nigeria attacked the town of Kolofata in "
            "northern Cameroon on Sunday, killing six civilians, local officials said.",
            "Kolofata",
        ),
        (
            "Jihadists based in Nigeria's Borno state raided Amchide, a Cameroonian border town, overnight, "
            "killing four soldiers, a security source said.",
            "Amchide",
        ),
        (
            "Militants coming from Borno killed five herders in Tourou, in Cameroon's Far North, on Monday, "
            "the mayor said.",
            "Tourou",
        ),
        (
            "Six villagers were killed in Mozogo overnight when fighters crossing over from Nigeria's Borno "
            "State raided the village, the prefect said.\n\nThe attackers went back across the border toward "
            "Gwoza. Two other villagers were wounded.",
            "Mozogo",
        ),
    ],
)
def test_where_attackers_came_from_is_no_event_place(text: str, place: str) -> None:
    found = texts.mains(text, PUBLISHED)
    assert len(found) == 1
    primary = found[0].primary
    assert primary is not None
    assert (primary.country_code, primary.admin1_code, primary.place) == ("CM", "CM-EN", place)


@pytest.mark.parametrize(
    "text",
    [
        "Militants came back to Gwoza on Sunday and killed five farmers, residents said.",
        "Gunmen crossing the river attacked Gwoza in Borno state on Sunday, killing five farmers, residents "
        "said.",
        "Fighters from Gwoza attacked a village in Borno state on Sunday, killing five farmers, residents "
        "said.",
    ],
)
def test_the_town_attacked_still_places(text: str) -> None:
    assert texts.admin1(first(text)) == "NG-BO"


@pytest.mark.parametrize(
    ("text", "provinces"),
    [
        (
            "A teenage volunteer was shot dead in Hawl Wadag on Monday, while in Baidoa, Bay region, a bomb "
            "wounded three people, police said.",
            ["SO-BN", "SO-BY"],
        ),
        (
            "A bomb killed two policemen in Quetta on Monday; in Peshawar, gunmen shot dead a lawyer, "
            "officials said.",
            ["PK-BA", "PK-KP"],
        ),
        (
            "Militants killed four soldiers in Kunduz on Sunday, whereas in Helmand province a bomb wounded "
            "six civilians, officials said.",
            ["AF-KDZ", "AF-HEL"],
        ),
        (
            "A suicide bomber killed nine people in Maiduguri on Sunday; meanwhile, in Yola, gunmen abducted "
            "three traders, police said.",
            ["NG-BO", "NG-AD"],
        ),
    ],
)
def test_a_clause_about_another_province_is_another_incident(text: str, provinces: list[str]) -> None:
    found = texts.mains(text, PUBLISHED)
    assert [texts.admin1(i) for i in found] == provinces
    assert found[0].event_date == found[1].event_date is not None


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed four policemen in Kunduz on Monday, while in Kabul the interior ministry condemned "
        "the attack.",
        "Gunmen killed four policemen in Kunduz on Monday; in Kabul, the president vowed revenge for the "
        "attack.",
        "A bomb killed two soldiers in Kismayo on Monday, while in Mogadishu officials said the attack was "
        "planned in Jilib.",
        "Gunmen killed five villagers in Gwoza, Borno state, on Sunday, while in Gwoza town residents fled, "
        "officials said.",
    ],
)
def test_a_clause_with_no_event_of_its_own_stays_one_incident(text: str) -> None:
    assert len(texts.mains(text, PUBLISHED)) == 1
