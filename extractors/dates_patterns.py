"""The compiled patterns of the date reader, built once from the calendar words in `data.months`.

One alternation regex matches every place a date can hang from (a month name of any tradition, a
numeric date, a holiday, a year with its anchor word); its word lists are trie-shaped, so the engine
drops a non-match after a letter or two, and its word-anchor copy searches a stretch of text
trying only word starts. Smaller patterns, matched at a fixed position, read what follows an
anchor (its year, a paired month name, a range). What precedes an anchor (a day in digits or words,
a weekday, آخر يوم) is read from a handful of tokens by `dates.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from extractors.data import months as data
from extractors.data.counted_nouns import COUNTED_NOUNS, FEW_UNITS
from extractors.data.regions import COUNTRY_CUES
from extractors.normalize import normalize_term
from extractors.patterns import trie_alternation

# Marks that glue two numbers into one (1.5، 10:30): a number after one is no day.
NUMBER_JOINERS = "/.:,"
# Up to two clitics glued to a month or year word: ومارس، بمارس، وبعام.
_CLITIC = r"(?:و?[بلف]?)"
# The article or the "ل" of للعام between the clitic and the year word.
_ARTICLE = r"(?:ال|ل)?"


def norm(word: str) -> str:
    """Language data as the text reads after normalisation, with single spaces."""
    return " ".join(normalize_term(word).split())


def key(text: str) -> str:
    """The lookup key of matched text: single spaces, as the tables are keyed."""
    return " ".join(text.split())


def alternation(words: Iterable[str]) -> str:
    """Normalised words as one trie-shaped regex alternation, longest match first, any run of spaces
    between words."""
    return _trie({norm(w) for w in words})


def _trie(words: Iterable[str]) -> str:
    """Words taken as they are, as one trie-shaped alternation with any run of spaces between words."""
    return trie_alternation(set(words), lambda ch: r"\s+" if ch == " " else re.escape(ch))


@dataclass(frozen=True, slots=True)
class MonthName:
    number: int
    hijri: bool
    ambiguous: bool


@cache
def month_names() -> dict[str, MonthName]:
    names = {
        norm(w): MonthName(n, False, w in data.AMBIGUOUS_MONTH_WORDS)
        for w, n in data.GREGORIAN_MONTHS.items()
    }
    for w, n in data.HIJRI_MONTHS.items():
        names[norm(w)] = MonthName(n, True, w in data.AMBIGUOUS_MONTH_WORDS)
    return names


@cache
def holidays() -> dict[str, tuple]:
    return {norm(w): rule for w, rule in data.HOLIDAYS.items()}


@cache
def weekdays() -> dict[str, int]:
    return {norm(w): n for w, n in data.WEEKDAYS.items()}


@cache
def words(name: str) -> frozenset[str]:
    """A word list of `data.months`, normalised, for membership tests on tokens and phrases."""
    return frozenset(norm(w) for w in getattr(data, name))


@cache
def phrases_leftwards(name: str) -> tuple[tuple[str, ...], ...]:
    """The phrases of a `data.months` list as their normalised words, last word first (the order the
    reader meets them in, reading leftwards from a date), longest first."""
    return tuple(
        sorted({tuple(reversed(norm(w).split())) for w in getattr(data, name)}, key=lambda p: (-len(p), p))
    )


@cache
def places() -> frozenset[str]:
    """Places a dateline may open with (رام الله، أبو ظبي), from the country cues of `data.regions`."""
    return frozenset(norm(cue) for cues in COUNTRY_CUES.values() for cue in cues)


@cache
def _word_anchors() -> str:
    """The anchors that start with a word: a month name, a month number after شهر, a holiday, a year
    after its anchor word. A year followed by a month and a day (2024/03/15) is a numeric date instead."""
    months = alternation(month_names())
    year_words = alternation(data.YEAR_WORDS)
    prepositions = alternation(data.YEAR_PREPOSITIONS + data.YEAR_RANGE_OPENERS)
    year_end = r"(?!\d|[/.\-]\d{1,2}[/.\-]\d)"
    return (
        rf"(?P<clitic>{_CLITIC})(?:"
        rf"(?P<month>{months})(?!\w)"
        rf"|(?P<month_word>(?:ال)?{norm(data.MONTH_WORD)})\s+(?!(?:{months})(?!\w))"
        r"(?P<month_number>\d{1,2}(?!\d)|[^\W\d_]+)"
        rf"|(?P<holiday>{alternation(data.HOLIDAYS)})(?!\w)"
        rf"|(?P<year_word>{_ARTICLE}(?:{year_words}))\s+(?P<year>\d{{4}}){year_end}"
        rf"|(?P<prep>{prepositions})\s+(?P<prep_year>\d{{4}}){year_end}"
        r")"
    )


@cache
def _digit_anchors() -> str:
    """The anchors that start with a digit: a numeric date, a month and year (2/2013), an era year."""
    return (
        r"(?<![\d/.\-])(?=\d)(?:"
        r"(?P<n1>\d{1,4})(?P<sep>[/.\-])(?P<n2>\d{1,2})(?P=sep)(?P<n3>\d{1,4})(?![\d]|[/.\-]\d)"
        r"|(?P<my_month>\d{1,2})/(?P<my_year>\d{4})(?![\d]|[/.\-]\d)"
        rf"|(?P<era_year>\d{{4}})\s*(?P<era>{_eras()})(?!\w)"
        r")"
    )


@cache
def digit_anchor() -> re.Pattern[str]:
    """The digit anchors alone, matched where a digit run starts: there no word anchor can match, so
    `anchor` would only try its word branches first for nothing."""
    return re.compile(_digit_anchors())


@cache
def anchor() -> re.Pattern[str]:
    """Every place a date can hang from: a word anchor at a word start, or a digit anchor where digits
    start. Word anchors share one clitic, digit anchors one digit check."""
    return re.compile(rf"(?<!\w){_word_anchors()}|{_digit_anchors()}")


@cache
def word_anchor() -> re.Pattern[str]:
    """A word anchor at a word start (after a space or an opener), searched over the few dozen
    characters before a four-digit year: there, a test of the character before each position costs
    less than making a spaced copy of the whole release to search by its spaces. At a word start, a
    lookahead first walks one trie of every word an anchor opens with, clitics folded in: most words
    fail it within a letter or two, where the anchor's five branches, each retried for every clitic
    that fits, cost about three times as much. It only rejects sooner; the matches are the same."""
    heads = {
        *month_names(),
        *(a + norm(data.MONTH_WORD) for a in ("", "ال")),
        *(norm(h) for h in data.HOLIDAYS),
        *(a + norm(w) for a in ("", "ال", "ل") for w in data.YEAR_WORDS),  # _ARTICLE
        *(norm(w) for w in data.YEAR_PREPOSITIONS + data.YEAR_RANGE_OPENERS),
    }
    return re.compile(f"(?<=[ {re.escape(_OPENERS)}])(?={_with_clitics(heads)}){_word_anchors()}")


@cache
def spaced_month() -> re.Pattern[str]:
    """A month name after a space, searched on `spaced` text, for the dates that carry no digit
    (أكتوبر الماضي، فاتح نونبر). The clitics are folded into the trie: no backtracking over them."""
    return re.compile(rf" (?:{_with_clitics(month_names())})(?!\w)")


def _with_clitics(words: Iterable[str]) -> str:
    """Normalised `words` as one trie alternation, each with any of the clitics of `_CLITIC` before it,
    spelled as the anchor branches match them (the clitic, then the word)."""
    clitics = ("", "و", "ب", "ل", "ف", "وب", "ول", "وف")
    return _trie(c + w for c in clitics for w in words)


# What may stand right before a word anchor instead of a space.
_OPENERS = "\n\t\r()«»\"“”'[]{}،؛:;,!؟?|–—"


def spaced(text: str) -> str:
    """`text` with every opener turned into a space, offsets unchanged, for `spaced_month`."""
    for ch in _OPENERS:
        if ch in text:
            text = text.replace(ch, " ")
    return text


@cache
def general_heads(*, definite: bool) -> frozenset[str]:
    """The nouns عام may qualify as "general", with their clitics: indefinite (مستشفى، بمستشفى) or
    definite (المستشفى، بالمستشفى، للمستشفى)."""
    clitics = ("", "و", "ب", "وب", "ف", "ك")
    prefixes = [c + "ال" for c in clitics] + ["لل", "ولل"] if definite else [*clitics, "ل", "ول"]
    return frozenset(p + w for w in words("GENERAL_HEADS") for p in prefixes)


@cache
def definite_masculine() -> re.Pattern[str]:
    """A definite word an adjective العام could agree with: the article, and no feminine or plural ending."""
    return re.compile(r"(?:و?[بفك]?ال|و?لل)[^\W\d_]+(?<!ه)(?<!ات)")


def _day_to_month() -> str:
    """From a day number to the month name after it, which the match ends at: "15 من شهر نونبر"،
    "15 إلى 20 مارس"، "3 ديسمبر". Its runs of blanks are possessive: what follows each starts with a
    letter, a digit or a dash, so giving a space back could never help, and at the many numbers no
    month follows the engine would retry the whole tail for nothing."""
    return (
        rf"\s*+(?:(?:{alternation(data.RANGE_LINKS)}|-|–|و)\s*+\d{{1,2}}\s*+)?(?:(?:من|في)\s+)?"
        rf"(?:و?[بل]?(?:ال)?{norm(data.MONTH_WORD)}\s+)?(?={_CLITIC}(?:{alternation(month_names())})(?!\w))"
    )


@cache
def day_to_month() -> re.Pattern[str]:
    """From a day number to the month name after it (see `_day_to_month`), matched where a digit run
    ends: the `gap` of `date_digits`."""
    return re.compile(_day_to_month())


@cache
def day_to_month_heads() -> frozenset[str]:
    """The first two characters a `day_to_month` match can have after its blanks, but for a dash or a
    bare و linking a second day (their second character is a blank or a digit): a link word, من or
    في, the word for month, or a month name, each with the clitics the pattern allows before it.
    Most numbers are followed by a noun none of these start, which this tells without the match."""
    month_word = norm(data.MONTH_WORD)
    heads = {
        *(norm(w) for w in data.RANGE_LINKS),
        "من",
        "في",
        *(w + c + a + month_word for w in ("", "و") for c in ("", "ب", "ل") for a in ("", "ال")),
        *(c + m for c in ("", "و", "ب", "ل", "ف", "وب", "ول", "وف") for m in month_names()),
    }
    return frozenset(h[:2] for h in heads)


@cache
def date_digits() -> re.Pattern[str]:
    """The digit runs a date can hang from: a run of four digits (a year; the `era_hint` group is set
    when an era marker may follow it), a shorter one with a month name after it (the `gap` group ends
    where the month starts), or a run that opens a numeric date (what follows it has the shape
    `digit_anchor` needs: a separator, a day or month, the same separator and a digit, or a slash and
    a year; a decimal such as 85.5 has not). A release has some 35 digit runs and most are counts,
    amounts or long numbers that none of these fit. `dates._scan` finds these runs and groups with a
    typed loop over the characters, which compiled costs less than this search; the pattern states
    what the loop must find."""
    return re.compile(
        r"[0-9](?<![0-9]{2})[0-9]{0,3}(?![0-9])"
        rf"(?:(?<=[0-9]{{4}})(?:(?=\s*+[{era_initials()}])(?P<era_hint>)|)|(?=(?P<gap>{_day_to_month()}))"
        r"|(?=(?P<field_sep>[/.\-])\d{1,2}(?P=field_sep)\d|/\d{4}))"
    )


@cache
def era_initials() -> str:
    """The letters an era marker can start with: a four-digit run with none after it is no era year."""
    return "".join(sorted({norm(w)[0] for w in data.GREGORIAN_ERA + data.HIJRI_ERA}))


@cache
def _eras() -> str:
    return alternation(data.GREGORIAN_ERA + data.HIJRI_ERA)


def _year_tail() -> str:
    """The year after a month or holiday, in groups: `year`, its era marker `era`, the preposition
    that joins it (`year_join`: من، في), the word that names it a year (`year_word`: عام، للعام), and
    `year_count`, set when a counted noun follows the year (see `_counted_noun`). Its runs of blanks
    are possessive: what follows each starts with a letter, a digit or a comma, so giving a blank back
    could never help, and the engine would retry the words after it for nothing."""
    year_words = alternation(data.YEAR_WORDS)
    return (
        rf"\s*+[,،]?\s*+(?:(?P<year_join>من|في)\s++)?(?:(?P<year_word>{_CLITIC}{_ARTICLE}(?:{year_words}))\s++)?"
        rf"(?P<year>\d{{4}})(?!\d)(?:\s*+(?P<era>{_eras()})(?!\w))?(?:(?=(?P<year_count>{_counted_noun()})))?"
    )


def _counted_noun() -> str:
    """A noun the counts reader counts, right after a number on its line (1950 حالة، 2024 مستفيدا،
    2003 مستشفيات): such a number heads a count of its own; a line break ends the date's phrase
    (a dateline, then a headline opening with مركز). Every form of every noun of
    `data.counted_nouns`, by its first word, with the accusative alif a number may give it (مستفيداً);
    not the nouns of `FEW_UNITS`, which are never counted in thousands (في يناير 2023 مستشفى)."""
    forms = {
        w.split()[0]
        for unit, entries in COUNTED_NOUNS.items()
        if unit not in FEW_UNITS
        for entry in entries
        for w in entry
    }
    return rf"[^\S\n\r]++(?:{alternation(forms)})ا?(?!\w)"


@cache
def year_tail() -> re.Pattern[str]:
    """The year after a month or holiday: "2025"، "من عام 2014"، "للعام 2021 م"، "بعام 2014"."""
    return re.compile(_year_tail())


@cache
def era_tail() -> re.Pattern[str]:
    return re.compile(rf"\s*(?P<era>{_eras()})(?!\w)")


def era_after(text: str, pos: int) -> re.Match[str] | None:
    """`era_tail` matched at `pos`. Most dates have no era marker after them, and a character that is
    neither a blank nor an era marker's first letter (a comma, a stop) tells it without the match."""
    ch = text[pos : pos + 1]
    if not ch or not (ch in era_initials() or ch.isspace()):
        return None
    return era_tail().match(text, pos)


def _paired_month(month: str) -> str:
    """A second month name; the blanks before it are possessive, as the name starts with a letter."""
    return rf"\s*+[/(\-–]?\s*+\(?\s*+(?P<{month}>{alternation(month_names())})(?!\w)\s*\)?"


@cache
def paired_month() -> re.Pattern[str]:
    """A second name of the same month: "آذار/مارس"، "مارس (آذار)"، "كانون الثاني - يناير"."""
    return re.compile(_paired_month("month"))


@cache
def month_tail() -> re.Pattern[str]:
    """What follows a month name, read in one match: a second name (`pair`, its name `pair_month`),
    then the year (the groups of `year_tail`). The second name is atomic: when one follows, the year is read
    after it, as `paired_month` and then `year_tail` would read them; the reader falls back to those
    two when the second name turns out to be another month's."""
    return re.compile(rf"(?>(?P<pair>{_paired_month('pair_month')}))?(?:{_year_tail()})?")


@cache
def year_range_tail() -> re.Pattern[str]:
    """The second year of "عامي 2020 و2023"، "2024-2025"، "من عام 2020 إلى عام 2023"."""
    year_words = alternation(data.YEAR_WORDS)
    return re.compile(
        rf"\s*(?P<link>{alternation(data.RANGE_LINKS)}|-|–|/|و)\s*(?:{_ARTICLE}(?:{year_words})\s+)?"
        r"(?P<year>\d{4})(?!\d)"
    )


@cache
def relative_tail() -> re.Pattern[str]:
    """A yearless date placed by the release's own date: "مارس الماضي"، "مارس الجاري"، "من العام الجاري"."""
    past, nxt, now = (alternation(getattr(data, n)) for n in ("PAST_WORDS", "NEXT_WORDS", "CURRENT_WORDS"))
    year_words = alternation(data.YEAR_WORDS)
    return re.compile(
        rf"\s+(?:من\s+)?(?:(?:هذا|هذه)\s+(?:ال)?(?:{year_words})(?P<this>)"
        rf"|(?:ال)?(?:{year_words})\s+(?:(?P<year_past>{past})|(?P<year_next>{nxt})|(?P<year_now>{now}))"
        rf"|(?P<past>{past})|(?P<next>{nxt})|(?P<now>{now}))(?!\w)"
    )


@cache
def every_year_tail() -> re.Pattern[str]:
    """A day that recurs every year (من كل عام) is no date."""
    return re.compile(
        rf"\s+(?:من\s+)?(?:{alternation(data.EVERY_WORDS)})\s+(?:ال)?(?:{alternation(data.YEAR_WORDS)})(?!\w)"
    )


@cache
def epithet_tail() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{alternation(data.HOLIDAY_EPITHETS)})(?!\w)")


@cache
def year_phrase_end() -> re.Pattern[str]:
    """What may follow a year introduced by a weak anchor (في 2019): the end of the time phrase."""
    return re.compile(rf"\s*(?:$|[^\w\s]|\n|و|(?:{alternation(data.YEAR_PHRASE_FOLLOWERS)}|{_eras()})(?!\w))")


@cache
def token_reversed() -> re.Pattern[str]:
    """A token and the blanks after it, matched on reversed text to read the words before an anchor
    leftwards (see `dates._Before`). Tokens are digit runs, letter runs and single punctuation marks,
    which read the same in both directions; blanks are spaces and the underscore, which is neither."""
    return re.compile(r"[\s_]*(\d+|[^\W\d_]+|[^\w\s])")


def _month_word_forms() -> list[str]:
    """The word for month with its clitics: شهر، الشهر، بشهر، لشهر، وبشهر، وبالشهر."""
    clitics = [w + c + a for w in ("", "و") for c in ("", "ب", "ل") for a in ("", "ال")]
    return [clitic + norm(data.MONTH_WORD) for clitic in clitics]


@cache
def month_word() -> re.Pattern[str]:
    """The word for month as a token, with its clitics (see `_month_word_forms`)."""
    return re.compile(alternation(_month_word_forms()))


def _reversed_tokens(words: Iterable[str]) -> str:
    """On reversed text, a whole letter token (or phrase) that is one of `words`, read backwards."""
    return rf"(?:{_trie(w[::-1] for w in words)})(?![^\W\d_])"


@cache
def plain_left() -> re.Pattern[str]:
    """The words before a month name that leave its reading plain, matched on the reversed look-back
    window `dates._Before` reads. Nearly every month anchor of the bench corpus is one of these, and one
    match answers them where the token walk of `dates._read_left` reads and tests its words one by one:

    - a day number (في 8 أبريل، حتى 19 مارس), with the weekday before it (الجمعة 9 جوان، يوم الأحد
      الموافق 5 مايو): groups `day`, `weekday` and `lead`, the weekday and its day word;
    - no day (خلال أبريل، في شهر أبريل): group `month_word` when شهر comes before the name.

    Anything else the walk acts on fails the match and goes to the walk: a day glued to a number
    (1.5، 10:30) or joined to a first day (15 إلى 20، 3 و5), الموافق with no weekday before it; before a
    month with no day, a word that opens a reading of its own (من، فاتح، يوم، الأخير، a weekday) or a
    number short enough to be a day. The word lists are those the walk tests, in full."""
    blanks = r"[\s_]*+"
    weekdays = _reversed_tokens(norm(w) for w in data.WEEKDAYS)
    links = _reversed_tokens({*(norm(w) for w in data.RANGE_LINKS), "و"})
    weekday_links = _reversed_tokens(norm(w) for w in data.WEEKDAY_LINKS)
    day_words = _reversed_tokens(norm(w) for w in data.DAY_WORDS)
    opens_reading = _reversed_tokens(
        [
            *_month_word_forms(),
            *(norm(w) for w in ("من", "في", *data.FIRST_DAY_WORDS, *data.DAY_WORDS, *data.LAST_AFTER)),
            *(norm(w) for w in data.WEEKDAYS),
        ]
    )
    short_number = r"\d{1,2}(?!\d)"
    weekday = rf"(?:{weekday_links}{blanks}(?={weekdays}))?(?P<weekday>{weekdays})(?:{blanks}{day_words})?"
    before_day = (
        rf"\Z|\d|[^\w\s\-–]"
        rf"|(?:{links}|[\-–]){blanks}(?!{short_number})"  # a link, but no first day before it
        rf"|(?P<lead>{weekday})"
        rf"|(?!{links}|{weekday_links}|{weekdays})[^\W\d_]"
    )
    month_word = _reversed_tokens(_month_word_forms())
    no_day = rf"(?:(?P<month_word>{month_word}){blanks})?(?:{_reversed_tokens(['في'])}{blanks})?"
    return re.compile(
        rf"{blanks}(?:(?P<day>{short_number})(?![{re.escape(NUMBER_JOINERS)}]){blanks}(?:{before_day})"
        rf"|{no_day}(?:\Z|\d{{3}}|[^\w\s]|(?!{opens_reading})[^\W\d_]))"
    )


@cache
def plain_before_numeric() -> re.Pattern[str]:
    """Matched like `plain_left`, on the reversed window before a numeric date: nothing, a number or a
    word that is neither a reference word (رقم 2/2013) nor a weekday or its link, which the date's span
    would reach back over. Such a date is no reference and starts where its digits do, and one match
    tells it for nearly every numeric date; a mark of punctuation, which the reference test looks past,
    sends it to the token walk."""
    others = _reversed_tokens(norm(w) for w in (*data.REFERENCE_WORDS, *data.WEEKDAY_LINKS, *data.WEEKDAYS))
    return re.compile(rf"[\s_]*+(?:\Z|\d|(?!{others})[^\W\d_])")


@cache
def range_link() -> re.Pattern[str]:
    """The whole text between two dates that makes them a period's ends (من ... إلى غاية ...)."""
    return re.compile(rf"\s*(?P<link>{alternation(data.RANGE_LINKS)}|-|–|و)\s*")


@cache
def equivalence() -> re.Pattern[str]:
    """The whole text between a Hijri date and its Gregorian equivalent: "الموافق"، " ("، " / "."""
    return re.compile(rf"\s*[(/\-–،,]?\s*(?:(?:{alternation(data.EQUIVALENCE_WORDS)})\s*)?\(?\s*")


def ending_phrase(piece: str, *names: str) -> str | None:
    """The first of the `data.months` lists `names` with a whole phrase ending `piece`, a colon and spaces
    aside (نشر في: ), or None. Matched at the start of the reversed piece rather than searched with a
    regex that would try every position; one match answers for all the lists."""
    if not piece.rstrip().rstrip(":：").rstrip().endswith(_last_words(names)):
        return None  # no phrase can end the piece: spares reversing it
    m = phrase_end(*names).match(piece[::-1])
    return m.lastgroup if m else None


@cache
def _last_words(names: tuple[str, ...]) -> tuple[str, ...]:
    """The last words of the phrases of the `data.months` lists `names`, normalised: a piece that ends
    with none of them, blanks and a colon aside, ends with no phrase of theirs."""
    return tuple({norm(w).split()[-1] for name in names for w in getattr(data, name)})


@cache
def phrase_end(*names: str) -> re.Pattern[str]:
    """The phrases of each list reversed, in a group named after it, the lists tried in order, after the
    reversed blanks and colon that may close them: matched on a reversed piece, it finds the phrase
    `ending_phrase` does."""

    def reversed_phrases(name: str) -> str:
        return _trie(norm(w)[::-1] for w in getattr(data, name))

    lists = "|".join(f"(?P<{name}>{reversed_phrases(name)})(?!\\w)" for name in names)
    return re.compile(rf"\s*+(?:[:：]\s*+)?+(?:{lists})")


@cache
def phrase_start(name: str) -> re.Pattern[str]:
    """A phrase of `data.months` list `name` starting right where the matched text starts."""
    return re.compile(rf"\s*[:：\-–|]?\s*(?:{alternation(getattr(data, name))})(?!\w)")
