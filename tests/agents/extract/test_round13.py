"""Round 13: places. A capital named by its country ("the Afghan capital") or by context ("in the capital"),
a place named for its people ("Kabul residents"), hyphenated compounds (route ends, neighbourhoods), and
Cameroon's Far North towns."""

from __future__ import annotations

import datetime as dt

import pytest

from agents.geo import default_gazetteer
from streams.records import Incident
from tests.agents.extract import texts

PUBLISHED = dt.datetime(2024, 5, 14, 9, 0, tzinfo=dt.UTC)  # a Tuesday


def first(text: str) -> Incident:
    return texts.first_main(text, PUBLISHED)


@pytest.mark.parametrize(
    ("code", "capital", "province"),
    [
        ("AF", "Kabul", "AF-KAB"),
        ("SO", "Mogadishu", "SO-BN"),
        ("IQ", "Baghdad", "IQ-BG"),
        ("SY", "Damascus", "SY-DI"),
    ],
)
def test_a_country_knows_its_capital(code: str, capital: str, province: str) -> None:
    found = default_gazetteer().capital(code)
    assert found is not None
    assert (found.place, found.admin1_code) == (capital, province)


def test_an_unknown_country_has_no_capital() -> None:
    assert default_gazetteer().capital("XX") is None


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            "A suicide bomber killed six worshippers at a mosque in the Afghan capital on Monday, police "
            "said.",
            "AF-KAB",
        ),
        (
            "Two roadside bombs wounded 11 people in the Iraqi capital late on Sunday, security sources "
            "said.",
            "IQ-BG",
        ),
        (
            "Gunmen shot dead a district commissioner outside the Somali capital on Monday, a police officer "
            "told our reporter.",
            "SO-BN",
        ),
        (
            "Mortar rounds fell on a residential block of the Syrian capital on Monday, killing three "
            "people.",
            "SY-DI",
        ),
    ],
)
def test_a_demonym_before_capital_names_that_capital(text: str, province: str) -> None:
    assert texts.admin1(first(text)) == province


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            "Somali police said a car bomb killed nine people at a checkpoint in the capital on Monday. "
            "Al-Shabaab said it carried out the attack.",
            "SO-BN",
        ),
        (
            "KANDAHAR, Afghanistan - A blast killed two traffic policemen in Kandahar city on Monday. Last "
            "month a similar bomb in the capital killed four people, officials in Afghanistan said.",
            "AF-KAN",
        ),
    ],
)
def test_in_the_capital_is_the_capital_of_the_country_in_the_text(text: str, province: str) -> None:
    assert texts.admin1(first(text)) == province


def test_a_background_attack_in_the_capital_is_placed_there() -> None:
    text = (
        "BAIDOA, Somalia - Gunmen killed two aid workers on the road to Baidoa, in Bay region, on Monday, "
        "officials said.\n\n"
        "In March, a truck bomb outside the education ministry in the capital killed at least 40 people."
    )
    main, background = texts.split(text, PUBLISHED)
    assert [texts.admin1(i) for i in main] == ["SO-BY"]
    assert [texts.admin1(i) for i in background] == ["SO-BN"]


def test_the_capital_of_a_region_is_not_the_national_capital() -> None:
    text = "Gunmen killed a teacher in Baidoa, the capital of Bay region, on Monday, Somali officials said."
    assert texts.admin1(first(text)) == "SO-BY"


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            "Kabul residents lost power on Monday after unknown men blew up a pylon in Pul-i-Khumri, the "
            "capital "
            "of Baghlan province, the power company said.",
            "AF-BGL",
        ),
        (
            "Baghdad commuters faced long queues after a bomb in Baquba, in Diyala province, killed four "
            "policemen on Monday.",
            "IQ-DI",
        ),
    ],
)
def test_a_place_named_for_its_people_is_no_event_place(text: str, province: str) -> None:
    assert texts.admin1(first(text)) == province


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            "A roadside bomb hit an army truck on the Palmyra-Deir ez-Zor road in the eastern Homs desert on "
            "Monday, killing five soldiers, state media said.",
            "SY-HI",
        ),
        (
            "A Red Crescent volunteer was shot dead on Monday in the Hawl-wadaag neighbourhood of Baidoa, "
            "witnesses said.",
            "SO-BY",
        ),
        (
            "Unknown men blew up a pylon in the Dand-e-Shahabuddin area of Pul-i-Khumri in Baghlan province "
            "on "
            "Monday, officials said.",
            "AF-BGL",
        ),
    ],
)
def test_a_name_joined_into_a_longer_one_by_a_hyphen_is_no_event_place(text: str, province: str) -> None:
    assert texts.admin1(first(text)) == province


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            "Gunmen killed three police officers in al-Qaim, in Anbar province, on Monday, officials said.",
            "IQ-AN",
        ),
        (
            "Militants attacked a checkpoint on the Kunduz-Takhar highway on Monday, killing four police.",
            "AF-KDZ",
        ),
    ],
)
def test_an_article_or_a_route_alone_keeps_its_place(text: str, province: str) -> None:
    assert texts.admin1(first(text)) == province


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            "MAROUA - Five villagers were killed overnight in Kerawa when Boko Haram fighters crossing from "
            "Nigeria's Borno State raided the village, a local official said.",
            "CM-EN",
        ),
        (
            "Jihadists killed four civilians in Mozogo, in Cameroon's Mayo-Tsanaga department, on Sunday "
            "night, "
            "the prefect said.",
            "CM-EN",
        ),
    ],
)
def test_far_north_towns_are_in_cameroon(text: str, province: str) -> None:
    assert texts.admin1(first(text)) == province


def test_a_later_attack_on_the_outskirts_of_the_capital_is_a_second_incident() -> None:
    text = (
        "MOGADISHU - Two mortar rounds hit the port in Mogadishu on Monday, wounding three dock workers, a "
        "port "
        "official said. Hours later, a car bomb killed four soldiers at a checkpoint in Daynile on the "
        "outskirts "
        "of the capital, police said."
    )
    main = texts.mains(text, PUBLISHED)
    assert [(i.wounded.best, i.killed.best) for i in main] == [(3, None), (None, 4)]
    assert [texts.admin1(i) for i in main] == ["SO-BN", "SO-BN"]
