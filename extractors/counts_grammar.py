"""The counts reader's patterns, compiled once from extractors.data.counted_nouns.

Speed shapes them. Nothing scans the whole text but two locators that open on a literal letter (the
regex engine skips to it at C speed); everything else is an anchored `match` at a known offset:
the noun right after a number, and the words right before it, read on the reversed text so that
"what precedes the number" is also an anchored match instead of a search.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from extractors.data import counted_nouns as nouns
from extractors.normalize import normalize_term

# A later word of a phrase may carry an article or لـ (سريراً للعناية المركزة).
_LATER_WORD = r"\s+(?:ال|لل|ل)?"
# Proclitics glued to a word, forwards and as read on the reversed text.
_CLITIC = "(?:[وفبلك]|وب|ول|فب)?"
_CLITIC_REVERSED = "(?:[وفبلك]|بو|لو|بف)?"


@dataclass(frozen=True, slots=True)
class Form:
    """What a counted phrase counts; unit None silences a phrase that counts nothing (مراكز متقدمة)."""

    unit: str | None
    homograph: bool = False
    countries: frozenset[str] | None = None

    def counts_in(self, country: str | None) -> bool:
        return self.unit is not None and (self.countries is None or country in self.countries)


@dataclass(frozen=True, slots=True)
class Grammar:
    """Forward patterns are matched at an offset of the text; `*_back` ones at an offset of the
    reversed text (position len(text) - i stands just before text[i])."""

    noun_after: re.Pattern[str]
    forms: dict[str, Form]
    adjectives: re.Pattern[str]
    trailing: re.Pattern[str]
    range_join: re.Pattern[str]
    total_of: re.Pattern[str]
    total_of_end: re.Pattern[str]
    dual: re.Pattern[str]
    dual_units: dict[str, str]
    dual_locator: re.Pattern[str]
    construct_locator: re.Pattern[str]
    opening_back: re.Pattern[str]
    qualifier_kinds: dict[str, str]
    event_back: re.Pattern[str]
    event_units: dict[str, str]
    year_back: re.Pattern[str]
    name_back: re.Pattern[str]
    range_start_back: re.Pattern[str]
    pointing_back: re.Pattern[str]
    capacity_back: re.Pattern[str]
    word_back: re.Pattern[str]


def _phrases(words: Iterable[str]) -> list[list[str]]:
    """Normalised phrases as word lists, longest first so an alternation prefers them."""
    normed = {normalize_term(w) for w in words}
    return [p.split() for p in sorted(normed, key=lambda w: (-len(w.split()), -len(w)))]


def _alt(words: Iterable[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, p)) for p in _phrases(words))


def _alt_reversed(words: Iterable[str]) -> str:
    """The same alternation spelled backwards, for matching on the reversed text."""
    return "|".join(r"\s+".join(re.escape(w[::-1]) for w in reversed(p)) for p in _phrases(words))


def _atoms(words: list[str], accusative: bool) -> Iterator[str]:
    """Regex pieces of a phrase: its letters, the accusative alif (مركزاً) where a word can take one,
    and between words any space plus an article or لـ on the later word."""
    for i, word in enumerate(words):
        if i:
            yield _LATER_WORD
        yield from (re.escape(ch) for ch in word)
        if accusative and not word.endswith(("ه", "ا")):
            yield "ا?"


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    group: str | None = None


def _trie(phrases: list[list[str]], prefix: str, accusative: bool) -> str:
    """One alternation shaped as a trie, so the engine drops a non-noun after a letter or two.

    Phrase i ends in an empty group named prefix+i: `match.lastgroup` tells which phrase matched, and
    a longer phrase is tried before the shorter one it extends (سرير عناية مركزة before سرير)."""
    root = _Node()
    for i, words in enumerate(phrases):
        node = root
        for atom in _atoms(words, accusative):
            node = node.children.setdefault(atom, _Node())
        node.group = node.group or f"{prefix}{i}"

    def emit(node: _Node) -> str:
        branches = [atom + emit(child) for atom, child in node.children.items()]
        if node.group:
            branches.append(f"(?P<{node.group}>)")
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(root)


def _dual_word(word: str, suffix: str) -> str:
    return word[:-1] + "ت" + suffix if word.endswith("ه") else word + suffix


def _inflected(adjectives: Iterable[str]) -> list[str]:
    """Adjectives with the dual and plural endings they take after a dual or plural noun (جديدين)."""
    out = set()
    for adjective in adjectives:
        word = normalize_term(adjective)
        out.add(word)
        if word.endswith("ه"):
            out.update(word[:-1] + ending for ending in ("تين", "تان", "ات"))
        else:
            out.update(word + ending for ending in ("ين", "ان", "ون"))
    return sorted(out)


def _dual_variants(singular: str) -> Iterator[list[str]]:
    """Dual spellings of a singular: مستشفيين، عيادتان، وحدتين صحيتين، سيارتين إسعاف, and the construct
    state of a feminine head before its complement (سيارتي إسعاف، غرفتا عمليات)."""
    head, *rest = normalize_term(singular).split()
    for suffix, construct in (("ين", "ي"), ("ان", "ا")):
        yield [_dual_word(head, suffix), *rest]
        if rest:
            yield [_dual_word(head, suffix), *(_dual_word(w, suffix) for w in rest)]
            if head.endswith("ه"):
                yield [_dual_word(head, construct), *rest]


def _counted_forms() -> list[tuple[list[str], Form]]:
    homographs = {normalize_term(w) for w in nouns.HOMOGRAPH_PLURALS}
    bound = {normalize_term(w): countries for w, countries in nouns.COUNTRY_BOUND.items()}
    seen: dict[str, Form] = {}
    for unit, entries in nouns.COUNTED_NOUNS.items():
        for entry in entries:
            for form in entry:
                key = normalize_term(form)
                seen.setdefault(key, Form(unit, key in homographs, bound.get(key)))
    for phrase in nouns.NOT_COUNTED:
        seen[normalize_term(phrase)] = Form(None)
    return [(key.split(), seen[key]) for key in sorted(seen, key=lambda k: (-len(k.split()), -len(k)))]


def _dual_forms(known: set[str]) -> list[tuple[list[str], str]]:
    """Duals of every singular, minus those that spell a known form (موظفين is a plural, not a dual)."""
    no_dual = {normalize_term(w) for w in nouns.NO_DUAL}
    out: dict[str, str] = {}
    for unit, entries in nouns.COUNTED_NOUNS.items():
        for singular, *_plurals in entries:
            if normalize_term(singular) in no_dual:
                continue
            for words in _dual_variants(singular):
                key = " ".join(words)
                if key not in known:
                    out.setdefault(key, unit)
    return [(key.split(), out[key]) for key in sorted(out, key=lambda k: (-len(k.split()), -len(k)))]


def _dual_locators(duals: list[tuple[list[str], str]]) -> tuple[str, str]:
    """Literal-led patterns that find where a dual may stand: full duals read backwards from their
    final ن, construct duals (سيارتي إسعاف) forwards from the ت before their complement."""
    stems = sorted({w[0][:-2] for w, _ in duals if w[0].endswith(("ين", "ان"))}, key=len, reverse=True)
    complements = {" ".join(w[1:2]) for w, _ in duals if w[0].endswith(("تي", "تا")) and len(w) > 1}
    full = rf"ن(?<!\wن)[يا](?:{'|'.join(re.escape(s[::-1]) for s in stems)}){_CLITIC_REVERSED}(?!\w)"
    construct = rf"ت[يا]\s+(?:ال)?(?:{_alt(complements)})(?!\w)"
    return full, construct


def _backwards(body: str) -> re.Pattern[str]:
    """A pattern matched on the reversed text at a word's start: `body`, then an optional clitic, then
    the start of the word it was glued to."""
    return re.compile(rf"{body}{_CLITIC_REVERSED}(?!\w)")


@cache
def grammar() -> Grammar:
    counted = _counted_forms()
    nouns_trie = _trie([words for words, _ in counted], "f", accusative=True)
    duals = _dual_forms({" ".join(words) for words, _ in counted})
    dual_locator, construct_locator = _dual_locators(duals)
    qualifiers = [q for qs in nouns.QUALIFIERS.values() for q in qs]
    qual_back = _alt_reversed(qualifiers)
    not_adjectives = _alt(nouns.NOT_ADJECTIVES)
    return Grammar(
        noun_after=re.compile(
            rf"(?P<gap>[)\]]?\s*(?:\([^()\n]{{1,25}}\)\s*)?(?:من\s+ال)?){nouns_trie}(?!\w)"
        ),
        forms={f"f{i}": form for i, (_, form) in enumerate(counted)},
        adjectives=re.compile(
            rf"(?:[ \t]+(?!و|(?:{not_adjectives})(?!\w))(?:ال|لل)?"
            rf"(?:{_alt(_inflected(nouns.ADJECTIVES))}|(?![يت]\w{{2,3}}ي(?!\w))\w{{2,}}ي(?:ه|ين|ون|ات|تين|ان)?)ا?(?!\w))"
            r"{0,3}"
        ),
        trailing=re.compile(
            rf"[ \t]+(?:{_alt(q for qs in nouns.TRAILING_QUALIFIERS.values() for q in qs)})(?!\w)"
        ),
        range_join=re.compile(rf"\s*(?:(?:{_alt(nouns.RANGE_JOINS)})(?!\w)|[-–])\s*"),
        total_of=re.compile(
            rf"عدد\s+ال{nouns_trie}(?!\w)(?:\s+(?:ال\w+|[وفل]?(?:{_alt(nouns.TOTAL_OF_VERBS)})\w*))*\s*\Z"
        ),
        total_of_end=re.compile(
            rf"[ \t]*(?:\Z|[\n.,،؛:;!؟?)\]»\"”]|(?:{_alt(nouns.TOTAL_OF_FOLLOWERS)})(?!\w))"
        ),
        dual=re.compile(
            rf"(?<!\w)(?P<clitic>{_CLITIC}){_trie([w for w, _ in duals], 'd', accusative=False)}(?!\w)"
        ),
        dual_units={f"d{i}": unit for i, (_, unit) in enumerate(duals)},
        dual_locator=re.compile(dual_locator),
        construct_locator=re.compile(construct_locator),
        opening_back=_backwards(
            rf"(?:\s+(?P<q2>{qual_back}))?(?:\s*(?P<t>{_alt_reversed(nouns.TOTAL_WORDS)}))?"
            rf"(?:\s+(?P<q>{qual_back}))?"
        ),
        qualifier_kinds={
            " ".join(normalize_term(q).split()): kind for kind, qs in nouns.QUALIFIERS.items() for q in qs
        },
        event_back=_backwards(rf"\s+(?P<cue>{_alt_reversed(nouns.EVENT_CUES)})"),
        event_units={normalize_term(cue): unit for cue, unit in nouns.EVENT_CUES.items()},
        year_back=_backwards(rf"\s*(?:{_alt_reversed(nouns.YEAR_CUES)})"),
        name_back=re.compile(rf"\s*[-–]?\s*(?:{_alt_reversed(nouns.NAME_CUES)})", re.IGNORECASE),
        range_start_back=_backwards(rf"\s+(?:{_alt_reversed(nouns.RANGE_STARTS)})"),
        pointing_back=_backwards(rf"\s+(?:{_alt_reversed(nouns.POINTING_BACK)})"),
        capacity_back=_backwards(rf"\s+(?:\w+\s+)?(?:{_alt_reversed(nouns.CAPACITY_CUES)})"),
        word_back=re.compile(r"\w*"),
    )
