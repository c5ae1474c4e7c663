"""Reading a facility's name in the words after its head noun: where it starts, what it holds, where it ends.

A name is a body (a royal or personal name, a place, a specialty, a brand, a date) and a tail
(adjectives, ordinals, a specialty phrase, a location ب + place). The same head nouns also make generic
mentions, so each head's policy (see facility_heads.HEADS) says what makes a reading specific, and a name
stops at the first word that cannot belong to one: a verb, a preposition opening a new phrase, a number,
punctuation, another head noun. After a plural or dual head, the reader takes one name per list item.

The readers work on a `Walk`: the normalised tokens of a short window after one head. Building facts
from what they read (original spelling, offsets) is facilities.py's job.
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

TOKEN = re.compile(r"\w+|\n|[^\w\s]")
_MAX_FREE_UNITS = 2  # unknown words a name body may hold (قصر العيني، شارل نيكول)
_MAX_LIST_ITEMS = 12
_MAX_ITEM_WORDS = 4  # words of one item in a bracketed or colon list
_VERB_ENDINGS = ("", "ت", "ا", "تا", "وا")  # past tense: he, she, they two, they two (f.), they
# A word opening with one of these is a prepositional or conjoined phrase (للصحة النفسية، بالرياض،
# والملك خالد، بمواصفات، لتقديم، كأول), never a name word; the tail and list readers read such phrases.
_PHRASE_OPENERS = ("لل", "لا", "لم", "لت", "بال", "با", "بم", "بت", "وال", "ول", "وب", "فال", "كال")
# A word ending in one of these carries a possessive pronoun (خدماتها، أقسامه): a noun, never a name.
_POSSESSIVES = ("ها", "هم", "هما", "كم")
_COMMAS = ("،", ",")


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
    stem_re: re.Pattern[str]
    head_re: re.Pattern[str]
    next_word_re: re.Pattern[str]
    openers: frozenset[str]
    definite_openers: frozenset[str]  # words that may follow a definite head naming a facility
    dead_ends: frozenset[str]  # words after which a head names nothing
    heads: dict[str, Head]
    head_word_re: re.Pattern[str]
    official_re: re.Pattern[str]
    cardinals: frozenset[str]
    descriptors: frozenset[str]
    descriptor_phrases: _Phrases
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
    verbs: frozenset[str]
    admin: frozenset[str]
    admin_plurals: frozenset[str]
    halves: frozenset[str]
    compass: frozenset[str]
    months: _Phrases
    list_cues: frozenset[str]
    places: dict[str, tuple[tuple[tuple[str, ...], Place], ...]]
    glued: dict[str, tuple[tuple[tuple[str, ...], Place], ...]]


def _norm_set(*groups: Iterable[str]) -> frozenset[str]:
    return frozenset(normalize_term(w) for words in groups for w in words)


def _by_first_word(phrases: Iterable[str]) -> _Phrases:
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(normalize_term(phrase).split())
        table.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}


def _alternation(forms: Iterable[str]) -> str:
    ordered = sorted(forms, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in form.split()) for form in ordered)


def _stem_pattern(heads: Iterable[str]) -> re.Pattern[str]:
    """The first letters of every head word, grouped by first letter.

    Python's regex engine tries a pattern at every position, and the full head pattern (optional
    proclitics, article, a long alternation) is slow to reject; these stems reject most positions
    cheaply and the full pattern is only tried at the start of a word that holds one.
    """
    stems = {h.split()[0][:4] for h in heads}
    groups: dict[str, list[str]] = {}
    for stem in stems:
        groups.setdefault(stem[0], []).append(re.escape(stem[1:]))
    return re.compile(
        "|".join(
            f"{re.escape(c)}(?:{'|'.join(sorted(rest, key=len, reverse=True))})" for c, rest in groups.items()
        )
    )


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


@cache
def lexicon() -> Lexicon:
    heads = _head_table()
    head_re = re.compile(
        rf"(?<!\w)(?P<pre>[وف]?[بلك]?)(?P<art>ال|(?<=ل)ل)?(?P<head>{_alternation(heads)})(?!\w)"
    )
    first_words = {h.split()[0] for h in heads}
    titles = "|".join(re.escape(normalize_term(t)) for t in lang.OFFICIAL_TITLES)
    verbs = frozenset(v + ending for v in _norm_set(lang.VERBS) for ending in _VERB_ENDINGS)
    places, glued = _gazetteer()
    definite_openers = _norm_set(
        lang.DESCRIPTORS,
        lang.NAMING_ADJECTIVES,
        (phrase.split()[0] for phrase in lang.DESCRIPTOR_PHRASES),
        (c for closures in lang.CLOSURES.values() for c in closures),
    )
    stops, generic = _norm_set(lang.STOP_WORDS), _norm_set(lang.GENERIC_WORDS)
    return Lexicon(
        stem_re=_stem_pattern(heads),
        head_re=head_re,
        next_word_re=re.compile(r"\s*(\w+|\S)"),
        openers=_norm_set(lang.NAME_OPENERS),
        definite_openers=definite_openers,
        dead_ends=(stops | generic | verbs)
        - definite_openers
        - places.keys()
        - _norm_set(lang.LIST_CUES, lang.TITLES, lang.SPECIALTIES, lang.SPECIALTY_LEADS, ("أول",)),
        heads=heads,
        head_word_re=re.compile(rf"[وف]?[بلك]?(?:ال|ل)?(?:{_alternation(first_words)})"),
        official_re=re.compile(rf"(?:^|\s)(?:ال)?(?:{titles})(?:\s+(?:ال)?عام)?\s*$"),
        cardinals=_cardinals(),
        descriptors=_norm_set(lang.DESCRIPTORS),
        descriptor_phrases=_by_first_word(lang.DESCRIPTOR_PHRASES),
        health_descriptors=_norm_set(lang.HEALTH_DESCRIPTORS, lang.DESCRIPTOR_PHRASES),
        hospital_descriptors=_norm_set(lang.HOSPITAL_DESCRIPTORS),
        adjectives=_norm_set(lang.ADJECTIVES, lang.NATIONALITIES),
        ordinals=_norm_set(lang.ORDINALS),
        naming_adjectives=_norm_set(lang.NAMING_ADJECTIVES),
        titles=_norm_set(lang.TITLES),
        given_names=_norm_set(lang.DEFINITE_GIVEN_NAMES),
        links=_norm_set(lang.NAME_LINKS),
        prefixes=_norm_set(lang.NAME_PREFIXES),
        specialties=_norm_set(lang.SPECIALTIES),
        leads=_norm_set(lang.SPECIALTY_LEADS),
        stops=stops,
        generic=generic,
        verbs=verbs,
        admin=_norm_set(lang.ADMIN_WORDS),
        admin_plurals=_norm_set(lang.ADMIN_PLURALS),
        halves=_norm_set(lang.PLACE_HALVES),
        compass=_norm_set(lang.COMPASS_WORDS),
        months=_by_first_word(GREGORIAN_MONTHS),
        list_cues=_norm_set(lang.LIST_CUES),
        places=places,
        glued=glued,
    )


def singular_adjective(word: str) -> str:
    """A plural's adjective as its masculine singular head takes it (الاستشفائية → الاستشفائي)."""
    return word[:-1] if word.endswith(("ة", "ه")) else word


@dataclass(slots=True)
class Walk:
    """The tokens after one head (normalised words and their offsets) and the place found among them.

    Every reader method takes a token index and returns the index after what it read, or -1.
    """

    lex: Lexicon
    text: str
    origin: int  # where the window starts in the normalised text
    limit: int  # where it ends
    words: list[str]
    cuts: dict[int, tuple[int, ...]] = field(default_factory=dict)  # glued token -> split offsets
    stripped: dict[int, int] = field(default_factory=dict)  # token -> letters of a conjunction cut off
    place: Place | None = None
    _spans: list[tuple[int, int]] = field(default_factory=list)

    def span(self, i: int) -> tuple[int, int]:
        """Offsets of token i, found only when a fact is built: most heads name nothing."""
        if not self._spans:
            self._spans = [t.span() for t in TOKEN.finditer(self.text, self.origin, self.limit)]
        return self._spans[i]

    def __len__(self) -> int:
        return len(self.words)

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""

    def is_word(self, i: int) -> bool:
        return self.word(i)[:1].isalpha()

    def strip(self, i: int, letters: int) -> None:
        """Read token i without the conjunction glued to it (ومنى الجسر → منى الجسر)."""
        self.words[i] = self.words[i][letters:]
        self.stripped[i] = self.stripped.get(i, 0) + letters

    def blocked(self, w: str) -> bool:
        """Words that end any name: particles, generic nouns, verbs, head nouns, non-words."""
        lex = self.lex
        return (
            not w.isalpha()
            or w in lex.stops
            or w in lex.generic
            or w in lex.verbs
            or lex.head_word_re.fullmatch(w) is not None
        )

    def verb_like(self, w: str) -> bool:
        """An imperfect or future verb (يستقبل، سيتم) that no gazetteer place explains."""
        shaped = (len(w) >= 4 and w[0] == "ي") or (len(w) >= 5 and w.startswith(("سي", "ست")))
        return shaped and w not in self.lex.places

    def opens_phrase(self, w: str) -> bool:
        """A preposition or conjunction glued to a word, or a noun with a pronoun glued on: the start
        of a new phrase, not a name word."""
        lex = self.lex
        rest = w[1:]
        return (
            w.startswith(_PHRASE_OPENERS)
            or (w.endswith(_POSSESSIVES) and w not in lex.places)
            or (
                w[:1] in ("ل", "ب")
                and (
                    rest in lex.leads
                    or rest in lex.specialties
                    or rest in lex.generic
                    or rest in lex.stops
                    or rest in lex.admin
                    or (w[0] == "ب" and rest in lex.places)
                )
            )
        )

    def conjoined(self, w: str) -> bool:
        """و glued to a word no gazetteer or name prefix explains (وإنشاء): a new phrase, not a name."""
        return w[:1] == "و" and w not in self.lex.places and w not in self.lex.prefixes

    def unit(self, i: int) -> int:
        """One name word, or a prefix word with the word it needs (أبو عروة، عبد الله، كفر الشيخ)."""
        w = self.word(i)
        if w in self.lex.prefixes and self.is_word(i + 1) and not self.blocked(self.word(i + 1)):
            return i + 2
        return i + 1 if self.is_word(i) and not self.blocked(w) else -1

    def person(self, i: int, first: str | None = None) -> int:
        """A title and the personal name it opens (الملك سلمان بن عبدالعزيز آل سعود، الملكة رانيا العبدالله).

        The given name is taken whatever it is (على and علي normalise alike); a second given name only
        when it cannot be the object of a verb (a prefix unit, a name before بن, no feminine noun).
        """
        lex = self.lex
        if (first or self.word(i)) not in lex.titles:
            return -1
        j = i + 1
        w = self.word(j)
        if w in lex.prefixes and self.is_word(j + 1):
            j += 2
        elif self.is_word(j) and lex.head_word_re.fullmatch(w) is None and w not in lex.generic:
            j += 1
        else:
            return -1
        w = self.word(j)
        if (
            w
            and not w.startswith("ال")
            and not self.opens_phrase(w)
            and w not in lex.links
            and (second := self.unit(j)) > 0
            and (w in lex.prefixes or self.word(second) in lex.links or not w.endswith("ه"))
        ):
            j = second
        while self.word(j) in lex.links and self.is_word(j + 1):
            j = self.unit(j + 1) if self.word(j + 1) in lex.prefixes else j + 2
            if j < 0:
                return -1
        w = self.word(j)
        family = w.startswith("ال") and not (
            w in lex.adjectives or w in lex.ordinals or w in lex.specialties or w in lex.places
        )
        return j + 1 if family and not self.blocked(w) else j

    def specialty(self, i: int, first: str | None = None) -> int:
        """One or more specialties (النساء والولادة والأطفال، أمراض القلب، معالجة أمراض وجراحة القلب).

        Lead words (أمراض، جراحة، الصحة) count only when a specialty word completes them.
        """
        lex = self.lex
        j, end = i, -1
        while j < len(self):
            w = first if (first is not None and j == i) else self.word(j)
            if j > i and w[:1] == "و" and (w[1:] in lex.specialties or w[1:] in lex.leads):
                w = w[1:]
            if w in lex.leads:
                j += 1
            elif w in lex.specialties:
                j += 1
                end = j
            else:
                break
        return end

    def date(self, i: int) -> int:
        """A date that names a facility (أول نوفمبر 1954، 20 أوت 1955), as Algerian hospitals are."""
        w = self.word(i)
        if w != "اول" and not (w.isdigit() and 1 <= int(w) <= 31):
            return -1
        month = next(
            (
                m
                for m in self.lex.months.get(self.word(i + 1), ())
                if tuple(self.words[i + 1 : i + 1 + len(m)]) == m
            ),
            None,
        )
        if month is None:
            return -1
        j = i + 1 + len(month)
        year = self.word(j)
        return j + 1 if year.isdigit() and 1800 <= int(year) <= 2100 else j

    def place_at(self, i: int, first: str | None = None) -> int:
        """A gazetteer place at token i, `first` standing for its first word after a stripped ب.

        A place whose words the text glued together (الولاياتالمتحدة) also matches; the token is then
        marked to be cut apart when the name is rebuilt.
        """
        token = self.word(i)
        w = token if first is None else first
        for rest, place in self.lex.places.get(w, ()):
            if all(self.word(i + 1 + k) == r for k, r in enumerate(rest)):
                self.place = place
                return i + 1 + len(rest)
        for words, place in self.lex.glued.get(w, ()):
            glued_count = next(k for k in range(2, len(words) + 1) if "".join(words[:k]) == w)
            rest = words[glued_count:]
            if all(self.word(i + 1 + k) == r for k, r in enumerate(rest)):
                offset = self.stripped.get(i, 0) + len(token) - len(w)
                for word in words[: glued_count - 1]:
                    offset += len(word)
                    self.cuts[i] = (*self.cuts.get(i, ()), offset)
                self.place = place
                return i + 1 + len(rest)
        return -1

    def half(self, j: int) -> int:
        """A village's half after its name (الصوامعة شرق، الحاجر قبلي), when one follows: بحري/قبلي
        always, a compass word unless it governs a definite word or a place (شرق المحافظة، غرب أسوان)."""
        lex = self.lex
        w = self.word(j)
        if w in lex.halves:
            return j + 1
        after = self.word(j + 1)
        governs = after.startswith("ال") or after in lex.places
        return j + 1 if w in lex.compass and not governs else j

    def location(self, i: int, fallback: bool) -> int:
        """A location suffix: ب + place (بالمدينة المنورة، بمنطقة الرياض، بقرية أبو رواش، لولاية وهران).

        With `fallback`, ب + any plain word is a place too: descriptive heads (المستشفى الإقليمي،
        الوحدة الصحية) are mostly named by their town, and no gazetteer lists every village.
        """
        lex = self.lex
        w = self.word(i)
        if not w or w in lex.stops:
            return -1
        if w == "ب":
            start, rest = i + 1, self.word(i + 1)
        elif len(w) > 2 and (w[0] == "ب" or (w[0] == "ل" and w[1:] in lex.admin)):
            start, rest = i, w[1:]
        else:
            return -1
        if rest in lex.admin:
            j = self.place_at(start + 1)
            j = j if j > 0 else self.unit(start + 1)
            return self.half(j) if j > 0 else j
        j = self.place_at(start, first=rest if start == i else None)
        if j > 0 or not fallback or start != i or w.startswith(("بم", "بت")):
            return j
        bare = rest[2:] if rest.startswith("ال") else rest
        if (
            (rest[:1] == "ا" and bare == rest)  # ب + a verbal noun (بإجراء، بأحدث)
            or self.blocked(rest)
            or rest in lex.specialties
            or rest in lex.descriptors
            or bare in lex.admin
            or bare in lex.admin_plurals
        ):
            return -1
        if rest in lex.prefixes:
            return i + 2 if self.is_word(i + 1) and not self.blocked(self.word(i + 1)) else -1
        return i + 1

    def descriptors(self, i: int) -> tuple[int, frozenset[str], tuple[int, ...]]:
        """Type words right after a head (صحي، الاستشفائي الجامعي، الرعاية الصحية الأولية): the index
        after them, what they were, and which tokens were single adjectives (not in a phrase)."""
        lex = self.lex
        found: set[str] = set()
        singles: list[int] = []
        while i < len(self):
            phrases = lex.descriptor_phrases.get(self.words[i], ())
            phrase = next((p for p in phrases if tuple(self.words[i : i + len(p)]) == p), None)
            if phrase:
                found.add(" ".join(phrase))
                i += len(phrase)
            elif self.word(i) in lex.descriptors:
                found.add(self.word(i))
                singles.append(i)
                i += 1
            else:
                break
        return i, frozenset(found), tuple(singles)

    def body(self, i: int) -> tuple[int, list[str]]:
        """The name proper: (index after it, the kinds of its parts).

        Parts chain only in construct state (جامعة الملك عبدالعزيز، قصر العيني): a part ending in a
        definite word, or a title with its person, completes the body; a definite given name
        (الحبيب ثامر) does not.
        """
        lex = self.lex
        w = self.word(i)
        if w in lang.QUOTES:
            close = next((k for k in range(i + 1, min(i + 7, len(self))) if self.word(k) in lang.QUOTES), -1)
            if close > i + 1 and all(self.is_word(k) for k in range(i + 1, close)):
                return close + 1, ["quoted"]
            return i, []
        if (w == "اول" or w.isdigit()) and (j := self.date(i)) > 0:
            return j, ["date"]
        if w.isdigit() and len(w) >= 3 and not 1900 <= int(w) <= 2100:
            return i + 1, ["number"]
        if w in lex.naming_adjectives:
            return i + 1, ["proper"]
        parts: list[str] = []
        while i < len(self) and not (parts and (parts[-1] == "title" or self._definite_end(i - 1))):
            w = self.word(i)
            if (j := self.person(i)) > 0:
                parts.append("title")
            elif (j := self.specialty(i)) > 0:
                parts.append("specialty")
            elif (j := self.place_at(i)) > 0:
                parts.append("place")
            elif (
                parts.count("free") < _MAX_FREE_UNITS
                and w not in lex.descriptors
                and not self.verb_like(w)
                and not self.opens_phrase(w)
                and not self.conjoined(w)
                and (j := self.unit(i)) > 0
            ):
                parts.append("free")
            else:
                break
            i = j
        return i, parts

    def _definite_end(self, k: int) -> bool:
        w = self.words[k]
        return w.startswith("ال") and w not in self.lex.given_names


@dataclass(slots=True)
class Tail:
    """What the words after a body showed."""

    end: int
    closed: bool = False  # the circumfix adjective (الطبية، الصحي) was read
    ordinal: bool = False
    health: bool = False  # a health adjective (الصحي، الطبي، الاستشفائي)
    specialty: bool = False  # a specialty phrase (للصحة النفسية، لأمراض القلب)
    located: int = -1  # token where a location suffix starts
    feminine: bool = False  # an adjective in ة: after a plural head it describes the plural


def read_tail(walk: Walk, i: int, head: Head, closed: bool, body: list[str]) -> Tail:
    """Adjectives, ordinals, a specialty phrase and a location after the body, in any order.

    A circumfix name closed after its body takes nothing but adjectives and a location: the place
    after مدينة الملك سلمان الطبية is where it stands (facilities.py keeps it only when the text
    never gives the name without it).
    """
    lex = walk.lex
    tail = Tail(i, closed=closed)
    in_specialty = bool(body) and body[-1] == "specialty"
    while tail.end < len(walk):
        i = tail.end
        w = walk.word(i)
        named = not (tail.closed and body)  # a closed name takes no specialty phrase
        if head.closures and not tail.closed and w in head.closures:
            tail.closed = True
            tail.end += 1
        elif w in lex.ordinals:
            tail.ordinal = True
            tail.end += 1
        elif w in lex.adjectives:
            tail.health |= w in lex.health_descriptors or w in lex.hospital_descriptors
            tail.feminine |= w.endswith("ه")
            tail.end += 1
        elif named and w[:1] == "ل" and (j := walk.specialty(i, first=_after_lam(w))) > 0:
            tail.specialty = in_specialty = True
            tail.end = j
        elif named and in_specialty and w[:1] == "و" and (j := walk.specialty(i, first=w[1:])) > 0:
            tail.end = j
        else:
            if (j := walk.location(i, fallback=head.policy == "located" or head.definite)) > 0:
                tail.located = i
                tail.end = j
            break
    return tail


def _after_lam(w: str) -> str:
    """The word after a glued ل, the article's elided alef put back (للصحة → الصحة)."""
    return "ال" + w[2:] if w[:2] == "لل" else w[1:]


@dataclass(frozen=True, slots=True)
class Name:
    end: int  # token index after the name
    kind: str
    rule: str
    confidence: float
    bare_end: int = -1  # where a closed name's location suffix starts, if it has one


def _is_named(
    lex: Lexicon,
    head: Head,
    definite: bool,
    found: frozenset[str],
    body: list[str],
    tail: Tail,
    personal: bool = False,
) -> bool:
    """Whether head + descriptors + body + tail make one specific facility, by the head's policy."""
    located = tail.located >= 0
    if head.policy == "circumfix":
        closed_ok = tail.closed and (bool(body) or not definite or tail.ordinal or located)
        return closed_ok or (tail.specialty and bool(body))
    if head.policy == "institution":
        return tail.closed and (bool(body) or bool(found))
    if head.policy == "open":
        return bool(body) or (definite and bool(found) and located)
    if head.policy in ("strict", "institute"):
        health = bool(found & lex.health_descriptors) or tail.health or tail.specialty
        return (
            (bool(body) and body[0] == "specialty")
            or (health and (bool(body) or (definite and located)))
            or (head.policy == "institute" and personal)
        )
    if head.policy == "brand":
        return body[:1] in (["free"], ["title"], ["quoted"]) and not definite
    return bool(body) or located


def _kind(lex: Lexicon, head: Head, found: frozenset[str], body: list[str], tail: Tail) -> str:
    if head.policy in ("strict", "institute"):
        if body[:1] == ["specialty"] or tail.specialty:
            return "specialised_centre"
        if found & lex.hospital_descriptors:
            return "hospital"
    return head.kind


def _personal(walk: Walk, start: int, body: list[str], body_end: int, tail_end: int) -> bool:
    """A two-word personal name (صالح عزيز، الهادي الرايس) and no purpose phrase after it: an
    institute named after a physician, not one for studies or music (معهد ... للدراسات), nor a
    construct of common nouns (معهد بحوث البترول)."""
    first, second, after = walk.word(start), walk.word(start + 1), walk.word(tail_end)
    purpose = after.startswith("لل")  # ل + a verbal noun (لاستكمال الفحوص) is the sentence's purpose
    return (
        body == ["free", "free"]
        and body_end == start + 2
        and (first in walk.lex.given_names or not (first.startswith("ال") or second.startswith("ال")))
        and not purpose
    )


def read_name(walk: Walk, head: Head, article_before: bool) -> Name | None:
    """The name after a singular head, or None when the mention is generic.

    A definite head needs a descriptor first (المستشفى الجامعي ابن رشد، المستشفى الإقليمي بالرشيدية),
    else it points back to a facility already named (المستشفى، المركز الأول). An indefinite head with a
    non-primary-care descriptor is a description (مستشفى ميداني، مستشفى تخصصي للأطفال).
    """
    lex = walk.lex
    i, found, closed = 0, frozenset(), False
    if head.policy in ("circumfix", "institution") and walk.word(0) in head.closures:
        closed, i = True, 1
    elif head.policy != "circumfix":
        i, found, _ = walk.descriptors(0)
        closed = head.policy == "institution" and any(" " in f for f in found)
    if article_before and not (found or closed or head.definite or walk.word(i) in lex.naming_adjectives):
        return None
    if not article_before and head.policy != "located" and found - lex.health_descriptors:
        return None
    # a primary-care phrase puts the head in construct with a definite noun (مركز الرعاية الأولية)
    definite = article_before or head.definite or any(" " in f for f in found)
    body_start = i
    i, body = (i, []) if closed else walk.body(i)
    if head.policy == "brand" and body[:1] == ["free"] and walk.word(body_start).startswith("ال"):
        return None  # a clinic named by a definite noun is a service (عيادة الإقلاع عن التدخين)
    if body[:1] == ["number"]:
        # a number names a hospital (مستشفى 57357); after other heads it is a phone line (مركز 937)
        return Name(i, head.kind, "facility.head_name", 0.75) if head.policy == "open" else None
    tail = read_tail(walk, i, head, closed, body)
    personal = head.policy == "institute" and _personal(walk, body_start, body, i, tail.end)
    if not _is_named(lex, head, definite, found, body, tail, personal):
        return None
    rule = "facility.head_name"
    if head.kind == "medical_city":
        rule = "facility.medical_city"
    elif head.kind == "health_cluster":
        rule = "facility.cluster"
    confidence = 0.9 if body and body != ["free"] else 0.75
    bare_end = tail.located if tail.closed and body and tail.located >= 0 else -1
    return Name(tail.end, _kind(lex, head, found, body, tail), rule, confidence, bare_end)


def read_directorate(walk: Walk, head: Head) -> Name | None:
    """A directorate phrase and its place: after it (مديرية صحة إربد) or as a suffix (بمنطقة الرياض)."""
    lex = walk.lex
    i = 0
    if head.place_body:
        i = max(walk.place_at(0), walk.unit(0))
        if i < 0:
            return None
    while walk.word(i) in lex.adjectives:
        i += 1
    j = walk.location(i, fallback=False)
    if j < 0 and not head.place_body:
        return None
    return Name(max(i, j), "directorate", "facility.directorate", 0.9)


@dataclass(frozen=True, slots=True)
class Item:
    start: int  # first token
    skip: int  # letters of a conjunction to leave out of the first token
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class Listing:
    """The names after a plural or dual head, and the plural's adjectives each name takes."""

    items: list[Item]
    singles: tuple[int, ...] = ()  # adjectives each name takes, in the singular (الاستشفائي الجامعي)


def read_list(walk: Walk, head: Head, definite: bool) -> Listing:
    """Names after a plural or dual head, one per item.

    Two shapes: a bracketed or colon list (مراكز ( المنصور-الخالدية )، مستشفيات: طهطا العام، والمراغة
    المركزي) and names joined by و (مستشفيات أسيوط العام وديروط المركزي، مستشفيا العدان والفروانية).
    """
    i, found, singles = walk.descriptors(0)
    if not head.masculine:
        singles = ()
    found = frozenset(singular_adjective(f) if " " not in f else f for f in found) if singles else found
    while walk.word(i) in walk.lex.list_cues:
        i += 1
    if walk.word(i) == ":" and walk.word(i + 1) == "(":
        i += 1
    if walk.word(i) in ("(", ":") and head.number == "plural":
        return Listing(_listed_items(walk, head, i), singles)
    if not definite and found - walk.lex.health_descriptors:
        return Listing([])  # a description of many (مستشفيات ميدانية في منى)
    return Listing(_joined_items(walk, head, i, found, definite), singles)


def _joined_items(walk: Walk, head: Head, i: int, found: frozenset[str], definite: bool) -> list[Item]:
    """Names joined by و (and commas), each read like the name after the singular head.

    A plural list must open on a name that cannot be the plural's complement (see `_weak`); an
    adjective in ة after a masculine head agrees with the plural (مستشفيات الرياض العامة والخاصة): a
    description. A dual names exactly two.
    """
    lex = walk.lex
    wanted = 2 if head.number == "dual" else _MAX_LIST_ITEMS
    items: list[Item] = []
    while len(items) < wanted:
        comma = walk.word(i) in _COMMAS
        i += comma
        w = walk.word(i)
        skip, joined = 0, False
        if items:
            if w == "و":
                i, joined = i + 1, True
            elif w[:1] == "و" and len(w) > 2 and not (comma and (w in lex.places or w in lex.prefixes)):
                skip, joined = 1, True
                walk.strip(i, 1)
            elif not comma:
                break
        w = walk.word(i)
        if w in lex.adjectives and w not in lex.places and w not in lex.naming_adjectives:
            break  # an adjective of the plural (المستشفيات المرجعية)
        end, body = walk.body(i)
        if not body or body == ["number"] or (items and not joined and body[0] != "title"):
            break  # a comma alone goes on only with titled names (مستشفيات الملك فهد، الملك خالد)
        tail = read_tail(walk, end, head, False, body)
        if not _is_named(lex, head, definite, found, body, tail) or (head.masculine and tail.feminine):
            return items if head.number == "plural" and len(items) >= 2 else []
        if not items and head.number == "plural" and tail.end == end and _weak(walk, i, end, body):
            return []
        items.append(Item(i, skip, tail.end, _kind(lex, head, found, body, tail)))
        i = tail.end
    return items if len(items) >= 2 else []


def _weak(walk: Walk, i: int, end: int, body: list[str]) -> bool:
    """A first item that may be a plural's complement rather than a name: a bare place (مستشفيات جدة
    والطائف) or one definite noun (مستشفيات العزل والحجر، مستشفيات الحج والعمرة)."""
    return body == ["place"] or (body == ["free"] and end == i + 1 and walk.word(i).startswith("ال"))


def _listed_items(walk: Walk, head: Head, i: int) -> list[Item]:
    """Items of a bracketed list (all must be names, or it is no list) or a colon list (up to the
    first item that is not a name: the sentence goes on after the list)."""
    lex = walk.lex
    opener = walk.word(i)
    closers = (")", "\n") if opener == "(" else (".", "\n", ")", "(")
    close = next((k for k in range(i + 1, len(walk)) if walk.word(k) in closers), len(walk))
    if opener == "(" and walk.word(close) != ")":
        return []
    items = []
    for a, b in _cut_items(walk, i + 1, close)[:_MAX_LIST_ITEMS]:
        w = walk.word(a)
        skip = 1 if w[:1] == "و" and len(w) > 2 and (w.startswith("وال") or walk.conjoined(w)) else 0
        if skip:
            walk.strip(a, skip)
        first = walk.word(a)
        if (
            b - a > _MAX_ITEM_WORDS
            or not all(walk.is_word(k) for k in range(a, b))
            or walk.blocked(first)
            or first in lex.descriptors
            or any(walk.blocked(walk.word(k)) for k in range(a + 1, b))
        ):
            if opener == "(":
                return []
            break
        kind = "specialised_centre" if walk.specialty(a) == b else head.kind
        items.append(Item(a, skip, b, kind))
    return items


def _cut_items(walk: Walk, i: int, close: int) -> list[tuple[int, int]]:
    """Token ranges of a list's items: cut at separators (- ، /) and before و + a word (المنصور
    والخالدية، النسيم وحطين); stray marks (*) around an item are dropped."""
    cuts: list[tuple[int, int]] = []
    start = i
    for k in range(i, close + 1):
        w = walk.word(k)
        if k == close or w[:1] in lang.LIST_SEPARATORS:
            cuts.append((start, k))
            start = k + 1
        elif k > start and walk.is_word(k - 1) and (w.startswith("وال") or walk.conjoined(w)) and len(w) > 2:
            cuts.append((start, k))
            start = k
    ranges = []
    for a, b in cuts:
        while a < b and not walk.is_word(a):
            a += 1
        while b > a and not walk.is_word(b - 1):
            b -= 1
        if a < b:
            ranges.append((a, b))
    return ranges
