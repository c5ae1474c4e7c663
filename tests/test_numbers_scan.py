"""The cluster scan of `find_numbers` against its statement: the cluster regex over the search copy.

`find_numbers` tries its cluster regex only where a start filter lets it, over the text itself (openers
are spaces to the pattern), and reads a run of digits alone without the regex at all. What it must
find is what one `finditer` of the cluster pattern over the search copy finds, read cluster by cluster
as below; these tests hold the two to the same numbers over press text and over fuzzed strings made
of number words, clitics, digits, separators, openers and blanks.
"""

from __future__ import annotations

import random
import re
from functools import cache
from pathlib import Path

import pytest

from extractors import numbers as nm
from extractors.normalize import normalize

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@cache
def _copy_cluster_re(decimal_comma: bool) -> re.Pattern[str]:
    return re.compile(nm._cluster_source(decimal_comma, on_copy=True))


def _reference(text: str, decimal_comma: bool) -> tuple[nm.NumberMatch, ...]:
    """Every cluster `finditer` finds over the search copy, read as find_numbers reads one."""
    forms, scales, tails = nm._forms(), nm._bare_scales(), nm._teen_tails()
    copy = nm._search_copy(text)
    found: list[nm.NumberMatch] = []
    for m in _copy_cluster_re(decimal_comma).finditer(copy):
        start, end = m.span()
        if (raw := copy[start + 1 : end]).isdigit():
            found.append(nm.NumberMatch(start, end - 1, int(raw), "digits"))
            continue
        word, _, _, slash, dig, glued, dig2, rest = m.groups()
        if word not in forms and not (glued or dig2):
            if not rest or rest.isspace():
                if dig:
                    end = m.end("dig") - 1
                    if (single := nm._digits_match(end - len(dig), end, dig, decimal_comma)) is not None:
                        found.append(single)
                if not slash:
                    continue
            elif dig and (scale := scales.get(rest[1:])) is not None:
                end = m.end("dig") - 1
                if text[end] == " " and (
                    scaled := nm._scaled_match(end - len(dig), dig, scale, m.end() - 1, decimal_comma)
                ):
                    found.append(scaled)
                    continue
        elif (not rest or rest.isspace()) and m.group("num") is None and word not in tails:
            if (lone := nm._lone_word(m.start(), word)) is not None:
                found.append(lone)
            continue
        found.extend(nm._read_cluster(text, copy, m.start(), m.end(), decimal_comma))
    return tuple(found)


def _find(text: str, decimal_comma: bool) -> tuple[nm.NumberMatch, ...] | str:
    try:
        return nm.find_numbers.__wrapped__(text, decimal_comma=decimal_comma)
    except ArithmeticError as error:  # a reading the reference fails on too (0٫001,000-like digits)
        return type(error).__name__


def _expected(text: str, decimal_comma: bool) -> tuple[nm.NumberMatch, ...] | str:
    try:
        return _reference(text, decimal_comma)
    except ArithmeticError as error:
        return type(error).__name__


@cache
def _press() -> list[str]:
    """Normalised press releases and messy pages from the fixtures, and their paragraphs."""
    texts = []
    for path in sorted((FIXTURES / "articles").iterdir()) + sorted((FIXTURES / "messy").iterdir()):
        if path.is_file():
            text = normalize(path.read_text(encoding="utf-8", errors="replace")).text
            texts.append(text)
            texts.extend(p for p in text.split("\n") if p.strip())
    return texts


def test_press_text_reads_as_the_regex_over_the_search_copy() -> None:
    texts = _press()
    assert len(texts) > 100
    for text in texts:
        for decimal_comma in (False, True):
            assert _find(text, decimal_comma) == _expected(text, decimal_comma), text[:120]


@pytest.mark.parametrize(
    "text",
    [
        "بلغ عدد المستفيدين 2025. وأكد الوزير",
        "بتكلفة 350 مليون درهم و 2,500 ريال",
        "(15) سريراً «2025» و$10 و100% و[3]",
        "بين 2020 و2021 و 2022 - 2023",
        "خلال 2025-2026 و2025–.5 و10 - مليون",
        "153 451 541 درهم و153\n451 و153«451",
        "نحو 5\nمليون و5) مليون و5  مليون",
        "في 03/01/2022 على الساعة 10:30 و2/2013 و77/100",
        "ثلاثة آلاف وخمسمائة و 20 ألفاً",
        "12٣ و٣ و-5 و.5 و٫5",
        "الف\xa0مريض و 5\xa0مليون و7 و",
        "5مليون 5ملايين 5_ 5ر 5ر5",
        "2025",
        "و",
        "",
    ],
)
def test_edge_shapes_read_as_the_regex_over_the_search_copy(text: str) -> None:
    for decimal_comma in (False, True):
        assert _find(text, decimal_comma) == _expected(text, decimal_comma)


def _fuzzed(rng: random.Random, pieces: list[str], press: list[str]) -> str:
    parts = []
    for _ in range(rng.randint(1, 12)):
        r = rng.random()
        if r < 0.3:
            parts.append(rng.choice(pieces))
        elif r < 0.55:
            parts.append(str(rng.choice([rng.randint(0, 9), rng.randint(0, 99), rng.randint(0, 99999)])))
        elif r < 0.9:
            parts.append("".join(rng.choice(_CHARS) for _ in range(rng.randint(1, 3))))
        else:
            text = rng.choice(press)
            at = rng.randrange(len(text))
            parts.append(text[at : at + rng.randint(1, 30)])
    return "".join(parts)


_CHARS = list(" \n\t\xa0\u2009" + nm._OPENERS + "0123456789٠١٢٣.,٬٫ر/:-–_a²½ـ\u064b")


def test_fuzzed_strings_read_as_the_regex_over_the_search_copy() -> None:
    rng = random.Random(7)
    pieces = [*nm._forms(), "و", "ب", "ال", "عام", "المرضى", "-", "–", ".", "٫", ",", "ر", "/", ":", "٬"]
    press = [t for t in _press() if t]
    for _ in range(20_000):
        text = _fuzzed(rng, pieces, press)
        decimal_comma = rng.random() < 0.5
        assert _find(text, decimal_comma) == _expected(text, decimal_comma), repr(text)


def test_openers_are_the_gap_characters_of_the_scan() -> None:
    """The typed scan spells the openers out; they must stay those `_search_copy` turns into spaces:
    digits after one of them, and after no other character, start a number."""
    for code in range(0x10000):
        if 0xD800 <= code < 0xE000:
            continue
        ch = chr(code)
        found = [(m.start, m.value) for m in nm.find_numbers.__wrapped__(f"x{ch}5")]
        assert found == ([(2, 5)] if ch == " " or ch in nm._OPENERS else []), hex(code)
