"""Per-field accuracy of `extract` against the labelled articles in tests/data/articles/*.jsonl."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from agents.extract import extract
from streams.records import Article, Incident

DATA = Path(__file__).resolve().parents[2] / "data" / "articles"
FIELDS = ("country", "province", "killed", "wounded", "perpetrators", "date", "incidents")


@dataclass
class Score:
    """Hits and totals per field, and the misses for reading."""

    hits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    totals: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    misses: list[str] = field(default_factory=list)

    def add(self, name: str, ok: bool, note: str) -> None:
        self.totals[name] += 1
        self.hits[name] += int(ok)
        if not ok:
            self.misses.append(note)

    def accuracy(self, name: str) -> float:
        return self.hits[name] / self.totals[name] if self.totals[name] else 1.0


def load(paths: Iterable[Path] | None = None) -> list[dict[str, object]]:
    """Every labelled article (a dict with the Article fields and `expected`)."""
    rows: list[dict[str, object]] = []
    for path in sorted(paths or DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


def _match(expected: dict[str, object], incidents: list[Incident], used: set[int]) -> Incident | None:
    same_kind = [
        (i, inc)
        for i, inc in enumerate(incidents)
        if i not in used and inc.background == bool(expected.get("background"))
    ]
    for i, inc in same_kind:
        if inc.primary is not None and inc.primary.admin1_code == expected["admin1"]:
            used.add(i)
            return inc
    if same_kind:
        used.add(same_kind[0][0])
        return same_kind[0][1]
    return None


def score(rows: Sequence[dict[str, object]]) -> Score:
    """Score extraction over labelled articles."""
    result = Score()
    for row in rows:
        article = Article.model_validate(row)
        incidents = extract(article)
        expected_list = cast("list[dict[str, object]]", row["expected"])
        mains = [e for e in expected_list if not e.get("background")]
        got = [i for i in incidents if not i.background]
        result.add(
            "incidents", len(got) == len(mains), f"{article.id}: {len(got)} main incidents, want {len(mains)}"
        )
        used: set[int] = set()
        for n, exp in enumerate(expected_list):
            inc = _match(exp, incidents, used)
            tag = f"{article.id}#{n}"
            primary = inc.primary if inc is not None else None
            result.add(
                "country",
                primary is not None and primary.country_code == exp["country"],
                f"{tag} country {primary.country_code if primary else None} want {exp['country']}",
            )
            result.add(
                "province",
                primary is not None and primary.admin1_code == exp["admin1"],
                f"{tag} province {primary.admin1_code if primary else None} want {exp['admin1']}",
            )
            for name in ("killed", "wounded"):
                if name in exp:
                    value = getattr(inc, name).best if inc is not None else "missing"
                    result.add(name, value == exp[name], f"{tag} {name} {value} want {exp[name]}")
            if "perpetrators" in exp:
                names = sorted(p.name for p in inc.perpetrators) if inc is not None else None
                want = sorted(str(n) for n in cast("list[object]", exp["perpetrators"]))
                result.add("perpetrators", names == want, f"{tag} perpetrators {names} want {want}")
            if "date" in exp:
                date = inc.event_date.isoformat() if inc is not None and inc.event_date else None
                result.add("date", date == exp["date"], f"{tag} date {date} want {exp['date']}")
    return result


if __name__ == "__main__":
    outcome = score(load())
    for name in FIELDS:
        print(f"{name:13} {outcome.accuracy(name):6.1%}  ({outcome.hits[name]}/{outcome.totals[name]})")
    print("\n".join(outcome.misses))
