"""Alert text and content from a group: places, figures with their sources, claims, title and summary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from agents.rules.base import Group, RuleBase
from agents.rules.facts import FigureName, perpetrator_group, victim_claims
from streams.records import Figure, Incident, Location, Perpetrator, Report

__all__ = [
    "aggregate",
    "claims_text",
    "figures_text",
    "group_claims",
    "group_locations",
    "group_perpetrators",
    "natural_join",
    "render_facts",
    "title_and_summary",
    "totals",
]

_SOURCE_WORDS = {"official": "officials", "medical": "medical sources", "witness": "witnesses"}
_QUALIFIER_WORDS = {"at_least": "at least ", "more_than": "more than ", "about": "about ", "up_to": "up to "}
_EVENT_WORDS = {"other": "attack", "territory_seized": "territory seizure"}
_FIGURE_WORDS = {"killed": "killed", "wounded": "wounded", "killed_or_wounded": "killed or wounded"}


def natural_join(items: Sequence[str]) -> str:
    """`a`, `a and b`, `a, b and c`."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def group_locations(group: Group) -> list[Location]:
    """The distinct locations of the group's incidents, limited to the group's province or country key."""
    found: dict[tuple[str | None, ...], Location] = {}
    for incident in group.members.values():
        for loc in incident.locations:
            if "admin1" in group.key and loc.admin1_code != group.key["admin1"]:
                continue
            if "country" in group.key and loc.country_code != group.key["country"]:
                continue
            found.setdefault((loc.country_code, loc.admin1_code, loc.admin2, loc.place), loc)
    return list(found.values())


def group_perpetrators(group: Group) -> list[Perpetrator]:
    """The perpetrators (limited to the key's one, when keyed by perpetrator), claims combined."""
    claimed: dict[str, list[bool | None]] = {}
    for incident in group.members.values():
        for p in incident.perpetrators:
            if "perpetrator" in group.key and p.name != group.key["perpetrator"]:
                continue
            claimed.setdefault(p.name, []).append(p.claimed)
    result = []
    for name, flags in claimed.items():
        flag = True if True in flags else (False if flags and all(f is False for f in flags) else None)
        result.append(Perpetrator(name=name, claimed=flag))
    return result


def _bounds(figure: Figure) -> tuple[int, int, int] | None:
    known = [v for v in (figure.min, figure.best, figure.max) if v is not None]
    if not known:
        return None
    low = figure.min if figure.min is not None else min(known)
    high = figure.max if figure.max is not None else max(known)
    best = figure.best if figure.best is not None else high
    return low, best, high


def aggregate(figures: Iterable[Figure]) -> Figure:
    """The sum of several incidents' ranges (unknown when none is known)."""
    known = [b for b in (_bounds(f) for f in figures) if b is not None]
    if not known:
        return Figure()
    return Figure(min=sum(b[0] for b in known), best=sum(b[1] for b in known), max=sum(b[2] for b in known))


def _sources(incidents: Iterable[Incident], name: FigureName) -> list[str]:
    kinds = {r.kind for i in incidents for r in i.reports if r.figure == name and not perpetrator_group(r)}
    return [word for kind, word in _SOURCE_WORDS.items() if kind in kinds]


_ALL_FIGURES: tuple[FigureName, ...] = ("killed", "wounded", "killed_or_wounded")


def figures_text(
    incidents: Sequence[Incident],
    names: Sequence[FigureName] = _ALL_FIGURES,
    totals: dict[FigureName, Figure] | None = None,
) -> str:
    """E.g. `13 killed (officials: 7-13), 9 wounded (officials)`; `totals` are the aggregates when known."""
    parts = []
    for name in names:
        figure = totals[name] if totals is not None else aggregate(getattr(i, name) for i in incidents)
        bounds = _bounds(figure)
        if bounds is None:
            continue
        low, _, high = bounds
        detail = _sources(incidents, name)
        span = f"{low}-{high}" if low != high else ""
        inside = ": ".join(x for x in (", ".join(detail), span) if x)
        parts.append(f"{high} {_FIGURE_WORDS[name]}" + (f" ({inside})" if inside else ""))
    return ", ".join(parts)


def group_claims(incidents: Iterable[Incident]) -> list[Report]:
    """Claimed victim figures, without repeats."""
    found: dict[tuple[object, ...], Report] = {}
    for incident in incidents:
        for r in victim_claims(incident):
            found.setdefault((r.figure, r.count, r.qualifier, r.group, r.source), r)
    return list(found.values())


def _claimant(report: Report, incidents: Sequence[Incident]) -> str:
    names = _unique(p.name for i in incidents for p in i.perpetrators)
    source = report.source or ""
    for name in names:
        if name.casefold() in source.casefold():
            return name
    if source:
        return source
    return names[0] if len(names) == 1 else "a group"


def claims_text(incidents: Sequence[Incident]) -> str:
    """E.g. `Taliban claim more than 20 police killed`."""
    parts = []
    for r in group_claims(incidents):
        group = "" if r.group in ("victims", "") else r.group.replace("_", " ") + " "
        count = ("several" if r.count < 12 else "dozens of") if r.qualifier == "vague" else str(r.count)
        parts.append(
            f"{_claimant(r, incidents)} claim {_QUALIFIER_WORDS.get(r.qualifier, '')}{count} {group}"
            f"{_FIGURE_WORDS.get(r.figure, r.figure)}"
        )
    return "; ".join(_unique(parts))


def totals(incidents: Sequence[Incident]) -> dict[FigureName, Figure]:
    """The aggregate of each figure over the incidents."""
    return {name: aggregate(getattr(i, name) for i in incidents) for name in _ALL_FIGURES}


def _toll(sums: dict[FigureName, Figure]) -> str:
    """E.g. `13 killed, 9 wounded` (the highest figures, no sources)."""
    parts = []
    for name in _ALL_FIGURES:
        bounds = _bounds(sums[name])
        if bounds is not None:
            parts.append(f"{bounds[2]} {_FIGURE_WORDS[name]}")
    return ", ".join(parts)


def _precise(locations: Sequence[Location]) -> list[Location]:
    """Locations without the bare provinces that a more precise location already names."""
    detailed = {loc.admin1_code for loc in locations if loc.admin1_code and (loc.admin2 or loc.place)}
    return [
        loc
        for loc in locations
        if loc.admin2 or loc.place or not loc.admin1_code or loc.admin1_code not in detailed
    ]


def _label(loc: Location) -> str:
    parts = [loc.place, loc.admin2, loc.admin1] if loc.admin1 else [loc.place, loc.admin2]
    return ", ".join(_unique(p for p in parts if p)) or loc.country


def _dates(group: Group) -> tuple[dt.date | None, dt.date | None]:
    starts = [i.event_date for i in group.members.values() if i.event_date is not None]
    ends = [i.event_end or i.event_date for i in group.members.values() if i.event_date is not None]
    start = min(starts) if starts else None
    end = max(e for e in ends if e is not None) if starts else None
    if group.window is not None and start is not None and end is not None:
        start = max(start, group.window.first_day)
        end = max(start, min(end, group.window.last_day))
    return start, end


def render_facts(
    rule: RuleBase, group: Group, sums: dict[FigureName, Figure] | None = None
) -> dict[str, str]:
    """Every template field, as text (`sums`: the figure totals, when already computed)."""
    incidents = list(group.members.values())
    sums = sums if sums is not None else totals(incidents)
    locations = group_locations(group)
    start, end = _dates(group)
    when = "unknown date" if start is None else (start.isoformat() if start == end else f"{start} to {end}")
    on = (
        "on an unknown date"
        if start is None
        else (f"on {start}" if start == end else f"from {start} to {end}")
    )
    provinces = _unique(loc.admin1 or "" for loc in locations)
    countries = _unique(loc.country for loc in locations)
    labels = _unique(_label(loc) for loc in _precise(locations))
    named = {part for label in labels if ", " in label for part in label.split(", ")[1:]}
    places = natural_join([x for x in labels if x not in named]) or "an unknown place"
    if countries and places != natural_join(countries):
        places = f"{places}, {natural_join(countries)}"
    kinds = _unique(_EVENT_WORDS.get(i.event_type, i.event_type.replace("_", " ")) for i in incidents)
    key = " / ".join(v for k, v in rule.history_key(group.key).items())
    return {
        "rule": rule.name,
        "key": key,
        "perpetrators": natural_join([p.name for p in group_perpetrators(group)]),
        "places": places,
        "provinces": natural_join(provinces),
        "countries": natural_join(countries),
        "start": start.isoformat() if start else "unknown",
        "end": end.isoformat() if end else "unknown",
        "date": when,
        "on": on,
        "killed": figures_text(incidents, ("killed",), sums),
        "wounded": figures_text(incidents, ("wounded",), sums),
        "figures": figures_text(incidents, _ALL_FIGURES, sums),
        "toll": _toll(sums),
        "claims": claims_text(incidents),
        "count": str(len(incidents)),
        "sites": str(sum(max(i.sites, 1) for i in incidents)),
        "event_types": natural_join(kinds) or "incident",
    }


def title_and_summary(rule: RuleBase, group: Group, facts: dict[str, str]) -> tuple[str, str]:
    """The alert's title and one-sentence summary (templates win over the rule type's text)."""
    title = rule.title.format(**facts) if rule.title else rule.headline(group, facts)
    if rule.summary:
        return title, rule.summary.format(**facts)
    tail = "; ".join(x for x in (facts["figures"], facts["claims"]) if x)
    lead = rule.lead(group, facts)
    who = facts["perpetrators"]
    if who and not lead.startswith(who) and who not in lead:
        lead = f"{who}: {lead}"
    return title, f"{lead}: {tail}." if tail else f"{lead}."
