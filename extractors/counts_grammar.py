"""The counts reader's patterns, compiled once from extractors.data.counted_nouns.

Speed shapes them. Nothing scans the whole text but two locators that open on a literal letter (the
regex engine skips to it at C speed); everything else is an anchored `match` at a known offset:
the noun right after a number, and the words right before it, read on the reversed text so that
"what precedes the number" is also an anchored match instead of a search. The phrase tries carry no
group per phrase (see `Lexicon`): a match object reserves a slot for every group of its pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Generic, NamedTuple, TypeVar

from extractors.data import counted_nouns as nouns
from extractors.normalize import normalize_term

# A later word of a phrase may carry an article or لـ (سريراً للعناية المركزة).
_LATER_WORD = r"\s++(?:ال|لل|ل|)"
# Proclitics glued to a word, forwards and as read on the reversed text.
_CLITIC = "(?:[وفبلك]|وب|ول|فب|)"
_CLITIC_REVERSED = "(?:[وفبلك]|بو|لو|بف|)"
# The same, as the words it matches.
_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب")
# How a construct dual's head ends before its complement (سيارتي إسعاف، غرفتا عمليات).
_CONSTRUCT_ENDINGS = ("ي", "تا")
_T = TypeVar("_T")
_MEMO_LIMIT = 4096


@dataclass(frozen=True, slots=True)
class Form:
    """What a counted phrase counts; unit None silences a phrase that counts nothing (مراكز متقدمة).
    A `served` noun (نسمة) counts only the people a service reaches, after a cue such as يخدم; a
    `singular` one counts nothing after a partitive من (5 من مشروع القانون: five of a bill)."""

    unit: str | None
    homograph: bool = False
    countries: frozenset[str] | None = None
    served: bool = False
    singular: bool = False

    def counts_in(self, country: str | None) -> bool:
        return self.unit is not None and (self.countries is None or country in self.countries)


class Lexicon(dict[str, _T], Generic[_T]):
    """Phrases as a trie `pattern` to embed in the patterns that find them; `lexicon[text]` tells
    what the phrase a match took stands for.

    The embedded trie has no group per phrase: a match object reserves a slot for every group of its
    pattern, and with the hundreds of counted nouns that doubled the cost of each match after a
    number. The matched text is named afterwards, by a fullmatch of the same trie with one empty group
    per phrase. The engine tries phrases in the same order in both, so the fullmatch takes the phrase
    the match took: a phrase tried earlier that spelled the same text would have been taken there.
    Names are kept per spelling (the dict itself), as releases repeat their nouns."""

    __slots__ = ("_named", "_values", "pattern")

    def __init__(self, phrases: list[tuple[list[str], _T]], prefix: str, accusative: bool) -> None:
        super().__init__()
        words = [w for w, _ in phrases]
        self.pattern = _trie(words, accusative)
        self._named = re.compile(_trie(words, accusative, prefix))
        self._values = {f"{prefix}{i}": value for i, (_, value) in enumerate(phrases)}

    def __missing__(self, text: str) -> _T:
        named = self._named.fullmatch(text)
        if named is None or named.lastgroup is None:
            raise KeyError(text)
        if len(self) >= _MEMO_LIMIT:
            self.clear()
        value = self[text] = self._values[named.lastgroup]
        return value


@dataclass(frozen=True, slots=True)
class Grammar:
    """Forward patterns are matched at an offset of the text; `*_back` ones at an offset of the
    reversed text (position len(text) - i stands just before text[i]). `after` and `total_of` hold
    the counted noun they found in their group `noun`, named by `nouns`; the rarer matches of a
    profession in a list or of a dual end in one empty group per phrase (`match.lastgroup`).

    The two patterns read at every number do as much as they can in one match, since each call of
    the regex engine has a fixed cost: `after` reads the counted noun (group `noun`, after an `of`
    من or none) and runs on over its adjectives and a trailing تقريباً (groups `adjectives`, `about`),
    or else finds the clause ending there (`total_of_end`); `before` looks back for a name (كوفيد)
    and a year cue and spans a join such as إلى (groups `name`, `year`, `join`, in lookaheads that
    always succeed) and reads the qualifier and total word that open the span (groups `near`,
    `total`, `far`, outwards from the number). `adjectives` takes words with the article or without;
    the reader cuts the span where an indefinite noun meets a word with the article (see
    `counts._indefinite_end`), since which words are definite is not known in the match.
    Optional parts are written `(?:x|)`, which the engine runs faster than `(?:x)?`, and spaces
    before a word are taken possessively (`\\s++`): a word never starts with a space, so giving one
    back could not help a match, only slow a failing one."""

    after: re.Pattern[str]
    after_openings: frozenset[str]
    nouns: Lexicon[Form]
    adjectives: re.Pattern[str]
    article_lookalikes: frozenset[str]
    closing: re.Pattern[str]
    trailing: re.Pattern[str]
    profession_list: re.Pattern[str]
    partitive: re.Pattern[str]
    profession_units: dict[str, str]
    total_of: re.Pattern[str]
    total_of_end: re.Pattern[str]
    dual: re.Pattern[str]
    dual_units: dict[str, str]
    dual_locator: re.Pattern[str]
    construct_locators: tuple[re.Pattern[str], ...]
    dual_cues: DualCues
    before: re.Pattern[str]
    before_cue: re.Pattern[str]
    before_closings: frozenset[str]
    qualifier_kinds: dict[str, str]
    event_back: re.Pattern[str]
    event_words: dict[str, str]
    range_start_back: re.Pattern[str]
    pointing_back: re.Pattern[str]
    capacity_back: re.Pattern[str]
    service_back: re.Pattern[str]
    word_back: re.Pattern[str]


def _longest_first(phrases: Iterable[str]) -> list[str]:
    """Most words first, then most letters, so an alternation or trie prefers the longer phrase; ties in
    alphabetical order, so the compiled patterns do not follow a set's per-process hash order."""
    return sorted(phrases, key=lambda p: (-len(p.split()), -len(p), p))


def _phrases(words: Iterable[str]) -> list[list[str]]:
    """Normalised phrases as word lists, longest first."""
    return [p.split() for p in _longest_first({normalize_term(w) for w in words})]


def _alt(words: Iterable[str]) -> str:
    """An alternation of phrases, spaces between their words, as a trie: the engine checks every
    branch of a flat alternation in turn, and a trie drops a word after its first letter or two."""
    return _trie(_phrases(words), accusative=False, between=r"\s++")


def _alt_reversed(words: Iterable[str]) -> str:
    """The same alternation spelled backwards, for matching on the reversed text."""
    return _trie([[w[::-1] for w in reversed(p)] for p in _phrases(words)], accusative=False, between=r"\s++")


def _atoms(words: list[str], accusative: bool, between: str) -> Iterator[str]:
    """Regex pieces of a phrase: its letters, the accusative alif (مركزاً) where a word can take one,
    and `between` its words."""
    for i, word in enumerate(words):
        if i:
            yield between
        yield from (re.escape(ch) for ch in word)
        if accusative and not word.endswith(("ه", "ا")):
            yield "ا?"


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    group: str | None = None


def _trie(
    phrases: list[list[str]], accusative: bool, prefix: str | None = None, between: str = _LATER_WORD
) -> str:
    """One alternation shaped as a trie, so the engine drops a non-noun after a letter or two.

    A longer phrase is tried before the shorter one it extends (سرير عناية مركزة before سرير), as in
    the longest-first order of `phrases`; phrases that part at some letter never match the same text,
    so their order does not matter. Between the words of a counted phrase, any space plus an article or
    لـ on the later word (سريراً للعناية المركزة). With a `prefix`, phrase i ends in an empty group named
    prefix+i, so `match.lastgroup` tells which phrase matched; without, in an empty branch."""
    root = _Node()
    for i, words in enumerate(phrases):
        node = root
        for atom in _atoms(words, accusative, between):
            node = node.children.setdefault(atom, _Node())
        node.group = node.group or f"{prefix}{i}"

    def emit(node: _Node) -> str:
        branches = [atom + emit(child) for atom, child in node.children.items()]
        if node.group:
            branches.append(f"(?P<{node.group}>)" if prefix else "")
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


def _dual_variants(singular: str) -> Iterator[tuple[list[str], bool]]:
    """Dual spellings of a singular, each flagged when it is a construct state: مستشفيين، عيادتان،
    وحدتين صحيتين، سيارتين إسعاف, and a head before its complement (سيارتي إسعاف، غرفتا عمليات، جهازي
    تنفس). A masculine head takes only the -ي construct (جهازا is also the accusative singular), and
    only before a noun: before a nisba (مركزي صحي) -ي would spell the adjective مركزي."""
    head, *rest = normalize_term(singular).split()
    for suffix, construct in (("ين", "ي"), ("ان", "ا")):
        yield [_dual_word(head, suffix), *rest], False
        if rest:
            yield [_dual_word(head, suffix), *(_dual_word(w, suffix) for w in rest)], False
            if head.endswith("ه"):
                yield [_dual_word(head, construct), *rest], True
            elif construct == "ي" and not rest[0].endswith("ي"):
                yield [head + construct, *rest], True


def _add_constructs(forms: dict[str, _T]) -> None:
    """Give each one-word plural in -ين its construct in -ي (موظفين → موظفي)."""
    for key, value in list(forms.items()):
        if key.endswith("ين") and " " not in key:
            forms.setdefault(key[:-1], value)


def _openings(phrases: Iterable[list[str]]) -> frozenset[str]:
    """The first two letters of each phrase, for a set lookup to rule out a pattern that opens on one of
    these phrases before the regex engine is called."""
    openings = {words[0][:2] for words in phrases}
    if any(len(opening) < 2 for opening in openings):
        raise ValueError("a one-letter first word needs its own test in the reader")
    return frozenset(openings)


def _closings(phrases: Iterable[str]) -> frozenset[str]:
    """The last two letters of each phrase, or the one letter of a last word that has only one (the join
    و), for a set lookup to rule out a pattern read backwards that opens on one of these phrases."""
    return frozenset(words[-1][-2:] for words in _phrases(phrases))


def _counted_forms() -> list[tuple[list[str], Form]]:
    """Every counted phrase with what it counts. A one-word plural in -ين also yields its construct
    in -ي, the form a partitive takes before its complement (12 من موظفي المستشفى)."""
    homographs = {normalize_term(w) for w in nouns.HOMOGRAPH_PLURALS}
    bound = {normalize_term(w): countries for w, countries in nouns.COUNTRY_BOUND.items()}
    collective = {normalize_term(w) for w in nouns.COLLECTIVE_SINGULARS}
    seen: dict[str, Form] = {}
    for unit, entries in nouns.COUNTED_NOUNS.items():
        for entry in entries:
            for i, form in enumerate(entry):
                key = normalize_term(form)
                singular = i == 0 and key not in collective
                seen.setdefault(key, Form(unit, key in homographs, bound.get(key), singular=singular))
    _add_constructs(seen)
    for phrase in nouns.POPULATION_NOUNS:
        seen.setdefault(normalize_term(phrase), Form("beneficiary", served=True))
    for unit, phrases in nouns.PARTITIVE_NOUNS.items():
        for phrase in phrases:
            seen.setdefault(f"من {normalize_term(phrase)}", Form(unit))
    for phrase in nouns.NOT_COUNTED:
        seen[normalize_term(phrase)] = Form(None)
    return [(key.split(), seen[key]) for key in _longest_first(seen)]


def _profession_forms() -> list[tuple[list[str], str]]:
    """Every way to name a profession, partitive heads included, for reading a list of them."""
    units: dict[str, str] = {}
    for unit in sorted(nouns.PROFESSION_UNITS):
        phrases = [f for entry in nouns.COUNTED_NOUNS[unit] for f in entry]
        units.update((normalize_term(p), unit) for p in [*phrases, *nouns.PARTITIVE_NOUNS.get(unit, ())])
    _add_constructs(units)
    return [(key.split(), units[key]) for key in _longest_first(units)]


class _Dual(NamedTuple):
    words: list[str]
    unit: str
    construct: bool


def _dual_forms(known: set[str]) -> list[_Dual]:
    """Duals of every singular, minus those that spell a known form (موظفين is a plural, not a dual)."""
    no_dual = {normalize_term(w) for w in nouns.NO_DUAL}
    out: dict[str, _Dual] = {}
    for unit, entries in nouns.COUNTED_NOUNS.items():
        for singular, *_plurals in entries:
            if normalize_term(singular) in no_dual:
                continue
            for words, construct in _dual_variants(singular):
                key = " ".join(words)
                if key not in known:
                    out.setdefault(key, _Dual(words, unit, construct))
    return [out[key] for key in _longest_first(out)]


class DualCues(NamedTuple):
    """What the locators look for, as sets for the reader's scan (`counts._dual_starts`) to look up
    whole words in: the words that end a full dual but for its ين or ان (a stem behind a clitic), and
    for each construct ending, ي and then تا, the letters a head has before it and the complements
    that may follow it (with or without ال)."""

    bodies: frozenset[str]
    construct_letters: tuple[str, str]
    complements: tuple[frozenset[str], frozenset[str]]


def _dual_cues(duals: list[_Dual]) -> DualCues:
    """The dual locators' words and letters as sets (see `_dual_locators`, whose patterns they mirror)."""
    stems = {d.words[0][:-2] for d in duals if not d.construct}
    letters, complements = [], []
    for ending in _CONSTRUCT_ENDINGS:
        constructs = [d.words for d in duals if d.construct and d.words[0].endswith(ending)]
        letters.append("".join(sorted({words[0][-len(ending) - 1] for words in constructs})))
        complements.append(frozenset(words[1] for words in constructs))
    return DualCues(
        frozenset(c + s for c in _CLITICS for s in stems),
        (letters[0], letters[1]),
        (complements[0], complements[1]),
    )


def _dual_locators(duals: list[_Dual]) -> tuple[str, tuple[str, ...]]:
    """Literal-led patterns that find where a dual may stand: full duals read backwards from their
    final ن; construct duals (سيارتي إسعاف، جهازي تنفس، غرفتا عمليات) forwards from the ي, or the تا,
    that ends their head before the complement, and only after a letter some head has there (ي is
    the commonest letter: في، الذي). Each locator opens on one literal letter: a letter class such as
    [يا] would make the engine try the complements at every other word end."""
    stems = sorted({d.words[0][:-2] for d in duals if not d.construct}, key=lambda s: (-len(s), s))
    full = rf"ن(?<!\wن)[يا]{_trie([[s[::-1]] for s in stems], accusative=False)}{_CLITIC_REVERSED}(?!\w)"

    def construct(ending: str) -> str:
        heads = {d.words[0] for d in duals if d.construct and d.words[0].endswith(ending)}
        complements = sorted({d.words[1] for d in duals if d.construct and d.words[0].endswith(ending)})
        before = "".join(sorted({re.escape(h[-len(ending) - 1]) for h in heads}))
        return (
            rf"{ending}(?<=[{before}]{ending})\s++(?:ال|)"
            rf"{_trie([[w] for w in complements], accusative=False)}(?!\w)"
        )

    return full, tuple(construct(ending) for ending in _CONSTRUCT_ENDINGS)


def _backwards(body: str) -> re.Pattern[str]:
    """A pattern matched on the reversed text at a word's start: `body`, then an optional clitic, then
    the start of the word it was glued to."""
    return re.compile(rf"{body}{_CLITIC_REVERSED}(?!\w)")


@cache
def grammar() -> Grammar:
    counted = _counted_forms()
    nouns_found = Lexicon(counted, "f", accusative=True)
    duals = _dual_forms({" ".join(words) for words, _ in counted})
    dual_locator, construct_locators = _dual_locators(duals)
    professions = _profession_forms()
    qualifier_phrases = [q for qs in nouns.QUALIFIERS.values() for q in qs]
    qualifiers = _alt_reversed(qualifier_phrases)
    names = rf"(?i:{_alt_reversed(nouns.NAME_CUES)})"
    years = _alt_reversed(nouns.YEAR_CUES)
    joins = _alt_reversed(nouns.RANGE_JOINS)
    totals = _alt_reversed(nouns.TOTAL_WORDS)
    not_adjectives = _alt(nouns.NOT_ADJECTIVES)
    adjectives = (
        rf"(?:[ \t]++(?!و|(?:{not_adjectives})(?!\w))(?:ال|لل|)"
        rf"(?:{_alt(_inflected(nouns.ADJECTIVES))}|(?![يت]\w{{2,3}}ي(?!\w))\w{{2,}}ي(?:ه|ين|ون|ات|تين|ان|))ا?(?!\w))"
        r"{0,3}"
    )
    clause_end = rf"[ \t]*+(?:\Z|[\n.,،؛:;!؟?)\]»\"”]|(?:{_alt(nouns.TOTAL_OF_FOLLOWERS)})(?!\w))"
    trailing = rf"[ \t]++(?:{_alt(q for qs in nouns.TRAILING_QUALIFIERS.values() for q in qs)})(?!\w)"
    return Grammar(
        after=re.compile(
            rf"[)\]]?[ \t]*+(?:\([^()\n]{{1,25}}\)[ \t]*+|)(?:(?P<of>من)[ \t]++(?:ال|)|)"
            rf"(?P<noun>{nouns_found.pattern})(?!\w)(?P<adjectives>{adjectives})(?:(?P<about>{trailing})|)"
            rf"|{clause_end}"
        ),
        after_openings=_openings(
            [*(words for words, _ in counted), ["من"], *_phrases(nouns.TOTAL_OF_FOLLOWERS)]
        ),
        nouns=nouns_found,
        adjectives=re.compile(adjectives),
        article_lookalikes=frozenset(
            form + alif for form in _inflected(nouns.ARTICLE_LOOKALIKE_ADJECTIVES) for alif in ("", "ا")
        ),
        closing=re.compile(rf"{adjectives}(?:(?P<about>{trailing})|)"),
        profession_list=re.compile(
            rf"[ \t]++و(?:(?P<article>ال)|){_trie([w for w, _ in professions], True, 'p')}(?!\w)"
        ),
        partitive=re.compile(r"\W*من\s"),
        profession_units={f"p{i}": unit for i, (_, unit) in enumerate(professions)},
        trailing=re.compile(trailing),
        total_of=re.compile(
            rf"عدد\s+ال(?P<noun>{nouns_found.pattern})(?!\w)"
            rf"(?:\s+(?:ال\w+|[وفل]?(?:{_alt(nouns.TOTAL_OF_VERBS)})\w*))*\s*\Z"
        ),
        total_of_end=re.compile(clause_end),
        dual=re.compile(rf"(?<!\w)(?P<clitic>{_CLITIC}){_trie([d.words for d in duals], False, 'd')}(?!\w)"),
        dual_units={f"d{i}": d.unit for i, d in enumerate(duals)},
        dual_locator=re.compile(dual_locator),
        construct_locators=tuple(map(re.compile, construct_locators)),
        dual_cues=_dual_cues(duals),
        before=re.compile(
            rf"(?=(?P<name>\s*+[-–]?\s*+{names})|)"
            rf"(?=(?P<year>\s*+(?:{years}){_CLITIC_REVERSED}(?!\w))|)"
            rf"(?=(?P<join>\s*+(?:{joins}|[-–])\s*+)|)"
            rf"(?:(?:\s++(?P<near>{qualifiers})|)(?:\s*+(?P<total>{totals})|)"
            rf"(?:\s++(?P<far>{qualifiers})|){_CLITIC_REVERSED}(?!\w)|)"
        ),
        before_cue=re.compile(rf"\s*+(?:[-–]|{names}|{years}|{joins}|{qualifiers}|{totals})"),
        before_closings=_closings(
            [*qualifier_phrases, *nouns.NAME_CUES, *nouns.YEAR_CUES, *nouns.RANGE_JOINS, *nouns.TOTAL_WORDS]
        ),
        qualifier_kinds={
            " ".join(normalize_term(q).split()): kind for kind, qs in nouns.QUALIFIERS.items() for q in qs
        },
        event_back=_backwards(rf"\s++(?P<cue>{_alt_reversed(nouns.EVENT_CUES)})"),
        event_words={
            clitic + normalize_term(cue): unit
            for cue, unit in nouns.EVENT_CUES.items()
            for clitic in _CLITICS
        },
        range_start_back=_backwards(rf"\s++(?:{_alt_reversed(nouns.RANGE_STARTS)})"),
        pointing_back=_backwards(rf"\s++(?:{_alt_reversed(nouns.POINTING_BACK)})"),
        capacity_back=_backwards(rf"\s+(?:\w+\s+)?(?:{_alt_reversed(nouns.CAPACITY_CUES)})"),
        service_back=_backwards(rf"[لب]?\s+(?:\w+\s+){{0,3}}(?:{_alt_reversed(nouns.SERVICE_CUES)})"),
        word_back=re.compile(r"\w*"),
    )
