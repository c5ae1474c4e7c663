"""The budgets reader: amounts, currencies by country, scale words, conventions, ranges and cents."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extractors import budgets
from extractors.article import read_article
from extractors.facts import Fact

ROOT = Path(__file__).resolve().parent.parent
DUCKLING = ROOT / "fixtures" / "peer-cases" / "duckling-ar.jsonl"
FRAME = "رصدت الوزارة مبلغ {} لدعم المستشفيات"


def _budgets(text: str, country: str | None = None) -> list[Fact]:
    facts = budgets.extract(read_article(text, country))
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text
    return facts


def _readings(text: str, country: str | None = None) -> list[tuple[str, int | float, str]]:
    return [(f.text, f.attrs["amount"], f.attrs["currency"]) for f in _budgets(text, country)]


def _duckling_money() -> list[dict]:
    cases = [json.loads(line) for line in DUCKLING.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [c for c in cases if c["kind"] == "money" and not c.get("interval")]


@pytest.mark.parametrize("case", _duckling_money(), ids=lambda c: c["id"])
def test_duckling_money_in_a_sentence(case: dict) -> None:
    facts = _budgets(FRAME.format(case["text"]))
    assert len(facts) == 1, [f.to_record("duckling") for f in facts]
    (fact,) = facts
    assert fact.text == case["text"].rstrip(".") or fact.text == case["text"]
    amounts = [case["amount"], *case.get("alt_amounts", [])]
    assert any(fact.attrs["amount"] == pytest.approx(a) for a in amounts), fact.attrs
    if case["currency"]:
        assert fact.attrs["currency"] == case["currency"]


def _duckling_intervals() -> list[dict]:
    cases = [json.loads(line) for line in DUCKLING.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [c for c in cases if c["kind"] == "money" and c.get("interval")]


@pytest.mark.parametrize("case", _duckling_intervals(), ids=lambda c: c["id"])
def test_duckling_intervals_give_bounds_never_a_single_value(case: dict) -> None:
    """Duckling does not score these; here a range gives both ends and a bound gives a qualifier."""
    facts = _budgets(FRAME.format(case["text"]))
    readings = [(f.attrs["amount"], f.attrs.get("range"), f.attrs.get("qualifier")) for f in facts]
    low, high = case["min"], case["max"]
    if low is not None and high is not None:
        assert [(a, r) for a, r, _ in readings] == [(low, "low"), (high, "high")]
    elif high is not None:
        assert readings == [(high, None, "less_than")]
    else:
        assert readings == [(pytest.approx(low), None, "more_than")]
    assert all(f.attrs["currency"] == case["currency"] for f in facts)


def test_seed_moroccan_release_reads_the_decimal_comma(seed_texts: dict[str, str]) -> None:
    (name,) = [n for n in seed_texts if n.startswith("004_")]
    facts = _budgets(seed_texts[name])
    assert [(f.text, f.attrs) for f in facts] == [
        ("11,320 مليون درهم", {"amount": 11_320_000, "currency": "MAD"}),
        ("2,582 مليون درهم", {"amount": 2_582_000, "currency": "MAD"}),
    ]
    assert all("decimal comma" in f.note and not f.ambiguous for f in facts)


def test_same_amount_in_a_mashriqi_release_is_thousands() -> None:
    assert _readings("خصصت الوزارة 11,320 مليون ريال للمستشفيات", "SA") == [
        ("11,320 مليون ريال", 11_320_000_000, "SAR")
    ]


def test_unknown_convention_is_flagged() -> None:
    (fact,) = _budgets("خصص الصندوق 11,320 مليون دولار للمشروع")
    assert fact.attrs["amount"] == 11_320_000_000
    assert fact.ambiguous
    assert "convention unknown" in fact.note


@pytest.mark.parametrize(
    ("country", "currency"),
    [("MA", "MAD"), ("AE", "AED")],
)
def test_dirham_follows_the_country(country: str, currency: str) -> None:
    (fact,) = _budgets("رصدت الوزارة 50 مليون درهم لبناء مستشفى", country)
    assert fact.attrs == {"amount": 50_000_000, "currency": currency}
    assert not fact.ambiguous


def test_dirham_without_country_is_a_flagged_guess() -> None:
    (fact,) = _budgets("تبرع المحسن بمبلغ 50 ألف درهم")
    assert fact.attrs["currency"] == "AED"
    assert fact.ambiguous
    assert fact.confidence < 1


@pytest.mark.parametrize(
    ("country", "currency"),
    [("KW", "KWD"), ("BH", "BHD"), ("JO", "JOD"), ("IQ", "IQD"), ("TN", "TND"), ("DZ", "DZD"), ("LY", "LYD")],
)
def test_dinar_follows_the_country(country: str, currency: str) -> None:
    (fact,) = _budgets("بكلفة 7 ملايين دينار", country)
    assert fact.attrs == {"amount": 7_000_000, "currency": currency}


def test_adjective_beats_country() -> None:
    assert _readings("تبرعت الكويت بمبلغ 3 ملايين دينار كويتي لمستشفيات الأردن", "JO") == [
        ("3 ملايين دينار كويتي", 3_000_000, "KWD")
    ]


@pytest.mark.parametrize(
    ("text", "country", "currency"),
    [
        ("بتكلفة 10 ملايين ريال", None, "SAR"),
        ("بتكلفة 10 ملايين ريال", "QA", "QAR"),
        ("بتكلفة 10 ملايين جنيه", None, "EGP"),
        ("بتكلفة 10 ملايين جنيه", "SD", "SDG"),
        ("بتكلفة 10 ملايين جنيه إسترليني", None, "GBP"),
        ("بتكلفة 10 ملايين ليرة", "SY", "SYP"),
        ("بتكلفة 10 ملايين ليرة تركية", None, "TRY"),
        ("بتكلفة 10 ملايين شيقل", None, "ILS"),
    ],
)
def test_currency_by_word_adjective_and_country(text: str, country: str | None, currency: str) -> None:
    (fact,) = _budgets(text, country)
    assert fact.attrs["currency"] == currency
    assert fact.attrs["amount"] == 10_000_000


def test_moroccan_centimes_are_divided_into_dirhams() -> None:
    (fact,) = _budgets("بكلفة مالية تقدر بـ20 مليار سنتيم", "MA")
    assert fact.attrs == {"amount": 200_000_000, "currency": "MAD"}
    assert "سنتيم" in fact.note


def test_algerian_centimes_are_dinars() -> None:
    (fact,) = _budgets("رصد مبلغ 40 مليار سنتيم للمستشفى", "DZ")
    assert fact.attrs == {"amount": 400_000_000, "currency": "DZD"}


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("بتكلفة أكثر من 5 ملايين دولار", "more_than"),
        ("بما يزيد على 5 ملايين دولار", "more_than"),
        ("بأقل من 5 ملايين دولار", "less_than"),
        ("بنحو 5 ملايين دولار", "about"),
        ("بحوالي 5 ملايين دولار", "about"),
        ("بتكلفة قرابة 5 ملايين دولار", "about"),
    ],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    (fact,) = _budgets(text)
    assert fact.attrs == {"amount": 5_000_000, "currency": "USD", "qualifier": qualifier}


def test_no_qualifier_for_a_plain_estimate() -> None:
    (fact,) = _budgets("غلاف مالي يقدر بـ5 ملايين دولار")
    assert "qualifier" not in fact.attrs


def test_range_gives_both_ends_with_the_shared_scale() -> None:
    facts = _budgets("تتراوح الكلفة من 10 إلى 20 مليون دولار")
    assert [(f.text, f.attrs["amount"], f.attrs["range"]) for f in facts] == [
        ("10 إلى 20 مليون دولار", 10_000_000, "low"),
        ("20 مليون دولار", 20_000_000, "high"),
    ]


def test_range_with_its_own_scales() -> None:
    facts = _budgets("من 500 ألف إلى مليون ريال", "SA")
    assert [(f.attrs["amount"], f.attrs["range"]) for f in facts] == [(500_000, "low"), (1_000_000, "high")]


def test_range_of_bare_scale_words() -> None:
    facts = _budgets("بين مليون ومليوني دولار")
    assert [(f.attrs["amount"], f.attrs["range"]) for f in facts] == [(1_000_000, "low"), (2_000_000, "high")]


def test_a_number_after_a_trailing_sign_is_not_cents() -> None:
    assert _readings("تبرع بـ20$ 43 متبرعاً") == [("20$", 20, "USD")]


def test_range_whose_low_end_cannot_be_scaled_keeps_only_the_high_end() -> None:
    facts = _budgets("من 500 إلى 2 مليون دولار")
    assert [(f.attrs["amount"], f.attrs.get("range")) for f in facts] == [(2_000_000, "high")]


def test_and_joins_a_range_only_after_between() -> None:
    assert [f.attrs.get("range") for f in _budgets("بين 5 و10 ملايين دولار")] == ["low", "high"]
    assert [f.attrs["amount"] for f in _budgets("ساهمت 5 جهات و10 ملايين دولار")] == [10_000_000]


def test_each_amount_with_its_own_currency_is_its_own_fact() -> None:
    assert _readings("بلغت الكلفة 5 ملايين درهم أي ما يعادل 500 ألف دولار", "MA") == [
        ("5 ملايين درهم", 5_000_000, "MAD"),
        ("500 ألف دولار", 500_000, "USD"),
    ]


def test_equivalent_amount_is_noted() -> None:
    facts = _budgets("بلغت الكلفة 5 ملايين درهم أي ما يعادل 500 ألف دولار", "MA")
    assert facts[1].confidence < 1
    assert "another currency" in facts[1].note


def test_fils_after_dinars_are_thousandths() -> None:
    assert _readings("رسوم قدرها 3 دنانير و500 فلس", "KW") == [("3 دنانير و500 فلس", 3.5, "KWD")]


@pytest.mark.parametrize(
    ("text", "country", "amount", "currency"),
    [
        ("رصدت الولاية 350 مليون دج للتجهيزات", "DZ", 350_000_000, "DZD"),
        ("رصدت الولاية 350 مليون دج للتجهيزات", None, 350_000_000, "DZD"),
        ("بلغت الكلفة 2 مليار د.ج", None, 2_000_000_000, "DZD"),
        ("بلغت الكلفة 2 مليار د. ج", None, 2_000_000_000, "DZD"),
        ("بلغت الكلفة 12 مليون د.ت", None, 12_000_000, "TND"),
        ("بلغت الكلفة 12 مليون د.ك", None, 12_000_000, "KWD"),
        ("بلغت الكلفة 12 مليون د.أ", None, 12_000_000, "JOD"),
        ("بلغت الكلفة 12 مليون د.إ", None, 12_000_000, "AED"),
        ("بلغت الكلفة 12 مليار د.ع", None, 12_000_000_000, "IQD"),
        ("بلغت الكلفة 12 مليون ر.ع", None, 12_000_000, "OMR"),
        ("بلغت الكلفة 12 مليون ر.ق", None, 12_000_000, "QAR"),
        ("بلغت الكلفة 12 مليون د.ب", None, 12_000_000, "BHD"),
        ("بلغت الكلفة 12 مليار ل.ل", None, 12_000_000_000, "LBP"),
        ("بلغت الكلفة 12 مليار ل.س", None, 12_000_000_000, "SYP"),
        ("بلغت الكلفة 12 م.د", "TN", 12_000_000, "TND"),
        ("بلغت الكلفة 800 أ.د", "TN", 800_000, "TND"),
        ("بلغت الكلفة 12 مليون د", "TN", 12_000_000, "TND"),
        ("بلغت الكلفة 12 مليون د", "LY", 12_000_000, "LYD"),
        ("سعر التذكرة 400 DA", None, 400, "DZD"),
    ],
)
def test_abbreviations(text: str, country: str | None, amount: int, currency: str) -> None:
    (fact,) = _budgets(text, country)
    assert (fact.attrs["amount"], fact.attrs["currency"]) == (amount, currency)


def test_dinar_letter_needs_a_scale_word_and_a_dinar_country() -> None:
    assert _budgets("تدوم الحصة 30 د", "TN") == []
    assert _budgets("بلغت الكلفة 12 م.د", "SA") == []
    assert _budgets("بلغت الكلفة 12 م.د", "LY") == []  # a Tunisian abbreviation
    (fact,) = _budgets("بلغت الكلفة 12 م.د")
    assert fact.attrs["currency"] == "TND" and fact.ambiguous and "no known country" in fact.note


def test_bare_alef_abbreviation_follows_the_country() -> None:
    assert _readings("رسوم الفحص 50 د.ا", "JO") == [("50 د.ا", 50, "JOD")]
    assert _readings("رسوم الفحص 50 د.ا", "AE") == [("50 د.ا", 50, "AED")]
    (fact,) = _budgets("رسوم الفحص 50 د.ا")
    assert fact.ambiguous and "AED or JOD" in fact.note


@pytest.mark.parametrize(
    "text",
    [
        "ارتفعت نسبة الإنفاق الصحي إلى 12 في المائة",
        "تراجع الدولار أمام الريال",
        "تكلفت المشاريع ملايين الريالات",
        "استفاد 3 ملايين مريض من الخدمات",
        "خلال الفترة من 2020 إلى 2025",
        "أعدم البياطرة 300 دجاجة مصابة",
    ],
)
def test_not_budgets(text: str) -> None:
    assert _budgets(text, "SA") == []


# --- the character tests that spare the unit patterns ---------------------------------------------


def _unit_probe_texts(article_texts: dict[str, str]) -> list[str]:
    """Normalised releases, and every unit form the `after` pattern knows between a number and
    followers of each kind (a letter, a dot, a digit, a Latin letter, nothing), whole and cut short."""
    p = budgets._patterns()
    forms = {
        *budgets.cur.SYMBOLS,
        *budgets.cur.MINOR_SYMBOLS,
        *budgets.cur.ISO_CODES,
        *p.abbreviations,
        *p.letter_units,
        *p.words,
        *p.minors,
        *(f"ال{scale} {word}" for scale in p.scales for word in ("دولار", "درهم")),
        "د. ج",
    }
    texts = [read_article(t).text for t in article_texts.values()]
    for form in sorted(forms):
        for cut in {form, form[:1], form[:2]}:
            for lead in ("", " ", " \n "):
                texts += [
                    f"بلغت 20{lead}{cut}{tail}" for tail in ("", " ", "ه", ".", ".ج", "2", "A", "_", "ية")
                ]
    return texts


def test_unit_heads_pass_every_place_a_unit_is_matched(article_texts: dict[str, str]) -> None:
    """Where the `after` pattern matches, the test of a few characters before it lets it try."""
    p = budgets._patterns()
    tried = rejected = 0
    for text in _unit_probe_texts(article_texts):
        for i in range(len(text) + 1):
            may = budgets._may_have_unit(text, i, p.unit_heads, p.unit_signs, p.unit_letters)
            if p.after.match(text, i) is not None:
                assert may, (text, i)
                tried += 1
            rejected += not may
    assert tried > 1000 and rejected > 10 * tried


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("استقبل المستشفى 300 مريض", False),
        ("بكلفة 300 دينار", True),
        ("بقيمة 5 د.ك", True),
        ("بلغت 42 $", True),
        ("خلال 3 دقائق", False),
    ],
)
def test_the_noun_after_a_number_tells_a_count_from_an_amount(text: str, unit: bool) -> None:
    p = budgets._patterns()
    end = re.search(r"\d+", text).end()
    assert budgets._may_have_unit(text, end, p.unit_heads, p.unit_signs, p.unit_letters) == unit


def test_a_sign_before_a_number_is_found_as_the_sign_runs_state_it(article_texts: dict[str, str]) -> None:
    """The look back from a number at the character that may end a sign or a code agrees with the
    runs of `_sign_runs` (where the spaces after each such character end) at every start and floor."""
    texts = [read_article(t).text for t in article_texts.values()]
    texts += ["تبرع بمبلغ $10,000", "بقيمة USD  42 و€ 5", "السعر £\n7", "A 1 B      2", " $", "$", "  10"]
    for text in texts:
        runs = budgets._sign_runs(text)
        for start in range(len(text) + 1):
            for floor in {0, max(0, start - 7), max(0, start - 3), start}:
                expected = runs.get(start, -1) >= max(floor, start - 6)
                assert budgets._sign_may_end_before(text, start, floor) == expected, (text, start, floor)
