"""Reading a facility's name in the words after its head noun: where it starts, what it holds, where it ends.

A name is a body (a royal or personal name, a place, a specialty, a brand, a date) and a tail
(adjectives, ordinals, a specialty phrase, a location ب + place). The same head nouns also make generic
mentions, so each head's policy (see facility_heads.HEADS) says what makes a reading specific, and a name
stops at the first word that cannot belong to one: a verb, a preposition opening a new phrase, a number,
punctuation, another head noun. Lists after a plural or dual head are facility_lists.py's.

The readers work on a `Walk`: the normalised tokens of a short window after one head. Building facts
from what they read (original spelling, offsets) is facilities.py's job.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

import cython

from extractors.data import facility_heads as lang
from extractors.facility_lexicon import (
    ADJECTIVE,
    BLOCKED,
    HEALTH,
    NAMING,
    ORDINAL,
    PLACE_WORD,
    PREFIX,
    SPECIALTY,
    TITLE,
    Head,
    Lexicon,
)

_TOKEN = re.compile(r"\w+|\n|[^\w\s]")
# The words and spaces before a window's first punctuation mark or line break (a token that is no
# word), as a pattern: _unmarked_end reads the same characters letter by letter, which compiled costs
# less than the engine's class test (the tests check the pattern on every character). No space lies
# past U+3000.
_SPACES_BUT_LINE_BREAK = "".join(chr(c) for c in range(0x3001) if chr(c).isspace() and c != 10)
_UNMARKED = re.compile(f"[\\w{re.escape(_SPACES_BUT_LINE_BREAK)}]*")
# A location suffix opens on one of these (Walk.location reads nothing else): callers test for them
# first, as most words after a name are neither.
LOCATION_LETTERS = ("ب", "ل")
_PADDING = [""] * 16  # empty tokens after a window's own: readers look a few tokens past it
_NO_DESCRIPTORS: frozenset[str] = frozenset()
_NONE: Mapping[int, Any] = MappingProxyType({})
NAME_THROUGH = lang.QUOTES  # the only marks a singular head's name runs past: a quote opens one
_MAX_FREE_UNITS = 2  # unknown words a name body may hold (قصر العيني، شارل نيكول)
_MAX_KEPT_WORDS = 20_000  # words whose answers are kept (about 4 MB); the bench corpus needs 700
# A word opening with one of these is a prepositional or conjoined phrase (للصحة النفسية، بالرياض،
# والملك خالد، بمواصفات، لتقديم، كأول), never a name word; the tail and list readers read such phrases.
_PHRASE_OPENERS = ("لل", "لا", "لم", "لت", "بال", "با", "بم", "بت", "وال", "ول", "وب", "فال", "كال")
# A word ending in one of these carries a possessive pronoun (خدماتها، أقسامه): a noun, never a name.
_POSSESSIVES = ("ها", "هم", "هما", "كم")
# Classes a word's letters tell, beside the lists it is in (facility_lexicon.TITLE ...): see
# Walk.word_class.
_FREE = 1 << 16  # Walk.free_word
_UNIT = 1 << 17  # a name unit alone: letters only, not blocked
_DEFINITE_END = 1 << 18  # a definite word that completes a body (no definite given name)
_BODY_OPENER = 1 << 19  # a quote, a number, اول or a naming adjective: body's first word read apart
_LAM_SPECIALTY = 1 << 20  # ل + a specialty word (للصحة، لأمراض)
_LOCATION_LETTER = 1 << 21  # opens on ب or ل, as a location suffix does
_KNOWN = 1 << 22  # set in every answer, so no answer is 0
# Builds the readers' named tuples (Tail, Name) from all their fields: three times sooner than a
# named tuple's own constructor, which binds arguments in Python.
_new = tuple.__new__
_TAIL = ADJECTIVE | ORDINAL | _LAM_SPECIALTY  # words read_tail reads before a location


@cython.ccall
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(i=cython.Py_ssize_t, size=cython.Py_ssize_t, begin=cython.Py_ssize_t, c=cython.Py_UCS4)
def _tokenize(window: str) -> list[str]:
    """`_TOKEN.findall(window)`, letter by letter in C where compiled: a run of word characters (\\w:
    alphanumeric or _), a line break, or one other character that is no space."""
    found: list[str] = []
    size = len(window)
    i = 0
    while i < size:
        c = window[i]
        if c.isalnum() or c == "_":
            begin = i
            i += 1
            while i < size and (window[i].isalnum() or window[i] == "_"):
                i += 1
            found.append(window[begin:i])
            continue
        if c == "\n" or not c.isspace():
            found.append(c)
        i += 1
    return found


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(i=cython.Py_ssize_t, c=cython.Py_UCS4)
def _unmarked_end(text: str, start: cython.Py_ssize_t, limit: cython.Py_ssize_t) -> cython.Py_ssize_t:
    """`_UNMARKED.match(text, start, limit).end()`, letter by letter in C where compiled: a word
    character (\\w: alphanumeric or _) or a space other than a line break goes on."""
    i = start
    while i < limit:
        c = text[i]
        if "\u0620" <= c <= "\u064a" or c == " ":  # an Arabic letter (all alphabetic) or a space
            i += 1
            continue
        if not (c.isalnum() or c == "_" or (c != "\n" and c.isspace())):
            break
        i += 1
    return i


@cython.locals(limit=cython.Py_ssize_t, end=cython.Py_ssize_t, words=list)
def walk_at(
    lex: Lexicon, text: str, start: cython.Py_ssize_t, chars: cython.Py_ssize_t, through: str | None = None
) -> Walk:
    """The tokens of the `chars` characters after `start` (a head's end), cut at the window's edge.

    Given the marks its reader may read past (`through`: NAME_THROUGH, facility_lists.LIST_THROUGH),
    the tokens stop at the first other punctuation mark or line break, when the window holds one: no
    reader looks through one (every word test fails on it), so the words after it are never read.
    Most windows hold one within a few words, and the words before it need no splitting.
    """
    limit = start + chars if start + chars < len(text) else len(text)
    if (
        through is not None
        and (end := _unmarked_end(text, start, limit)) < limit
        and text[end] not in through  # text[end] is the first mark or line break
    ):
        words = text[start:end].split()
        words.append(text[end])
        count = len(words)
        words.extend(_PADDING)
        return _new_walk(lex, text, start, end + 1, words, count, True)
    words = _tokenize(text[start:limit])
    count = len(words)
    words.extend(_PADDING)
    return _new_walk(lex, text, start, limit, words, count, False)


@cython.cfunc
@cython.locals(walk="Walk")
def _new_walk(
    lex: Lexicon,
    text: str,
    origin: cython.Py_ssize_t,
    limit: cython.Py_ssize_t,
    words: list[str],
    size: cython.Py_ssize_t,
    whole: cython.bint,
) -> Walk:
    """`Walk(...)`, sooner: compiled, a C call, where the constructor binds its arguments in Python
    (a walk is built for every head that may name something)."""
    walk = Walk.__new__(Walk)
    walk.fill(lex, text, origin, limit, words, size, whole)
    return walk


@cython.cclass
class Walk:
    """The tokens after one head (normalised words and their offsets) and the place found among them.

    Every reader method takes a token index and returns the index after what it read, or -1. `words`
    runs on past the window in empty strings, so the readers index it directly: a token past either
    end reads as "" (a negative index wraps round into the padding).
    """

    # Compiled, a C struct: the readers' attribute reads cost no lookup (the class attributes these
    # declarations leave in a run from source are shadowed by the instance's own).
    lex = cython.declare(object, visibility="public")
    text = cython.declare(str, visibility="public")
    origin = cython.declare(cython.Py_ssize_t, visibility="public")
    limit = cython.declare(cython.Py_ssize_t, visibility="public")
    words = cython.declare(list, visibility="public")
    size = cython.declare(cython.Py_ssize_t, visibility="public")
    whole = cython.declare(cython.bint, visibility="public")
    cuts = cython.declare(object, visibility="public")
    stripped = cython.declare(object, visibility="public")
    place = cython.declare(object, visibility="public")
    _tokens = cython.declare(object)
    _starts = cython.declare(list)

    def __init__(
        self,
        lex: Lexicon,
        text: str,
        origin: int,
        limit: int,
        words: list[str],
        size: int,
        whole: bool = False,
    ) -> None:
        self.fill(lex, text, origin, limit, words, size, whole)

    @cython.cfunc
    def fill(
        self,
        lex: Lexicon,
        text: str,
        origin: cython.Py_ssize_t,
        limit: cython.Py_ssize_t,
        words: list[str],
        size: cython.Py_ssize_t,
        whole: cython.bint,
    ) -> None:
        self.lex = lex
        self.text = text
        self.origin = origin  # where the window starts in the normalised text
        self.limit = limit  # where it ends
        self.words = words
        self.size = size  # tokens in the window
        self.whole = whole  # the window ends at a mark no name runs past: a wider one reads the same
        # glued token -> split offsets, and token -> letters of a conjunction cut off: both rare, so
        # the empty ones are shared until a first entry (place_at, strip)
        self.cuts = _NONE  # Mapping[int, tuple[int, ...]]
        self.stripped = _NONE  # Mapping[int, int]
        self.place = None  # Place | None
        self._tokens = None  # the tokens as read, kept once a conjunction is stripped off one
        self._starts = []

    @cython.ccall
    def span(self, i: cython.Py_ssize_t) -> tuple[int, int]:
        """Offsets of token i, found only when a fact is built (most heads name nothing) and only up
        to i: each token is the next non-blank text after the one before, so `str.find` locates it."""
        tokens = self.words if self._tokens is None else self._tokens
        starts = self._starts
        if i >= len(starts):
            k = len(starts)
            at = starts[-1] + len(tokens[k - 1]) if k else self.origin
            find = self.text.find
            for token in tokens[k : i + 1]:
                at = find(token, at)
                starts.append(at)
                at += len(token)
        start = starts[i]
        return start, start + len(tokens[i])

    @cython.ccall
    def extent(self, a: int, b: int, joined: str | None = None) -> tuple[int, int]:
        """Offsets of tokens a..b-1 together: one comparison when single spaces part them, as they
        mostly do in a name (and a name from its head: the first token then starts after one space).
        `joined`, the tokens as read joined by spaces, serves when no conjunction was stripped."""
        tokens = self.words if self._tokens is None else self._tokens
        if joined is None or self._tokens is not None:
            joined = " ".join(tokens[a:b])
        text, after_head = self.text, self.origin + 1
        if a == 0 and b > 0 and text[self.origin : after_head] == " " and text.startswith(joined, after_head):
            return after_head, after_head + len(joined)
        start = self.span(a)[0]
        if text.startswith(joined, start):
            return start, start + len(joined)
        return start, self.span(b - 1)[1]

    def __len__(self) -> int:
        return self.size

    @cython.ccall
    def is_word(self, i: cython.Py_ssize_t) -> bool:
        return self.words[i][:1].isalpha()

    @cython.ccall
    def strip(self, i: int, letters: int) -> None:
        """Read token i without the conjunction glued to it (ومنى الجسر → منى الجسر)."""
        if self._tokens is None:
            self._tokens = self.words.copy()
        self.words[i] = self.words[i][letters:]
        self.stripped = {**self.stripped, i: self.stripped.get(i, 0) + letters}

    @cython.ccall
    def blocked(self, w: str) -> bool:
        """Words that end any name: particles, generic nouns, verbs, head nouns, non-words."""
        return not w.isalpha() or w in self.lex.blocked

    @cython.ccall
    def verb_like(self, w: str) -> bool:
        """An imperfect or future verb (يستقبل، سيتم) that no gazetteer place explains."""
        shaped = (len(w) >= 4 and w[0] == "ي") or (len(w) >= 5 and w.startswith(("سي", "ست")))
        return shaped and w not in self.lex.places

    @cython.ccall
    def opens_phrase(self, w: str) -> bool:
        """A preposition or conjunction glued to a word, or a noun with a pronoun glued on: the start
        of a new phrase, not a name word."""
        lex = self.lex
        return (
            w.startswith(_PHRASE_OPENERS)
            or (w.endswith(_POSSESSIVES) and w not in lex.places)
            or (w[:1] == "ل" and w[1:] in lex.phrase_nouns)
            or (w[:1] == "ب" and (w[1:] in lex.phrase_nouns or w[1:] in lex.places))
        )

    @cython.ccall
    def conjoined(self, w: str) -> bool:
        """و glued to a word no gazetteer or name prefix explains (وإنشاء): a new phrase, not a name."""
        return w[:1] == "و" and w not in self.lex.places and w not in self.lex.prefixes

    @cython.ccall
    @cython.locals(words=list, known=dict, c=cython.long)
    def unit(self, i: cython.Py_ssize_t) -> cython.Py_ssize_t:
        """One name word, or a prefix word with the word it needs (أبو عروة، عبد الله، كفر الشيخ)."""
        words, known = self.words, self.lex.word_classes
        w = words[i]
        c = known.get(w) or self.word_class(w)
        if c & PREFIX and (known.get(after := words[i + 1]) or self.word_class(after)) & _UNIT:
            return i + 2
        return i + 1 if c & _UNIT else -1

    @cython.ccall
    @cython.locals(j=cython.Py_ssize_t, second=cython.Py_ssize_t)
    def person(self, i: cython.Py_ssize_t) -> cython.Py_ssize_t:
        """A title and the personal name it opens (الملك سلمان بن عبدالعزيز آل سعود، الملكة رانيا العبدالله).

        The given name is taken whatever it is (على and علي normalise alike); a second given name only
        when it cannot be the object of a verb (a prefix unit, a name before بن, no feminine noun).
        """
        lex, words = self.lex, self.words
        if words[i] not in lex.titles:
            return -1
        j = i + 1
        w = words[j]
        if w in lex.prefixes and words[j + 1][:1].isalpha():
            j += 2
        elif w[:1].isalpha() and w not in lex.head_words and w not in lex.generic:
            j += 1
        else:
            return -1
        w = words[j]
        if (
            w
            and not w.startswith("ال")
            and not self.opens_phrase(w)
            and w not in lex.links
            and (second := self.unit(j)) > 0
            and (w in lex.prefixes or words[second] in lex.links or not w.endswith("ه"))
        ):
            j = second
        while words[j] in lex.links and words[j + 1][:1].isalpha():
            j = self.unit(j + 1) if words[j + 1] in lex.prefixes else j + 2
            if j < 0:
                return -1
        w = words[j]
        family = w.startswith("ال") and not (
            w in lex.adjectives or w in lex.ordinals or w in lex.specialties or w in lex.places
        )
        return j + 1 if family and not self.blocked(w) else j

    @cython.ccall
    @cython.locals(j=cython.Py_ssize_t, end=cython.Py_ssize_t)
    def specialty(self, i: cython.Py_ssize_t, first: str | None = None) -> cython.Py_ssize_t:
        """One or more specialties (النساء والولادة والأطفال، أمراض القلب، معالجة أمراض وجراحة القلب).

        Lead words (أمراض، جراحة، الصحة) count only when a specialty word completes them.
        """
        lex, words = self.lex, self.words
        w = words[i] if first is None else first
        j, end = i, -1
        while j < self.size:
            if j > i:
                w = words[j]
                if w[:1] == "و" and w[1:] in lex.specialty_words:
                    w = w[1:]
            if w in lex.leads:
                j += 1
            elif w in lex.specialties:
                j += 1
                end = j
            else:
                break
        return end

    @cython.ccall
    @cython.locals(j=cython.Py_ssize_t)
    def date(self, i: cython.Py_ssize_t) -> cython.Py_ssize_t:
        """A date that names a facility (أول نوفمبر 1954، 20 أوت 1955), as Algerian hospitals are."""
        words = self.words
        w = words[i]
        if w != "اول" and not (w.isdecimal() and 1 <= int(w) <= 31):
            return -1
        month = None
        for m in self.lex.months.get(words[i + 1], ()):
            if tuple(words[i + 1 : i + 1 + len(m)]) == m:
                month = m
                break
        if month is None:
            return -1
        j = i + 1 + len(month)
        year = words[j]
        return j + 1 if year.isdecimal() and 1800 <= int(year) <= 2100 else j

    @cython.ccall
    def place_at(self, i: cython.Py_ssize_t, first: str | None = None) -> cython.Py_ssize_t:
        """A gazetteer place at token i, `first` standing for its first word after a stripped ب.

        A place whose words the text glued together (الولاياتالمتحدة) also matches; the token is then
        marked to be cut apart when the name is rebuilt.
        """
        token = self.words[i]
        w = token if first is None else first
        for rest, place in self.lex.places.get(w, ()):
            if not rest or tuple(self.words[i + 1 : i + 1 + len(rest)]) == rest:
                self.place = place
                return i + 1 + len(rest)
        for words, place in self.lex.glued.get(w, ()):
            glued_count = 2  # the glued table holds w under words[:k] joined, for one k
            while "".join(words[:glued_count]) != w:
                glued_count += 1
            rest = words[glued_count:]
            if tuple(self.words[i + 1 : i + 1 + len(rest)]) == rest:
                offset = self.stripped.get(i, 0) + len(token) - len(w)
                for word in words[: glued_count - 1]:
                    offset += len(word)
                    self.cuts = {**self.cuts, i: (*self.cuts.get(i, ()), offset)}
                self.place = place
                return i + 1 + len(rest)
        return -1

    @cython.ccall
    def half(self, j: cython.Py_ssize_t) -> cython.Py_ssize_t:
        """A village's half after its name (الصوامعة شرق، الحاجر قبلي), when one follows: بحري/قبلي
        always, a compass word unless it governs a definite word or a place (شرق المحافظة، غرب أسوان)."""
        lex = self.lex
        w = self.words[j]
        if w in lex.halves:
            return j + 1
        after = self.words[j + 1]
        governs = after.startswith("ال") or after in lex.places
        return j + 1 if w in lex.compass and not governs else j

    @cython.ccall
    @cython.locals(start=cython.Py_ssize_t, j=cython.Py_ssize_t)
    def location(self, i: cython.Py_ssize_t, fallback: bool) -> cython.Py_ssize_t:
        """A location suffix: ب + place (بالمدينة المنورة، بمنطقة الرياض، بقرية أبو رواش، لولاية وهران).

        With `fallback`, ب + any plain word is a place too: descriptive heads (المستشفى الإقليمي،
        الوحدة الصحية) are mostly named by their town, and no gazetteer lists every village.
        """
        lex = self.lex
        w = self.words[i]
        if not w or w in lex.stops:
            return -1
        if w == "ب":
            start, rest = i + 1, self.words[i + 1]
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
            return i + 2 if not self.blocked(self.words[i + 1]) else -1
        return i + 1

    @cython.ccall
    def descriptors(self, i: cython.Py_ssize_t) -> tuple[int, frozenset[str], tuple[int, ...]]:
        """Type words right after a head (صحي، الاستشفائي الجامعي، الرعاية الصحية الأولية): the index
        after them, what they were, and which tokens were single adjectives (not in a phrase)."""
        lex, words = self.lex, self.words
        if words[i] not in lex.descriptor_words:  # as after most heads
            return i, _NO_DESCRIPTORS, ()
        found: set[str] = set()
        singles: list[int] = []
        while i < self.size:
            w = words[i]
            phrases = lex.descriptor_phrases.get(w)
            phrase = None
            for p in phrases or ():
                if tuple(words[i : i + len(p)]) == p:
                    phrase = p
                    break
            if phrase:
                found.add(" ".join(phrase))
                i += len(phrase)
            elif w in lex.descriptors:
                found.add(w)
                singles.append(i)
                i += 1
            else:
                break
        return i, frozenset(found), tuple(singles)

    @cython.ccall
    @cython.locals(
        j=cython.Py_ssize_t,
        free=cython.Py_ssize_t,
        size=cython.Py_ssize_t,
        words=list,
        known=dict,
        c=cython.long,
    )
    def body(self, i: cython.Py_ssize_t) -> tuple[int, list[str]]:
        """The name proper: (index after it, the kinds of its parts).

        Parts chain only in construct state (جامعة الملك عبدالعزيز، قصر العيني): a part ending in a
        definite word, or a title with its person, completes the body; a definite given name
        (الحبيب ثامر) does not.
        """
        lex, words = self.lex, self.words
        known = lex.word_classes
        w = words[i]
        c = known.get(w) or self.word_class(w)
        if c & _BODY_OPENER:
            if w in lang.QUOTES:
                close = -1
                for k in range(i + 1, min(i + 7, self.size)):
                    if words[k] in lang.QUOTES:
                        close = k
                        break
                if close > i + 1 and all([self.is_word(k) for k in range(i + 1, close)]):
                    return close + 1, ["quoted"]
                return i, []
            if (w == "اول" or w.isdecimal()) and (j := self.date(i)) > 0:
                return j, ["date"]
            if w.isdecimal() and len(w) >= 3 and not 1900 <= int(w) <= 2100:
                return i + 1, ["number"]
            if c & NAMING:
                return i + 1, ["proper"]
        parts: list[str] = []
        free = 0
        size = self.size
        while i < size:
            # each reader's own first test, asked here first: most words open none of them
            if c & TITLE and (j := self.person(i)) > 0:
                parts.append("title")
                i = j
                break  # a title with its person completes the body
            if c & SPECIALTY and (j := self.specialty(i)) > 0:
                parts.append("specialty")
            elif c & PLACE_WORD and (j := self.place_at(i)) > 0:
                parts.append("place")
            elif free < _MAX_FREE_UNITS and c & _FREE and (j := self.unit(i)) > 0:
                parts.append("free")
                free += 1
            else:
                break
            i = j
            if (known.get(last := words[j - 1]) or self.word_class(last)) & _DEFINITE_END:
                break  # a part ending in a definite word completes the body
            w = words[i]
            c = known.get(w) or self.word_class(w)
        return i, parts

    @cython.ccall
    def word_class(self, w: str) -> int:
        """Every class of `w` as bits: the lists it is in and what its letters tell. The answer depends
        on the word alone and the same words recur from release to release, so it is kept (up to a
        bound on the words kept); readers look it up in lex.word_classes first."""
        lex = self.lex
        c = lex.classes.get(w, 0) | _KNOWN
        if self.free_word(w):
            c |= _FREE
        if w.isalpha() and not c & BLOCKED:
            c |= _UNIT
        if w.startswith("ال") and w not in lex.given_names:
            c |= _DEFINITE_END
        if w in lang.QUOTES or w == "اول" or w.isdecimal() or c & NAMING:
            c |= _BODY_OPENER
        if w[:1] == "ل" and _after_lam(w) in lex.specialty_words:
            c |= _LAM_SPECIALTY
        if w.startswith(LOCATION_LETTERS):
            c |= _LOCATION_LETTER
        known = lex.word_classes
        if len(known) >= _MAX_KEPT_WORDS:
            known.clear()
        known[w] = c
        return c

    @cython.ccall
    def free_word(self, w: str) -> bool:
        """A word a name body may hold as an unknown word: no descriptor, verb, phrase opener or
        conjoined word. Its four tests depend on the word alone and the same words recur from release
        to release, so each word's answer is kept (up to a bound on the words kept)."""
        known = self.lex.free_words
        answer = known.get(w)
        if answer is None:
            answer = not (
                w in self.lex.descriptors or self.verb_like(w) or self.opens_phrase(w) or self.conjoined(w)
            )
            if len(known) >= _MAX_KEPT_WORDS:
                known.clear()
            known[w] = answer
        return answer


class Tail(NamedTuple):
    """What the words after a body showed."""

    end: int
    closed: bool = False  # the circumfix adjective (الطبية، الصحي) was read
    ordinal: bool = False
    health: bool = False  # a health adjective (الصحي، الطبي، الاستشفائي)
    specialty: bool = False  # a specialty phrase (للصحة النفسية، لأمراض القلب)
    located: int = -1  # token where a location suffix starts
    feminine: bool = False  # an adjective in ة: after a plural head it describes the plural


@cython.ccall
@cython.locals(
    end=cython.Py_ssize_t,
    j=cython.Py_ssize_t,
    located=cython.Py_ssize_t,
    words=list,
    known=dict,
    c=cython.long,
    w=str,
    ordinal=cython.bint,
    health=cython.bint,
    specialty=cython.bint,
    feminine=cython.bint,
    in_specialty=cython.bint,
)
def read_tail(walk: Walk, i: cython.Py_ssize_t, head: Head, closed: bool, body: list[str]) -> Tail:
    """Adjectives, ordinals, a specialty phrase and a location after the body, in any order.

    A circumfix name closed after its body takes nothing but adjectives and a location: the place
    after مدينة الملك سلمان الطبية is where it stands (facilities.py keeps it only when the text
    never gives the name without it).
    """
    words, known = walk.words, walk.lex.word_classes
    end, ordinal, health, specialty, located, feminine = i, False, False, False, -1, False
    in_specialty = bool(body) and body[-1] == "specialty"
    closures = head.closures
    while end < walk.size:
        i = end
        w = words[i]
        c = known.get(w) or walk.word_class(w)
        if closures and not closed and w in closures:
            closed = True
            end += 1
        elif not c & _TAIL and not in_specialty:
            pass  # the common case: none of the readers below reads the word
        elif c & ORDINAL:
            ordinal = True
            end += 1
        elif c & ADJECTIVE:
            health |= bool(c & HEALTH)
            feminine |= w.endswith("ه")
            end += 1
        elif (
            not (closed and body)  # a closed name takes no specialty phrase
            and c & _LAM_SPECIALTY
            and (j := walk.specialty(i, first=_after_lam(w))) > 0
        ):
            specialty = in_specialty = True
            end = j
        elif (
            not (closed and body)
            and in_specialty
            and w[:1] == "و"
            and (j := walk.specialty(i, first=w[1:])) > 0
        ):
            end = j
        if end == i:
            if c & _LOCATION_LETTER:
                fallback = head.policy == "located" or head.definite
                if (j := walk.location(i, fallback)) > 0:
                    located = i
                    end = j
            break
    return _new(Tail, (end, closed, ordinal, health, specialty, located, feminine))


@cython.cfunc
def _after_lam(w: str) -> str:
    """The word after a glued ل, the article's elided alef put back (للصحة → الصحة)."""
    return "ال" + w[2:] if w[:2] == "لل" else w[1:]


class Name(NamedTuple):
    end: int  # token index after the name
    kind: str
    rule: str
    confidence: float
    bare_end: int = -1  # where a closed name's location suffix starts, if it has one


@cython.ccall
def is_named(
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


@cython.ccall
def kind_of(lex: Lexicon, head: Head, found: frozenset[str], body: list[str], tail: Tail) -> str:
    if head.policy in ("strict", "institute"):
        if body[:1] == ["specialty"] or tail.specialty:
            return "specialised_centre"
        if found & lex.hospital_descriptors:
            return "hospital"
    return head.kind


@cython.cfunc
def _personal(walk: Walk, start: int, body: list[str], body_end: int, tail_end: int) -> bool:
    """A two-word personal name (صالح عزيز، الهادي الرايس) and no purpose phrase after it: an
    institute named after a physician, not one for studies or music (معهد ... للدراسات), nor a
    construct of common nouns (معهد بحوث البترول)."""
    first, second, after = walk.words[start], walk.words[start + 1], walk.words[tail_end]
    purpose = after.startswith("لل")  # ل + a verbal noun (لاستكمال الفحوص) is the sentence's purpose
    return (
        body == ["free", "free"]
        and body_end == start + 2
        and (first in walk.lex.given_names or not (first.startswith("ال") or second.startswith("ال")))
        and not purpose
    )


@cython.cfunc
def _holds_phrase(found: frozenset[str]) -> bool:
    """Whether the descriptors read hold a phrase (الرعاية الصحية الأولية), not only single words."""
    return any(" " in f for f in found)


@cython.ccall
def read_name(walk: Walk, head: Head, article_before: bool) -> Name | None:
    """The name after a singular head, or None when the mention is generic.

    A definite head needs a descriptor first (المستشفى الجامعي ابن رشد، المستشفى الإقليمي بالرشيدية),
    else it points back to a facility already named (المستشفى، المركز الأول). An indefinite head with a
    non-primary-care descriptor is a description (مستشفى ميداني، مستشفى تخصصي للأطفال).
    """
    lex = walk.lex
    i, found, closed, phrased = 0, _NO_DESCRIPTORS, False, False
    if head.policy in ("circumfix", "institution") and walk.words[0] in head.closures:
        closed, i = True, 1
    elif head.policy != "circumfix" and walk.words[0] in lex.descriptor_words:  # most heads have none
        i, found, _ = walk.descriptors(0)
        phrased = _holds_phrase(found)
        closed = head.policy == "institution" and phrased
    if article_before and not (found or closed or head.definite or walk.words[i] in lex.naming_adjectives):
        return None
    if not article_before and head.policy != "located" and not found <= lex.health_descriptors:
        return None
    # a primary-care phrase puts the head in construct with a definite noun (مركز الرعاية الأولية)
    definite = article_before or head.definite or phrased
    body_start = i
    i, body = (i, []) if closed else walk.body(i)
    if head.policy == "brand" and body[:1] == ["free"] and walk.words[body_start].startswith("ال"):
        return None  # a clinic named by a definite noun is a service (عيادة الإقلاع عن التدخين)
    if body and body[0] == "number":
        # a number names a hospital (مستشفى 57357); after other heads it is a phone line (مركز 937)
        return Name(i, head.kind, "facility.head_name", 0.75) if head.policy == "open" else None
    tail = read_tail(walk, i, head, closed, body)
    personal = head.policy == "institute" and _personal(walk, body_start, body, i, tail.end)
    if not is_named(lex, head, definite, found, body, tail, personal):
        return None
    rule = "facility.head_name"
    if head.kind == "medical_city":
        rule = "facility.medical_city"
    elif head.kind == "health_cluster":
        rule = "facility.cluster"
    confidence = 0.9 if len(body) > 1 or (body and body[0] != "free") else 0.75
    bare_end = tail.located if tail.closed and body and tail.located >= 0 else -1
    return _new(Name, (tail.end, kind_of(lex, head, found, body, tail), rule, confidence, bare_end))


@cython.ccall
def read_directorate(walk: Walk, head: Head) -> Name | None:
    """A directorate phrase and its place: after it (مديرية صحة إربد) or as a suffix (بمنطقة الرياض)."""
    lex = walk.lex
    i = 0
    if head.place_body:
        i = max(walk.place_at(0), walk.unit(0))
        if i < 0:
            return None
    while walk.words[i] in lex.adjectives:
        i += 1
    j = walk.location(i, fallback=False)
    if j < 0 and not head.place_body:
        return None
    return _new(Name, (max(i, j), "directorate", "facility.directorate", 0.9, -1))
