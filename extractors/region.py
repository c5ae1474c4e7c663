"""Guess a release's country from its words, because numbers and currencies are read by local convention."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from extractors.data.regions import COUNTRY_CUES, CUE_PREFIXES, DECIMAL_COMMA_COUNTRIES, LETTER_ORDER
from extractors.normalize import normalize_term

_BMP = 0x10000
_WORD_CHAR = re.compile(r"\w")


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


_Trie = dict[str, "_Trie"]


def _trie(words: Iterable[str]) -> _Trie:
    """Words as nested dicts by character; the key "" marks where a word ends."""
    root: _Trie = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


def _branches(
    node: _Trie, emit_word: Callable[[_Trie], str], emit_other: Callable[[_Trie], str]
) -> list[str]:
    """Each child of `node` as a regex, commonest letter first; a run of single children of the same
    kind (word characters or not) and no word ending on the way is one literal."""
    order = {ch: i for i, ch in enumerate(LETTER_ORDER)}
    out = []
    for ch in sorted((k for k in node if k), key=lambda k: (order.get(k, len(order)), k)):
        word = bool(_WORD_CHAR.match(ch))
        run, child = re.escape(ch), node[ch]
        while len(child) == 1 and "" not in child:
            (nxt,) = child
            if bool(_WORD_CHAR.match(nxt)) != word:
                break
            run, child = run + re.escape(nxt), child[nxt]
        out.append(run + (emit_word if word else emit_other)(child))
    return out


def _group(branches: list[str]) -> str:
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _exact(node: _Trie) -> str:
    r"""An ordinary trie that matches only whole forms (`\b` after each), the longest first."""
    branches = _branches(node, _exact, _exact)
    if "" in node:
        branches.append(r"\b")
    return _group(branches)


def _committed(node: _Trie, root: bool = False) -> str:
    r"""The trie below `node` for an atomic group: every level ends in a fallback that succeeds, the
    empty string where a form ends and `\B` (the word goes on, so the `\b` after the group fails)
    where none does, so a word that leaves the trie fails once instead of going back up and trying
    every other letter of every level above it (a plain trie did that for nearly every word: most
    share a first letter or two with some cue, and the widest levels are the first ones). A branch
    that goes on past a non-word character (طرابلس الشام) is an ordinary trie, since the shorter form
    before the space must still be found when the longer one fails. The root has no fallback: a word
    whose first letter starts no form fails there."""
    branches = _branches(node, _committed, _exact)
    if not root:
        branches.append("" if "" in node else r"\B")
    return _group(branches)


@cache
def _cue_forms() -> tuple[str, dict[str, tuple[str, ...]]]:
    """The regex of every cue form, as a group that ends a word; and each form's countries."""
    owners = _cue_owners()
    forms = _prefixed_cues(list(owners))
    for form in forms:
        # The `\b` after the group and the `\B` fallbacks read a form's edges as word characters.
        if not (_WORD_CHAR.match(form) and _WORD_CHAR.match(form[-1])):
            raise ValueError(f"a country cue must start and end with a word character: {form!r}")
    countries = {
        form: tuple(dict.fromkeys(c for cue in cues for c in owners[cue])) for form, cues in forms.items()
    }
    return rf"((?>{_committed(_trie(forms), root=True)}))\b", countries


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
