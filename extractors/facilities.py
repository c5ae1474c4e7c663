"""Placeholder until the facilities reader lands."""

from extractors.article import Article
from extractors.examples import Example
from extractors.facts import Fact

EXAMPLES: list[Example] = []


def extract(article: Article) -> list[Fact]:
    return []
