"""Benchmark: gazetteer build time and scan time per article (`python -m agents.geo.bench [files...]`)."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from agents.geo.gazetteer import Gazetteer

ROUNDS = 500


def main(argv: list[str]) -> None:
    """Print build time, then per-article scan time (median of ROUNDS) and its rate per 2.5 KB."""
    paths = [Path(a) for a in argv] or sorted(Path("seeds").glob("*.txt"))
    started = time.perf_counter()
    gazetteer = Gazetteer()
    print(f"build: {time.perf_counter() - started:.3f} s")
    for path in paths:
        text = path.read_text(encoding="utf-8")
        laps = []
        for _ in range(ROUNDS):
            lap = time.perf_counter()
            mentions = gazetteer.scan(text)
            laps.append(time.perf_counter() - lap)
        median = statistics.median(laps) * 1000
        print(
            f"{path.name}: {len(text)} chars, {len(mentions)} mentions, scan {median:.3f} ms "
            f"({median / len(text) * 2500:.3f} ms per 2.5 KB)"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
