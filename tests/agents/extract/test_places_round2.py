"""Places, round 2: metonymy, facility names, compound adjectives and governorates never misplace events."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.records import Incident
from tests.agents.extract import texts

PUBLISHED = dt.datetime(2020, 5, 6, tzinfo=dt.UTC)


def mains(text: str) -> list[Incident]:
    return texts.mains(text, PUBLISHED)


@pytest.mark.parametrize(
    "tail",
    [
        "The militia has been blamed by Washington for earlier rocket attacks.",
        "Moscow said it had no forces in the area.",
        "Tehran denied any role in the attack.",
        "Washington has accused the group of plotting attacks on its troops.",
    ],
)
def test_a_capital_standing_for_its_government_is_no_event_place(tail: str) -> None:
    text = (
        "BAGHDAD, May 5 - A roadside bomb killed two soldiers near Tarmiyah in Baghdad province on Monday, "
        f"security officials said. {tail}"
    )
    incidents = mains(text)
    assert len(incidents) == 1
    assert incidents[0].primary is not None
    assert incidents[0].primary.country_code == "IQ"


def test_a_city_where_officials_speak_stays_a_place() -> None:
    text = "Police in Kabul said a bomb killed three people at a bus stop on Tuesday."
    (incident,) = mains(text)
    assert incident.primary is not None
    assert incident.primary.admin1_code == "AF-KAB"


@pytest.mark.parametrize(
    "facility",
    ["al-Kindi hospital", "the Kindi teaching hospital"],
)
def test_a_word_of_a_facility_name_is_no_place(facility: str) -> None:
    text = (
        "BAGHDAD, May 5 - A car bomb killed six people in Baghdad on Monday, police said. The wounded were "
        f"taken to {facility}."
    )
    for incident in mains(text):
        assert all(loc.country_code == "IQ" for loc in incident.locations)


@pytest.mark.parametrize(
    "adjective",
    ["Russian-sponsored", "Iranian-backed", "Turkish-brokered"],
)
def test_a_demonym_in_a_compound_adjective_names_no_country(adjective: str) -> None:
    text = f"Unknown gunmen shot dead a former rebel commander who had joined a {adjective} settlement."
    for incident in mains(text):
        assert incident.primary is None or incident.primary.country_code not in ("RU", "IR", "TR")


def test_a_demonym_alone_still_hints_the_country() -> None:
    text = "Unknown gunmen shot dead a Russian contractor on Monday."
    (incident,) = mains(text)
    assert incident.primary is not None
    assert incident.primary.country_code == "RU"


@pytest.mark.parametrize(
    "where",
    ["in Daraa governorate", "in the governorate of Daraa", "in Daraa province"],
)
def test_governorate_reads_the_province(where: str) -> None:
    text = f"Unknown gunmen shot dead a former opposition commander {where} on Monday, activists said."
    (incident,) = mains(text)
    assert incident.primary is not None
    assert incident.primary.admin1_code == "SY-DR"
    assert incident.primary.precision == "admin1"
