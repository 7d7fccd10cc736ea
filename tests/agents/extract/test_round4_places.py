"""Places of round 4: operation code names, seats of government, member states without ISO codes, two-city
datelines."""

from __future__ import annotations

import datetime as dt

import pytest

from agents.extract.text import clean
from streams.records import Incident
from tests.agents.extract import texts

PUBLISHED = dt.datetime(2022, 3, 10, 9, 0, tzinfo=dt.UTC)  # a Thursday


def mains(text: str) -> list[Incident]:
    return texts.mains(text, PUBLISHED)


def primary(text: str) -> tuple[str | None, str | None]:
    found = mains(text)
    assert found, text
    where = found[0].primary
    return (where.country_code, where.admin1_code) if where is not None else (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Troops of Operation HADIN KAI on Tuesday repelled an attack by ISWAP fighters on their base at "
        "Dikwa, Borno State, killing 9 of the attackers.",
        "TROOPS OF OPERATION HADIN KAI REPEL ATTACK ON DIKWA\n\nSoldiers of Operation Hadin Kai killed seven "
        "insurgents who attacked their location in Dikwa, Borno State, on Tuesday, the army said.",
        "Soldiers under Operation Lafiya Dole killed 12 insurgents in an ambush near Bama, Borno State, on "
        "Wednesday, a spokesman said.",
    ],
)
def test_an_operation_code_name_names_no_place(text: str) -> None:
    assert primary(text) == ("NG", "NG-BO")


def test_a_town_after_operation_words_still_counts_when_not_a_code_name() -> None:
    text = "The military operation in Dikwa, Borno State, killed 14 insurgents on Tuesday, the army said."
    assert primary(text) == ("NG", "NG-BO")


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani jets struck hideouts in Afghanistan's Paktika province on Tuesday. A spokesman for the "
        "Taliban government in Kabul said the strikes hit homes in Barmal district, killing eight civilians.",
        "Airstrikes hit a village in Barmal district of Paktika province on Tuesday, killing six people, the "
        "authorities in Kabul said.",
        "The administration in Kabul said eight civilians were killed when jets bombed homes in Barmal "
        "district, Paktika province, on Tuesday.",
    ],
)
def test_a_seat_of_government_is_not_the_event_place(text: str) -> None:
    assert primary(text) == ("AF", "AF-PKA")


def test_an_attack_in_the_capital_still_places_it_there() -> None:
    text = "A suicide bomber killed nine people near a government office in Kabul on Tuesday, police said."
    assert primary(text) == ("AF", "AF-KAB")


@pytest.mark.parametrize(
    "text",
    [
        "2022-03-09 - SOMALIA - Galmudug - Dhusamareb: Gunmen shot dead 2 elders near the market.",
        "BAIDOA, March 10 - A Southwest State official in Hudur said six soldiers were killed in an attack "
        "on a base in Bakool region on Wednesday.",
        "BOSASO, March 10 - Militants attacked a Puntland security forces base in the mountains of Bari "
        "region on Wednesday, killing four soldiers, a Puntland commander said.",
        "Al-Shabaab fighters stormed a police station in Beledweyne, Hirshabelle, on Wednesday, killing "
        "three officers, officials said.",
    ],
)
def test_a_member_state_gives_way_to_the_region_of_the_town(text: str) -> None:
    country, code = primary(text)
    assert country == "SO"
    assert code in {"SO-GA", "SO-BK", "SO-BR", "SO-HI"}


def test_a_member_state_alone_still_gives_the_country() -> None:
    text = "Gunmen killed four soldiers in an ambush in Puntland on Wednesday, officials said."
    found = mains(text)
    assert found and found[0].primary is not None
    assert found[0].primary.country_code == "SO"
    assert found[0].primary.admin1 == "Puntland"


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("WASHINGTON/BEIRUT, Sept 23 - A strike killed a commander.", "WASHINGTON/BEIRUT"),
        ("LONDON/ISTANBUL (Reuters) - A blast killed three people.", "LONDON/ISTANBUL"),
        ("BEIRUT, Sept 23 - A strike killed a commander.", "BEIRUT"),
    ],
)
def test_a_two_city_dateline_is_read_as_a_dateline(line: str, city: str) -> None:
    body = clean(line)
    assert body.dateline is not None and body.dateline.city == city
    assert line[body.blocks[0].start :].startswith("A ")


def test_a_two_city_dateline_does_not_place_the_event_abroad() -> None:
    text = (
        "WASHINGTON/BEIRUT, March 10 - A U.S. military strike killed a senior militant near Maarat Misrin in "
        "Idlib province on Wednesday, U.S. Central Command said."
    )
    assert primary(text) == ("SY", "SY-ID")
