"""Figures, round 3: "another was wounded", a definite victim, ranges after the verb, data fields, lists."""

from __future__ import annotations

import datetime as dt

import pytest

from agents.extract.casualties import find_figures
from streams.records import Incident
from tests.agents.extract import texts


def figures(sentence: str) -> list[tuple[str, int, str]]:
    return [(h.figure, h.count, h.group) for h in find_figures(sentence, 0, len(sentence))]


def counts(sentence: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for figure, count, group in figures(sentence):
        if "/" not in group:
            found[figure] = found.get(figure, 0) + count
    return found


def incident(text: str) -> Incident:
    return texts.first_main(text, dt.datetime(2023, 5, 10, tzinfo=dt.UTC))


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        ("Two farmers were killed and another was wounded when a mine went off near Baiji.", 2, 1),
        ("Four soldiers died and another was badly injured in the ambush, the army said.", 4, 1),
        ("One policeman was killed and another was hurt at the checkpoint.", 1, 1),
        ("A rocket hit a house in Tuz Khurmatu, killing a girl and injuring the father.", 1, 1),
        ("Gunmen fired on a car near Dera Ismail Khan, killing the driver, police said.", 1, None),
        ("The bomb went off at the gate, wounding the guard and a passer-by.", None, 2),
    ],
)
def test_one_victim_without_a_numeral(sentence: str, killed: int | None, wounded: int | None) -> None:
    found = counts(sentence)
    assert found.get("killed") == killed
    assert found.get("wounded") == wounded


@pytest.mark.parametrize(
    "sentence",
    [
        "Another convoy was attacked later in the week.",
        "The attack came a day after another was foiled in the city.",
        "The militants were killing the time before dawn.",
        "Security forces killed the militants who had stormed the compound.",
    ],
)
def test_no_victim_from_another_or_a_plural(sentence: str) -> None:
    assert all(count != 1 or group != "victims" for _, count, group in figures(sentence))
    assert "wounded" not in counts(sentence)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Unknown gunmen assassinated a mukhtar in the town of Hajin late on Sunday.", 1),
        ("Militants assassinated a tribal elder in Bajaur on Friday.", 1),
        ("Two FC jawans embraced shahadat during an exchange of fire in Tank.", 2),
        ("Three sepoys embraced shahadah while clearing the area, the ISPR said.", 3),
    ],
)
def test_assassination_and_martyrdom_words(sentence: str, killed: int) -> None:
    assert counts(sentence).get("killed") == killed


@pytest.mark.parametrize(
    ("sentence", "low", "high", "figure"),
    [
        ("A bomb exploded in the bazaar, killing two and wounding between 12 and 15.", 12, 15, "wounded"),
        ("The blast killed four and injured between 20 and 30, officials said.", 20, 30, "wounded"),
        ("Shelling hit the village, killing between six and eight civilians.", 6, 8, "killed"),
    ],
)
def test_a_range_after_the_verb(sentence: str, low: int, high: int, figure: str) -> None:
    found = [(h.count, h.qualifier) for h in find_figures(sentence, 0, len(sentence)) if h.figure == figure]
    assert (low, "at_least") in found
    assert (high, "up_to") in found


@pytest.mark.parametrize(
    ("line", "killed", "wounded"),
    [
        ("Nigeria, Borno State, Gwoza LGA — 03/02/2020 — raid on a base — fatalities: 7 soldiers", 7, None),
        ("02/06/2021; Pakistan; Balochistan; Kech; IED hit patrol; fatalities: 2 soldiers; injured: 3", 2, 3),
        ("SOM; Bay; Dinsoor; 2019-08-11; killed: 4 civilians; wounded: 9", 4, 9),
        ("IRQ; Diyala; Khanaqin; 2020-01-04; roadside bomb; killed 3 soldiers, wounded 5.", 3, 5),
        ("SOM; Lower Shabelle; Afgooye; 2018-09-02; grenade attack; killed 2 traders, injured 4.", 2, 4),
    ],
)
def test_dataset_fields_with_a_group(line: str, killed: int, wounded: int | None) -> None:
    found = counts(line)
    assert found.get("killed") == killed
    assert found.get("wounded") == wounded


def test_a_count_before_a_comma_keeps_its_own_verb() -> None:
    found = figures("Five soldiers, two of them officers, were wounded in the raid.")
    assert ("wounded", 5, "security_forces") in found


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("KARACHI: Two people including a police constable were shot dead in Korangi on Monday.", 2),
        ("Three men including a shopkeeper were killed in a grenade attack in Quetta on Monday.", 3),
        ("Four people, including a child, were killed in the blast in Kirkuk on Monday, police said.", 4),
    ],
)
def test_a_total_with_its_breakdown_keeps_the_total(text: str, killed: int) -> None:
    assert incident(text).killed.best == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "A bomb exploded on a bus in Homs on Monday, killing three people, police said. The toll later "
            "rose to nine, and 20 people were wounded, the health directorate said.",
            9,
        ),
        (
            "A blast hit a market in Mosul on Monday, killing four, police said. The death toll has since "
            "climbed to 11, hospital officials said.",
            11,
        ),
    ],
)
def test_a_revised_toll_is_a_death_toll(text: str, killed: int) -> None:
    inc = incident(text)
    assert inc.killed.best == killed
    assert inc.wounded.best != killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A car bomb went off near a faction's base in Daraa on Monday, killing 5 fighters & a civilian.", 6),
        ("An IED struck a militia vehicle near Raqqa on Monday, killing three fighters and a driver.", 4),
        ("A roadside bomb hit a convoy in Deir Ezzor on Monday, killing 4 fighters, local sources said.", 4),
    ],
)
def test_fighters_killed_by_a_blast_are_its_victims(text: str, killed: int) -> None:
    inc = incident(text)
    assert inc.killed.best == killed
    assert inc.killed_perpetrators.best is None


def test_fighters_killed_in_a_raid_stay_attackers() -> None:
    inc = incident("Troops raided a hideout near Bannu on Monday, killing 4 fighters, the army said.")
    assert inc.killed_perpetrators.best == 4


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "MOGADISHU, May 2 — U.S. Africa Command said it carried out an air strike against al-Shabaab "
            "near Kunyo Barrow on Monday, killing 9 militants. A local elder said two of those killed were "
            "herders.",
            9,
        ),
        (
            "Nigerian Air Force jets struck a Boko Haram camp near Bama on Monday, killing 20 insurgents, "
            "the air force said. A resident said three of the dead were fishermen.",
            20,
        ),
    ],
)
def test_a_breakdown_of_the_dead_is_not_a_total(text: str, killed: int) -> None:
    inc = incident(text)
    assert inc.killed.best == killed
    assert any("/" in r.group for r in inc.reports)


def test_an_official_part_outweighs_an_unattributed_total() -> None:
    inc = incident(
        "DAMASCUS, May 2 — Israeli air strikes hit positions near Kisweh on Monday, killing four soldiers, "
        "Syria's state news agency SANA said. Residents said 11 people were killed."
    )
    assert inc.killed.best == 4
    assert inc.killed.max == 11


def test_an_official_total_still_outweighs_an_official_part() -> None:
    inc = incident(
        "A bomb hit a bus in Kirkuk on Monday, killing nine people, police said. Four soldiers were among "
        "those killed, the army said."
    )
    assert inc.killed.best == 9
