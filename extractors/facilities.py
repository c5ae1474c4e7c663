"""Named health facilities: a head noun, the name that follows it, and the facts they make.

Press releases name facilities as a head noun (مستشفى، مركز، تجمع، مديرية ...) followed by a name;
facility_names.py reads where each name ends, and facility_lists.py one name per item after a plural or
dual head (مستشفيات أسيوط العام وديروط المركزي، مستشفيا العدان والفروانية).

Matching runs on the normalised text: cheap patterns of head stems find candidate words, the full
head pattern confirms them, and only the few words after each head are walked. Names are rebuilt from
the ORIGINAL text word by word along the normalised tokens, joined by single spaces, so words the
source glued together come apart (المدينةالمنورة → المدينة المنورة، الجهويةللصحة → الجهوية للصحة).
Within a document, a shorter mention that a longer one completes (مركز القلب → مركز القلب بالمدينة
المنورة، مدينة الملك سلمان الطبية → مدينة الملك سلمان بن عبدالعزيز الطبية) takes the longer name, and
a name closed by its own adjective takes no place suffix when the release also gives it bare: one
facility, one name.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Sequence

import cython

from extractors.article import Article
from extractors.examples import Example
from extractors.facility_lexicon import ART, HEAD, NEXT, PRE, Head, Lexicon, lexicon
from extractors.facility_lists import LIST_THROUGH, Listing, read_list, singular_adjective
from extractors.facility_names import (
    LOCATION_LETTERS,
    NAME_THROUGH,
    Name,
    Walk,
    read_directorate,
    read_name,
    walk_at,
)
from extractors.facts import Fact
from extractors.normalize import TATWEEL, NormalizedText

_WINDOW = 100  # characters after a head that a name usually spans; read again wider when it runs out
_WIDE_WINDOW = 280  # characters a list after a plural head, or a long name, may span
_LOOK_BACK = 24  # characters before a head that the word before it may span
_PROCLITICS = ("و", "ف", "ب", "ل")
# Letters from a word's start to a head's stem: up to four of proclitics and article, and the head
# word's own first letter when the stem skips it (facility_lexicon._stem).
_STEM_REACH = 5
_WORD = re.compile(r"\S+")
_START = re.Match.start  # a match's start, called from C by map


@cython.cclass
class _Mention:
    """One facility a head names, with the keys that merge the release's names (_merge_aliases).

    Compiled, a C struct built by a C call (`_mention`): a release names several.
    """

    fact = cython.declare(object, visibility="readonly")
    key = cython.declare(tuple, visibility="readonly")  # the normalised name
    # a closed name's key without its location suffix, or ()
    bare = cython.declare(tuple, visibility="readonly")


@cython.cfunc
@cython.locals(mention=_Mention)
def _mention(fact: Fact, key: tuple[str, ...], bare: tuple[str, ...]) -> _Mention:
    mention = _Mention.__new__(_Mention)
    mention.fact, mention.key, mention.bare = fact, key, bare
    return mention


@cython.cclass
class _Original:
    """The original text behind normalised offsets, sliced as `NormalizedText.original_slice` slices it,
    sooner.

    The normalised text maps back in stretches that run one to one (from one dropped diacritic,
    ligature or glue space to the next: a few per release), and the words of one fact lie in one
    stretch but for rare exceptions. The stretch last found is kept: a slice ending inside it, before
    its last character (whose end may swallow dropped marks), is the same slice of the original,
    shifted by a constant.
    """

    # Compiled, a C struct (see facility_names.Walk).
    norm = cython.declare(object)
    original = cython.declare(str)
    low = cython.declare(cython.Py_ssize_t)
    stop = cython.declare(cython.Py_ssize_t)
    shift = cython.declare(cython.Py_ssize_t)

    def __init__(self, norm: NormalizedText) -> None:
        self.norm = norm
        self.original = norm.original
        self.low = self.stop = self.shift = 0
        if not norm.seg_norm:  # the normaliser changed no offset anywhere
            self.stop = len(norm.text) + 1

    @cython.ccall
    def slice(self, start: cython.Py_ssize_t, end: cython.Py_ssize_t) -> str:
        if (self.low <= start and end < self.stop) or self._find(start, end):
            return self.original[start + self.shift : end + self.shift]
        return self.norm.original_slice(start, end)

    @cython.ccall
    def shift_over(self, start: cython.Py_ssize_t, end: cython.Py_ssize_t) -> int | None:
        """How far the original lies from the normalised text over start..end, when the slice runs one
        to one inside one stretch (as `exact` slices it), else None."""
        if (self.low <= start and end < self.stop) or self._find(start, end):
            return self.shift
        return None

    @cython.ccall
    def exact(self, start: cython.Py_ssize_t, end: cython.Py_ssize_t) -> str | None:
        """The original slice when it maps to the normalised one character for character, else None.

        Only such a slice of several words splits into the words sliced one by one: a word sliced
        alone leaves out the marks the normaliser dropped before it (tatweel, diacritics, invisible
        marks: الملك ـفهد → فهد), where one slice over the words before it keeps them.
        """
        if (self.low <= start and end < self.stop) or self._find(start, end):
            return self.original[start + self.shift : end + self.shift]
        return None

    @cython.ccall
    @cython.locals(i=cython.Py_ssize_t)
    def _find(self, start: cython.Py_ssize_t, end: cython.Py_ssize_t) -> cython.bint:
        """Keep the stretch holding `start`, if it runs one to one; whether `end` lies inside it."""
        norm = self.norm
        if not norm.seg_norm:
            return False
        i = bisect_right(norm.seg_norm, start) - 1
        if norm.seg_width[i] >= 0 or i + 1 == len(norm.seg_norm):
            return False
        self.low, self.stop = norm.seg_norm[i], norm.seg_norm[i + 1]
        self.shift = norm.seg_orig[i] - self.low
        return end < self.stop

    @cython.ccall
    def words(self, start: cython.Py_ssize_t, end: cython.Py_ssize_t) -> tuple[list[str], list[str]]:
        """Words of the normalised slice as written and as normalised; glued words come apart."""
        text = self.norm.text
        norm = text[start:end].split()
        sliced = self.exact(start, end)
        if sliced is not None and len(original := sliced.split()) == len(norm):
            return original, norm
        original, norm = [], []
        for word in _WORD.finditer(text, start, end):
            original.append(self.slice(*word.span()))
            norm.append(word.group())
        return original, norm


@cython.ccall
@cython.locals(c=cython.Py_UCS4)
def _letters_only(s: str) -> cython.bint:
    """`s.isalpha()`, letter by letter in C where compiled, sooner than the method call."""
    if not s:
        return False
    for c in s:  # noqa: SIM110 (a loop: a ccall function may hold no generator)
        if not c.isalpha():
            return False
    return True


@cython.ccall
@cython.locals(c=cython.Py_UCS4, kept=cython.Py_ssize_t)
def _words_only(s: str) -> cython.bint:
    """`s.replace(" ", "").isalnum()`, letter by letter in C where compiled: words parted by spaces."""
    kept = 0
    for c in s:
        if c != " ":
            if not c.isalnum():
                return False
            kept += 1
    return kept > 0


@cython.cfunc
def _name_words(
    source: _Original, walk: Walk, a: int, b: int, skip: int = 0
) -> tuple[list[str], list[str], int]:
    """Tokens a..b as the original wrote them and as normalised, word by word, punctuation left out,
    and where token b-1 ends in the normalised text.

    Glued words come apart in both: the normaliser's glue spaces and the gazetteer's cuts split them.
    When the original maps to the tokens character for character, one slice of it serves.
    """
    words = walk.words
    joined = " ".join(words[a:b])
    if _words_only(joined):  # words only, the common case: no token to leave out
        kept: Sequence[int] = range(a, b)
    else:
        kept = [k for k in range(a, b) if words[k][:1].isalnum()]
    if not walk.cuts and len(kept) == b - a:
        start, end = walk.extent(a, b, joined)
        first = start + skip
        sliced = source.exact(first, end)
        if sliced is not None and len(original := sliced.split()) == b - a:
            norm = words[a:b]
            if skip or a in walk.stripped:  # else token a is read as written
                norm[0] = walk.text[first : walk.span(a)[1]]
            return original, norm, end
    original, norm = [], []
    for k in kept:
        token_start, token_end = walk.span(k)
        bounds = [
            token_start + (skip if k == a else 0),
            *(token_start + c for c in walk.cuts.get(k, ())),
            token_end,
        ]
        for x, y in itertools.pairwise(bounds):
            original.append(source.slice(x, y))
            norm.append(walk.text[x:y])
    return original, norm, walk.span(b - 1)[1]


@cython.cfunc
def _add_place(attrs: dict[str, str], walk: Walk, end: int, country: str | None) -> dict[str, str]:
    """city/country from a place in the name, else from a place right after it, else the release's,
    added to `attrs`."""
    if walk.place is None:
        if walk.words[end] == "في":
            walk.place_at(end + 1)
        elif walk.words[end].startswith(LOCATION_LETTERS):
            walk.location(end, fallback=False)
    place = walk.place
    if place is None:
        if country:
            attrs["country"] = country
        return attrs
    attrs["city"] = place.name
    if len(place.countries) == 1:
        attrs["country"] = place.countries[0]
    elif country in place.countries:
        attrs["country"] = country
    return attrs


@cython.cfunc
def _head_words(
    source: _Original, head_start: int, head_end: int, phrase: str, art: bool
) -> tuple[list[str], list[str]]:
    """The head as written and normalised; after ل the article's alef is elided (للمستشفى), so it is
    put back."""
    if _letters_only(phrase):  # one word: its original slice holds no space either
        original, norm = [source.slice(head_start, head_end)], [phrase]
    else:
        original, norm = source.words(head_start, head_end)
    if art:
        original[0] = "ال" + original[0]
        norm[0] = "ال" + norm[0]
    return original, norm


@cython.cfunc
def _read(walk: Walk, head: Head, art: bool) -> Name | None:
    if head.policy == "directorate":
        return read_directorate(walk, head)
    return read_name(walk, head, art)


@cython.cfunc
def _names_nothing(lex: Lexicon, head: Head, art: bool, following: str | None) -> bool:
    """What the next word alone shows, before any walk (most heads name nothing): a particle or a
    generic noun after a head ends it (مستشفى في، مراكز وزارة الصحة); a definite head not followed by
    a descriptor refers back (المستشفى، المركز الأول، المدينة المنورة) or, as a plural, speaks of many
    (المستشفيات والمراكز) unless a list follows."""
    if following is None:
        return True
    if not art or head.definite or head.policy == "directorate":
        return following in lex.dead_ends
    if head.number == "plural" and (following in lex.list_cues or following in ":("):
        return False
    return following not in lex.definite_openers


@cython.cfunc
@cython.locals(end=cython.Py_ssize_t, begin=cython.Py_ssize_t)
def _word_before(text: str, start: int) -> tuple[int, str]:
    """The word before `start` and where it begins (the head's own proclitics not included)."""
    end = start
    while end and text[end - 1] in " \n":
        end -= 1
    begin = text.rfind(" ", max(0, end - _LOOK_BACK), end) + 1
    word = text[begin:end]
    if "\n" in word:
        begin += word.rindex("\n") + 1
        word = text[begin:end]
    return begin, word


@cython.cfunc
def _counted(lex: Lexicon, word: str) -> bool:
    """A number as the word before a bare head counts it (12 مستشفى، 3 مستشفيات، خمسة وعشرين وحدة
    صحية); one before a conjoined head ends the phrase before it (... أول نوفمبر 1954 والمركز
    الاستشفائي), and a year before a head is no count (عام 2020 مستشفى ...)."""
    if _letters_only(word):  # letters only, as most words are: nothing to strip
        return word in lex.cardinal_words
    if not (word[-1:].isdigit() or word[-1:] in ",." or word[:1] in "(«\"'"):  # no digit, nothing to strip
        return (word[1:] if word[:1] == "و" else word) in lex.cardinals
    word = word.lstrip("(«\"'")
    if word[:1] == "و":
        word = word[1:]
    digits = word.replace(",", "").replace(".", "")
    if digits.isdigit():
        return not (len(digits) == 4 and digits[:2] in ("19", "20"))
    return word in lex.cardinals


@cython.cfunc
def _list_mentions(
    article: Article,
    source: _Original,
    lex: Lexicon,
    head: Head,
    head_end: cython.Py_ssize_t,
    fact_start: cython.Py_ssize_t,
    art: cython.bint,
) -> list[_Mention]:
    """One facility per name listed after a plural or dual head, each named with the singular head
    and the plural's descriptors in the singular (المراكز الاستشفائية الجامعية ابن سينا وابن رشد →
    المركز الاستشفائي الجامعي ابن سينا، المركز الاستشفائي الجامعي ابن رشد)."""
    text = article.norm.text
    walk = walk_at(lex, text, head_end, _WINDOW, LIST_THROUGH)
    listing = read_list(walk, head, art)
    if listing.items and not walk.whole and listing.items[-1].end >= walk.size - 2 and walk.limit < len(text):
        walk = walk_at(lex, text, head_end, _WIDE_WINDOW)
        listing = read_list(walk, head, art)
    if not listing.items:
        return []
    lead_original, lead_norm = _list_lead(source, walk, head, listing, art)
    mentions = []
    for n, item in enumerate(listing.items):
        walk.place = None
        walk.place_at(item.start)
        original, norm, end = _name_words(source, walk, item.start, item.end, item.skip)
        attrs = _add_place(
            {"name": _display_name([*lead_original, *original]), "kind": item.kind},
            walk,
            item.end,
            article.country,
        )
        start = fact_start if n == 0 else walk.span(item.start)[0] + item.skip
        fact = article.fact("facility", start, end, "facility.list_after_head", attrs, confidence=0.85)
        mentions.append(_mention(fact, (*lead_norm, *norm), ()))
    return mentions


@cython.cfunc
def _display_name(words: list[str]) -> str:
    """A name's words as written, but for tatweel: a stretched letter (فهـــد، الملكـ) is typography, not
    spelling, and the name is what analysts group and search by. The evidence span keeps it."""
    return " ".join(words).replace(TATWEEL, "")


@cython.cfunc
def _list_lead(
    source: _Original, walk: Walk, head: Head, listing: Listing, definite: bool
) -> tuple[list[str], list[str]]:
    """The words every listed name starts with: the singular head, then the plural's adjectives (a
    genitive phrase like الرعاية الصحية الأولية says what kind of centres, not which: left out)."""
    original, norm = head.singular.split(), list(head.singular_key)
    if definite and listing.singles:  # المراكز الاستشفائية → المركز الاستشفائي, but مستشفيات → مستشفى
        original[0], norm[0] = "ال" + original[0], "ال" + norm[0]
    for k in listing.singles:
        original.append(singular_adjective(source.slice(*walk.span(k))))
        norm.append(singular_adjective(walk.words[k]))
    return original, norm


@cython.cfunc
@cython.locals(
    at=cython.Py_ssize_t,
    head_start=cython.Py_ssize_t,
    head_end=cython.Py_ssize_t,
    next_start=cython.Py_ssize_t,
    start=cython.Py_ssize_t,
    art=cython.bint,
    pre=cython.bint,
    one_word=cython.bint,
    text=str,
    phrase=str,
)
def _mentions_at(
    article: Article, source: _Original, lex: Lexicon, regs: tuple[tuple[int, int], ...]
) -> list[_Mention]:
    """The facilities one head match names (`regs`: the match's spans by group): none, one, or one per
    list item after a plural or dual."""
    text = article.norm.text
    at = regs[0][0]
    head_start, head_end = regs[HEAD]
    phrase = text[head_start:head_end]
    art = regs[ART][0] >= 0  # the article, never empty when matched
    next_start = regs[NEXT][0]
    following = text[next_start : regs[NEXT][1]] if next_start >= 0 else None
    heads: dict[str, Head] = lex.heads
    head = heads.get(phrase) or heads[" ".join(phrase.split())]
    if _names_nothing(lex, head, art, following):
        return []
    pre = regs[PRE][0] < regs[PRE][1]  # proclitics glued before the head
    start = regs[ART][0] if art else head_start
    if not pre:
        begin, word = _word_before(text, at)
        if _counted(lex, word):
            return []
    if head.number != "singular":
        return _list_mentions(article, source, lex, head, head_end, start, art)
    if head.policy == "directorate" and lex.official_re.search(text, max(0, at - 30), at):
        return []

    walk = walk_at(lex, text, head_end, _WINDOW, NAME_THROUGH)
    found = _read(walk, head, art)
    if found is not None and not walk.whole and found.end >= walk.size - 1 and walk.limit < len(text):
        walk = walk_at(lex, text, head_end, _WIDE_WINDOW)
        found = _read(walk, head, art)
    if found is None or found.end == 0:
        return []
    opener = None
    if not pre and not art:  # the word before the head is `word`, read above
        if word[:1] in _PROCLITICS and word[1:] in lex.openers:
            begin, word = begin + 1, word[1:]
        if word in lex.openers:
            opener = begin, begin + len(word)
    one_word = _letters_only(phrase)
    if (
        opener is None
        and one_word
        and (quick := _one_slice(article, source, walk, found, start, head_start, art))
    ):
        return [quick]
    if art or not one_word:
        lead_original, lead_norm = _head_words(source, head_start, head_end, phrase, art)
    else:  # one word, as most heads are
        lead_original, lead_norm = [source.slice(head_start, head_end)], [phrase]
    if opener is not None:
        opener_original, opener_norm = source.words(*opener)
        start = opener[0]
        lead_original, lead_norm = opener_original + lead_original, opener_norm + lead_norm
    original, norm, end = _name_words(source, walk, 0, found.end)
    attrs = _add_place(
        {"name": _display_name([*lead_original, *original]), "kind": found.kind},
        walk,
        found.end,
        article.country,
    )
    fact = article.fact("facility", start, end, found.rule, attrs, confidence=found.confidence)
    bare = (*lead_norm, *_name_words(source, walk, 0, found.bare_end)[1]) if found.bare_end > 0 else ()
    return [_mention(fact, (*lead_norm, *norm), bare)]


@cython.cfunc
@cython.locals(
    head_end=cython.Py_ssize_t,
    name_start=cython.Py_ssize_t,
    name_end=cython.Py_ssize_t,
    o_start=cython.Py_ssize_t,
    o_end=cython.Py_ssize_t,
    words=list,
    text=str,
    joined=str,
    original=str,
    lead=str,
    phrase=str,
    name=list,
)
def _one_slice(
    article: Article,
    source: _Original,
    walk: Walk,
    found: Name,
    start: cython.Py_ssize_t,
    head_start: cython.Py_ssize_t,
    art: cython.bint,
) -> _Mention | None:
    """The mention of a one-word head and its name, as most are, built from one slice of the original:
    when single spaces part the head and the name's words, and the original runs one to one under
    them, the name's words, the head's and the fact's text are slices of it at one shift. Else None
    (the general path rebuilds the name word by word)."""
    words, text = walk.words, walk.text
    joined = " ".join(words[: found.end])
    head_end = walk.origin
    name_start = head_end + 1
    name_end = name_start + len(joined)
    if (
        walk.cuts
        or text[head_end] != " "
        or not text.startswith(joined, name_start)
        or not _words_only(joined)
    ):
        return None
    shift = source.shift_over(start, name_end)
    if shift is None:
        return None
    original = article.norm.original
    name = original[name_start + shift : name_end + shift].split()
    if len(name) != found.end:
        return None
    lead = original[head_start + shift : head_end + shift]
    phrase = text[head_start:head_end]
    if art:
        lead, phrase = "ال" + lead, "ال" + phrase
    attrs = _add_place(
        {"name": " ".join([lead, *name]), "kind": found.kind}, walk, found.end, article.country
    )
    o_start, o_end = start + shift, name_end + shift
    fact = Fact(
        "facility", o_start, o_end, original[o_start:o_end], found.rule, attrs, "", False, found.confidence
    )
    bare = (phrase, *words[: found.bare_end]) if found.bare_end > 0 else ()
    return _mention(fact, (phrase, *words[: found.end]), bare)


@cython.cfunc
def _within(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """`short` is `long` with words left out, same head word first."""
    rest = iter(long)
    return short[0] == long[0] and all(w in rest for w in short)


@cython.cfunc
@cython.locals(mention=_Mention)
def _merge_aliases(found: list[_Mention]) -> None:
    """One facility, one name: a located closed name the release also gives bare takes the bare name
    (مدينة الملك سلمان الطبية بالمدينة المنورة → مدينة الملك سلمان الطبية), then a mention takes the one
    longer name in the document that holds all its words in order."""
    names = {mention.key: mention.fact for mention in reversed(found)}
    if len(names) < 2:
        return
    redirected = [mention for mention in found if mention.bare and mention.bare in names]
    located = {mention.key for mention in redirected}
    # a name within another starts with the same head word and has no word it lacks: a name is only
    # compared with the other names of its head word, as word sets first
    by_head: dict[str, list[tuple[str, ...]]] = {}
    for key in names:
        if key not in located:
            by_head.setdefault(key[0], []).append(key)
    canonical_of: dict[tuple[str, ...], Fact] = {}  # a short name -> the one longer name holding it
    for keys in by_head.values():
        if len(keys) < 2:
            continue  # most head words name one facility in a release
        keys.sort(key=len)  # a name is compared only with the names after it, the longer ones
        most = len(keys[-1])
        if len(keys[0]) == most:
            continue  # names of one length: none is within another
        sets = [frozenset(key) for key in keys]
        for n, key in enumerate(keys):
            words, size = sets[n], len(key)
            if size == most:
                break  # the longest names: none longer after them
            longer = [
                k
                for k, ws in zip(keys[n + 1 :], sets[n + 1 :], strict=True)
                if len(k) > size and ws >= words and _within(key, k)
            ]
            if len(longer) > 1:
                longer = [k for k in longer if not any(len(o) > len(k) and _within(k, o) for o in longer)]
            if len(longer) == 1:
                canonical_of[key] = names[longer[0]]
    for mention in found if canonical_of else ():  # most releases name no facility two ways
        canonical = canonical_of.get(mention.key)
        if canonical is not None:
            mention.fact.attrs = dict(canonical.attrs)
            mention.fact.note = f"short form of {canonical.attrs['name']}"
    for mention in redirected:
        canonical = names[mention.bare]
        mention.fact.attrs = dict(canonical.attrs)
        mention.fact.note = f"named {canonical.attrs['name']} elsewhere in the release"


@cython.cfunc
@cython.locals(at=cython.Py_ssize_t, start=cython.Py_ssize_t, reach=cython.Py_ssize_t, done=cython.Py_ssize_t)
def _head_matches(lex: Lexicon, text: str) -> list[tuple[tuple[int, int], ...]]:
    """Every head in the text, as its match's spans by group: the full pattern tried at the start of
    each word holding a stem (the stems are found letter pattern by letter pattern, so their hits are
    put in text order first)."""
    hits: list[int] = []
    for stems in lex.stem_res:
        hits += map(_START, stems.finditer(text))
    hits.sort()
    found = []
    done = 0
    match = lex.head_re.match
    for at in hits:
        if at < done:
            continue
        start = at
        if at and (text[at - 1].isalnum() or text[at - 1] == "_"):  # a stem inside its word
            reach = at - _STEM_REACH if at > _STEM_REACH else 0
            start -= 1
            while start > reach and (text[start - 1].isalnum() or text[start - 1] == "_"):
                start -= 1
        if m := match(text, start):
            regs = m.regs
            done = regs[HEAD][1]
            found.append(regs)
    return found


def extract(article: Article) -> list[Fact]:
    lex = lexicon()
    source = _Original(article.norm)
    found: list[_Mention] = []
    for regs in _head_matches(lex, article.text):
        found.extend(_mentions_at(article, source, lex, regs))
    _merge_aliases(found)
    return [mention.fact for mention in found]


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
        {"name": "مدينة الملك عبدالله الطبية بمكة المكرمة", "kind": "medical_city"},
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
        {"name": "المركز الصحي العزيزية", "kind": "health_centre"},
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
        {"name": "مركز الند الصحي الجديد", "kind": "health_centre"},
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
        {"name": "مركز صحي الشفا", "kind": "health_centre"},
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
    # Names listed after a plural or dual head: one facility each, in the singular
    Example(
        "facility",
        "تستقبل مستشفيات الشميسي العام والإيمان العام الحالات المحولة من الطوارئ.",
        {"name": "مستشفى الإيمان العام", "kind": "hospital"},
    ),
    Example(
        "facility",
        "وتشمل أعمال التطوير مستشفيات: بنها العام، وطوخ المركزي، وقليوب التخصصي، فضلا عن الوحدات الريفية.",
        {"name": "مستشفى طوخ المركزي", "kind": "hospital"},
    ),
    Example(
        "facility",
        "تستفيد المستشفيات الجامعية ابن سينا وابن رشد من برنامج التأهيل.",
        {"name": "المستشفى الجامعي ابن رشد", "kind": "hospital"},
    ),
    Example(
        "facility",
        "وتتوزع الحالات على المراكز الاستشفائية الجامعية الحسن الثاني ومحمد السادس.",
        {"name": "المركز الاستشفائي الجامعي محمد السادس", "kind": "hospital"},
    ),
    Example(
        "facility",
        "أجريت العمليات بمستشفيات ابن الخطيب والغساني وابن باجة بفاس.",
        {"name": "مستشفى الغساني", "kind": "hospital"},
    ),
    Example(
        "facility",
        "وزار الوفد مستشفيات الملك فهد بجدة والملك عبدالعزيز بمكة.",
        {"name": "مستشفى الملك عبدالعزيز بمكة", "kind": "hospital"},
    ),
    Example(
        "facility",
        "وسيستقبل مستشفيا الصباح والأميري المرضى المحولين.",
        {"name": "مستشفى الأميري", "kind": "hospital"},
    ),
    Example(
        "facility",
        "ونقل المصابون إلى مستشفيي الرس وعنيزة العام.",
        {"name": "مستشفى عنيزة العام", "kind": "hospital"},
    ),
    Example(
        "facility",
        "وتستقبل مشافي تشرين والمجتهد الجرحى منذ الصباح.",
        {"name": "مشفى المجتهد", "kind": "hospital"},
    ),
    # Heads of other regions: مشفى (Levant), مؤسسة (Qatar), المجموعة الصحية الترابية (Morocco)
    Example(
        "facility",
        "أجرى مشفى الأسد الجامعي في اللاذقية عملية قلب مفتوح.",
        {"name": "مشفى الأسد الجامعي", "kind": "hospital", "city": "اللاذقية", "country": "SY"},
    ),
    Example(
        "facility",
        "أعلنت مؤسسة حمد الطبية عن افتتاح عيادة جديدة للسكري.",
        {"name": "مؤسسة حمد الطبية", "kind": "other"},
    ),
    Example(
        "facility",
        "وتشرف مؤسسة الرعاية الصحية الأولية على المراكز الصحية في الدوحة.",
        {"name": "مؤسسة الرعاية الصحية الأولية", "kind": "other"},
    ),
    Example(
        "facility",
        "وقعت المجموعة الصحية الترابية لجهة الرباط سلا القنيطرة اتفاقية شراكة.",
        {"name": "المجموعة الصحية الترابية لجهة الرباط سلا القنيطرة", "kind": "health_cluster"},
    ),
    Example(
        "facility",
        "وأعلنت دائرة مدينة الطب نجاح أول عملية زرع نخاع في بغداد.",
        {"name": "دائرة مدينة الطب", "kind": "medical_city"},
    ),
    # Names that run on: a date (Algeria), a definite given name and its family name (Tunisia), a
    # personal name after معهد, a purpose phrase, الجديد, a village's half, a closed name's place
    Example(
        "facility",
        "أجرى المستشفى الجامعي أول نوفمبر بوهران عملية زرع كبد.",
        {"name": "المستشفى الجامعي أول نوفمبر بوهران", "kind": "hospital"},
    ),
    Example(
        "facility",
        "نقل المصاب إلى مستشفى 20 أوت 1955 بسكيكدة.",
        {"name": "مستشفى 20 أوت 1955 بسكيكدة", "kind": "hospital"},
    ),
    Example(
        "facility",
        "استلمت المؤسسة الاستشفائية العمومية بالرويبة تجهيزات جديدة.",
        {"name": "المؤسسة الاستشفائية العمومية بالرويبة", "kind": "hospital"},
    ),
    Example(
        "facility",
        "نقل المريض إلى مستشفى الطاهر صفر بالمهدية لاستكمال علاجه.",
        {"name": "مستشفى الطاهر صفر بالمهدية", "kind": "hospital", "city": "المهدية", "country": "TN"},
    ),
    Example(
        "facility",
        "وأكد مدير المستشفى الجامعي المنجي سليم أن القسم جاهز.",
        {"name": "المستشفى الجامعي المنجي سليم", "kind": "hospital"},
    ),
    Example(
        "facility",
        "ووجه المرضى إلى معهد الهادي الرايس لاستكمال الفحوص.",
        {"name": "معهد الهادي الرايس", "kind": "specialised_centre"},
    ),
    Example(
        "facility",
        "حقق معهد تيودور بلهارس نتائج متقدمة في علاج الكبد.",
        {"name": "معهد تيودور بلهارس", "kind": "specialised_centre"},
    ),
    Example(
        "facility",
        "افتتح مركز الشارقة لمكافحة الإدمان فرعا جديدا.",
        {"name": "مركز الشارقة لمكافحة الإدمان", "kind": "specialised_centre"},
    ),
    Example(
        "facility",
        "يتابع مركز الأمراض الانتقالية حالات الإنفلونزا الموسمية.",
        {"name": "مركز الأمراض الانتقالية", "kind": "specialised_centre"},
    ),
    Example(
        "facility",
        "تفقد الوزير مستشفى حائل العام الجديد ومستشفى بقعاء.",
        {"name": "مستشفى حائل العام الجديد", "kind": "hospital"},
    ),
    Example(
        "facility",
        "افتتحت وحدة صحة الأسرة بقرية الحاجر قبلي بمركز إسنا.",
        {"name": "وحدة صحة الأسرة بقرية الحاجر قبلي", "kind": "health_centre"},
    ),
    Example(
        "facility",
        "وتفقد وكيل الوزارة وحدة صحة الأسرة بقرية الدير شرق وتابع سير العمل.",
        {"name": "وحدة صحة الأسرة بقرية الدير شرق", "kind": "health_centre"},
    ),
    Example(
        "facility",
        "دشنت مدينة الملك فهد الطبية بالرياض مركزا لعلاج الأورام.",
        {"name": "مدينة الملك فهد الطبية بالرياض", "kind": "medical_city"},
    ),
    Example(
        "facility",
        "أطلقت المديرية الجهويةللصحة بجهة فاس مكناس حملة للتلقيح.",
        {"name": "المديرية الجهوية للصحة بجهة فاس مكناس", "kind": "directorate"},
    ),
    Example(
        "facility",
        "وكانت مديرية الصحةوالسكان بالقليوبية قد أعلنت الحملة.",
        {"name": "مديرية الصحة والسكان بالقليوبية", "kind": "directorate"},
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
    Example("facility", "تم تشييد مستشفى حديث على مساحة كبيرة."),
    Example("facility", "افتتاح مستشفى لعلاج الأورام في الشمال."),
    Example("facility", "جرى تجهيز مستشفى متنقل بمعدات حديثة."),
    Example("facility", "وتشمل خدماتها عيادات صحة الفم والاسنان ومعامل المختبر والتحاليل الطبية."),
    Example("facility", "تقدم عيادة الإقلاع عن التدخين خدماتها يومياً."),
    Example("facility", "افتتحت عيادة واحدة في كل حي."),
    Example("facility", "يقع مستشفى داخل الحرم الجامعي."),
    Example("facility", "أكد مدير عام الشؤون الصحية بمنطقة القصيم أن العمل مستمر."),
    Example("facility", "يضم التجمع 12 مستشفى و102 مركز رعاية صحية أولية."),
    # Plurals that describe rather than list, counted heads, phone lines, other senses of مؤسسة/معهد
    Example("facility", "تم توزيع الأدوية على مستشفيات الحج والعمرة."),
    Example("facility", "وتستقبل مستشفيات الدمام والخبر والقطيف الحالات المحولة."),
    Example("facility", "تعمل مستشفيات القصيم الحكومية والخاصة بكامل طاقتها."),
    Example("facility", "تتعاون المستشفيات المرجعية والجامعية في التكفل بالمرضى."),
    Example("facility", "جابت القوافل قرى مراكز ملوي وديرمواس وسمالوط."),
    Example("facility", "وتعمل المشافي العامة في المحافظات بكامل طاقتها."),
    Example("facility", "وأقامت الوزارة مستشفيات ميدانية في منى وعرفات."),
    Example("facility", "تم تجهيز مستوصفي القرية والحي بالأدوية اللازمة."),
    Example("facility", "تم تطوير عشرين وحدة صحية بقرى المحافظة."),
    Example("facility", "وتضم المحافظة ثلاثة وثلاثين مستشفى حكوميا."),
    Example("facility", "وبلغ عدد المستشفيات 3 مستشفيات جامعية."),
    Example("facility", "شمل المشروع ترميم وحدة صحية وبناء مدرسة."),
    Example("facility", "دعت الوزارة المواطنين إلى الاتصال بمركز 911 عند الطوارئ."),
    Example("facility", "أعلنت مؤسسة الملك خالد الخيرية عن منح دراسية."),
    Example("facility", "قدمت مؤسسة الحسين للسرطان دعما ماليا للمرضى."),
    Example("facility", "وأطلقت المؤسسة العامة للتأمينات الاجتماعية خدمة إلكترونية."),
    Example("facility", "نظم معهد الملك سلمان للدراسات ندوة حول الطاقة."),
    Example("facility", "أعلن معهد بحوث البترول عن نتائج دراسته."),
    Example("facility", "وتلقى الطلاب دروسا في معهد جوته بالقاهرة."),
    Example("facility", "ولم تسجل المجموعة أي مجموعة صحية ترابية جديدة هذا العام."),
]
