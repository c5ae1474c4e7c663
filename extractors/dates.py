"""Dates: the calendar days, months and years a release reports events on or runs periods over.

Arabic press dates by four month-name traditions (Mashriqi يناير، Maghrebi يوليوز/غشت، Algerian
جانفي/جوان، Levantine كانون الثاني/آب), by the Hijri calendar (converted through Umm al-Qura, the
Hijri reading kept beside the Gregorian value), by numbers in day-first order, and by years hung
on an anchor word (عام، سنة، خلال). A bare four-digit number is never a year on its own: names carry
years too (رؤية 2030، عملية رعاية 2025-2026), and so do counts and money.

Nearly every date carries a number (its day or its year), so the reader walks the digit runs and
tries its anchors (see `dates_patterns`) only around them; a month with no digit at all (أكتوبر
الماضي، فاتح نونبر) is looked for only in a release with a date of its own, the one thing that can
place it. The day before an anchor is read from a few tokens (digits, ordinal words through the
shared number reader, فاتح، آخر يوم, nth weekdays); then the reader works at document level: linked
dates become a period's ends, a date heading the release becomes its publication date, and a
yearless date takes its year from that publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

import cython

from extractors import dates_calendar as cal
from extractors import dates_patterns as pat
from extractors.article import Article
from extractors.data.months import PUBLISHED_STEM
from extractors.examples import Example
from extractors.facts import Fact
from extractors.numbers import parse_number, read_ordinal

_GREGORIAN_YEARS = range(1900, 2101)
_HIJRI_YEARS = range(cal.HIJRI_MIN_YEAR, cal.HIJRI_MAX_YEAR + 1)
_YEARS = frozenset(_GREGORIAN_YEARS) | frozenset(_HIJRI_YEARS)
_HEAD_CHARS = 400  # a dateline sits within the first few lines
_CUE_REACH = 25  # how far before a date a cue (نشر في، اعتبارا من، إلى غاية) may start
_LOOKBACK = 60  # characters read before an anchor for its day, weekday and connectors
_MAX_TOKENS = 8  # tokens read before an anchor
_YEAR_REACH = 45  # how far before a year its anchor word may start (عيد الأضحى المبارك لعام 1445)
_NUMBER_JOINERS = frozenset(pat.NUMBER_JOINERS)
_ERA_INITIALS = pat.era_initials()
_MONTH_GAP_HEADS = pat.day_to_month_heads()
_DATELINE_SEPARATORS = "-–|:،,/("
# Datelines print a plain day; a holiday or "third Tuesday" heading a text is an event in a headline.
_DATELINE_RULES = frozenset(
    {
        "date.day_month_year",
        "date.numeric_dmy",
        "date.numeric_ymd",
        "date.numeric_mdy",
        "date.hijri_day_month_year",
        "date.hijri_numeric",
    }
)
# Cues before a date (data.months lists): "نشر" anywhere, the others only at the head of the release.
_DATELINE_CUES = ("PUBLISHED_CUES", "HEAD_PUBLISHED_CUES")
_PUBLISHED_STEM = pat.norm(PUBLISHED_STEM)
_PERIOD_ROLES = {"PERIOD_OPENERS": "period_start", "PERIOD_CLOSERS": "period_end"}
_INFERRED_CONFIDENCE = 0.7
_WITH_YEAR = {"date.day_month": "date.day_month_year", "date.month": "date.month_year"}
_AMBIGUOUS_CONFIDENCE = 0.6
_SHIFTED_CALENDAR_CONFIDENCE = 0.8  # a Hijri month named by a Gregorian year (رمضان 2024)
_HIJRI_ERA = pat.words("HIJRI_ERA")
_MONTH_NAMES = pat.month_names()
# A day as `pat.plain_left` reads it, reversed, and its number.
_REVERSED_DAYS = {f"{n:d}"[::-1]: n for n in range(1, 100)} | {f"{n:02d}"[::-1]: n for n in range(10)}
_PADDED = tuple(f"{n:02d}" for n in range(100))  # a month or a day as an ISO value prints it


@dataclass(slots=True)
class _Mention:
    """A date being read; `year` stays None until a neighbour or the publication date supplies it."""

    start: int
    end: int
    rule: str
    year: int | None
    month: int | None = None
    day: int | None = None
    hijri: str | None = None
    note: str = ""
    ambiguous: bool = False
    confidence: float = 1.0
    role: str | None = None
    placed: int | None = None  # yearless and placed by the release date: -1 past, 1 next, 0 nearest
    year_offset: int | None = None  # "من العام الماضي": the release year plus this
    hijri_day: tuple[int, int] | None = None  # a yearless Hijri (month, day) waiting for its year
    numeric: tuple[int, int] | None = None  # the two leading fields of an order-ambiguous numeric date
    # A year with a counted noun after it (مارس 2024 حالة) may be that noun's count: the reading to
    # keep instead when the year is not plausible for the release (see `_settle_counted_years`).
    if_count: list[_Mention] | None = None

    @property
    def day_precise(self) -> bool:
        return self.year is not None and self.day is not None

    def value(self) -> str:
        """The ISO value. Months and days come padded from a table: a format spec costs more than the
        rest of building the fact."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{_PADDED[self.month]}"
        return f"{self.year:04d}-{_PADDED[self.month]}-{_PADDED[self.day]}"

    def set_day(self, day: date) -> None:
        self.year, self.month, self.day = day.year, day.month, day.day


@dataclass(slots=True)
class _Left:
    """What the tokens before an anchor say: where the date starts and which day it names."""

    start: int
    day: int | None = None
    first_day: tuple[int, int] | None = None  # (day, start) of "15 إلى 20 مارس"
    period: bool = False  # the two days bound a period (إلى، حتى، بين ... و), not a list (3 و5)
    weekday: int | None = None
    nth: int | None = None  # the nth weekday of the month (-1 = last)
    last_day: bool = False
    ordinal_then_weekday: bool = False  # "الثلاثاء الثالث من": the 3rd, or the third Tuesday


# --- reading around an anchor -------------------------------------------------------------------


class _Before:
    """The tokens before `hi`, nearest first: at most `_MAX_TOKENS`, within `_LOOKBACK` characters and
    never past `lo` (the end of the previous date). They are read leftwards, on the reversed window, and
    only as far as a caller asks: the day before a month is a word or two away, so reading those few is
    cheaper than tokenising the whole window for every anchor."""

    __slots__ = ("_hi", "_limit", "_pos", "_reversed", "ends", "starts", "words")

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.words: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self._hi = hi
        self._reversed = text[max(lo, hi - _LOOKBACK) : hi][::-1]
        self._pos = 0
        self._limit = _MAX_TOKENS

    def word(self, k: int) -> str:
        """The k-th token before `hi` (1 is the nearest), or "" when the window holds fewer."""
        if k <= len(self.words):
            return self.words[k - 1]
        return self.words[k - 1] if self.read(k) >= k else ""

    def phrase(self, k: int, name: str) -> bool:
        """Whether a phrase of the `data.months` list `name` ends with the k-th token before `hi`: its
        words are that token and the ones before it, blanks between them (ما بين، إلى غاية)."""
        for words in pat.phrases_leftwards(name):
            n = len(words)
            if self.read(k + n - 1) >= k + n - 1 and tuple(self.words[k - 1 : k - 1 + n]) == words:
                return True
        return False

    def read(self, k: int) -> int:
        """Read up to the k-th token; returns how many tokens there are, up to k."""
        words = self.words
        while len(words) < k and len(words) < self._limit:
            m = pat.token_reversed().match(self._reversed, self._pos)
            if m is None:
                self._limit = len(words)
                break
            start, self._pos = m.span(1)
            words.append(m[1][::-1])
            self.starts.append(self._hi - self._pos)
            self.ends.append(self._hi - start)
        return len(words)


def _ordinal(word: str) -> int | None:
    """An ordinal word; the indefinite ثانٍ/حادٍ drop their final ي in writing (ثان أربعاء)."""
    n = read_ordinal(word)
    if n is None and word.endswith("ان"):
        n = read_ordinal(word + "ي")
    return n


def _read_left(text: str, lo: int, start: int, connector: str | None) -> _Left:
    """The day words before a month anchor at `start`: digits, a range, ordinals, آخر يوم, nth weekday.
    The common shapes are read in one match (see `pat.plain_left`), the others by the token walk."""
    plain = pat.plain_left().match(text[max(lo, start - _LOOKBACK) : start][::-1])
    return _walk_left(text, lo, start, connector) if plain is None else _plain_left(plain, start)


def _walk_left(text: str, lo: int, start: int, connector: str | None) -> _Left:
    """`_read_left` token by token, nearest first."""
    before = _Before(text, lo, start)
    left = _Left(start)
    d = 0  # the tokens before the anchor read so far

    def word(k: int) -> str:
        return before.word(d + k)

    if word(1) and pat.month_word().fullmatch(word(1)):
        connector = connector or ("ب" if word(1).removeprefix("و")[:1] in ("ب", "ل") else None)
        d += 1
        left.start = before.starts[d - 1]
    if word(1) in ("من", "في"):
        connector = word(1)
        d += 1
    weekdays = pat.weekdays()
    last_before, last_after = pat.words("LAST_BEFORE"), pat.words("LAST_AFTER")
    day_words = pat.words("DAY_WORDS")
    found = False
    w1, w2 = word(1), word(2)
    glued_to_number = w2 in _NUMBER_JOINERS and before.ends[d + 1] == before.starts[d]  # 1.5، 10:30
    if w1.isdigit() and len(w1) <= 2 and not glued_to_number:
        left.day, found = int(w1), True
        d += 1
        if pat.range_link().fullmatch(w2) and word(2).isdigit() and len(word(2)) <= 2:
            left.first_day = (int(word(2)), before.starts[d + 1])
            left.period = w2 != "و" or before.phrase(d + 3, "RANGE_OPENERS")
            d += 2
    elif w1 in pat.words("FIRST_DAY_WORDS"):
        left.day, found = 1, True  # فاتح يناير، الفاتح من نوفمبر، غرة رمضان
        d += 1
    elif w1 in day_words and (w2 in last_before or _ordinal(w2)):
        left.last_day = w2 in last_before
        left.day = None if left.last_day else _ordinal(w2)
        found = True
        d += 2
    elif w1 in last_after and w2 in day_words:
        left.last_day, found = True, True
        d += 2
    elif w1 in last_after and w2 in weekdays:
        left.weekday, left.nth, found = weekdays[w2], -1, True  # الجمعة الأخيرة من مارس
        d += 2
    elif w1 in weekdays and connector:
        skip = 2 if w2 in day_words else 1
        nth = -1 if word(1 + skip) in last_before else _ordinal(word(1 + skip))
        if nth and (nth == -1 or nth <= 5):
            left.weekday, left.nth, found = weekdays[w1], nth, True
            d += 1 + skip
    elif connector == "من":
        for k in (3, 2, 1):
            if before.read(d + k) < d + k or not all(w.isalpha() for w in before.words[d : d + k]):
                continue
            n = _ordinal(" ".join(reversed(before.words[d : d + k])))
            if n and n <= 31 and word(k + 1) not in pat.words("NON_DAY_ORDINAL_HEADS"):
                left.day, found = n, True
                d += k
                break
        if found and word(1) in day_words:
            d += 1
        elif found and word(1) in weekdays:
            left.weekday, left.ordinal_then_weekday = weekdays[word(1)], True
            d += 1
    if found and left.weekday is None:
        if word(1) in pat.words("WEEKDAY_LINKS") and word(2) in weekdays:
            left.weekday = weekdays[word(2)]
            d += 2
        elif word(1) in weekdays:
            left.weekday = weekdays[word(1)]
            d += 1
        if left.weekday is not None and word(1) in day_words:
            d += 1
    if found:
        left.start = before.starts[d - 1]
    return left


def _plain_left(plain: re.Match[str], start: int) -> _Left:
    """The reading of a `pat.plain_left` match, made on the reversed window ending at `start`."""
    day = plain["day"]
    if day is None:
        return _Left(start - plain.end("month_word") if plain["month_word"] else start)
    if plain["weekday"] is None:
        return _Left(start - plain.end("day"), int(day[::-1]))
    weekday = pat.weekdays()[plain["weekday"][::-1]]
    return _Left(start - plain.end("lead"), int(day[::-1]), weekday=weekday)


@dataclass(slots=True)
class _Year:
    year: int | None
    hijri: bool
    end: int
    counted: bool = False  # a counted noun follows the year, which no era marker or year word names


def _read_year(text: str, pos: int) -> _Year:
    """The year after a month or holiday, with its era marker; `hijri` when the year is a Hijri one."""
    return _year_read(text, pat.year_tail().match(text, pos), pos)


def _year_read(text: str, m: re.Match[str] | None, pos: int) -> _Year:
    """The year of a match with the groups of `pat.year_tail` (unset when there is no year), at `pos`.
    A number no era marker or year word names a year must belong to the date's own phrase: after a
    bare من or في it must end that phrase, as after any weak anchor (مارس من 2000 مراجع is a count);
    with a counted noun after it, it may be that noun's count (سجلت في مارس 1950 حالة), which the
    release settles (`counted`)."""
    if m is None:
        return _Year(None, False, pos)
    digits, era = m["year"], m["era"]
    if digits is None:
        return _Year(None, False, pos)
    counted = False
    if not era and not m["year_word"]:
        if m["year_join"] and not pat.year_phrase_end().match(text, m.end("year")):
            return _Year(None, False, pos)
        counted = m["year_count"] is not None
    year = int(digits)
    hijri_era = bool(era) and pat.key(era) in _HIJRI_ERA
    if year in _HIJRI_YEARS and (hijri_era or not era):
        return _Year(year, True, m.end(), counted)
    if year in _GREGORIAN_YEARS and not hijri_era:
        return _Year(year, False, m.end(), counted)
    return _Year(None, False, pos)


def _place_by_release(text: str, pos: int, mention: _Mention) -> int:
    """Mark a yearless date to be placed by the release date ("مارس الماضي"، "من العام الجاري");
    returns the end of the relative words, or `pos` when there are none."""
    m = pat.relative_tail().match(text, pos)
    if m is None:
        return pos
    if m["this"] is not None or m["year_now"] or m["now"]:
        mention.year_offset = 0
    elif m["year_past"] or m["year_next"]:
        mention.year_offset = -1 if m["year_past"] else 1
    else:
        mention.placed = -1 if m["past"] else 1
    return m.end()


# --- anchors ------------------------------------------------------------------------------------


def _month(text: str, m: re.Match[str], lo: int) -> tuple[list[_Mention], int]:
    """A month name: its day before it, its year after it, a range of days, an nth weekday."""
    name = _month_name(m["month"])
    clitic = m["clitic"]
    if name.ambiguous and clitic:
        return [], m.end()
    end = m.end()
    tail = pat.month_tail().match(text, end)  # always matches: each of its parts may be empty
    if tail["pair"] is None:
        year = _year_read(text, tail, end)
    elif _month_name(tail["pair_month"]).number == name.number:
        end = tail.end("pair")
        year = _year_read(text, tail, end)
    else:
        year = _read_year(text, end)  # another month's name: the year must follow this one
    start = m.start()
    plain = pat.plain_left().match(text[max(lo, start - _LOOKBACK) : start][::-1])
    if plain is not None and year.year is not None and not (year.hijri or year.counted or name.hijri):
        return _plain_gregorian(plain, start, m.start("month"), name.number, year), year.end
    if plain is None:
        left = _walk_left(text, lo, start, "ب" if clitic.strip("و") else None)
    else:
        left = _plain_left(plain, start)
    if left.start == start:
        left.start = m.start("month")  # the span leaves a bare clitic out: ومارس → مارس
    mentions, end_read = _month_reading(text, name, left, year, m.start("month"), end)
    if year.counted and mentions:
        _if_count(
            mentions, _month_reading(text, name, left, _Year(None, False, end), m.start("month"), end)[0]
        )
    return mentions, end_read


def _plain_gregorian(
    plain: re.Match[str], anchor_start: int, month_start: int, month: int, year: _Year
) -> list[_Mention]:
    """What `_gregorian_month` reads from a plain left (see `pat.plain_left`) and a Gregorian year,
    nearly every month of the press, without the general reading's steps: a month and its year, or
    a day, its month and its year."""
    day = plain["day"]
    if day is None:
        left_start = anchor_start - plain.end("month_word") if plain["month_word"] else month_start
        return [_Mention(min(month_start, left_start), year.end, "date.month_year", year.year, month)]
    d, y = _REVERSED_DAYS.get(day) or int(day[::-1]), year.year or 0
    if not (1 <= d <= 28 or cal.valid_day(y, month, d)):  # every month has 28 days
        return []
    left_start = anchor_start - plain.end("day" if plain["weekday"] is None else "lead")
    return [_Mention(min(month_start, left_start), year.end, "date.day_month_year", y, month, d)]


def _month_reading(
    text: str, name: pat.MonthName, left: _Left, year: _Year, start: int, end: int
) -> tuple[list[_Mention], int]:
    if name.hijri:
        return _hijri_month(text, name, left, year, start, end)
    return _gregorian_month(text, name.number, name.ambiguous, left, year, start, end)


def _if_count(mentions: list[_Mention], instead: list[_Mention]) -> None:
    """Mark dates whose year may be the count of the noun after it, with the reading without it."""
    for mention in mentions:
        mention.if_count = instead


def _month_name(matched: str) -> pat.MonthName:
    """The month a matched name stands for; a two-word name may be matched across any blanks."""
    return _MONTH_NAMES.get(matched) or _MONTH_NAMES[pat.key(matched)]


def _month_number(text: str, m: re.Match[str], lo: int) -> tuple[list[_Mention], int]:
    """A month by its number: "شهر عشرة"، "بشهر 10"، "الشهر التاسع" — only with a year after it."""
    raw = m["month_number"]
    number = int(raw) if raw.isdigit() else (parse_number(raw) or _ordinal(raw))
    year = _read_year(text, m.end())
    if not isinstance(number, int) or not 1 <= number <= 12 or year.year is None or year.hijri:
        return [], m.end()
    connector = "ب" if m["clitic"].strip("و") else None
    start = m.start("month_word")
    left = _read_left(text, lo, m.start(), connector)
    left.start = min(left.start, start)
    mentions, end = _gregorian_month(text, number, False, left, year, start, m.end(), "date.month_number")
    if year.counted:
        _if_count(mentions, [])
    return mentions, end


def _gregorian_month(
    text: str,
    month: int,
    ambiguous: bool,
    left: _Left,
    year: _Year,
    start: int,
    end: int,
    month_rule: str = "date.month_year",
) -> tuple[list[_Mention], int]:
    """A Gregorian month with what surrounds it: a day, a range of days, an nth weekday, a last day,
    or no year at all (kept for a linked date or the release date to place)."""
    if year.hijri:
        year = _Year(None, False, end)
    y = year.year
    named_month = left.start < start  # "شهر مارس": the month word or a day comes before the name
    start = min(start, left.start)
    end = max(end, year.end)
    if y is None:
        if ambiguous or pat.every_year_tail().match(text, end) or left.nth or left.last_day:
            return [], end
        rule = "date.day_month" if left.day else "date.month"
        mention = _Mention(start, end, rule, None, month, left.day, confidence=_INFERRED_CONFIDENCE)
        mention.end = end = _place_by_release(text, end, mention)
        if mention.year_offset is None and mention.placed is None and named_month:
            mention.placed = 0  # "15 مارس"، "شهر مارس": the occurrence nearest the release date
        return _with_first_day(mention, left), end
    if left.nth is not None and left.weekday is not None:
        found = cal.nth_weekday(y, month, left.weekday, left.nth)
        if found is None:
            return [], end
        mention = _Mention(start, end, "date.nth_weekday", y)
        mention.set_day(found)
        return [mention], end
    if left.last_day:
        mention = _Mention(start, end, "date.last_day", y)
        mention.set_day(cal.last_day(y, month))
        return [mention], end
    if left.day is None:
        return [_Mention(start, end, month_rule, y, month)], end
    if not cal.valid_day(y, month, left.day):
        return [], end
    mention = _Mention(start, end, "date.day_month_year", y, month, left.day)
    if left.ordinal_then_weekday and date(y, month, left.day).weekday() != left.weekday:
        found = cal.nth_weekday(y, month, left.weekday or 0, left.day) if left.day <= 5 else None
        if found is None:
            return [], end
        mention.rule = "date.nth_weekday"
        mention.set_day(found)
        return [mention], end
    return _with_first_day(mention, left), end


def _with_first_day(mention: _Mention, left: _Left) -> list[_Mention]:
    """A day range (من 15 إلى 20 مارس): the first day shares the month and year of the second."""
    if left.first_day is None:
        return [mention]
    day, start = left.first_day
    if mention.year is not None and not cal.valid_day(mention.year, mention.month or 1, day):
        return [mention]
    first = replace(mention, start=start, day=day)
    if left.period:
        first.role, mention.role = "period_start", "period_end"
    return [first, mention]


def _hijri_month(
    text: str, name: pat.MonthName, left: _Left, year: _Year, start: int, end: int
) -> tuple[list[_Mention], int]:
    """A Hijri month: converted through Umm al-Qura; with a Gregorian year, its occurrence that year."""
    month = name.number
    start, end = min(start, left.start), max(end, year.end)
    y = year.year
    if y is None:
        if name.ambiguous or left.day is None or left.first_day or pat.every_year_tail().match(text, end):
            return [], end
        mention = _Mention(start, end, "date.hijri_day_month", None, confidence=_INFERRED_CONFIDENCE)
        mention.hijri_day, mention.placed = (month, left.day), 0
        return [mention], end
    if not year.hijri:
        return _hijri_in_gregorian_year(name, left, y, start, end)
    day = left.day
    if left.last_day:
        day = cal.hijri_month_length(y, month)
    if day is None:
        first = cal.hijri_to_gregorian(y, month, 1)
        if first is None:
            return [], end
        mention = _Mention(
            start, end, "date.hijri_month_year", first.year, first.month, hijri=f"{y}-{month:02d}"
        )
        mention.note = f"Hijri month {y}-{month:02d} begins {first.isoformat()} (Umm al-Qura)"
        return [mention], end
    found = cal.hijri_to_gregorian(y, month, day)
    if found is None:
        return [], end
    rule = "date.last_day" if left.last_day else "date.hijri_day_month_year"
    mention = _Mention(start, end, rule, None, hijri=f"{y}-{month:02d}-{day:02d}")
    mention.set_day(found)
    mention.note = f"Hijri {y}-{month:02d}-{day:02d} = {found.isoformat()} (Umm al-Qura)"
    out = [mention]
    if left.first_day:
        first_day, first_start = left.first_day
        first_found = cal.hijri_to_gregorian(y, month, first_day)
        if first_found:
            first = replace(mention, start=first_start, hijri=f"{y}-{month:02d}-{first_day:02d}")
            first.set_day(first_found)
            first.note = f"Hijri {first.hijri} = {first_found.isoformat()} (Umm al-Qura)"
            if left.period:
                first.role, mention.role = "period_start", "period_end"
            out.insert(0, first)
    return out, end


def _hijri_in_gregorian_year(
    name: pat.MonthName, left: _Left, year: int, start: int, end: int
) -> tuple[list[_Mention], int]:
    """A Hijri month named by a Gregorian year (رمضان 2024): its occurrence in that year."""
    if name.ambiguous:
        return [], end
    first = cal.hijri_in_gregorian_year(year, name.number, left.day or 1)
    hijri_year = cal.hijri_year_of(first) if first else None
    if first is None or hijri_year is None:
        return [], end
    if left.day:
        mention = _Mention(
            start,
            end,
            "date.hijri_day_month_year",
            None,
            hijri=f"{hijri_year}-{name.number:02d}-{left.day:02d}",
        )
        mention.set_day(first)
    else:
        mention = _Mention(
            start,
            end,
            "date.hijri_month_year",
            first.year,
            first.month,
            hijri=f"{hijri_year}-{name.number:02d}",
        )
    mention.note = (
        f"Hijri month {hijri_year}-{name.number:02d} as it falls in {year}, from {first.isoformat()}"
    )
    mention.confidence = _SHIFTED_CALENDAR_CONFIDENCE
    return [mention], end


def _numeric(text: str, m: re.Match[str], lo: int) -> tuple[list[_Mention], int]:
    """03/01/2022 (day first), 2022/01/03 and 2022-01-03 (year first), 10/09/1445 هـ (Hijri)."""
    # The words before: none that matters (see `pat.plain_before_numeric`), or read once for the
    # reference word and the weekday.
    before = None if _plain_before_numeric(text, lo, m.start()) else _Before(text, lo, m.start())
    if before is not None and _after_reference(before):
        return [], m.end()
    n1, n2, n3 = m["n1"], m["n2"], m["n3"]
    end = m.end()
    era_m = pat.era_after(text, end)
    era = pat.key(era_m["era"]) if era_m else ""
    if era_m:
        end = era_m.end()
    if len(n1) == 4 and len(n3) <= 2:
        y, mo, d, first_two = int(n1), int(n2), int(n3), None
    elif len(n3) == 4 and len(n1) <= 2:
        a, b, y = int(n1), int(n2), int(n3)
        first_two = (a, b)
        d, mo = (b, a) if b > 12 >= a else (a, b)
    else:
        return [], end
    hijri = era in _HIJRI_ERA or (y in _HIJRI_YEARS and not era)
    start = m.start() if before is None else _weekday_start(before, m.start())
    if hijri:
        found = cal.hijri_to_gregorian(y, mo, d) if y in _HIJRI_YEARS else None
        if found is None:
            return [], end
        mention = _Mention(start, end, "date.hijri_numeric", None, hijri=f"{y}-{mo:02d}-{d:02d}")
        mention.set_day(found)
        mention.note = f"Hijri {mention.hijri} = {found.isoformat()} (Umm al-Qura)"
        return [mention], end
    if y not in _GREGORIAN_YEARS or not cal.valid_day(y, mo, d):
        return [], end
    rule = "date.numeric_ymd" if first_two is None else "date.numeric_dmy"
    mention = _Mention(start, end, rule, y, mo, d)
    if first_two is not None:
        a, b = first_two
        if b > 12 >= a:
            mention.rule = "date.numeric_mdy"
            mention.note = f"{m.group()} read month first: its second field cannot be a month"
        elif a <= 12 and b <= 12 and a != b:
            mention.numeric = first_two
    return [mention], end


def _numeric_month_year(text: str, m: re.Match[str], lo: int) -> tuple[list[_Mention], int]:
    """A month and its year in digits (2/2013), unless it is a reference number (القرار رقم 2/2013)."""
    month, year = int(m["my_month"]), int(m["my_year"])
    if not _plain_before_numeric(text, lo, m.start()) and _after_reference(_Before(text, lo, m.start())):
        return [], m.end()
    if not 1 <= month <= 12 or year not in _GREGORIAN_YEARS:
        return [], m.end()
    return [_Mention(m.start(), m.end(), "date.numeric_month_year", year, month)], m.end()


def _holiday(text: str, m: re.Match[str], lo: int) -> tuple[list[_Mention], int]:
    """A holiday with its year (عيد الأضحى 2013، عيد الفطر المبارك 1445 هـ), and nth weekdays after it."""
    rule = pat.holidays()[pat.key(m["holiday"])]
    end = m.end()
    while epithet := pat.epithet_tail().match(text, end):
        end = epithet.end()
    year = _read_year(text, end)
    if year.year is None:
        return [], m.end()
    found = cal.holiday_date(rule, year.year, hijri_year=year.hijri)
    if found is None:
        return [], year.end
    mention = _Mention(m.start("holiday"), year.end, "date.holiday", None)
    mention.set_day(found)
    if rule[0] == "hijri":
        hijri_year = year.year if year.hijri else cal.hijri_year_of(found)
        if hijri_year is None:
            return [], year.end
        mention.hijri = f"{hijri_year}-{rule[1]:02d}-{rule[2]:02d}"
        mention.note = f"{pat.key(m['holiday'])} = Hijri {mention.hijri} = {found.isoformat()} (Umm al-Qura)"
    _nth_weekday_after(text, lo, mention, found)
    if year.counted:
        _if_count([mention], [])
    return [mention], year.end


def _nth_weekday_after(text: str, lo: int, mention: _Mention, anchor_day: date) -> None:
    """An nth weekday after a day (ثالث ثلاثاء بعد كريسماس 2014): move the date past its anchor day."""
    before = _Before(text, lo, mention.start)
    if before.word(1) != "بعد" or before.word(2) not in pat.weekdays() or not before.word(3):
        return
    k = 4 if before.word(3) in pat.words("DAY_WORDS") else 3
    nth = _ordinal(before.word(k)) if before.word(k) else None
    if not nth or nth > 5:
        return
    mention.set_day(cal.nth_weekday_after(anchor_day, pat.weekdays()[before.word(2)], nth))
    mention.start, mention.rule, mention.hijri = before.starts[k - 1], "date.nth_weekday_after", None


def _year_word(text: str, m: re.Match[str], lo: int) -> tuple[list[_Mention], int]:
    """A year named as one: عام 2025، لعام 2023م، عام 1430 هـ، عامي 2020 و2023. Where عام may be the
    adjective "general" (مستشفى عام 2000 سرير) the number must end its phrase, as after a weak anchor."""
    general = not m["clitic"] and _may_be_general(text, lo, m.start(), m["year_word"])
    if general and not pat.year_phrase_end().match(text, m.end()):
        return [], m.end()
    start = m.start() + (m["clitic"] == "و")  # the span leaves the conjunction out: وعام → عام
    return _year(text, start, m.end(), int(m["year"]), strong=True)


def _may_be_general(text: str, lo: int, start: int, year_word: str) -> bool:
    """Whether عام agrees with the noun before it as its adjective: عام after a head it qualifies
    (مستشفى عام، طبيب عام), العام after a definite masculine word (المستشفى العام، القطاع العام) or
    after a head and its name (مستشفى أسيوط العام). A preposition or a feminine noun before it
    (في العام، نهاية العام) leaves عام the noun "year"."""
    if year_word not in ("عام", "العام"):
        return False
    before = _Before(text, lo, start)
    prev = before.word(1)
    if not prev or not text[before.ends[0] : start].isspace():
        return False
    if year_word == "عام":
        return prev in pat.general_heads(definite=False)
    if prev in pat.words("FUNCTION_WORDS") or prev in pat.words("YEAR_PREPOSITIONS"):
        return False
    heads = pat.general_heads(definite=False) | pat.general_heads(definite=True)
    head_and_name = before.word(2) in heads and text[before.ends[1] : before.starts[0]].isspace()
    return head_and_name or pat.definite_masculine().fullmatch(prev) is not None


def _prep_year(text: str, m: re.Match[str], lo: int) -> tuple[list[_Mention], int]:
    """A year after a preposition, ending its phrase (في 2019،) or opening a range (من 2020 إلى 2023)."""
    opener = pat.key(m["prep"]) in pat.words("YEAR_RANGE_OPENERS")
    if opener and not pat.year_range_tail().match(text, m.end()):
        return [], m.end()
    if not opener and not pat.year_phrase_end().match(text, m.end()):
        return [], m.end()
    return _year(text, m.start("prep_year"), m.end(), int(m["prep_year"]), strong=False)


def _era_year(text: str, m: re.Match[str], lo: int) -> tuple[list[_Mention], int]:
    """A year marked by its era (2021م، 1445هـ), unless a name or a measure comes before it."""
    before = _Before(text, lo, m.start())
    before.read(3)
    if not (pat.words("YEAR_NAME_HEADS") | pat.words("MEASURE_WORDS")).isdisjoint(before.words):
        return [], m.end()
    return _year(text, m.start(), m.start("era"), int(m["era_year"]), strong=True)


def _year(text: str, start: int, end: int, y: int, *, strong: bool) -> tuple[list[_Mention], int]:
    era_m = pat.era_after(text, end)
    era = pat.key(era_m["era"]) if era_m else ""
    hijri = era in _HIJRI_ERA or (strong and not era and y in _HIJRI_YEARS)
    if era_m:
        end = era_m.end()
    first = _year_mention(start, end, y, hijri)
    if first is None:
        return [], end
    second_m = pat.year_range_tail().match(text, end)
    if second_m is None:
        return [first], end
    end2 = second_m.end()
    era2 = pat.era_after(text, end2)
    if era2:
        end2 = era2.end()
    second = _year_mention(second_m.start("year"), end2, int(second_m["year"]), hijri)
    if second is None or second.value() <= first.value():
        return [first], end
    if pat.key(second_m["link"]) != "و" or _opened_range(text, start):
        first.role, second.role = "period_start", "period_end"
    return [first, second], end2


def _opened_range(text: str, start: int) -> bool:
    """Whether بين (or ما بين) opens a range at `start`, right before it or a word before it (بين يوم
    3 مارس و5 أبريل): "و" then joins a period's ends (بين 2020 و2023)."""
    before = _Before(text, 0, start)
    return before.phrase(1, "RANGE_OPENERS") or before.phrase(2, "RANGE_OPENERS")


def _year_mention(start: int, end: int, y: int, hijri: bool) -> _Mention | None:
    if hijri:
        first_day = cal.hijri_to_gregorian(y, 1, 1)
        if first_day is None:
            return None
        mention = _Mention(start, end, "date.hijri_year", first_day.year, hijri=str(y))
        mention.note = f"Hijri year {y} begins {first_day.isoformat()}; it runs into {first_day.year + 1}"
        return mention
    if y not in _GREGORIAN_YEARS:
        return None
    return _Mention(start, end, "date.year_anchor", y)


def _plain_before_numeric(text: str, lo: int, start: int) -> bool:
    """Whether the words before a numeric date at `start` neither make it a reference nor extend it."""
    return pat.plain_before_numeric().match(text[max(lo, start - _LOOKBACK) : start][::-1]) is not None


def _after_reference(before: _Before) -> bool:
    """A reference number (رقم 2/2013، القرار رقم: 15/2023): the word right before, past a colon."""
    for k in range(1, _MAX_TOKENS + 1):
        word = before.word(k)
        if not word or word.isalnum():
            return word in pat.words("REFERENCE_WORDS")
    return False


def _weekday_start(before: _Before, start: int) -> int:
    """A numeric date's span reaches back over "الأحد" / "يوم الأحد الموافق" before it."""
    d = 1 if before.word(1) in pat.words("WEEKDAY_LINKS") else 0
    if before.word(d + 1) in pat.weekdays():
        d += 2 if before.word(d + 2) in pat.words("DAY_WORDS") else 1
        return before.starts[d - 1]
    return start


# The handler of each anchor, by the last group its match sets (`re.Match.lastgroup`).
_HANDLERS = {
    "month": _month,
    "month_number": _month_number,
    "n3": _numeric,
    "my_year": _numeric_month_year,
    "holiday": _holiday,
    "year": _year_word,
    "prep_year": _prep_year,
    "era": _era_year,
}


@cython.cfunc
def _take(text: str, m: re.Match[str] | None, consumed: cython.Py_ssize_t, found: list) -> cython.Py_ssize_t:
    """Read the anchor `m` unless a date already read covers its start; returns the new end of the
    dates read."""
    if m is None or m.start() < consumed:
        return consumed
    mentions, end = _HANDLERS[m.lastgroup](text, m, consumed)
    if mentions:
        found.extend(mentions)
        return end
    return consumed


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(n=cython.Py_ssize_t)
def _era_hint(text: str, i: cython.Py_ssize_t) -> cython.bint:
    """Whether an era marker may follow a year ending at `i`: blanks, then an era's first letter."""
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    return i < n and text[i] in _ERA_INITIALS


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(n=cython.Py_ssize_t, first=cython.Py_UCS4, second=cython.Py_UCS4)
def _may_name_month(text: str, i: cython.Py_ssize_t) -> cython.bint:
    """Whether a month name may follow a run ending at `i` (see `pat.day_to_month_heads`): false for
    most numbers, which then spare the match of `pat.day_to_month`."""
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    if i + 1 >= n:
        return False
    first, second = text[i], text[i + 1]
    if (first == "-" or first == "–" or first == "و") and (second.isspace() or second.isdecimal()):
        return True  # a second day: 15-20 مارس، 3 و5 ديسمبر
    return text[i : i + 2] in _MONTH_GAP_HEADS


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(n=cython.Py_ssize_t, k=cython.Py_ssize_t, sep=cython.Py_UCS4)
def _opens_numeric(text: str, i: cython.Py_ssize_t) -> cython.bint:
    """Whether what follows a run ending at `i` has the shape `pat.digit_anchor` needs: a separator, a
    day or month, the same separator and a digit (03/01/2022), or a slash and a year (2/2013)."""
    n = len(text)
    if i >= n:
        return False
    sep = text[i]
    if sep != "/" and sep != "." and sep != "-":
        return False
    k = i + 1
    while k < n and k < i + 3 and text[k].isdecimal():
        k += 1
    if k > i + 1 and k + 1 < n and text[k] == sep and text[k + 1].isdecimal():
        return True
    return (
        sep == "/"
        and i + 4 < n
        and text[i + 1].isdecimal()
        and text[i + 2].isdecimal()
        and text[i + 3].isdecimal()
        and text[i + 4].isdecimal()
    )


@cython.cfunc
@cython.locals(k=cython.Py_ssize_t, start=cython.Py_ssize_t, ch=cython.Py_UCS4)
def _digit_runs(text: str) -> list[int]:
    """The maximal runs of ASCII digits of `text`, their starts and ends in turn: one pass over the
    characters, which compiled reads them in place."""
    runs: list[int] = []
    start = -1
    k = 0
    for ch in text:
        if "0" <= ch <= "9":
            if start < 0:
                start = k
        elif start >= 0:
            runs.append(start)
            runs.append(k)
            start = -1
        k += 1
    if start >= 0:
        runs.append(start)
        runs.append(k)
    return runs


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(
    n=cython.Py_ssize_t,
    start=cython.Py_ssize_t,
    end=cython.Py_ssize_t,
    lo=cython.Py_ssize_t,
    consumed=cython.Py_ssize_t,
    scanned=cython.Py_ssize_t,
    year=cython.Py_ssize_t,
    numeric=cython.bint,
    r=cython.Py_ssize_t,
)
def _scan(text: str) -> list[_Mention]:
    """Every date with a digit: the scan walks the digit runs a date can hang from (see
    `pat.date_digits`) and tries the anchors only around them: over the words before a year (at word
    starts only), at the month after a day number, and at a run that opens a numeric date or may carry
    an era marker. The runs are found by a loop over the characters, which compiled costs a tenth of
    the search by `pat.date_digits`; the runs and the groups it would set are the same."""
    found: list[_Mention] = []
    consumed = scanned = 0
    anchor, word_anchor, digit_anchor = pat.anchor(), pat.word_anchor(), pat.digit_anchor()
    day_to_month = pat.day_to_month()
    n = len(text)
    runs = _digit_runs(text)
    for r in range(0, len(runs), 2):
        start, end = runs[r], runs[r + 1]
        # A run inside a date read (its year, the fields of a numeric date) is skipped, and so is a
        # long number (a phone, an amount).
        if start < consumed or end - start > 4:
            continue
        gap = None
        if end - start < 4:
            gap = day_to_month.match(text, end) if _may_name_month(text, end) else None
            if gap is None and not _opens_numeric(text, end):
                continue  # a count, an amount: no month after it and no numeric date
        # Only a run with the shape of a numeric date after it can open one (not 2024-2025، 2024.): a
        # short run without a month after it has that shape already.
        numeric = end < n and text[end] in "/.-"
        numeric = numeric and ((gap is None and end - start < 4) or _opens_numeric(text, end))
        if numeric:
            consumed = _take(text, digit_anchor.match(text, start), consumed, found)  # 03/01/2022، 2/2013
            if start < consumed:
                continue
        if end - start == 4:
            year = (
                (ord(text[start]) - 48) * 1000
                + (ord(text[start + 1]) - 48) * 100
                + (ord(text[start + 2]) - 48) * 10
                + (ord(text[end - 1]) - 48)
            )
            if year in _YEARS:  # a count (3000 حالة) lends no month a year
                lo = max(consumed, scanned, start - _YEAR_REACH) - 1  # the blank before a word anchor
                if lo < 0:
                    consumed = _take(text, anchor.match(text, 0), consumed, found)  # no blank before it
                for hit in word_anchor.finditer(text, max(lo, 0) + 1, end):
                    # A year ending the searched stretch was read as if the text ended there.
                    consumed = _take(
                        text, anchor.match(text, hit.start()) if hit.end() == end else hit, consumed, found
                    )
                    if consumed >= end:
                        break  # a date read through the year: no later hit can be taken
                scanned = end
            if start >= consumed and (numeric or _era_hint(text, end)):
                consumed = _take(text, digit_anchor.match(text, start), consumed, found)  # 2024م، 1445هـ
        elif gap is not None:
            consumed = _take(text, anchor.match(text, gap.end()), consumed, found)
    return found


def _with_digitless_months(text: str, found: list[_Mention]) -> list[_Mention]:
    """Add the month names the digit scan never reached: dates with no digit of their own (أكتوبر
    الماضي، فاتح نونبر، غرة رمضان). Only a release date can place them, so the caller looks for
    them only when the release has one; each is read exactly as the digit scan reads a month."""
    anchor = pat.anchor()
    added: list[_Mention] = []
    k, lo = 0, 0
    for hit in pat.spaced_month().finditer(pat.spaced(text)):
        while k < len(found) and found[k].start < hit.end():  # a date read from this month or before it
            lo = max(lo, found[k].end)
            k += 1
        if hit.end() <= lo:
            continue
        m = anchor.match(text, hit.start() + 1)
        if m is None or m["month"] is None:
            continue
        mentions, end = _month(text, m, lo)
        if mentions:
            added.extend(mentions)
            lo = max(lo, end)
    if not added:
        return found
    return sorted(found + added, key=lambda m: m.start)


# --- document level -----------------------------------------------------------------------------


def _link_periods(text: str, mentions: list[_Mention]) -> None:
    """Two dates joined by إلى/حتى/لغاية (or و after بين) are a period; the first borrows the year."""
    range_link = pat.range_link()
    for a, b in pairwise(mentions):
        if b.year is None:
            continue
        link = range_link.fullmatch(text, a.end, b.start)
        if link is None:
            continue
        year = b.year - (1 if b.month and a.month and a.month > b.month else 0)
        borrowable = a.day is None or cal.valid_day(year, a.month or 1, a.day)
        if a.year is None and a.hijri_day is None and a.month is not None and borrowable:
            a.year = year
            a.placed = a.year_offset = None
            a.rule = _WITH_YEAR.get(a.rule, a.rule)
        if pat.key(link["link"]) != "و" or _opened_range(text, a.start):
            a.role = a.role or "period_start"
            b.role = b.role or "period_end"


def _align_equivalents(text: str, mentions: list[_Mention]) -> list[tuple[_Mention, _Mention]]:
    """A Hijri date printed with its Gregorian equivalent takes that day when the two differ by a day or
    two: the release dates by sighting, Umm al-Qura by calculation, and the text's own pairing wins.
    Returns the pairs, which share one role."""
    if all(m.hijri is None for m in mentions):
        return []  # no Hijri date, no pair
    twins = []
    for a, b in pairwise(mentions):
        if not (a.day_precise and b.day_precise) or (a.hijri is None) == (b.hijri is None):
            continue
        if pat.equivalence().fullmatch(text, a.end, b.start) is None:
            continue
        twins.append((a, b))
        hijri, greg = (a, b) if a.hijri else (b, a)
        h_day, g_day = date(hijri.year, hijri.month, hijri.day), date(greg.year, greg.month, greg.day)
        if 0 < abs((h_day - g_day).days) <= 2:
            hijri.note += f"; the text pairs it with {g_day.isoformat()}, which is kept"
            hijri.set_day(g_day)
    return twins


def _is_dateline(text: str, mention: _Mention, placed: dict[tuple[int, int], bool]) -> bool:
    """The release's own date: after "نشر"، before "آخر تحديث"، or alone at the head of a short line.
    The release asks twice, before and after periods are linked (a date may gain its year or a role in
    between); `placed` keeps what the text around each span says, which does not change."""
    if mention.role or mention.rule not in _DATELINE_RULES or not mention.day_precise:
        return False
    span = (mention.start, mention.end)
    if span not in placed:
        placed[span] = _dateline_place(text, *span)
    return placed[span]


def _dateline_candidates(mentions: list[_Mention], cued: bool) -> list[_Mention]:
    """The dates that may be the release's own, in order: past the head only a published cue makes a
    dateline (see `_dateline_place`), so in a release with no "نشر" at all only the head's dates may."""
    return mentions if cued else [m for m in mentions if m.start <= _HEAD_CHARS]


def _dateline_place(text: str, start: int, end: int) -> bool:
    """Whether the text around a date's span makes it a dateline (see `_is_dateline`)."""
    if start > _HEAD_CHARS and _PUBLISHED_STEM not in text[max(0, start - _CUE_REACH) : start]:
        return False  # past the head only a published cue makes a dateline
    line_start = text.rfind("\n", 0, start) + 1
    cue = pat.ending_phrase(text[max(line_start, start - _CUE_REACH) : start], *_DATELINE_CUES)
    if cue == "PUBLISHED_CUES":
        return True
    if start > _HEAD_CHARS:
        return False
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    if cue == "HEAD_PUBLISHED_CUES" or pat.phrase_start("PUBLISHED_AFTER").match(text, end, line_end):
        return True
    # A head date usually opens or sits inside a paragraph's line: its length settles it before the
    # words around it are split and stripped.
    before = text[line_start:start]
    if len(before) > 40:
        return False
    words, rest = before.split(), text[end:line_end].strip()
    if len(words) > 4:
        return False
    if not words or _separator(before.rstrip()[-1:]):
        return len(rest) <= 60 or _separator(rest[:1])  # "12 مارس 2024" alone, "الرياض - 12 مارس 2024"
    if words[-1] == "في":
        words = words[:-1]  # "القاهرة في 12 مارس 2024 -"
    place = len(words) == 1 or pat.key(before) in pat.places()
    ends_body = not rest or _separator(rest[:1]) or pat.phrase_start("EQUIVALENCE_WORDS").match(rest)
    return place and len(words) <= 2 and bool(ends_body)  # "الرياض 12 مارس 2024 (واس) -"


def _separator(char: str) -> bool:
    return bool(char) and char in _DATELINE_SEPARATORS


def _settle_counted_years(mentions: list[_Mention], published: date | None) -> list[_Mention]:
    """A year with a counted noun after it (في مارس 2024 حالة) is kept only where it is plausible:
    within a year of the release date or of another date of the release. Elsewhere the number is
    the noun's count (سجلت في مارس 1950 حالة in a release of 2024) and the date is read without it."""
    if all(m.if_count is None for m in mentions):
        return mentions
    years = {m.year for m in mentions if m.if_count is None and m.year is not None}
    if published is not None:
        years.add(published.year)
    kept: list[_Mention] = []
    replaced: list[list[_Mention]] = []
    for m in mentions:
        if m.if_count is None or m.year is None or any(abs(m.year - y) <= 1 for y in years):
            kept.append(m)
        elif not any(m.if_count is instead for instead in replaced):  # a day range shares one reading
            replaced.append(m.if_count)
            kept.extend(m.if_count)
    return kept


def _place_yearless(mentions: list[_Mention], published: date | None) -> list[_Mention]:
    """Give yearless dates the year that puts them nearest the release date (or before/after it)."""
    if all(m.year is not None for m in mentions):
        return mentions  # nearly every release: nothing to place or drop
    kept = []
    for m in mentions:
        if m.year is not None:
            kept.append(m)
            continue
        if published is None or (m.placed is None and m.year_offset is None):
            continue
        if m.hijri_day is not None:
            found = _place_hijri(m.hijri_day, published)
            if found is None:
                continue
            m.set_day(found[0])
            m.hijri = found[1]
            m.note = f"Hijri {found[1]} = {found[0].isoformat()} (Umm al-Qura); year from the release date"
        else:
            m.year = _place_year(m, published)
            if m.year is None or (m.day is not None and not cal.valid_day(m.year, m.month or 1, m.day)):
                continue
            m.note = f"year {m.year} inferred from the release date {published.isoformat()}"
        kept.append(m)
    return kept


def _place_year(m: _Mention, published: date) -> int | None:
    """The year putting a yearless date nearest the release date, or nearest before it (الماضي) or
    after it (المقبل); None when the day exists in none of the candidate years (30 فبراير)."""
    if m.year_offset is not None:
        return published.year + m.year_offset
    month, day = m.month or 1, m.day or 1
    years = [
        y for y in (published.year - 1, published.year, published.year + 1) if cal.valid_day(y, month, day)
    ]

    def gap(y: int) -> int:
        if m.day:
            return (date(y, month, day) - published).days
        return (y - published.year) * 12 + month - published.month

    if m.placed:  # strictly before or after: يناير الماضي in a January release is last year's
        years = [y for y in years if gap(y) * m.placed > 0]
    return min(years, key=lambda y: abs(gap(y)), default=None)


def _place_hijri(month_day: tuple[int, int], published: date) -> tuple[date, str] | None:
    month, day = month_day
    hijri_year = cal.hijri_year_of(published)
    if hijri_year is None:
        return None
    options = []
    for y in (hijri_year - 1, hijri_year, hijri_year + 1):
        found = cal.hijri_to_gregorian(y, month, day)
        if found:
            options.append((abs((found - published).days), found, f"{y}-{month:02d}-{day:02d}"))
    if not options:
        return None
    _, found, hijri = min(options)
    return found, hijri


def _settle_numeric_order(mentions: list[_Mention]) -> None:
    """Day-first is the Arab convention; a date in the same release whose first field exceeds 12 proves
    it, one whose second field does proves month-first. Without proof the reading stays ambiguous."""
    if all(m.numeric is None for m in mentions):
        return
    day_first = any(m.rule == "date.numeric_dmy" and m.numeric is None for m in mentions)
    month_first = any(m.rule == "date.numeric_mdy" for m in mentions)
    for m in mentions:
        if m.numeric is None:
            continue
        a, b = m.numeric
        if month_first and not day_first:
            m.month, m.day, m.rule = a, b, "date.numeric_mdy"
            m.note = "read month first, like the release's other numeric dates"
        elif not day_first:
            m.ambiguous, m.confidence = True, _AMBIGUOUS_CONFIDENCE
            m.note = f"read day first ({m.value()}); month first would give {m.year:04d}-{a:02d}-{b:02d}"


def _assign_roles(text: str, mentions: list[_Mention]) -> None:
    """A date's role from the phrase before it (see `pat.ending_phrase`), matched straight on the
    reversed piece: for one date after another, that costs less than `ending_phrase`'s test of the
    last word before it."""
    ending = pat.phrase_end(*_PERIOD_ROLES).match
    for m in mentions:
        if m.role:
            continue
        start = m.start
        cue = ending(text[max(0, start - _CUE_REACH) : start][::-1])
        m.role = "event" if cue is None else _PERIOD_ROLES[cue.lastgroup]


def extract(article: Article) -> list[Fact]:
    text = article.text
    mentions = _scan(text)
    if not mentions:
        return []
    placed: dict[tuple[int, int], bool] = {}
    cued = _PUBLISHED_STEM in text
    if any(_is_dateline(text, m, placed) for m in _dateline_candidates(mentions, cued)):
        mentions = _with_digitless_months(text, mentions)
    _link_periods(text, mentions)
    twins = _align_equivalents(text, mentions)
    published = next((m for m in _dateline_candidates(mentions, cued) if _is_dateline(text, m, placed)), None)
    if published is not None:
        published.role = "published"
    release_day = date(published.year, published.month, published.day) if published else None
    mentions = _settle_counted_years(mentions, release_day)
    mentions = _place_yearless(mentions, release_day)
    _settle_numeric_order(mentions)
    _assign_roles(text, mentions)
    for a, b in twins:
        a.role = b.role = a.role if a.role != "event" else b.role
    facts = []
    for m in mentions:
        attrs = {"value": m.value(), "role": m.role}
        if m.hijri:
            attrs["hijri"] = m.hijri
        facts.append(
            article.fact(
                "date",
                m.start,
                m.end,
                m.rule,
                attrs,
                note=m.note,
                ambiguous=m.ambiguous,
                confidence=m.confidence,
            )
        )
    return facts


def _ex(text: str, country: str | None = None, **expect: str) -> Example:
    return Example("date", text, expect or None, country)


# Positives (text -> attributes of one date read from it) and negatives (no date may come out), in
# the press Arabic of every region: Saudi/Gulf, Egyptian, Levantine/Iraqi, Maghrebi.
EXAMPLES: list[Example] = [
    # Datelines: the release's own date.
    _ex(
        "الرياض - 12 مارس 2024: أعلنت وزارة الصحة عن تشغيل مستشفى جديد",
        "SA",
        value="2024-03-12",
        role="published",
    ),
    _ex("هسبريس12 يناير 2025آخر تحديث : منذ ساعتين", "MA", value="2025-01-12", role="published"),
    _ex(
        "الكويت، 14 فبراير 2024 - أعلنت وزارة الصحة عن افتتاح مركز",
        "KW",
        value="2024-02-14",
        role="published",
    ),
    _ex(
        "الدوحة - 3 أكتوبر 2023: افتتحت مؤسسة حمد الطبية عيادة جديدة",
        "QA",
        value="2023-10-03",
        role="published",
    ),
    _ex("مسقط في 20 يونيو 2024 - دشنت وزارة الصحة حملة التحصين", "OM", value="2024-06-20", role="published"),
    _ex("أبوظبي في 5 نوفمبر 2023 (وام) - أعلنت دائرة الصحة", "AE", value="2023-11-05", role="published"),
    _ex("القاهرة في 3 يونيه 2024 - افتتح وزير الصحة مستشفى", "EG", value="2024-06-03", role="published"),
    _ex(
        "دمشق في 5 تشرين الأول 2023 (سانا) - افتتح وزير الصحة مركزا",
        "SY",
        value="2023-10-05",
        role="published",
    ),
    _ex("رام الله 10 نيسان 2024 (وفا) - أطلقت وزارة الصحة حملة", "PS", value="2024-04-10", role="published"),
    _ex(
        "الرباط 12 يوليوز 2024 - أطلقت وزارة الصحة والحماية الاجتماعية",
        "MA",
        value="2024-07-12",
        role="published",
    ),
    _ex(
        "تونس 3 جانفي 2024 - انطلقت حملة التلقيح ضد النزلة الموسمية",
        "TN",
        value="2024-01-03",
        role="published",
    ),
    _ex(
        "نشر في 2 دجنبر 2024 | أطلقت المديرية الجهوية للصحة قافلة طبية",
        "MA",
        value="2024-12-02",
        role="published",
    ),
    _ex("صدر القرار بتاريخ 1445/09/10 هـ", "SA", value="2024-03-20", hijri="1445-09-10", role="published"),
    # Day, month and year in every month tradition.
    _ex("افتتح الوزير المستشفى في 15 يوليه 2023 بمحافظة أسيوط", "EG", value="2023-07-15"),
    _ex("افتتح الوزير المركز الصحي في 12 تشرين الثاني 2023", "IQ", value="2023-11-12"),
    _ex("أطلقت الوزارة الحملة في الأول من كانون الثاني 2024", "JO", value="2024-01-01"),
    _ex("بغداد - افتتحت الوزارة المستشفى في الأول من تموز 2021", "IQ", value="2021-07-01"),
    _ex("عمّان – افتتح وزير الصحة المستشفى في 20 حزيران 2023", "JO", value="2023-06-20"),
    _ex("في 15 آذار/مارس 2023 افتتح وزير الصحة المركز", "LB", value="2023-03-15"),
    _ex("تم افتتاح المركز في 3 أيار (مايو) 2022", "SY", value="2022-05-03"),
    _ex("تنظم المديرية الجهوية قافلة طبية يوم 20 غشت 2024 بإقليم أزيلال", "MA", value="2024-08-20"),
    _ex("انطلقت الحملة الوطنية للتلقيح في 2 شتنبر 2023", "MA", value="2023-09-02"),
    _ex("افتتحت الوزارة المستشفى في 5 جويلية 2023 بولاية وهران", "DZ", value="2023-07-05"),
    _ex(
        "بدأت الحملة يوم الأحد الموافق 5 مايو 2024 في جميع المحافظات", "BH", value="2024-05-05", role="event"
    ),
    _ex("أعلنت الوزارة الاربعاء الموافق الثالث عشر من شباط 2013 عن الخطة", "SY", value="2013-02-13"),
    _ex("وافتتح المستشفى في 7 أكتوبر، 2022 بحضور المحافظ", "EG", value="2022-10-07"),
    # Month and year.
    _ex("حقق المختبر المركز الأول خلال شهر أبريل للعام 2021 م", "SA", value="2021-04"),
    _ex("بيروت - أطلقت وزارة الصحة العامة حملة التلقيح في شباط 2024", "LB", value="2024-02"),
    _ex("أطلقت الوزارة الحملة في آب 2022 في جميع المحافظات", "IQ", value="2022-08"),
    _ex("تم تسجيل الحالات منذ فيفري 2024 بعدة ولايات", "DZ", value="2024-02", role="period_start"),
    _ex("في أوت 2023 انطلقت حملة التلقيح", "TN", value="2023-08"),
    _ex("تم تسليم المشروع في شهر ماي 2024", "MA", value="2024-05"),
    _ex("تم إنجاز المشروع في شهر 10 من عام 2023", "SA", value="2023-10"),
    _ex("افتتح المستشفى 2/2013 بطاقة 200 سرير", "SA", value="2013-02"),
    _ex("يستمر التسجيل حتى نهاية شهر ديسمبر 2024", "EG", value="2024-12"),
    # Years with an anchor.
    _ex("وقد نجح التجمع خلال عام 2025 في تقديم أكثر من مليون استشارة", "SA", value="2025"),
    _ex("يفتتح المستشفى في الربع الأول من عام 2026", "SA", value="2026"),
    _ex("تم إطلاق الحملة في 2024م بجميع المناطق", "SA", value="2024"),
    _ex("في 2019، افتتحت الوزارة مستشفى للأطفال", "EG", value="2019"),
    _ex("أعلن عن ذلك في مطلع 2024.", "JO", value="2024"),
    _ex("منذ عام 2014 وحتى اليوم تعمل الوزارة على تطوير المراكز", "EG", value="2014", role="period_start"),
    _ex("ارتفع عدد الأسرة في 2023 مقارنة بالعام الذي سبقه", "KW", value="2023"),
    # Periods.
    _ex(
        "خلال الفترة الممتدة من 15 نونبر 2025 إلى غاية 30 مارس 2026",
        "MA",
        value="2025-11-15",
        role="period_start",
    ),
    _ex(
        "خلال الفترة الممتدة من 15 نونبر 2025 إلى غاية 30 مارس 2026",
        "MA",
        value="2026-03-30",
        role="period_end",
    ),
    _ex("تتواصل الحملة من 15 أفريل إلى غاية 30 جوان 2023", "DZ", value="2023-04-15", role="period_start"),
    _ex(
        "نظمت المديرية حملة للتلقيح من 15 إلى 20 مارس 2025 بمدينة فاس",
        "MA",
        value="2025-03-15",
        role="period_start",
    ),
    _ex(
        "نظمت المديرية حملة للتلقيح من 15 إلى 20 مارس 2025 بمدينة فاس",
        "MA",
        value="2025-03-20",
        role="period_end",
    ),
    _ex("بين 3 و5 ديسمبر 2024 نظمت الوزارة المؤتمر الطبي", "EG", value="2024-12-03", role="period_start"),
    _ex("يستمر البرنامج من 01/03/2024 إلى 31/03/2024", "AE", value="2024-03-01", role="period_start"),
    _ex(
        "في الفترة من مارس إلى يونيو 2024 زار المركز آلاف المرضى", "EG", value="2024-03", role="period_start"
    ),
    _ex("خلال الفترة ما بين يناير ومارس 2025", "SA", value="2025-01", role="period_start"),
    _ex("بين عامي 2020 و2023 ارتفع عدد الأسرة", "SA", value="2023", role="period_end"),
    _ex("من عام 2018 إلى عام 2022 تم إنشاء 20 مستشفى", "QA", value="2018", role="period_start"),
    _ex("تستمر الحملة حتى 30 سبتمبر 2024 في جميع المحافظات", "EG", value="2024-09-30", role="period_end"),
    _ex(
        "اعتباراً من 1 يناير 2025 يبدأ تطبيق نظام التأمين الصحي", "EG", value="2025-01-01", role="period_start"
    ),
    # Hijri dates, converted through Umm al-Qura.
    _ex(
        "أعلنت الوزارة يوم الأحد 10 رمضان 1445 هـ عن بدء الحملة", "SA", value="2024-03-20", hijri="1445-09-10"
    ),
    _ex(
        "استقبلت مستشفيات المشاعر الحجاج في 9 ذي الحجة 1445 هـ", "SA", value="2024-06-15", hijri="1445-12-09"
    ),
    _ex("نفذ التجمع الصحي 200 عملية خلال شهر محرم 1446 هـ", "SA", value="2024-07", hijri="1446-01"),
    _ex("بلغ عدد الزيارات خلال عام 1444 هـ أكثر من مليون زيارة", "SA", value="2022", hijri="1444"),
    _ex("موسم حج 1445هـ شهد تقديم خدمات صحية لأكثر من مليون حاج", "SA", value="2023", hijri="1445"),
    _ex("عقد الاجتماع في 10 صفر 1446 هـ بمقر الوزارة", "SA", value="2024-08-14", hijri="1446-02-10"),
    _ex("الخميس 1 رمضان 1445 هـ (11 مارس 2024)", "SA", value="2024-03-11", hijri="1445-09-01"),
    _ex("خلال شهر رمضان 2024 قدمت المستشفيات خدماتها", "EG", value="2024-03", hijri="1445-09"),
    _ex(
        "عيد الفطر المبارك لعام 1445 هـ شهد إقبالا على الطوارئ", "SA", value="2024-04-10", hijri="1445-10-01"
    ),
    # Holidays, nth weekdays and month ends (Duckling's corpus, in press sentences).
    _ex("افتتح المستشفى عيد الأضحى 2013", value="2013-10-15", hijri="1434-12-10"),
    _ex("افتتح المستشفى عيد الفصح 2013", value="2013-03-31"),
    _ex("افتتح المستشفى رأس السنة الهجرية 2019", value="2019-08-31"),
    _ex("بمناسبة اليوم العالمي للصحة 2024 نظمت المديرية أياما تحسيسية", "MA", value="2024-04-07"),
    _ex("افتتح المستشفى ثالث ثلاثاء في ايلول في سنة 2014", value="2014-09-16"),
    _ex("افتتح المستشفى الثلاثاء الثالث من شهر ايلول من عام 2014", value="2014-09-16"),
    _ex("افتتح المستشفى ثان اربعا في اكتوبر لعام 2014", value="2014-10-08"),
    _ex("افتتح المستشفى اخر يوم بشهر عشرة سنة 2015", value="2015-10-31"),
    _ex("افتتح المستشفى ثالث ثلاثاء بعد كريسماس 2014", value="2015-01-13"),
    # Numeric dates: day first, year first, Hijri.
    _ex("تم توقيع البروتوكول بتاريخ 15/03/2024 بين الوزارة والجامعة", "EG", value="2024-03-15"),
    _ex("وقعت الاتفاقية يوم 03/01/2022 بمقر الوزارة", "SA", value="2022-01-03"),
    _ex("تم افتتاح المركز في 2022-01-03 بحضور المحافظ", "AE", value="2022-01-03"),
    _ex("الساعة 10.30 من صباح يوم 12.03.2024", "TN", value="2024-03-12"),
    # Yearless dates placed by the release's own date.
    _ex("القاهرة في 3 يونيه 2024 - بدأت القوافل الطبية عملها في 15 مايو الماضي", "EG", value="2024-05-15"),
    _ex("الرباط 12 يوليوز 2024 - ستنطلق الحملة في 20 غشت المقبل", "MA", value="2024-08-20"),
    _ex("الرباط 12 يوليوز 2024 - أطلقت الوزارة الحملة في 15 مارس من العام الجاري", "MA", value="2024-03-15"),
    _ex("تونس 3 جانفي 2024 - تنطلق الحملة يوم 10 فيفري", "TN", value="2024-02-10"),
    # The first of the month said in words: Maghrebi فاتح / الفاتح من, classical غرة.
    _ex("اعتبارا من فاتح يوليوز 2025 يشرع المركز في استقبال المرضى", "MA", value="2025-07-01"),
    _ex("يدخل نظام الدفع الإلكتروني حيز التطبيق في الفاتح من أفريل 2024", "DZ", value="2024-04-01"),
    _ex(
        "تبدأ المستشفيات العمل بالجدول الجديد غرة محرم 1446 هـ", "SA", value="2024-07-07", hijri="1446-01-01"
    ),
    _ex(
        "الدار البيضاء 20 أكتوبر 2024 - تنطلق الحملة الوطنية للكشف المبكر ابتداء من فاتح نونبر",
        "MA",
        value="2024-11-01",
        role="period_start",
    ),
    _ex("الرياض - 5 مارس 2024: تعمل العيادات بساعات مختلفة بدءا من غرة رمضان", "SA", value="2024-03-11"),
    # A month with no digit at all, placed by the release date: the last one (الماضي), this one
    # (الجاري), the next one (المقبل).
    _ex(
        "جدة - 10 سبتمبر 2024: استقبلت مستشفيات المحافظة خلال أغسطس الماضي آلاف المراجعين",
        "SA",
        value="2024-08",
    ),
    _ex("بيروت في 8 كانون الثاني 2024 - تراجعت الإصابات منذ تشرين الأول المنصرم", "LB", value="2023-10"),
    _ex("بغداد - 20 شباط 2024: باشرت الملاكات العمل مطلع كانون الثاني الماضي", "IQ", value="2024-01"),
    _ex("تونس 3 جانفي 2024 - انطلقت أشغال التهيئة في ديسمبر المنقضي", "TN", value="2023-12"),
    _ex("الخرطوم 7 أغسطس 2023 - انطلقت حملة التطعيم في يوليو الفائت", "SD", value="2023-07"),
    _ex("عمان 15 أيار 2024 (بترا) - أنهت فرق التطعيم خلال أيار الجاري جولتها الأولى", "JO", value="2024-05"),
    _ex("الكويت في 4 يونيو 2024 - تستمر الحملة طوال يونيو الحالي", "KW", value="2024-06"),
    _ex("المنامة في 2 فبراير 2024 - تبدأ المرحلة الثانية من المشروع في أبريل المقبل", "BH", value="2024-04"),
    _ex("مسقط في 14 نوفمبر 2023 - يفتتح المستشفى المرجعي في يناير القادم", "OM", value="2024-01"),
    # A year with a counted noun after it stays a year where the release makes it plausible.
    _ex("الرباط 12 يوليوز 2024 - أطلقت الوزارة في مارس 2024 حملة وطنية للتلقيح", "MA", value="2024-03"),
    _ex("الرياض - 5 مارس 2024: نفذ المستشفى في رمضان 1445 عملية", "SA", value="2024-03", hijri="1445-09"),
    _ex(
        "القاهرة في 3 يونيه 2024 - في مارس الماضي ارتفع عدد الحالات إلى 3000 حالة",
        "EG",
        value="2024-03",
        role="event",
    ),
    # عام the noun "year" beside عام the adjective "general".
    _ex("افتتح المستشفى عام 2019 بطاقة 300 سرير", "EG", value="2019"),
    _ex("افتتح المستشفى العام عام 2019 بطاقة 300 سرير", "EG", value="2019"),
    _ex("ارتفع عدد المراجعين في المستشفى العام خلال العام 2022", "EG", value="2022"),
    _ex("يطمح القطاع الصحي إلى العام 2030 بخدمات رقمية كاملة", "SA", value="2030"),
    # Negatives: names carrying years, times, durations, counts, money, phones, references.
    _ex("تحقيقا لمستهدفات رؤية 2030 في القطاع الصحي", "SA"),
    _ex("يأتي ذلك ضمن ركائز رؤية المملكة 2030", "SA"),
    _ex("أطلقت الوزارة عملية رعاية 2025-2026 لفائدة ساكنة المناطق الباردة", "MA"),
    _ex("شارك المستشفى في معرض إكسبو 2020 بجناح خاص", "AE"),
    _ex("أنهت الوزارة استعدادات كأس العالم 2022 الصحية", "QA"),
    _ex("أطلقت الوزارة خطة 2025 للتحول الصحي", "JO"),
    _ex("يعمل المركز من الساعة 10:30 صباحا حتى 11:45 مساء", "SA"),
    _ex("تستمر الحملة لمدة 3 أشهر في 12 محافظة", "EG"),
    _ex("سيتم افتتاح المستشفى خلال هذا العام", "SA"),
    _ex("وفي العام الماضي ارتفع عدد المراجعين", "KW"),
    _ex("تم تسجيل 2019 حالة إصابة بالحصبة", "IQ"),
    _ex("قدمت الوزارة خدماتها في 2000 مركز صحي", "EG"),
    _ex("وصل عدد المستفيدين إلى 2024 مستفيدا", "MA"),
    _ex("تم إجراء 1445 عملية جراحية بالمستشفى", "SA"),
    _ex("خصصت الوزارة 2025 مليون ريال لبناء المستشفيات", "SA"),
    _ex("للاستفسار يرجى الاتصال على الرقم 920000000 أو 0112345678", "SA"),
    _ex("صدر القرار رقم 2/2013 عن وزارة الصحة", "EG"),
    _ex("يوم 7 أبريل من كل عام يحتفل العالم باليوم العالمي للصحة", "SA"),
    _ex("شيد المركز بمساحة 2000 م مربع", "SA"),
    _ex("خلال شهر رمضان المبارك قدمت المستشفيات خدماتها", "SA"),
    _ex("خلال إجازة عيد الأضحى قدمت المستشفيات خدماتها", "SA"),
    _ex("افتتح المركز في 15 مارس بحضور المحافظ", "EG"),
    _ex("تغطي الخدمة 24/7 طوال أيام الأسبوع", "AE"),
    _ex("مدة العلاج 10-14 يوما حسب الحالة", "LB"),
    _ex("تمتد الحضارة في المنطقة منذ 2000 عام", "IQ"),
    _ex("بلغت نسبة الإشغال 85.5% في 12 مستشفى", "SA"),
    _ex("خط المساعدة 1937 متاح على مدار الساعة", "SA"),
    _ex("موسم 2024-2025 للإنفلونزا الموسمية", "TN"),
    _ex("افتتحت الوزارة مستشفى عام 2000 سرير في الجيزة", "EG"),
    _ex("يستقبل المستشفى العام 1950 مراجعا يوميا", "EG"),
    _ex("يعالج قسم الطوارئ بمستشفى الكرك الحكومي العام 2050 حالة شهريا", "JO"),
    _ex("استقبل المستشفى المرضى منذ أكتوبر الماضي", "EG"),
    _ex("مارس الأطباء مهنتهم في ظروف صعبة طوال الأزمة", "SY"),
    # A number after a month that heads a count, not a year: a counted noun after it, or a bare من/في
    # before it with the phrase going on.
    _ex("سجلت مديرية الصحة في مارس 1950 حالة إصابة بالحصبة", "IQ"),
    _ex("وبلغ عدد المراجعين خلال شهر يناير، 2050 مراجعا في جميع الأقسام", "KW"),
    _ex("استقبل المستشفى خلال فبراير من 2000 مراجع طلبات العلاج", "EG"),
    _ex("في مارس الماضي ارتفع عدد الحالات إلى 3000 حالة", "EG"),
    _ex("تحتفل الشغيلة بفاتح ماي من كل سنة", "MA"),
    _ex("وتتواصل الأشغال في نيسان المقبل بحسب الجدول", "PS"),
]
