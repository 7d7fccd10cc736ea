"""Round 7: yearless and monthless dates, holidays, events dated by their start, and the forms of figures,
actors and places the fifth blind set brought."""

from __future__ import annotations

import datetime as dt

import pytest

from agents.extract.dates import find_dates
from tests.agents.extract.texts import first_main, mains

UTC = dt.UTC


def _dates(text: str, ref: dt.date) -> list[tuple[str, dt.date | None]]:
    return [(text[h.start : h.end], h.date) for h in find_dates(text, 0, len(text), ref)]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "KANDAHAR - A roadside bomb killed three policemen in Spin Boldak on the 11th, officials said.",
            dt.datetime(2025, 4, 14, 8, tzinfo=UTC),
            dt.date(2025, 4, 11),
        ),
        (
            "Gunmen abducted a teacher in Kaduna state's Kajuru area on the 2nd of this month and killed "
            "him, police said.",
            dt.datetime(2025, 7, 9, 8, tzinfo=UTC),
            dt.date(2025, 7, 2),
        ),
        (
            "Two soldiers were killed when militants attacked a checkpoint in Bajaur on the 28th, the "
            "army said.",
            dt.datetime(2025, 5, 3, 8, tzinfo=UTC),
            dt.date(2025, 4, 28),
        ),
        (
            "Date: the 7th. Location: Afgooye, Lower Shabelle. Event: mortar attack. Killed: 2.",
            dt.datetime(2024, 11, 10, tzinfo=UTC),
            dt.date(2024, 11, 7),
        ),
        (
            "Police in Maiduguri said a suicide bomber killed four people at a mosque on 14/6.",
            dt.datetime(2025, 6, 16, tzinfo=UTC),
            dt.date(2025, 6, 14),
        ),
        (
            "A car bomb killed five civilians in Azaz on 30/12, local medics said.",
            dt.datetime(2026, 1, 3, tzinfo=UTC),
            dt.date(2025, 12, 30),
        ),
        (
            "An air strike on Christmas Day killed seven people in a market in Zamfara state, residents "
            "said.",
            dt.datetime(2025, 12, 28, tzinfo=UTC),
            dt.date(2025, 12, 25),
        ),
        (
            "A bomb killed two guards at a church in Kirkuk on New Year's Eve, police said.",
            dt.datetime(2026, 1, 2, tzinfo=UTC),
            dt.date(2025, 12, 31),
        ),
        (
            "Mortar rounds hit the district office in Jowhar last nite, killing three people.",
            dt.datetime(2025, 8, 20, 6, tzinfo=UTC),
            dt.date(2025, 8, 19),
        ),
    ],
)
def test_yearless_and_holiday_dates(text: str, published: dt.datetime, day: dt.date) -> None:
    assert first_main(text, published).event_date == day


def test_an_event_that_ended_is_dated_by_its_start() -> None:
    text = (
        "MOGADISHU, June 9 (Wire) - A siege at a seafront restaurant in Mogadishu ended on Monday with 14 "
        "people killed, police said.\n\nThe attack began on Saturday night when gunmen stormed the building. "
        "Al-Shabaab claimed responsibility."
    )
    inc = first_main(text, dt.datetime(2025, 6, 9, 12, tzinfo=UTC))
    assert inc.event_date == dt.date(2025, 6, 7)
    assert inc.event_end == dt.date(2025, 6, 9)
    assert [p.name for p in inc.perpetrators] == ["al-Shabaab"]
    assert len(mains(text, dt.datetime(2025, 6, 9, 12, tzinfo=UTC))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Troops of the 3rd Infantry Division were deployed to the area.",
        "The blast damaged the 2nd floor of the building.",
        "The 13th century shrine was damaged.",
        "The 5th round of talks opened on the outskirts.",
        "The service runs 24/7 now.",
        "Clashes erupted on the 9th of March.",
        "He was shot at a christmas market stall.",
        "Leaders met for the new year talks.",
    ],
)
def test_ordinals_and_numbers_that_are_not_a_day_of_this_month(text: str) -> None:
    ref = dt.date(2025, 6, 20)
    found = _dates(text, ref)
    assert all(day is None or day.month == 3 for _, day in found), found


def test_an_ordinal_of_last_month_and_a_later_day_of_this_month() -> None:
    ref = dt.date(2025, 6, 20)
    assert _dates("killed on the 3rd of last month", ref) == [
        ("on the 3rd of last month", dt.date(2025, 5, 3))
    ]
    assert _dates("killed on the 25th.", ref) == [("on the 25th", dt.date(2025, 5, 25))]
    assert _dates("killed on 12/03/2019 there", ref)[0][1] == dt.date(2019, 3, 12)


def _names(text: str, published: dt.datetime) -> list[str]:
    return [p.name for p in first_main(text, published).perpetrators]


_T = dt.datetime(2025, 9, 10, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "QAMISHLI, Sept 10 (Wire) - Turkish artillery shelled two villages near Amuda in Hasakah "
            "province on Tuesday, killing a woman and wounding three children, local officials said.",
            ["Turkish Armed Forces"],
        ),
        (
            "Pakistani artillery pounded border villages in Kunar province on Tuesday, killing four "
            "civilians, the provincial spokesman said.",
            ["Pakistan Army"],
        ),
        (
            "KIRKUK, Sept 10 - Iraqi Air Force F-16s struck militant hideouts in the Hamrin mountains of "
            "Kirkuk province on Tuesday, killing five people, the Security Media Cell said.",
            ["Iraqi Air Force"],
        ),
        (
            "Militants stormed a checkpoint in the Tirah valley of Khyber district on Tuesday, killing four "
            "soldiers, the ISPR said, blaming Fitna al-Khawarij.",
            ["Tehrik-i-Taliban Pakistan"],
        ),
        (
            "Four policemen were killed when khwarij attacked a police station in Bannu on Tuesday night, "
            "officials said.",
            ["Tehrik-i-Taliban Pakistan"],
        ),
        (
            "Two rockets struck near a base hosting foreign troops in Baghdad on Tuesday, wounding a guard. "
            "The Islamic Resistance in Iraq claimed the attack.",
            ["Islamic Resistance in Iraq"],
        ),
    ],
)
def test_state_forces_groups_and_names(text: str, names: list[str]) -> None:
    assert _names(text, _T) == names


@pytest.mark.parametrize(
    "text",
    [
        "A drone struck a house in Mir Ali, North Waziristan, on Tuesday, killing three people. Residents "
        "blamed the Pakistan Army; the military denied involvement.",
        "A suicide bomber killed six people at a market in Gwoza, Borno state, on Tuesday, police said. No "
        "group claimed the attack, though the area has long suffered raids by Boko Haram.",
        "Gunmen killed four farmers in Damboa, Borno state, on Tuesday, police said. The district has long "
        "been a target of ISWAP fighters.",
    ],
)
def test_no_perpetrator_from_a_denying_force_or_the_area_s_history(text: str) -> None:
    assert _names(text, _T) == []


def test_an_allied_force_that_reports_the_toll_is_no_perpetrator() -> None:
    text = (
        "BEIRUT, Sept 10 (Wire) - Islamic State militants attacked a post of the Syrian Democratic Forces in "
        "Raqqa province on Tuesday, killing three fighters, a war monitor said.\n\nThe SDF, in a statement, "
        "gave a toll of two. The SDF put the toll at two."
    )
    assert _names(text, _T) == ["Islamic State"]


def test_a_force_that_denies_is_still_named_when_the_denial_is_someone_else_s() -> None:
    text = (
        "A Turkish drone strike killed two SDF commanders near Qamishli on Tuesday, the Kurdish-led "
        "administration said. The Turkish defence ministry did not comment."
    )
    assert _names(text, _T) == ["Turkish Armed Forces"]


def _figures(text: str) -> tuple[int | None, int | None]:
    inc = first_main(text, _T)
    return inc.killed.best, inc.wounded.best


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            "A bomb exploded at a bus stop in Kunduz city on Tuesday; provincial officials confirmed four "
            "deaths.",
            4,
            None,
        ),
        (
            "Police in Jalalabad reported six fatalities after a blast at a market on Tuesday.",
            6,
            None,
        ),
        (
            "Local sources in Salahuddin reported an IED explosion on a Hashd vehicle near Baiji on Tuesday, "
            "which resulted in the martyrdom of a fighter and the injury of two others.",
            1,
            2,
        ),
        (
            "An explosive device targeted a minibus on the Palmyra road in Homs province on Tuesday, which "
            "led to the martyrdom of between 3 and 5 passengers and injury of 7 others, a police source "
            "said.",
            3,
            7,
        ),
        (
            "A landmine exploded near a school in Hit, Anbar province, on Tuesday, killing a boy and "
            "injuring a second, police said.",
            1,
            1,
        ),
        (
            "Two rockets hit near the airport in Erbil on Tuesday night, the security service said, without "
            "causing casualties.",
            0,
            0,
        ),
        (
            "Fighting between tribal gunmen in Deir ez-Zor province continued on Tuesday, with the death "
            "toll rising to 41, a war monitor said.",
            41,
            None,
        ),
        (
            "A suicide bomber struck a police station in Baidoa on Tuesday, killing seven people, a police "
            "officer said. The regional governor put the figure at 11.",
            11,
            None,
        ),
        (
            "A roadside bomb killed three soldiers near Afgooye on Tuesday. Al-Shabaab claim to kill ten. "
            "Local elders confirmed 3 dead.",
            3,
            None,
        ),
    ],
)
def test_figure_forms(text: str, killed: int | None, wounded: int | None) -> None:
    assert _figures(text) == (killed, wounded)


@pytest.mark.parametrize(
    "text",
    [
        "Mortar fire killed two people in Kismayo on Tuesday, officials said. The figure could not be "
        "verified.",
        "Gunmen killed two people in Kismayo on Tuesday, officials said, the third such attack this month.",
    ],
)
def test_figure_words_that_give_no_count(text: str) -> None:
    assert _figures(text) == (2, None)


def test_militants_killed_stay_perpetrators_and_martyred_fighters_are_victims() -> None:
    inc = first_main(
        "Militants attacked a Hashd post near Tuz Khurmatu, Salahuddin, on Tuesday; two fighters were "
        "martyred and five militants were killed, a security source said.",
        _T,
    )
    assert inc.killed.best == 2
    assert inc.killed_perpetrators.best == 5


@pytest.mark.parametrize(
    ("text", "province", "place"),
    [
        (
            "MOGADISHU, Sept 10 (Wire) - A suicide car bomber struck an army base in the town of Ceel Dheer "
            "in Galmudug state on Tuesday, killing six soldiers, an officer said.",
            "SO-GA",
            "El Dher",
        ),
        (
            "Al-Shabaab fighters attacked El Dhere district headquarters on Tuesday, killing two guards, "
            "residents said.",
            "SO-GA",
            "El Dher",
        ),
        (
            "MOGADISHU - A roadside bomb killed three soldiers near Hobyo in Galmudug state on Tuesday, "
            "officials said.",
            "SO-MU",
            "Hobyo",
        ),
        (
            "The army said it had killed 20 militants in an operation in Middle Shabelle's Aadan Yabaal "
            "district on Tuesday.",
            "SO-SD",
            "Adan Yabaal",
        ),
    ],
)
def test_somali_towns_keep_their_region_under_a_member_state(text: str, province: str, place: str) -> None:
    primary = first_main(text, _T).primary
    assert primary is not None
    assert (primary.admin1_code, primary.place) == (province, place)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Afghanistan Freedom Front claimed an attack on a checkpoint in Jurm, Badakhshan, on "
            "Tuesday, saying six Taliban fighters were killed; provincial officials confirmed two deaths.",
            ["Afghanistan Freedom Front"],
        ),
        (
            "The National Resistance Front said it attacked a Taliban outpost in Panjshir's Rukha district "
            "on Tuesday; four Taliban members were killed, local sources said.",
            ["National Resistance Front"],
        ),
        (
            "Taliban fighters stormed a police post in Sheberghan, Jowzjan, on Tuesday, killing three "
            "policemen, officials said.",
            ["Taliban"],
        ),
    ],
)
def test_anti_taliban_fronts_and_taliban_counted_among_the_dead(text: str, names: list[str]) -> None:
    assert _names(text, _T) == names
