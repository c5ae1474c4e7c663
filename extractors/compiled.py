"""Which extractor modules run compiled, and the sources that run instead when a build is stale.

`make setup` compiles the modules in `COMPILED` with Cython (setup.py). Python imports a compiled module
in preference to its `.py`, so a rule edited after the build would silently not run until the next one.
This finder, installed before any reader is imported, loads the source of every module whose `.py` no
longer hashes to what the build compiled, with a warning; with `NABD_PURE_PYTHON=1` it loads every
source (for a debugger, a line profiler, or to compare the two). Standard library only: setup.py reads
this file before anything is installed.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
import warnings
from collections.abc import Sequence
from functools import cache
from importlib.machinery import EXTENSION_SUFFIXES, ModuleSpec
from pathlib import Path
from types import ModuleType

# The modules extraction runs through. Not the language data (dicts read once at start-up), nor the
# package's __init__ (it installs the stale-build check before anything else is imported), nor the spaCy
# glue and the example records, which no release passes through.
COMPILED = (
    "article", "budgets", "counts", "counts_grammar", "dates", "dates_calendar", "dates_patterns",
    "facilities", "facility_lexicon", "facility_lists", "facility_names", "facility_place", "facts",
    "normalize", "numbers", "patterns", "region",
)  # fmt: skip
PACKAGE = "extractors"
MANIFEST = "compiled_sources.json"
PURE_PYTHON_ENV = "NABD_PURE_PYTHON"
_HERE = Path(__file__).parent


@cache
def _built_hashes() -> dict[str, str]:
    """Module name -> hash of the source the build compiled; empty where nothing was built."""
    try:
        return json.loads((_HERE / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


def source_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _has_build(name: str) -> bool:
    return any((_HERE / f"{name}{suffix}").exists() for suffix in EXTENSION_SUFFIXES)


def stale_modules() -> list[str]:
    """The compiled modules whose source changed after the build (they run from source)."""
    return [
        name
        for name, built in _built_hashes().items()
        if _has_build(name) and (source := _HERE / f"{name}.py").is_file() and source_hash(source) != built
    ]


class _SourceWhenStale:
    """A meta path finder that answers only for stale (or, with NABD_PURE_PYTHON=1, all) compiled
    modules of the package, with the spec of their source; the default finders answer the rest."""

    def __init__(self, names: frozenset[str]) -> None:
        self.names = names

    def find_spec(
        self, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        if package != PACKAGE or name not in self.names:
            return None
        return importlib.util.spec_from_file_location(fullname, _HERE / f"{name}.py")


def install() -> None:
    """Route the stale modules (or all, under NABD_PURE_PYTHON=1) to their sources; call before
    importing any reader."""
    if any(isinstance(finder, _SourceWhenStale) for finder in sys.meta_path):
        return
    if os.environ.get(PURE_PYTHON_ENV) == "1":
        names = frozenset(_built_hashes())
    else:
        names = frozenset(stale_modules())
        if names:
            warnings.warn(
                f"{', '.join(sorted(names))} changed after the extractors were compiled: running "
                f"{'its' if len(names) == 1 else 'their'} source, which is slower, until `make build`",
                stacklevel=2,
            )
    if names:
        sys.meta_path.insert(0, _SourceWhenStale(names))


def compiled_modules() -> dict[str, bool]:
    """Each module the build compiled that this process has imported, and whether it runs compiled."""
    return {
        name: not module.__file__.endswith(".py")
        for name in _built_hashes()
        if (module := sys.modules.get(f"{PACKAGE}.{name}")) is not None and module.__file__
    }
