"""The mypyc build of the extraction core: found only for current sources, and gives the same incidents."""

from __future__ import annotations

import importlib.machinery
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from agents import compiled
from streams.local import ROOT

_DUMP = """
import json, sys
from pathlib import Path
from agents import compiled
from agents.extract import extract
from streams.records import Article
from streams.replay import load_articles
root = Path(sys.argv[1])
articles = load_articles([root / "seeds"])
for path in sorted((root / "tests" / "data" / "articles").rglob("*.jsonl")):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            articles.append(Article.model_validate_json(line))
print(json.dumps({"compiled": compiled.in_use(), "articles": len(articles)}))
for article in articles:
    for incident in extract(article):
        print(incident.model_dump_json())
"""


def _dump(pure: bool) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k != "RADAR_PURE_PYTHON"}
    if pure:
        env["RADAR_PURE_PYTHON"] = "1"
    command = [sys.executable, "-c", _DUMP, str(ROOT)]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.splitlines()


def test_the_sources_are_every_module_of_the_core_but_package_inits() -> None:
    names = {p.relative_to(ROOT).as_posix() for p in compiled.sources()}
    assert "agents/extract/casualties.py" in names
    assert "agents/geo/matcher.py" in names
    assert not any(n.endswith("__init__.py") for n in names)
    assert all(n.startswith(("agents/extract/", "agents/geo/")) for n in names)


def test_the_digest_follows_the_sources_and_names_the_build_folder() -> None:
    assert compiled.digest() == compiled.digest()
    assert compiled.build_dir().name == compiled.digest()


def test_the_finder_serves_only_the_core_packages_and_the_shared_library(tmp_path: Path) -> None:
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    (tmp_path / "agents" / "extract").mkdir(parents=True)
    (tmp_path / "agents" / "extract" / f"dates{suffix}").touch()
    (tmp_path / f"{compiled.GROUP}__mypyc{suffix}").touch()
    finder = compiled._Finder(tmp_path)
    spec = finder.find_spec("agents.extract.dates", None)
    assert spec is not None and spec.origin == str(tmp_path / "agents" / "extract" / f"dates{suffix}")
    shared = finder.find_spec(f"{compiled.GROUP}__mypyc", None)
    assert shared is not None and shared.origin == str(tmp_path / f"{compiled.GROUP}__mypyc{suffix}")
    assert finder.find_spec("agents.extract.numbers", None) is None  # not built: the .py is used
    assert finder.find_spec("agents.rules.engine", None) is None  # not part of the core
    assert finder.find_spec("dates", None) is None


def test_the_compiled_core_gives_exactly_the_pure_python_incidents() -> None:
    if not compiled.build_dir().is_dir():
        pytest.skip("no build of the current sources: run `make compile`")
    fast, slow = _dump(pure=False), _dump(pure=True)
    assert json.loads(fast[0])["compiled"] is True
    assert json.loads(slow[0])["compiled"] is False
    assert json.loads(fast[0])["articles"] > 150
    assert len(fast) > 150
    assert fast[1:] == slow[1:]
