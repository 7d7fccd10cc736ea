"""The `extract` contract: pure, deterministic, stable ids, reference dates, evidence offsets, JSON schema."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from agents.extract import extract, incident_id_for
from streams.records import Article, Incident
from streams.replay import load_articles

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def test_same_article_same_incidents_and_ids() -> None:
    for article in load_articles([SEEDS]):
        first, second = extract(article), extract(article)
        assert [i.model_dump() for i in first] == [i.model_dump() for i in second]
        assert [i.incident_id for i in first] == [incident_id_for(article.id, n) for n in range(len(first))]
        assert all(i.article_ids == [article.id] and i.published_at == article.published_at for i in first)
        assert all([s.article_id for s in i.sources] == [article.id] for i in first)
    assert incident_id_for("a", 0) != incident_id_for("a", 1) != incident_id_for("b", 1)


def test_evidence_spans_point_into_the_article() -> None:
    for article in load_articles([SEEDS]):
        for incident in extract(article):
            assert incident.evidence
            for evidence in incident.evidence:
                assert article.text[evidence.start : evidence.end] == evidence.text
                assert evidence.article_id == article.id
            assert {"summary", "locations"} <= {e.field for e in incident.evidence}


def test_json_round_trip() -> None:
    for article in load_articles([SEEDS]):
        for incident in extract(article):
            assert Incident.model_validate_json(incident.model_dump_json()) == incident


def test_relative_dates_resolve_against_publication_then_dateline_else_unknown() -> None:
    text = "Gunmen killed three policemen in Kandahar on Tuesday, officials said."
    published = extract(Article(id="p", text=text, published_at=dt.datetime(2021, 6, 10, tzinfo=dt.UTC)))
    assert published[0].event_date == dt.date(2021, 6, 8) and published[0].date_precision == "day"
    dated = extract(Article(id="d", text="date 2021-06-10 " + text))
    assert dated[0].event_date == dt.date(2021, 6, 8)
    undated = extract(Article(id="u", text=text))
    assert undated[0].event_date is None and undated[0].date_precision == "unknown"
    assert undated[0].killed.best == 3 and undated[0].primary is not None


def test_text_without_an_incident_gives_nothing() -> None:
    assert (
        extract(Article(id="n", text="The cabinet met on Tuesday to discuss the budget for next year.")) == []
    )
    assert extract(Article(id="h", text="Latest News\nRead more:")) == []


def test_a_lone_line_without_a_full_stop_is_still_read() -> None:
    incident = extract(
        Article(id="l", text="On 3 March 2021, al-Shabaab militants killed 4 soldiers in Lower Shabelle")
    )
    assert [(i.killed.best, i.event_date) for i in incident] == [(4, dt.date(2021, 3, 3))]


def test_several_incidents_in_one_article_in_text_order() -> None:
    text = (
        "On 2 January 2022, bandits killed 3 vigilantes in Gusau, Zamfara.\n"
        "On 4 January 2022, ISWAP fighters killed 2 soldiers in an attack on Geidam, Yobe."
    )
    incidents = extract(Article(id="m", text=text))
    assert [(i.primary.admin1_code if i.primary else None, i.killed.best) for i in incidents] == [
        ("NG-ZA", 3),
        ("NG-YO", 2),
    ]
    assert [p.name for p in incidents[1].perpetrators] == ["Islamic State"]


def test_wire_dateline_city_locates_an_unplaced_event() -> None:
    text = (
        "MOGADISHU (Reuters) - A car bomb exploded at a checkpoint in the Somali capital on Friday, killing 5"
    )
    incident = extract(Article(id="w", text=text, published_at="2022-08-20"))[0]
    assert incident.primary is not None and incident.primary.admin1_code == "SO-BN"
    assert incident.event_date == dt.date(2022, 8, 19)
