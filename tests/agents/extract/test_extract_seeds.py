"""The four seed articles give the incidents listed in issue 3."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agents.extract import extract
from streams.records import Incident
from streams.replay import load_articles

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture(scope="module")
def seeds() -> dict[str, list[Incident]]:
    return {a.id[:3]: extract(a) for a in load_articles([SEEDS])}


def _admin1(incident: Incident) -> set[str]:
    return {loc.admin1_code for loc in incident.locations if loc.admin1_code}


def _by_admin1(incidents: list[Incident], code: str, *, background: bool = False) -> Incident:
    found = [i for i in incidents if code in _admin1(i) and i.background == background]
    assert found, f"no {'background ' if background else ''}incident in {code}"
    return found[0]


def _claims(incident: Incident) -> dict[str, bool | None]:
    return {p.name: p.claimed for p in incident.perpetrators}


def test_seed_000_herat_police_station(seeds: dict[str, list[Incident]]) -> None:
    herat = _by_admin1(seeds["000"], "AF-HER")
    assert herat.event_date == dt.date(2019, 1, 12) and herat.date_precision == "day"
    assert herat.event_type == "armed_assault"
    assert (herat.killed.best, herat.wounded.best, herat.killed_perpetrators.best) == (5, 4, 2)
    assert {(r.group, r.count) for r in herat.reports if r.figure == "killed"} >= {
        ("police", 3),
        ("civilians", 1),
        ("children", 1),
    }
    assert not any(p.claimed for p in herat.perpetrators)
    assert any(e.field == "claimed" and "No group" in e.text for e in herat.evidence)
    assert "police" in herat.targets


def test_seed_000_checkpoints_in_four_provinces(seeds: dict[str, list[Incident]]) -> None:
    attacks = _by_admin1(seeds["000"], "AF-KDZ")
    assert _admin1(attacks) == {"AF-KDZ", "AF-BGL", "AF-TAK", "AF-BDG"}
    assert attacks.event_date == dt.date(2019, 1, 10)
    assert attacks.coordinated and attacks.sites == 4 and not attacks.background
    assert attacks.killed.best == 32
    assert _claims(attacks) == {"Taliban": None}


def test_seed_000_badghis_background(seeds: dict[str, list[Incident]]) -> None:
    badghis = _by_admin1(seeds["000"], "AF-BDG", background=True)
    assert badghis.date_precision == "approximate"
    assert badghis.event_date is not None and badghis.event_date < dt.date(2019, 1, 10)
    assert badghis.killed.best == 21
    assert _claims(badghis) == {"Taliban": None}
    assert len(seeds["000"]) == 3


def test_seed_001_kabul_police_stations(seeds: dict[str, list[Incident]]) -> None:
    kabul = _by_admin1(seeds["001"], "AF-KAB")
    assert kabul.event_date == dt.date(2018, 5, 9)
    assert kabul.coordinated and kabul.sites == 2
    assert kabul.event_type == "suicide_bombing"
    assert {"suicide_vest", "firearms"} <= set(kabul.weapons)
    assert _claims(kabul) == {"Islamic State": True, "Taliban": True}
    assert kabul.killed.best == 5 and kabul.killed.min == 5
    hospital = [r for r in kabul.reports if r.figure == "hospitalised"]
    assert [(r.count, r.kind) for r in hospital] == [(6, "medical")]
    assert kabul.wounded.best == 6
    assert "Dasht-e-Barchi" in {loc.place for loc in kabul.locations}


def test_seed_001_twin_bombings_background(seeds: dict[str, list[Incident]]) -> None:
    twin = _by_admin1(seeds["001"], "AF-KAB", background=True)
    assert twin.killed.best == 25
    assert ("victims/journalists", 9) in {(r.group, r.count) for r in twin.reports}
    assert _claims(twin) == {"Islamic State": True}
    assert twin.date_precision == "approximate" and twin.event_date == dt.date(2018, 5, 3)


def test_seed_001_spun_paragraph_is_not_a_located_incident(seeds: dict[str, list[Incident]]) -> None:
    for incident in seeds["001"]:
        assert all(r.count != 10 for r in incident.reports), incident.summary
        assert "management" not in incident.summary
        assert not any("management" in e.text for e in incident.evidence)
    assert len(seeds["001"]) == 2


def test_seed_002_khwaja_omari_raid(seeds: dict[str, list[Incident]]) -> None:
    raid = _by_admin1(seeds["002"], "AF-GHA")
    assert raid.primary is not None and raid.primary.admin2 == "Khwaja Omari"
    assert raid.event_date == dt.date(2018, 4, 12) and raid.event_type == "armed_assault"
    assert _claims(raid) == {"Taliban": True}
    assert (raid.killed.min, raid.killed.max, raid.killed.best) == (7, 13, 13)
    claim = [r for r in raid.reports if r.kind == "claim" and r.figure == "killed" and r.group == "police"]
    assert [(r.count, r.qualifier) for r in claim] == [(20, "more_than")]
    assert raid.wounded.best == 9
    own = [
        r for r in raid.reports if r.group == "perpetrators" and r.kind == "claim" and r.figure == "killed"
    ]
    assert [r.count for r in own] == [3] and raid.killed_perpetrators.best == 3


def test_seed_002_kunduz_airstrike_background(seeds: dict[str, list[Incident]]) -> None:
    strike = _by_admin1(seeds["002"], "AF-KDZ", background=True)
    assert strike.primary is not None and strike.primary.admin2 == "Dasht-e-Archi"
    assert strike.event_type == "air_strike"
    assert _claims(strike) == {"Afghan Air Force": None}
    assert strike.killed_or_wounded.best is None and strike.killed_or_wounded.min == 24
    assert [r.qualifier for r in strike.reports] == ["vague"]


def test_seed_003_gereshk_vehicle_bombs(seeds: dict[str, list[Incident]]) -> None:
    gereshk = _by_admin1(seeds["003"], "AF-HEL")
    assert gereshk.primary is not None and gereshk.primary.admin2 == "Gereshk"
    assert gereshk.event_date == dt.date(2017, 7, 20)
    assert gereshk.event_type == "suicide_bombing" and "vehicle_bomb" in gereshk.weapons
    assert _claims(gereshk) == {"Taliban": None}
    assert (gereshk.killed.best, gereshk.wounded.best) == (6, 5)


def test_seed_003_baghlan_offensive(seeds: dict[str, list[Incident]]) -> None:
    baghlan = _by_admin1(seeds["003"], "AF-BGL")
    assert baghlan.primary is not None and baghlan.primary.admin2 == "Baghlan-e-Markazi"
    assert (baghlan.event_date, baghlan.event_end) == (dt.date(2017, 7, 18), dt.date(2017, 7, 20))
    assert baghlan.killed_or_wounded.best == 20
    assert baghlan.killed.best is None
    assert ("killed_or_wounded", 50, "perpetrators") in {
        (r.figure, r.count, r.group) for r in baghlan.reports
    }
    claims = [(r.figure, r.count, r.qualifier) for r in baghlan.reports if r.kind == "claim"]
    assert claims == [("killed", 10, "more_than")]


def test_seed_003_fighting_in_three_provinces(seeds: dict[str, list[Incident]]) -> None:
    fighting = _by_admin1(seeds["003"], "AF-KAN")
    assert _admin1(fighting) == {"AF-KAN", "AF-JOW", "AF-FYB"}
    assert fighting.event_date == dt.date(2017, 7, 20) and fighting.event_type == "armed_clash"
    assert _claims(fighting) == {"Taliban": None}
    assert len(seeds["003"]) == 3
