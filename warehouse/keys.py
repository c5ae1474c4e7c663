"""Conformed dimension keys: how a facility name or an ISO date becomes the row every fact shares.

A facility is folded by its normalised name with articles and spaces removed, so "مستشفى الملك فهد",
"مستشفي الملك فهد" and "مستشفى ملك فهد" are one facility, and the compound names written both glued and
apart (عبدالعزيز / عبد العزيز) agree. The words are natural Arabic, normalised when compiled, like the
extractors' language data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from extractors.normalize import normalize_term

ARTICLE = "ال"
# Name parts after which a glued article is still an article: عبدالله = عبد الله.
ARTICLE_HOSTS = ("عبد",)


@cache
def _article_pattern() -> re.Pattern[str]:
    hosts = "".join(f"|(?<={re.escape(normalize_term(h))})" for h in ARTICLE_HOSTS)
    return re.compile(rf"(?:^|(?<=\s){hosts}){re.escape(normalize_term(ARTICLE))}")


_NOT_LETTERS = re.compile(r"[\W_]+")


# Names and dates recur across the batches of a run: each is worked out once per process.
KEYS_CACHED = 1 << 16


@lru_cache(maxsize=KEYS_CACHED)
def facility_key(name: str) -> str:
    """The key spelling variants of one facility share; empty only for a name with no letters."""
    normalised = normalize_term(name).strip()
    return _NOT_LETTERS.sub("", _article_pattern().sub("", normalised))


_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True, slots=True)
class DateParts:
    key: int
    iso: str
    year: int
    month: int | None
    day: int | None
    grain: str


@lru_cache(maxsize=KEYS_CACHED)
def date_parts(value: str) -> DateParts | None:
    """The calendar row for an ISO YYYY, YYYY-MM or YYYY-MM-DD value; None if it names no real date."""
    match = _ISO.fullmatch(value.strip())
    if match is None:
        return None
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    grain = "day" if day else "month" if month else "year"
    key = year * 10000 + (month or 0) * 100 + (day or 0)
    return DateParts(key, match.group(0), year, month, day, grain)
