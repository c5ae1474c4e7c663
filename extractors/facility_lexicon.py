"""The word lists a facility reader consults, compiled once: head nouns, descriptors, name words, places.

facility_heads.py and places.py hold the language data in natural spelling; this module normalises it
the way text is normalised (normalize_term) and shapes it for lookups: sets, phrases by first word,
head patterns, the gazetteer by first word and by glued prefixes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from extractors.data import facility_heads as lang
from extractors.data import number_words
from extractors.data.months import GREGORIAN_MONTHS
from extractors.data.places import PLACES
from extractors.normalize import normalize_term
from extractors.patterns import trie_alternation

_VERB_ENDINGS = ("", "ت", "ا", "تا", "وا")  # past tense: he, she, they two, they two (f.), they

# Word classes: the lists a normalised word is in, as bits of one int (Lexicon.classes), so a name
# reader answers every question it asks of a word with one dict lookup and bit tests, not one set
# test per list (facility_names.word_class adds the bits a word's letters tell).
TITLE = 1 << 0
SPECIALTY = 1 << 1  # a specialty, or a word that leads into one (lex.specialty_words)
PLACE_WORD = 1 << 2  # the first word of a gazetteer place, written apart or glued (lex.place_words)
PREFIX = 1 << 3
BLOCKED = 1 << 4
ADJECTIVE = 1 << 5
ORDINAL = 1 << 6
NAMING = 1 << 7  # a naming adjective (السلطاني، الملكي)
HEALTH = 1 << 8  # a health or hospital descriptor
# The groups of Lexicon.head_re by number: a match's spans are read from its `regs` in one go, where
# each named `start`/`span`/`group` call costs a method call and a name lookup.
PRE, ART, HEAD, NEXT = 1, 2, 3, 4


@dataclass(frozen=True, slots=True)
class Head:
    singular: str  # natural spelling: the head of each name in a list after a plural or dual
    singular_key: tuple[str, ...]  # the same, normalised
    kind: str
    policy: str  # see facility_heads.HEADS; "directorate" for the fixed directorate phrases
    number: str = "singular"  # or "dual" (exactly two names follow) or "plural"
    definite: bool = False  # the head phrase carries its own article (الوحدة الصحية)
    closures: frozenset[str] = frozenset()
    place_body: bool = False  # a directorate whose place follows directly (مديرية صحة الجيزة)

    @property
    def masculine(self) -> bool:
        """Masculine singular heads tell their own adjectives (العام) from a plural's (العامة)."""
        return not self.singular.split()[0].endswith("ة")


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    countries: tuple[str, ...]


_Phrases = dict[str, tuple[tuple[str, ...], ...]]  # phrases by their first word, longest first


@dataclass(frozen=True, slots=True)
class Lexicon:
    stem_res: tuple[re.Pattern[str], ...]
    head_re: re.Pattern[str]  # proclitics (pre), article (art), head, and the word after it (next): PRE ...
    openers: frozenset[str]
    definite_openers: frozenset[str]  # words that may follow a definite head naming a facility
    dead_ends: frozenset[str]  # words after which a head names nothing
    heads: dict[str, Head]
    head_words: frozenset[str]  # every head's first word with any proclitics and article
    blocked: frozenset[str]  # alphabetic words that end any name (see facility_names.Walk.blocked)
    phrase_nouns: frozenset[str]  # nouns that, after a glued ل or ب, open a new phrase
    specialty_words: frozenset[str]  # specialties and the words that lead into one
    place_words: frozenset[str]  # first words of gazetteer places, written apart or glued
    official_re: re.Pattern[str]
    cardinals: frozenset[str]
    cardinal_words: frozenset[str]  # words that are a cardinal, or و and one (وعشرين)
    descriptors: frozenset[str]
    descriptor_phrases: _Phrases
    descriptor_words: frozenset[str]  # descriptors and the first words of descriptor phrases
    health_descriptors: frozenset[str]
    hospital_descriptors: frozenset[str]
    adjectives: frozenset[str]
    ordinals: frozenset[str]
    naming_adjectives: frozenset[str]
    titles: frozenset[str]
    given_names: frozenset[str]
    links: frozenset[str]
    prefixes: frozenset[str]
    specialties: frozenset[str]
    leads: frozenset[str]
    stops: frozenset[str]
    generic: frozenset[str]
    admin: frozenset[str]
    admin_plurals: frozenset[str]
    halves: frozenset[str]
    compass: frozenset[str]
    months: _Phrases
    list_cues: frozenset[str]
    places: dict[str, tuple[tuple[tuple[str, ...], Place], ...]]
    glued: dict[str, tuple[tuple[tuple[str, ...], Place], ...]]
    classes: dict[str, int]  # word -> the bits of the classes above it belongs to
    free_words: dict[str, bool] = field(default_factory=dict)  # facility_names.Walk.free_word's answers
    word_classes: dict[str, int] = field(default_factory=dict)  # facility_names.word_class's answers


def _norm_set(*groups: Iterable[str]) -> frozenset[str]:
    return frozenset(normalize_term(w) for words in groups for w in words)


def _by_first_word(phrases: Iterable[str]) -> _Phrases:
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(normalize_term(phrase).split())
        table.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}


def _phrase_trie(phrases: Iterable[str]) -> str:
    """Phrases as one trie-shaped alternation, their words parted by any run of whitespace; the trie
    tries the longer phrase first, as a flat alternation sorted longest first would."""
    return trie_alternation(
        (" ".join(p.split()) for p in phrases), lambda ch: r"\s+" if ch == " " else re.escape(ch)
    )


def _stem(first_word: str) -> str:
    """The letters a head word is found by: its first four, or the four after its first letter when
    that is ا، ت or و, which open most words (the article, verb prefixes, the conjunction)."""
    if first_word[0] in "اتو" and len(first_word) >= 4:
        return first_word[1:5]
    return first_word[:4]


def _stem_patterns(heads: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    """The stems of every head word, one trie-shaped pattern per first letter.

    Python's regex engine tries a pattern at every position, and the full head pattern (optional
    proclitics, article, a long alternation) is slow to reject. A pattern that opens on one fixed
    letter is searched for quickly, letter by letter in C, and tried only where that letter stands;
    the full pattern is then tried at the start of each word that holds a stem.
    """
    by_letter: dict[str, set[str]] = {}
    for head in heads:
        stem = _stem(head.split()[0])
        by_letter.setdefault(stem[0], set()).add(stem)
    return tuple(re.compile(trie_alternation(stems)) for stems in by_letter.values())


def _head_table() -> dict[str, Head]:
    """Normalised head phrase, without a leading article, -> what it is."""
    heads: dict[str, Head] = {}
    for singular, (plurals, kind, policy) in lang.HEADS.items():
        closures = _norm_set(lang.CLOSURES.get(singular, ()))
        form = normalize_term(singular)
        key = tuple(form.split())
        definite = form.startswith("ال") and " " in form
        heads[form[2:] if definite else form] = Head(
            singular, key, kind, policy, definite=definite, closures=closures
        )
        for number, forms in (("plural", plurals), ("dual", lang.DUALS.get(singular, ()))):
            for other in forms:
                heads[normalize_term(other)] = Head(singular, key, kind, policy, number, closures=closures)
    for phrase, place_body in lang.DIRECTORATES.items():
        form = normalize_term(phrase)
        core = form[2:] if form.startswith("ال") else form
        heads[core] = Head(phrase, tuple(form.split()), "directorate", "directorate", place_body=place_body)
    return heads


def _head_word_forms(heads: Iterable[str]) -> frozenset[str]:
    """Every head's first word as it may be written: [وف]?[بلك]?(?:ال|ل)? before it."""
    firsts = {h.split()[0] for h in heads}
    return frozenset(
        conj + prep + art + first
        for conj in ("", "و", "ف")
        for prep in ("", "ب", "ل", "ك")
        for art in ("", "ال", "ل")
        for first in firsts
    )


def _gazetteer() -> tuple[dict, dict]:
    """Places by their first normalised word, and multi-word places by their glued-together prefixes."""
    owners: dict[str, list[str]] = {}
    for country, names in PLACES.items():
        for name in names:
            owners.setdefault(name, []).append(country)
    by_first: dict[str, list] = {}
    glued: dict[str, list] = {}
    for name, countries in owners.items():
        place = Place(name, tuple(countries))
        words = tuple(normalize_term(name).split())
        by_first.setdefault(words[0], []).append((words[1:], place))
        for k in range(2, len(words) + 1):
            glued.setdefault("".join(words[:k]), []).append((words, place))

    def longest_first(table: dict[str, list]) -> dict:
        return {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in table.items()}

    return longest_first(by_first), longest_first(glued)


def _cardinals() -> frozenset[str]:
    """Number words that count a head after them (خمسة وعشرين وحدة صحية، ثلاث مستشفيات)."""
    words = [w for n, forms in number_words.UNITS.items() if n >= 3 for w in forms]
    words += [w for forms in number_words.TENS.values() for w in forms]
    words += [*number_words.TEEN_TAILS, *number_words.HUNDRED, *number_words.VAGUE_TEEN_HEADS]
    return _norm_set(words)


def _or_after_wa(words: frozenset[str]) -> frozenset[str]:
    """The words `w` whose reading with a glued و taken off (w[1:] when w opens on و, else w) is one
    of `words`: a set test, where taking off the letter costs a slice and a hash."""
    return frozenset({w for w in words if w[:1] != "و"} | {"و" + w for w in words})


def _classes(members: Iterable[tuple[int, Iterable[str]]]) -> dict[str, int]:
    table: dict[str, int] = {}
    for bit, words in members:
        for word in words:
            table[word] = table.get(word, 0) | bit
    return table


@cache
def lexicon() -> Lexicon:
    heads = _head_table()
    head_re = re.compile(
        rf"(?<!\w)(?P<pre>[وف]?[بلك]?)(?P<art>ال|(?<=ل)ل)?(?P<head>{_phrase_trie(heads)})(?!\w)"
        r"(?:\s*(?P<next>\w+|\S))?"
    )
    titles = "|".join(re.escape(normalize_term(t)) for t in lang.OFFICIAL_TITLES)
    verbs = frozenset(v + ending for v in _norm_set(lang.VERBS) for ending in _VERB_ENDINGS)
    places, glued = _gazetteer()
    cardinals = _cardinals()
    definite_openers = _norm_set(
        lang.DESCRIPTORS,
        lang.NAMING_ADJECTIVES,
        (phrase.split()[0] for phrase in lang.DESCRIPTOR_PHRASES),
        (c for closures in lang.CLOSURES.values() for c in closures),
    )
    stops, generic = _norm_set(lang.STOP_WORDS), _norm_set(lang.GENERIC_WORDS)
    head_words = _head_word_forms(heads)
    specialties, leads = _norm_set(lang.SPECIALTIES), _norm_set(lang.SPECIALTY_LEADS)
    admin = _norm_set(lang.ADMIN_WORDS)
    descriptor_phrases = _by_first_word(lang.DESCRIPTOR_PHRASES)
    blocked = stops | generic | verbs | head_words
    place_words = frozenset(places.keys() | glued.keys())
    adjectives = _norm_set(lang.ADJECTIVES, lang.NATIONALITIES)
    ordinals = _norm_set(lang.ORDINALS)
    naming_adjectives = _norm_set(lang.NAMING_ADJECTIVES)
    title_words = _norm_set(lang.TITLES)
    prefixes = _norm_set(lang.NAME_PREFIXES)
    health = _norm_set(lang.HEALTH_DESCRIPTORS, lang.DESCRIPTOR_PHRASES)
    hospital = _norm_set(lang.HOSPITAL_DESCRIPTORS)
    classes = _classes(
        [
            (TITLE, title_words),
            (SPECIALTY, leads | specialties),
            (PLACE_WORD, place_words),
            (PREFIX, prefixes),
            (BLOCKED, blocked),
            (ADJECTIVE, adjectives),
            (ORDINAL, ordinals),
            (NAMING, naming_adjectives),
            (HEALTH, health | hospital),
        ]
    )
    return Lexicon(
        stem_res=_stem_patterns(heads),
        head_re=head_re,
        openers=_norm_set(lang.NAME_OPENERS),
        definite_openers=definite_openers,
        dead_ends=(stops | generic | verbs)
        - definite_openers
        - places.keys()
        - _norm_set(lang.LIST_CUES, lang.TITLES, lang.SPECIALTIES, lang.SPECIALTY_LEADS, ("أول",)),
        heads=heads,
        head_words=head_words,
        blocked=blocked,
        phrase_nouns=leads | specialties | generic | stops | admin,
        specialty_words=leads | specialties,
        place_words=place_words,
        official_re=re.compile(rf"(?:^|\s)(?:ال)?(?:{titles})(?:\s+(?:ال)?عام)?\s*$"),
        cardinals=cardinals,
        cardinal_words=_or_after_wa(cardinals),
        descriptors=_norm_set(lang.DESCRIPTORS),
        descriptor_phrases=descriptor_phrases,
        descriptor_words=_norm_set(lang.DESCRIPTORS) | descriptor_phrases.keys(),
        health_descriptors=health,
        hospital_descriptors=hospital,
        adjectives=adjectives,
        ordinals=ordinals,
        naming_adjectives=naming_adjectives,
        titles=title_words,
        given_names=_norm_set(lang.DEFINITE_GIVEN_NAMES),
        links=_norm_set(lang.NAME_LINKS),
        prefixes=prefixes,
        specialties=specialties,
        leads=leads,
        stops=stops,
        generic=generic,
        admin=admin,
        admin_plurals=_norm_set(lang.ADMIN_PLURALS),
        halves=_norm_set(lang.PLACE_HALVES),
        compass=_norm_set(lang.COMPASS_WORDS),
        months=_by_first_word(GREGORIAN_MONTHS),
        list_cues=_norm_set(lang.LIST_CUES),
        places=places,
        glued=glued,
        classes=classes,
    )
