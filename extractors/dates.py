"""Dates: the calendar days, months and years a release reports events on or runs periods over.

Arabic press dates by four month-name traditions (Mashriqi يناير، Maghrebi يوليوز/غشت، Algerian
جانفي/جوان، Levantine كانون الثاني/آب), by the Hijri calendar (converted through Umm al-Qura, the
Hijri reading kept beside the Gregorian value), by numbers in day-first order, and by years hung
on an anchor word (عام، سنة، خلال). A bare four-digit number is never a year on its own: names carry
years too (رؤية 2030، عملية رعاية 2025-2026), and so do counts and money.

The reader finds anchors with one regex pass (see `dates_patterns`), reads the day before an anchor
from a few tokens (digits, ordinal words through the shared number reader, آخر يوم, nth weekdays),
then works at document level: linked dates become a period's ends, a date heading the release
becomes its publication date, and a yearless date takes its year from that publication date.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from extractors import dates_calendar as cal
from extractors import dates_patterns as pat
from extractors.article import Article
from extractors.examples import Example
from extractors.facts import Fact
from extractors.numbers import parse_number, read_ordinal

_GREGORIAN_YEARS = range(1900, 2101)
_HIJRI_YEARS = range(cal.HIJRI_MIN_YEAR, cal.HIJRI_MAX_YEAR + 1)
_HEAD_CHARS = 400  # a dateline sits within the first few lines
_LOOKBACK = 90  # characters read before an anchor for its day, weekday and connectors
_INFERRED_CONFIDENCE = 0.7
_WITH_YEAR = {"date.day_month": "date.day_month_year", "date.month": "date.month_year"}
_AMBIGUOUS_CONFIDENCE = 0.6


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
    borrows: bool = True  # may take its year from a linked date (not آب/ماي/صفر on their own)
    placed: int | None = None  # yearless and placed by the release date: -1 past, 1 next, 0 nearest
    year_offset: int | None = None  # "من العام الماضي": the release year plus this
    hijri_day: tuple[int, int] | None = None  # a yearless Hijri (month, day) waiting for its year
    numeric: tuple[int, int] | None = None  # the two leading fields of an order-ambiguous numeric date

    @property
    def day_precise(self) -> bool:
        return self.year is not None and self.day is not None

    def value(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def set_day(self, day: date) -> None:
        self.year, self.month, self.day = day.year, day.month, day.day


@dataclass(slots=True)
class _Left:
    """What the tokens before an anchor say: where the date starts and which day it names."""

    start: int
    day: int | None = None
    first_day: tuple[int, int] | None = None  # (day, start) of "15 إلى 20 مارس"
    weekday: int | None = None
    nth: int | None = None  # the nth weekday of the month (-1 = last)
    last_day: bool = False
    ordinal_then_weekday: bool = False  # "الثلاثاء الثالث من": the 3rd, or the third Tuesday


# --- reading around an anchor -------------------------------------------------------------------


def _tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(t.start(), t.end(), t.group()) for t in pat.token().finditer(text, max(lo, hi - _LOOKBACK), hi)][
        -8:
    ]


def _ordinal(word: str) -> int | None:
    """An ordinal word; the indefinite ثانٍ/حادٍ drop their final ي in writing (ثان أربعاء)."""
    n = read_ordinal(word)
    if n is None and word.endswith("ان"):
        n = read_ordinal(word + "ي")
    return n


def _read_left(text: str, lo: int, start: int, connector: str | None) -> _Left:
    """The day words before a month anchor at `start`: digits, a range, ordinals, آخر يوم, nth weekday."""
    toks = _tokens(text, lo, start)
    left = _Left(start)
    i = len(toks)

    def word(k: int) -> str:
        return toks[i - k][2] if i - k >= 0 else ""

    if word(1) and pat.month_word().fullmatch(word(1)):
        connector = connector or ("ب" if word(1).removeprefix("و")[:1] in ("ب", "ل") else None)
        i -= 1
        left.start = toks[i][0]
    if word(1) in ("من", "في"):
        connector = word(1)
        i -= 1
    weekdays = pat.weekdays()
    last_before, last_after = pat.words("LAST_BEFORE"), pat.words("LAST_AFTER")
    day_words = pat.words("DAY_WORDS")
    found = False
    if word(1).isdigit() and len(word(1)) <= 2 and word(2) not in ("/", ".", ":", ","):
        left.day, found = int(word(1)), True
        i -= 1
        if pat.range_link().fullmatch(word(1)) and word(2).isdigit() and len(word(2)) <= 2:
            left.first_day = (int(word(2)), toks[i - 2][0])
            i -= 2
    elif word(1) in day_words and (word(2) in last_before or _ordinal(word(2))):
        left.last_day = word(2) in last_before
        left.day = None if left.last_day else _ordinal(word(2))
        found = True
        i -= 2
    elif word(1) in last_after and word(2) in day_words:
        left.last_day, found = True, True
        i -= 2
    elif word(1) in weekdays and connector:
        skip = 2 if word(2) in day_words else 1
        nth = -1 if word(1 + skip) in last_before else _ordinal(word(1 + skip))
        if nth and (nth == -1 or nth <= 5):
            left.weekday, left.nth, found = weekdays[word(1)], nth, True
            i -= 1 + skip
    elif connector == "من":
        for k in (3, 2, 1):
            if i - k < 0 or not all(t[2].isalpha() for t in toks[i - k : i]):
                continue
            n = _ordinal(" ".join(t[2] for t in toks[i - k : i]))
            if n and n <= 31 and word(k + 1) not in pat.words("NON_DAY_ORDINAL_HEADS"):
                left.day, found = n, True
                i -= k
                break
        if found and word(1) in day_words:
            i -= 1
        elif found and word(1) in weekdays:
            left.weekday, left.ordinal_then_weekday = weekdays[word(1)], True
            i -= 1
    if found and left.weekday is None:
        if word(1) in pat.words("WEEKDAY_LINKS") and word(2) in weekdays:
            left.weekday = weekdays[word(2)]
            i -= 2
        elif word(1) in weekdays:
            left.weekday = weekdays[word(1)]
            i -= 1
        if left.weekday is not None and word(1) in day_words:
            i -= 1
    if found:
        left.start = toks[i][0]
    return left


@dataclass(slots=True)
class _Year:
    year: int | None
    hijri: bool
    end: int


def _read_year(text: str, pos: int) -> _Year:
    """The year after a month or holiday, with its era marker; `hijri` when the year is a Hijri one."""
    m = pat.year_tail().match(text, pos)
    if m is None:
        return _Year(None, False, pos)
    year, era = int(m["year"]), pat.key(m["era"] or "")
    hijri_era = era in pat.words("HIJRI_ERA")
    if year in _HIJRI_YEARS and (hijri_era or not era):
        return _Year(year, True, m.end())
    if year in _GREGORIAN_YEARS and not hijri_era:
        return _Year(year, False, m.end())
    return _Year(None, False, pos)


def _place_by_release(text: str, pos: int, mention: _Mention) -> int:
    """Mark a yearless date to be placed by the release date ("مارس الماضي"، "من العام الجاري");
    returns the end of the relative words, or `pos` when there are none."""
    m = pat.relative_tail().match(text, pos)
    if m is None:
        return pos
    if m["this"] is not None or m["year_now"]:
        mention.year_offset = 0
    elif m["year_past"] or m["year_next"]:
        mention.year_offset = -1 if m["year_past"] else 1
    else:
        mention.placed = -1 if m["past"] else 1
    return m.end()


# --- anchors ------------------------------------------------------------------------------------


def _month(text: str, m, lo: int) -> tuple[list[_Mention], int]:
    """A month name: its day before it, its year after it, a range of days, an nth weekday."""
    name = pat.month_names()[pat.key(m["month"])]
    clitic = m["month_clitic"]
    if name.ambiguous and clitic:
        return [], m.end()
    end = m.end()
    pair = pat.paired_month().match(text, end)
    if pair and pat.month_names()[pat.key(pair["month"])].number == name.number:
        end = pair.end()
    left = _read_left(text, lo, m.start(), "ب" if clitic.strip("و") else None)
    year = _read_year(text, end)
    if name.hijri:
        return _hijri_month(text, name, left, year, m.start(), end)
    return _gregorian_month(text, name.number, name.ambiguous, left, year, m.start(), end, "date")


def _month_number(text: str, m, lo: int) -> tuple[list[_Mention], int]:
    """A month by its number: "شهر عشرة"، "بشهر 10"، "الشهر التاسع" — only with a year after it."""
    raw = m["month_number"]
    number = int(raw) if raw.isdigit() else (parse_number(raw) or _ordinal(raw))
    year = _read_year(text, m.end())
    if not isinstance(number, int) or not 1 <= number <= 12 or year.year is None or year.hijri:
        return [], m.end()
    connector = "ب" if m["word_clitic"].strip("و") else None
    left = _read_left(text, lo, m.start(), connector)
    return _gregorian_month(text, number, False, left, year, m.start(), m.end(), "date.month_number")


def _gregorian_month(
    text: str, month: int, ambiguous: bool, left: _Left, year: _Year, start: int, end: int, rule: str
) -> tuple[list[_Mention], int]:
    if year.hijri:
        year = _Year(None, False, end)
    y = year.year
    named_month = left.start < start  # "شهر مارس": the month word or a day comes before the name
    start = min(start, left.start)
    end = max(end, year.end)
    base = rule if rule != "date" else None
    if y is None:
        if ambiguous or pat.every_year_tail().match(text, end) or left.nth or left.last_day:
            return [], end
        rule = base or ("date.day_month" if left.day else "date.month")
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
        return [_Mention(start, end, base or "date.month_year", y, month)], end
    if not cal.valid_day(y, month, left.day):
        return [], end
    mention = _Mention(start, end, base or "date.day_month_year", y, month, left.day)
    if left.ordinal_then_weekday and date(y, month, left.day).weekday() != left.weekday:
        found = cal.nth_weekday(y, month, left.weekday or 0, left.day) if left.day <= 5 else None
        if found is None:
            return [], end
        mention.rule = "date.nth_weekday"
        mention.set_day(found)
        return [mention], end
    return _with_first_day(mention, left), end


def _with_first_day(mention: _Mention, left: _Left) -> list[_Mention]:
    """ "من 15 إلى 20 مارس": the first day shares the month and year of the second."""
    if left.first_day is None:
        return [mention]
    day, start = left.first_day
    if mention.year is not None and not cal.valid_day(mention.year, mention.month or 1, day):
        return [mention]
    first = replace(mention, start=start, day=day, role="period_start")
    mention.role = "period_end"
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
            first = replace(
                mention, start=first_start, hijri=f"{y}-{month:02d}-{first_day:02d}", role="period_start"
            )
            first.set_day(first_found)
            first.note = f"Hijri {first.hijri} = {first_found.isoformat()} (Umm al-Qura)"
            mention.role = "period_end"
            out.insert(0, first)
    return out, end


def _hijri_in_gregorian_year(
    name: pat.MonthName, left: _Left, year: int, start: int, end: int
) -> tuple[list[_Mention], int]:
    """ "رمضان 2024": the Hijri month as it falls in that Gregorian year."""
    if name.ambiguous:
        return [], end
    first = cal.hijri_in_gregorian_year(year, name.number, left.day or 1)
    if first is None:
        return [], end
    hijri_year = cal.hijri_year_of(first)
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
    mention.confidence = 0.8
    return [mention], end


def _numeric(text: str, m, lo: int) -> tuple[list[_Mention], int]:
    """03/01/2022 (day first), 2022/01/03 and 2022-01-03 (year first), 10/09/1445 هـ (Hijri)."""
    if _after_reference(text, lo, m.start()):
        return [], m.end()
    n1, n2, n3 = m["n1"], m["n2"], m["n3"]
    end = m.end()
    era_m = pat.era_tail().match(text, end)
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
    hijri = era in pat.words("HIJRI_ERA") or (y in _HIJRI_YEARS and not era)
    start = _weekday_start(text, lo, m.start())
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


def _numeric_month_year(text: str, m, lo: int) -> tuple[list[_Mention], int]:
    """ "2/2013": a month and its year, unless it is a reference number (القرار رقم 2/2013)."""
    month, year = int(m["my_month"]), int(m["my_year"])
    if _after_reference(text, lo, m.start()) or not 1 <= month <= 12 or year not in _GREGORIAN_YEARS:
        return [], m.end()
    return [_Mention(m.start(), m.end(), "date.numeric_month_year", year, month)], m.end()


def _holiday(text: str, m, lo: int) -> tuple[list[_Mention], int]:
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
    mention = _Mention(m.start(), year.end, "date.holiday", None)
    mention.set_day(found)
    if rule[0] == "hijri":
        hijri_year = year.year if year.hijri else cal.hijri_year_of(found)
        mention.hijri = f"{hijri_year}-{rule[1]:02d}-{rule[2]:02d}"
        mention.note = f"{pat.key(m['holiday'])} = Hijri {mention.hijri} = {found.isoformat()} (Umm al-Qura)"
    _nth_weekday_after(text, lo, mention, found)
    return [mention], year.end


def _nth_weekday_after(text: str, lo: int, mention: _Mention, anchor_day: date) -> None:
    """ "ثالث ثلاثاء بعد كريسماس 2014": move the date to the nth weekday after its anchor day."""
    toks = _tokens(text, lo, mention.start)
    if len(toks) < 3 or toks[-1][2] != "بعد" or toks[-2][2] not in pat.weekdays():
        return
    k = 4 if toks[-3][2] in pat.words("DAY_WORDS") else 3
    nth = _ordinal(toks[-k][2]) if len(toks) >= k else None
    if not nth or nth > 5:
        return
    mention.set_day(cal.nth_weekday_after(anchor_day, pat.weekdays()[toks[-2][2]], nth))
    mention.start, mention.rule, mention.hijri = toks[-k][0], "date.nth_weekday_after", None


def _year_word(text: str, m, lo: int) -> tuple[list[_Mention], int]:
    """ "عام 2025"، "لعام 2023م"، "عام 1430 هـ"، "عامي 2020 و2023": a year named as one."""
    return _year(text, m.start(), m.end(), int(m["year"]), strong=True)


def _prep_year(text: str, m, lo: int) -> tuple[list[_Mention], int]:
    """ "في 2019،" "منذ 2015 و"، "من 2020 إلى 2023": a year after a preposition, ending its phrase."""
    opener = pat.key(m["prep"]) in pat.words("YEAR_RANGE_OPENERS")
    if opener and not pat.year_range_tail().match(text, m.end()):
        return [], m.end()
    if not opener and not pat.year_phrase_end().match(text, m.end()):
        return [], m.end()
    return _year(text, m.start("prep_year"), m.end(), int(m["prep_year"]), strong=False)


def _era_year(text: str, m, lo: int) -> tuple[list[_Mention], int]:
    """ "2021م"، "1445هـ": a year marked by its era, unless a name or a measure comes before it."""
    before = {t[2] for t in _tokens(text, lo, m.start())[-3:]}
    if before & (pat.words("YEAR_NAME_HEADS") | pat.words("MEASURE_WORDS")):
        return [], m.end()
    return _year(text, m.start(), m.start("era"), int(m["era_year"]), strong=True)


def _year(text: str, start: int, end: int, y: int, *, strong: bool) -> tuple[list[_Mention], int]:
    era_m = pat.era_tail().match(text, end)
    era = pat.key(era_m["era"]) if era_m else ""
    hijri = era in pat.words("HIJRI_ERA") or (strong and not era and y in _HIJRI_YEARS)
    if era_m:
        end = era_m.end()
    first = _year_mention(start, end, y, hijri)
    if first is None:
        return [], end
    second_m = pat.year_range_tail().match(text, end)
    if second_m is None:
        return [first], end
    end2 = second_m.end()
    era2 = pat.era_tail().match(text, end2)
    if era2:
        end2 = era2.end()
    second = _year_mention(second_m.start("year"), end2, int(second_m["year"]), hijri)
    if second is None or second.value() <= first.value():
        return [first], end
    if pat.key(second_m["link"]) != "و":
        first.role, second.role = "period_start", "period_end"
    first.end = end2
    return [first, second], end2


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


def _after_reference(text: str, lo: int, start: int) -> bool:
    toks = _tokens(text, lo, start)[-2:]
    return any(t[2] in pat.words("REFERENCE_WORDS") for t in toks)


def _weekday_start(text: str, lo: int, start: int) -> int:
    """A numeric date's span reaches back over "الأحد" / "يوم الأحد الموافق" before it."""
    toks = _tokens(text, lo, start)
    i = len(toks)
    if i and toks[i - 1][2] in pat.words("WEEKDAY_LINKS"):
        i -= 1
    if i and toks[i - 1][2] in pat.weekdays():
        i -= 1
        if i and toks[i - 1][2] in pat.words("DAY_WORDS"):
            i -= 1
        return toks[i][0]
    return start


_HANDLERS = (
    ("month", _month),
    ("month_number", _month_number),
    ("n1", _numeric),
    ("my_month", _numeric_month_year),
    ("holiday", _holiday),
    ("year", _year_word),
    ("prep_year", _prep_year),
    ("era_year", _era_year),
)


def _scan(text: str) -> list[_Mention]:
    found: list[_Mention] = []
    consumed = 0
    for m in pat.anchor().finditer(text):
        if m.start() < consumed:
            continue
        handler = next(handler for group, handler in _HANDLERS if m[group] is not None)
        mentions, end = handler(text, m, consumed)
        if mentions:
            found.extend(mentions)
            consumed = end
    return found


# --- document level -----------------------------------------------------------------------------


def _link_periods(text: str, mentions: list[_Mention]) -> None:
    """Two dates joined by إلى/حتى/لغاية (or و after بين) are a period; the first borrows the year."""
    for a, b in pairwise(mentions):
        link = pat.range_link().fullmatch(text, a.end, b.start)
        if link is None or b.year is None:
            continue
        if a.year is None and a.borrows and a.hijri_day is None and a.month is not None:
            a.year = b.year - (1 if b.month and a.month > b.month else 0)
            a.placed = a.year_offset = None
            a.rule = _WITH_YEAR.get(a.rule, a.rule)
        before = {t[2] for t in _tokens(text, 0, a.start)[-2:]}
        if pat.key(link["link"]) != "و" or before & pat.words("RANGE_OPENERS"):
            a.role = a.role or "period_start"
            b.role = b.role or "period_end"


def _align_equivalents(text: str, mentions: list[_Mention]) -> None:
    """A Hijri date printed with its Gregorian equivalent takes that day when the two differ by a day or
    two: the release dates by sighting, Umm al-Qura by calculation, and the text's own pairing wins."""
    for a, b in pairwise(mentions):
        if not (a.day_precise and b.day_precise) or (a.hijri is None) == (b.hijri is None):
            continue
        if pat.equivalence().fullmatch(text, a.end, b.start) is None:
            continue
        hijri, greg = (a, b) if a.hijri else (b, a)
        h_day, g_day = date(hijri.year, hijri.month, hijri.day), date(greg.year, greg.month, greg.day)
        if 0 < abs((h_day - g_day).days) <= 2:
            hijri.note += f"; the text pairs it with {g_day.isoformat()}, which is kept"
            hijri.set_day(g_day)


def _is_dateline(text: str, mention: _Mention) -> bool:
    """The release's own date: after "نشر"، before "آخر تحديث"، or alone at the head of a short line."""
    if not mention.day_precise:
        return False
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    before = text[line_start : mention.start]
    after = text[mention.end : line_end if line_end >= 0 else len(text)]
    if pat.phrase_end("PUBLISHED_CUES").search(before):
        return True
    if mention.start > _HEAD_CHARS:
        return False
    if pat.phrase_end("HEAD_PUBLISHED_CUES").search(before) or pat.phrase_start("PUBLISHED_AFTER").match(
        after
    ):
        return True
    words = before.split()
    if len(before) > 40 or len(words) > 4 or (words and words[-1] in pat.words("EVENT_PREPOSITIONS")):
        return False
    rest = after.strip()
    return len(rest) <= 60 or rest[:1] in "(-–:|،,"


def _place_yearless(mentions: list[_Mention], published: date | None) -> list[_Mention]:
    """Give yearless dates the year that puts them nearest the release date (or before/after it)."""
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
            m.note = f"year {m.year} inferred from the release date {published.isoformat()}"
            if m.day is not None and not cal.valid_day(m.year, m.month or 1, m.day):
                continue
        kept.append(m)
    return kept


def _place_year(m: _Mention, published: date) -> int:
    if m.year_offset is not None:
        return published.year + m.year_offset
    month, day = m.month or 1, m.day or 1
    candidates = [
        y for y in (published.year - 1, published.year, published.year + 1) if cal.valid_day(y, month, day)
    ]

    def gap(y: int) -> int:
        return (
            (date(y, month, day) - published).days
            if m.day
            else (y - published.year) * 12 + month - published.month
        )

    if m.placed == -1:
        past = [y for y in candidates if gap(y) <= 0]
        return max(past) if past else published.year
    if m.placed == 1:
        ahead = [y for y in candidates if gap(y) >= 0]
        return min(ahead) if ahead else published.year
    return min(candidates, key=lambda y: abs(gap(y)))


def _place_hijri(month_day: tuple[int, int], published: date) -> tuple[date, str] | None:
    month, day = month_day
    hijri_year = cal.hijri_year_of(published)
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
    for m in mentions:
        if m.role:
            continue
        before = text[max(0, m.start - 30) : m.start]
        if pat.phrase_end("PERIOD_OPENERS").search(before):
            m.role = "period_start"
        elif pat.phrase_end("PERIOD_CLOSERS").search(before):
            m.role = "period_end"
        else:
            m.role = "event"


def extract(article: Article) -> list[Fact]:
    text = article.text
    mentions = _scan(text)
    if not mentions:
        return []
    _link_periods(text, mentions)
    _align_equivalents(text, mentions)
    published = next((m for m in mentions if _is_dateline(text, m)), None)
    if published is not None:
        published.role = "published"
    release_day = date(published.year, published.month, published.day) if published else None
    mentions = _place_yearless(mentions, release_day)
    _settle_numeric_order(mentions)
    _assign_roles(text, mentions)
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


EXAMPLES: list[Example] = []
