"""Guess a release's country from its words, because numbers and currencies are read by local convention."""

from __future__ import annotations

import re
from functools import cache

from extractors.data.regions import COUNTRY_CUES, DECIMAL_COMMA_COUNTRIES
from extractors.normalize import normalize_term
from extractors.patterns import trie_alternation


@cache
def _cue_pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    owners: dict[str, list[str]] = {}
    for country, cues in COUNTRY_CUES.items():
        for cue in cues:
            owners.setdefault(normalize_term(cue), []).append(country)
    # A cue starts the text or follows a non-word character; testing that one character first is far
    # cheaper than a lookbehind tried at every position.
    pattern = re.compile(rf"(?:^|[^\w])(?:[وبلف]|ال)?({trie_alternation(owners)})(?!\w)")
    return pattern, {w: tuple(c) for w, c in owners.items()}


def detect_country(normalized_text: str) -> str | None:
    """The country with most cue words in the text, or None when nothing points anywhere."""
    pattern, owners = _cue_pattern()
    scores: dict[str, float] = {}
    for m in pattern.finditer(normalized_text):
        countries = owners[m.group(1)]
        for c in countries:
            scores[c] = scores.get(c, 0.0) + 1.0 / len(countries)
    if not scores:
        return None
    return max(scores.items(), key=lambda kv: kv[1])[0]


def uses_decimal_comma(country: str | None) -> bool:
    return country in DECIMAL_COMMA_COUNTRIES
