"""Named health facilities: a head noun, the name that follows it, and where that name ends.

Press releases name facilities as a head noun (مستشفى، مركز، تجمع، مديرية ...) followed by a body (a
royal or personal name, a place, a specialty, a brand) and a tail (adjectives, ordinals, a specialty
phrase, a location ب + place). The same head nouns also make generic mentions (80 مركزاً صحياً،
المستشفى العام، مراكز الرعاية الصحية الأولية), so each head carries a policy saying what makes it
specific, and a name stops at the first word that cannot belong to one: a verb, a preposition opening
a new phrase, a number, punctuation, another head noun.

Matching runs on the normalised text: a cheap pattern of head stems finds candidate words, the full
head pattern confirms them, and only the few words after each head are walked. Names are rebuilt from the ORIGINAL text word by word, joined by single
spaces, so words the source glued together come apart (المدينةالمنورة → المدينة المنورة). Within a
document, a shorter mention that a longer one completes (مركز القلب → مركز القلب بالمدينة المنورة،
مدينة الملك سلمان الطبية → مدينة الملك سلمان بن عبدالعزيز الطبية) takes the longer name: one facility.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from extractors.article import Article
from extractors.data import facility_heads as lang
from extractors.data.places import PLACES
from extractors.examples import Example
from extractors.facts import Fact
from extractors.normalize import normalize_term

_TOKEN = re.compile(r"\w+|\n|[^\w\s]")
_WINDOW = 100  # characters after a head that a name usually spans; read again wider when it runs out
_WIDE_WINDOW = 280  # characters a list after a plural head, or a long name, may span
_MAX_FREE_UNITS = 2  # unknown words a name body may hold (قصر العيني، شارل نيكول)
_MAX_LIST_ITEMS = 12
_COUNTED = re.compile(r"\d\s*\Z")  # a number before a singular head counts it (12 مستشفى)
_VERB_ENDINGS = ("", "ت", "ا", "تا", "وا")  # past tense: he, she, they two, they two (f.), they
# A word opening with one of these is a prepositional or conjoined phrase (للصحة النفسية، بالرياض،
# والملك خالد، بمواصفات، لتقديم، كأول), never a name word; the tail and list readers read such phrases.
_PHRASE_OPENERS = ("لل", "لا", "لم", "لت", "بال", "با", "بم", "بت", "وال", "ول", "وب", "فال", "كال")
# A word ending in one of these carries a possessive pronoun (خدماتها، أقسامه): a noun, never a name.
_POSSESSIVES = ("ها", "هم", "هما", "كم")


@dataclass(frozen=True, slots=True)
class _Head:
    singular: str  # natural spelling: the head of each name in a list after a plural
    singular_key: tuple[str, ...]  # the same, normalised
    kind: str
    policy: str  # see facility_heads.HEADS; "directorate" for the fixed directorate phrases
    plural: bool = False
    definite: bool = False  # the head phrase carries its own article (الوحدة الصحية)
    closures: frozenset[str] = frozenset()
    place_body: bool = False  # a directorate whose place follows directly (مديرية صحة الجيزة)


@dataclass(frozen=True, slots=True)
class _Place:
    name: str
    countries: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Lexicon:
    stem_re: re.Pattern[str]
    head_re: re.Pattern[str]
    list_cue_re: re.Pattern[str]
    next_word_re: re.Pattern[str]
    definite_openers: frozenset[str]  # words that may follow a definite head naming a facility
    heads: dict[str, _Head]
    head_word_re: re.Pattern[str]
    official_re: re.Pattern[str]
    descriptors: frozenset[str]
    descriptor_phrases: dict[str, tuple[tuple[str, ...], ...]]  # by first word, longest first
    health_descriptors: frozenset[str]
    hospital_descriptors: frozenset[str]
    adjectives: frozenset[str]
    ordinals: frozenset[str]
    naming_adjectives: frozenset[str]
    titles: frozenset[str]
    links: frozenset[str]
    prefixes: frozenset[str]
    specialties: frozenset[str]
    leads: frozenset[str]
    stops: frozenset[str]
    generic: frozenset[str]
    verbs: frozenset[str]
    admin: frozenset[str]
    places: dict[str, tuple[tuple[tuple[str, ...], _Place], ...]]
    glued: dict[str, tuple[tuple[tuple[str, ...], _Place], ...]]


def _norm_set(*groups: Iterable[str]) -> frozenset[str]:
    return frozenset(normalize_term(w) for words in groups for w in words)


def _by_first_word(phrases: Iterable[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
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


def _head_table() -> dict[str, _Head]:
    """Normalised head phrase, without a leading article, -> what it is."""
    heads: dict[str, _Head] = {}
    for singular, (plurals, kind, policy) in lang.HEADS.items():
        closures = _norm_set(lang.CLOSURES.get(singular, ()))
        form = normalize_term(singular)
        key = tuple(form.split())
        definite = form.startswith("ال") and " " in form
        heads[form[2:] if definite else form] = _Head(
            singular, key, kind, policy, definite=definite, closures=closures
        )
        for plural in plurals:
            heads[normalize_term(plural)] = _Head(singular, key, kind, policy, plural=True, closures=closures)
    for phrase, place_body in lang.DIRECTORATES.items():
        form = normalize_term(phrase)
        core = form[2:] if form.startswith("ال") else form
        heads[core] = _Head(phrase, tuple(form.split()), "directorate", "directorate", place_body=place_body)
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
        place = _Place(name, tuple(countries))
        words = tuple(normalize_term(name).split())
        by_first.setdefault(words[0], []).append((words[1:], place))
        for k in range(2, len(words) + 1):
            glued.setdefault("".join(words[:k]), []).append((words, place))

    def longest_first(table: dict[str, list]) -> dict:
        return {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in table.items()}

    return longest_first(by_first), longest_first(glued)


@cache
def _lexicon() -> _Lexicon:
    heads = _head_table()
    head_re = re.compile(
        rf"(?<!\w)(?P<pre>[وف]?[بلك]?)(?P<art>ال|(?<=ل)ل)?(?P<head>{_alternation(heads)})(?!\w)"
    )
    first_words = {h.split()[0] for h in heads}
    titles = "|".join(re.escape(normalize_term(t)) for t in lang.OFFICIAL_TITLES)
    verbs = _norm_set(lang.VERBS)
    places, glued = _gazetteer()
    title_words = "|".join(re.escape(t) for t in sorted(_norm_set(lang.TITLES), key=len, reverse=True))
    return _Lexicon(
        stem_re=_stem_pattern(heads),
        head_re=head_re,
        next_word_re=re.compile(r"\s*(\w+)"),
        definite_openers=_norm_set(
            lang.DESCRIPTORS,
            lang.NAMING_ADJECTIVES,
            (phrase.split()[0] for phrase in lang.DESCRIPTOR_PHRASES),
            (c for closures in lang.CLOSURES.values() for c in closures),
        ),
        list_cue_re=re.compile(rf"(?:\s+\w+){{0,3}}\s*[(:]|\s+و?(?:{title_words})(?!\w)"),
        heads=heads,
        head_word_re=re.compile(rf"[وف]?[بلك]?(?:ال|ل)?(?:{_alternation(first_words)})"),
        official_re=re.compile(rf"(?:^|\s)(?:ال)?(?:{titles})(?:\s+(?:ال)?عام)?\s*$"),
        descriptors=_norm_set(lang.DESCRIPTORS),
        descriptor_phrases=_by_first_word(lang.DESCRIPTOR_PHRASES),
        health_descriptors=_norm_set(lang.HEALTH_DESCRIPTORS, lang.DESCRIPTOR_PHRASES),
        hospital_descriptors=_norm_set(lang.HOSPITAL_DESCRIPTORS),
        adjectives=_norm_set(lang.ADJECTIVES, lang.NATIONALITIES),
        ordinals=_norm_set(lang.ORDINALS),
        naming_adjectives=_norm_set(lang.NAMING_ADJECTIVES),
        titles=_norm_set(lang.TITLES),
        links=_norm_set(lang.NAME_LINKS),
        prefixes=_norm_set(lang.NAME_PREFIXES),
        specialties=_norm_set(lang.SPECIALTIES),
        leads=_norm_set(lang.SPECIALTY_LEADS),
        stops=_norm_set(lang.STOP_WORDS),
        generic=_norm_set(lang.GENERIC_WORDS),
        verbs=frozenset(v + ending for v in verbs for ending in _VERB_ENDINGS),
        admin=_norm_set(lang.ADMIN_WORDS),
        places=places,
        glued=glued,
    )


@dataclass(slots=True)
class _Walk:
    """The tokens after one head (normalised words and their offsets) and the place found among them.

    Every reader method takes a token index and returns the index after what it read, or -1.
    """

    lex: _Lexicon
    text: str
    origin: int  # where the window starts in the normalised text
    limit: int  # where it ends
    words: list[str]
    cuts: dict[int, tuple[int, ...]] = field(default_factory=dict)  # glued token -> split offsets
    place: _Place | None = None
    _spans: list[tuple[int, int]] = field(default_factory=list)

    def span(self, i: int) -> tuple[int, int]:
        """Offsets of token i, found only when a fact is built: most heads name nothing."""
        if not self._spans:
            self._spans = [t.span() for t in _TOKEN.finditer(self.text, self.origin, self.limit)]
        return self._spans[i]

    def __len__(self) -> int:
        return len(self.words)

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""

    def is_word(self, i: int) -> bool:
        return self.word(i)[:1].isalpha()

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
                and (rest in lex.leads or rest in lex.specialties or rest in lex.generic or rest in lex.stops)
            )
        )

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
                offset = len(token) - len(w)
                for word in words[: glued_count - 1]:
                    offset += len(word)
                    self.cuts[i] = (*self.cuts.get(i, ()), offset)
                self.place = place
                return i + 1 + len(rest)
        return -1

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
            return j if j > 0 else self.unit(start + 1)
        j = self.place_at(start, first=rest if start == i else None)
        if j > 0 or not fallback or start != i or w.startswith(("بم", "بت", "با")):
            return j
        if self.blocked(rest) or rest in lex.specialties or rest in lex.descriptors:
            return -1
        if rest in lex.prefixes:
            return i + 2 if self.is_word(i + 1) and not self.blocked(self.word(i + 1)) else -1
        return i + 1

    def descriptors(self, i: int) -> tuple[int, frozenset[str]]:
        """Type words right after a head (صحي، الاستشفائي الجامعي، الرعاية الصحية الأولية)."""
        lex = self.lex
        found: set[str] = set()
        while i < len(self):
            phrases = lex.descriptor_phrases.get(self.words[i], ())
            phrase = next((p for p in phrases if tuple(self.words[i : i + len(p)]) == p), None)
            if phrase:
                found.add(" ".join(phrase))
                i += len(phrase)
            elif self.word(i) in lex.descriptors:
                found.add(self.word(i))
                i += 1
            else:
                break
        return i, frozenset(found)

    def body(self, i: int) -> tuple[int, list[str]]:
        """The name proper: (index after it, the kinds of its parts).

        Parts chain only in construct state (جامعة الملك عبدالعزيز، قصر العيني): a part ending in a
        definite word, or a title with its person, completes the body.
        """
        lex = self.lex
        w = self.word(i)
        if w in lang.QUOTES:
            close = next((k for k in range(i + 1, min(i + 7, len(self))) if self.word(k) in lang.QUOTES), -1)
            if close > i + 1 and all(self.is_word(k) for k in range(i + 1, close)):
                return close + 1, ["quoted"]
            return i, []
        if w.isdigit() and len(w) >= 3 and not 1900 <= int(w) <= 2100:
            return i + 1, ["number"]
        if w in lex.naming_adjectives:
            return i + 1, ["proper"]
        parts: list[str] = []
        while i < len(self) and not (parts and (parts[-1] == "title" or self.words[i - 1].startswith("ال"))):
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
                and (j := self.unit(i)) > 0
            ):
                parts.append("free")
            else:
                break
            i = j
        return i, parts


@dataclass(slots=True)
class _Tail:
    """What the words after a body showed."""

    end: int
    closed: bool = False  # the circumfix adjective (الطبية، الصحي) was read
    ordinal: bool = False
    health: bool = False  # a health adjective (الصحي، الطبي، الاستشفائي)
    specialty: bool = False  # a specialty phrase (للصحة النفسية، لأمراض القلب)
    located: bool = False


def _tail(walk: _Walk, i: int, head: _Head, closed: bool, body: list[str]) -> _Tail:
    """Adjectives, ordinals, a specialty phrase and a location after the body, in any order.

    A circumfix name closed after its body takes nothing but adjectives: the place after
    مدينة الملك سلمان الطبية is where it stands, not part of its name.
    """
    lex = walk.lex
    tail = _Tail(i, closed=closed)
    in_specialty = bool(body) and body[-1] == "specialty"
    while tail.end < len(walk):
        i = tail.end
        w = walk.word(i)
        if head.closures and not tail.closed and w in head.closures:
            tail.closed = True
            tail.end += 1
        elif w in lex.ordinals:
            tail.ordinal = True
            tail.end += 1
        elif w in lex.adjectives:
            tail.health |= w in lex.health_descriptors or w in lex.hospital_descriptors
            tail.end += 1
        elif tail.closed and body:
            break
        elif w[:1] == "ل" and (j := walk.specialty(i, first="ال" + w[2:] if w[:2] == "لل" else w[1:])) > 0:
            tail.specialty = in_specialty = True
            tail.end = j
        elif in_specialty and w[:1] == "و" and (j := walk.specialty(i, first=w[1:])) > 0:
            tail.end = j
        else:
            if (j := walk.location(i, fallback=head.policy == "located" or head.definite)) > 0:
                tail.located = True
                tail.end = j
            break
    return tail


@dataclass(frozen=True, slots=True)
class _Name:
    end: int  # token index after the name
    kind: str
    rule: str
    confidence: float


def _is_named(
    lex: _Lexicon, head: _Head, definite: bool, found: frozenset[str], body: list[str], tail: _Tail
) -> bool:
    """Whether head + descriptors + body + tail make one specific facility, by the head's policy."""
    if head.policy == "circumfix":
        closed_ok = tail.closed and (bool(body) or not definite or tail.ordinal or tail.located)
        return closed_ok or (tail.specialty and bool(body))
    if head.policy == "open":
        return bool(body) or (definite and bool(found) and tail.located)
    if head.policy == "strict":
        health = bool(found & lex.health_descriptors) or tail.health or tail.specialty
        return (bool(body) and body[0] == "specialty") or (
            health and (bool(body) or (definite and tail.located))
        )
    if head.policy == "brand":
        return body[:1] in (["free"], ["title"], ["quoted"]) and not definite
    return bool(body) or tail.located


def _read_name(walk: _Walk, head: _Head, article_before: bool) -> _Name | None:
    """The name after a singular head, or None when the mention is generic.

    A definite head needs a descriptor first (المستشفى الجامعي ابن رشد، المستشفى الإقليمي بالرشيدية),
    else it points back to a facility already named (المستشفى، المركز الأول). An indefinite head with a
    non-primary-care descriptor is a description (مستشفى ميداني، مستشفى تخصصي للأطفال).
    """
    lex = walk.lex
    i, found, closed = 0, frozenset(), False
    if head.policy == "circumfix":
        if walk.word(0) in head.closures:
            closed, i = True, 1
    else:
        i, found = walk.descriptors(0)
    if article_before and not (found or closed or head.definite or walk.word(i) in lex.naming_adjectives):
        return None
    if not article_before and head.policy != "located" and found - lex.health_descriptors:
        return None
    definite = article_before or head.definite
    body_start = i
    i, body = (i, []) if closed else walk.body(i)
    if head.policy == "brand" and body[:1] == ["free"] and walk.word(body_start).startswith("ال"):
        return None  # a clinic named by a definite noun is a service (عيادة الإقلاع عن التدخين)
    if body[:1] == ["number"]:
        return _Name(i, head.kind, "facility.head_name", 0.75)
    tail = _tail(walk, i, head, closed, body)
    if not _is_named(lex, head, definite, found, body, tail):
        return None
    kind, rule = head.kind, "facility.head_name"
    if head.policy == "strict":
        if body[:1] == ["specialty"] or tail.specialty:
            kind = "specialised_centre"
        elif found & lex.hospital_descriptors:
            kind = "hospital"
    elif head.kind == "medical_city":
        rule = "facility.medical_city"
    elif head.kind == "health_cluster":
        rule = "facility.cluster"
    confidence = 0.9 if body and body != ["free"] else 0.75
    return _Name(tail.end, kind, rule, confidence)


def _read_directorate(walk: _Walk, head: _Head) -> _Name | None:
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
    return _Name(max(i, j), "directorate", "facility.directorate", 0.9)


def _split_items(walk: _Walk, i: int, close: int) -> list[tuple[int, int]]:
    """Token ranges of the names in a list, or [] when it holds anything but names.

    Items are cut at separators (- ، /) and before و + definite word (المنصور والخالدية); stray
    marks (*) around an item are dropped.
    """
    lex = walk.lex
    cuts: list[tuple[int, int]] = []
    start = i
    for k in range(i, close + 1):
        w = walk.word(k)
        if k == close or w[:1] in lang.LIST_SEPARATORS:
            cuts.append((start, k))
            start = k + 1
        elif k > start and w.startswith("وال") and walk.is_word(k - 1):
            cuts.append((start, k))
            start = k
    items = []
    for a, b in cuts:
        while a < b and not walk.is_word(a):
            a += 1
        while b > a and not walk.is_word(b - 1):
            b -= 1
        if a == b:
            continue
        first = walk.word(a)[1:] if walk.word(a).startswith("وال") else walk.word(a)
        if (
            b - a > 4
            or not all(walk.is_word(k) for k in range(a, b))
            or walk.blocked(first)
            or first in lex.descriptors
            or any(walk.blocked(walk.word(k)) for k in range(a + 1, b))
        ):
            return []
        items.append((a, b))
    return items


def _read_list(walk: _Walk, head: _Head) -> list[tuple[int, int, int, str]]:
    """Names after a plural head, one per item: (first token, characters to skip in it, end, kind).

    Two shapes: a bracketed or colon list (مراكز ( المنصور-الخالدية )، مراكز صحية: الفيصلية والشفا)
    and titled names joined by و (مستشفيات الملك فهد والملك خالد).
    """
    lex = walk.lex
    i, _ = walk.descriptors(0)
    if walk.word(i) == ":" and walk.word(i + 1) == "(":
        i += 1
    opener = walk.word(i)
    if opener in ("(", ":"):
        closers = (")", "\n") if opener == "(" else (".", "\n", ")", "(")
        close = next((k for k in range(i + 1, len(walk)) if walk.word(k) in closers), len(walk))
        if opener == "(" and walk.word(close) != ")":
            return []
        out = []
        for a, b in _split_items(walk, i + 1, close)[:_MAX_LIST_ITEMS]:
            skip = 1 if walk.word(a).startswith("وال") else 0
            kind = "specialised_centre" if walk.specialty(a, first=walk.word(a)[skip:]) == b else head.kind
            out.append((a, skip, b, kind))
        return out
    out = []
    while len(out) < _MAX_LIST_ITEMS:
        w = walk.word(i)
        skip = 1 if w[:1] == "و" and w[1:] in lex.titles else 0
        j = walk.person(i, first=w[skip:])
        if j < 0:
            break
        out.append((i, skip, j, head.kind))
        i = j + 1 if walk.word(j) in ("،", ",") else j
    return out


def _name_words(article: Article, walk: _Walk, a: int, b: int, skip: int = 0) -> tuple[list[str], list[str]]:
    """Tokens a..b as the original wrote them and as normalised, word by word, punctuation left out.

    Glued words come apart in both: the normaliser's glue spaces and the gazetteer's cuts split them.
    When the original has exactly one word per token, one slice of it serves.
    """
    kept = [k for k in range(a, b) if walk.words[k][:1].isalnum()]
    if not walk.cuts and len(kept) == b - a:
        first = walk.span(kept[0])[0] + (skip if kept[0] == a else 0)
        o_start, o_end = article.norm.span(first, walk.span(kept[-1])[1])
        original = article.norm.original[o_start:o_end].split()
        if len(original) == len(kept):
            norm = [walk.words[k] for k in kept]
            norm[0] = walk.text[first : walk.span(kept[0])[1]]
            return original, norm
    original, norm = [], []
    for k in kept:
        token_start, token_end = walk.span(k)
        bounds = [
            token_start + (skip if k == a else 0),
            *(token_start + c for c in walk.cuts.get(k, ())),
            token_end,
        ]
        for x, y in itertools.pairwise(bounds):
            original.append(article.norm.original_slice(x, y))
            norm.append(walk.text[x:y])
    return original, norm


def _place_attrs(walk: _Walk, end: int, country: str | None) -> dict[str, str]:
    """city/country from a place in the name, else from a place right after it, else the release's."""
    if walk.place is None:
        if walk.word(end) == "في":
            walk.place_at(end + 1)
        else:
            walk.location(end, fallback=False)
    place = walk.place
    if place is None:
        return {"country": country} if country else {}
    if len(place.countries) == 1:
        return {"city": place.name, "country": place.countries[0]}
    if country in place.countries:
        return {"city": place.name, "country": country}
    return {"city": place.name}


def _head_words(article: Article, m: re.Match[str]) -> tuple[list[str], list[str]]:
    """The head as written and normalised; after ل the article's alef is elided (للمستشفى), so it is
    put back."""
    original = article.norm.original_slice(*m.span("head")).split()
    norm = m.group("head").split()
    if m.group("art"):
        original[0] = "ال" + original[0]
        norm[0] = "ال" + norm[0]
    return original, norm


def _read(walk: _Walk, head: _Head, m: re.Match[str]) -> _Name | None:
    if head.policy == "directorate":
        return _read_directorate(walk, head)
    return _read_name(walk, head, bool(m.group("art")))


def _walk_at(lex: _Lexicon, text: str, start: int, size: int) -> _Walk:
    limit = min(len(text), start + size)
    return _Walk(lex, text, start, limit, _TOKEN.findall(text, start, limit))


def _points_back(lex: _Lexicon, head: _Head, text: str, m: re.Match[str]) -> bool:
    """A definite head not followed by a descriptor refers back (المستشفى، المركز الأول، المدينة
    المنورة): checked on the next word alone, before any walk, since most definite heads are such."""
    if not m.group("art") or head.definite or head.plural or head.policy == "directorate":
        return False
    following = lex.next_word_re.match(text, m.end())
    return following is None or following[1] not in lex.definite_openers


def _facts_at(article: Article, lex: _Lexicon, m: re.Match[str]) -> list[tuple[Fact, tuple[str, ...]]]:
    """The facilities one head match names (each with its normalised name): none, one, or one per
    list item after a plural."""
    text = article.text
    head = lex.heads[" ".join(m.group("head").split())]
    if head.plural:
        if not lex.list_cue_re.match(text, m.end()):
            return []
        walk = _walk_at(lex, text, m.end(), _WIDE_WINDOW)
        facts = []
        for a, skip, b, kind in _read_list(walk, head):
            walk.place = None
            walk.place_at(a, first=walk.word(a)[skip:])
            original, norm = _name_words(article, walk, a, b, skip)
            attrs = {"name": " ".join([head.singular, *original]), "kind": kind}
            attrs.update(_place_attrs(walk, b, article.country))
            start, end = walk.span(a)[0] + skip, walk.span(b - 1)[1]
            fact = article.fact("facility", start, end, "facility.list_after_head", attrs, confidence=0.85)
            facts.append((fact, (*head.singular_key, *norm)))
        return facts
    if head.policy == "directorate" and lex.official_re.search(text, max(0, m.start() - 30), m.start()):
        return []
    if _points_back(lex, head, text, m) or _COUNTED.search(text, max(0, m.start() - 6), m.start()):
        return []
    walk = _walk_at(lex, text, m.end(), _WINDOW)
    found = _read(walk, head, m)
    if found is not None and found.end >= len(walk) - 1 and walk.limit < len(text):
        walk = _walk_at(lex, text, m.end(), _WIDE_WINDOW)
        found = _read(walk, head, m)
    if found is None or found.end == 0:
        return []
    head_original, head_norm = _head_words(article, m)
    original, norm = _name_words(article, walk, 0, found.end)
    attrs = {"name": " ".join([*head_original, *original]), "kind": found.kind}
    attrs.update(_place_attrs(walk, found.end, article.country))
    start = m.start("art") if m.group("art") else m.start("head")
    end = walk.span(found.end - 1)[1]
    fact = article.fact("facility", start, end, found.rule, attrs, confidence=found.confidence)
    return [(fact, (*head_norm, *norm))]


def _within(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """`short` is `long` with words left out, same head word first."""
    rest = iter(long)
    return short[:1] == long[:1] and all(w in rest for w in short)


def _merge_aliases(found: list[tuple[Fact, tuple[str, ...]]]) -> None:
    """A mention takes the one longer name in the document that holds all its words in order."""
    names = {key: fact for fact, key in reversed(found)}
    for fact, short in found:
        longer = [k for k in names if len(k) > len(short) and _within(short, k)]
        longest = [k for k in longer if not any(len(o) > len(k) and _within(k, o) for o in longer)]
        if len(longest) == 1:
            canonical = names[longest[0]]
            fact.attrs = dict(canonical.attrs)
            fact.note = f"short form of {canonical.attrs['name']}"


def _head_matches(lex: _Lexicon, text: str) -> Iterable[re.Match[str]]:
    """Every head in the text: the full pattern tried at the start of each word holding a stem."""
    done = 0
    for hit in lex.stem_re.finditer(text):
        start = hit.start()
        if start < done:
            continue
        while start > 0 and hit.start() - start < 4 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
        if m := lex.head_re.match(text, start):
            done = m.end()
            yield m


def extract(article: Article) -> list[Fact]:
    lex = _lexicon()
    found: list[tuple[Fact, tuple[str, ...]]] = []
    for m in _head_matches(lex, article.text):
        found.extend(_facts_at(article, lex, m))
    _merge_aliases(found)
    return [fact for fact, _ in found]


EXAMPLES: list[Example] = [
    # Saudi Arabia
    Example(
        "facility",
        "أعلنت المديرية العامة للشؤون الصحية بمنطقة الرياض عن تشغيل عيادات جديدة.",
        {
            "name": "المديرية العامة للشؤون الصحية بمنطقة الرياض",
            "kind": "directorate",
            "city": "الرياض",
            "country": "SA",
        },
    ),
    Example(
        "facility",
        "أكد تجمع الرياض الصحي الأول أن الخدمات متاحة للجميع.",
        {"name": "تجمع الرياض الصحي الأول", "kind": "health_cluster"},
    ),
    Example(
        "facility",
        "وأكد تجمع القصيم الصحي أن العمل مستمر على مدار الساعة.",
        {"name": "تجمع القصيم الصحي", "kind": "health_cluster"},
    ),
    Example(
        "facility",
        "أطلق التجمع الصحي الثاني بجدة حملة للكشف المبكر.",
        {"name": "التجمع الصحي الثاني بجدة", "kind": "health_cluster", "city": "جدة", "country": "SA"},
    ),
    Example(
        "facility",
        "تقدم المراكز الصحية ممثلة في التجمع الصحي الاول بمكه المكرمة من خلال 80 مركزاً خدماتها.",
        {"name": "التجمع الصحي الاول بمكه المكرمة", "kind": "health_cluster"},
    ),
    Example(
        "facility",
        "تجمع المدينةالمنورة الصحي ومنذ نشأته يشهد العديد من الإنجازات.",
        {"name": "تجمع المدينة المنورة الصحي", "kind": "health_cluster"},
    ),
    Example(
        "facility",
        "باسم مدينة الملك سلمان بن عبدالعزيز الطبية التي كانت نقطة التحول.",
        {"name": "مدينة الملك سلمان بن عبدالعزيز الطبية", "kind": "medical_city"},
    ),
    Example(
        "facility",
        "زار سمو الأمير مدينة الملك عبدالله الطبية بمكة المكرمة.",
        {"name": "مدينة الملك عبدالله الطبية", "kind": "medical_city"},
    ),
    Example(
        "facility",
        "حصل مجمع الملك سعود الطبي على اعتماد المركز السعودي.",
        {"name": "مجمع الملك سعود الطبي", "kind": "hospital"},
    ),
    Example(
        "facility",
        "وهي ( مستشفى المدينةالمنورة العام ، ومستشفى النساء والولادة والأطفال ، ومجمع إرادة للصحة النفسية)",
        {"name": "مجمع إرادة للصحة النفسية", "kind": "hospital"},
    ),
    Example(
        "facility",
        "وهي ( مستشفى المدينةالمنورة العام ، ومستشفى النساء والولادة والأطفال ، ومجمع إرادة للصحة النفسية)",
        {"name": "مستشفى المدينة المنورة العام", "kind": "hospital"},
    ),
    Example(
        "facility",
        "وهي ( مستشفى المدينةالمنورة العام ، ومستشفى النساء والولادة والأطفال ، ومجمع إرادة للصحة النفسية)",
        {"name": "مستشفى النساء والولادة والأطفال", "kind": "hospital"},
    ),
    Example(
        "facility",
        "حقق المختبر الرئيسي بمستشفى الملك فهد بالمدينةالمنورة المركز الأول.",
        {
            "name": "مستشفى الملك فهد بالمدينة المنورة",
            "kind": "hospital",
            "city": "المدينة المنورة",
            "country": "SA",
        },
    ),
    Example(
        "facility",
        "وحصل مركز القلب بالمدينةالمنورة على شهادة التميز.",
        {"name": "مركز القلب بالمدينة المنورة", "kind": "specialised_centre"},
    ),
    Example(
        "facility",
        "منها مركز العلوم العصبية ومركز الأورام ومركز السكر.",
        {"name": "مركز العلوم العصبية", "kind": "specialised_centre"},
    ),
    Example(
        "facility",
        "منها مركز العلوم العصبية ومركز الأورام ومركز السكر.",
        {"name": "مركز السكر", "kind": "specialised_centre"},
    ),
    Example(
        "facility",
        "نظم مركز الأمير سلطان لأمراض القلب بالقصيم حملة توعوية.",
        {"name": "مركز الأمير سلطان لأمراض القلب بالقصيم", "kind": "specialised_centre"},
    ),
    Example(
        "facility",
        "نجح فريق طبي بمستشفى الملك خالد للعيون التخصصي في زراعة قرنية.",
        {"name": "مستشفى الملك خالد للعيون التخصصي", "kind": "hospital"},
    ),
    Example(
        "facility",
        "أعلن مستشفى الأمير محمد بن عبدالعزيز بالرياض عن تدشين عيادات.",
        {
            "name": "مستشفى الأمير محمد بن عبدالعزيز بالرياض",
            "kind": "hospital",
            "city": "الرياض",
            "country": "SA",
        },
    ),
    Example(
        "facility",
        "تشغيل مركز الكلى بمستشفى الملك فهد العام بجدة.",
        {"name": "مستشفى الملك فهد العام بجدة", "kind": "hospital"},
    ),
    Example(
        "facility",
        "تدشين مركز غسيل الكلى بمستشفى الملك خالد بالخرج.",
        {"name": "مركز غسيل الكلى", "kind": "specialised_centre"},
    ),
    Example(
        "facility",
        "تعمل مستشفيات الملك فهد والملك خالد على توسعة أقسامها.",
        {"name": "مستشفى الملك خالد", "kind": "hospital"},
    ),
    Example(
        "facility",
        "في مراكز ( المنصور-الخالدية-شرائع المجاهدين-أبو عروة-غران – *حدا) وتقوم بتقديم الرعاية.",
        {"name": "مركز شرائع المجاهدين", "kind": "health_centre"},
    ),
    Example(
        "facility",
        "في مراكز ( المنصور-الخالدية-شرائع المجاهدين-أبو عروة-غران – *حدا) وتقوم بتقديم الرعاية.",
        {"name": "مركز حدا", "kind": "health_centre"},
    ),
    Example(
        "facility",
        "تشمل المراكز الصحية (النسيم، الروضة، والعزيزية) خدمات الأسنان.",
        {"name": "مركز العزيزية", "kind": "health_centre"},
    ),
    Example(
        "facility",
        "افتتح مركز الرعاية الصحية الأولية بحي الروضة أبوابه للمراجعين.",
        {"name": "مركز الرعاية الصحية الأولية بحي الروضة", "kind": "health_centre"},
    ),
    Example(
        "facility",
        "افتتح معالي الوزير مستشفى الصحة النفسية بالطائف.",
        {"name": "مستشفى الصحة النفسية بالطائف", "kind": "hospital"},
    ),
    Example(
        "facility",
        "يضم مستشفى الولادة والأطفال بالدمام 300 سرير.",
        {"name": "مستشفى الولادة والأطفال بالدمام", "kind": "hospital", "city": "الدمام", "country": "SA"},
    ),
    Example(
        "facility",
        "أطلق مستشفى الحرس الوطني حملة للتبرع بالدم.",
        {"name": "مستشفى الحرس الوطني", "kind": "hospital"},
    ),
    Example(
        "facility",
        "وقع مستشفى جامعة الملك عبدالعزيز اتفاقية تعاون.",
        {"name": "مستشفى جامعة الملك عبدالعزيز", "kind": "hospital"},
    ),
    Example(
        "facility",
        "بنك الدم المركزي بالرياض يدعو المتبرعين إلى المشاركة.",
        {"name": "بنك الدم المركزي بالرياض", "kind": "lab", "city": "الرياض", "country": "SA"},
    ),
    Example(
        "facility",
        "وأشار إلى أن مركز الأمير سلطان لمعالجة أمراض وجراحة القلب يعد من أكبر المراكز.",
        {"name": "مركز الأمير سلطان لمعالجة أمراض وجراحة القلب", "kind": "specialised_centre"},
    ),
    Example(
        "facility",
        "فيما أعلنت الشؤون الصحية بمحافظة الأحساء عن تشغيل مستشفى الولادة والأطفال بالأحساء.",
        {"name": "الشؤون الصحية بمحافظة الأحساء", "kind": "directorate"},
    ),
    # Gulf
    Example(
        "facility",
        "يقدم مستشفى حمد العام في الدوحة خدمات الطوارئ.",
        {"name": "مستشفى حمد العام", "kind": "hospital", "city": "الدوحة", "country": "QA"},
    ),
    Example(
        "facility",
        "افتتح مستشفى توام في العين وحدة جديدة للقلب.",
        {"name": "مستشفى توام", "kind": "hospital"},
    ),
    Example(
        "facility",
        "تسلمت مدينة الشيخ خليفة الطبية جائزة التميز.",
        {"name": "مدينة الشيخ خليفة الطبية", "kind": "medical_city"},
    ),
    Example(
        "facility",
        "استقبل المستشفى السلطاني في مسقط وفد الوزارة.",
        {"name": "المستشفى السلطاني", "kind": "hospital", "city": "مسقط", "country": "OM"},
    ),
    Example(
        "facility",
        "وقع مجمع السلمانية الطبي مذكرة تفاهم مع الجامعة.",
        {"name": "مجمع السلمانية الطبي", "kind": "hospital"},
    ),
    Example(
        "facility",
        "مستشفى الأطفال التخصصي بالكويت يستقبل المرضى.",
        {"name": "مستشفى الأطفال التخصصي بالكويت", "kind": "hospital"},
    ),
    Example(
        "facility",
        "قام مستشفى مبارك الكبير بإجراء عمليات دقيقة.",
        {"name": "مستشفى مبارك الكبير", "kind": "hospital", "city": "مبارك الكبير", "country": "KW"},
    ),
    Example(
        "facility",
        "تقع منطقة الأحمدي الصحية جنوب الكويت.",
        {"name": "منطقة الأحمدي الصحية", "kind": "directorate"},
    ),
    Example(
        "facility",
        "أعلنت المديرية العامة للخدمات الصحية بمحافظة ظفار عن تشغيل مستشفى السلطان قابوس بصلالة.",
        {"name": "مستشفى السلطان قابوس بصلالة", "kind": "hospital"},
    ),
    Example(
        "facility",
        "أعلنت هيئة الصحة في دبي عن افتتاح مركز الند الصحي الجديد.",
        {"name": "مركز الند الصحي", "kind": "health_centre"},
    ),
    # Egypt
    Example(
        "facility",
        "استقبل مستشفى قصر العيني 300 حالة خلال العيد.",
        {"name": "مستشفى قصر العيني", "kind": "hospital"},
    ),
    Example(
        "facility",
        "أجرى مستشفى 57357 لعلاج سرطان الأطفال أكثر من 500 جراحة.",
        {"name": "مستشفى 57357", "kind": "hospital"},
    ),
    Example(
        "facility",
        "افتتحت مديرية الصحة بمحافظة الجيزة الوحدة الصحية بقرية أبو رواش.",
        {"name": "مديرية الصحة بمحافظة الجيزة", "kind": "directorate", "city": "الجيزة", "country": "EG"},
    ),
    Example(
        "facility",
        "افتتحت مديرية الصحة بمحافظة الجيزة الوحدة الصحية بقرية أبو رواش.",
        {"name": "الوحدة الصحية بقرية أبو رواش", "kind": "health_centre"},
    ),
    Example(
        "facility",
        "أعلنت مديرية الشئون الصحية بالدقهلية عن قافلة طبية.",
        {"name": "مديرية الشئون الصحية بالدقهلية", "kind": "directorate"},
    ),
    Example(
        "facility",
        "تفقد وكيل الوزارة مستشفى الزقازيق العام ومستشفى حميات إمبابة.",
        {"name": "مستشفى حميات إمبابة", "kind": "hospital", "city": "إمبابة", "country": "EG"},
    ),
    Example(
        "facility",
        "أجرى فريق معهد القلب القومي عملية قلب مفتوح.",
        {"name": "معهد القلب القومي", "kind": "specialised_centre"},
    ),
    Example(
        "facility",
        "زار رئيس الوزراء مستشفى عين شمس التخصصي.",
        {"name": "مستشفى عين شمس التخصصي", "kind": "hospital"},
    ),
    Example(
        "facility",
        "نقل المصابون إلى مستشفى أحمد ماهر التعليمي.",
        {"name": "مستشفى أحمد ماهر التعليمي", "kind": "hospital"},
    ),
    Example(
        "facility",
        "تقدم وحدة صحة الأسرة بقرية ميت الكرما خدماتها للأهالي.",
        {"name": "وحدة صحة الأسرة بقرية ميت الكرما", "kind": "health_centre"},
    ),
    Example(
        "facility",
        "وأوضح أن مستشفى الشيخ زايد التخصصي ومستشفى هليوبوليس استقبلا عدداً من الحالات.",
        {"name": "مستشفى هليوبوليس", "kind": "hospital"},
    ),
    Example(
        "facility",
        "تم رفع كفاءة بنك الدم الإقليمي بالمنصورة.",
        {"name": "بنك الدم الإقليمي بالمنصورة", "kind": "lab", "city": "المنصورة", "country": "EG"},
    ),
    # Levant
    Example(
        "facility",
        "نقل المصاب إلى مستشفى رفيق الحريري الجامعي في بيروت.",
        {"name": "مستشفى رفيق الحريري الجامعي", "kind": "hospital"},
    ),
    Example(
        "facility",
        "أعلن مستشفى البشير الحكومي عن استقبال المرضى.",
        {"name": "مستشفى البشير الحكومي", "kind": "hospital"},
    ),
    Example(
        "facility",
        "زار الوزير مركز صحي عين الباشا الشامل.",
        {"name": "مركز صحي عين الباشا الشامل", "kind": "health_centre"},
    ),
    Example(
        "facility",
        "أكدت مديرية صحة إربد جاهزية المستشفيات.",
        {"name": "مديرية صحة إربد", "kind": "directorate"},
    ),
    Example(
        "facility",
        "يقدم مستشفى الجامعة الأردنية خدمات متقدمة.",
        {"name": "مستشفى الجامعة الأردنية", "kind": "hospital"},
    ),
    Example(
        "facility",
        "انطلقت في مستشفى الملكة رانيا العبدالله للأطفال حملة.",
        {"name": "مستشفى الملكة رانيا العبدالله للأطفال", "kind": "hospital"},
    ),
    Example(
        "facility",
        "استقبل مستشفى المواساة الجامعي في دمشق الجرحى.",
        {"name": "مستشفى المواساة الجامعي", "kind": "hospital"},
    ),
    Example(
        "facility",
        "نقل الجريح إلى مجمع ناصر الطبي في خان يونس.",
        {"name": "مجمع ناصر الطبي", "kind": "hospital"},
    ),
    Example(
        "facility",
        "زار الوفد مستشفى رفيديا الحكومي في نابلس.",
        {"name": "مستشفى رفيديا الحكومي", "kind": "hospital", "city": "نابلس", "country": "PS"},
    ),
    Example(
        "facility",
        "وتفقد الوزير خلال الجولة مركز صحي الحصن الأولي.",
        {"name": "مركز صحي الحصن الأولي", "kind": "health_centre"},
    ),
    Example(
        "facility",
        "ومستشفى الأمير راشد بن الحسن العسكري سيستقبل الحالات المحولة.",
        {"name": "مستشفى الأمير راشد بن الحسن العسكري", "kind": "hospital"},
    ),
    Example(
        "facility",
        "أعلن مستشفى كمال عدوان في شمال غزة عن توقف الخدمة.",
        {"name": "مستشفى كمال عدوان", "kind": "hospital"},
    ),
    # Iraq
    Example(
        "facility",
        "أعلنت دائرة صحة بغداد الكرخ عن افتتاح مستشفى الكرامة التعليمي.",
        {"name": "دائرة صحة بغداد الكرخ", "kind": "directorate", "city": "بغداد الكرخ", "country": "IQ"},
    ),
    Example(
        "facility",
        "أعلنت دائرة صحة بغداد الكرخ عن افتتاح مستشفى الكرامة التعليمي.",
        {"name": "مستشفى الكرامة التعليمي", "kind": "hospital"},
    ),
    Example(
        "facility",
        "استقبلت مدينة الطب في بغداد آلاف المراجعين.",
        {"name": "مدينة الطب", "kind": "medical_city"},
    ),
    Example(
        "facility",
        "نقل الجرحى إلى مستشفى الشهيد الصدر في بغداد.",
        {"name": "مستشفى الشهيد الصدر", "kind": "hospital", "city": "بغداد", "country": "IQ"},
    ),
    Example(
        "facility", "أعلنت دائرة صحة نينوى عن حملة تلقيح.", {"name": "دائرة صحة نينوى", "kind": "directorate"}
    ),
    Example(
        "facility",
        "وإن مستشفى ابن البيطار لجراحة القلب أجرى 300 عملية قسطرة.",
        {"name": "مستشفى ابن البيطار لجراحة القلب", "kind": "hospital"},
    ),
    # Maghreb
    Example(
        "facility",
        "أجرى المركز الاستشفائي الجامعي ابن رشد بالدار البيضاء أول عملية زرع كلية.",
        {
            "name": "المركز الاستشفائي الجامعي ابن رشد بالدار البيضاء",
            "kind": "hospital",
            "city": "الدار البيضاء",
            "country": "MA",
        },
    ),
    Example(
        "facility",
        "تعزيز خدمات المستشفى الإقليمي بالرشيدية بأجهزة جديدة.",
        {"name": "المستشفى الإقليمي بالرشيدية", "kind": "hospital"},
    ),
    Example(
        "facility",
        "افتتاح المركز الاستشفائي الجهوي ببني ملال خلال الأسبوع.",
        {"name": "المركز الاستشفائي الجهوي ببني ملال", "kind": "hospital"},
    ),
    Example(
        "facility",
        "أجرى المستشفى الجامعي الحسن الثاني بفاس أول عملية.",
        {"name": "المستشفى الجامعي الحسن الثاني بفاس", "kind": "hospital", "city": "فاس", "country": "MA"},
    ),
    Example(
        "facility",
        "استقبل مستشفى محمد الخامس بطنجة وفداً من الوزارة.",
        {"name": "مستشفى محمد الخامس بطنجة", "kind": "hospital"},
    ),
    Example(
        "facility",
        "أعلنت المندوبية الإقليمية للصحة بتارودانت عن حملة تلقيح.",
        {"name": "المندوبية الإقليمية للصحة بتارودانت", "kind": "directorate"},
    ),
    Example(
        "facility",
        "أطلقت المديرية الجهوية للصحة بجهة سوس ماسة حملة.",
        {
            "name": "المديرية الجهوية للصحة بجهة سوس ماسة",
            "kind": "directorate",
            "city": "سوس ماسة",
            "country": "MA",
        },
    ),
    Example(
        "facility",
        "وصلت القافلة إلى دار الولادة بتنغير.",
        {"name": "دار الولادة بتنغير", "kind": "health_centre"},
    ),
    Example(
        "facility",
        "أعلنت المؤسسة الاستشفائية العمومية محمد بوضياف بورقلة عن حملة تلقيح.",
        {"name": "المؤسسة الاستشفائية العمومية محمد بوضياف بورقلة", "kind": "hospital"},
    ),
    Example(
        "facility",
        "أطلقت المؤسسة العمومية للصحة الجوارية بسطيف حملة تلقيح.",
        {"name": "المؤسسة العمومية للصحة الجوارية بسطيف", "kind": "health_centre"},
    ),
    Example(
        "facility",
        "أعلنت مديرية الصحة لولاية وهران عن حالات جديدة.",
        {"name": "مديرية الصحة لولاية وهران", "kind": "directorate"},
    ),
    Example(
        "facility",
        "يستقبل مستشفى شارل نيكول بتونس المرضى يومياً.",
        {"name": "مستشفى شارل نيكول بتونس", "kind": "hospital"},
    ),
    Example(
        "facility",
        "أكدت الإدارة الجهوية للصحة بصفاقس توفر اللقاحات.",
        {"name": "الإدارة الجهوية للصحة بصفاقس", "kind": "directorate", "city": "صفاقس", "country": "TN"},
    ),
    Example(
        "facility",
        "افتتح مركز تصفية الدم بخنيفرة أبوابه.",
        {"name": "مركز تصفية الدم بخنيفرة", "kind": "specialised_centre"},
    ),
    Example(
        "facility",
        "من بينها المركز الصحي الحضري بني مكادة.",
        {"name": "المركز الصحي الحضري بني مكادة", "kind": "health_centre"},
    ),
    # Brands, persons, glued places
    Example(
        "facility",
        'أعلن مستشفى "الأمل" للصحة النفسية عن برنامج جديد.',
        {"name": "مستشفى الأمل للصحة النفسية", "kind": "hospital"},
    ),
    Example(
        "facility",
        "نظمت عيادة الدكتور محمد العلي حملة مجانية.",
        {"name": "عيادة الدكتور محمد العلي", "kind": "clinic"},
    ),
    Example(
        "facility",
        "شملت الجولة مراكز صحية: الفيصلية والشفا.",
        {"name": "مركز الشفا", "kind": "health_centre"},
    ),
    Example(
        "facility",
        "نقل إلى مستشفى جونز هوبكنز بالولاياتالمتحدةالأمريكية لاستكمال العلاج.",
        {
            "name": "مستشفى جونز هوبكنز بالولايات المتحدة الأمريكية",
            "kind": "hospital",
            "city": "الولايات المتحدة الأمريكية",
            "country": "US",
        },
    ),
    # Generic mentions, organisations, officials' titles, other senses of the head nouns
    Example("facility", "تقدم الوحدة الصحية خدماتها للأهالي في القرية."),
    Example("facility", "احتل المنتخب المركز الثالث في البطولة."),
    Example("facility", "تقع مدينة الملك عبدالله الاقتصادية شمال جدة."),
    Example("facility", "أعلن مركز الاتصال الموحد 937 عن استقبال مليون اتصال."),
    Example(
        "facility", "80 مركزاً للرعاية الصحية الأولية بالعاصمة المقدسة تقدم خدمات علاجية للمواطن والمقيم."
    ),
    Example("facility", "تقدم المراكز الصحية خدماتها وتخفف الضغط على المستشفيات العامه والتخصصية."),
    Example("facility", "وزارة الصحة تفتتح 80 مركزاً صحياً و3 مستشفيات جديدة في المنطقة."),
    Example("facility", "يعمل المستشفى الميداني على مدار الساعة لخدمة الحجاج."),
    Example("facility", "أنشئ مستشفى ميداني في منى لخدمة الحجاج."),
    Example("facility", "المستشفى العام يستقبل الحالات الطارئة على مدار الساعة."),
    Example("facility", "زار المحافظ مراكز الرعاية الصحية الأولية في المحافظة."),
    Example("facility", "تشمل الخدمات عيادات طب الأسرة وعيادة الأسنان والعيادات الخارجية."),
    Example("facility", "وصل المسافرون إلى مطار الملك عبدالعزيز الدولي بجدة."),
    Example("facility", "وقعت شركة المراعي اتفاقية مع جمعية القلب السعودية."),
    Example("facility", "حقق الفريق المركز الأول في المسابقة الوطنية."),
    Example("facility", "افتتح مركز الملك عبدالعزيز الثقافي العالمي معرضاً جديداً."),
    Example("facility", "قدم مركز الملك سلمان للإغاثة والأعمال الإنسانية مساعدات طبية."),
    Example("facility", "وقع المركز السعودي لاعتماد المنشآت الصحية اتفاقية مع الوزارة."),
    Example("facility", "قال مدير الشؤون الصحية بمنطقة الرياض الدكتور أحمد إن الخطة تسير."),
    Example("facility", "صرح المدير العام للشؤون الصحية بمنطقة جازان بأن الحملة انطلقت."),
    Example("facility", "قال مدير مديرية الصحة بمحافظة الجيزة إن الحملة مستمرة."),
    Example("facility", "تم تحويل المريض إلى مستشفى آخر لاستكمال العلاج."),
    Example("facility", "تعتزم الوزارة بناء مستشفى بمواصفات عالمية في المنطقة."),
    Example("facility", "إنشاء مستشفى تبلغ سعته 500 سرير خلال عامين."),
    Example("facility", "سيتم إنشاء مستشفى يخدم سكان المحافظة."),
    Example("facility", "افتتاح مستشفى جديد بسعة 300 سرير في جدة."),
    Example("facility", "تم تخصيص عدد 7 مراكز صحية (عيادات تطمن) تعمل لفترة 16 ساعة."),
    Example("facility", "يقع مركز مدينة أسيوط على ضفاف النيل."),
    Example("facility", "أعلنت قرية الشيخ زايد التابعة لمركز أبوتيج عن مهرجان."),
    Example("facility", "وصل الوفد إلى مدينة الرياض صباح اليوم."),
    Example("facility", "تضم المدينة الطبية الجديدة 1200 سرير."),
    Example("facility", "تكثيف عمل الوحدات الطبية المتنقلة في نقاط تجمع الساكنة."),
    Example("facility", "عقد مجمع اللغة العربية اجتماعه السنوي."),
    Example("facility", "أطلقت وزارة الصحة والحماية الاجتماعية عملية رعاية لفائدة ساكنة المناطق الباردة."),
    Example("facility", "تستقبل المستشفيات المرجعية الحالات الحرجة."),
    Example("facility", "ومن منطلق ايمانها تسعى على إحلال بقية المباني من خلال مشروع يشتمل على مراكز ميجا."),
    Example("facility", "وأكد التجمع الصحي أن هذه الخطوات تضع راحة المريض كأولوية."),
    Example(
        "facility",
        "تعاونت الإدارة العامة للخدمات الصحية للحج والعمرة بوزارة الصحة مع المديريات العامة بمكةالمكرمة.",
    ),
    Example("facility", "حقق شهادة الاعتماد في الجودة عدد 22 مركزاً وتستهدف 20 مركز صحي آخر."),
    Example("facility", "أعلنت هيئة الصحة بدبي عن إطلاق خدمة جديدة."),
    Example("facility", "أطلقت مؤسسة حمد الطبية حملة توعية."),
    Example("facility", "تم تشييد مستشفى حديث على مساحة كبيرة."),
    Example("facility", "افتتاح مستشفى لعلاج الأورام في الشمال."),
    Example("facility", "جرى تجهيز مستشفى متنقل بمعدات حديثة."),
    Example("facility", "وتشمل خدماتها عيادات صحة الفم والاسنان ومعامل المختبر والتحاليل الطبية."),
    Example("facility", "تقدم عيادة الإقلاع عن التدخين خدماتها يومياً."),
    Example("facility", "افتتحت عيادة واحدة في كل حي."),
    Example("facility", "يقع مستشفى داخل الحرم الجامعي."),
    Example("facility", "أكد مدير عام الشؤون الصحية بمنطقة القصيم أن العمل مستمر."),
    Example("facility", "يضم التجمع 12 مستشفى و102 مركز رعاية صحية أولية."),
]
