"""The one normaliser: CAMeL Tools' Arabic normalisation, with a map back to the original offsets.

Extractors read the normalised text (one spelling per letter, no diacritics, ASCII digits) so their
patterns stay simple, but every fact must point into the text exactly as it was read. CAMeL Tools'
functions work on whole strings and keep no offsets, so we apply them once per code point to build a
lookup table: the same readings as CAMeL Tools, applied to a whole text at once with NumPy, and each
output character still knows which input character it came from.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Any

import cython
import numpy as np
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
TATWEEL = "\u0640"
_EASTERN_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"

# Letters that only ever end a word: a letter glued straight after one starts the next word
# (المدينةالمنورة), so a space is inserted there. Read on the original text, before teh marbuta is
# normalised away.
_WORD_FINAL = "\u0629\u0649"
_GLUED_START = (("\u0621", "\u063a"), ("\u0641", "\u064a"))


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
            out = camel_normalize(ch).replace(TATWEEL, "")
            if out != ch:
                table[cp] = out
    for digits in (_EASTERN_DIGITS, _PERSIAN_DIGITS):
        for i, d in enumerate(digits):
            table[ord(d)] = str(i)
    table[ord(TATWEEL)] = ""
    for ch in _INVISIBLE:
        table[ord(ch)] = ""
    for ch in _SPACES:
        table[ord(ch)] = " "
    return table


@cache
def _odd() -> dict[str, str]:
    """Characters whose output is not exactly one character, so offsets shift after them."""
    return {chr(cp): out for cp, out in _changes().items() if len(out) != 1}


# Class bits of a code point in `_lookup`: a letter that only ends a word (ة، ى), a letter a glued word
# may start with, and a character in `_odd`. An event (a place where offsets shift) is a character whose
# bits meet its predecessor's bits shifted left, with _ODD set: _FINAL shifted left is _LETTER (a glued
# pair), and _ODD meets _ODD whatever came before. An odd character has no other bit (none is in
# _GLUED_START anyway), and a shifted _LETTER is _ODD, which no letter has.
_FINAL, _LETTER, _ODD = 2, 4, 8
_BMP = 0x10000


@cache
def _lookup() -> tuple[np.ndarray, np.ndarray]:
    """Two tables indexed by a UTF-16 code unit: what a one-to-one character becomes (the others stay
    themselves), and its class bits. NumPy reads a whole text through them in a few microseconds where
    `str.translate` calls back into Python for every non-ASCII character (30 times slower). The text is
    read as UTF-16 because nearly every release lies within the BMP, where a code unit is a character:
    the table is indexed without clipping and the arrays are half as long as in UTF-32."""
    table = np.arange(_BMP, dtype="<u2")
    kind = np.zeros(_BMP, dtype=np.uint8)
    for cp, out in _changes().items():
        if len(out) == 1:
            table[cp] = ord(out)
    for ch in _WORD_FINAL:
        kind[ord(ch)] |= _FINAL
    for lo, hi in _GLUED_START:
        kind[ord(lo) : ord(hi) + 1] |= _LETTER
    for ch in _odd():
        kind[ord(ch)] = _ODD
    return table, kind


@cache
def _lookup_wide() -> tuple[np.ndarray, np.ndarray]:
    """The tables for a text with characters past the BMP (or lone surrogates), read as UTF-32: how far
    a one-to-one character moves (added modulo 2**32), and its class bits. Code points past the tables
    are read as U+FFFF, which neither moves nor has a class: nothing past the BMP changes."""
    table, kind = _lookup()
    return table.astype("<u4") - np.arange(_BMP, dtype="<u4"), kind  # uint32 arithmetic wraps


def _mapped(original: str) -> tuple[str, list[int]]:
    """`original` with every one-to-one character replaced, and where the events are (see `_lookup`)."""
    if cython.compiled:
        found = _mapped_bmp(original)
        if found is not None:
            return found
    try:
        units = original.encode("utf-16-le")
    except UnicodeEncodeError:  # a lone surrogate: read as UTF-32 below
        units = b""
    if len(units) == 2 * len(original):
        table, kind_of = _lookup()
        codes = np.frombuffer(units, dtype="<u2")
        mapped_text = table.take(codes).tobytes().decode("utf-16-le")
        kind = kind_of.take(codes)
    else:
        shift, kind_of = _lookup_wide()
        codes = np.frombuffer(original.encode("utf-32-le", "surrogatepass"), dtype="<u4")
        mapped_text = (codes + shift.take(codes, mode="clip")).tobytes().decode("utf-32-le", "surrogatepass")
        kind = kind_of.take(codes, mode="clip")
    if not len(kind):
        return mapped_text, []
    meets = kind[:-1] + kind[:-1]  # shifted left: an addition is three times faster on uint8
    meets |= _ODD
    meets &= kind[1:]
    # `nonzero` is three times faster on booleans than on uint8.
    positions = [i + 1 for i in meets.astype(bool).nonzero()[0].tolist()]
    if kind[0] & _ODD:
        positions.insert(0, 0)
    return mapped_text, positions


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(
    i=cython.Py_ssize_t,
    ch=cython.Py_UCS4,
    code=cython.ushort,
    k=cython.uchar,
    prev=cython.uchar,
    odd=cython.uchar,
)
def _mapped_bmp(original: str) -> tuple | None:
    """`_mapped` in one typed pass over the characters, for the build (the tables read one character
    at a time, which only compiled code does faster than NumPy); None for a text with a character past
    the BMP or a lone surrogate, which NumPy reads as UTF-32."""
    table, kind_of = _lookup()
    to: cython.ushort[:] = table
    kinds: cython.uchar[:] = kind_of
    buffer = bytearray(2 * len(original))
    out: cython.uchar[:] = buffer
    positions: list[int] = []
    odd = _ODD
    prev = 0
    for i, ch in enumerate(original):
        if 0xD800 <= ch < 0xE000 or ch >= 0x10000:
            return None
        code = to[ch]
        out[2 * i] = code & 0xFF
        out[2 * i + 1] = code >> 8
        k = kinds[ch]
        if k & ((prev << 1) | odd):  # the first character has no predecessor: an event if it is odd
            positions.append(i)
        prev = k
    return buffer.decode("utf-16-le"), positions


# An extension type when compiled, so that `original_span` reads the segment tables straight from the
# object for every fact; fields untyped, as the dataclass from source has them.
@cython.dataclasses.dataclass(frozen=True)
@cython.cclass
@cython.annotation_typing(False)
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

    def __reduce__(self) -> tuple[type[NormalizedText], tuple[Any, ...]]:
        """Pickled as a call with the fields, which the build and the sources both read back."""
        return NormalizedText, (self.original, self.text, self.seg_norm, self.seg_orig, self.seg_width)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalised slice text[start:end] (see `original_span`)."""
        return original_span(self, start, end)

    def original_slice(self, start: int, end: int) -> str:
        s, e = self.span(start, end)
        return self.original[s:e]


@cython.locals(
    start=cython.Py_ssize_t, end=cython.Py_ssize_t, i=cython.Py_ssize_t, j=cython.Py_ssize_t,
    last=cython.Py_ssize_t, o=cython.Py_ssize_t, o_end=cython.Py_ssize_t,
)  # fmt: skip
def original_span(norm: NormalizedText, start: int, end: int) -> tuple[int, int]:
    """Original (start, end) of the normalised slice norm.text[start:end]: `NormalizedText.span`, as
    a function the compiled readers call without a method lookup.

    The end swallows the diacritics and tatweel after the last character: they were dropped between
    two segments, so a slice ending with a segment ends where the next segment starts. One search
    serves both ends when the slice lies inside one segment, as nearly every fact does.
    """
    seg_norm: tuple = norm.seg_norm
    if not seg_norm:
        if end <= start:
            o = start if start < len(norm.text) else len(norm.original)
            return o, o
        return start, end
    seg_orig: tuple = norm.seg_orig
    seg_width: tuple = norm.seg_width
    if end <= start:
        if start < len(norm.text):
            o = _orig_start(seg_norm, seg_orig, seg_width, start, _segment(seg_norm, start, 0))
        else:
            o = len(norm.original)
        return o, o
    i = _segment(seg_norm, start, 0)
    last = len(seg_norm) - 1
    j = i if i == last or end <= _at(seg_norm, i + 1) else _segment(seg_norm, end - 1, i)
    if _at(seg_width, j) < 0 and (j == last or end < _at(seg_norm, j + 1)):
        o_end = _at(seg_orig, j) + (end - _at(seg_norm, j))
    else:
        o_end = _at(seg_orig, j + 1)
    return _orig_start(seg_norm, seg_orig, seg_width, start, i), o_end


@cython.cfunc
@cython.cdivision(True)
@cython.locals(hi=cython.Py_ssize_t, mid=cython.Py_ssize_t)
def _segment(seg_norm: tuple, x: cython.Py_ssize_t, lo: cython.Py_ssize_t) -> cython.Py_ssize_t:
    """The segment from `lo` on that normalised offset x lies in: `bisect_right(seg_norm, x, lo) - 1`,
    without a call into Python."""
    hi = len(seg_norm)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < _at(seg_norm, mid):
            hi = mid
        else:
            lo = mid + 1
    return lo - 1


@cython.cfunc
def _orig_start(
    seg_norm: tuple, seg_orig: tuple, seg_width: tuple, n: cython.Py_ssize_t, i: cython.Py_ssize_t
) -> cython.Py_ssize_t:
    """Original offset of normalised character n, which lies in segment i."""
    if _at(seg_width, i) < 0:
        return _at(seg_orig, i) + (n - _at(seg_norm, i))
    return _at(seg_orig, i)


@cython.cfunc
@cython.inline
def _at(seg: tuple, i: cython.Py_ssize_t) -> cython.Py_ssize_t:
    """An offset of a segment table, as a C integer in the build."""
    return seg[i]


def normalize(original: str) -> NormalizedText:
    """Normalise `original` for matching; `.span()` maps any match back to the original text."""
    mapped_text, positions = _mapped(original)
    if not positions:
        return NormalizedText(original, mapped_text)

    # Between events the text runs one-to-one; an inserted space (width 0) and a character whose output
    # is more than one character (width 1) get a segment each; a dropped character gets none.
    odd = _odd()
    pieces: list[str] = []
    segments: list[tuple[int, int, int]] = []  # (normalised start, original start, width)
    n = o = 0
    for pos in positions:
        if pos > o:
            segments.append((n, o, -1))
            pieces.append(mapped_text[o:pos])
            n += pos - o
        out = odd.get(original[pos])
        if out is None:
            segments.append((n, pos, 0))
            pieces.append(" ")
            n += 1
            o = pos
        else:
            if out:
                segments.append((n, pos, 1))
                pieces.append(out)
                n += len(out)
            o = pos + 1
    if len(original) > o:
        segments.append((n, o, -1))
        pieces.append(mapped_text[o:])
        n += len(original) - o
    segments.append((n, len(original), -1))
    seg_norm, seg_orig, seg_width = zip(*segments, strict=True)
    return NormalizedText(original, "".join(pieces), seg_norm, seg_orig, seg_width)


def normalize_term(term: str) -> str:
    """Normalise a word from language data the same way as text, so data and text always agree."""
    return normalize(term).text
