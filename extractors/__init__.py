"""Arabic health-release fact extraction: pure functions, no Dagster inside.

`extract_facts(text)` is the whole story for a user: it normalises once, reads the country, and runs
the four fact readers, each in its own module. Where two readers claim the same digits, a year the dates
reader kept is not also a count (see `_outside`).
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate
from operator import attrgetter

from extractors import compiled

compiled.install()  # before any reader is imported: a reader edited after the build runs from source

from extractors import budgets, counts, dates, facilities  # noqa: E402
from extractors.article import Article, read_article  # noqa: E402
from extractors.facts import Fact  # noqa: E402
from extractors.version import EXTRACTOR_VERSION  # noqa: E402

# Each reader reads the article alone, so the benchmark times them one by one.
READERS = (counts, dates, budgets, facilities)

_ORDER = attrgetter("start", "end", "type")  # a C-level key: no Python call per fact

__all__ = ["EXTRACTOR_VERSION", "Article", "Fact", "extract_article", "extract_facts", "read_article"]


def extract_article(article: Article) -> list[Fact]:
    found_dates = dates.extract(article)
    facts = _outside(counts.extract(article), found_dates)
    facts += found_dates
    facts += budgets.extract(article)
    facts += facilities.extract(article)
    facts.sort(key=_ORDER)
    return facts


def _outside(found: list[Fact], found_dates: list[Fact]) -> list[Fact]:
    """The counts that share no characters with a date. The dates reader has weighed a year before a
    counted noun against the release (في يناير 2023 مستشفى جديد is a date, في مارس 1950 حالة a count:
    the date then ends before 1950), so a count over a date's digits reads a year as a count."""
    if not found_dates:
        return found
    spans = sorted((d.start, d.end) for d in found_dates)
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))  # the furthest end of the dates up to each
    kept = []
    for fact in found:
        i = bisect_left(starts, fact.end)  # the dates that start before the count ends
        if i == 0 or reach[i - 1] <= fact.start:
            kept.append(fact)
    return kept


def extract_facts(text: str, country: str | None = None) -> list[Fact]:
    """All facts in `text`, spans into `text` itself; `country` (ISO alpha-2) overrides the guess."""
    return extract_article(read_article(text, country))
