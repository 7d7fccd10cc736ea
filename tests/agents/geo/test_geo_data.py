"""The authored data is complete and consistent."""

from __future__ import annotations

import pycountry
import pytest

from agents.geo import Gazetteer, GazetteerError, default_gazetteer
from agents.geo.data import CURATED
from agents.geo.data.afghanistan import PLACES as AF_PLACES
from agents.geo.data.types import parse_keyed, parse_places

# Rough bounding boxes (lat_min, lat_max, lon_min, lon_max) of the focus countries.
BOXES = {
    "AF": (29.3, 38.6, 60.4, 75.0),
    "PK": (23.6, 37.2, 60.8, 77.9),
    "IQ": (29.0, 37.4, 38.7, 48.7),
    "SY": (32.3, 37.4, 35.7, 42.4),
    "SO": (-1.7, 12.0, 40.9, 51.5),
    "NG": (4.2, 13.9, 2.6, 14.7),
}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


@pytest.mark.parametrize("cc", sorted(CURATED))
def test_every_iso_province_of_a_focus_country_is_authored(cc: str) -> None:
    subdivisions = [s for s in pycountry.subdivisions if s.country_code == cc]
    iso = {s.code for s in subdivisions if s.parent_code is None}
    authored = {p.code for p in CURATED[cc].provinces}
    assert iso <= authored
    assert authored <= {s.code for s in subdivisions}


def test_afghanistan_has_34_provinces_and_hundreds_of_districts() -> None:
    assert len(CURATED["AF"].provinces) == 34
    districts = [p for p in AF_PLACES if p.kind == "admin2"]
    assert len(districts) >= 330
    assert {p.admin1_code for p in districts} == {p.code for p in CURATED["AF"].provinces}


@pytest.mark.parametrize("cc", sorted(CURATED))
def test_coordinates_fall_inside_the_country(gaz: Gazetteer, cc: str) -> None:
    lat0, lat1, lon0, lon1 = BOXES[cc]
    data = CURATED[cc]
    points = [(p.name, p.lat, p.lon) for p in [*data.provinces, *data.states]]
    points += [(p.name, p.lat, p.lon) for p in data.places if p.lat is not None and p.lon is not None]
    outside = [n for n, lat, lon in points if not (lat0 <= lat <= lat1 and lon0 <= lon <= lon1)]
    assert outside == []


def test_districts_without_coordinates_fall_back_to_the_province_centroid(gaz: Gazetteer) -> None:
    loc = gaz.resolve("Shibar")
    province = gaz.admin1("AF-BAM")
    assert loc is not None and province is not None
    assert (loc.admin2, loc.lat, loc.lon) == ("Shibar", province.lat, province.lon)


def test_every_authored_spelling_resolves_back(gaz: Gazetteer) -> None:
    for data in CURATED.values():
        for place in data.places:
            for spelling in place.spellings():
                readings = gaz.readings(spelling)
                assert any(
                    r.location.admin1_code == place.admin1_code
                    and place.name in (r.location.place, r.location.admin2)
                    for r in readings
                ), spelling


def test_display_only_names_are_not_scanned(gaz: Gazetteer) -> None:
    assert gaz.scan("Farsi is spoken in Herat.")[0].surface == "Herat"
    (mention,) = gaz.scan("Taliban overran Farsi district.")
    assert (mention.surface, mention.location.admin2) == ("Farsi district", "Farsi")


def test_parse_places_reports_bad_lines() -> None:
    with pytest.raises(GazetteerError) as err:
        parse_places("AF-KAB", "place", "Somewhere @ north, east")
    assert err.value.name.strip() == "Somewhere @ north, east"
    with pytest.raises(GazetteerError):
        parse_keyed("Nowhere @ 1, 2", "place")
    (place,) = parse_places("AF-KAB", "admin2", "~Word; Word district @ 34.5, 69.2")
    assert (place.name, place.name_matched, place.spellings(), place.lat) == (
        "Word",
        False,
        ("Word district",),
        34.5,
    )
