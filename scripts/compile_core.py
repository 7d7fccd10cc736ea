"""Compile the extraction core (agents.extract, agents.geo) with mypyc into .cache/compiled/<digest>/.

Run: make compile. Nothing happens when a build of the current sources exists, or when RADAR_PURE_PYTHON=1
(then the pure-Python modules run). Needs a C compiler and the Python headers.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PURE = os.environ.get("RADAR_PURE_PYTHON", "").strip().lower() in ("1", "true", "yes")
os.environ["RADAR_PURE_PYTHON"] = "1"  # this process must not load an older build while it compiles
sys.path.insert(0, str(ROOT))

from agents import compiled  # noqa: E402


def _build(target: Path, paths: list[str]) -> None:
    from mypyc.build import mypycify
    from setuptools import setup

    with tempfile.TemporaryDirectory(dir=target.parent) as scratch:
        work = Path(scratch)
        modules = mypycify(paths, group_name=compiled.GROUP, target_dir=str(work / "c"), opt_level="3")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # setuptools' notes on pyproject.toml, not about this build
            setup(
                name="radar-core",
                ext_modules=modules,
                script_args=["-q", "build_ext", "--build-lib", str(work / "lib"), "--build-temp", str(work)],
            )
        (work / "lib").rename(target)


def main() -> int:
    """Build unless a build of the current sources exists; 0 on success."""
    if PURE:
        print("RADAR_PURE_PYTHON is set: the core is not compiled")
        return 0
    target = compiled.build_dir()
    if target.is_dir():
        print(f"compiled core up to date: {target.relative_to(ROOT)}")
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    paths = [str(p.relative_to(ROOT)) for p in compiled.sources()]
    os.chdir(ROOT)
    try:
        _build(target, paths)
    except (SystemExit, Exception) as exc:  # setuptools reports a failed compiler run as SystemExit
        print(
            f"compiling the core failed ({type(exc).__name__}: {exc}); install a C compiler and the Python "
            "headers, or set RADAR_PURE_PYTHON=1 to run the pure-Python core",
            file=sys.stderr,
        )
        return 1
    for old in target.parent.iterdir():
        if old.is_dir() and old != target and not old.name.startswith("tmp"):
            shutil.rmtree(old, ignore_errors=True)
    print(f"compiled {len(paths)} modules into {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
