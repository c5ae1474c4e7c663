"""Review: verdicts keyed by span survive reloads, CSV round trips, and the precision they imply."""

from __future__ import annotations

import argparse
import csv
import math

import pandas as pd
import pytest
from test_audit import SEED, fact_at, seed_facts

import warehouse
from extractors.facts import Fact
from nabd import review
from nabd.commands import review as review_command
from nabd.records import documents_frame, fact_row, facts_frame
from warehouse.testing import warehouse_fixtures

OTHER = "001_cb100b3f2a184bab.txt"


def main(argv: list[str]) -> int:
    """`nabd review ...` through this command's own parser, as nabd.cli wires it."""
    parser = argparse.ArgumentParser(prog="nabd")
    review_command.add_parser(parser.add_subparsers(dest="command", required=True))
    return review_command.run(parser.parse_args(argv))


postgres_url, warehouse_engine = warehouse_fixtures()


@pytest.fixture
def engine(warehouse_engine):
    """A scratch warehouse, DuckDB and PostgreSQL in turn: review uses nothing backend-specific."""
    return warehouse_engine


@pytest.fixture
def url(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def load(engine, texts: dict[str, str], facts: dict[str, list[Fact]], run_id: str) -> None:
    documents = documents_frame(
        {"doc": doc, "text": text, "n_chars": len(text)} for doc, text in texts.items()
    )
    rows = facts_frame(fact_row(doc, f) for doc, fs in facts.items() for f in fs)
    warehouse.load_batch(engine, documents, rows, run_id=run_id, extractor_version="test")


def by_type(engine) -> dict[str, dict]:
    return {row["fact_type"]: row for row in review.precision_by_type(engine).to_dict("records")}


def span(fact: Fact) -> tuple[str, int, int]:
    return (fact.type, fact.start, fact.end)


@pytest.fixture
def seed(seed_texts):
    original = seed_texts[SEED]
    facts = seed_facts(original)
    missed = fact_at(original, "count", "عدد 22 مركزاً", {"value": 22, "unit": "health_centre"})
    return original, facts, missed


def judge_seed(engine, facts: list[Fact], missed: Fact) -> None:
    eighty, eight, _, crossing, _, cluster = facts
    for fact, verdict in ((eighty, "correct"), (eight, "correct"), (crossing, "wrong"), (cluster, "correct")):
        review.mark(engine, SEED, *span(fact), verdict, reviewer="amal")
    review.add(engine, SEED, *span(missed), value="22", note="عدد before the number", reviewer="amal")


def test_verdicts_survive_reloads_and_follow_the_extraction(engine, seed):
    original, facts, missed = seed
    load(engine, {SEED: original}, {SEED: facts}, "run-1")
    judge_seed(engine, facts, missed)
    before = review.precision_by_type(engine)
    first = by_type(engine)
    assert (first["count"]["judged"], first["count"]["precision"]) == (2, 1.0)
    assert (first["facility"]["correct"], first["facility"]["wrong"]) == (1, 1)
    assert (first["count"]["missed"], first["count"]["recall_hint"]) == (1, 2 / 3)
    assert math.isnan(first["date"]["precision"]) and first["date"]["judged"] == 0

    load(engine, {SEED: original}, {SEED: facts}, "run-2")
    pd.testing.assert_frame_equal(review.precision_by_type(engine), before)

    # A new rule finds the missed count and loses the 8 centres that were judged correct.
    improved = [f for f in facts if f.start != facts[1].start] + [missed]
    load(engine, {SEED: original}, {SEED: improved}, "run-3")
    now = by_type(engine)["count"]
    assert (now["judged"], now["correct"], now["stale"]) == (1, 1, 1)
    assert (now["missed"], now["recall_hint"]) == (1, 2 / 3)
    assert now["extracted"] == 3


def test_a_later_verdict_replaces_the_earlier_one(engine, seed):
    original, facts, _ = seed
    load(engine, {SEED: original}, {SEED: facts}, "run-1")
    review.mark(engine, SEED, *span(facts[0]), "wrong", reviewer="amal")
    review.mark(engine, SEED, *span(facts[0]), "correct", note="checked twice", reviewer="omar")
    stored = review.reviews(engine)
    assert stored[["verdict", "note", "reviewer", "surface"]].values.tolist() == [
        ["correct", "checked twice", "omar", "80 مركزاً صحياً"]
    ]


def test_judgements_must_point_at_real_facts_and_text(engine, seed):
    original, facts, missed = seed
    load(engine, {SEED: original}, {SEED: facts}, "run-1")
    with pytest.raises(review.ReviewError, match="no such fact was extracted"):
        review.mark(engine, SEED, *span(missed), "correct")
    with pytest.raises(review.ReviewError, match="this fact was extracted"):
        review.add(engine, SEED, *span(facts[0]))
    with pytest.raises(review.ReviewError, match="span outside the text"):
        review.add(engine, SEED, "count", len(original) - 2, len(original) + 5)
    with pytest.raises(review.ReviewError, match="no such document"):
        review.add(engine, "nowhere.txt", "count", 0, 4)
    with pytest.raises(review.ReviewError, match="correct or wrong"):
        review.mark(engine, SEED, *span(facts[0]), "missed")
    assert review.reviews(engine).empty


def read_rows(path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def write_rows(path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=review.CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)


def test_export_then_import_a_filled_review_file(engine, seed, seed_texts, tmp_path):
    original, facts, missed = seed
    other = seed_texts[OTHER]
    other_fact = fact_at(other, "count", "111 منشأة صحية", {"value": 111, "unit": "facility"})
    load(engine, {SEED: original, OTHER: other}, {SEED: facts, OTHER: [other_fact]}, "run-1")

    path = tmp_path / "review.csv"
    assert review.export_csv(engine, [SEED], path) == len(facts)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_rows(path)
    assert [(r["fact_type"], int(r["span_start"]), int(r["span_end"])) for r in rows] == sorted(
        (span(f) for f in facts), key=lambda s: (s[1], s[2], s[0])
    )
    assert {r["verdict"] for r in rows} == {""}
    eighty = next(r for r in rows if r["surface"] == "80 مركزاً صحياً")
    assert eighty["reading"] == "80 · health_centre"
    assert "ممثلة في التجمع الصحي" in eighty["context"]

    eighty["verdict"] = "correct"
    rows[-1]["verdict"] = "Wrong "
    rows.append(
        {"doc": SEED, "fact_type": "count", "surface": missed.text, "verdict": "missed", "value": "22"}
    )
    write_rows(path, rows)
    assert review.import_csv(engine, path, reviewer="amal") == 3

    stored = {(r.fact_type, r.span_start, r.span_end): r for r in review.reviews(engine).itertuples()}
    assert stored[span(missed)].verdict == "missed" and stored[span(missed)].note == "value: 22"
    assert stored[span(facts[0])].verdict == "correct"

    assert review.export_csv(engine, [SEED], path) == len(facts) + 1
    again = read_rows(path)
    assert sorted(r["verdict"] for r in again if r["verdict"]) == ["correct", "missed", "wrong"]


def test_a_bad_review_file_stores_nothing_and_says_where(engine, seed, tmp_path):
    original, facts, _ = seed
    load(engine, {SEED: original}, {SEED: facts}, "run-1")
    path = tmp_path / "review.csv"
    review.export_csv(engine, [SEED], path)
    rows = read_rows(path)
    rows[0]["verdict"] = "correct"
    rows[1]["verdict"] = "maybe"
    write_rows(path, rows)
    with pytest.raises(review.ReviewError, match=r"review\.csv:3: .*'maybe'"):
        review.import_csv(engine, path)
    rows[1]["verdict"] = ""
    rows.append({"doc": SEED, "fact_type": "count", "surface": "مراكز صحية", "verdict": "missed"})
    write_rows(path, rows)
    with pytest.raises(review.ReviewError, match="occurs 2 times"):
        review.import_csv(engine, path)
    assert review.reviews(engine).empty


@pytest.mark.parametrize(
    ("successes", "n", "low", "high"),
    [(8, 10, 0.4902, 0.9433), (5, 5, 0.5655, 1.0), (0, 4, 0.0, 0.4899), (50, 100, 0.4038, 0.5962)],
)
def test_wilson_interval(successes, n, low, high):
    assert review.wilson_interval(successes, n) == pytest.approx((low, high), abs=1e-4)


def test_wilson_interval_of_nothing_is_unknown():
    assert all(math.isnan(x) for x in review.wilson_interval(0, 0))


def test_cli_marks_adds_and_summarises(engine, url, seed, capsys, tmp_path):
    original, facts, missed = seed
    load(engine, {SEED: original}, {SEED: facts}, "run-1")
    engine.dispose()
    for fact, verdict in ((facts[0], "correct"), (facts[1], "correct"), (facts[3], "wrong")):
        assert main(["review", "mark", SEED, *map(str, span(fact)), verdict, "--warehouse", url]) == 0
    assert main(["review", "add", SEED, *map(str, span(missed)), "--value", "22", "--warehouse", url]) == 0
    assert main(["review", "mark", SEED, "count", "0", "3", "correct", "--warehouse", url]) == 1
    assert "no such fact was extracted" in capsys.readouterr().err

    assert main(["review", "summary", "--warehouse", url]) == 0
    lines = {line.split()[0]: line.split() for line in capsys.readouterr().out.splitlines() if line.strip()}
    assert lines["count"][:5] == ["count", "3", "2", "100%", "34%-100%"]
    assert lines["count"][5:] == ["1", "67%"]
    assert lines["facility"][:4] == ["facility", "3", "1", "0%"]

    path = tmp_path / "out.csv"
    assert main(["review", "export", SEED, "-o", str(path), "--warehouse", url]) == 0
    assert main(["review", "import", str(path), "--warehouse", url, "--reviewer", "omar"]) == 0
    assert "4 verdicts stored" in capsys.readouterr().out


@pytest.mark.parametrize("action", ["export", "import", "mark", "add", "summary"])
def test_every_action_explains_itself(action, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["review", action, "--help"])
    assert exit_.value.code == 0
    assert f"nabd review {action}" in capsys.readouterr().out
