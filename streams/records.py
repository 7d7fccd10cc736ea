"""Record schemas carried on the Kafka topics: articles in, incidents out."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

__all__ = [
    "Article",
    "DatePrecision",
    "EventType",
    "Evidence",
    "Figure",
    "Incident",
    "Location",
    "LocationPrecision",
    "Perpetrator",
    "Report",
    "ReportKind",
    "Source",
    "article_id_for",
]


def _aware(value: dt.datetime) -> dt.datetime:
    """Naive datetimes are taken as UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


AwareDatetime = Annotated[dt.datetime, AfterValidator(_aware)]


class Record(BaseModel):
    """Base of every record we publish: immutable, unknown fields ignored."""

    model_config = ConfigDict(frozen=True, extra="ignore")


def article_id_for(text: str) -> str:
    """A stable id for an article that arrived without one: a hash of its text."""
    return "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


class Article(Record):
    """A news article on the `articles` topic; only `text` is required."""

    id: str = Field(default="", description="Producer's id; a hash of the text when absent.")
    text: str = Field(min_length=1)
    title: str | None = None
    url: str | None = None
    source: str | None = Field(default=None, description="Outlet or feed name.")
    published_at: AwareDatetime | None = Field(
        default=None, description="Publication time; the reference for 'yesterday', 'on Thursday'."
    )
    language: str | None = None

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is blank")
        return value

    @field_validator("published_at", mode="before")
    @classmethod
    def _date_only(cls, value: object) -> object:
        if isinstance(value, str) and len(value) == 10:
            return f"{value}T00:00:00+00:00"
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
        return value

    def model_post_init(self, __context: object) -> None:
        if not self.id:
            object.__setattr__(self, "id", article_id_for(self.text))


EventType = Literal[
    "armed_assault",
    "suicide_bombing",
    "bombing",
    "air_strike",
    "shelling",
    "armed_clash",
    "assassination",
    "abduction",
    "territory_seized",
    "other",
]
DatePrecision = Literal["day", "approximate", "unknown"]
LocationPrecision = Literal["place", "admin2", "admin1", "country"]
ReportKind = Literal["official", "claim", "medical", "witness", "unattributed"]


class Location(Record):
    """Where an incident happened, as precisely as the text allows."""

    country_code: str = Field(description="ISO 3166-1 alpha-2.")
    country: str
    admin1_code: str | None = Field(default=None, description="ISO 3166-2, e.g. AF-HER.")
    admin1: str | None = Field(default=None, description="Common English province name.")
    admin2: str | None = Field(default=None, description="District.")
    place: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: LocationPrecision = "country"


class Perpetrator(Record):
    """A group held responsible; `claimed` is None when the text does not say."""

    name: str
    claimed: bool | None = None


class Figure(Record):
    """A casualty figure as a range; `best` follows the documented rule."""

    best: int | None = None
    min: int | None = None
    max: int | None = None

    @property
    def known(self) -> bool:
        """True when any bound is known."""
        return self.best is not None or self.min is not None or self.max is not None


class Report(Record):
    """One figure found in the text, with who gave it."""

    figure: Literal["killed", "wounded", "killed_or_wounded", "hospitalised"]
    count: int
    qualifier: Literal["exact", "at_least", "more_than", "about", "up_to", "vague"] = "exact"
    group: str = Field(default="victims", description="Who the figure counts: victims, police, perpetrators…")
    kind: ReportKind = "unattributed"
    source: str | None = None
    sentence: str = ""
    article_id: str | None = None


class Source(Record):
    """An article behind an incident or alert: where it can be read."""

    article_id: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published_at: AwareDatetime | None = None

    @classmethod
    def of(cls, article: Article) -> Source:
        """The source record of an article."""
        return cls(
            article_id=article.id,
            url=article.url,
            title=article.title,
            outlet=article.source,
            published_at=article.published_at,
        )


class Evidence(Record):
    """A character span of an article that supports one field."""

    field: str
    article_id: str
    start: int
    end: int
    text: str


class Incident(Record):
    """One real-world event, possibly reported by several articles."""

    incident_id: str
    article_ids: list[str]
    sources: list[Source] = Field(default_factory=list, description="The articles, with links where known.")
    revision: int = Field(default=1, description="Raised each time a merge revises the incident.")
    published_at: AwareDatetime | None = Field(default=None, description="Earliest article's publication.")
    event_date: dt.date | None = None
    event_end: dt.date | None = None
    date_precision: DatePrecision = "unknown"
    locations: list[Location] = Field(default_factory=list)
    event_type: EventType = "other"
    weapons: list[str] = Field(default_factory=list)
    targets: list[str] = Field(default_factory=list)
    perpetrators: list[Perpetrator] = Field(default_factory=list)
    sites: int = Field(default=1, description="Distinct attack sites the text reports.")
    killed: Figure = Field(default_factory=Figure)
    wounded: Figure = Field(default_factory=Figure)
    killed_perpetrators: Figure = Field(default_factory=Figure)
    wounded_perpetrators: Figure = Field(default_factory=Figure)
    killed_or_wounded: Figure = Field(default_factory=Figure)
    reports: list[Report] = Field(default_factory=list)
    coordinated: bool = False
    background: bool = False
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    summary: str = Field(default="", description="The sentence that best describes the event.")
    evidence: list[Evidence] = Field(default_factory=list)

    @property
    def primary(self) -> Location | None:
        """The first, primary location."""
        return self.locations[0] if self.locations else None
