"""Scanning text: spans, longest match, capitalisation, demonyms, seeds, and no false hits in wire copy."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from agents.geo import Gazetteer, PlaceMention, default_gazetteer

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def _seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def _summary(mentions: list[PlaceMention]) -> list[tuple[str, str, str | None]]:
    return [(m.surface, m.kind, m.location.admin1_code or m.location.country_code) for m in mentions]


def test_spans_are_ordered_non_overlapping_and_exact(gaz: Gazetteer) -> None:
    text = _seed("003")
    mentions = gaz.scan(text)
    assert len(mentions) > 10
    for before, after in itertools.pairwise(mentions):
        assert before.end <= after.start
    for m in mentions:
        assert text[m.start : m.end] == m.surface


@pytest.mark.parametrize(
    ("text", "surface", "expected_admin2"),
    [
        ("fighting in Baghlan-e-Markazi district", "Baghlan-e-Markazi", "Baghlan-e-Markazi"),
        ("a drone strike in North Waziristan on Monday", "North Waziristan", "North Waziristan"),
        ("troops entered South Waziristan", "South Waziristan", "South Waziristan"),
    ],
)
def test_longest_match_wins(gaz: Gazetteer, text: str, surface: str, expected_admin2: str) -> None:
    (mention,) = gaz.scan(text)
    assert mention.surface == surface
    assert mention.location.admin2 == expected_admin2


def test_shorter_name_alone_still_matches(gaz: Gazetteer) -> None:
    mentions = gaz.scan("militants fled to Waziristan and then to Baghlan.")
    assert [m.surface for m in mentions] == ["Waziristan", "Baghlan"]
    assert mentions[1].kind == "place"


def test_lowercase_words_do_not_match(gaz: Gazetteer) -> None:
    assert gaz.scan("the bay was calm and the delta flooded; rivers rose near the plateau") == []


def test_bay_of_bengal_is_not_somalias_bay_region(gaz: Gazetteer) -> None:
    assert all(m.location.country_code != "SO" for m in gaz.scan("A cyclone formed in the Bay of Bengal."))
    (mention,) = gaz.scan("Baidoa is the capital of the Bay region.")[1:]
    assert (mention.surface, mention.location.admin1_code) == ("Bay region", "SO-BY")


def test_nigerian_states_named_after_words_need_state(gaz: Gazetteer) -> None:
    mentions = gaz.scan(
        "Gunmen attacked villages in Plateau State and Niger State, police in Delta State said."
    )
    assert _summary(mentions) == [
        ("Plateau State", "admin1", "NG-PL"),
        ("Niger State", "admin1", "NG-NI"),
        ("Delta State", "admin1", "NG-DE"),
    ]


@pytest.mark.parametrize("word", ["Afghan", "Afghans"])
def test_afghan_is_a_demonym(gaz: Gazetteer, word: str) -> None:
    (mention,) = gaz.scan(f"{word} officials said the road was closed.")
    assert mention.demonym is True
    assert mention.kind == "country"
    assert mention.location.country_code == "AF"
    assert mention.location.country == "Afghanistan"


@pytest.mark.parametrize(
    ("word", "code"),
    [("Iraqi", "IQ"), ("Somali", "SO"), ("Nigerian", "NG"), ("Pakistani", "PK"), ("Syrian", "SY")],
)
def test_focus_demonyms(gaz: Gazetteer, word: str, code: str) -> None:
    (mention,) = gaz.scan(f"{word} forces said the attack was repelled.")
    assert (mention.demonym, mention.location.country_code) == (True, code)


def test_country_mention_is_not_a_demonym(gaz: Gazetteer) -> None:
    (mention,) = gaz.scan("The war in Afghanistan continued.")
    assert (mention.kind, mention.demonym, mention.location.precision) == ("country", False, "country")


def test_city_reading_is_preferred_for_city_province_names(gaz: Gazetteer) -> None:
    (mention,) = gaz.scan("A bomb exploded in Kabul on Monday.")
    loc = mention.location
    assert mention.kind == "place"
    assert (loc.place, loc.admin1, loc.admin1_code, loc.precision) == ("Kabul", "Kabul", "AF-KAB", "place")
    assert loc.lat == pytest.approx(34.53, abs=0.1)
    assert loc.lon == pytest.approx(69.17, abs=0.1)


def test_ambiguous_names_lean_to_the_countries_in_the_text(gaz: Gazetteer) -> None:
    alone = gaz.scan("Police in Balad said three people died.")
    assert alone[0].location.country_code in {"IQ", "SO"}
    in_somalia = gaz.scan("Somali troops in Balad, north of Mogadishu, said three people died.")
    balad = next(m for m in in_somalia if m.surface == "Balad")
    assert balad.location.admin1_code == "SO-SD"
    in_iraq = gaz.scan("Iraqi police in Balad, north of Baghdad, said three people died.")
    balad = next(m for m in in_iraq if m.surface == "Balad")
    assert balad.location.admin1_code == "IQ-SD"


def test_diacritics_and_capitals_match(gaz: Gazetteer) -> None:
    mentions = gaz.scan("KABUL, July 20 — fighting near Herāt and in Şalāḩ ad Dīn.")
    assert _summary(mentions) == [
        ("KABUL", "place", "AF-KAB"),
        ("Herāt", "place", "AF-HER"),
        ("Şalāḩ ad Dīn", "admin1", "IQ-SD"),
    ]


def test_seed_000_herat_and_the_provinces(gaz: Gazetteer) -> None:
    mentions = gaz.scan(_seed("000"))
    afghan = [(m.surface, m.location.admin1_code) for m in mentions if m.location.admin1_code]
    assert afghan[:5] == [
        ("Herat", "AF-HER"),
        ("Kunduz", "AF-KDZ"),
        ("Baghlan", "AF-BGL"),
        ("Takhar", "AF-TAK"),
        ("Badghis", "AF-BDG"),
    ]
    assert any(m.surface == "Afghan" and m.demonym for m in mentions)
    assert any(m.surface == "Turkmenistan" and m.location.country_code == "TM" for m in mentions)
    abu_dhabi = next(m for m in mentions if m.surface == "Abu Dhabi")
    assert abu_dhabi.location.country_code == "AE"


def test_seed_001_dasht_e_barchi_is_in_west_kabul(gaz: Gazetteer) -> None:
    mentions = gaz.scan(_seed("001"))
    barchi = next(m for m in mentions if m.surface == "Dasht-e-Barchi")
    assert barchi.kind == "place"
    assert (barchi.location.admin1_code, barchi.location.admin2) == ("AF-KAB", "Kabul")
    assert barchi.location.lon is not None and barchi.location.lon < 69.17  # west of the centre
    assert {m.location.country_code for m in mentions} == {"AF", "US"}


def test_seed_002_khwaja_omari_and_dashte_archi(gaz: Gazetteer) -> None:
    mentions = gaz.scan(_seed("002"))
    found = {m.surface: m for m in mentions}
    assert found["Khwaja Omari"].kind == "admin2"
    assert found["Khwaja Omari"].location.admin1_code == "AF-GHA"
    assert found["Ghazni"].location.admin1_code == "AF-GHA"
    assert found["Dashte Archi"].location.admin2 == "Dasht-e-Archi"
    assert found["Dashte Archi"].location.admin1_code == "AF-KDZ"
    assert {m.location.country_code for m in mentions} == {"AF"}


def test_seed_003_gereshk_and_baghlan(gaz: Gazetteer) -> None:
    mentions = gaz.scan(_seed("003"))
    gereshk = [m for m in mentions if m.surface == "Gereshk"]
    assert len(gereshk) == 4
    assert {(m.kind, m.location.admin2, m.location.admin1_code) for m in gereshk} == {
        ("admin2", "Gereshk", "AF-HEL")
    }
    markazi = [m for m in mentions if m.surface == "Baghlan-e-Markazi"]
    assert len(markazi) == 2 and markazi[0].location.admin1_code == "AF-BGL"
    provinces = {m.surface for m in mentions if m.kind == "admin1"}
    assert provinces == {"Helmand", "Jawzjan", "Faryab"}
    assert {m.location.country_code for m in mentions} == {"AF"}


WIRE = """\
Police said the blast struck a crowded market in Jalalabad, the capital of Nangarhar province, at noon.
Officials said at least nine people were killed and 14 wounded. Members of a council were among the dead.
Most of the victims were traders, according to a statement. No group immediately claimed responsibility.
Security forces later sealed off the area. Several witnesses said they heard gunfire after the explosion.
In a separate incident, gunmen ambushed a police convoy on the road between Lashkar Gah and Gereshk.
Reading from a prepared statement, the interior ministry said reinforcements had been sent from Kandahar.
Union leaders called for calm. Split decisions by the council were criticised, and Nice words were not enough.
Meanwhile, in Pakistan, a roadside bomb killed two soldiers in North Waziristan, the military said.
Iraqi forces said they repelled an assault near Tal Afar, west of Mosul, while Syrian state media
reported shelling in Idlib. Central government officials, Western diplomats and North Atlantic
allies condemned the attacks.
Police Chief Hashmat Stanekzai, Amin Ali and spokesman Omar Zawak said Victoria Station was not affected.
"""


def test_wire_copy_gives_exactly_the_places(gaz: Gazetteer) -> None:
    assert _summary(gaz.scan(WIRE)) == [
        ("Jalalabad", "place", "AF-NAN"),
        ("Nangarhar", "admin1", "AF-NAN"),
        ("Lashkar Gah", "place", "AF-HEL"),
        ("Gereshk", "admin2", "AF-HEL"),
        ("Kandahar", "place", "AF-KAN"),
        ("Pakistan", "country", "PK"),
        ("North Waziristan", "admin2", "PK-KP"),
        ("Iraqi", "country", "IQ"),
        ("Tal Afar", "place", "IQ-NI"),
        ("Mosul", "place", "IQ-NI"),
        ("Syrian", "country", "SY"),
        ("Idlib", "place", "SY-ID"),
    ]


AFRICA_WIRE = """\
MOGADISHU, March 3 - Al Shabaab fighters attacked a military base near Afgoye in the Lower Shabelle region,
killing at least seven soldiers, a Somali army officer said. Residents in Mogadishu heard the blasts.
Officials in Baidoa, the capital of the South West State, said a second attack was repelled.
In Nigeria, suspected Boko Haram insurgents raided Gwoza in Borno State overnight, residents told reporters.
Army spokesman Onyema Nwachukwu said troops pursued the attackers towards the Sambisa Forest. Reinforcements
came from Maiduguri and from Yola in neighbouring Adamawa. Witnesses said dozens of houses were burned.
"""


def test_african_wire_copy(gaz: Gazetteer) -> None:
    assert _summary(gaz.scan(AFRICA_WIRE)) == [
        ("MOGADISHU", "place", "SO-BN"),
        ("Afgoye", "place", "SO-SH"),
        ("Lower Shabelle region", "admin1", "SO-SH"),
        ("Somali", "country", "SO"),
        ("Mogadishu", "place", "SO-BN"),
        ("Baidoa", "place", "SO-BY"),
        ("South West State", "admin1", "SO"),
        ("Nigeria", "country", "NG"),
        ("Gwoza", "place", "NG-BO"),
        ("Borno State", "admin1", "NG-BO"),
        ("Sambisa Forest", "place", "NG-BO"),
        ("Maiduguri", "place", "NG-BO"),
        ("Yola", "place", "NG-AD"),
        ("Adamawa", "admin1", "NG-AD"),
    ]


def test_acronyms_in_capitals_are_not_places(gaz: Gazetteer) -> None:
    mentions = gaz.scan("A SWAT team clashed with BLA fighters. ABA members met. Troops moved into Swat.")
    assert _summary(mentions) == [("Swat", "admin2", "PK-KP")]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Gunmen Storm Police Station In Herat, Kill Five", ["Herat"]),
        ("Series Of Blasts Hits Kabul; Casualties Feared", ["Kabul"]),
        ("Taliban Launch Major Offensive In Gereshk District Of Southern Helmand", ["Gereshk", "Helmand"]),
        ("Hail Of Bullets As Most Union Members Split Over Reading Of Report", []),
    ],
)
def test_title_case_headlines(gaz: Gazetteer, headline: str, expected: list[str]) -> None:
    assert [m.surface for m in gaz.scan(headline)] == expected


def test_personal_and_tribal_names_are_not_places(gaz: Gazetteer) -> None:
    text = (
        "Governor Mohammad Nabi Ahmadi, Brigadier Ahmad Zia Saraj and Rabia Hassan said Zadran and Kakar "
        "tribesmen met Shinwari elders. Spokesman Najib Danish and Karim Omar agreed. Brent crude rose."
    )
    assert gaz.scan(text) == []
