"""Alternate spellings and transliterations resolve to the same province."""

from __future__ import annotations

import pytest

from agents.geo import Gazetteer, default_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


SPELLINGS: dict[str, list[str]] = {
    "AF-HEL": ["Helmand", "Hilmand", "HELMAND", "helmand"],
    "AF-HER": ["Hirat", "Herāt"],
    "AF-PIA": ["Paktia", "Paktya", "Paktiya"],
    "AF-URU": ["Uruzgan", "Urozgan", "Oruzgan"],
    "AF-KDZ": ["Kundoz", "Kondoz"],
    "AF-JOW": ["Jowzjan", "Jawzjan", "Jauzjan"],
    "AF-NAN": ["Nangarhar", "Ningarhar"],
    "AF-SAR": ["Sar-e Pul", "Sar-i-Pul", "Sari Pul", "Sar-e-Pol"],
    "AF-WAR": ["Wardak", "Maidan Wardak"],
    "AF-DAY": ["Daykundi", "Daikundi"],
    "IQ-NI": ["Nineveh", "Ninawa", "Ninewa", "Nīnawá"],
    "IQ-SD": ["Salahuddin", "Salah al-Din", "Salah ad Din", "Şalāḩ ad Dīn", "Saladin"],
    "IQ-AN": ["Anbar", "Al Anbar", "Al-Anbar"],
    "IQ-AR": ["Arbil", "Irbil", "Hawler"],
    "SY-DY": ["Deir al-Zour", "Dayr az Zawr", "Deir Ezzor", "Deir el-Zour"],
    "SY-RA": ["Al-Raqqah", "Ar Raqqah", "Raqqah"],
    "SY-HA": ["Al-Hasakah", "Hasaka", "Hassakeh"],
    "PK-KP": ["Khyber Pakhtunkhwa", "KP", "NWFP", "North-West Frontier Province", "Khyber-Pakhtunkhwa"],
    "PK-BA": ["Balochistan", "Baluchistan"],
    "SO-BN": ["Banadir", "Benadir", "Banaadir"],
    "SO-SH": ["Lower Shabelle", "Shabeellaha Hoose"],
    "SO-JH": ["Lower Juba", "Jubbada Hoose"],
    "NG-BO": ["Borno", "Bornu", "Borno State"],
    "NG-FC": ["FCT", "Federal Capital Territory"],
}

CASES = [(code, name) for code, names in SPELLINGS.items() for name in names]


@pytest.mark.parametrize(("code", "name"), CASES)
def test_spelling_resolves_to_province(gaz: Gazetteer, code: str, name: str) -> None:
    loc = gaz.admin1_for_name(name)
    assert loc is not None, name
    assert loc.admin1_code == code
    assert loc.precision == "admin1"


@pytest.mark.parametrize(("code", "name"), [c for c in CASES if c[1][0].isupper() and not c[1].isupper()])
def test_spelling_is_found_in_text(gaz: Gazetteer, code: str, name: str) -> None:
    text = f"Fighting was reported in {name} on Tuesday."
    mentions = gaz.scan(text)
    assert [m.surface for m in mentions] == [name]
    assert mentions[0].location.admin1_code == code


@pytest.mark.parametrize(
    ("city", "code"),
    [
        ("Kandahar", "AF-KAN"),
        ("Lashkar Gah", "AF-HEL"),
        ("Mazar-i-Sharif", "AF-BAL"),
        ("Mazar-e-Sharif", "AF-BAL"),
        ("Mazari Sharif", "AF-BAL"),
        ("Jalalabad", "AF-NAN"),
        ("Quetta", "PK-BA"),
        ("Peshawar", "PK-KP"),
        ("Karachi", "PK-SD"),
        ("Lahore", "PK-PB"),
        ("Mosul", "IQ-NI"),
        ("Fallujah", "IQ-AN"),
        ("Ramadi", "IQ-AN"),
        ("Tikrit", "IQ-SD"),
        ("Baqubah", "IQ-DI"),
        ("Kirkuk", "IQ-KI"),
        ("Basra", "IQ-BA"),
        ("Aleppo", "SY-HL"),
        ("Idlib", "SY-ID"),
        ("Homs", "SY-HI"),
        ("Mogadishu", "SO-BN"),
        ("Kismayo", "SO-JH"),
        ("Baidoa", "SO-BY"),
        ("Maiduguri", "NG-BO"),
        ("Damaturu", "NG-YO"),
        ("Yola", "NG-AD"),
    ],
)
def test_major_cities_map_to_their_province(gaz: Gazetteer, city: str, code: str) -> None:
    loc = gaz.resolve(city)
    assert loc is not None
    assert (loc.precision, loc.admin1_code) == ("place", code)
    assert loc.lat is not None and loc.lon is not None


@pytest.mark.parametrize(
    ("name", "district", "code"),
    [
        ("Gereshk", "Gereshk", "AF-HEL"),
        ("Nahr-e Saraj", "Gereshk", "AF-HEL"),
        ("Khwaja Omari", "Khwaja Omari", "AF-GHA"),
        ("Baghlan-e-Markazi", "Baghlan-e-Markazi", "AF-BGL"),
        ("Dasht-e-Archi", "Dasht-e-Archi", "AF-KDZ"),
        ("Dashte Archi", "Dasht-e-Archi", "AF-KDZ"),
        ("Nad-e Ali", "Nad Ali", "AF-HEL"),
        ("Spin Boldak", None, "AF-KAN"),
        ("North Waziristan", "North Waziristan", "PK-KP"),
        ("Bajaur Agency", "Bajaur", "PK-KP"),
        ("Kurram", "Kurram", "PK-KP"),
        ("Swat", "Swat", "PK-KP"),
    ],
)
def test_districts_carry_their_province(gaz: Gazetteer, name: str, district: str | None, code: str) -> None:
    loc = gaz.resolve(name)
    assert loc is not None
    assert loc.admin1_code == code
    assert loc.admin2 == district
    assert loc.country_code == code[:2]
