"""Merging reports of one event; different events stay apart (real extraction on articles written here)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agents.enrich.errors import MergeError
from agents.enrich.merge import merge, merge_key, same_event
from agents.enrich.recent import Known, absorb
from agents.extract import extract
from streams.records import Figure, Incident, Location, Perpetrator, Report
from streams.replay import load_articles

MERGE = Path(__file__).resolve().parents[2] / "data" / "articles" / "merge"


def _extracted(name: str) -> list[Incident]:
    incidents: list[Incident] = []
    for article in load_articles([MERGE / f"{name}.jsonl"]):
        found = extract(article)
        assert len(found) == 1, article.id
        incidents.extend(found)
    return incidents


def test_three_reports_of_one_event_merge_with_revised_figures() -> None:
    flash, update, next_day = _extracted("one_event")
    assert same_event(flash, update) and same_event(flash, next_day)
    merged = merge(merge(flash, update), next_day)
    assert merged.incident_id == flash.incident_id and merged.revision == 3
    assert merged.article_ids == ["logar-flash", "logar-update", "logar-next-day"]
    assert flash.killed.best == 4
    assert merged.killed == Figure(best=12, min=4, max=12)
    assert merged.wounded.best == 31
    assert len(merged.reports) == len(flash.reports) + len(update.reports) + len(next_day.reports)
    assert merged.event_date == dt.date(2021, 3, 9) and merged.primary is not None
    assert merged.primary.admin1_code == "AF-LOG" and merged.primary.place is not None
    assert {e.article_id for e in merged.evidence} == set(merged.article_ids)
    assert [s.article_id for s in merged.sources] == merged.article_ids


def test_the_recent_table_publishes_one_incident_per_event() -> None:
    known: list[Known] = []
    published = [absorb(known, incident) for incident in _extracted("one_event")]
    assert len(known) == 1
    assert [p.revision for p in published if p is not None] == [1, 2, 3]
    assert absorb(known, _extracted("one_event")[1]) is None


def test_two_events_in_one_province_on_different_days_stay_apart() -> None:
    monday, thursday = _extracted("two_events")
    assert merge_key(monday) == merge_key(thursday) == "AF:AF-LOG"
    assert not same_event(monday, thursday)
    known: list[Known] = []
    for incident in (monday, thursday):
        absorb(known, incident)
    assert [k.incident.killed.best for k in known] == [2, 1]


def _incident(incident_id: str, **changes: object) -> Incident:
    base = Incident(
        incident_id=incident_id,
        article_ids=[incident_id],
        event_date=dt.date(2021, 3, 9),
        date_precision="day",
        locations=[
            Location(
                country_code="AF",
                country="Afghanistan",
                admin1_code="AF-LOG",
                admin1="Logar",
                admin2="Pul-e Alam",
                precision="admin2",
            )
        ],
        event_type="bombing",
        perpetrators=[Perpetrator(name="Taliban")],
        reports=[Report(figure="killed", count=4, article_id=incident_id, sentence="s")],
    )
    return base.model_copy(update=changes)


def test_same_event_needs_place_time_kind_and_actors_to_agree() -> None:
    a = _incident("a")
    assert same_event(a, _incident("b", event_date=dt.date(2021, 3, 10)))
    assert not same_event(a, _incident("b", event_date=dt.date(2021, 3, 12)))
    assert same_event(a, _incident("b", event_date=dt.date(2021, 3, 12), date_precision="approximate"))
    other_district = [a.locations[0].model_copy(update={"admin2": "Baraki Barak"})]
    assert not same_event(a, _incident("b", locations=other_district))
    assert not same_event(a, _incident("b", event_type="air_strike"))
    assert same_event(a, _incident("b", event_type="suicide_bombing"))
    assert not same_event(a, _incident("b", perpetrators=[Perpetrator(name="Islamic State")]))
    assert same_event(a, _incident("b", perpetrators=[]))
    assert not same_event(a, _incident("b", locations=[]))


def test_merge_keeps_the_strongest_claim_and_most_specific_type() -> None:
    a = _incident("a", perpetrators=[Perpetrator(name="Taliban", claimed=False)])
    b = _incident(
        "b",
        perpetrators=[Perpetrator(name="Taliban", claimed=True)],
        event_type="suicide_bombing",
        background=False,
    )
    merged = merge(a, b)
    assert merged.perpetrators == [Perpetrator(name="Taliban", claimed=True)]
    assert merged.event_type == "suicide_bombing" and merged.revision == 2
    assert merge_key(_incident("c", locations=[])) == "-:-"
    with pytest.raises(MergeError):
        merge(a, a)
