"""Date forms of round 2: month/year background cues, numeric dates, weekday abbreviations, relative days."""

from __future__ import annotations

import datetime as dt

import pytest

from agents.extract.dates import DateHit, find_dates

REF = dt.date(2019, 3, 13)  # a Wednesday


def hits(text: str, ref: dt.date | None = REF) -> list[DateHit]:
    return find_dates(text, 0, len(text), ref)


def first(text: str, ref: dt.date | None = REF) -> DateHit:
    found = hits(text, ref)
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    ("text", "year", "month"),
    [
        ("In July, a bomb tore through a wedding hall.", 2018, 7),
        ("In December, gunmen raided a hotel.", 2018, 12),
        ("Last June, militants attacked the base.", 2018, 6),
        ("In March 2014, a car bomb hit the market.", 2014, 3),
        ("A double bombing at a mosque in May killed 16.", 2018, 5),
        ("In mid-February, fighters overran a post.", 2019, 2),
        ("in early January 2018 the town fell", 2018, 1),
    ],
)
def test_a_month_before_the_reference_is_background(text: str, year: int, month: int) -> None:
    hit = first(text)
    assert hit.background and hit.precision == "approximate"
    assert (hit.date.year, hit.date.month) == (year, month) if hit.date else False


def test_a_bare_earlier_year_is_background() -> None:
    hit = first("In 2014, Taliban fighters stormed the airport.")
    assert hit.background and hit.date == dt.date(2014, 1, 1)
    assert first("During 2011 the group grew.").background


@pytest.mark.parametrize(
    "text",
    [
        "In March, the council met.",  # the reference's own month: not background
        "the attack in 2019 was the worst",  # the reference's own year
        "They may attack again.",  # "may" the verb
        "March 12 was chosen",  # a day: not a bare month
    ],
)
def test_no_background_from_the_current_month_or_year_or_verbs(text: str) -> None:
    assert not any(h.background for h in hits(text))


def test_month_only_without_reference_or_year_is_unknown() -> None:
    assert hits("In July, a bomb exploded.", ref=None) == []
    assert first("In July 2017, a bomb exploded.", ref=None).date == dt.date(2017, 7, 1)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ninawa, 12/03/2019: militants kidnapped five men.", dt.date(2019, 3, 12)),
        ("Kabul | 11/03/2019 | suicide attack", dt.date(2019, 3, 11)),
        ("08/08/2016 | Urozgan | drone strike", dt.date(2016, 8, 8)),
        ("Homs desert - 5/1/2019: ambush", dt.date(2019, 1, 5)),
        ("On 1.3.2019 gunmen struck", dt.date(2019, 3, 1)),
        ("25-12-2018 - blast in Aden", dt.date(2018, 12, 25)),
    ],
)
def test_numeric_dates_read_day_first(text: str, want: dt.date) -> None:
    assert first(text).date == want


def test_numeric_dates_fall_back_to_month_first_when_day_first_is_in_the_future() -> None:
    # 03/12/2019 day first is 3 December 2019, after the reference: month first (12 March) is meant.
    assert first("03/12/2019: a bomb exploded").date == dt.date(2019, 3, 12)
    # Both readings possible and past: day first wins.
    assert first("02/03/2019: a bomb exploded").date == dt.date(2019, 3, 2)
    # Only month first is a valid date.
    assert first("01/25/2019: a bomb exploded").date == dt.date(2019, 1, 25)
    # Neither reading is a date, or the number runs on: nothing.
    assert hits("codes 99/99/2019 and 31/31/2019 and 1/2/20190") == []


def test_numeric_date_is_not_split_into_an_iso_or_a_year() -> None:
    (hit,) = hits("20/03/2018. Gunmen attacked a checkpoint.")
    assert hit.date == dt.date(2018, 3, 20) and not hit.background


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("opened fire on a team in Kulachi Tues., killing two", dt.date(2019, 3, 12)),
        ("struck the house on Tues. night", dt.date(2019, 3, 12)),
        ("raided the village on Tues, residents said", dt.date(2019, 3, 12)),
        ("warplanes struck the market on Sat., killing six", dt.date(2019, 3, 9)),
        ("Thurs. evening a bomb went off", dt.date(2019, 3, 7)),
        ("late Sun. gunmen attacked", dt.date(2019, 3, 10)),
        ("a blast on Fri. killed four", dt.date(2019, 3, 8)),
    ],
)
def test_weekday_abbreviations(text: str, want: dt.date) -> None:
    assert first(text).date == want


@pytest.mark.parametrize(
    "text", ["the sun rose over the hills", "they sat in the shade", "wed in a ceremony"]
)
def test_ambiguous_abbreviations_need_a_modifier(text: str) -> None:
    assert hits(text) == []


def test_the_same_day_and_the_previous_day_refer_to_the_incident_before() -> None:
    same = first("On the same day, two mortar rounds hit Baidoa.")
    assert same.prior == 0 and same.date is None
    assert first("That same day a second bomb exploded").prior == 0
    previous = first("The gunmen had struck a checkpoint the previous day.")
    assert previous.prior == 1 and previous.date == dt.date(2019, 3, 12)


def test_an_nth_day_counts_back_from_today() -> None:
    hit = first("Fighting continued for a third day today, elders said.")
    assert (hit.date, hit.end_date) == (dt.date(2019, 3, 11), REF)
    hit = first("The siege went on for the second straight day on Tuesday.")
    assert (hit.date, hit.end_date) == (dt.date(2019, 3, 11), dt.date(2019, 3, 12))


def test_overnight_is_weak_and_a_modifier_needs_a_word_boundary() -> None:
    night, friday = hits("ended an overnight siege that began on Friday evening")
    assert night.weak and not friday.weak and friday.date == dt.date(2019, 3, 8)
    # "station" ends in "on" but is no "on" modifier: the span starts at the weekday.
    text = "the police station Tuesday"
    assert text[first(text).start :].startswith("Tuesday")
