"""Fuzzing: whatever text or file arrives, the extractors never crash and every span is exact.

Real feeds send mojibake, half-decoded legacy pages, presentation forms pasted from PDFs and RTL marks
from word processors. These properties are the contract the warehouse and the audit page rely on: a fact
always points at exactly the characters it was read from. CI draws a fixed sequence of examples (a
submission never fails on a newly drawn input); a developer's run draws fresh ones each time.
"""

from __future__ import annotations

import json
import os
import tempfile
from itertools import chain
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extractors import extract_facts
from extractors.data.counted_nouns import COUNTED_NOUNS
from extractors.data.currencies import ABBREVIATIONS, CURRENCIES, ISO_CODES, SYMBOLS
from extractors.data.facility_heads import HEADS, NAME_LINKS, TITLES
from extractors.data.months import GREGORIAN_MONTHS, HIJRI_MONTHS
from extractors.data.number_words import SCALES, TENS, UNITS
from extractors.data.places import PLACES
from nabd.sources import SUPPORTED_SUFFIXES, Rejection, SourceDocument, read_source

settings.register_profile(
    "nabd",
    max_examples=200,
    deadline=None,
    derandomize=bool(os.environ.get("CI")),
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("nabd")

LETTERS = [chr(c) for c in range(0x0621, 0x064B)]
DIACRITICS = [*(chr(c) for c in range(0x064B, 0x0653)), "\u0670", "\u0640"]
DIGITS = list("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")
PUNCTUATION = [*"،؛؟.,:;-–/()«»\"'%٪٫٬+", "...", "\n", "\n\n", "\t"]
# Presentation forms (from PDFs), and the ligatures ﷲ and ﷼ (the rial sign).
PRESENTATION_FORMS = [
    *(chr(c) for c in chain(range(0xFE70, 0xFEFD), range(0xFB50, 0xFBB2))),
    "\ufdf2",
    "\ufdfc",
]
# LRM, RLM, ALM, embeddings, isolates, ZWNJ, ZWJ and a stray BOM, as word processors leave them.
DIRECTION_MARKS = list("\u200e\u200f\u061c\u202b\u202c\u2067\u2069\u200c\u200d\ufeff")
SEPARATORS = [" ", " ", " ", "", "\u00a0", "\n", "، ", " و"]
CURRENCY_WORDS = [
    *(form for currency in CURRENCIES.values() for form in currency.forms),
    *(adjective for currency in CURRENCIES.values() for adjective in currency.adjectives),
    *ABBREVIATIONS,
    *SYMBOLS,
    *ISO_CODES,
]
NUMBER_WORDS = [w for forms in chain(UNITS.values(), TENS.values()) for w in forms] + [
    w for forms in SCALES.values() for group in forms for w in group
]
MONTHS = [*GREGORIAN_MONTHS, *HIJRI_MONTHS]
NOUNS = [w for forms in COUNTED_NOUNS.values() for group in forms for w in group]
FACILITY_WORDS = [
    *(w for head, (plurals, _, _) in HEADS.items() for w in (head, *plurals)),
    *TITLES,
    *NAME_LINKS,
    *(w for names in PLACES.values() for w in names),
]


def _chars(alphabet: list[str], max_size: int = 6) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(alphabet), min_size=1, max_size=max_size).map("".join)


def _numbers() -> st.SearchStrategy[str]:
    """Figures the way releases print them: raw digit runs of either set, grouped, decimal, dates."""
    return st.one_of(
        _chars(DIGITS, 12),
        st.integers(0, 10**12).map(lambda n: f"{n:,}"),
        st.tuples(st.integers(0, 10**6), st.integers(0, 99), st.sampled_from(["٫", ",", "."])).map(
            lambda p: f"{p[0]}{p[2]}{p[1]:02d}"
        ),
        st.tuples(st.integers(1, 31), st.integers(1, 12), st.integers(1990, 2035)).map(
            lambda p: f"{p[0]}/{p[1]}/{p[2]}"
        ),
    )


WORD = st.one_of(
    _chars(LETTERS, 8),
    st.sampled_from(NUMBER_WORDS),
    st.sampled_from(MONTHS),
    st.sampled_from(CURRENCY_WORDS),
    st.sampled_from(NOUNS),
    st.sampled_from(FACILITY_WORDS),
    _numbers(),
    _chars(DIACRITICS, 3),
    _chars(PUNCTUATION, 2),
    _chars(PRESENTATION_FORMS, 6),
    _chars(DIRECTION_MARKS, 2),
)
WORD_WITH_MARKS = st.tuples(WORD, st.sampled_from(["", "", *DIACRITICS, *DIRECTION_MARKS])).map(
    lambda pair: pair[0] + pair[1]
)
ARABIC_TEXT = st.lists(st.tuples(WORD_WITH_MARKS, st.sampled_from(SEPARATORS)), max_size=40).map(
    lambda parts: "".join(word + sep for word, sep in parts)
)


def assert_spans_exact(text: str) -> None:
    for fact in extract_facts(text):
        assert 0 <= fact.start <= fact.end <= len(text), fact
        assert text[fact.start : fact.end] == fact.text, fact
        assert fact.type in {"count", "date", "budget", "facility"}, fact


@given(ARABIC_TEXT)
# Inputs fuzzing once crashed the number reader on (mixed decimal marks; digits across a line break).
@example("صفر 0٫001,000 ")
@example("1٫5,000 مليون ريال")
def test_random_arabic_never_crashes_and_spans_are_exact(text: str) -> None:
    assert_spans_exact(text)


@given(ARABIC_TEXT, st.sampled_from([None, "SA", "EG", "MA", "DZ", "IQ", "LB", "AE"]))
@example("0\n100 ", "MA")
def test_country_override_keeps_spans_exact(text: str, country: str | None) -> None:
    for fact in extract_facts(text, country):
        assert text[fact.start : fact.end] == fact.text, fact


@given(st.binary(max_size=600), st.sampled_from(["utf-8", "cp1256", "utf-16", "latin-1"]))
def test_random_bytes_decoded_any_way_never_crash(data: bytes, encoding: str) -> None:
    assert_spans_exact(data.decode(encoding, errors="replace"))


@given(ARABIC_TEXT)
def test_arabic_round_tripped_through_cp1256_keeps_spans_exact(text: str) -> None:
    """What a Windows-1256 feed delivers once decoded: letters cp1256 lacks come back as '?'."""
    assert_spans_exact(text.encode("cp1256", errors="replace").decode("cp1256"))


def _file_bodies() -> st.SearchStrategy[tuple[str, bytes]]:
    """(suffix, bytes) pairs: random bytes under any supported name, and well-formed files of each kind
    wrapping random Arabic in every encoding feeds use."""
    encodings = st.sampled_from(["utf-8", "utf-8-sig", "cp1256", "utf-16", "iso-8859-6"])
    as_bytes = st.tuples(ARABIC_TEXT, encodings).map(lambda p: p[0].encode(p[1], errors="replace"))
    as_json = ARABIC_TEXT.map(lambda t: json.dumps({"title": t[:20], "text": t}, ensure_ascii=False).encode())
    as_jsonl = st.lists(ARABIC_TEXT, max_size=4).map(
        lambda ts: "\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in ts).encode()
    )
    as_html = st.tuples(ARABIC_TEXT, encodings).map(
        lambda p: (
            f'<html><head><meta charset="{p[1]}"><title>{p[0][:15]}</title></head>'
            f"<body><article><p>{p[0]}</p></article></body></html>"
        ).encode(p[1], errors="replace")
    )
    return st.one_of(
        st.tuples(st.sampled_from(SUPPORTED_SUFFIXES), st.binary(max_size=400)),
        st.tuples(st.just(".txt"), as_bytes),
        st.tuples(st.just(".json"), as_json),
        st.tuples(st.just(".jsonl"), as_jsonl),
        st.tuples(st.sampled_from([".html", ".htm"]), as_html),
    )


@settings(max_examples=120)
@given(_file_bodies())
def test_any_file_is_read_or_rejected_and_its_facts_are_exact(body: tuple[str, bytes]) -> None:
    suffix, data = body
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"release{suffix}"
        path.write_bytes(data)
        results = read_source(path, root=Path(tmp))
    assert results, "a file must yield a document or a rejection"
    for item in results:
        assert isinstance(item, SourceDocument | Rejection), item
        if isinstance(item, Rejection):
            assert item.reason.strip(), item
        else:
            assert_spans_exact(item.text)
