"""Calendar arithmetic for the date reader: Hijri conversion, holidays, nth weekdays, month ends.

Hijri dates go through `hijridate`'s Umm al-Qura tables (the calendar Saudi and most Gulf releases
date by) rather than an arithmetic approximation, which drifts by a day or two. Umm al-Qura covers
1343-1500 AH; outside that range a Hijri date cannot be converted and is not reported.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

from dateutil.easter import easter
from hijridate import Gregorian, Hijri

HIJRI_MIN_YEAR = 1343
HIJRI_MAX_YEAR = 1500

# The conversions are cached by their small arguments (a year, a month, a day), never by text: releases
# name the same few hundred days over and over, and `hijridate` validates its arguments and walks its
# month table on every call (2 µs). Bounded, as a day or month read from digits may be any number.
_CACHED = lru_cache(maxsize=1 << 14)


@_CACHED
def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Hijri date, or None when it does not exist or lies outside Umm al-Qura."""
    if not HIJRI_MIN_YEAR <= year <= HIJRI_MAX_YEAR:
        return None
    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


@_CACHED
def hijri_month_length(year: int, month: int) -> int | None:
    if not HIJRI_MIN_YEAR <= year <= HIJRI_MAX_YEAR:
        return None
    return Hijri(year, month, 1).month_length()


@_CACHED
def hijri_year_of(day: date) -> int | None:
    """The Umm al-Qura year a Gregorian day falls in, or None outside the tables (1924-2077)."""
    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


def hijri_in_gregorian_year(gregorian_year: int, month: int, day: int) -> date | None:
    """The first time Hijri month/day falls in a Gregorian year (the Hijri year is ~11 days shorter,
    so a feast may fall twice in one Gregorian year; a release naming "عيد الفطر 2013" means the first)."""
    first = hijri_year_of(date(gregorian_year, 1, 1))
    if first is None:
        return None
    for hijri_year in (first, first + 1):
        found = hijri_to_gregorian(hijri_year, month, day)
        if found and found.year == gregorian_year:
            return found
    return None


def holiday_date(rule: tuple, year: int, *, hijri_year: bool) -> date | None:
    """The day of a holiday rule (see `data.months.HOLIDAYS`) in a Gregorian or a Hijri year."""
    kind = rule[0]
    if kind == "hijri":
        _, month, day = rule
        return (
            hijri_to_gregorian(year, month, day) if hijri_year else hijri_in_gregorian_year(year, month, day)
        )
    if hijri_year:
        return None
    if kind == "easter":
        return easter(year)
    _, month, day = rule
    return date(year, month, day)


def valid_day(year: int, month: int, day: int) -> bool:
    """Whether the day exists; from the month lengths, as `calendar.monthrange` also works out the
    weekday the month starts on, which this test, run for nearly every date read, does not need."""
    if not 1 <= month <= 12 or day < 1:
        return False
    return day <= calendar.mdays[month] + (month == 2 and calendar.isleap(year))


def last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date | None:
    """The n-th given weekday (Monday = 0) of a month; n = -1 is the last one."""
    if n < 0:
        end = last_day(year, month)
        return end - timedelta(days=(end.weekday() - weekday) % 7)
    first = date(year, month, 1)
    found = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    return found if found.month == month else None


def nth_weekday_after(anchor: date, weekday: int, n: int) -> date:
    """The n-th given weekday strictly after `anchor` (ثالث ثلاثاء بعد الكريسماس)."""
    step = (weekday - anchor.weekday()) % 7 or 7
    return anchor + timedelta(days=step + 7 * (n - 1))
