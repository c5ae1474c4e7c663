"""Guess a release's country from its words, because numbers and currencies are read by local convention."""

from __future__ import annotations

import re
from functools import cache

import cython

from extractors.data.regions import COUNTRY_CUES, CUE_PREFIXES, DECIMAL_COMMA_COUNTRIES
from extractors.normalize import normalize_term

_WORD_CHAR = re.compile(r"\w")
_NON_WORD = re.compile(r"\W")


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
def _cue_forms() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Each cue form and its countries; and, by first word, the forms that go on past a non-word
    character after it (طرابلس الشام، د.ت), the longest first."""
    owners = _cue_owners()
    forms = _prefixed_cues(list(owners))
    for form in forms:
        # A form is read from the start of a word to the end of one.
        if not (_WORD_CHAR.match(form) and _WORD_CHAR.match(form[-1])):
            raise ValueError(f"a country cue must start and end with a word character: {form!r}")
    countries = {
        form: tuple(dict.fromkeys(c for cue in cues for c in owners[cue])) for form, cues in forms.items()
    }
    longer: dict[str, list[str]] = {}
    for form in forms:
        if gap := _NON_WORD.search(form):
            longer.setdefault(form[: gap.start()], []).append(form)
    continued = {head: tuple(sorted(found, key=len, reverse=True)) for head, found in longer.items()}
    return countries, continued


_BMP = 0x10000
_SEED = cython.declare(cython.uint, 2166136261)  # FNV-1a's offset basis
# A word's hash keeps its top 19 bits: its bit among the sketch's 2**19 (64 KB).
_SKETCH_SHIFT = cython.declare(cython.int, 13)


@cython.cfunc
@cython.inline
@cython.exceptval(check=False)
def _fold(h: cython.uint, ch: cython.Py_UCS4) -> cython.uint:
    """A word's hash (32-bit FNV-1a over its code points), one character further: the scan folds
    each character in as it reads it, so a word is hashed without a slice. A key of first letter,
    last letter and length let three Arabic words in four through the sketch: those keys crowd into
    a few thousand values."""
    h = (h ^ ord(ch)) * 16777619
    if not cython.compiled:
        h &= 0xFFFFFFFF  # as C arithmetic on 32 bits wraps by itself
    return h


@cython.locals(h=cython.uint)
def _word_hash(word: str) -> int:
    """The hash `_fold` builds over a whole word."""
    h = _SEED
    for ch in word:
        h = _fold(h, ch)
    return h


@cache
def _tables() -> tuple[bytearray, bytearray]:
    r"""Two tables of 2**16 bytes: which characters of the BMP the regex engine reads as `\w` (read
    off the engine itself), and the sketch, a bit for the hash of every cue form that is one word and
    of the first word of every longer form: a word can be one only if its bit is set (fewer than one
    word in a hundred passes without being one)."""
    bmp = "".join(map(chr, range(_BMP)))
    word = bytearray(_BMP)
    for m in re.finditer(r"\w+", bmp):
        word[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    owners, continued = _cue_forms()
    sketch = bytearray(_BMP)
    for form in (*owners, *continued):
        if not _NON_WORD.search(form):
            bit = _word_hash(form) >> _SKETCH_SHIFT
            sketch[bit >> 3] |= 1 << (bit & 7)
    return word, sketch


@cython.cfunc
@cython.inline
@cython.exceptval(check=False)
@cython.boundscheck(False)
@cython.wraparound(False)
def _is_word(ch: cython.Py_UCS4, word: cython.uchar[:]) -> cython.bint:
    r"""The regex engine's `\w`: a letter, a digit or a number, or the underscore."""
    if ord(ch) < 0x10000:
        return word[ord(ch)] != 0
    return ch.isalnum()


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(i=cython.Py_ssize_t, start=cython.Py_ssize_t, resume=cython.Py_ssize_t, h=cython.uint,
               bit=cython.uint, ch=cython.Py_UCS4)  # fmt: skip
def _cue_matches(text: str) -> list[str]:
    """The cue forms in `text`, each a whole word or a run of whole words, left to right.

    One pass reads the words and hashes each as it goes; only a word whose bit is set in the sketch
    is sliced and looked up whole (a regex trie tried at the start of every word cost more)."""
    owners: dict = _cue_forms()[0]
    continued: dict = _cue_forms()[1]
    tables = _tables()
    word_chars: cython.uchar[:] = tables[0]
    sketch: cython.uchar[:] = tables[1]
    found: list[str] = []
    start = -1  # where the word being read starts; -1 between words
    resume = 0  # past a longer form the scan resumes at its end
    h = _SEED
    for i, ch in enumerate(text):
        if i < resume:
            continue
        if _is_word(ch, word_chars):
            if start < 0:
                start = i
                h = _SEED
            h = _fold(h, ch)
        elif start >= 0:
            bit = h >> _SKETCH_SHIFT
            if sketch[bit >> 3] & (1 << (bit & 7)):
                resume = _look_up(text, start, i, owners, continued, word_chars, found)
            start = -1
    if start >= 0:
        bit = h >> _SKETCH_SHIFT
        if sketch[bit >> 3] & (1 << (bit & 7)):
            _look_up(text, start, len(text), owners, continued, word_chars, found)
    return found


@cython.cfunc
@cython.locals(i=cython.Py_ssize_t, j=cython.Py_ssize_t, end=cython.Py_ssize_t, n=cython.Py_ssize_t)
def _look_up(text: str, i: cython.Py_ssize_t, j: cython.Py_ssize_t, owners: dict, continued: dict,
             word_chars: cython.uchar[:], found: list) -> cython.Py_ssize_t:  # fmt: skip
    """Add the cue form at the word text[i:j] to `found`, and return where the scan goes on. A word
    that starts longer forms (طرابلس of طرابلس الشام) counts as the longest of them that the text goes
    on with up to the end of a word; else the word counts alone."""
    word = text[i:j]
    longer = continued.get(word)
    if longer is not None:
        n = len(text)
        for form in longer:
            end = i + len(form)
            if text.startswith(form, i) and (end == n or not _is_word(text[end], word_chars)):
                found.append(form)
                return end
    if word in owners:
        found.append(word)
    return j


def detect_country(normalized_text: str) -> str | None:
    """The country with most cue words in the text, or None when nothing points anywhere."""
    owners = _cue_forms()[0]
    scores: dict[str, float] = {}
    for form in _cue_matches(normalized_text):
        countries = owners[form]
        for c in countries:
            scores[c] = scores.get(c, 0.0) + 1.0 / len(countries)
    if not scores:
        return None
    return max(scores.items(), key=lambda kv: kv[1])[0]


def uses_decimal_comma(country: str | None) -> bool:
    return country in DECIMAL_COMMA_COUNTRIES
