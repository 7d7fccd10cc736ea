"""Hand-built incidents and a state mapping that behaves like a changelog-backed table (rules tests)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, MutableMapping
from typing import Any

from streams.records import Figure, Incident, Location, Perpetrator, Report

PROVINCES = {
    "AF-KAB": "Kabul",
    "AF-KDZ": "Kunduz",
    "AF-BGL": "Baghlan",
    "AF-TAK": "Takhar",
    "AF-BDG": "Badghis",
    "AF-HEL": "Helmand",
    "AF-KAN": "Kandahar",
    "AF-JOW": "Jawzjan",
    "AF-FYB": "Faryab",
    "AF-GHA": "Ghazni",
    "AF-HER": "Herat",
}
NOW = dt.datetime(2024, 3, 1, 12, 0, tzinfo=dt.UTC)
LATER = NOW + dt.timedelta(hours=1)  # past the default `settle` of a window touched at NOW


def loc(code: str, *, admin2: str | None = None, place: str | None = None) -> Location:
    """An Afghan location by ISO 3166-2 code."""
    if code.startswith("SO-"):
        return Location(
            country_code="SO",
            country="Somalia",
            admin1_code=code,
            admin1="Banaadir",
            place=place,
            precision="place" if place else "admin1",
        )
    precision = "place" if place else ("admin2" if admin2 else "admin1")
    return Location(
        country_code="AF",
        country="Afghanistan",
        admin1_code=code,
        admin1=PROVINCES[code],
        admin2=admin2,
        place=place,
        precision=precision,
    )


def incident(
    incident_id: str,
    day: str | None = "2019-01-10",
    provinces: tuple[str | Location, ...] = ("AF-KAB",),
    *,
    published: str | None = None,
    end: str | None = None,
    perpetrators: tuple[str, ...] = ("Taliban",),
    killed: tuple[int | None, int | None, int | None] = (None, None, None),
    wounded: tuple[int | None, int | None, int | None] = (None, None, None),
    combined: tuple[int | None, int | None, int | None] = (None, None, None),
    reports: tuple[Report, ...] = (),
    revision: int = 1,
    **fields: Any,
) -> Incident:
    """An incident; figures as (min, best, max); published defaults to the event day."""
    published_at = dt.datetime.fromisoformat(published or day or "2019-01-10").replace(tzinfo=dt.UTC)
    return Incident(
        incident_id=incident_id,
        article_ids=fields.pop("article_ids", [f"art-{incident_id}"]),
        revision=revision,
        published_at=published_at,
        event_date=dt.date.fromisoformat(day) if day else None,
        event_end=dt.date.fromisoformat(end) if end else None,
        date_precision=fields.pop("date_precision", "day" if day else "unknown"),
        locations=[loc(p) if isinstance(p, str) else p for p in provinces],
        perpetrators=[Perpetrator(name=p) for p in perpetrators],
        killed=Figure(min=killed[0], best=killed[1], max=killed[2]),
        wounded=Figure(min=wounded[0], best=wounded[1], max=wounded[2]),
        killed_or_wounded=Figure(min=combined[0], best=combined[1], max=combined[2]),
        reports=list(reports),
        **fields,
    )


def report(figure: str, count: int, kind: str = "official", **fields: Any) -> Report:
    """One figure report."""
    return Report(figure=figure, count=count, kind=kind, **fields)


class ChangelogState(MutableMapping[str, Any]):
    """Like a changelog-backed table: only assignments persist (values are stored as JSON text)."""

    def __init__(self) -> None:
        self._data: dict[str, str] = {}
        self.writes = 0

    def __getitem__(self, key: str) -> Any:
        return json.loads(self._data[key])

    def __setitem__(self, key: str, value: Any) -> None:
        self._data[key] = json.dumps(value)
        self.writes += 1

    def __delitem__(self, key: str) -> None:
        del self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._data))

    def __len__(self) -> int:
        return len(self._data)
