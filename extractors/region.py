"""Guess a release's country from its words, because numbers and currencies are read by local convention."""

from __future__ import annotations

import re
from functools import cache

from extractors.data.regions import COUNTRY_CUES, CUE_PREFIXES, DECIMAL_COMMA_COUNTRIES
from extractors.normalize import normalize_term
from extractors.patterns import trie_alternation

_BMP = 0x10000


def _cue_owners() -> dict[str, tuple[str, ...]]:
    owners: dict[str, list[str]] = {}
    for country, cues in COUNTRY_CUES.items():
        for cue in cues:
            owners.setdefault(normalize_term(cue), []).append(country)
    return {w: tuple(c) for w, c in owners.items()}


def _prefixed_cues(cues: list[str]) -> dict[str, tuple[str, ...]]:
    """Every written form of a cue (a prefix letter or the article glued on, or bare), and the cues it
    may be, as one trie of whole forms instead of `(?:[وبلف]|ال)?(cues)`, which walked the cue trie up to
    three times at each word.

    A form that two readings share counts for both: وجدة is the Moroccan city and also و + جدة, and
    a Saudi release says الرياض وجدة as often as a Moroccan one names Oujda. A one-letter cue (the Hijri
    هـ, normalised to ه) takes no prefix: له and به are among the commonest words of any release. A form
    that starts with an earlier form and a space is dropped (التجمع الصحي after ال + تجمع), as the old
    regex ended its search at a word once the shorter form matched.
    """
    forms: dict[str, list[str]] = {}
    for prefix in CUE_PREFIXES:
        earlier = tuple(form + " " for form in forms)
        for cue in cues:
            form = prefix + cue
            if (prefix and len(cue) == 1) or (form.startswith(earlier) and form not in forms):
                continue
            forms.setdefault(form, []).append(cue)
    return {form: tuple(readings) for form, readings in forms.items()}


@cache
def _non_word_bmp() -> str:
    r"""`[^\w]` spelled out as ranges of the BMP, read off the engine's own `\w`. The engine tests such a
    class with one bitmap lookup, `[^\w]` with Unicode database queries, and the cue pattern tests every
    character of every release: this halves the time of the country guess."""
    bmp = "".join(map(chr, range(_BMP)))
    runs = (m.span() for m in re.finditer(r"[^\w]+", bmp))
    return "[" + "".join(f"\\u{a:04x}-\\u{b - 1:04x}" for a, b in runs) + "]"


@cache
def _cue_forms() -> tuple[str, dict[str, tuple[str, ...]]]:
    """The regex of every cue form, as a group and then the end of the word; and each form's countries."""
    owners = _cue_owners()
    forms = _prefixed_cues(list(owners))
    countries = {
        form: tuple(dict.fromkeys(c for cue in cues for c in owners[cue])) for form, cues in forms.items()
    }
    return rf"({trie_alternation(forms)})(?!\w)", countries


@cache
def _cue_pattern(non_word: str) -> re.Pattern[str]:
    r"""A cue form after a `non_word` character. The text is read with a space before it, so that a cue
    at its very start has one too, and the engine skips straight to those characters instead of trying
    a lookbehind or `^` at every position. Compiled on first use: the trie is large, and `[^\w]` is
    only needed for the rare text with characters past the BMP."""
    return re.compile(non_word + _cue_forms()[0])


def detect_country(normalized_text: str) -> str | None:
    """The country with most cue words in the text, or None when nothing points anywhere."""
    text = " " + normalized_text
    within_bmp = len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)
    pattern = _cue_pattern(_non_word_bmp() if within_bmp else r"[^\w]")
    owners = _cue_forms()[1]
    scores: dict[str, float] = {}
    for form in pattern.findall(text):
        countries = owners[form]
        for c in countries:
            scores[c] = scores.get(c, 0.0) + 1.0 / len(countries)
    if not scores:
        return None
    return max(scores.items(), key=lambda kv: kv[1])[0]


def uses_decimal_comma(country: str | None) -> bool:
    return country in DECIMAL_COMMA_COUNTRIES
