"""The one normaliser: CAMeL Tools' Arabic normalisation, with a map back to the original offsets.

Extractors read the normalised text (one spelling per letter, no diacritics, ASCII digits) so their
patterns stay simple, but every fact must point into the text exactly as it was read. CAMeL Tools'
functions work on whole strings and keep no offsets, so we apply them once per code point to build a
`str.translate` table: the same readings as CAMeL Tools, at C speed, and each output character still
knows which input character it came from.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)

_ARABIC_RANGES = [(0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)]
_INVISIBLE = (
    "\u200b\u200c\u200d\u200e\u200f\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e\ufeff\u00ad"
)
_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_TATWEEL = "\u0640"
_EASTERN_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"

# Letters that only ever end a word: a letter glued straight after one starts the next word
# (المدينةالمنورة). Matched on the original text, before teh marbuta is normalised away; the match is
# the final letter itself (a lookbehind would be tried at every position, this only at ة and ى).
_GLUE = re.compile(r"[\u0629\u0649](?=[\u0621-\u063a\u0641-\u064a])")


def camel_normalize(text: str) -> str:
    """CAMeL Tools' normalisation chain, as applied to every table entry (and to language data)."""
    text = normalize_unicode(text)
    text = dediac_ar(text)
    text = normalize_alef_ar(text)
    text = normalize_alef_maksura_ar(text)
    return normalize_teh_marbuta_ar(text)


@cache
def _changes() -> dict[int, str]:
    """Every code point the normalisation changes, and what it becomes ('' when it is dropped)."""
    table: dict[int, str] = {}
    for lo, hi in _ARABIC_RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            if unicodedata.category(ch) == "Cn":
                continue
            out = camel_normalize(ch).replace(_TATWEEL, "")
            if out != ch:
                table[cp] = out
    for digits in (_EASTERN_DIGITS, _PERSIAN_DIGITS):
        for i, d in enumerate(digits):
            table[ord(d)] = str(i)
    table[ord(_TATWEEL)] = ""
    for ch in _INVISIBLE:
        table[ord(ch)] = ""
    for ch in _SPACES:
        table[ord(ch)] = " "
    return table


@cache
def _table() -> list[str]:
    """`_changes` as a list indexed by code point: `str.translate` looks a list up twice as fast as a
    dict. Code points past the list raise IndexError, which translate reads as "unchanged"."""
    changes = _changes()
    table = [chr(cp) for cp in range(max(changes) + 1)]
    for cp, out in changes.items():
        table[cp] = out
    return table


@cache
def _dropped() -> frozenset[str]:
    return frozenset(chr(cp) for cp, out in _changes().items() if out == "")


@cache
def _irregular() -> re.Pattern[str]:
    """Characters whose output is not exactly one character, so offsets shift after them."""
    odd = sorted(chr(cp) for cp, out in _changes().items() if len(out) != 1)
    return re.compile("[" + re.escape("".join(odd)) + "]")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """Normalised text plus the piecewise map from its offsets back to the original's.

    The map is a list of segments (normalised start, original start, width): width -1 means the
    segment runs one-to-one; otherwise every character in it stands for `width` original characters
    at the same place (an expanded ligature, or a zero-width inserted space).
    """

    original: str
    text: str
    seg_norm: tuple[int, ...] = ()
    seg_orig: tuple[int, ...] = ()
    seg_width: tuple[int, ...] = ()

    def _orig_start(self, n: int) -> int:
        if not self.seg_norm:
            return n
        i = bisect_right(self.seg_norm, n) - 1
        if self.seg_width[i] < 0:
            return self.seg_orig[i] + (n - self.seg_norm[i])
        return self.seg_orig[i]

    def _orig_end(self, n: int) -> int:
        """Original end of normalised character n, swallowing diacritics and tatweel that follow it."""
        if not self.seg_norm:
            return n + 1
        i = bisect_right(self.seg_norm, n) - 1
        if self.seg_width[i] < 0:
            end = self.seg_orig[i] + (n - self.seg_norm[i]) + 1
        else:
            end = self.seg_orig[i] + self.seg_width[i]
        dropped = _dropped()
        original = self.original
        while end < len(original) and original[end] in dropped:
            end += 1
        return end

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalised slice text[start:end]."""
        if end <= start:
            o = self._orig_start(start) if start < len(self.text) else len(self.original)
            return o, o
        return self._orig_start(start), self._orig_end(end - 1)

    def original_slice(self, start: int, end: int) -> str:
        s, e = self.span(start, end)
        return self.original[s:e]


def normalize(original: str) -> NormalizedText:
    """Normalise `original` for matching; `.span()` maps any match back to the original text."""
    table = _table()
    glue = [m.end() for m in _GLUE.finditer(original)]
    odd = [m.start() for m in _irregular().finditer(original)]
    if not glue and not odd:
        return NormalizedText(original, original.translate(table))

    events = sorted([(p, 0) for p in glue] + [(p, 1) for p in odd])
    pieces: list[str] = []
    seg_norm: list[int] = []
    seg_orig: list[int] = []
    seg_width: list[int] = []
    n = 0
    o = 0

    def linear(upto: int) -> None:
        nonlocal n, o
        if upto > o:
            chunk = original[o:upto].translate(table)
            seg_norm.append(n)
            seg_orig.append(o)
            seg_width.append(-1)
            pieces.append(chunk)
            n += len(chunk)
            o = upto

    for pos, kind in events:
        linear(pos)
        if kind == 0:
            seg_norm.append(n)
            seg_orig.append(pos)
            seg_width.append(0)
            pieces.append(" ")
            n += 1
        else:
            out = _changes()[ord(original[pos])]
            if out:
                seg_norm.append(n)
                seg_orig.append(pos)
                seg_width.append(1)
                pieces.append(out)
                n += len(out)
            o = pos + 1
    linear(len(original))
    seg_norm.append(n)
    seg_orig.append(len(original))
    seg_width.append(-1)
    return NormalizedText(original, "".join(pieces), tuple(seg_norm), tuple(seg_orig), tuple(seg_width))


def normalize_term(term: str) -> str:
    """Normalise a word from language data the same way as text, so data and text always agree."""
    return normalize(term).text
