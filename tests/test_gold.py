"""The extractors against gold facts: the real seeds (fixtures/gold.jsonl) and the written releases of
every region (fixtures/gold_regions.jsonl). The bars are the F1 reached; raise them, never lower them."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import extract_facts
from nabd.evaluate import TypeScore, evaluate
from pipelines.checks.quality import F1_BARS
from tests.conftest import GOLD, GOLD_REGIONS, read_jsonl

REGION_BARS = {"count": 0.95, "date": 0.95, "budget": 0.95, "facility": 0.95}
BARS = {GOLD.name: F1_BARS, GOLD_REGIONS.name: REGION_BARS}


def _scores(path: Path, texts: dict[str, str]) -> dict[str, TypeScore]:
    gold = read_jsonl(path)
    predictions = {g["doc"]: [f.to_record(g["doc"]) for f in extract_facts(texts[g["doc"]])] for g in gold}
    return evaluate(gold, predictions)


@pytest.fixture(scope="module")
def scores(article_texts) -> dict[str, dict[str, TypeScore]]:
    return {path.name: _scores(path, article_texts) for path in (GOLD, GOLD_REGIONS)}


@pytest.mark.parametrize("gold_file", sorted(BARS))
@pytest.mark.parametrize("fact_type", sorted(F1_BARS))
def test_gold_f1_at_bar(scores, gold_file: str, fact_type: str) -> None:
    score = scores[gold_file][fact_type]
    bar = BARS[gold_file][fact_type]
    assert score.f1 >= bar, {
        "f1": round(score.f1, 3),
        "misses": score.misses,
        "false_alarms": score.false_alarms,
    }


def test_every_fact_points_at_its_evidence(article_texts) -> None:
    for text in article_texts.values():
        for fact in extract_facts(text):
            assert text[fact.start : fact.end] == fact.text
            assert fact.rule
