"""Event places from gazetteer mentions: filters, province readings, disambiguation (real gazetteer)."""

from __future__ import annotations

import pytest

from agents.extract.places import Place, event_places
from agents.extract.text import clean
from agents.geo import Gazetteer, default_gazetteer


@pytest.fixture(scope="module")
def geo() -> Gazetteer:
    return default_gazetteer()


def places(geo: Gazetteer, text: str) -> list[Place]:
    body = clean(text)
    return [p for p in event_places(text, geo.scan(text), geo, body.skipped, []) if not p.hint]


def codes(geo: Gazetteer, text: str) -> list[tuple[str, str | None, str]]:
    return [(p.surface, p.location.admin1_code, p.location.precision) for p in places(geo, text)]


def test_province_readings_for_city_names(geo: Gazetteer) -> None:
    text = "The attacks took place in the northern provinces of Kunduz, Baghlan, and Takhar."
    assert codes(geo, text) == [
        ("Kunduz", "AF-KDZ", "admin1"),
        ("Baghlan", "AF-BGL", "admin1"),
        ("Takhar", "AF-TAK", "admin1"),
    ]
    assert codes(geo, "Gunmen attacked a police station in Kabul.") == [("Kabul", "AF-KAB", "place")]
    assert codes(geo, "Fighting spread in Kandahar, northern Jawzjan and Faryab provinces.")[0] == (
        "Kandahar",
        "AF-KAN",
        "admin1",
    )


def test_attributive_neighbour_possessive_and_route_uses_are_dropped(geo: Gazetteer) -> None:
    assert codes(geo, "Efforts by the Kabul government amid Washington's failures.") == []
    assert [
        c[0] for c in codes(geo, "They closed the road to the neighboring Kunduz province in Baghlan.")
    ] == ["Baghlan"]
    text = "Gunmen attacked a train travelling from Abuja to Kaduna near Katari in Kaduna State."
    assert [c[1] for c in codes(geo, text)] == ["NG-KD"]
    assert codes(geo, "Provincial spokesman Didar Lawang said it was over.") == []


def test_district_read_in_the_province_named_beside_it(geo: Gazetteer) -> None:
    found = codes(geo, "A mortar hit a house in Khogyani district of Nangarhar province.")
    assert found[0][1] == "AF-NAN"
    found = codes(geo, "Militants killed 11 civilians near Makhmour, in neighbouring Erbil province.")
    assert found[0][1] == "IQ-AR"


def test_demonyms_only_hint(geo: Gazetteer) -> None:
    text = "Afghan forces repelled the attack."
    body = clean(text)
    found = event_places(text, geo.scan(text), geo, body.skipped, [])
    assert [(p.surface, p.hint, p.location.country_code) for p in found] == [("Afghan", True, "AF")]
