"""The shared number reader: regional separators, clitics, number words, and what is not a number."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors.normalize import normalize
from extractors.numbers import find_numbers, parse_number, read_ordinal

DUCKLING = Path(__file__).resolve().parent.parent / "fixtures" / "peer-cases" / "duckling-ar.jsonl"
FRAME = "أعلنت الوزارة تشغيل {} سريراً"


def _duckling_numbers() -> list[dict]:
    cases = [json.loads(line) for line in DUCKLING.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [c for c in cases if c["kind"] == "number" and not c.get("negative")]


def _read(text: str, *, decimal_comma: bool = False) -> list[tuple[str, int | float]]:
    norm = normalize(text).text
    return [(norm[m.start : m.end], m.value) for m in find_numbers(norm, decimal_comma=decimal_comma)]


@pytest.mark.parametrize("case", _duckling_numbers(), ids=lambda c: c["id"])
def test_duckling_number_in_a_sentence(case: dict) -> None:
    """The whole example, and only it, is read as one number with Duckling's value."""
    sentence = normalize(FRAME.format(case["text"])).text
    prefix = len(normalize(FRAME.split("{}")[0]).text)
    expected_span = (prefix, prefix + len(normalize(case["text"]).text))
    found = find_numbers(sentence)
    assert [((m.start, m.end), m.value) for m in found] == [(expected_span, pytest.approx(case["value"]))]


@pytest.mark.parametrize(
    ("text", "decimal_comma", "value", "rule"),
    [
        ("يقدر بـ11,320 مليون درهم", True, 11_320_000, "digits_scale"),
        ("يقدر بـ11,320 مليون درهم", False, 11_320_000_000, "digits_scale"),
        ("تخصيص 2,582 مليون درهم", True, 2_582_000, "digits_scale"),
        ("استفاد 10,000 مواطن", False, 10_000, "digits"),
        ("استفاد 10,000 مواطن", True, 10_000, "digits"),
        ("بلغ المعدل 1.2 مليون", False, 1_200_000, "digits_scale"),
        ("بلغ المعدل 1,5 مليون", True, 1_500_000, "digits_scale"),
        ("ميزانية 153.451.541 درهم", True, 153_451_541, "digits"),
        ("ميزانية 153 451 541 درهم", True, 153_451_541, "digits"),
        ("بتكلفة 2ر49 مليار ريال", False, 2_490_000_000, "digits_scale"),
        ("بلغت ١٬٢٥٠٫٥ ريال", False, 1250.5, "digits"),
        ("أي ما يعادل 1.234,56 يورو", False, 1234.56, "digits"),
        ("أي ما يعادل 1,234.56 دولار", True, 1234.56, "digits"),
        ("وبخمسة وعشرين سريراً", False, 25, "words"),
        ("إحدى عشرة عيادة", False, 11, "words"),
        ("اثنا عشر مستشفى", False, 12, "words"),
        ("ثلاثة عشر مركزاً", False, 13, "words"),
        ("ثماني عشرة ممرضة", False, 18, "words"),
        ("ثلاث مئة طبيب", False, 300, "words"),
        ("مئتا سرير", False, 200, "words"),
        ("ألفي مريض", False, 2000, "scale_only"),
        ("ثلاثة آلاف وخمسمائة زائر", False, 3500, "words_scale"),
        ("أحد عشر ألف مستفيد", False, 11_000, "words_scale"),
        ("2 مليون و500 ألف جرعة", False, 2_500_000, "digits_scale"),
        ("ربع مليون مستفيد", False, 250_000, "words_scale"),
        ("ثلاثة ملايين ونصف", False, 3_500_000, "words_scale"),
        ("مليار ونصف المليار ريال", False, 1_500_000_000, "words_scale"),
        ("ألف مليون دولار", False, 1_000_000_000, "scale_only"),
        ("خمسين ألفاً", False, 50_000, "words_scale"),
        ("تلتمية وخمسين", False, 350, "words"),
        ("ستاشر", False, 16, "words"),
    ],
)
def test_reads_one_number(text: str, decimal_comma: bool, value: int | float, rule: str) -> None:
    norm = normalize(text).text
    found = find_numbers(norm, decimal_comma=decimal_comma)
    assert [(m.value, m.rule) for m in found] == [(pytest.approx(value), rule)]


def test_maghrebi_decimal_comma_is_noted_not_flagged() -> None:
    (m,) = find_numbers(normalize("بـ11,320 مليون درهم").text, decimal_comma=True)
    assert "decimal comma" in m.note
    assert not m.ambiguous


def test_comma_group_without_scale_in_maghrebi_text_is_flagged() -> None:
    (m,) = find_numbers(normalize("استفاد 2,500 شخص").text, decimal_comma=True)
    assert m.value == 2500
    assert m.ambiguous


def test_single_dotted_thousands_in_mashriqi_text_is_flagged() -> None:
    (m,) = find_numbers(normalize("استقبل 1.200 مريض").text)
    assert m.value == pytest.approx(1.2)
    assert m.ambiguous
    assert "1200" in m.note


def test_arabic_decimal_mark_reads_and_mixed_marks_read_nothing() -> None:
    assert _read("بلغت النسبة 2٫5 بالمئة") == [("2٫5", 2.5)]
    assert _read("بلغت النسبة 0٫001,000 بالمئة") == []


def test_clitic_stays_outside_the_span() -> None:
    assert _read("بـ11,320 مليون", decimal_comma=True) == [("11,320 مليون", 11_320_000)]
    assert _read("و3 مستشفيات ل5 مراكز") == [("3", 3), ("5", 5)]
    assert _read("وثلاثة مراكز لعشرة أطباء") == [("ثلاثه", 3), ("عشره", 10)]


def test_neighbouring_numbers_stay_apart() -> None:
    assert _read("في عام 2025 ثلاثة مستشفيات") == [("2025", 2025), ("ثلاثه", 3)]
    assert _read("بين 2020 و2021") == [("2020", 2020), ("2021", 2021)]
    assert _read("من 10 إلى 20 مليون") == [("10", 10), ("20 مليون", 20_000_000)]
    assert _read("خلال 2025-2026") == [("2025", 2025), ("2026", 2026)]


@pytest.mark.parametrize(
    ("text", "decimal_comma", "expected"),
    [
        ("بلغ 95% - 100 مريض", False, [("95", 95), ("100", 100)]),
        ("أي 5) مليون", False, [("5", 5), ("مليون", 1_000_000)]),
        ("نحو 5\nمليون", False, [("5", 5), ("مليون", 1_000_000)]),
        ("10 - مليون", False, [("10", 10), ("مليون", 1_000_000)]),
        ("5 مليونين", False, [("5", 5), ("مليونين", 2_000_000)]),
        ("نحو 3  آلاف و 200", False, [("3  الاف و 200", 3200)]),
        ("و2,5 مليون", True, [("2,5 مليون", 2_500_000)]),
        ("11 ألفاً", False, [("11 الفا", 11_000)]),
    ],
)
def test_a_scale_word_joins_digits_only_across_spaces(
    text: str, decimal_comma: bool, expected: list[tuple[str, int]]
) -> None:
    """Digits and a scale word a space away are read at once; an opener, a line break, a dash or a
    dual between them leaves two numbers, as token by token."""
    assert _read(text, decimal_comma=decimal_comma) == expected


@pytest.mark.parametrize(
    "text",
    [
        "يوم الثلاثاء والأربعاء والخميس والسبت",
        "عشرات المرضى وآلاف الزوار وملايين الدولارات ومئات الأطباء",
        "المركز الأول والثالث والحادي عشر والخامس عشر",
        "في الحادية عشرة صباحاً",
        "احتفالية خمسينية المستشفى",
        "أحد المرضى وإحدى الممرضات يوم الأحد",
        "لست أدري",
        "نصف المرضى وثلث الأسرة وربع ساعة",
        "بتاريخ 03/01/2022 على الساعة 10:30 و15.11.2025 و2022-01-03",
        "في 2/2013 وعلى مدار 24/7",
        "منذ بضعة عشر عاماً",
        "كوفيد19",
    ],
)
def test_not_numbers(text: str) -> None:
    assert _read(text) == []


def test_number_words_can_be_bare() -> None:
    assert _read("وست مستشفيات") == [("ست", 6)]
    assert _read("عشر سنوات") == [("عشر", 10)]


def test_parse_number_reads_exactly_one_expression() -> None:
    assert parse_number("خمسة و عشرون") == 25
    assert parse_number("1,5", decimal_comma=True) == 1.5
    assert parse_number("ثلاثه مستشفيات") is None
    assert parse_number("2020 2021") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("الأول", 1),
        ("أول", 1),
        ("الأولى", 1),
        ("الثالث", 3),
        ("العاشرة", 10),
        ("الحادي عشر", 11),
        ("الحادية عشرة", 11),
        ("الثاني عشر", 12),
        ("التاسع عشر", 19),
        ("العشرين", 20),
        ("الحادي والعشرين", 21),
        ("الثانية والعشرون", 22),
        ("الثلاثين", 30),
        ("الحادي والثلاثين", 31),
    ],
)
def test_read_ordinal(text: str, value: int) -> None:
    assert read_ordinal(normalize(text).text) == value


@pytest.mark.parametrize("text", ["الحادي", "ثلاثة", "عشرين", "الثالث مستشفى", "الخميس"])
def test_read_ordinal_rejects_non_ordinals(text: str) -> None:
    assert read_ordinal(normalize(text).text) is None
