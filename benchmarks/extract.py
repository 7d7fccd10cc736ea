"""Extraction speed on one core over seed-sized articles, and the process's peak memory.

Run: make bench-extract  (or: .venv/bin/python -m benchmarks.extract --seconds 10)

The seeds are extracted in rounds of 100 articles for `--seconds`; the figures are the median round, the best
round and the slowest tenth, because this kind of shared machine moves single runs by a quarter or more. A
fixed pure-Python loop is timed before and after (`reference_loop_ms`): when it is slow, the machine was slow.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import time
from pathlib import Path

import agents.extract
from agents.extract import extract
from streams.local import ROOT
from streams.replay import DEFAULT_SEEDS, load_articles

ROUND = 25  # passes over the four seeds per timed round (100 articles)


def _core() -> str:
    """Which build of the extraction core is loaded: mypyc-compiled or pure Python."""
    module_file = getattr(agents.extract.casualties, "__file__", "") or ""
    return "compiled" if module_file.endswith((".so", ".pyd")) else "pure"


def _reference_ms() -> float:
    """Milliseconds for a fixed pure-Python loop, best of three: how fast this machine runs right now."""
    best = float("inf")
    for _ in range(3):
        begun = time.perf_counter()
        total = 0
        for number in range(1_000_000):
            total += number * number
        best = min(best, time.perf_counter() - begun)
    return round(best * 1000, 1)


def run(seconds: float) -> dict[str, object]:
    """Extract the seeds in rounds for `seconds`; return the figures."""
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    articles = load_articles([ROOT / DEFAULT_SEEDS])
    for article in articles:  # warm-up: gazetteer and regexes built, not counted
        extract(article)
    reference_before = _reference_ms()
    rates: list[float] = []
    chars = 0
    done = 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        begun = time.perf_counter()
        for _ in range(ROUND):
            for article in articles:
                extract(article)
                chars += len(article.text)
        rates.append(ROUND * len(articles) / (time.perf_counter() - begun))
        done += ROUND * len(articles)
    elapsed = time.perf_counter() - started
    reference_after = _reference_ms()
    rates.sort()
    return {
        "core": _core(),
        "articles": done,
        "seconds": round(elapsed, 2),
        "rounds": len(rates),
        "articles_per_s": round(statistics.median(rates), 1),
        "best_round_per_s": round(rates[-1], 1),
        "slowest_tenth_per_s": round(rates[len(rates) // 10], 1),
        "overall_per_s": round(done / elapsed, 1),
        "mean_article_chars": round(chars / done),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "reference_loop_ms": [reference_before, reference_after],
    }


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--out", type=Path, default=ROOT / "var" / "bench" / "extract.json")
    args = parser.parse_args()
    figures = run(args.seconds)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, indent=2))
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
