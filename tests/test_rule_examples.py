"""Runs every rule's corpus of examples, kept beside the rule, Duckling-style."""

from __future__ import annotations

import pytest

from extractors import READERS, extract_facts
from extractors.examples import Example

CASES = [(reader.__name__.rsplit(".", 1)[-1], ex) for reader in READERS for ex in reader.EXAMPLES]


def _label(case: tuple[str, Example]) -> str:
    module, ex = case
    return f"{module}:{'neg' if ex.negative else 'pos'}:{ex.text[:40]}"


def test_every_reader_carries_examples_and_negatives() -> None:
    for reader in READERS:
        assert any(not ex.negative for ex in reader.EXAMPLES), reader.__name__
        assert any(ex.negative for ex in reader.EXAMPLES), reader.__name__


@pytest.mark.parametrize("case", CASES, ids=[_label(c) for c in CASES])
def test_example(case: tuple[str, Example]) -> None:
    _, ex = case
    facts = [f for f in extract_facts(ex.text, ex.country) if f.type == ex.type]
    for fact in facts:
        assert ex.text[fact.start : fact.end] == fact.text
    if ex.negative:
        assert not facts, [f.to_record("example") for f in facts]
        return
    readings = [f.attrs for f in facts]
    assert any(all(r.get(k) == v for k, v in ex.expect.items()) for r in readings), readings
