"""The `nabd` command as a user runs it: extract, evaluate, run."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ARTICLES, GOLD, ROOT

REQUIRED = {"doc", "type", "text", "start", "end"}
BY_TYPE = {
    "count": {"value", "unit"},
    "date": {"value"},
    "budget": {"amount", "currency"},
    "facility": {"name", "kind"},
}


def nabd(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nabd", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**__import__("os").environ, "PYTHONPATH": str(ROOT)},
    )


def test_extract_prints_one_fact_per_line_with_exact_offsets(article_texts) -> None:
    paths = sorted(ARTICLES.glob("*.txt"))
    out = nabd("extract", *map(str, paths))
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert lines
    for fact in lines:
        assert REQUIRED | BY_TYPE[fact["type"]] <= fact.keys()
        assert article_texts[fact["doc"]][fact["start"] : fact["end"]] == fact["text"]
    budgets = {
        (f["amount"], f["currency"]) for f in lines if f["doc"].startswith("004_") and f["type"] == "budget"
    }
    assert budgets == {(11320000, "MAD"), (2582000, "MAD")}


def test_extract_names_a_missing_file_and_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    shutil.copy(ARTICLES / "004_f8f55f1d287d3445.txt", good)
    out = nabd("extract", str(tmp_path / "nope.txt"), str(good))
    assert out.returncode == 0
    assert "nope.txt" in out.stderr and len(out.stderr.strip().splitlines()) == 1
    assert out.stdout.strip()


def test_extract_fails_only_when_nothing_could_be_read(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes(b"\x00\x01\x02binary\x00")
    out = nabd("extract", str(bad), str(tmp_path / "missing.txt"))
    assert out.returncode == 1
    assert "latin1.txt" in out.stderr and "missing.txt" in out.stderr


def test_evaluate_prints_scores_per_type() -> None:
    out = nabd("evaluate", str(GOLD), str(ARTICLES), "--json")
    assert out.returncode == 0, out.stderr
    scores = {s["fact_type"]: s for s in json.loads(out.stdout)["scores"]}
    assert set(scores) == {"count", "date", "budget", "facility"}
    assert all(0.0 <= s["f1"] <= 1.0 for s in scores.values())


def test_run_loads_the_fixtures_and_prints_a_summary(tmp_path: Path) -> None:
    url = f"duckdb:///{tmp_path / 'cli.duckdb'}"
    out = nabd(
        "run", "--input", str(ARTICLES), "--warehouse", url, "--reports", str(tmp_path / "r"), cwd=tmp_path
    )
    assert out.returncode == 0, out.stderr
    assert f"documents: {len(list(ARTICLES.glob('*.txt')))} read, 0 quarantined" in out.stdout
    assert url in out.stdout
    again = nabd(
        "run", "--input", str(ARTICLES), "--warehouse", url, "--reports", str(tmp_path / "r"), cwd=tmp_path
    )
    assert again.stdout.splitlines()[:5] == out.stdout.splitlines()[:5]
