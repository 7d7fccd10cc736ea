"""The `best` rule: incident figures from the reports found in the text (and merged from other articles).

Rule, per figure (killed, wounded, killed_or_wounded; hospitalised reports stand in for wounded when no report
gives a wounded number):

1. Victims only. Reports whose group is "perpetrators" feed `killed_perpetrators` / `wounded_perpetrators`,
   never the victim figures.
2. Claims never count for victims: reports of kind "claim" stay in `reports` but are left out here. (For the
   perpetrators' own losses a group's statement is an admission, so claims do count there.)
3. Totals are reports of all victims (group "victims"). Reports of one group ("police", "civilians"...) are
   parts: the largest report of each group is taken (reports of one group in one sentence add up first) and
   the groups are added up (three policemen, one civilian and a child: 5). A group written
   "victims/journalists" is a breakdown ("... including nine journalists") and is never added. The parts' sum
   counts as one more total when there is no total, when it exceeds them all, or when it is an exact official
   sum and no total is an exact official one.
4. Vague amounts ("dozens", "several") never set `best` while any number is known; with only vague amounts,
   `best` and `max` stay unknown and `min` is the amount's nominal lower bound (dozens: 24).
5. `best` is the highest exact official (or medical) total when one exists and no "at least"/"more than" total
   says more (a witness's "at least" does not outweigh an official count); otherwise the highest total that
   is not an upper bound ("up to", "nearly").
6. `min` and `max` are the lowest and highest counts among those totals ("more than 20" counts as 20).
7. An explicit zero ("no casualties") counts only while no report gives a number above zero.
8. A revision of the toll ("rose to 42", "has risen to 24") sets `best` when it says more, whoever gave it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final, NamedTuple

from agents.extract.numbers import NUMBER, QUALIFIER, parse_count
from streams.records import Figure, Report

__all__ = ["TOTAL_GROUPS", "Tally", "figure_of", "tally"]

#: Groups that count everyone on one side.
TOTAL_GROUPS: Final = frozenset({"victims", "perpetrators"})
_TRUSTED: Final = frozenset({"official", "medical"})
_UNKNOWN: Final = Figure()
#: "rose to 42", "has risen to at least 24": a later count of the same toll.
_REVISION: Final = re.compile(
    rf"(?i)\b(?:rose|risen|rises|rising|climbed|climbs|climbing|jumped|increased|went\s+up|gone\s+up)\s+to\s+"
    rf"(?:(?:{QUALIFIER})\s+)?(?P<n>{NUMBER})(?![\w-])",
    re.ASCII,
)

#: What every `_REVISION` match contains (a cheap test first).
_REVISION_VERBS: Final = ("rose", "risen", "rises", "climb", "jumped", "increased", "went", "gone")


class Tally(NamedTuple):
    """The figures of an incident computed from its reports."""

    killed: Figure
    wounded: Figure
    killed_or_wounded: Figure
    killed_perpetrators: Figure
    wounded_perpetrators: Figure


#: A total the rule weighs: (count, qualifier, kind).
_Candidate = tuple[int, str, str]


def _sum_of_parts(parts: Sequence[Report]) -> _Candidate | None:
    """The groups' largest numeric reports added up (one sentence's reports of one group add up first)."""
    per_sentence: dict[tuple[str, str | None, str], list[Report]] = {}
    for report in parts:
        if report.qualifier in ("vague", "up_to"):
            continue
        per_sentence.setdefault((report.group, report.article_id, report.sentence), []).append(report)
    largest: dict[str, list[Report]] = {}
    for (group, _, _), reports in per_sentence.items():
        held = largest.get(group)
        if held is None or sum(r.count for r in reports) > sum(r.count for r in held):
            largest[group] = reports
    if not largest:
        return None
    chosen = [r for reports in largest.values() for r in reports]
    qualifier = "exact" if all(r.qualifier == "exact" for r in chosen) else "at_least"
    kind = "official" if all(r.kind in _TRUSTED for r in chosen) else "unattributed"
    return sum(r.count for r in chosen), qualifier, kind


def figure_of(reports: Iterable[Report]) -> Figure:
    """One figure from reports that all count the same thing (already filtered by figure and side)."""
    pool = list(reports)
    if not pool:
        return _UNKNOWN
    if any(r.count for r in pool):
        pool = [r for r in pool if r.count]
    totals: list[_Candidate] = [(r.count, r.qualifier, r.kind) for r in pool if r.group in TOTAL_GROUPS]
    parts = [r for r in pool if r.group not in TOTAL_GROUPS and "/" not in r.group]
    summed = _sum_of_parts(parts) if parts else None
    if summed is not None:
        numeric_totals = [c[0] for c in totals if c[1] != "vague"]
        trusted_sum = summed[1] == "exact" and summed[2] in _TRUSTED
        if (
            not numeric_totals
            or summed[0] > max(numeric_totals)
            or (trusted_sum and not any(c[1] == "exact" and c[2] in _TRUSTED for c in totals))
        ):
            totals.append(summed)
    if not totals:
        vague_parts = [r.count for r in parts if r.qualifier == "vague"]
        return Figure(min=min(vague_parts)) if vague_parts else _UNKNOWN
    numeric = [c for c in totals if c[1] != "vague"]
    if not numeric:
        return Figure(min=min(c[0] for c in totals))
    lower = max(
        (
            c[0] + (1 if c[1] == "more_than" else 0)
            for c in numeric
            if c[1] in ("at_least", "more_than") and c[2] != "witness"
        ),
        default=0,
    )
    trusted = [c[0] for c in numeric if c[1] == "exact" and c[2] in _TRUSTED]
    if trusted and max(trusted) >= lower:
        best = max(trusted)
    else:
        best = max([c[0] for c in numeric if c[1] != "up_to"] or [c[0] for c in numeric])
    revised = [r.count for r in pool if r.group in TOTAL_GROUPS and r.qualifier != "vague" and _revises(r)]
    if revised:
        best = max(best, *revised)
    counts = [c[0] for c in numeric]
    return Figure(best=best, min=min(counts), max=max(counts))


def _revises(report: Report) -> bool:
    """True when the report's sentence gives its count as a revision ("the toll rose to 42")."""
    low = report.sentence.lower()
    if not any(verb in low for verb in _REVISION_VERBS):
        return False
    for match in _REVISION.finditer(report.sentence):
        parsed = parse_count(match.group("n"))
        if parsed is not None and not parsed[1] and parsed[0] == report.count:
            return True
    return False


def tally(reports: Sequence[Report]) -> Tally:
    """All figures of an incident from its reports, by the rule above."""
    pools: dict[tuple[str, bool], list[Report]] = {}
    for report in reports:
        perpetrators = report.group == "perpetrators"
        if not perpetrators and report.kind == "claim":
            continue
        pools.setdefault((report.figure, perpetrators), []).append(report)
    wounded = pools.get(("wounded", False), [])
    if not any(r.qualifier != "vague" for r in wounded):
        wounded = wounded + pools.get(("hospitalised", False), [])
    return Tally(
        killed=_figure(pools.get(("killed", False))),
        wounded=_figure(wounded),
        killed_or_wounded=_figure(pools.get(("killed_or_wounded", False))),
        killed_perpetrators=_figure(pools.get(("killed", True))),
        wounded_perpetrators=_figure(pools.get(("wounded", True))),
    )


def _figure(pool: list[Report] | None) -> Figure:
    return figure_of(pool) if pool else _UNKNOWN
