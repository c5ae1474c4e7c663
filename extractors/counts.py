"""Counts: a number, or a dual, followed by a noun the health system counts.

The counted noun decides everything. A number followed by anything else (hours, dirhams, per cent, a
month, a rank) is no count, so the rules only look at the few characters right after each number the
shared reader finds, against one trie of every counted noun, longest phrase first (سرير عناية مركزة
before سرير). Words before the number only bound it (أكثر من) or open the span (عدد، ما مجموعه), and a
few change what is counted (وفاة 3 حجاج counts deaths). A few nouns need their context: a population
(نسمة) counts only where a service reaches it, a body of staff (هيئة التمريض) only after من, and one
number over a list of professions counts staff. Precision beats recall: an unknown noun after a number
yields nothing.

Every release has dozens of numbers, so the reading of one is kept to a few anchored matches, cheap
tests first; the rarer contexts (a homograph, a population, a list of professions, a range) are looked
at only when the noun calls for them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import cython

from extractors.article import Article
from extractors.counts_grammar import DualCues, Grammar, grammar
from extractors.data.counted_nouns import PERSON_UNITS, PROFESSION_UNITS
from extractors.examples import Example
from extractors.facts import Fact
from extractors.numbers import NumberMatch, find_numbers, parse_number

_SHADDA = "\u0651"
_SMALL_PLURAL_COUNTS = range(3, 11)
_RANGE_NOTE = "upper end of a range"
_GROUPED_DIGITS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
_DIGIT = re.compile(r"\d")
# Builds a _Reading from all its fields at C speed (a NamedTuple's own __new__ is a Python
# function).
_new_reading = tuple.__new__
# A word with the article, alone, after a preposition or as لل (group 1), and the rest of it (group 2).
_ARTICLE_WORD = re.compile(r"[ \t]++([بفك]?ال|لل)(\w*)")


class _Reading(NamedTuple):
    """A count found on the normalised text, before its span is mapped back to the original."""

    start: int
    end: int
    rule: str
    value: int
    unit: str
    qualifier: str | None = None
    note: str = ""
    ambiguous: bool = False
    confidence: float = 1.0


@cython.cfunc
def _whole(text: str, num: NumberMatch) -> tuple[int, str, bool] | None:
    """A count of things is whole: in 1.200 طبيب the dot grouped thousands, so it is 1200 doctors.

    Returns the value, its note and whether it stays ambiguous; None for a fraction that cannot be
    a count."""
    if isinstance(num.value, int) or num.value.is_integer():
        return int(num.value), num.note, num.ambiguous
    raw = text[num.start : num.end]
    if not _GROUPED_DIGITS.fullmatch(raw):
        return None
    regrouped = parse_number(raw.replace(".", "").replace(",", ""))
    if not isinstance(regrouped, int):
        return None
    return regrouped, f"{raw} read as {regrouped}: a count is whole, so the separator groups thousands", False


@cython.cclass
class _Text:
    """The article with its reversed text, so words before an offset are read by an anchored match.
    Built once per release; compiled, a C struct whose fields the helpers read without a lookup."""

    article = cython.declare(object)
    g = cython.declare(object)
    text = cython.declare(str)
    rev = cython.declare(str)
    country = cython.declare(object)

    def __init__(self, article: Article, g: Grammar, text: str, country: str | None) -> None:
        self.article = article
        self.g = g
        self.text = text
        self.rev = text[::-1]
        self.country = country


@cython.cfunc
def _back(t: _Text, pattern: re.Pattern[str], i: cython.Py_ssize_t) -> re.Match[str] | None:
    """Match `pattern` on the reversed text just before text[i]."""
    return pattern.match(t.rev, len(t.rev) - i)


@cython.ccall
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(c=cython.Py_UCS4)
def _may_close(text: str, i: cython.Py_ssize_t, closings: frozenset[str]) -> cython.bint:
    """Whether `Grammar.before_cue` may match just before text[i], by a test far cheaper than the match
    that most numbers would fail: past spaces, a dash, a letter that is no Arabic letter (covid; the
    match tells), or an Arabic word ending in the last letters of a cue (`Grammar.before_closings`)."""
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if i == 0:
        return False
    c = text[i - 1]
    if "\u0620" <= c <= "\u064a":
        return text[i - 2 if i >= 2 else 0 : i] in closings or text[i - 1 : i] in closings
    return c == "-" or c == "–" or c.isalnum()


@cython.cfunc
def _before(t: _Text, num: NumberMatch) -> tuple[int, str | None, int] | None:
    """What the words before a number say: where the span opens (a qualifier or عدد before the
    number), the qualifier's kind, and where a join such as إلى that runs up to the number starts
    (-1 without one). None when they make the number part of a name or a year (كوفيد 19، رؤية 2030),
    whatever follows it."""
    start = num.start
    n = len(t.rev)
    if not _may_close(t.text, start, t.g.before_closings) or t.g.before_cue.match(t.rev, n - start) is None:
        return start, None, -1  # no word before it that any group could read: the common case, cheaply
    m = t.g.before.match(t.rev, n - start)
    if m.lastindex is None:
        return start, None, -1  # nothing before it that matters, as before most numbers
    name, year, join, near, total, far = m.groups()
    if name is not None or (
        year is not None
        and num.end - start == 4
        and t.text[start : num.end].isdigit()
        and 1900 <= num.value <= 2100
    ):
        return None
    joined = n - m.end("join") if join is not None else -1
    if not (far or total or near):
        return start, None, joined
    qualifier = far or near
    kind = t.g.qualifier_kinds.get(" ".join(qualifier[::-1].split())) if qualifier else None
    # The groups run outwards from the number, so the last one present opens the span.
    return n - m.end("far" if far else "total" if total else "near"), kind, joined


@cython.cfunc
def _upper_end_of_range(t: _Text, joined: int, prev: NumberMatch | None) -> bool:
    """من 10 إلى 15 حالة: a join alone stands between the two numbers, and a من or بين before them."""
    return prev is not None and joined == prev.end and _back(t, t.g.range_start_back, prev.start) is not None


@cython.cfunc
@cython.inline
def _is_word(c: cython.Py_UCS4) -> cython.bint:
    """A character `\\w` matches; an Arabic letter, the common case, without a table lookup."""
    return "\u0620" <= c <= "\u064a" or c.isalnum() or c == "_"


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
def _word_start(text: str, i: cython.Py_ssize_t) -> cython.Py_ssize_t:
    """Where the word that runs up to text[i] (excluded) starts."""
    while i > 0 and _is_word(text[i - 1]):
        i -= 1
    return i


@cython.ccall
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(j=cython.Py_ssize_t)
def _word_before(text: str, i: cython.Py_ssize_t) -> str:
    """The word that spaces part from text[i]; empty when none does."""
    j = i
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return text[_word_start(text, j) : j] if j < i else ""


@cython.cfunc
def _event_unit(t: _Text, start: int, unit: str) -> str:
    """وفاة 3 حجاج counts deaths, إصابة 5 أطباء counts cases: the event, not the people. The cue is
    the word before, whole, behind a clitic (what `Grammar.event_back` finds), so a lookup finds it."""
    if unit not in PERSON_UNITS:
        return unit
    return t.g.event_words.get(_word_before(t.text, start), unit)


@cython.cfunc
def _trusted_homograph(t: _Text, num: NumberMatch, noun_start: int, noun_end: int) -> bool:
    """أسرة is beds only where grammar wants a plural, the shadda was written, or capacity is the topic."""
    if num.value in _SMALL_PLURAL_COUNTS:
        return True
    if _SHADDA in t.article.norm.original_slice(noun_start, noun_end):
        return True
    return _back(t, t.g.capacity_back, num.start) is not None


@cython.ccall
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(c=cython.Py_UCS4)
def _has_article_word(text: str, i: cython.Py_ssize_t, end: cython.Py_ssize_t) -> cython.bint:
    """Whether text[i:end] holds a word with the article after a space (what `_ARTICLE_WORD` finds),
    letter by letter: most adjectives (صحية، جديدة) carry none, and a search costs more than the scan."""
    while i < end:
        c = text[i]
        i += 1
        if c != " " and c != "\t":
            continue
        while i < end and (text[i] == " " or text[i] == "\t"):
            i += 1
        if (
            i + 2 < end
            and (text[i] == "ب" or text[i] == "ف" or text[i] == "ك")
            and text[i + 1] == "ا"
            and text[i + 2] == "ل"
        ):
            return True
        if i + 1 < end and (text[i] == "ا" or text[i] == "ل") and text[i + 1] == "ل":
            return True
    return False


@cython.cfunc
def _definite(phrase: str) -> bool:
    """A counted phrase is definite when its last word carries the article; its first word never does
    (من الأطباء، سيارتي الإسعاف، غرف العمليات)."""
    words = phrase.split()
    return len(words) > 1 and words[-1].startswith(("ال", "لل"))


@cython.cfunc
def _indefinite_end(t: _Text, start: int, end: int) -> int:
    """Where the adjectives text[start:end] of an indefinite noun end. An adjective agrees with its noun
    in definiteness, so a word with the article is no adjective of it but what comes next (تجوب 30
    عيادة متنقلة القرى النائية، يخدم 40 طبيباً الأهالي), however much it looks like a nisba, and so is
    a place after a preposition (5 مستشفيات بالعيون، 236 عملية جراحية بالمستشفى الإقليمي). A complement
    with لل says what the thing is for and stays, with the adjectives of its own noun (5 مراكز للرعاية
    الصحية الأولية); so do adjectives whose first letters only look like the article (إلكترونياً)."""
    for m in _ARTICLE_WORD.finditer(t.text, start, end):
        article, rest = m.groups()
        if article == "لل":
            return end
        if article != "ال" or article + rest not in t.g.article_lookalikes:
            return m.start()
    return end


@cython.cfunc
def _adjectives_end(t: _Text, m: re.Match[str]) -> int:
    """Where the adjectives of the noun `after` found (match `m`) end: all of them after a definite
    noun (من الأطباء الاستشاريين), up to a word with the article after an indefinite one."""
    noun_end, end = m.end("noun"), m.end("adjectives")
    if not _has_article_word(t.text, noun_end, end):
        return end  # most adjectives (صحية، جديدة) carry no article
    of = m.start("of")
    if _definite(t.text[of if of >= 0 else m.start("noun") : noun_end]):
        return end
    return _indefinite_end(t, noun_end, end)


@cython.cfunc
def _closing(t: _Text, start: int, end: int) -> tuple[int, str | None]:
    """Extend the phrase text[start:end] over its adjectives and a trailing تقريباً."""
    m = t.g.closing.match(t.text, end)
    about = m.start("about")
    adjectives_end = about if about >= 0 else m.end()
    if (
        adjectives_end > end
        and not _definite(t.text[start:end])
        and (cut := _indefinite_end(t, end, adjectives_end)) < adjectives_end
    ):
        return cut, None
    return m.end(), "about" if about >= 0 else None


@cython.cfunc
def _profession_list(t: _Text, noun: re.Match[str], unit: str) -> tuple[int, str, str | None]:
    """420 من الأطباء وهيئة التمريض والفنيين: one number over several professions counts staff, while
    ممرضاً وممرضة stays nurses. Only a number takes the list: a dual's two are of its own noun.

    The list is as definite as its head: after من its nouns carry ال, after a bare number they do
    not, so in 30 طبيباً والمتطوعون يواصلون the ال opens a new clause instead of extending the list.
    Returns the end of the span, the unit and the trailing qualifier."""
    g, text = t.g, t.text
    end = _adjectives_end(t, noun)
    definite = g.partitive.match(text, noun.start(), noun.end("noun")) is not None
    units = {unit}
    while (m := g.profession_list.match(text, end)) and (definite or not m.group("article")):
        units.add(g.profession_units[m.lastgroup])
        end = g.adjectives.match(text, m.end()).end()
        if end > m.end() and not m.group("article"):
            end = _indefinite_end(t, m.end(), end)
    trail = g.trailing.match(text, end)
    return trail.end() if trail else end, unit if len(units) == 1 else "staff", "about" if trail else None


@cython.cfunc
def _in_digits(text: str, num: NumberMatch) -> bool:
    """Written in digits, at least in part (3 آلاف); the first character settles most numbers."""
    return text[num.start].isdecimal() or _DIGIT.search(text, num.start, num.end) is not None


@cython.cfunc
def _spelled_below_three(text: str, num: NumberMatch) -> bool:
    """صفر، واحد، اثنان spelled out never count: a count of one or two is the noun or its dual, and
    صفر is a zero to report, not things counted."""
    return num.value < 3 and not _in_digits(text, num)


@cython.cfunc
def _number_noun(t: _Text, num: NumberMatch, prev: NumberMatch | None, m: re.Match[str]) -> _Reading | None:
    """The number followed by the counted noun `m` found (with its adjectives) after it. Most numbers
    reach here and most of them count, so the common path makes few calls: its tests are inlined."""
    text = t.text
    of, noun, adjectives, about = m.groups()  # in the order of `Grammar.after`
    form = t.g.nouns[noun]
    if not form.counts_in(t.country) or (form.singular and of):
        return None
    start, num_end, value, _, note, ambiguous = num
    in_digits = text[start].isdecimal() or _DIGIT.search(text, start, num_end) is not None  # _in_digits
    if value < 3 and not in_digits:
        return None  # spelled below three (see _spelled_below_three)
    if type(value) is not int:
        if (whole := _whole(text, num)) is None:
            return None
        value, note, ambiguous = whole
    opening = _before(t, num)
    if opening is None or (form.homograph and not _trusted_homograph(t, num, m.start("noun"), m.end("noun"))):
        return None
    start, qualifier, joined = opening
    if form.served and _back(t, t.g.service_back, start) is None:
        return None
    unit = form.unit
    if unit in PROFESSION_UNITS:
        end, unit, trailing = _profession_list(t, m, unit)
    elif (
        adjectives
        and _has_article_word(adjectives, 0, len(adjectives))
        and (end := _adjectives_end(t, m)) < m.end("adjectives")
    ):
        trailing = None  # a trailing تقريباً would follow the adjectives: the span stops before them
    else:
        end, trailing = m.end(), "about" if about else None
    if joined >= 0 and _upper_end_of_range(t, joined, prev):
        note = f"{note}; {_RANGE_NOTE}" if note else _RANGE_NOTE
        ambiguous = True
    if unit in PERSON_UNITS:
        unit = _event_unit(t, start, unit)
    rule = "count.number_noun" if in_digits else "count.word_number_noun"
    return _new_reading(
        _Reading, (start, end, rule, value, unit, qualifier or trailing, note, ambiguous, 1.0)
    )


@cython.cfunc
def _starts_word(text: str, i: int) -> bool:
    """text[i] opens a word, possibly after one glued clitic (وعدد، بعدد)."""
    if i == 0 or not text[i - 1].isalnum():
        return True
    return text[i - 1] in "وفبلك" and (i == 1 or not text[i - 2].isalnum())


@cython.cfunc
def _total_of(t: _Text, num: NumberMatch) -> _Reading | None:
    """بلغ عدد المستفيدين 1500: the noun came first, the number (the caller saw it) closes the clause."""
    text = t.text
    whole = None if _spelled_below_three(text, num) else _whole(text, num)
    opening = _before(t, num) if whole else None
    if opening is None:
        return None
    start, qualifier, _ = opening
    for m in t.g.total_of.finditer(text, max(0, start - 90), start):
        form = t.g.nouns[m.group("noun")]
        if (
            not _starts_word(text, m.start())
            or not form.counts_in(t.country)
            or form.homograph
            or form.served
        ):
            continue
        value, note, ambiguous = whole
        return _Reading(
            m.start(), num.end, "count.total_of", value, form.unit, qualifier, note, ambiguous, 0.8
        )
    return None


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(j=cython.Py_ssize_t, end=cython.Py_ssize_t, n=cython.Py_ssize_t)
def _complement_end(text: str, i: cython.Py_ssize_t, complements: frozenset[str]) -> cython.Py_ssize_t:
    """Where a construct's complement (with or without ال) ends, after the spaces at text[i]; -1 if none
    follows."""
    n = len(text)
    j = i
    while j < n and text[j].isspace():
        j += 1
    if j == i:
        return -1
    end = j
    while end < n and _is_word(text[end]):
        end += 1
    word = text[j:end]
    if word in complements or (word.startswith("ال") and word[2:] in complements):
        return end
    return -1


@cython.ccall
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(
    q=cython.Py_ssize_t, p=cython.Py_ssize_t, end=cython.Py_ssize_t, reach_i=cython.Py_ssize_t,
    reach_ta=cython.Py_ssize_t, c=cython.Py_UCS4, last=cython.Py_UCS4, prev=cython.Py_UCS4,
)  # fmt: skip
def _dual_starts(text: str, cues: DualCues) -> list[int]:
    """Offsets where a dual may start: what the literal-led locators (`Grammar.dual_locator`,
    `Grammar.construct_locators`) find, by one typed pass that stops only at a word ending in ن، ي or
    ا and looks the word up whole. A full dual is a known stem behind a clitic, then ين or ان; a construct
    head ends in ي or تا after a letter some head has there, and a known complement follows it. As with
    `finditer`, a construct locator resumes after the complement it took."""
    padded: str = text + " "  # so that the last word, too, ends before a character
    bodies: frozenset[str] = cues.bodies
    letters_i: str = cues.construct_letters[0]
    letters_ta: str = cues.construct_letters[1]
    complements_i: frozenset[str] = cues.complements[0]
    complements_ta: frozenset[str] = cues.complements[1]
    starts = set()
    reach_i = reach_ta = 0
    prev = " "
    q = -1
    for c in padded:
        q += 1
        last = prev
        prev = c
        if (last != "ن" and last != "ي" and last != "ا") or _is_word(c):
            continue  # not the last letter of a word that could end a dual
        if last == "ن":
            if q >= 2 and (padded[q - 2] == "ي" or padded[q - 2] == "ا"):
                p = _word_start(padded, q - 2)
                if padded[p : q - 2] in bodies:
                    starts.add(p)
        elif last == "ي":
            p = q - 1
            if p >= 1 and p >= reach_i and c.isspace() and padded[p - 1] in letters_i:
                end = _complement_end(padded, q, complements_i)
                if end >= 0:
                    reach_i = end
                    starts.add(_word_start(padded, p))
        else:
            p = q - 2
            if p >= 1 and p >= reach_ta and c.isspace() and padded[p] == "ت" and padded[p - 1] in letters_ta:
                end = _complement_end(padded, q, complements_ta)
                if end >= 0:
                    reach_ta = end
                    starts.add(_word_start(padded, p))
    return sorted(starts)


@cython.cfunc
def _duals(t: _Text, counted: list[_Reading]) -> list[_Reading]:
    """مستشفيين، عيادتان: two of a thing, unless the dual points back (هذين المرفقين، كلا المستشفيين)."""
    found: list[_Reading] = []
    starts = _dual_starts(t.text, t.g.dual_cues)
    taken = [(r.start, r.end) for r in counted] if starts else []
    for i in starts:
        m = t.g.dual.match(t.text, i)
        if not m or any(s < m.end() and m.start() < e for s, e in taken) or _back(t, t.g.pointing_back, i):
            continue
        start = m.end("clitic")
        end, trailing = _closing(t, start, m.end())
        unit = _event_unit(t, start, t.g.dual_units[m.lastgroup])
        taken.append((start, end))
        found.append(_Reading(start, end, "count.dual_noun", 2, unit, trailing))
    return found


@cython.ccall
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(n=cython.Py_ssize_t, c=cython.Py_UCS4)
def _may_follow(text: str, i: cython.Py_ssize_t, openings: frozenset[str]) -> cython.bint:
    """Whether `Grammar.after` may match at text[i], by a test far cheaper than the match that most
    numbers followed by no counted noun (2025، 15%، مليون درهم) would fail: past spaces, the end of the
    text, a parenthesis or bracket or a mark that ends a clause, or the first two letters of a counted
    noun, of من or of a word that closes a total (`Grammar.after_openings`)."""
    n = len(text)
    while i < n:
        c = text[i]
        if c != " " and c != "\t":
            break
        i += 1
    else:
        return True
    if c in '()[]\n.,،؛:;!؟?»"”':
        return True
    return text[i : i + 2] in openings


@cython.cfunc
def _readings(article: Article) -> list[_Reading]:
    """One anchored match after each number (`after`) finds a counted noun or, failing one, the end of
    a clause; only those numbers are read further. A noun that does not count leaves the number to
    the total it may close (عدد المستفيدين 1500)."""
    text: str = article.text
    t = _Text(article, grammar(), text, article.country)
    after, clause_end, openings = t.g.after.match, t.g.total_of_end.match, t.g.after_openings
    readings: list[_Reading] = []
    end = 0
    prev: NumberMatch | None = None
    for num in find_numbers(text, decimal_comma=article.decimal_comma):
        if num.start >= end and _may_follow(text, num.end, openings) and (m := after(text, num.end)):
            if m.lastindex is None:  # no noun: the end of a clause
                reading = _total_of(t, num)
            else:
                reading = _number_noun(t, num, prev, m) or (
                    _total_of(t, num) if clause_end(text, num.end) else None
                )
            if reading:
                readings.append(reading)
                end = reading.end
        prev = num
    readings.extend(_duals(t, readings))
    return readings


def extract(article: Article) -> list[Fact]:
    facts = []
    for start, end, rule, value, unit, qualifier, note, ambiguous, confidence in _readings(article):
        attrs: dict[str, object] = {"value": value, "unit": unit}
        if qualifier:
            attrs["qualifier"] = qualifier
        if note or ambiguous or confidence != 1.0:
            fact = article.fact(
                "count", start, end, rule, attrs, note=note, ambiguous=ambiguous, confidence=confidence
            )
        else:  # the common case: the defaults, and no keywords to pass
            fact = article.fact("count", start, end, rule, attrs)
        facts.append(fact)
    return facts


def _count(
    text: str, value: int, unit: str, qualifier: str | None = None, country: str | None = None
) -> Example:
    expect: dict[str, object] = {"value": value, "unit": unit}
    if qualifier:
        expect["qualifier"] = qualifier
    return Example("count", text, expect, country)


def _no_count(text: str, country: str | None = None) -> Example:
    return Example("count", text, None, country)


EXAMPLES: list[Example] = [
    # Saudi
    _count(
        "أعلن تجمع الرياض الصحي الأول تشغيل 45 مركزاً صحياً على مدار الساعة خلال شهر رمضان", 45, "health_centre"
    ),
    _count("وتضم المدينة الطبية 1200 سرير و40 غرفة عمليات مجهزة بأحدث التقنيات", 1200, "bed"),
    _count("وتضم المدينة الطبية 1200 سرير و40 غرفة عمليات مجهزة بأحدث التقنيات", 40, "operating_room"),
    _count(
        "استقبلت مستشفيات المشاعر المقدسة أكثر من 25 ألف حاج خلال موسم الحج", 25000, "pilgrim", "more_than"
    ),
    _count(
        "وقدمت العيادات الافتراضية ما يزيد على 300 ألف استشارة طبية عن بعد",
        300000,
        "consultation",
        "more_than",
    ),
    _count("ويعمل في المستشفى 350 طبيباً استشارياً و900 ممرض وممرضة", 350, "doctor"),
    _count("ويعمل في المستشفى 350 طبيباً استشارياً و900 ممرض وممرضة", 900, "nurse"),
    _count("نفذت الفرق الطبية 1500 عملية جراحية منذ بداية العام", 1500, "surgery"),
    _count("أجرى مختبر الصحة العامة قرابة 40 ألف فحص مخبري خلال الربع الأول", 40000, "test", "about"),
    _count("ويخدم المستشفى ثماني محافظات في منطقة عسير", 8, "province"),
    _count("دشن أمير المنطقة مستشفيين جديدين في جازان بسعة إجمالية تبلغ 300 سرير", 2, "hospital"),
    _count("دشن أمير المنطقة مستشفيين جديدين في جازان بسعة إجمالية تبلغ 300 سرير", 300, "bed"),
    _count("يضم البرج الطبي الجديد 24 سريراً للعناية المركزة", 24, "icu_bed"),
    _count("أطلقت الوزارة 12 مبادرة صحية ضمن برنامج تحول القطاع الصحي", 12, "programme"),
    _count("بلغ عدد المراجعين في أقسام الطوارئ 5400 مراجع خلال إجازة العيد", 5400, "patient"),
    _count("شارك في الحملة 600 متطوع من منسوبي التجمع", 600, "staff"),
    _count("وتغطي الخدمة 13 منطقة إدارية في المملكة", 13, "region"),
    _count("وبلغ عدد المستفيدين من برنامج الفحص قبل الزواج 1800 مستفيد", 1800, "beneficiary"),
    # Gulf
    _count("أعلنت مؤسسة الإمارات للخدمات الصحية تشغيل 17 عيادة متخصصة في مراكزها", 17, "clinic"),
    _count("تضم شبكة المستشفيات الحكومية في الكويت نحو 3 آلاف سرير", 3000, "bed", "about"),
    _count("وفرت مؤسسة حمد الطبية 11 صيدلية خارجية لخدمة المرضى", 11, "pharmacy"),
    _count("تغطي الخدمات الصحية الأولية 61 ولاية في سلطنة عمان", 61, "province"),
    _count("استقبل مركز البحرين للطب الرياضي ما يقارب 900 مريض العام الماضي", 900, "patient", "about"),
    _count("وزعت هيئة الصحة بدبي 25 سيارة إسعاف جديدة على المراكز", 25, "ambulance"),
    _count("ويعمل في القطاع الصحي القطري أكثر من 8 آلاف ممرضة", 8000, "nurse", "more_than"),
    _count("وصلت سيارتا إسعاف إلى موقع الحادث خلال دقائق", 2, "ambulance"),
    # Egyptian
    _count("وقعت القافلة الطبية الكشف على 1250 مواطناً بقرية الشيخ زايد", 1250, "beneficiary"),
    _count("افتتح وزير الصحة ثلاثة مستشفيات جديدة بمحافظة أسيوط", 3, "hospital"),
    _count("تم تقديم الخدمة لـ 3200 متردد على العيادات الخارجية", 3200, "patient"),
    _count("شاركت 14 وحدة صحة أسرة في حملة 100 مليون صحة", 14, "health_centre"),
    _count("انطلقت 50 قافلة طبية مجانية في 27 محافظة", 50, "caravan"),
    _count("انطلقت 50 قافلة طبية مجانية في 27 محافظة", 27, "province"),
    _count("تلقى 4 ملايين مواطن الجرعة الثانية من اللقاح", 4000000, "beneficiary"),
    _count("ورصدت مديرية الصحة 35 حالة تسمم غذائي بين طلاب المدينة الجامعية", 35, "case"),
    _count("ساهمت 9 معامل مركزية في إجراء التحاليل", 9, "lab"),
    _count("أجرى الفريق الطبي عمليتين جراحيتين دقيقتين في يوم واحد", 2, "surgery"),
    _count("تم رفع كفاءة 120 وحدة صحية بقرى حياة كريمة", 120, "health_centre"),
    # Levantine
    _count("أعلنت وزارة الصحة اللبنانية تسجيل 4 وفيات و120 إصابة جديدة", 4, "death"),
    _count("أعلنت وزارة الصحة اللبنانية تسجيل 4 وفيات و120 إصابة جديدة", 120, "case"),
    _count("يضم مستشفى البشير الحكومي 1100 سرير موزعة على عدة مبان", 1100, "bed"),
    _count("وزعت المنظمة 20 عيادة متنقلة في مخيمات الشمال السوري", 20, "mobile_unit"),
    _count("لا يعمل في قطاع غزة سوى 16 مستشفى من أصل 36 مستشفى", 36, "hospital"),
    _count("قدمت مراكز الرعاية الأولية 85 ألف معاينة خلال الشهر الماضي", 85000, "consultation"),
    _count("تخريج 230 ممرضاً وممرضة من كليات التمريض الأردنية", 230, "nurse"),
    _count("أجرت المختبرات المركزية ما يزيد عن 12 ألف اختبار", 12000, "test", "more_than"),
    _count("يتدرب الأطباء المقيمون في 23 اختصاصاً طبياً", 23, "specialty"),
    _count("وجرى تطعيم نحو 2.5 مليون طفل ضد شلل الأطفال في الضفة والقطاع", 2500000, "beneficiary", "about"),
    # Iraqi
    _count("أعلنت دائرة صحة بغداد الرصافة إجراء 3 آلاف عملية جراحية خلال شهر", 3000, "surgery"),
    _count("نشرت وزارة الصحة 120 مفرزة طبية على طريق الزائرين", 120, "mobile_unit"),
    _count("افتتح محافظ البصرة 4 مراكز صحية جديدة في قضاء الزبير", 4, "health_centre"),
    _count("استقبلت مستشفيات كربلاء زهاء 70 ألف مراجع خلال الزيارة", 70000, "patient", "about"),
    _count("وجهت الوزارة بتعيين 2000 طبيب مقيم من خريجي كليات الطب", 2000, "doctor"),
    _count("توزيع 500 ألف جرعة من لقاح الحصبة على المحافظات", 500000, "vaccination"),
    _count("سجلت وزارة الصحة وفاة 3 حجاج وإصابة 12 شخصاً بضربات الشمس", 3, "death"),
    _count("سجلت وزارة الصحة وفاة 3 حجاج وإصابة 12 شخصاً بضربات الشمس", 12, "case"),
    # Maghrebi
    _count("تمت تعبئة 120 إطاراً صحياً لإنجاح الحملة بالإقليم", 120, "staff", country="MA"),
    _count("استفاد من القافلة أزيد من 1500 شخص بإقليم أزيلال", 1500, "beneficiary", "more_than", "MA"),
    _count("يتوفر المركز الاستشفائي الجامعي على 860 سريراً", 860, "bed", country="MA"),
    _count("أشرفت الوزارة على 40 قافلة طبية في 12 جهة", 12, "region", country="MA"),
    _count("تم إنجاز 3200 فحص بالصدى و520 عملية جراحية", 3200, "test", country="MA"),
    _count("تم إنجاز 3200 فحص بالصدى و520 عملية جراحية", 520, "surgery", country="MA"),
    _count("تستهدف الحملة 6 ولايات بالجنوب الجزائري", 6, "province", country="DZ"),
    _count("افتتاح 14 مركزا صحيا حضريا وقرويا بجهة سوس ماسة", 14, "health_centre", country="MA"),
    _count("عبأت الوزارة 45 وحدة طبية متنقلة بالمناطق الجبلية", 45, "mobile_unit", country="MA"),
    _count("تم تسجيل 9 حالات وفاة بالتهاب السحايا في ولاية القيروان", 9, "death", country="TN"),
    _count("تتوفر البلاد على أكثر من 300 مؤسسة استشفائية عمومية", 300, "hospital", "more_than", "DZ"),
    _count("تغطي العملية 31 إقليماً و8 عمالات بالمملكة", 8, "province", country="MA"),
    # Qualifiers, totals, duals, ranges, regrouped digits
    _count("وارتفع عدد الحالات المؤكدة إلى 120.", 120, "case"),
    _count("وتستقبل العيادة أقل من 10 حالات يومياً", 10, "case", "less_than"),
    _count("ويجري توفير 80 سريراً تقريباً في الجناح الجديد", 80, "bed", "about"),
    _count("تجهيز المستشفى الميداني بإجمالي 500 سرير", 500, "bed"),
    _count("تم افتتاح عيادتين متخصصتين لعلاج السكري", 2, "clinic"),
    _count("يستقبل المركز ما بين 10 و15 حالة يومياً", 15, "case"),
    _count("يعمل في المنطقة 1.200 طبيب من مختلف التخصصات", 1200, "doctor"),
    _count("وصل خمسة وعشرين طبيباً متطوعاً إلى غزة", 25, "doctor"),
    _count("تم تجهيز 5 أسرّة إضافية في قسم الأطفال", 5, "bed"),
    _count("جرعتين من اللقاح لكل طفل", 2, "vaccination"),
    _count("وخصصت الوزارة عدد (15) مستشفى لاستقبال الحالات", 15, "hospital"),
    _count("أجرى فريق جراحة القلب 300 عملية ناجحة خلال العام", 300, "surgery"),
    _count("وبلغ عدد الوفيات 13.", 13, "death"),
    _count("تسلمت المديرية مئتي سرير طبي من منظمة الصحة العالمية", 200, "bed"),
    # Teams on the move, the population served, bodies of staff and lists of professions
    _count("وتجوب 15 فريقاً طبياً متنقلاً القرى النائية لإعطاء اللقاحات", 15, "mobile_unit"),
    _count("خصصت الهيئة 6 فرق جوالة لزيارة كبار المواطنين في منازلهم", 6, "mobile_unit"),
    _count("تم الدفع بـ 350 فريقاً متنقلاً للمرور على المنازل في المحافظة", 350, "mobile_unit"),
    _count("وتم تخصيص فريقين طبيين متنقلين لخدمة المخيم", 2, "mobile_unit"),
    _count("تخدم الوحدة قرابة 70 ألفاً من أهالي القرى المجاورة", 70000, "beneficiary", "about"),
    _count("ويستفيد من المستشفى الجديد 300 ألف من السكان في شمال المحافظة", 300000, "beneficiary"),
    _count("ويخدم المجمع الصحي أكثر من 250 ألف نسمة في القرى المحيطة", 250000, "beneficiary", "more_than"),
    _count("يقدم المركز خدماته لنحو 40 ألف نسمة بالدائرة", 40000, "beneficiary", "about", "DZ"),
    _count(
        "نظمت المندوبية حملة طبية لفائدة 2400 من ساكنة الجماعة القروية", 2400, "beneficiary", country="MA"
    ),
    _count("استفاد 600 من مرضى الكلى من برنامج الغسيل المنزلي", 600, "patient"),
    _count("وتم تكريم 45 من منتسبي المستشفى المتميزين", 45, "staff"),
    _count("أغلقت 3 من مستشفيات القطاع بسبب نفاد الوقود", 3, "hospital"),
    _count("شارك في الدورة التدريبية 85 من أعضاء هيئة التمريض بالمستشفى", 85, "nurse"),
    _count("وتم توزيع 60 من طاقم التمريض على أقسام الطوارئ", 60, "nurse"),
    _count("بمشاركة 120 من الطواقم الطبية والإسعافية في المنطقة الشرقية", 120, "staff"),
    _count("يعمل في المجمع الطبي 640 طبيباً وممرضاً وفنياً", 640, "staff"),
    _count("تم تعيين 95 من الأطباء والصيادلة في المراكز الريفية", 95, "staff"),
    _count("وصل إلى المستشفى 30 طبيباً و20 ممرضاً من المتطوعين", 30, "doctor"),
    _count("وصل إلى المستشفى 30 طبيباً و20 ممرضاً من المتطوعين", 20, "nurse"),
    _count("تضم المستشفى 1,400 ممرضة وممرض من جنسيات مختلفة", 1400, "nurse"),
    _count("تم توظيف 150 عوناً شبه طبي بالمؤسسات الصحية للولاية", 150, "staff", country="DZ"),
    _count("تدعمت المصلحة بـ 40 شبه طبي من خريجي المعاهد", 40, "staff", country="DZ"),
    # Beds by their Egyptian and Gulf names, and the equipment a hospital counts
    _count("ويضم المبنى الجديد 36 سرير رعاية مركزة للكبار", 36, "icu_bed"),
    _count("تجهيز 10 أسرة رعاية حرجة في مستشفى الفروانية", 10, "icu_bed"),
    _count("وأضيف إلى المستشفى 12 سرير عناية حرجة", 12, "icu_bed"),
    _count("تم تزويد وحدة الخدج بـ 14 حضانة جديدة", 14, "other"),
    _count("وتسلم المستشفى 30 جهاز غسيل كلوي من المنظمة", 30, "other"),
    _count("ووصلت إلى المحافظة 45 جهازاً طبياً حديثاً", 45, "other"),
    _count("تم تزويد المركز بجهازي أشعة مقطعية", 2, "other"),
    _count("تضم البناية الجديدة 8 ردهات للرقود", 8, "other"),
    _count("وافتتح مدير الصحة ردهتين للأطفال في مستشفى الحلة", 2, "other"),
    _count("يتكون المستشفى من 12 قسماً تخصصياً", 12, "other"),
    _count("طرحت الوزارة 9 مشروعات لإنشاء مستشفيات في الصعيد", 9, "other"),
    # Maghrebi hospitals, casualties, examinations, visitors and the vaccinated
    _count("تتوفر الجهة على ثلاثة مراكز استشفائية إقليمية", 3, "hospital", country="MA"),
    _count("تحصي الولاية 9 مؤسسات استشفائية متخصصة", 9, "hospital", country="DZ"),
    _count("تتوفر الولاية على 17 مؤسسة عمومية للصحة الجوارية", 17, "health_centre", country="DZ"),
    _count("تم تجهيز 11 قاعة علاج بالمناطق النائية", 11, "health_centre", country="DZ"),
    _count("ويضم الجناح الجراحي 8 صالات عمليات حديثة", 8, "operating_room"),
    _count("استقبلت المستشفيات الحكومية 85 جريحاً منذ صباح اليوم", 85, "case"),
    _count("أسفر الحادث عن سقوط 4 قتلى و17 جريحاً", 4, "death"),
    _count("أسفر الحادث عن سقوط 4 قتلى و17 جريحاً", 17, "case"),
    _count("وارتفع عدد الشهداء إلى 230", 230, "death"),
    _count("أجرت القافلة 2300 كشف طبي بالمجان", 2300, "consultation"),
    _count("تم إنجاز 5 آلاف فحص طبي لفائدة التلاميذ بالإقليم", 5000, "consultation", country="MA"),
    _count("يستقبل قسم الطوارئ يومياً نحو 700 مراجع", 700, "patient", "about"),
    _count("تستهدف الحملة تطعيم 3 ملايين طفل دون الخامسة", 3000000, "beneficiary"),
    # Not counts: durations, dates, ranks, money, percentages, areas, phones, ages, names, pointing back
    _no_count("تعمل المراكز على مدار 24 ساعة طوال أيام الأسبوع"),
    _no_count("تعمل لفترة ما بين 16 الى 24 ساعة يوميا"),
    _no_count("خلال الفترة الممتدة من 15 نونبر 2025 إلى غاية 30 مارس 2026", "MA"),
    _no_count("حقق المختبر المركز الأول على مستوى مستشفيات المملكة"),
    _no_count("رصدت الوزارة غلافاً مالياً يقدر بـ11,320 مليون درهم", "MA"),
    _no_count("ارتفعت نسبة التغطية بالتلقيح إلى 95% في صفوف الأطفال"),
    _no_count("أكد الوزير أن 60 في المائة من المستشفيات حصلت على الاعتماد"),
    _no_count("للاستفسار يرجى الاتصال على الرقم 937 على مدار الساعة"),
    _no_count("تمتد الحملة لمدة 3 أيام في جميع المحافظات"),
    _no_count("تبلغ مساحة المستشفى الجديد 45 ألف متر مربع"),
    _no_count("يبعد المستشفى 12 كيلومتراً عن وسط المدينة"),
    _no_count("تستهدف الحملة الأطفال بعمر 5 سنوات فما دون"),
    _no_count("ضمن مستهدفات رؤية 2030 وبرامجها الصحية"),
    _no_count("تبرع رجل أعمال لمستشفى 57357 لعلاج سرطان الأطفال"),
    _no_count("تم افتتاح المستشفيين ضمن المرحلة الأولى من المشروع"),
    _no_count("وتم تجهيز هذين المرفقين بأحدث الأجهزة الطبية"),
    _no_count("وكلا المستشفيين يعمل بكامل طاقته"),
    _no_count("بتكلفة إجمالية بلغت 250 مليون جنيه"),
    _no_count("انخفضت الإصابات بنسبة 30 بالمئة مقارنة بعام 2023"),
    _no_count("ومنذ يومين أعلنت الوزارة عن خطتها"),
    _no_count("تقدمت المملكة 10 مراكز في التصنيف العالمي للرعاية الصحية"),
    _no_count("استفادت 300 أسرة من السلال الغذائية في الحي"),
    _no_count("وقعت الوزارة اتفاقيات تعاون مع 12 جهة حكومية"),
    _no_count("نفذت المصالح الصحية 120 عملية مراقبة للمحلات التجارية", "MA"),
    _no_count("نفذت الفرق 5 آلاف عملية توزيع للأدوية والمستلزمات", "MA"),
    _no_count("وقعت الوزارة مذكرات تفاهم مع 40 جهة من القطاعين العام والخاص", "SA"),
    _no_count("بلغ عدد سكان المنطقة 2 مليون نسمة"),
    _no_count("وأرسلت المنظمة 3 أطنان من الأدوية والمستلزمات"),
    _no_count("وتم الإعلان عن ذلك يوم 12 مايو في مؤتمر صحفي"),
    _no_count("وشهدت عملية رعاية 2025-2026 إقبالاً كبيراً", "MA"),
    _no_count("وحضر الاجتماع ممثلو تلك الوزارات والقطاعات"),
    _no_count("تعمل العيادات من الساعة 8 صباحاً حتى 4 عصراً"),
    _no_count("وأكدت المادة 12 من النظام الصحي حق المريض في المعلومة"),
    _no_count("يعاني 30% من سكان المنطقة من السمنة"),
    _no_count("يقطن المدينة 300 ألف ساكن بحسب آخر إحصاء"),
    _no_count("ويبلغ تعداد المحافظة قرابة 900 ألف نسمة"),
    _no_count("نزح أكثر من 30 ألفاً من سكان المخيم خلال الأسبوع الماضي"),
    _no_count("وصل 5 من المستشفى الميداني إلى المخيم"),
    _no_count("وقع الحادث في 12 من شهر رمضان"),
    _no_count("تسلم المركز جهازا للتنفس الاصطناعي من متبرع"),
    _no_count("يخضع المقيمون لتدريب سريري للإنعاش القلبي"),
    _no_count("ينقسم المشروع إلى قسمين رئيسيين"),
    _no_count("تمتد فترة حضانة الفيروس 14 يوماً"),
    _no_count("ونصت المادة 5 من مشروع القانون على حماية المريض"),
    _no_count("اعتمدت الدراسة على 40 مراجع علمية محكمة"),
    _no_count("يتمتع القطاع الصحي بأساس متين وكوادر مؤهلة"),
    _no_count("تسع القاعة الجديدة لاستقبال المرضى والمراجعين"),
    _no_count("وسجلت المحافظة صفر وفيات خلال الموسم"),
    _no_count("وبلغ عدد الوفيات صفر"),
    _no_count("وقالت ست البيت إن ابنها تلقى العلاج"),
]
