"""Places of round 3: names with digits, the article's own country, list labels, Rif Dimashq landmarks."""

from __future__ import annotations

import datetime as dt

import pytest

from agents.geo import default_gazetteer
from streams.records import Incident
from tests.agents.extract import texts

PUBLISHED = dt.datetime(2022, 3, 10, 9, 0, tzinfo=dt.UTC)  # a Thursday


def mains(text: str) -> list[Incident]:
    return texts.mains(text, PUBLISHED)


def province(text: str) -> str | None:
    found = mains(text)
    assert found, text
    primary = found[0].primary
    return primary.admin1_code if primary is not None else None


def test_a_spelling_with_digits_is_not_filed_as_its_words() -> None:
    geo = default_gazetteer()
    assert geo.readings("Karte") == []
    assert [m.surface for m in geo.scan("a blast in the Karte Bukhdi area")] == []
    assert geo.resolve("Karte Seh") is not None and geo.resolve("Karte Char") is not None


@pytest.mark.parametrize(
    "text",
    [
        "A sticky bomb exploded in the Karte Bukhdi area of Mazar-i-Sharif city, Balkh province, on Tuesday, "
        "killing three people.",
        "MAZAR-I-SHARIF, March 10 - A magnetic bomb blew up a car in Karte Ayub, a neighbourhood of "
        "Mazar-i-Sharif, on Wednesday, killing two people, police said.",
        "Balkh province, Mazar-i-Sharif, Karte Mamurin area. 8 March 2022. An IED killed 2 civilians.",
    ],
)
def test_an_unknown_karte_neighbourhood_stays_in_its_own_city(text: str) -> None:
    assert province(text) == "AF-BAL"


def test_a_known_kabul_neighbourhood_still_matches() -> None:
    found = mains("A bomb exploded in the Karte Seh area of the capital on Tuesday, killing four people.")
    assert found[0].primary is not None and found[0].primary.place == "Karte Seh"
    assert found[0].primary.admin1_code == "AF-KAB"


@pytest.mark.parametrize(
    "text",
    [
        "PESHAWAR, March 10 - Gunmen kidnapped two customs officials near Gomal in Khyber Pakhtunkhwa on "
        "Wednesday, police said.",
        "Militants attacked a police checkpoint near Gomal, Pakistan, on Wednesday, killing two policemen.",
        "Khyber Pakhtunkhwa, Gomal valley. 9 March 2022. Unknown gunmen shot dead 2 Pakistani soldiers.",
    ],
)
def test_gomal_in_a_pakistani_report_is_pakistans(text: str) -> None:
    assert province(text) == "PK-KP"


def test_gomal_in_an_afghan_report_is_paktikas_district() -> None:
    text = (
        "SHARANA, Afghanistan, March 10 - Taliban fighters attacked a checkpoint in Gomal district of "
        "Paktika province on Wednesday, killing three soldiers, officials said."
    )
    assert province(text) == "AF-PKA"


@pytest.mark.parametrize("mark", ["•", "-", "*", "▪"])
def test_a_list_items_label_names_its_place(mark: str) -> None:
    text = (
        "PESHAWAR, March 10 - Two attacks were reported across southern Khyber Pakhtunkhwa on Wednesday, "
        f"police said:\n\n{mark} Bannu: Militants attacked a police post, killing two policemen.\n\n"
        f"{mark} Tank: Gunmen kidnapped two customs officials from their car.\n"
    )
    found = mains(text)
    tank = [i for i in found if i.primary is not None and i.primary.admin2 == "Tank"]
    assert len(tank) == 1 and tank[0].primary is not None and tank[0].primary.admin1_code == "PK-KP"


@pytest.mark.parametrize(
    "text",
    [
        "Tank shells hit a village in Idlib province on Wednesday, killing four civilians.",
        "Tank fire killed three fighters near Marib on Wednesday, a military source said.",
    ],
)
def test_a_tank_that_is_no_list_label_is_no_place(text: str) -> None:
    for incident in mains(text):
        assert all(loc.admin2 != "Tank" for loc in incident.locations)


@pytest.mark.parametrize(
    "text",
    [
        "Israeli air strikes targeted positions near Damascus International Airport late on Tuesday, killing "
        "three soldiers, SANA said.",
        "Israeli missiles struck the Kisweh area south of the capital on Tuesday, killing two soldiers, "
        "state media said.",
        "DAMASCUS, March 10 - A roadside bomb exploded near the Sayyida Zeinab shrine on Wednesday, killing "
        "four people, state media said.",
        "Syria, Damascus airport. 8 March 2022. Air strike; fatalities 3 soldiers.",
    ],
)
def test_landmarks_outside_damascus_are_rif_dimashq(text: str) -> None:
    assert province(text) == "SY-RD"


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb exploded in central Damascus on Wednesday, killing four people, state media said.",
        "A mortar shell hit the Mezzeh district of Damascus on Wednesday, killing two civilians.",
    ],
)
def test_the_city_of_damascus_stays_damascus(text: str) -> None:
    assert province(text) == "SY-DI"
