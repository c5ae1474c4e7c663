"""Shared fixtures: the seed articles and their gold facts, as shipped in fixtures/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "fixtures" / "articles"
GOLD = ROOT / "fixtures" / "gold.jsonl"


GOLD_REGIONS = ROOT / "fixtures" / "gold_regions.jsonl"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def article_texts() -> dict[str, str]:
    """Every fixture release: the real seeds and the ones written for each region."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))}


@pytest.fixture(scope="session")
def gold() -> list[dict]:
    """Gold facts of the five real seed releases, as received from the annotators."""
    return read_jsonl(GOLD)


@pytest.fixture(scope="session")
def seed_texts(article_texts: dict[str, str], gold: list[dict]) -> dict[str, str]:
    """The five real seed releases (the documents of fixtures/gold.jsonl)."""
    return {g["doc"]: article_texts[g["doc"]] for g in gold}
