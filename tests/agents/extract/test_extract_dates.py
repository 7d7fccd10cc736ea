"""Date expressions against a reference date."""

from __future__ import annotations

import datetime as dt

from agents.extract.dates import DateHit, find_dates

REF = dt.date(2019, 1, 12)  # a Saturday


def first(text: str, ref: dt.date | None = REF) -> DateHit:
    hits = find_dates(text, 0, len(text), ref)
    assert hits, text
    return hits[0]


def test_weekdays_are_the_latest_such_day() -> None:
    assert first("on Thursday").date == dt.date(2019, 1, 10)
    assert first("on Saturday").date == REF
    assert first("last Saturday").date == dt.date(2019, 1, 5)
    assert first("overnight Friday").date == dt.date(2019, 1, 11)
    assert find_dates("next Monday", 0, 11, REF) == []


def test_relative_days() -> None:
    assert first("yesterday").date == dt.date(2019, 1, 11)
    assert first("this morning").date == REF
    assert first("two days ago").date == dt.date(2019, 1, 10)


def test_calendar_dates() -> None:
    assert first("On 3 March 2021, militants").date == dt.date(2021, 3, 3)
    assert first("March 3, 2020").date == dt.date(2020, 3, 3)
    assert first("on 2021-03-03").date == dt.date(2021, 3, 3)
    assert first("on December 30").date == dt.date(2018, 12, 30)
    assert first("On 3 March 2021", ref=None).date == dt.date(2021, 3, 3)


def test_spans() -> None:
    third = first("the clash has entered its third day on Thursday")
    assert (third.date, third.end_date) == (dt.date(2019, 1, 8), dt.date(2019, 1, 10))
    since = first("since Tuesday")
    assert (since.date, since.end_date) == (dt.date(2019, 1, 8), REF)


def test_background_cues() -> None:
    week = first("claimed by IS last week killed 25")
    assert week.background and week.precision == "approximate" and week.date == dt.date(2019, 1, 5)
    after = first("The attacks happened a few days after 21 were killed")
    assert after.background and after.split and after.offset == 3 and after.date is None
    assert first("in recent months").background


def test_no_reference_leaves_relative_dates_unknown() -> None:
    assert first("on Thursday", ref=None).date is None
    assert first("yesterday", ref=None).date is None
