"""Budget facts: an amount of money allocated, spent or costed, in whole units of an ISO 4217 currency.

A budget is a number from the shared reader (so `11,320 مليون` follows the release's decimal
convention) tied to a currency: a word after it (مليون درهم، دولار أمريكي), a sign or code before or
after it ($10، 10$، 42 KWD) or a dotted abbreviation (ج.م). Which country's unit a word means comes
from an adjective (دينار كويتي), else the release's country, else the family's default, flagged as a
guess where the word is used in several countries. Percentages, counts and years never reach a
currency word, so they never become budgets.

Ranges (من 10 إلى 20 مليون دولار، 10-20 دولار) give one fact per end, marked `range: low|high`; the
low end's span runs through the shared currency. A scale word written once at the high end is shared
by the low end when the low end is the smaller number (10 → 10 million); when that cannot be told,
the low end is left out rather than given a value that may be wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from functools import cache
from typing import NamedTuple

import cython

from extractors.article import Article
from extractors.data import currencies as cur
from extractors.data.number_words import SCALES
from extractors.examples import Example
from extractors.facts import Fact
from extractors.normalize import NormalizedText, normalize_term
from extractors.numbers import NumberMatch, find_numbers
from extractors.patterns import trie_alternation

_SCALED = frozenset({"digits_scale", "words_scale", "scale_only"})  # number rules that carry a scale word
_SIGN_ENDS = "".join(sorted({sign[-1] for sign in cur.SYMBOLS}))  # a sign before a number ends with one
# A character that may end a sign or a code, and the spaces after it: what `_sign_may_end_before` looks
# for, stated as a pattern (see `_sign_runs`).
_SIGN_RUN = re.compile(rf"[{re.escape(_SIGN_ENDS)}A-Z]\s*")
_EQUIVALENT_CONFIDENCE = 0.7
_GUESS_CONFIDENCE = 0.7


class _Unit(NamedTuple):
    """What an amount is counted in: `per_unit` of them make one whole `currency` unit, and one of them
    is `scale` written units (م.د: the number counts millions)."""

    currency: str
    per_unit: int
    rule: str
    end: int  # where the currency mention ends (normalised offsets)
    note: str = ""
    guess: bool = False
    minor: str = ""  # the minor-unit family (cent, fils ...) when the amount is in minor units
    scale: int = 1


class _Amount(NamedTuple):
    start: int
    end: int
    value: Decimal
    unit: _Unit
    rule: str
    notes: list[str]
    last: int  # index of the last number the amount took (a minor part after the whole units)


class _Doc(NamedTuple):
    """What the unit readers need of the article, as plain fields: they run once per number."""

    text: str
    country: str | None
    norm: NormalizedText


class _Patterns(NamedTuple):
    after: re.Pattern[str]
    before: re.Pattern[str]
    qualifier: re.Pattern[str]
    qualifier_after: re.Pattern[str]
    equivalent: re.Pattern[str]
    scale: re.Pattern[str]
    words: dict[str, str]  # currency word form -> family
    adjectives: dict[str, dict[str, str]]  # family -> adjective form -> ISO 4217
    minors: dict[str, str]  # minor-unit word form -> minor family
    abbreviations: dict[str, dict[str, str]]  # normalised form -> spelling as written -> ISO 4217
    letter_units: dict[str, cur.LetterUnit]  # normalised form -> its family (scaled or after a scale)
    qualifiers: dict[str, str]
    scales: dict[str, int]
    scale_end: re.Pattern[str]
    qualifier_forms: tuple[str, ...]  # what a text must end with (past spaces) for `qualifier` to match
    equivalent_forms: tuple[str, ...]  # the same for `equivalent`
    unit_heads: frozenset[str]  # the first two characters of every unit `after` can match
    unit_signs: str  # the units of one character `after` matches whatever follows ($، €)
    unit_letters: str  # the units of one letter it matches where no letter follows (د)


def _alt(words: Iterable[str]) -> str:
    return trie_alternation(set(words))


def _dotted(forms: Iterable[str]) -> str:
    """Abbreviations as an alternation where a space may follow each dot (د. ج)."""
    return "|".join(
        r"\.\s?".join(map(re.escape, f.split("."))) for f in sorted(set(forms), key=lambda f: (-len(f), f))
    )


def _flat(abbreviation: str) -> str:
    return "".join(abbreviation.split())


@cache
def _patterns() -> _Patterns:
    words = {normalize_term(f): family for family, c in cur.CURRENCIES.items() for f in c.forms}
    adjectives: dict[str, dict[str, str]] = {}
    for family, c in cur.CURRENCIES.items():
        forms = adjectives.setdefault(family, {})
        for adjective, iso in c.adjectives.items():
            masc = normalize_term(adjective)
            forms.update({masc: iso, masc + "ه": iso})
    minors = {normalize_term(f): family for family, m in cur.MINOR_UNITS.items() for f in m.forms}
    abbreviations: dict[str, dict[str, str]] = {}
    for written, iso in cur.ABBREVIATIONS.items():
        abbreviations.setdefault(normalize_term(written), {})[written] = iso
    scaled_abbreviations = {normalize_term(k): v for k, v in cur.SCALED_ABBREVIATIONS.items()}
    scale_letters = {normalize_term(k): v for k, v in cur.SCALE_LETTER_UNITS.items()}
    qualifiers = {normalize_term(q): kind for kind, qs in cur.QUALIFIERS.items() for q in qs}
    qualifiers.update({normalize_term(q): kind for kind, qs in cur.QUALIFIERS_AFTER.items() for q in qs})
    after_words = {normalize_term(q) for qs in cur.QUALIFIERS_AFTER.values() for q in qs}
    scales = {normalize_term(f): value for value, groups in SCALES.items() for forms in groups for f in forms}
    all_adjectives = {a for forms in adjectives.values() for a in forms}
    letter_end = r"(?![^\W\d_])"
    # Spaces are taken possessively: no unit starts with one, so giving a space back could only make a
    # failing match (the fate of nearly every number) try again.
    # Every unit's first character, tested once before the alternatives are tried one by one.
    firsts = {
        *(f[0] for f in (*cur.SYMBOLS, *cur.MINOR_SYMBOLS, *cur.ISO_CODES, *abbreviations)),
        *(f[0] for f in (*scaled_abbreviations, *scale_letters, *words, *minors)),
        "ا",  # ال before a scale word
    }
    after = re.compile(
        rf"\s*+(?=[{re.escape(''.join(sorted(firsts)))}])(?:(?P<sym>{_alt(cur.SYMBOLS)})"
        rf"|(?P<msym>¢|c(?![A-Za-z]))"
        rf"|(?P<code>{_alt(cur.ISO_CODES)})(?![A-Za-z])"
        rf"|(?P<abbr>{_dotted(abbreviations)})\.?{letter_end}"
        rf"|(?P<scaled_abbr>{_alt(scaled_abbreviations)})\.?{letter_end}"
        rf"|(?P<letter>{_alt(scale_letters)})\.?{letter_end}"
        rf"|(?:ال(?:{_alt(scales)})\s+|)(?P<word>{_alt(words)}){letter_end}"
        rf"(?:\s+(?:ال)?(?P<adj>{_alt(all_adjectives)}){letter_end})?"
        rf"|(?P<minor>{_alt(minors)}){letter_end})"
    )
    signs = (*cur.SYMBOLS, *cur.MINOR_SYMBOLS, *cur.ISO_CODES)
    lettered = (*abbreviations, *scaled_abbreviations, *scale_letters, *words, *minors, "ال")
    before = re.compile(rf"(?:(?P<sym>{_alt(cur.SYMBOLS)})|(?P<code>{_alt(cur.ISO_CODES)}))\s*\Z")
    before_words = set(qualifiers) - after_words
    qualifier = re.compile(rf"(?<![^\W\d_])[وب]?(?P<q>{_alt(before_words)})\s*[بل]?\s*\Z")
    qualifier_after = re.compile(rf"\s*(?P<q>{_alt(after_words)}){letter_end}")
    equivalent_forms = tuple(sorted({normalize_term(e) for e in cur.EQUIVALENT_CUES}))
    equivalent = re.compile(rf"(?<![^\W\d_])(?:{_alt(equivalent_forms)})\s*\Z")
    scale = re.compile(rf"(?<![^\W\d_])(?:{_alt(scales)}){letter_end}")
    return _Patterns(
        after=after,
        before=before,
        qualifier=qualifier,
        qualifier_after=qualifier_after,
        equivalent=equivalent,
        scale=scale,
        words=words,
        adjectives=adjectives,
        minors=minors,
        abbreviations=abbreviations,
        letter_units={**scale_letters, **scaled_abbreviations},
        qualifiers=qualifiers,
        scales=scales,
        scale_end=re.compile(rf"(?<![^\W\d_])(?:{_alt(scales)})\Z"),
        qualifier_forms=tuple(sorted(before_words)),
        equivalent_forms=equivalent_forms,
        unit_heads=frozenset(f[:2] for f in (*signs, *lettered) if len(f) > 1),
        unit_signs="".join(sorted(f for f in signs if len(f) == 1)),
        unit_letters="".join(sorted(f for f in lettered if len(f) == 1)),
    )


def _word_unit(m: re.Match[str], country: str | None) -> _Unit:
    p = _patterns()
    family = p.words[m["word"]]
    currency = cur.CURRENCIES[family]
    adjective = p.adjectives[family].get(m["adj"] or "")
    end = m.end("adj") if adjective else m.end("word")
    guess = not adjective and country not in currency.by_country and currency.guess
    iso = adjective or currency.by_country.get(country or "", currency.default)
    notes = []
    if currency.divisor != 1:
        notes.append(f"amount in {m['word']}: {currency.divisor} make one {iso}")
    if guess:
        notes.append(f"{m['word']} with no adjective and no known country: read as {iso}")
    return _Unit(iso, currency.divisor, "", end, "; ".join(notes), guess)


def _minor_unit(family: str, country: str | None, end: int) -> _Unit:
    minor = cur.MINOR_UNITS[family]
    currency = minor.by_country.get(country or "", minor.default)
    per_unit = _minor_per_unit(family, currency)
    note = f"minor units: {per_unit} make one {currency}"
    return _Unit(currency, per_unit, "budget.minor_units", end, note, minor=family)


def _minor_per_unit(family: str, currency: str) -> int:
    fixed = cur.MINOR_UNITS[family].per_unit
    return fixed or cur.MINOR_PER_UNIT.get(currency, cur.DEFAULT_MINOR_PER_UNIT)


def _abbreviation_unit(doc: _Doc, m: re.Match[str]) -> _Unit:
    """A dotted abbreviation; where two spellings normalise alike (د.إ dirham، د.أ Jordanian dinar) the
    hamza as written tells them apart, else the release's country does."""
    options = _patterns().abbreviations[_flat(m["abbr"])]
    if len(options) == 1:
        return _Unit(next(iter(options.values())), 1, "budget.abbreviation", m.end())
    written = set(doc.norm.original_slice(m.start("abbr"), m.end("abbr")))
    iso = next((iso for form, iso in options.items() if set(form) <= written | {"."}), None)
    iso = iso or next((iso for iso in options.values() if iso[:2] == doc.country), None)
    if iso is not None:
        return _Unit(iso, 1, "budget.abbreviation", m.end())
    iso = next(iter(options.values()))
    note = f"{m['abbr']} stands for {' or '.join(options.values())}: read as {iso}"
    return _Unit(iso, 1, "budget.abbreviation", m.end(), note, guess=True)


def _letter_unit(form: str, country: str | None, end: int) -> _Unit | None:
    """A letter abbreviation of a currency family (Tunisian م.د، مليون د): the country's member of the
    family, else the abbreviation's home currency, flagged; None in a country it is not used in."""
    letter = _patterns().letter_units[form]
    by_country = cur.CURRENCIES[letter.family].by_country
    if country is not None and country not in (letter.countries or by_country):
        return None
    iso = by_country.get(country or "", letter.default)
    note = "" if country else f"{form} with no known country: read as {iso}"
    return _Unit(iso, 1, "budget.abbreviation", end, note, guess=country is None, scale=letter.scale)


@cython.ccall
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(n=cython.Py_ssize_t, ch=cython.Py_UCS4)
def _may_have_unit(
    text: str, i: cython.Py_ssize_t, heads: frozenset[str], signs: str, letters: str
) -> cython.bint:
    """Whether the `after` pattern may match at `i`: past blanks, one of its `signs`, one of its lone
    `letters` with no letter after it, or the first two characters of a unit (`heads`; see
    `_Patterns`). Nearly every number is a count, a date or a percentage, and the noun after it
    tells so from its first two letters, where the match would try every alternative of the
    pattern."""
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    if i >= n:
        return False
    ch = text[i]
    if ch in signs:
        return True
    if i + 1 >= n or (ch in letters and not text[i + 1].isalpha()):
        return ch in letters
    return text[i : i + 2] in heads


def _unit_after(doc: _Doc, pos: int) -> _Unit | None:
    """The currency written after a number (at `pos`)."""
    m = _patterns().after.match(doc.text, pos)
    return None if m is None else _unit_of(doc, m)


def _unit_of(doc: _Doc, m: re.Match[str], num: NumberMatch | None = None) -> _Unit | None:
    """The currency that `m`, a match of the `after` pattern, found; a lone letter only after `num`
    ending in a scale word (مليون د)."""
    text, country = doc.text, doc.country
    if m["sym"]:
        return _Unit(cur.SYMBOLS[m["sym"]], 1, "budget.symbol", m.end())
    if m["code"]:
        return _Unit(m["code"], 1, "budget.code", m.end())
    if m["abbr"]:
        return _abbreviation_unit(doc, m)
    if m["scaled_abbr"]:
        return _letter_unit(m["scaled_abbr"], country, m.end())
    if m["letter"]:
        return _letter_unit(m["letter"], country, m.end()) if _ends_in_scale(text, num) else None
    if m["word"]:
        return _word_unit(m, country)
    family = cur.MINOR_SYMBOLS[m["msym"]] if m["msym"] else _patterns().minors[m["minor"]]
    return _minor_unit(family, country, m.end())


def _ends_in_scale(text: str, num: NumberMatch | None) -> bool:
    return (
        num is not None
        and num.rule in _SCALED
        and bool(_patterns().scale_end.search(text, num.start, num.end))
    )


def _unit_before(doc: _Doc, num: NumberMatch, floor: int) -> tuple[int, _Unit] | None:
    """A sign or code written before the number ($10، USD 10), not before `floor` where the previous
    amount ended (20$ 43): (where it starts, the unit)."""
    if not _sign_may_end_before(doc.text, num.start, floor):
        return None
    m = _patterns().before.search(doc.text, max(floor, num.start - 6), num.start)
    if m is None:
        return None
    if m["sym"]:
        return m.start(), _Unit(cur.SYMBOLS[m["sym"]], 1, "budget.symbol", num.end)
    return m.start(), _Unit(m["code"], 1, "budget.code", num.end)


def _sign_runs(text: str) -> dict[int, int]:
    """Where the spaces after each character that may end a sign or a code ($، €، USD) end, mapped to
    where that character stands: the statement of what `_sign_may_end_before` reads off the text."""
    return {m.end(): m.start() for m in _SIGN_RUN.finditer(text)}


@cython.ccall
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, lo=cython.Py_ssize_t, ch=cython.Py_UCS4)
def _sign_may_end_before(text: str, start: cython.Py_ssize_t, floor: cython.Py_ssize_t) -> cython.bint:
    """Whether the last character before `start`, past spaces, could end a sign or a code, at most 6
    characters back and not before `floor` (where the previous amount ended): `_sign_runs(text)` has
    `start` with a value at least `max(floor, start - 6)`. What nearly every number has there is a word,
    which a look at a few characters tells, where scanning the release for signs cost more than the
    numbers it rules out."""
    n = len(text)
    if start < n and text[start].isspace():
        return False  # the spaces after a sign run on past `start`
    lo = max(floor, start - 6, 0)
    i = start - 1
    while i >= lo and text[i].isspace():
        i -= 1
    if i < lo:
        return False
    ch = text[i]
    return ("A" <= ch <= "Z") or ch in _SIGN_ENDS


def _minor_part(doc: _Doc, amount: _Amount, nxt: NumberMatch, price_tag: bool) -> _Amount | None:
    """The minor part after whole units: `20 دولار و43 سنت`, `20$ 43c`, and, after a sign written
    before the number (`price_tag`), the shop-window `$20 43`."""
    text = doc.text
    gap = text[amount.end : nxt.start]
    if "\n" in gap or gap.strip() not in ("", "و"):
        return None
    tail = _unit_after(doc, nxt.end)
    if tail is not None and tail.minor:
        per_unit = _minor_per_unit(tail.minor, amount.unit.currency)
        end = tail.end
    elif tail is None and price_tag and gap == " " and re.fullmatch(r"\d\d", text[nxt.start : nxt.end]):
        per_unit, end = 100, nxt.end
    else:
        return None
    value = amount.value + Decimal(str(nxt.value)) / per_unit
    return amount._replace(end=end, value=value)


def _read_amount(
    doc: _Doc, numbers: tuple[NumberMatch, ...], i: int, floor: int, after: re.Match[str] | None
) -> _Amount | None:
    """The amount number i opens; `after` is the `after` pattern's match at its end, if any."""
    num = numbers[i]
    start, unit = num.start, None if after is None else _unit_of(doc, after, num)
    before = _unit_before(doc, num, floor) if unit is None or unit.minor else None
    if before is not None:
        start, unit = before
    if unit is None:
        return None
    rule = unit.rule or ("budget.number_scale_currency" if num.rule in _SCALED else "budget.number_currency")
    notes = [n for n in (num.note, unit.note) if n]
    value = Decimal(str(num.value)) * unit.scale / unit.per_unit
    amount = _Amount(start, unit.end, value, unit, rule, notes, i)
    if not unit.minor and i + 1 < len(numbers):
        with_minor = _minor_part(doc, amount, numbers[i + 1], before is not None)
        if with_minor is not None:
            return with_minor._replace(last=i + 1)
    return amount


def _plain(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _shares_scale(text: str, low: NumberMatch, high: NumberMatch) -> Decimal | None:
    """The low end's value, with the high end's scale word when it is written only once."""
    p = _patterns()
    low_value = Decimal(str(low.value))
    if low.rule in _SCALED:
        return low_value
    m = p.scale.search(text, high.start, high.end)
    if m is None:
        return low_value
    scale = Decimal(p.scales[m[0]])
    return low_value * scale if low_value < Decimal(str(high.value)) / scale else None


@cache
def _range_joiners() -> dict[str, str]:
    return {normalize_term(k): normalize_term(v) for k, v in cur.RANGE_JOINERS.items()}


def _joins_range(text: str, low_start: int, low_end: int, high_start: int) -> bool:
    """Whether the words between two amounts make them the ends of one range (من 10 إلى 20، 10-20،
    بين 5 و10، من عشرة لعشرين): `و` and `ل` only count after the word that opens a range."""
    gap = text[low_end:high_start]
    opener = _range_joiners().get(gap.strip())
    if opener is None or "\n" in gap:
        return False
    return not opener or bool(
        re.search(rf"(?<![^\W\d_]){opener}\s*\Z", text[max(0, low_start - 12) : low_start])
    )


def _convention_note(text: str, num: NumberMatch, article: Article) -> str:
    """With no known country `11,320 مليون` is read Mashriqi-style; say that it could go the other way."""
    raw = text[num.start : num.end]
    if article.country is None and num.rule in _SCALED and re.match(r"\d{1,3},\d{3}(?![\d,.])", raw):
        return "decimal convention unknown: Maghrebi press would read the comma as a decimal point"
    return ""


def _ends_with(window: str, forms: tuple[str, ...], glued: str = "") -> bool:
    """Whether `window` ends with one of `forms` and then spaces, or a letter of `glued` and spaces after
    the form (نحو بـ): what `qualifier` and `equivalent` need to match at all, tested in C. Nearly every
    amount has no such word before it, and the regexes, which must try every start in the window,
    cost five times as much."""
    window = window.rstrip()
    return window.endswith(forms) or (window[-1:] in glued and window[:-1].rstrip().endswith(forms))


def _cues(text: str, start: int, end: int, guess: bool) -> tuple[dict[str, str], list[str], float]:
    """What the words around an amount say about it: a bound (أكثر من، نحو، على الأقل) or a
    restatement in another currency (أي ما يعادل), which lowers confidence since it repeats a fact."""
    p = _patterns()
    attrs: dict[str, str] = {}
    notes: list[str] = []
    confidence = _GUESS_CONFIDENCE if guess else 1.0
    lo = max(0, start - 30)
    qualifier = (
        p.qualifier.search(text, lo, start) if _ends_with(text[lo:start], p.qualifier_forms, "بل") else None
    )
    qualifier = qualifier or p.qualifier_after.match(text, end)
    if qualifier is not None:
        attrs["qualifier"] = p.qualifiers[qualifier["q"]]
    lo = max(0, start - 20)
    if _ends_with(text[lo:start], p.equivalent_forms) and p.equivalent.search(text, lo, start):
        notes.append("restates an amount just given in another currency")
        confidence = min(confidence, _EQUIVALENT_CONFIDENCE)
    return attrs, notes, confidence


def extract(article: Article) -> list[Fact]:
    text = article.text
    numbers = find_numbers(text, decimal_comma=article.decimal_comma)
    doc = _Doc(text, article.country, article.norm)
    facts: list[Fact] = []
    taken = -1  # index of the last number already read into an amount
    prev: tuple[_Amount, Fact] | None = None  # for ranges that repeat the currency (10$-20$)
    p = _patterns()
    match_after, heads, signs, letters = p.after.match, p.unit_heads, p.unit_signs, p.unit_letters
    for i, num in enumerate(numbers):
        if i <= taken:
            continue
        floor = prev[0].end if prev else 0
        # Nearly every number is a count, a date or a percentage: the first letters after it show
        # that no currency follows it, and the characters before it that none precedes it, before any
        # unit is read.
        unit_match = None
        if _may_have_unit(text, num.end, heads, signs, letters):
            unit_match = match_after(text, num.end)
        if unit_match is None and not _sign_may_end_before(text, num.start, floor):
            continue
        amount = _read_amount(doc, numbers, i, floor, unit_match)
        if amount is None:
            continue
        low = numbers[i - 1] if i - 1 > taken and amount.start == num.start else None
        if low is not None and not _joins_range(text, low.start, low.end, num.start):
            low = None
        first = low.start if low is not None else amount.start
        extra, cue_notes, confidence = _cues(text, first, amount.end, amount.unit.guess)
        convention = _convention_note(text, num, article)
        notes = [*amount.notes, *([convention] if convention else []), *cue_notes]
        ambiguous = num.ambiguous or amount.unit.guess or bool(convention)
        attrs: dict[str, object] = {"amount": _plain(amount.value), "currency": amount.unit.currency, **extra}
        rule = amount.rule
        if low is not None:
            rule, attrs["range"] = "budget.range", "high"
            low_value = _shares_scale(text, low, num)
            if low_value is None:
                notes.append(
                    f"the low end of the range ({text[low.start : low.end]}) has no scale that can be told"
                )
            else:
                low_attrs = {**attrs, "amount": _plain(low_value / amount.unit.per_unit), "range": "low"}
                facts.append(
                    _fact(
                        article,
                        low.start,
                        amount.end,
                        rule,
                        low_attrs,
                        notes,
                        ambiguous or low.ambiguous,
                        confidence,
                    )
                )
        elif prev is not None and _pairs_with(text, prev[0], amount, i):
            rule, attrs["range"] = "budget.range", "high"
            prev[1].rule, prev[1].attrs["range"] = "budget.range", "low"
            if "qualifier" in prev[1].attrs:
                attrs.setdefault("qualifier", prev[1].attrs["qualifier"])
        fact = _fact(article, amount.start, amount.end, rule, attrs, notes, ambiguous, confidence)
        facts.append(fact)
        prev, taken = (amount, fact), amount.last
    return facts


def _pairs_with(text: str, earlier: _Amount, amount: _Amount, i: int) -> bool:
    """Two amounts side by side in one currency joined like a range's ends (10$-20$)."""
    return (
        earlier.last == i - 1
        and earlier.unit.currency == amount.unit.currency
        and _joins_range(text, earlier.start, earlier.end, amount.start)
    )


def _fact(
    article: Article,
    start: int,
    end: int,
    rule: str,
    attrs: dict[str, object],
    notes: list[str],
    ambiguous: bool,
    confidence: float,
) -> Fact:
    return article.fact(
        "budget", start, end, rule, attrs, note="; ".join(notes), ambiguous=ambiguous, confidence=confidence
    )


def _pos(text: str, amount: float, currency: str, country: str | None = None, **extra: str) -> Example:
    return Example("budget", text, {"amount": amount, "currency": currency, **extra}, country)


def _neg(text: str, country: str | None = None) -> Example:
    return Example("budget", text, None, country)


EXAMPLES: list[Example] = [
    # Saudi Arabia and the Gulf
    _pos("خصصت وزارة الصحة 1.2 مليار ريال لإنشاء مستشفى جديد في منطقة جازان", 1_200_000_000, "SAR", "SA"),
    _pos("بتكلفة إجمالية بلغت 450 مليون ريال سعودي لتوسعة مدينة الملك سعود الطبية", 450_000_000, "SAR"),
    _pos(
        "نفذ التجمع الصحي المشروع بتكلفة تتجاوز 300 مليون ريال",
        300_000_000,
        "SAR",
        "SA",
        qualifier="more_than",
    ),
    _pos("اعتمدت الوزارة عقوداً بقيمة 2ر49 مليار ريال لتشغيل المستشفيات", 2_490_000_000, "SAR", "SA"),
    _pos("بلغت قيمة المنحة ما يقارب نصف مليون ريال", 500_000, "SAR", "SA", qualifier="about"),
    _pos("رصدت الحكومة مليار ونصف المليار ريال لبرامج الرعاية الصحية", 1_500_000_000, "SAR", "SA"),
    _pos("رصدت هيئة الصحة في دبي 150 مليون درهم لتطوير المراكز الصحية", 150_000_000, "AED", "AE"),
    _pos("افتتح المستشفى الجديد في الشارقة بتكلفة 80 مليون درهم إماراتي", 80_000_000, "AED"),
    _pos("وقعت مؤسسة حمد الطبية اتفاقية بقيمة 700 مليون ريال قطري", 700_000_000, "QAR"),
    _pos("أنجزت الوزارة مركز صحة مسقط بتكلفة 12 مليون ريال", 12_000_000, "OMR", "OM"),
    _pos("بلغت كلفة المستشفى المرجعي في صلالة 12 مليون ريال عماني", 12_000_000, "OMR"),
    _pos("خصصت وزارة الصحة الكويتية 20 مليون دينار لشراء الأدوية", 20_000_000, "KWD", "KW"),
    _pos("بلغت رسوم الفحص 3.500 دينار كويتي للمقيمين", 3.5, "KWD"),
    _pos("بكلفة 8 ملايين دينار بحريني لتوسعة مجمع السلمانية الطبي", 8_000_000, "BHD"),
    _pos("بتكلفة 50 مليون ريال يمني لترميم مستشفى الثورة في صنعاء", 50_000_000, "YER"),
    # Egypt and Sudan
    _pos("أعلنت وزارة الصحة والسكان تطوير 20 مستشفى بتكلفة 250 مليون جنيه", 250_000_000, "EGP", "EG"),
    _pos("بتكلفة 3.5 مليار جنيه مصري ضمن منظومة التأمين الصحي الشامل", 3_500_000_000, "EGP"),
    _pos("سعر تذكرة الكشف 42 ج.م. في العيادات الخارجية", 42, "EGP"),
    _pos("وقال المحافظ إن المشروع تكلف اتنين مليون جنيه", 2_000_000, "EGP", "EG"),
    _pos("خصصت وزارة الصحة الاتحادية 10 مليارات جنيه سوداني لمكافحة الكوليرا", 10_000_000_000, "SDG"),
    # Levant and Iraq
    _pos("بكلفة 5 ملايين دينار أردني لتوسعة مستشفى البشير", 5_000_000, "JOD"),
    _pos("أعلنت وزارة الصحة العراقية تخصيص 12 مليار دينار عراقي لبناء مستشفيات", 12_000_000_000, "IQD"),
    _pos("قدمت المنظمة دعماً بقيمة مليون دولار أمريكي لمستشفيات بيروت", 1_000_000, "USD"),
    _pos("أقرت الحكومة سلفة بكلفة 500 مليار ليرة لبنانية للمستشفيات الحكومية", 500_000_000_000, "LBP"),
    _pos("بقيمة 3 مليارات ليرة سورية لتأهيل مشفى حلب الجامعي", 3_000_000_000, "SYP"),
    _pos("تبرعت بلدية رام الله بمبلغ 200 ألف شيكل لدعم مستشفى غزة", 200_000, "ILS"),
    # Maghreb
    _pos("رصد غلاف مالي يقدر بـ11,320 مليون درهم للأدوية", 11_320_000, "MAD", "MA"),
    _pos("خصصت وزارة الصحة 1,5 مليار درهم لتأهيل المستشفيات الإقليمية", 1_500_000_000, "MAD", "MA"),
    _pos("بكلفة إجمالية تناهز 60 مليار سنتيم", 600_000_000, "MAD", "MA", qualifier="about"),
    _pos("بلغت ميزانية المركز الاستشفائي الجامعي 153 451 541 درهم", 153_451_541, "MAD", "MA"),
    _pos(
        "رصدت الوزارة بأكثر من 3 ملايين درهم لاقتناء سيارات الإسعاف",
        3_000_000,
        "MAD",
        "MA",
        qualifier="more_than",
    ),
    _pos("بغلاف مالي قدره 2,5 مليار دينار جزائري لإنجاز المستشفى", 2_500_000_000, "DZD"),
    _pos("رصدت ولاية وهران 40 مليار سنتيم لتجهيز المؤسسة الاستشفائية", 400_000_000, "DZD", "DZ"),
    _pos("بكلفة 35 مليون دينار لتهيئة المستشفى الجهوي بصفاقس", 35_000_000, "TND", "TN"),
    _pos("بقيمة 40 مليون دينار ليبي لتوريد الأدوية إلى بنغازي", 40_000_000, "LYD"),
    _pos("بكلفة 300 مليون أوقية لتجهيز مستشفى نواكشوط", 300_000_000, "MRU"),
    # Abbreviations of the Arab press: dotted, run together (دج), and the Tunisian dinar letter
    _pos("خصصت الولاية 120 مليون دج لتجهيز مصلحة الاستعجالات", 120_000_000, "DZD", "DZ"),
    _pos("سعر الفحص بالأشعة 3500 دج في المؤسسات الخاصة", 3500, "DZD"),
    _pos("رصدت المديرية 15 مليون د. ج لاقتناء سيارات إسعاف", 15_000_000, "DZD"),
    _pos("بتكلفة إجمالية قدرها 4 م.د لتهيئة قسم الإنعاش", 4_000_000, "TND", "TN"),
    _pos("خصصت الوزارة 750 أ.د لاقتناء معدات طبية", 750_000, "TND", "TN"),
    _pos("بميزانية 18 مليون د لتوسعة المستشفى الجهوي بالقصرين", 18_000_000, "TND", "TN"),
    _pos("بكلفة 3 ملايين د.ك لتجهيز مركز أمراض الكلى", 3_000_000, "KWD"),
    _pos("بقيمة 600 ألف د.أ لتأهيل المركز الصحي الشامل", 600_000, "JOD"),
    _pos("بتكلفة 25 مليار د.ع لإنشاء مستشفى تخصصي في البصرة", 25_000_000_000, "IQD"),
    _pos("بقيمة 4 ملايين ر.ق لتطوير عيادات الرعاية الأولية", 4_000_000, "QAR"),
    _pos("بكلفة 900 ألف ر.ع لتوسعة المركز الصحي بنزوى", 900_000, "OMR"),
    _pos("بتكلفة مليوني د.ب لتجهيز قسم الطوارئ", 2_000_000, "BHD"),
    _pos("بقيمة 40 مليار ل.ل لدعم المستشفيات الحكومية", 40_000_000_000, "LBP"),
    _pos("بتكلفة 2 مليار ل.س لترميم المشفى الوطني", 2_000_000_000, "SYP"),
    _pos("يبلغ سعر التحليل 80 DT في المخابر الخاصة", 80, "TND"),
    # International donors, signs, codes, cents and ranges
    _pos("بدعم قدره خمسة ملايين دولار من البنك الدولي", 5_000_000, "USD"),
    _pos("بمنحة قيمتها 2 مليون و500 ألف دولار لمكافحة الأوبئة", 2_500_000, "USD"),
    _pos("تبرع رجل أعمال بمبلغ $10,000 لصندوق المرضى", 10_000, "USD"),
    _pos("بتمويل من الاتحاد الأوروبي قدره 20 مليون يورو", 20_000_000, "EUR"),
    _pos("بقيمة 42 KWD للفحص الشامل", 42, "KWD"),
    _pos("بلغ سعر الجرعة 20 دولار و43 سنت", 20.43, "USD"),
    _pos("تتراوح تكلفة المشروع من 10 إلى 20 مليون دولار", 10_000_000, "USD", range="low"),
    _pos("تتراوح تكلفة المشروع من 10 إلى 20 مليون دولار", 20_000_000, "USD", range="high"),
    _pos("بكلفة تتراوح بين 5 و10 ملايين درهم", 5_000_000, "MAD", "MA", range="low"),
    _pos("تكلفة العلاج 10-20 دولار للجلسة", 10, "USD", range="low"),
    # Not budgets
    _neg("ارتفعت نسبة التغطية بالتلقيح إلى 95 في المائة"),
    _neg("بلغت نسبة إشغال الأسرة 80% خلال الموسم"),
    _neg("استفاد 10 ملايين مواطن من الحملة الوطنية للتلقيح"),
    _neg("في عام 2025 افتتح المستشفى الجامعي الجديد"),
    _neg("تراجع سعر صرف الدولار أمام الجنيه هذا الأسبوع"),
    _neg("أنفقت الأسر ملايين الدراهم على العلاج في الخارج", "MA"),
    _neg("مليارات الدولارات تنفق سنوياً على الأدوية المستوردة"),
    _neg("استقبل قسم الطوارئ 3500 مريض خلال 24 ساعة"),
    _neg("تراوحت أعمار المستفيدين بين 10 و20 عاماً"),
    _neg("حصل المستشفى على المركز الأول عربياً في الجودة"),
    _neg("وصل عدد الحجاج إلى مليون ونصف المليون حاج"),
    _neg("يبعد المستشفى 40 كيلومتراً عن مدينة الرباط", "MA"),
    _neg("للاستفسار يرجى الاتصال على الرقم 920005937"),
    _neg("شارك 200 طبيب في المؤتمر الذي عقد في دبي", "AE"),
    _neg("تبدأ الحملة الساعة 10:30 صباحاً بتاريخ 03/01/2022"),
    _neg("رصدت الوزارة ميزانية ضخمة لتجهيز المستشفيات دون تحديد قيمتها"),
    _neg("أعدم البياطرة 300 دجاجة مصابة بإنفلونزا الطيور", "DZ"),
    _neg("تستغرق جلسة تصفية الدم 45 د في المعدل", "TN"),
    _neg("شارك 5 أ.د في الندوة العلمية حول أمراض القلب", "SA"),
]
