"""From a segment of units to an Incident: locations, date, type, perpetrators, reports, figures, evidence."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from agents.extract.actors import TALIBAN, TTP, GroupHit, raids, speaks
from agents.extract.casualties import PERPETRATORS
from agents.extract.events import Cue, pick_event_type
from agents.extract.places import LEVEL, Place
from agents.extract.segment import Segment
from agents.extract.sources import Attribution, Speakers
from agents.extract.tally import tally
from agents.extract.text import Dateline
from agents.extract.units import Unit
from agents.geo import Gazetteer
from streams.records import Article, Incident, Location, Perpetrator, Report, Source

__all__ = ["Context", "build_incident"]

_VICTIM_TARGETS: Final = {
    "police": "police",
    "security_forces": "security_forces",
    "civilians": "civilians",
    "children": "civilians",
    "journalists": "journalists",
    "officials": "government",
}
_EXPLOSIVE: Final = frozenset({"vehicle_bomb", "suicide_vest", "ied", "grenades"})
_EXPLICIT_VEST: Final = re.compile(r"(?i)vest|blew", re.ASCII)
_FIELD_BREAK: Final = re.compile(r"[;|]")
_AFGHAN_TALIBAN: Final = re.compile(r"(?i)Afghan\s+Taliban", re.ASCII)
#: A state named by its air arm ("a Nigerian Air Force jet"): its bombing is an air strike.
_AERIAL: Final = re.compile(
    r"(?i)air\s*force|jets?\b|war\s*planes?|aircraft|drones?\b|helicopters?|gunships?", re.ASCII
)


@dataclass(frozen=True, slots=True)
class Context:
    """What every incident of one article shares."""

    article: Article
    gazetteer: Gazetteer
    ref: dt.date | None
    dateline: Dateline | None


#: One evidence span of the article: field, start, end (made into Evidence once duplicates are gone).
_Span = tuple[str, int, int]


def _subsumed(loc: Location, others: list[Location]) -> bool:
    """True when a more precise location in the same province covers this one."""
    for other in others:
        if other is loc or LEVEL[other.precision] <= LEVEL[loc.precision]:
            continue
        if loc.precision == "country" and other.country_code == loc.country_code:
            return True
        if (
            loc.admin1_code
            and other.admin1_code == loc.admin1_code
            and (loc.precision == "admin1" or (loc.admin2 is not None and other.admin2 == loc.admin2))
        ):
            return True
    return False


def tidy_locations(locations: Iterable[Location]) -> list[Location]:
    """Distinct locations, less precise ones covered by more precise ones dropped, in first-mention order."""
    seen: dict[tuple[str, str | None, str | None, str | None], Location] = {}
    for loc in locations:
        seen.setdefault((loc.country_code, loc.admin1_code, loc.admin2, loc.place), loc)
    distinct = list(seen.values())
    return [loc for loc in distinct if not _subsumed(loc, distinct)]


def _locations(ctx: Context, seg: Segment) -> tuple[list[Location], list[Place]]:
    anchors = [u for u in seg.units if u.anchor]
    admin = [p for u in anchors for p in u.places if p.level >= 1]
    if seg.garbled:
        return [], []
    if admin:
        country = admin[0].location.country_code
        locations = tidy_locations(p.location for p in admin)
        locations = [loc for loc in locations if loc.country_code == country]
        return locations, [p for p in admin if p.location.country_code == country]
    countries = [p for u in anchors for p in u.places if p.level == 0]
    hints = [p for u in anchors for p in u.hints]
    hinted = countries or hints
    code = hinted[0].location.country_code if hinted else None
    if not seg.background and ctx.dateline is not None:
        city = ctx.gazetteer.resolve(ctx.dateline.city.title(), code)
        if city is None and ctx.dateline.region is not None:
            city = ctx.gazetteer.resolve(ctx.dateline.region, code)  # "KHAR, Bajaur:": the district
            city = city if city is not None and city.precision != "country" else None
        if city is not None and (code is None or city.country_code == code):
            return [city], []
        if not countries and city is None:
            # only foreigners named ("nine Chinese nationals"): the dateline's own country holds
            home = ctx.gazetteer.resolve(ctx.dateline.city.title(), None)
            if home is not None and home.precision != "country":
                return [home], []
    if seg.context is not None:  # a background event, or a strike back with no place of its own
        inherited = _inherited(ctx, seg.context)
        if inherited is not None:
            return [inherited[0]], [inherited[1]]
    if countries:
        return [countries[0].location], countries[:1]
    if code is not None:
        nation = ctx.gazetteer.country(code)
        if nation is not None:
            return [nation], hints[:1]
    return [], []


def _inherited(ctx: Context, context: Segment) -> tuple[Location, Place] | None:
    """The province of the incident a background event is mentioned in, and the mention that gave it."""
    for unit in context.units:
        for place in unit.places:
            if place.level >= 1 and place.location.admin1_code:
                return ctx.gazetteer.admin1(place.location.admin1_code) or place.location, place
    return None


def _perpetrators(
    ctx: Context, seg: Segment, country: str | None, event_type: str, *, ruling: bool = False
) -> tuple[list[Perpetrator], list[_Span]]:
    text = ctx.article.text
    found: dict[str, bool | None] = {}
    evidence: list[_Span] = []
    orphan: list[tuple[bool, int, int]] = []
    state_event = event_type in ("air_strike", "shelling") or _raid(text, seg)
    for unit in seg.units:
        for hit in unit.groups:
            if hit.state and not state_event:
                continue
            if ruling and hit.name == TALIBAN and speaks(text, hit):
                continue  # "a Taliban spokesman said": the government speaking
            name = _name(text, hit, country)
            claimed = _nearest_claim(unit.claims, hit)
            held = found.get(name)
            found[name] = _stronger(held, claimed) if name in found else claimed
            evidence.append(("perpetrators", hit.start, hit.end))
        if unit.claims and not unit.groups:
            orphan.extend(unit.claims)
    for claimed, start, end in orphan:
        open_names = [n for n, c in found.items() if c is None]
        if claimed and len({n for n in found}) == 1 and open_names:
            found[open_names[0]] = True
        elif not claimed:
            for name in open_names:
                found[name] = False
        evidence.append(("claimed", start, end))
    if state_event and any(_is_state(n) for n in found):
        found = {n: c for n, c in found.items() if _is_state(n) or c is True}
    for unit in seg.units:
        if unit.groups:
            evidence.extend(("claimed", start, end) for _, start, end in unit.claims)
    return [Perpetrator(name=n, claimed=c) for n, c in found.items()], evidence


_STATE_NAMES: Final = (
    "Air Force",
    "military",
    "coalition",
    "Armed Forces",
    "government forces",
    "Defence Forces",
    "Army",
)


def _is_state(name: str) -> bool:
    return any(part in name for part in _STATE_NAMES)


#: From the fall of Kabul the Taliban are Afghanistan's government: their dead are the state's.
_TALIBAN_RULE: Final = dt.date(2021, 8, 15)
_KHAWARIJ: Final = re.compile(r"(?i)kh(?:a)?w(?:a)?rij|kh(?:a)?warji", re.ASCII)


def _name(text: str, hit: GroupHit, country: str | None) -> str:
    if (
        hit.name == TALIBAN
        and country == "PK"
        and not _AFGHAN_TALIBAN.search(text, max(0, hit.start - 7), hit.end)
    ):
        return TTP
    if hit.name == TTP and country == "SO" and _KHAWARIJ.match(text, hit.start, hit.end):
        return "al-Shabaab"  # the Somali state's name for al-Shabaab, the Pakistani state's for the TTP
    return hit.name


def _nearest_claim(claims: list[tuple[bool, int, int]], hit: GroupHit) -> bool | None:
    if not claims:
        return None
    return min(claims, key=lambda c: min(abs(c[1] - hit.end), abs(hit.start - c[2])))[0]


def _stronger(a: bool | None, b: bool | None) -> bool | None:
    """A claim outranks a denial, which outranks silence."""
    if a is True or b is True:
        return True
    if a is False or b is False:
        return False
    return None


def _same_clause(text: str, speakers: list[Attribution], at: int) -> list[Attribution]:
    """The speakers not cut off from a figure at `at` by a semicolon or a bar (fields of a data line)."""
    if not speakers:
        return speakers
    return [s for s in speakers if not _FIELD_BREAK.search(text, min(s.at, at), max(s.at, at))]


def _reports(ctx: Context, seg: Segment, *, ruling: bool = False) -> tuple[list[Report], list[_Span]]:
    """The figures of a segment as reports; `ruling`: the Taliban govern, so their dead are the state's."""
    text = ctx.article.text
    reports: list[Report] = []
    evidence: list[_Span] = []
    attackers = max((a.count for u in seg.units for a in u.attackers if not a.dead and a.count), default=None)
    for unit in seg.units:
        if not unit.figures and not unit.attackers:
            continue
        sentence = text[unit.sentence.start : unit.sentence.end].strip()
        for hit in unit.figures:
            speaker = Speakers.pick(_same_clause(text, unit.speakers, hit.start), hit.start)
            group = hit.group
            if ruling and group == PERPETRATORS and "taliban" in text[hit.start : hit.end].lower():
                group = "security_forces"  # "killing two Taliban members" after August 2021
            kind = speaker.kind if speaker else "unattributed"
            source = (speaker.source or "").lower() if speaker else ""
            if ruling and kind == "claim" and "taliban" in source and "spokes" in source:
                kind = "official"  # the Taliban government's spokesman
            reports.append(
                Report(
                    figure=hit.figure,
                    count=hit.count,
                    qualifier=hit.qualifier,
                    group=group,
                    kind=kind,
                    source=speaker.source if speaker else None,
                    sentence=sentence,
                    article_id=ctx.article.id,
                )
            )
            evidence.append((_field(hit.figure, group), hit.start, hit.end))
        for dead in unit.attackers:
            count = dead.count or attackers
            if not dead.dead or count is None:
                continue
            speaker = Speakers.pick(unit.speakers, dead.start)
            reports.append(
                Report(
                    figure="killed",
                    count=count,
                    qualifier="exact",
                    group=PERPETRATORS,
                    kind=speaker.kind if speaker else "unattributed",
                    source=speaker.source if speaker else None,
                    sentence=sentence,
                    article_id=ctx.article.id,
                )
            )
            evidence.append(("killed_perpetrators", dead.start, dead.end))
    return reports, evidence


def _aerial(text: str, units: list[Unit]) -> bool:
    """True when a state force is named by its air arm ("a Nigerian Air Force jet bombed ...")."""
    return any(hit.state and _AERIAL.search(text, hit.start, hit.end) for u in units for hit in u.groups)


def _raid(text: str, seg: Segment) -> bool:
    """True when a named state force did the killing on the ground and no group is named as attacker."""
    hits = [h for u in seg.units if u.anchor for h in u.groups]
    return any(h.state and raids(text, h) for h in hits[:1]) or (
        bool(hits) and all(h.state for h in hits) and any(raids(text, h) for h in hits)
    )


def _state_strike(text: str, seg: Segment, event_type: str, perpetrators: list[Perpetrator]) -> bool:
    """True for an air strike, shelling or ground raid whose every named actor is a state force."""
    return (
        (event_type in ("air_strike", "shelling") or _raid(text, seg))
        and bool(perpetrators)
        and all(_is_state(p.name) for p in perpetrators)
    )


def _struck(reports: list[Report]) -> list[Report]:
    """Reports of a state's strike: a group's word on its dead is no claim; when the fighters hit are the only
    dead (or the only wounded) reported (breakdowns such as "two of those killed" aside), they are the
    strike's victims, a part ("fighters") that adds to the others named with them ("a commander and two of
    his guards")."""
    reports = [r.model_copy(update={"kind": "unattributed"}) if r.kind == "claim" else r for r in reports]
    counted = {r.figure for r in reports if r.count and r.group != PERPETRATORS and "/" not in r.group}
    return [
        r.model_copy(update={"group": "fighters"})
        if r.group == PERPETRATORS and r.figure not in counted
        else r
        for r in reports
    ]


def _field(figure: str, group: str) -> str:
    if group == PERPETRATORS and figure in ("killed", "wounded"):
        return f"{figure}_perpetrators"
    return figure


@dataclass(init=False, slots=True)
class _Cues:
    """The cues of a segment's anchor units, by category (the first two units' targets apart)."""

    events: list[Cue]
    first_events: list[Cue]
    weapons: list[Cue]
    targets: list[Cue]
    coordinated: list[Cue]
    sites: list[Cue]

    def __init__(
        self,
        events: list[Cue],
        first_events: list[Cue],
        weapons: list[Cue],
        targets: list[Cue],
        coordinated: list[Cue],
        sites: list[Cue],
    ) -> None:
        """Written out so that mypyc compiles it (a dataclass-made __init__ stays interpreted)."""
        self.events = events
        self.first_events = first_events
        self.weapons = weapons
        self.targets = targets
        self.coordinated = coordinated
        self.sites = sites


def _gather(anchors: list[Unit]) -> _Cues:
    found = _Cues([], [], [], [], [], [])
    for index, unit in enumerate(anchors):
        for cue in unit.cues:
            category = cue.category
            if category == "event":
                found.events.append(cue)
                if index < 2:
                    found.first_events.append(cue)
            elif category == "weapon":
                found.weapons.append(cue)
            elif category == "target":
                if index < 2:
                    found.targets.append(cue)
            elif category == "coordinated":
                found.coordinated.append(cue)
            elif category == "sites":
                found.sites.append(cue)
    return found


def _event_type(cues: _Cues) -> tuple[str, list[Cue]]:
    chosen = pick_event_type(c.value for c in cues.first_events)
    pool = cues.first_events
    if chosen == "other":
        chosen = pick_event_type(c.value for c in cues.events)
        pool = cues.events
    every = {c.value for c in cues.events}
    for upgrade in ("suicide_bombing", "air_strike"):
        if (
            upgrade in every
            and chosen != upgrade
            and (upgrade == "suicide_bombing" or chosen in ("bombing", "other"))
        ):
            chosen, pool = upgrade, cues.events
            break
    return chosen, [c for c in pool if c.value == chosen]


def _weapons_targets(
    text: str, cues: _Cues, victims: Iterable[str]
) -> tuple[list[str], list[str], list[tuple[str, int, int]]]:
    weapon_cues = cues.weapons
    names = {c.value for c in weapon_cues}
    if "vehicle_bomb" in names and not any(
        c.value == "suicide_vest" and _EXPLICIT_VEST.search(text, c.start, c.end) for c in weapon_cues
    ):
        names.discard("suicide_vest")
    if names & _EXPLOSIVE:
        names.discard("explosives")
    weapons = [v for v in dict.fromkeys(c.value for c in weapon_cues) if v in names]
    targets = list(
        dict.fromkeys(
            [c.value for c in cues.targets] + [_VICTIM_TARGETS[g] for g in victims if g in _VICTIM_TARGETS]
        )
    )
    spans = [("weapons", c.start, c.end) for c in weapon_cues if c.value in names]
    spans += [("targets", c.start, c.end) for c in cues.targets]
    return weapons, targets, spans


def _confidence(
    incident_locations: list[Location], precision: str, reports: list[Report], perps: int, background: bool
) -> float:
    score = 0.3
    if incident_locations:
        level = LEVEL[incident_locations[0].precision]
        score += 0.15 + (0.1 if level >= 1 else 0.0) + (0.05 if level >= 2 else 0.0)
    else:
        score -= 0.1
    score += {"day": 0.15, "approximate": 0.05}.get(precision, 0.0)
    if any(r.kind != "claim" for r in reports):
        score += 0.1
    if any(r.kind in ("official", "medical") for r in reports):
        score += 0.05
    if perps:
        score += 0.05
    if background:
        score -= 0.15
    return round(min(0.95, max(0.05, score)), 2)


def build_incident(ctx: Context, seg: Segment, incident_id: str) -> Incident:
    """The incident a segment describes."""
    text = ctx.article.text
    locations, located = _locations(ctx, seg)
    anchors = [u for u in seg.units if u.anchor] or seg.units
    cues = _gather(anchors)
    event_type, type_cues = _event_type(cues)
    if event_type == "bombing" and _aerial(text, anchors):
        event_type = "air_strike"
    country = locations[0].country_code if locations else None
    ruling = country == "AF" and seg.date is not None and seg.date >= _TALIBAN_RULE
    perpetrators, perp_evidence = _perpetrators(ctx, seg, country, event_type, ruling=ruling)
    reports, report_evidence = _reports(ctx, seg, ruling=ruling)
    if _state_strike(text, seg, event_type, perpetrators):
        reports = _struck(reports)
    figures = tally(reports)
    victims = {r.group.split("/")[0] for r in reports if r.group != PERPETRATORS}
    weapons, targets, wt_spans = _weapons_targets(text, cues, sorted(victims))
    summary_unit = anchors[0]
    coordinated = cues.coordinated
    site_cues = cues.sites
    sites = max([int(c.value) for c in site_cues] + [1])
    admin1 = {loc.admin1_code for loc in locations if loc.admin1_code}
    if coordinated and len(admin1) > sites:
        sites = len(admin1)
    event_date, event_end, precision = seg.date, seg.end, seg.precision
    if event_date is None and ctx.ref is not None and not seg.background:
        event_date, precision = ctx.ref, "approximate"
    if event_end is not None and event_date is not None and event_end <= event_date:
        event_end = None
    evidence = [("summary", summary_unit.sentence.start, summary_unit.sentence.end)]
    evidence += [("locations", p.start, p.end) for p in located]
    if seg.date_hit is not None:
        evidence.append(("event_date", seg.date_hit.start, seg.date_hit.end))
    evidence += [("event_type", c.start, c.end) for c in type_cues[:3]]
    evidence += [(f, s, e) for f, s, e in wt_spans]
    evidence += perp_evidence + report_evidence
    evidence += [("coordinated", c.start, c.end) for c in coordinated]
    evidence += [("sites", c.start, c.end) for c in site_cues]
    bg = next((u.background for u in seg.units if u.background is not None), None)
    if seg.background and bg is not None:
        evidence.append(("background", bg.start, bg.end))
    article_id, article_text = ctx.article.id, ctx.article.text
    unique = [
        {"field": f, "article_id": article_id, "start": a, "end": b, "text": article_text[a:b]}
        for f, a, b in dict.fromkeys(evidence)
    ]
    return Incident.model_validate(
        {
            "incident_id": incident_id,
            "article_ids": [article_id],
            "sources": [Source.of(ctx.article)],
            "published_at": ctx.article.published_at,
            "event_date": event_date,
            "event_end": event_end,
            "date_precision": precision if event_date is not None else "unknown",
            "locations": locations,
            "event_type": event_type,
            "weapons": weapons,
            "targets": targets,
            "perpetrators": perpetrators,
            "sites": sites,
            **figures._asdict(),
            "reports": reports,
            "coordinated": bool(coordinated),
            "background": seg.background,
            "confidence": _confidence(locations, precision, reports, len(perpetrators), seg.background),
            "summary": " ".join(text[summary_unit.sentence.start : summary_unit.sentence.end].split())[:400],
            "evidence": unique,
        }
    )
