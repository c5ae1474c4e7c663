"""Arabic health-release fact extraction: pure functions, no Dagster inside.

`extract_facts(text)` is the whole story for a user: it normalises once, reads the country, and runs
the four fact readers, each in its own module.
"""

from __future__ import annotations

from operator import attrgetter

from extractors import budgets, counts, dates, facilities
from extractors.article import Article, read_article
from extractors.facts import Fact
from extractors.version import EXTRACTOR_VERSION

READERS = (counts, dates, budgets, facilities)

_ORDER = attrgetter("start", "end", "type")  # a C-level key: no Python call per fact

__all__ = ["EXTRACTOR_VERSION", "Article", "Fact", "extract_article", "extract_facts", "read_article"]


def extract_article(article: Article) -> list[Fact]:
    facts: list[Fact] = []
    for reader in READERS:
        facts.extend(reader.extract(article))
    facts.sort(key=_ORDER)
    return facts


def extract_facts(text: str, country: str | None = None) -> list[Fact]:
    """All facts in `text`, spans into `text` itself; `country` (ISO alpha-2) overrides the guess."""
    return extract_article(read_article(text, country))
