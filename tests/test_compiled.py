"""The compiled readers: built by `make setup`/`make build`, identical in what they read to their
sources, and never run in place of a source edited after the build."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import extractors
from extractors import compiled
from extractors.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))


def _python(code: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k != compiled.PURE_PYTHON_ENV}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=cwd,
        env={**clean, "PYTHONPATH": str(cwd), **env},
        capture_output=True,
        text=True,
        check=True,
    )


def _from_sources(code: str, *args: str) -> str:
    """What `code` prints when every compiled module runs from its source."""
    run = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env={**os.environ, compiled.PURE_PYTHON_ENV: "1"},
        capture_output=True,
        text=True,
        check=True,
    )
    return run.stdout


@pytest.fixture(scope="module")
def built() -> dict[str, bool]:
    """The compiled modules and whether this process runs them; fails where nothing was built."""
    modules = compiled.compiled_modules()
    if not modules:
        pytest.fail(
            f"the extractors are not compiled here ({compiled.MANIFEST} is missing): run `make build`"
        )
    return modules


def test_the_readers_run_compiled(built: dict[str, bool]) -> None:
    if os.environ.get(compiled.PURE_PYTHON_ENV) == "1":
        pytest.skip(f"{compiled.PURE_PYTHON_ENV}=1 runs the sources")
    assert compiled.stale_modules() == []
    for name in ("normalize", "numbers", "counts", "dates", "budgets", "facilities"):
        assert built[name], f"extractors.{name} runs from its source although it was compiled"


def test_the_sources_read_the_same_facts_as_the_build(built: dict[str, bool]) -> None:
    """Every fixture, read by the pure-Python sources in another process, gives the same facts."""
    code = (
        "import json, sys\n"
        "from extractors import compiled, extract_facts\n"
        "facts = [[f.to_record(p) for f in extract_facts(open(p, encoding='utf-8').read())]"
        " for p in sys.argv[1:]]\n"
        "print(json.dumps({'compiled': compiled.compiled_modules(), 'facts': facts}, ensure_ascii=False))\n"
    )
    pure = json.loads(_from_sources(code, *map(str, ARTICLES)))
    assert not any(pure["compiled"].values())
    here = [
        [f.to_record(str(p)) for f in extractors.extract_facts(p.read_text(encoding="utf-8"))]
        for p in ARTICLES
    ]
    assert sum(map(len, here)) > 100
    assert pure["facts"] == json.loads(json.dumps(here, ensure_ascii=False))


# Text the build reads character by character where the sources read it with NumPy: marks, tatweel,
# glued words, ligatures, Eastern and Persian digits, invisible marks, and characters past the BMP and
# lone surrogates (which both read with NumPy).
TRICKY = [
    "مُسْتَشْفَى الملكـــ فهد بالمدينةالمنورة: ٢٥٠ سريراً و۳ عيادات\u200f",
    "ﻻ إله \ufefb ﷲ «٢٠٢٤م» ١٤٤٥/٠٩/١٠هـ\u00a0نهاية",
    "ة" * 3 + "ىا" + "\u0640" * 4,
    "تقرير 😷 صحي \U0001f3e5 في 2024",
    "نص \ud800 بنصف زوج",
    "",
]


def test_the_sources_normalise_as_the_build(built: dict[str, bool]) -> None:
    code = (
        "import json, sys\n"
        "from extractors.normalize import normalize\n"
        "out = [normalize(t) for t in json.loads(sys.argv[1])]\n"
        "print(json.dumps([[n.text, n.seg_norm, n.seg_orig, n.seg_width] for n in out]))\n"
    )
    pure = json.loads(_from_sources(code, json.dumps(TRICKY)))
    here = [normalize(t) for t in TRICKY]
    assert pure == [[n.text, list(n.seg_norm), list(n.seg_orig), list(n.seg_width)] for n in here]
    assert here[0].text.startswith("مستشفي الملك فهد بالمدينه المنوره")


def test_a_reader_edited_after_the_build_runs_from_its_source(built: dict[str, bool], tmp_path: Path) -> None:
    package = tmp_path / "extractors"
    shutil.copytree(Path(extractors.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    with (package / "facts.py").open("a", encoding="utf-8") as source:
        source.write("\nEDITED_AFTER_THE_BUILD = True\n")
    code = (
        "import json\n"
        "from extractors import compiled, facts\n"
        "print(json.dumps([getattr(facts, 'EDITED_AFTER_THE_BUILD', False), compiled.compiled_modules()]))\n"
    )
    run = _python(code, tmp_path)
    edited, modules = json.loads(run.stdout)
    assert edited is True
    assert modules["facts"] is False and modules["normalize"] is True
    assert "facts changed after the extractors were compiled" in run.stderr
