"""Score extractions against gold annotations, the way ANNOTATION.md defines a fact.

Scoring is per document and per type on unique values: a count is (value, unit), a date its ISO value
(any of `alt`), a budget (amount, currency), a facility its name compared after normalisation (so ة/ه and
hamza spellings do not count as misses). Predictions that match an `optional` gold item are neither
right nor wrong.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from extractors.normalize import normalize_term

FACT_TYPES = ("count", "date", "budget", "facility")
_GOLD_KEYS = {"count": "counts", "date": "dates", "budget": "budgets", "facility": "facilities"}


def _number(value: Any) -> float:
    return round(float(value), 6)


def _name_key(name: str) -> str:
    return re.sub(r"\s+", " ", normalize_term(name)).strip()


def fact_keys(fact_type: str, item: Mapping[str, Any]) -> set[tuple]:
    """Every key under which an item (gold or predicted) may match; a gold date with `alt` has two."""
    if fact_type == "count":
        return {(_number(item["value"]), item.get("unit"))}
    if fact_type == "date":
        alt = item.get("alt", [])
        return {(str(v),) for v in [item["value"], *([alt] if isinstance(alt, str) else alt)]}
    if fact_type == "budget":
        return {(_number(item["amount"]), item.get("currency"))}
    return {(_name_key(item["name"]),)}


@dataclass
class TypeScore:
    fact_type: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_alarms: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_document(
    gold: Mapping[str, Any], predictions: Iterable[Mapping[str, Any]], scores: dict[str, TypeScore]
) -> None:
    """Add one document's matches to `scores`; unique values per type, optional items ignored."""
    doc = gold["doc"]
    preds_by_type: dict[str, list[Mapping[str, Any]]] = {t: [] for t in FACT_TYPES}
    for record in predictions:
        preds_by_type[record["type"]].append(record)
    optional = gold.get("optional", {})
    for fact_type in FACT_TYPES:
        score = scores[fact_type]
        gold_items = gold.get(_GOLD_KEYS[fact_type], [])
        optional_keys: set[tuple] = set()
        for item in optional.get(_GOLD_KEYS[fact_type], []):
            try:
                optional_keys |= fact_keys(fact_type, item)
            except (KeyError, TypeError, ValueError):
                continue
        predicted: dict[tuple, Mapping[str, Any]] = {}
        for record in preds_by_type[fact_type]:
            for key in fact_keys(fact_type, record):
                predicted.setdefault(key, record)
        matched: set[tuple] = set()
        seen_gold: set[frozenset] = set()
        for item in gold_items:
            keys = fact_keys(fact_type, item)
            if frozenset(keys) in seen_gold:
                continue
            seen_gold.add(frozenset(keys))
            hit = keys & predicted.keys()
            if hit:
                score.tp += 1
                matched |= hit
            else:
                score.fn += 1
                score.misses.append({"doc": doc, **item})
        unique_preds = {fact_keys(fact_type, r).pop(): r for r in preds_by_type[fact_type]}
        for key, record in unique_preds.items():
            if key in matched or key in optional_keys:
                continue
            score.fp += 1
            score.false_alarms.append({"doc": doc, **record})


def read_gold(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(
    gold: list[dict[str, Any]], predictions: Mapping[str, list[Mapping[str, Any]]]
) -> dict[str, TypeScore]:
    """Scores per type; `predictions` maps a document name to its fact records (as `nabd extract` prints)."""
    scores = {t: TypeScore(t) for t in FACT_TYPES}
    for doc_gold in gold:
        score_document(doc_gold, predictions.get(doc_gold["doc"], []), scores)
    return scores


def scores_frame(scores: Mapping[str, TypeScore], gold_file: str = "") -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "fact_type": s.fact_type,
                "precision": round(s.precision, 4),
                "recall": round(s.recall, 4),
                "f1": round(s.f1, 4),
                "tp": s.tp,
                "fp": s.fp,
                "fn": s.fn,
                "gold_file": gold_file,
            }
            for s in scores.values()
        ]
    )
