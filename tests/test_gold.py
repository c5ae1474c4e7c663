"""The extractors on the seed releases against their gold facts (fixtures/gold.jsonl)."""

from __future__ import annotations

import pytest

from extractors import extract_facts
from nabd.evaluate import evaluate
from pipelines.checks.quality import F1_BARS


@pytest.fixture(scope="module")
def scores(seed_texts, gold):
    predictions = {doc: [f.to_record(doc) for f in extract_facts(text)] for doc, text in seed_texts.items()}
    return evaluate(gold, predictions)


@pytest.mark.parametrize("fact_type", sorted(F1_BARS))
def test_gold_f1_at_bar(scores, fact_type: str) -> None:
    score = scores[fact_type]
    assert score.f1 >= F1_BARS[fact_type], {"misses": score.misses, "false_alarms": score.false_alarms}


def test_every_fact_points_at_its_evidence(seed_texts) -> None:
    for text in seed_texts.values():
        for fact in extract_facts(text):
            assert text[fact.start : fact.end] == fact.text
            assert fact.rule
