"""Fact, Article and NormalizedText behave as the dataclasses they are from source, compiled or not:
they compare, print, pickle and hold exactly what they were given."""

from __future__ import annotations

import dataclasses
import pickle

import numpy as np
import pytest

from extractors import extract_facts, read_article
from extractors.facts import Fact
from extractors.normalize import normalize

RELEASE = "أعلنت وزارة الصحة افتتاح 12 مركزاً صحياً في الرياض بتكلفة 40 مليون ريال يوم 3 مارس 2024"


def test_facts_compare_print_and_pickle_as_dataclasses() -> None:
    facts = extract_facts(RELEASE)
    assert facts and pickle.loads(pickle.dumps(facts)) == facts
    fact = facts[0]
    assert repr(fact).startswith(f"Fact(type={fact.type!r}, start={fact.start!r}, end={fact.end!r}, ")
    assert [f.name for f in dataclasses.fields(fact)] == [
        "type", "start", "end", "text", "rule", "attrs", "note", "ambiguous", "confidence",
    ]  # fmt: skip
    assert fact != dataclasses.replace(fact, note="other") and fact != (fact.type, fact.start)
    with pytest.raises(TypeError):
        hash(fact)


def test_a_fact_holds_what_it_was_given() -> None:
    """A row read back from a table gives NumPy integers; an int confidence stays an int."""
    fact = Fact("count", np.int64(3), np.int64(5), "12", "gold", {"value": 12}, confidence=1)
    assert type(fact.start) is np.int64 and fact.confidence == 1 and type(fact.confidence) is int
    assert Fact("count", 0, 2, "12", "gold").attrs == {} and not Fact("date", 0, 1, "x", "r").ambiguous
    fact.note = "named elsewhere in the release"  # the facilities reader rewrites a mention's reading
    fact.attrs = {"value": 13}
    assert fact.to_record("doc")["value"] == 13 and fact.to_record("doc")["note"]


def test_articles_and_normalized_texts_are_frozen_values() -> None:
    article = read_article(RELEASE)
    assert article.country == "SA" and article.text == normalize(RELEASE).text
    assert article == read_article(RELEASE) and hash(article.norm) == hash(normalize(RELEASE))
    assert pickle.loads(pickle.dumps(article.norm)) == article.norm
    with pytest.raises(AttributeError):  # FrozenInstanceError from source, a read-only field compiled
        article.country = "EG"  # type: ignore[misc]
