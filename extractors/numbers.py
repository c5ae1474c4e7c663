"""The one number reader: digits in every regional convention and Arabic number words, as values.

Counts, budgets and dates need the same numbers, and the hard parts are shared: a comma groups
thousands in Riyadh and marks the decimal in Rabat, `ب11,320` hides a number behind a clitic, and
number words combine (خمسة وعشرين، ثلاثمائة، 2 مليون و500 ألف). One regex states what a cluster of
touching number tokens is; a typed pass over the text tries it only where a start filter says a number
can begin, and reads a run of digits alone without it. The two shapes nearly all clusters take (164،
350 مليون) are read from the match itself, and the others token by token: a small grammar joins
neighbouring tokens into maximal expressions and splits them where Arabic number syntax says two
numbers merely stand side by side (2025 ثلاثة).

All offsets are in the normalised text (extractors.normalize). A clitic glued before a number (و، ب، ل،
ف، ك) is left outside the match. Numeric dates and clock times (03/01/2022، 10:30) are not numbers
here: the dates reader owns them, and their pieces must not turn into counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from functools import cache, lru_cache
from typing import NamedTuple

import cython

from extractors.data import number_words as w
from extractors.normalize import normalize_term
from extractors.patterns import trie_alternation

# Token kinds.
_DIGITS, _UNIT, _TEEN, _TENS, _HUNDRED, _SCALE, _FRACTION, _POINT, _SLASH = (
    "digits", "unit", "teen", "tens", "hundred", "scale", "fraction", "point", "slash",
)  # fmt: skip
_SINGULAR, _DUAL, _PLURAL = "singular", "dual", "plural"

_DIGIT_MARK = "\x00"  # in the word trie: "a number in digits may start here"
_DIGIT_AHEAD = r"(?=[-–0-9.٫])"
_ZERO = Decimal(0)
_SLASH_DENOMINATORS = frozenset({10, 100, 1000})
# Indexes of groups `num` and `dig` in `_cluster_re`: a group is read faster by number than by name.
_NUM_GROUP, _DIG_GROUP = 2, 5
# Builds a NumberMatch from a full tuple at C speed (a NamedTuple's own __new__ is a Python function).
_new_match = tuple.__new__


class NumberMatch(NamedTuple):
    """A number expression in the normalised text; `value` is an int when whole. A tuple, not a
    dataclass: every release makes dozens of them and a tuple is built at C speed."""

    start: int
    end: int
    value: int | float
    rule: str
    note: str = ""
    ambiguous: bool = False


class _Word(NamedTuple):
    kind: str
    value: Decimal
    form: str = _SINGULAR  # scale words: singular, dual or plural; hundreds: "mult" when it multiplies


class _Token(NamedTuple):
    cstart: int  # start including a glued clitic
    start: int
    end: int
    kind: str
    value: Decimal
    form: str
    raw: str
    conj: bool  # joined by و (glued or standalone) to what came before
    prep: bool  # carries a preposition clitic: always starts a new number


def _alternation(words: set[str]) -> str:
    """A trie-shaped alternation of `words`; `_DIGIT_MARK` becomes "digits ahead" (a clitic before digits)."""
    return trie_alternation(words, lambda ch: _DIGIT_AHEAD if ch == _DIGIT_MARK else re.escape(ch))


@cache
def _lexicon() -> dict[str, _Word]:
    """Every single-word number form, normalised, with what it stands for."""
    lex: dict[str, _Word] = {}

    def add(forms: tuple[str, ...], word: _Word) -> None:
        for form in forms:
            lex[normalize_term(form)] = word

    for value, forms in w.UNITS.items():
        add(forms, _Word(_UNIT, Decimal(value)))
    for value, forms in w.COLLOQUIAL_TEENS.items():
        add(forms, _Word(_TEEN, Decimal(value)))
    for value, forms in w.TENS.items():
        add(forms, _Word(_TENS, Decimal(value)))
    add(w.HUNDRED, _Word(_HUNDRED, Decimal(100), "mult"))
    add(w.TWO_HUNDRED, _Word(_HUNDRED, Decimal(200)))
    for value, prefixes in w.HUNDRED_PREFIXES.items():
        add(tuple(p + h for p in prefixes for h in w.HUNDRED), _Word(_HUNDRED, Decimal(value * 100)))
    for value, (singular, dual, plural) in w.SCALES.items():
        add(singular, _Word(_SCALE, Decimal(value), _SINGULAR))
        add(dual, _Word(_SCALE, Decimal(value), _DUAL))
        add(plural, _Word(_SCALE, Decimal(value), _PLURAL))
    for form, (num, den) in w.FRACTIONS.items():
        add((form,), _Word(_FRACTION, Decimal(num) / Decimal(den)))
    add(w.POINT_WORDS, _Word(_POINT, _ZERO))
    return lex


@cache
def _forms() -> dict[str, tuple[str, str]]:
    """Every word form the tokeniser knows, with a glued clitic or without: form -> (clitic, word)."""
    lex, allowed = _lexicon(), _clitics_allowed()
    forms = {word: ("", word) for word in lex}
    for clitic in w.CLITICS:
        for word in lex:
            if word not in allowed or set(clitic) <= set(allowed[word]):
                forms.setdefault(clitic + word, (clitic, word))
    return forms


@cache
def _clitics_allowed() -> dict[str, str]:
    return {normalize_term(k): v for k, v in w.CLITICS_ALLOWED.items()}


def _terms(forms: Iterable[str]) -> set[str]:
    return {normalize_term(f) for f in forms}


@cache
def _teen_tails() -> frozenset[str]:
    return frozenset(_terms(w.TEEN_TAILS))


@cache
def _teen_lead() -> tuple[re.Pattern[str], dict[str, int]]:
    """The word before a lone عشر/عشرة that is not a unit: a teen head (أحد، اثنا) makes 11 or 12; an
    ordinal (الحادي، الخامس) or a vague head (بضعة) means no number at all."""
    heads = {normalize_term(f): v for v, forms in w.TEEN_HEADS.items() for f in forms}
    ordinals = _terms(w.ORDINAL_ONE_IN_COMPOUNDS) | _terms(f for fs in w.ORDINAL_UNITS.values() for f in fs)
    clitics = _alternation(set(w.CLITICS))
    pattern = re.compile(
        rf"(?<![^\W\d_])(?P<cl>{clitics})?(?:(?P<head>{_alternation(set(heads))})"
        rf"|(?:ال)?(?:{_alternation(ordinals)})|{_alternation(_terms(w.VAGUE_TEEN_HEADS))})\s+\Z"
    )
    return pattern, heads


@cache
def ordinal_alternation() -> str:
    """Regex source matching one ordinal (الأول، الحادي عشر، الحادي والثلاثين), for the dates reader.

    Named groups: `first`, `unit`, `teen`, `tens`, `tens_only`; embed it once per pattern."""
    units = _terms(w.ORDINAL_ONE_IN_COMPOUNDS) | _terms(
        f for forms in w.ORDINAL_UNITS.values() for f in forms
    )
    tens = _alternation(_terms(f for forms in w.TENS.values() for f in forms))
    return (
        rf"(?:(?:ال)?(?P<first>{_alternation(_terms(w.ORDINAL_FIRST))})"
        rf"|(?:ال)?(?P<unit>{_alternation(units)})"
        rf"(?:\s+(?P<teen>{_alternation(_terms(w.TEEN_TAILS))})|\s+و\s*ال(?P<tens>{tens}))?"
        rf"|ال(?P<tens_only>{tens}))"
    )


class _Ordinals(NamedTuple):
    pattern: re.Pattern[str]
    units: dict[str, int]
    tens: dict[str, int]
    compound_only: frozenset[str]  # حادي: "first" only inside 11, 21, 31 ...


@cache
def _ordinals() -> _Ordinals:
    units = {normalize_term(f): v for v, forms in w.ORDINAL_UNITS.items() for f in forms}
    compound_only = frozenset(_terms(w.ORDINAL_ONE_IN_COMPOUNDS))
    units.update(dict.fromkeys(compound_only, 1))
    tens = {normalize_term(f): v for v, forms in w.TENS.items() for f in forms}
    return _Ordinals(re.compile(ordinal_alternation()), units, tens, compound_only)


def read_ordinal(expr: str) -> int | None:
    """The value of one ordinal in normalised text (الخامس عشر → 15), None if `expr` is not exactly one."""
    o = _ordinals()
    m = o.pattern.fullmatch(expr.strip())
    if m is None:
        return None
    if m["first"]:
        return 1
    if m["tens_only"]:
        return o.tens[m["tens_only"]]
    unit = o.units[m["unit"]]
    if unit == 10 and (m["teen"] or m["tens"]):
        return None
    if m["teen"]:
        return 10 + unit
    if m["tens"]:
        return o.tens[m["tens"]] + unit
    return None if m["unit"] in o.compound_only else unit


def _token_source(decimal_comma: bool, named: bool, lead: str = " ", space: str = " ") -> str:
    """The regex of one number token: a number word (with its clitic) or digits (after a clitic or
    nothing), each led by `lead`, the space before it.

    Over the search copy (see `_search_copy`) the lead is a literal space, which lets the regex
    engine jump from space to space instead of trying the alternation at every character. Words and
    clitics share one trie, so a word is rejected after a letter or two. Numeric dates and clock times
    are matched whole (`blk`) so that their pieces never read as numbers. `space` is what stands for
    a space inside a token (`_GAP` over the text itself). Without `named`, the groups are left out
    (to repeat it)."""

    def group(name: str) -> str:
        return f"(?P<{name}>" if named else "(?:"

    lex = _lexicon()
    scales = _alternation({word for word, entry in lex.items() if entry.kind == _SCALE})
    trie = _alternation(set(_forms()) | {c + _DIGIT_MARK for c in w.CLITICS} | {_DIGIT_MARK})
    spaced = rf"\d{{1,3}}(?:{space}\d{{3}})+(?:,\d+)?(?!\d)|" if decimal_comma else ""
    digits = rf"{spaced}\d+(?:[.,٬٫ر]\d+)*|[.٫]\d+"
    number = (
        rf"[-–]?(?:{group('blk')}\d{{1,4}}[/\-.]\d{{1,2}}[/\-.]\d{{1,4}}(?!\d)|\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?!\d))"
        rf"|{group('slash')}\d+/\d+)(?![\d/])"
        rf"|{group('dig')}{digits})(?:{group('glued')}{scales})(?![^\W\d_])|[-–]{group('dig2')}{digits}))?)"
    )
    return rf"{lead}{group('w')}{trie})(?:{group('num')}{number})|(?![^\W_]))"


@cache
def _token_re(decimal_comma: bool) -> re.Pattern[str]:
    """One number token at a time over the search copy, for the few clusters read token by token."""
    return re.compile(_token_source(decimal_comma, named=True))


def _cluster_source(decimal_comma: bool, *, on_copy: bool) -> str:
    """A number token and the tokens that touch it (across spaces or a standalone و): a cluster.

    Each match is one candidate number (or a few, side by side), so the Python reading it runs once
    per cluster instead of once per token, and the commonest shapes (164، 350 مليون) are read from
    the groups of the first token and the cluster's `rest` alone. Spaces in the search copy stand for
    openers of the text, so a cluster can join what the text keeps apart; never the reverse. Over the
    text itself (`on_copy` false) the openers are spaces to the pattern, the first token must follow
    one or the start, and the match starts at the token: the same clusters, one character earlier.
    `rest` is possessive: nothing follows it, so giving a token back could only slow a match down."""
    lead, space, blank = (" ", " ", r"\s") if on_copy else (rf"(?<![^{_GAP}])", f"[{_GAP}]", rf"[\s{_GAP}]")
    token = _token_source(decimal_comma, True, lead, space)
    more = _token_source(decimal_comma, False, space, space)
    return rf"{token}(?P<rest>(?:{blank}*(?:و{blank}*)?{more})*+)"


@cache
def _cluster_re(decimal_comma: bool) -> re.Pattern[str]:
    """The clusters over the text itself: `finditer` states what `find_numbers` must find, which
    matches it only where `_starts` says a number may start."""
    return re.compile(_cluster_source(decimal_comma, on_copy=False))


# Characters that never belong to a number token but may stand right before one: (5)، «2025»، $10.
_OPENERS = "\n\t\r()«»\"“”'[]{}$€£¢،؛؟!+~*%<>"
# A space or an opener, escaped for a character class: what may stand before a number.
_GAP = re.escape(" " + _OPENERS)
# Characters a number in digits may start with (the trie's "digits ahead").
_DIGIT_START = "-–0123456789.٫"
_FILTER_SIZE = 1 << 16


def _search_copy(text: str) -> str:
    """`text` with a space in front and openers turned into spaces: offsets shift by exactly one."""
    for ch in _OPENERS:
        if ch in text:
            text = text.replace(ch, " ")
    return " " + text


@cython.cfunc
@cython.inline
@cython.exceptval(check=False)
def _is_gap(c: cython.Py_UCS4) -> cython.bint:
    """Whether `c` is a space or one of `_OPENERS` (a literal here, which compiles to a switch)."""
    return c == " " or c in "\n\t\r()«»\"“”'[]{}$€£¢،؛؟!+~*%<>"


@cython.cfunc
@cython.inline
@cython.exceptval(check=False)
def _is_blank(c: cython.Py_UCS4) -> cython.bint:
    """Whether `c` is blank to a cluster: a space in the search copy (`\\s` or an opener)."""
    return _is_gap(c) or c.isspace()


@cython.cfunc
@cython.exceptval(check=False)
@cython.locals(k=cython.Py_ssize_t, c=cython.Py_UCS4, h=cython.uint, code=cython.uint)
def _start_hash(text: str, i: cython.Py_ssize_t, n: cython.Py_ssize_t, most: cython.int) -> cython.uint:
    """The slot in the start filter of what begins at text[i:n]: up to `most` letters, and the class
    of the character that ends them when fewer (a digit's start, or anything else, or the end)."""
    h = 0
    for k in range(most):
        if i + k >= n:
            code = 35  # "#": the end
        else:
            c = text[i + k]
            if "\u0620" <= c <= "\u064a" or c.isalpha():
                h = (h * 131 + ord(c)) & 0xFFFFFF
                continue
            code = 48 if c in "-–0123456789.٫" else 35  # "0": digits ahead, "#": anything else
        h = (h * 131 + code) & 0xFFFFFF
        break
    return (h ^ (h >> 8)) & 0xFFFF


@cython.cfunc
@cython.exceptval(check=False)
@cython.locals(k=cython.Py_ssize_t, c=cython.Py_UCS4)
def _four_letters(text: str, i: cython.Py_ssize_t, n: cython.Py_ssize_t) -> cython.bint:
    """Whether text[i:n] begins with four letters, which the filter's second slot reads further."""
    if i + 4 > n:
        return False
    for k in range(4):
        c = text[i + k]
        if not ("\u0620" <= c <= "\u064a" or c.isalpha()):
            return False
    return True


@cache
def _start_filter() -> str:
    """One character per slot of `_start_hash`, where a number token may start: at a word form
    (followed by digits or by no letter), at a clitic before digits, or at digits. Bit 1 marks the
    slots of the first four letters (or fewer and what ends them); bit 2, for a start of four
    letters, the slots of up to eight (الوف passes the first, الوفد stops at the second). A word
    starting with other letters shares its slots with one of them rarely."""
    slots = bytearray(_FILTER_SIZE)
    starts = [f + end for f in _forms() for end in ("5", " ")] + [c + "5" for c in w.CLITICS]
    starts += list(_DIGIT_START)
    for start in starts:
        slots[_start_hash(start, 0, len(start), 4)] |= 1
        if _four_letters(start, 0, len(start)):
            slots[_start_hash(start, 0, len(start), 8)] |= 2
    return slots.decode("latin-1")


@cython.cfunc
@cython.exceptval(check=False)
def _may_start(text: str, i: cython.Py_ssize_t, n: cython.Py_ssize_t, slots: str) -> cython.bint:
    if not ord(slots[_start_hash(text, i, n, 4)]) & 1:
        return False
    return not _four_letters(text, i, n) or (ord(slots[_start_hash(text, i, n, 8)]) & 2) != 0


@cython.cfunc
@cython.locals(i=cython.Py_ssize_t, start=cython.Py_ssize_t, letters=cython.int, c=cython.Py_UCS4)
@cython.locals(h=cython.uint, code=cython.uint)
def _starts(text: str, slots: str) -> list[int]:
    """The offsets where a cluster may start, in order: after a space, an opener or at the start,
    where the filter knows what begins there (`_may_start`, computed on the way). Most spaces start
    no number, and this one pass over the characters passes them for a few instructions each
    instead of a regex call."""
    found: list[int] = []
    start = 0
    letters = 0  # letters read since `start`, -1 once the start is settled
    h = 0
    for i, c in enumerate(text):
        if letters >= 0:
            if "\u0620" <= c <= "\u064a" or c.isalpha():  # an Arabic letter (all alphabetic) first
                h = (h * 131 + ord(c)) & 0xFFFFFF
                letters += 1
                if letters == 4 and not ord(slots[(h ^ (h >> 8)) & 0xFFFF]) & 1:
                    letters = -1
                elif letters == 8:
                    if ord(slots[(h ^ (h >> 8)) & 0xFFFF]) & 2:
                        found.append(start)
                    letters = -1
                continue
            h = (h * 131 + (48 if c in "-–0123456789.٫" else 35)) & 0xFFFFFF
            if ord(slots[(h ^ (h >> 8)) & 0xFFFF]) & (1 if letters < 4 else 2):
                found.append(start)
            letters = -1
        elif "\u0620" <= c <= "\u064a":
            continue
        if c == " " or _is_gap(c):
            start, letters, h = i + 1, 0, 0
    if letters >= 0:  # the text ends within the first letters
        h = (h * 131 + 35) & 0xFFFFFF
        if ord(slots[(h ^ (h >> 8)) & 0xFFFF]) & (1 if letters < 4 else 2):
            found.append(start)
    return found


def _is_whole(value: Decimal) -> bool:
    return value == value.to_integral_value()


def _plain(value: Decimal) -> int | float:
    return int(value) if _is_whole(value) else float(value)


def _read_digits(raw: str, decimal_comma: bool, scaled: bool) -> tuple[Decimal, str, bool] | None:
    """Read one run of digits and separators by the source's convention: (value, note, ambiguous).

    `scaled` says a scale word follows, which settles `11,320 مليون` (the reading that writes a
    number of millions with three decimals) where a bare `2,500` stays a thousands grouping."""
    note = ""
    if "٫" in raw or "ر" in raw:
        sep = "٫" if "٫" in raw else "ر"
        whole, _, frac = raw.partition(sep)
        whole = re.sub(r"[,.٬ ]", "", whole)
        if not frac.isdigit() or not (whole.isdigit() or not whole):
            return None  # 0٫001,000: more marks after the decimal one, no reading to trust
        number = whole + "." + frac
        if sep == "ر":
            note = "ر read as the decimal separator (Gulf convention)"
        return Decimal(number), note, False
    if "٬" in raw or " " in raw:
        whole, _, frac = raw.replace("٬", "").replace(" ", "").replace(".", ",").partition(",")
        return Decimal(whole + ("." + frac if frac else "")), "", False
    commas, dots = raw.count(","), raw.count(".")
    if commas and dots:
        decimal = "," if raw.rfind(",") > raw.rfind(".") else "."
        whole, _, frac = raw.rpartition(decimal)
        if not re.fullmatch(r"\d{1,3}(?:[.,]\d{3})*", whole):
            return None
        return Decimal(re.sub(r"[.,]", "", whole) + "." + frac), "", False
    if commas + dots == 0:
        return Decimal(raw), "", False
    sep = "," if commas else "."
    head, *groups = raw.split(sep)
    if len(groups) > 1:
        if not all(len(g) == 3 for g in groups) or len(head) > 3:
            return None
        if sep == ".":
            note = f"dots read as thousands separators: {raw}"
        return Decimal(head + "".join(groups)), note, False
    frac = groups[0]
    as_decimal = Decimal(f"{head}.{frac}")
    as_thousands = Decimal(head + frac)
    if len(frac) != 3 or len(head) > 3 or head in ("", "0"):
        if sep == "," and not decimal_comma:
            note = f"comma read as a decimal separator: {raw} = {_plain(as_decimal)}"
        elif sep == "," and decimal_comma:
            note = f"decimal comma (Maghrebi convention): {raw} = {_plain(as_decimal)}"
        return as_decimal, note, False
    if sep == ",":
        if not decimal_comma:
            return as_thousands, "", False
        if scaled:
            return as_decimal, f"decimal comma (Maghrebi convention): {raw} = {_plain(as_decimal)}", False
        note = (
            f"comma read as a thousands separator despite the Maghrebi decimal comma: {raw} = {as_thousands}"
        )
        return as_thousands, note, frac != "000"
    if scaled and not decimal_comma:
        return as_decimal, "", False
    if scaled or not decimal_comma:
        return (
            as_decimal,
            f"{raw} read as {_plain(as_decimal)}; dotted thousands would make it {as_thousands}",
            True,
        )
    return as_thousands, f"dot read as a thousands separator (Maghrebi convention): {raw}", False


def _tokens(text: str, copy: str, lo: int, hi: int, decimal_comma: bool) -> list[_Token | None]:
    """Number tokens in order, those of the cluster copy[lo:hi] of the search copy of `text`; None
    stands for a blocker that ends any expression around it."""
    lex, forms, tails = _lexicon(), _forms(), _teen_tails()
    out: list[_Token | None] = []
    teen_tail = False  # only an عشر/عشرة needs the teen pass
    for m in _token_re(decimal_comma).finditer(copy, lo):
        if m.start() >= hi:
            break
        form, blk, slash, dig, glued, dig2 = m.group("w", "blk", "slash", "dig", "glued", "dig2")
        cstart = m.start()  # the copy is one space longer: the space's offset is the word's in `text`
        clitic = form
        if form in forms:
            clitic, word = forms[form]
            entry = lex[word]
            conj, prep = clitic[:1] == "و", clitic not in ("", "و")
            end = cstart + len(form)
            out.append(
                _Token(
                    cstart, cstart + len(clitic), end, entry.kind, entry.value, entry.form, word, conj, prep
                )
            )
            teen_tail = teen_tail or word in tails
            clitic, cstart = "", end
        if blk:
            out.append(None)
            continue
        conj, prep = clitic[:1] == "و", clitic not in ("", "و")
        if slash:
            start = m.start("slash") - 1
            out.append(_Token(cstart, start, m.end() - 1, _SLASH, _ZERO, "", slash, conj, prep))
        elif dig:
            start, dig_end = (i - 1 for i in m.span("dig"))
            out.append(_Token(cstart, start, dig_end, _DIGITS, _ZERO, "", dig, conj, prep))
            if glued:
                scale = lex[glued]
                end = m.end() - 1
                out.append(
                    _Token(dig_end, dig_end, end, _SCALE, scale.value, scale.form, glued, False, False)
                )
            elif dig2:
                second = m.start("dig2") - 1
                out.append(_Token(second, second, second + len(dig2), _DIGITS, _ZERO, "", dig2, False, False))
    return _merge_teens(out, text) if teen_tail else out


def _merge_teens(tokens: list[_Token | None], text: str) -> list[_Token | None]:
    """Read عشر/عشرة after the word before it: a unit makes a teen (ثلاثة عشر), so does a head
    (إحدى عشرة); after an ordinal or a vague head (الحادي عشر، بضعة عشر) there is no number."""
    tails = _teen_tails()
    out: list[_Token | None] = []
    for tok in tokens:
        if tok is None or tok.raw not in tails or tok.cstart != tok.start:
            out.append(tok)
            continue
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == _UNIT
            and 3 <= prev.value <= 9
            and text[prev.end : tok.start].isspace()
        ):
            out[-1] = prev._replace(
                end=tok.end, kind=_TEEN, value=prev.value + 10, raw=text[prev.start : tok.end]
            )
            continue
        pattern, heads = _teen_lead()
        lead = pattern.search(text, max(0, tok.start - 16), tok.start)
        if lead is None:
            out.append(tok)
        elif lead["head"]:
            clitic = lead["cl"] or ""
            start = lead.start("head")
            value = Decimal(heads[lead["head"]])
            conj, prep = clitic.startswith("و"), bool(clitic.strip("و"))
            out.append(
                _Token(lead.start(), start, tok.end, _TEEN, value, "", text[start : tok.end], conj, prep)
            )
        else:
            out.append(None)
    return out


class _Expression:
    """One number being read token by token; `accept` says whether the next token still belongs."""

    __slots__ = (
        "ambiguous", "best", "decimal_comma", "group", "group_ambiguous", "group_note", "group_raw",
        "kinds", "last", "last_scale", "notes", "point", "start", "total",
    )  # fmt: skip

    def __init__(self, decimal_comma: bool) -> None:
        self.decimal_comma = decimal_comma
        self.start = -1
        self.total = _ZERO
        self.group: Decimal | None = None
        self.group_raw = ""  # digits awaiting a possible scale word, which changes their reading
        self.group_note = ""
        self.group_ambiguous = False
        self.last = ""
        self.last_scale: Decimal | None = None
        self.point = False
        self.kinds: set[str] = set()
        self.notes: list[str] = []
        self.ambiguous = False
        # The last complete reading: (end, value, notes, ambiguous); a trailing نصف or فاصلة that
        # nothing completes is left out.
        self.best: tuple[int, Decimal, tuple[str, ...], bool] | None = None

    def match(self) -> NumberMatch | None:
        if self.best is None:
            return None
        end, value, notes, ambiguous = self.best
        return NumberMatch(self.start, end, _plain(value), self._rule(), "; ".join(notes), ambiguous)

    def _digits(self, raw: str, scaled: bool) -> bool:
        read = _read_digits(raw, self.decimal_comma, scaled)
        if read is None:
            return False
        self.group, self.group_note, self.group_ambiguous = read
        self.group_raw = raw
        return True

    def accept(self, tok: _Token) -> bool:
        if self.start < 0:
            return self._begin(tok)
        if tok.prep or tok.kind == _SLASH or self.last == _SLASH:
            return False
        if self.last == _POINT:
            return self._decimal_part(tok)
        after_scale = self.last == _SCALE and tok.conj and self.group is None
        kind = tok.kind
        if kind == _DIGITS:
            if not (after_scale and self.last_scale is not None):
                return False
            if not self._digits(tok.raw, False) or self.group is None or self.group >= self.last_scale:
                return False
        elif kind in (_UNIT, _TEEN):
            if after_scale:
                self.group = tok.value
            elif self.last == _HUNDRED:
                self.group = (self.group or 0) + tok.value
            else:
                return False
        elif kind == _TENS:
            if after_scale:
                self.group = tok.value
            elif self.last == _HUNDRED or (
                self.last == _UNIT and tok.conj and self.group is not None and 0 < self.group % 100 < 10
            ):
                self.group = (self.group or 0) + tok.value
            else:
                return False
        elif kind == _HUNDRED:
            if after_scale:
                self.group = tok.value
            elif tok.form == "mult" and self.last == _UNIT and not tok.conj and 1 <= (self.group or 0) <= 9:
                self.group = self.group * 100
            else:
                return False
        elif kind == _SCALE:
            if not self._scale(tok):
                return False
        elif kind == _FRACTION:
            if not after_scale or self.last_scale is None:
                return False
            self.total += tok.value * self.last_scale
            self.kinds.add(_FRACTION)
            kind = _SCALE  # مليون ونصف is complete, and nothing may follow but another scale group
        elif kind == _POINT:
            if self.last not in (_DIGITS, _UNIT, _TEEN, _TENS, _HUNDRED) or self.total or self.point:
                return False
            if self.group is None or not _is_whole(self.group) or self.group_raw.strip("0123456789"):
                return False
        self._took(tok, kind)
        return True

    def _begin(self, tok: _Token) -> bool:
        if tok.kind in (_POINT, _SLASH):
            return tok.kind == _SLASH and self._slash(tok)
        if tok.kind == _SCALE and tok.form == _PLURAL:
            return False
        self.start = tok.start
        if tok.kind == _DIGITS:
            if not self._digits(tok.raw, False):
                return False
        elif tok.kind == _SCALE:
            self.total = tok.value * (2 if tok.form == _DUAL else 1)
            self.last_scale = tok.value
        else:
            self.group = tok.value
        self._took(tok, tok.kind)
        return True

    def _slash(self, tok: _Token) -> bool:
        """`77/100` is a fraction; other slashed pairs (2/2013، 24/7) are dates or slogans, not numbers."""
        num, den = (int(x) for x in tok.raw.split("/"))
        if den not in _SLASH_DENOMINATORS:
            return False
        self.start, self.last = tok.start, _SLASH
        note = f"{tok.raw} read as a fraction; it could also be a day/month date"
        self.best = (tok.end, Decimal(num) / Decimal(den), (note,), True)
        return True

    def _scale(self, tok: _Token) -> bool:
        m, form = tok.value, tok.form
        smaller = self.last_scale is None or m < self.last_scale
        if form == _DUAL:
            if self.group is not None or not (self.last == _SCALE and tok.conj and smaller):
                return False
            self.total += 2 * m
        elif self.group is not None:
            if tok.conj or not smaller:
                return False
            if self.group_raw and not self._digits(self.group_raw, True):
                return False
            if self.last == _FRACTION:
                self.kinds.add(_FRACTION)
            self.total += self.group * m
        elif self.last == _SCALE and not tok.conj and not smaller and form == _SINGULAR:
            self.total *= m  # ألف مليون = a thousand million
        elif self.last == _SCALE and tok.conj and smaller and form == _SINGULAR:
            self.total += m
        else:
            return False
        self.last_scale = m
        self.group = None
        self.group_raw = ""
        return True

    def _decimal_part(self, tok: _Token) -> bool:
        if tok.conj or tok.kind not in (_DIGITS, _UNIT, _TEEN, _TENS):
            return False
        frac = tok.raw if tok.kind == _DIGITS else str(int(tok.value))
        if not frac.isdigit() or self.group is None:
            return False
        self.group = Decimal(f"{int(self.group)}.{frac}")
        self.point = True
        self._took(tok, _DIGITS)
        return True

    def _took(self, tok: _Token, kind: str) -> None:
        self.last = kind
        if kind in (_FRACTION, _POINT):
            return  # incomplete until a scale word or a decimal part follows
        self.kinds.add(tok.kind)
        ambiguous = self.ambiguous or self.group_ambiguous
        notes = (*self.notes, self.group_note) if self.group_note else tuple(self.notes)
        self.best = (tok.end, self.total + (self.group or 0), notes, ambiguous)
        if kind == _SCALE and self.group_note:
            self.notes.append(self.group_note)
            self.ambiguous = ambiguous
            self.group_note, self.group_ambiguous = "", False

    def _rule(self) -> str:
        if self.last == _SLASH:
            return "slash_fraction"
        if self.point:
            return "point_word"
        scaled = _SCALE in self.kinds
        if _DIGITS in self.kinds:
            return "digits_scale" if scaled else "digits"
        if scaled:
            return "scale_only" if self.kinds == {_SCALE} else "words_scale"
        return "words"


def _digits_match(start: int, end: int, raw: str, decimal_comma: bool) -> NumberMatch | None:
    """A number in digits alone (1,200، 2.5), as the expression reader would read it."""
    read = _read_digits(raw, decimal_comma, False)
    if read is None:
        return None
    value, note, ambiguous = read
    return NumberMatch(start, end, _plain(value), "digits", note, ambiguous)


def _scaled_match(
    start: int, raw: str, scale: _Word | _Token, end: int, decimal_comma: bool
) -> NumberMatch | None:
    """Digits and a singular or plural scale word (350 مليون، 3 آلاف), as the expression reader would
    read them; None for the other shapes, which it must read."""
    if scale.form == _DUAL:
        return None
    # 3 آلاف: no separator to read; with at most 15 digits, times 10**12 stays within the 28 digits of
    # Decimal arithmetic, so the product is the one the Decimal reading makes.
    if raw.isdigit() and len(raw) <= 15:
        return _new_match(NumberMatch, (start, end, int(raw) * int(scale.value), "digits_scale", "", False))
    scaled = _read_digits(raw, decimal_comma, True)  # None exactly when the digits alone read as None
    if scaled is None:
        return None
    value, note, ambiguous = scaled
    return NumberMatch(start, end, _plain(value * scale.value), "digits_scale", note, ambiguous)


@lru_cache(maxsize=4096)
def _lone_word(start: int, form: str) -> NumberMatch | None:
    """A number word `form` (with its clitic) standing alone at `start`, as `_read_run` reads a run of
    that one token: a fraction, فاصلة or a plural scale word alone is no number. Cached: releases
    repeat their words, and the offsets of the short ones."""
    clitic, word = _forms()[form]
    kind, value, number = _lexicon()[word]
    if kind in (_FRACTION, _POINT) or (kind == _SCALE and number == _PLURAL):
        return None
    if kind == _SCALE:
        return NumberMatch(
            start + len(clitic), start + len(form), int(value) * (2 if number == _DUAL else 1), "scale_only"
        )
    return NumberMatch(start + len(clitic), start + len(form), int(value), "words")


@cache
def _bare_scales() -> dict[str, _Word]:
    """Scale words as they stand after digits with no clitic: form -> entry."""
    lex = _lexicon()
    return {
        form: lex[word]
        for form, (clitic, word) in _forms().items()
        if not clitic and lex[word].kind == _SCALE
    }


def _read_run(run: list[_Token], decimal_comma: bool) -> list[NumberMatch]:
    """Split a run of touching tokens into the numbers Arabic syntax makes of them. The two shapes
    most runs take, digits (164) and digits with a scale word (350 مليون), are read straight away."""
    first = run[0]
    if first.kind == _DIGITS:
        if len(run) == 1:
            single = _digits_match(first.start, first.end, first.raw, decimal_comma)
            return [] if single is None else [single]
        scale = run[1]
        if (
            len(run) == 2
            and scale.kind == _SCALE
            and not (scale.conj or scale.prep)
            and (m := _scaled_match(first.start, first.raw, scale, scale.end, decimal_comma)) is not None
        ):
            return [m]
    found: list[NumberMatch] = []
    expr = _Expression(decimal_comma)
    for tok in run:
        if expr.start >= 0 and expr.accept(tok):
            continue
        if (m := expr.match()) is not None:
            found.append(m)
        expr = _Expression(decimal_comma)
        expr.accept(tok._replace(conj=False) if tok.conj else tok)
    if (m := expr.match()) is not None:
        found.append(m)
    return found


def _read_cluster(text: str, copy: str, start: int, end: int, decimal_comma: bool) -> list[NumberMatch]:
    """The numbers in one cluster, token by token: the text's gaps say which tokens join into runs."""
    found: list[NumberMatch] = []
    run: list[_Token] = []
    for tok in _tokens(text, copy, start, end, decimal_comma):
        if tok is not None and run:
            # Neighbouring tokens join across spaces or a standalone و, never across a line break.
            gap = text[run[-1].end : tok.cstart]
            if "\n" not in gap:
                if not gap or gap.isspace():
                    run.append(tok)
                    continue
                if gap.strip() == "و":
                    run.append(tok._replace(conj=True))
                    continue
        if run:
            found.extend(_read_run(run, decimal_comma))
        run = [tok] if tok is not None else []
    if run:
        found.extend(_read_run(run, decimal_comma))
    return found


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(e=cython.Py_ssize_t, j=cython.Py_ssize_t, c=cython.Py_UCS4)
def _plain_end(
    text: str, i: cython.Py_ssize_t, n: cython.Py_ssize_t, slots: str, scales: dict
) -> cython.Py_ssize_t:
    """Where the cluster starting at the digit text[i] ends if it is a run of digits alone, the
    commonest cluster; -1 if the run may go on (a separator, a date, a glued scale word or a dash
    before digits) or a blank may lead to another token, which the cluster regex must then read. A
    full stop or a dash before anything else ends the number (2025. وأكد)."""
    e = i + 1
    while e < n and text[e].isdecimal():
        e += 1
    if e == n:
        return e
    c = text[e]
    if _is_blank(c):
        j = e + 1
        while j < n and _is_blank(text[j]):
            j += 1
        if j == n:
            return e
        c = text[j]
        if (c == "و" and j + 1 < n and _is_blank(text[j + 1])) or c.isdecimal():
            return -1  # a standalone و, or digits grouped by a space (153 451)
        return -1 if _may_start(text, j, n, slots) else e  # another token
    if c == "و" or c == "ر" or c == "_":
        return -1  # a standalone و or a Gulf decimal mark (2ر49) may follow
    if c.isalnum():
        j = e + 1
        while j < n and text[j].isalnum() and not text[j].isdecimal():
            j += 1
        return -1 if text[e:j] in scales else e  # a glued scale word (5مليون), or a mark (2025م)
    if c in ".,٬٫ر/:-–" and e + 1 < n:
        c = text[e + 1]
        if c.isdecimal() or ((text[e] == "-" or text[e] == "–") and (c == "." or c == "٫")):
            return -1  # a separator, a date, a clock time, a fraction or a range (2025-2026)
    return e


@cython.cfunc
@cython.exceptval(check=False)
@cython.locals(c=cython.Py_UCS4)
def _blank(s: str) -> cython.bint:
    """Whether every character of `s` is blank to a cluster (see `_is_blank`); true of "". A loop,
    not all(): compiled, a generator would be an object per call."""
    for c in s:  # noqa: SIM110
        if not _is_blank(c):
            return False
    return True


def _as_copy(s: str) -> str:
    """`s` as the search copy has it: openers turned into spaces (the digits of `153«451` with a
    decimal comma, read as `153 451`)."""
    return _search_copy(s)[1:]


@cython.cfunc
@cython.locals(start=cython.Py_ssize_t, end=cython.Py_ssize_t)
def _read_match(text: str, m: re.Match[str], decimal_comma: cython.bint, found: list) -> None:
    """Add the numbers of one cluster match (over the text, see `_cluster_re`) to `found`. Most
    clusters are digits alone or digits and a scale word a space away, read here from the match;
    the rest token by token."""
    start, end = m.span()
    if (raw := text[start:end]).isdigit():
        # Digits alone: no clitic, separator, date, scale word or second token could have left the
        # match all digits.
        found.append(_new_match(NumberMatch, (start, end, int(raw), "digits", "", False)))
        return
    word, _, _, slash, dig, glued, dig2, rest = m.groups()  # in the order of `_token_source`
    if word not in _forms() and not (glued or dig2):
        # Digits, a date or nothing, after a clitic or none. A blank `rest` holds only empty tokens
        # (a dash or a dot that starts no number).
        if dig and decimal_comma and not dig.isdigit():
            dig = _as_copy(dig)
        if _blank(rest):
            if dig:
                end = m.end(_DIG_GROUP)
                if dig.isdigit():
                    match = (end - len(dig), end, int(dig), "digits", "", False)
                    found.append(_new_match(NumberMatch, match))
                elif (single := _digits_match(end - len(dig), end, dig, decimal_comma)) is not None:
                    found.append(single)
            if not slash:
                return  # a date, a clock time or a lone dash: no number
        elif dig and (scale := _bare_scales().get(rest[1:])) is not None:
            end = m.end(_DIG_GROUP)
            if text[end] == " " and (
                scaled := _scaled_match(end - len(dig), dig, scale, m.end(), decimal_comma)
            ):
                found.append(scaled)
                return
    elif _blank(rest) and m.group(_NUM_GROUP) is None and word not in _teen_tails():
        # One number word alone (ثلاث، عشرون، ألف), not a teen tail, which the word before may
        # complete (ثلاث عشرة): read as the expression reader would read it.
        if (lone := _lone_word(start, word)) is not None:
            found.append(lone)
        return
    # The token reader works on the search copy, one character longer.
    found.extend(_read_cluster(text, _search_copy(text), start, m.end() + 1, decimal_comma))


@lru_cache(maxsize=64)
@cython.locals(i=cython.Py_ssize_t, n=cython.Py_ssize_t, e=cython.Py_ssize_t, start=cython.Py_ssize_t)
def find_numbers(text: str, *, decimal_comma: bool = False) -> tuple[NumberMatch, ...]:
    """Every maximal number expression in the normalised `text`, in order.

    `decimal_comma` is the source's convention (Maghrebi press: `11,320 مليون` = 11.32 million).
    Cached, because counts and budgets read the same text. The clusters are those
    `_cluster_re(decimal_comma).finditer(text)` finds, but the regex is tried only where
    `_starts` says one may start, and a run of digits alone is read without it."""
    slots, scales = _start_filter(), _bare_scales()
    pattern = _cluster_re(decimal_comma)
    found: list[NumberMatch] = []
    n = len(text)
    i = 0  # where the last cluster's blank ends: the next one starts after it
    for start in _starts(text, slots):
        if start < i or start >= n:
            continue
        if "0" <= text[start] <= "9" and (e := _plain_end(text, start, n, slots, scales)) > 0:
            found.append(_new_match(NumberMatch, (start, e, int(text[start:e]), "digits", "", False)))
            i = e + 1
            continue
        m = pattern.match(text, start)
        if m is not None:
            _read_match(text, m, decimal_comma, found)
            i = m.end() + 1
    return tuple(found)


def parse_number(expr: str, *, decimal_comma: bool = False) -> int | float | None:
    """The value of `expr` if it is exactly one number expression, else None (normalises `expr` first)."""
    stripped = normalize_term(expr).strip()
    found = find_numbers(stripped, decimal_comma=decimal_comma)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(stripped):
        return None
    return found[0].value
