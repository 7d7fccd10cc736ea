"""Extraction speed on one core over seed-sized articles, and the process's peak memory.

Run: make bench-extract  (or: .venv/bin/python -m benchmarks.extract --seconds 10)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
from pathlib import Path

from agents.extract import extract
from streams.local import ROOT
from streams.replay import DEFAULT_SEEDS, load_articles


def run(seconds: float) -> dict[str, object]:
    """Extract the seeds over and over for `seconds`; return the figures."""
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    articles = load_articles([ROOT / DEFAULT_SEEDS])
    for article in articles:  # warm-up: gazetteer and regexes built, not counted
        extract(article)
    done = 0
    chars = 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        for article in articles:
            extract(article)
            chars += len(article.text)
        done += len(articles)
    elapsed = time.perf_counter() - started
    return {
        "articles": done,
        "seconds": round(elapsed, 2),
        "articles_per_s": round(done / elapsed, 1),
        "mean_article_chars": round(chars / done),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--out", type=Path, default=ROOT / "var" / "bench" / "extract.json")
    args = parser.parse_args()
    figures = run(args.seconds)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, indent=2))
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
