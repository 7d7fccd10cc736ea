"""Actors, round 3: denials, a governing Taliban, strike targets, allied dead, state forces named by force."""

from __future__ import annotations

import datetime as dt

import pytest

from agents.extract.actors import find_groups, governs
from streams.records import Incident
from tests.agents.extract import texts


def mains(text: str) -> list[Incident]:
    return texts.mains(text, dt.datetime(2023, 5, 10, tzinfo=dt.UTC))


def names(text: str) -> list[str]:
    found = mains(text)
    assert found, text
    return [p.name for p in found[0].perpetrators]


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        (
            "A roadside bomb hit a bus in Kunduz on Monday, killing six people. Local officials blamed the "
            "Taliban, who denied involvement.",
            "Taliban",
        ),
        (
            "Gunmen stormed a police post in Enugu on Monday, killing three officers. Police blamed IPOB and "
            "its armed wing; IPOB denied involvement.",
            "IPOB",
        ),
        (
            "A car bomb killed four soldiers in Mogadishu on Monday. Officials blamed al-Shabaab, who "
            "quickly denied it.",
            "al-Shabaab",
        ),
        (
            "A tanker bomb killed 12 people in a market in Afrin, Aleppo, on Sunday. Ankara blamed the YPG, "
            "which denied any role.",
            "YPG",
        ),
    ],
)
def test_a_group_that_denies_is_no_perpetrator(text: str, denied: str) -> None:
    assert denied not in names(text)


def test_a_group_blamed_without_a_denial_stays() -> None:
    text = (
        "A roadside bomb hit a bus in Kunduz on Monday, killing six people. Local officials blamed the "
        "Taliban, who often plant mines on the road."
    )
    assert "Taliban" in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "A bomb tore through a mosque in Kabul on Friday, killing 12 worshippers, a spokesman for the "
        "Taliban-run Interior Ministry said. Islamic State claimed the attack.",
        "A bomb tore through a mosque in Kabul on Friday, killing 12 worshippers, Taliban officials said. "
        "Islamic State claimed the attack.",
        "A bomb tore through a mosque in Kabul on Friday, killing 12 worshippers. The Taliban government "
        "condemned the attack, which Islamic State claimed.",
    ],
)
def test_the_governing_taliban_is_no_perpetrator(text: str) -> None:
    assert names(text) == ["Islamic State"]


def test_a_taliban_ministry_spokesman_is_an_official_source() -> None:
    (inc,) = mains(
        "KABUL, May 2 — A bomb tore through a mosque in Kabul on Friday, killing 12 worshippers, a spokesman "
        "for the Taliban-run Interior Ministry said."
    )
    assert inc.killed.best == 12
    assert {r.kind for r in inc.reports} == {"official"}


def test_taliban_fighters_stay_actors() -> None:
    text = "Taliban fighters attacked a checkpoint in Ghazni on Monday, killing four policemen."
    assert names(text) == ["Taliban"]
    hit = next(h for h in find_groups(text, 0, len(text)) if h.name == "Taliban")
    assert not governs(text, hit)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The U.S. military said it conducted an air strike against al-Shabaab near Jilib on Monday, "
            "killing 7 militants.",
            "al-Shabaab",
        ),
        (
            "Iraqi Air Force jets carried out air strikes on Islamic State hideouts in the Hamrin mountains "
            "on Monday, killing 9 militants.",
            "Islamic State",
        ),
    ],
)
def test_the_target_of_a_strike_is_no_perpetrator(text: str, target: str) -> None:
    found = names(text)
    assert target not in found
    assert found


def test_allied_dead_are_no_perpetrator() -> None:
    text = "Two SDF members were killed in an IED attack near Raqqa on Monday. ISIS claimed it via Amaq."
    assert names(text) == ["Islamic State"]


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "Kabul accused the Pakistan Army of shelling the Dangam district of Kunar province on Monday, "
            "wounding two children.",
            "Pakistan Army",
        ),
        (
            "A drone operated by the Turkish military hit a car near Sinjar in Nineveh province on Monday, "
            "killing two fighters.",
            "Turkish Armed Forces",
        ),
        (
            "Syria – Idlib countryside: 4 May 2019 — Syrian Air Force helicopters dropped barrel bombs on "
            "the village, killing 5 civilians.",
            "Syrian Air Force",
        ),
    ],
)
def test_state_forces_named_by_force(text: str, force: str) -> None:
    (inc,) = mains(text)
    assert inc.event_type in ("air_strike", "shelling")
    assert [p.name for p in inc.perpetrators] == [force]


def test_a_force_that_speaks_is_no_perpetrator() -> None:
    text = (
        "Two rockets struck near Baghdad airport on Monday, wounding two guards, the Iraqi military said. "
        "There was no claim of responsibility."
    )
    assert names(text) == []


@pytest.mark.parametrize("spelling", ["alShabab", "alShabaab", "alShebab"])
def test_run_together_spellings(spelling: str) -> None:
    text = f"A landmine hit a minibus near Baidoa on Monday, killing 6 passengers. Police blamed {spelling}."
    assert names(text) == ["al-Shabaab"]
