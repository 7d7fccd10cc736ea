"""The mypyc build of the extraction core, loaded only when it was built from exactly the current sources.

`make compile` (scripts/compile_core.py) compiles the modules of `agents.extract` and `agents.geo` with mypyc
into `.cache/compiled/<digest>/`, where the digest covers every compiled source file and the interpreter. At
import, `install()` puts a finder first on `sys.meta_path` that loads those extension modules instead of the
`.py` files; an edited source changes the digest, so a stale build is never used: the pure-Python modules are.
`RADAR_PURE_PYTHON=1` turns the build off.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

__all__ = ["GROUP", "PACKAGES", "build_dir", "digest", "in_use", "install", "sources"]

#: Packages whose modules are compiled (their `__init__` stays Python).
PACKAGES = ("agents.extract", "agents.geo")
#: Name of mypyc's shared library for the group (`<GROUP>__mypyc`).
GROUP = "radar_core"
_ROOT = Path(__file__).resolve().parent.parent
_CACHE = _ROOT / ".cache" / "compiled"
_SKIP = frozenset({"__init__.py", "bench.py"})
_OFF = "RADAR_PURE_PYTHON"


def sources() -> list[Path]:
    """The source files that get compiled, in a stable order."""
    files: list[Path] = []
    for package in PACKAGES:
        folder = _ROOT.joinpath(*package.split("."))
        files += sorted(p for p in folder.glob("*.py") if p.name not in _SKIP)
    return files


def digest() -> str:
    """A hash of the compiled sources and the interpreter's cache tag."""
    hasher = hashlib.sha256((sys.implementation.cache_tag or "").encode())
    for path in sources():
        hasher.update(path.relative_to(_ROOT).as_posix().encode() + b"\0")
        hasher.update(path.read_bytes() + b"\0")
    return hasher.hexdigest()[:20]


def build_dir() -> Path:
    """Where the build of the current sources lives (it may not exist)."""
    return _CACHE / digest()


class _Finder(importlib.abc.MetaPathFinder):
    """Finds the compiled modules of PACKAGES, and mypyc's shared library, in one build folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        """The extension module's spec, or None to let the normal finders look."""
        package, _, name = fullname.rpartition(".")
        if package not in PACKAGES and fullname != f"{GROUP}__mypyc":
            return None
        parts = [*package.split("."), name] if package else [name]
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            candidate = self.folder.joinpath(*parts[:-1], parts[-1] + suffix)
            if candidate.is_file():
                return importlib.util.spec_from_file_location(fullname, candidate)
        return None


def install() -> bool:
    """Load the compiled core from now on when a build of the current sources exists; True when one does."""
    if os.environ.get(_OFF, "").strip().lower() in ("1", "true", "yes"):
        return False
    if any(isinstance(f, _Finder) for f in sys.meta_path):
        return True
    folder = build_dir()
    if not folder.is_dir():
        return False
    sys.meta_path.insert(0, _Finder(folder))
    return True


def in_use() -> bool:
    """True when the extraction modules loaded are the compiled ones."""
    module = sys.modules.get("agents.extract.casualties")
    return module is not None and str(getattr(module, "__file__", "")).endswith(
        tuple(importlib.machinery.EXTENSION_SUFFIXES)
    )
