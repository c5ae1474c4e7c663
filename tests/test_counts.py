"""The counts reader on the seed releases and on the cases its rules must tell apart."""

from __future__ import annotations

import pytest

from extractors import counts, extract_facts
from extractors.article import read_article
from extractors.counts_grammar import grammar
from extractors.data.counted_nouns import COUNTED_NOUNS, NOT_COUNTED
from extractors.facts import Fact
from extractors.normalize import normalize_term

UNITS = {
    "hospital", "health_centre", "clinic", "facility", "medical_city", "lab", "pharmacy", "bed", "icu_bed",
    "operating_room", "ambulance", "mobile_unit", "caravan", "staff", "doctor", "nurse", "patient",
    "beneficiary", "pilgrim", "case", "death", "consultation", "visit", "surgery", "vaccination", "test",
    "specialty", "region", "province", "city", "programme", "other",
}  # fmt: skip


def _counts(text: str, country: str | None = None) -> list[Fact]:
    return counts.extract(read_article(text, country))


def _one(text: str, country: str | None = None) -> Fact:
    found = _counts(text, country)
    assert len(found) == 1, [(f.text, f.attrs) for f in found]
    return found[0]


def test_seeds_give_exactly_the_gold_counts(seed_texts: dict[str, str], gold: list[dict]) -> None:
    for doc in gold:
        facts = [f for f in extract_facts(seed_texts[doc["doc"]]) if f.type == "count"]
        found = {(f.attrs["value"], f.attrs["unit"]) for f in facts}
        wanted = {(c["value"], c["unit"]) for c in doc["counts"]}
        optional = {(c["value"], c["unit"]) for c in (doc.get("optional") or {}).get("counts", [])}
        assert wanted <= found, (doc["doc"], wanted - found)
        assert found <= wanted | optional, (doc["doc"], found - wanted - optional)


def test_seed_qualifiers_match_gold(seed_texts: dict[str, str], gold: list[dict]) -> None:
    for doc in gold:
        facts = [f for f in extract_facts(seed_texts[doc["doc"]]) if f.type == "count"]
        for c in doc["counts"]:
            readings = [
                f.attrs for f in facts if (f.attrs["value"], f.attrs["unit"]) == (c["value"], c["unit"])
            ]
            assert any(r.get("qualifier") == c.get("qualifier") for r in readings), (doc["doc"], c, readings)


def test_spans_point_into_the_original(seed_texts: dict[str, str]) -> None:
    for text in [*seed_texts.values(), *(ex.text for ex in counts.EXAMPLES)]:
        for fact in _counts(text):
            assert text[fact.start : fact.end] == fact.text


def test_span_runs_from_qualifier_through_adjectives() -> None:
    fact = _one("قدم التجمع أكثر من 1.2 مليون استشارة طبية افتراضية خلال العام")
    assert fact.text == "أكثر من 1.2 مليون استشارة طبية افتراضية"
    assert fact.attrs == {"value": 1200000, "unit": "consultation", "qualifier": "more_than"}


def test_total_word_opens_the_span() -> None:
    assert _one("خصصت الوزارة عدد 8 مراكز صحية للطوارئ").text == "عدد 8 مراكز صحية"
    assert _one("جرى تعبئة ما مجموعه 2817 مهنياً صحياً", "MA").text == "ما مجموعه 2817 مهنياً صحياً"


def test_arabic_indic_digits_and_diacritics() -> None:
    fact = _one("تقدم المراكز خدماتها من خلال ٨٠ مَرْكَزاً صِحِّيّاً")
    assert fact.attrs == {"value": 80, "unit": "health_centre"}
    assert fact.text == "٨٠ مَرْكَزاً صِحِّيّاً"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("يضم المبنى 20 سريراً للعناية المركزة", "icu_bed"),
        ("يضم المبنى 20 سريراً", "bed"),
        ("تم تشغيل 3 مدن طبية", "medical_city"),
        ("تم تشغيل 3 مدن في المنطقة", "city"),
        ("أجرى المستشفى 40 عملية جراحية", "surgery"),
        ("تنفيذ 40 عملية تلقيح", "vaccination"),
        ("توفير 12 سيارة إسعاف", "ambulance"),
        ("تشغيل 6 عيادات متنقلة", "mobile_unit"),
        ("تشغيل 6 عيادات تخصصية", "clinic"),
    ],
)
def test_longest_phrase_decides_the_unit(text: str, unit: str) -> None:
    assert _one(text).attrs["unit"] == unit


def test_dual_counts_two_unless_it_points_back() -> None:
    fact = _one("افتتح الوزير مستشفيين جديدين في المنطقة")
    assert (fact.attrs, fact.rule, fact.text) == (
        {"value": 2, "unit": "hospital"},
        "count.dual_noun",
        "مستشفيين جديدين",
    )
    assert _one("وتم تزويد المركز بسيارتي إسعاف").attrs == {"value": 2, "unit": "ambulance"}
    assert _one("افتتاح وحدتين صحيتين متنقلتين").attrs == {"value": 2, "unit": "mobile_unit"}
    assert _counts("وتم تجهيز هذين المرفقين وكلا المستشفيين بأحدث الأجهزة") == []
    assert _counts("وتعمل هاتان عيادتان على مدار الساعة") == []


def test_a_dual_that_spells_a_plural_is_not_read_as_two() -> None:
    fact = _one("شارك 40 موظفاً في الحملة إلى جانب موظفين من الهلال الأحمر")
    assert fact.attrs["value"] == 40


def test_beds_homograph_needs_a_plural_count_shadda_or_capacity() -> None:
    assert _counts("استفادت 300 أسرة من السلال الغذائية") == []
    assert _one("تم تجهيز 5 أسرة إضافية").attrs == {"value": 5, "unit": "bed"}
    assert _one("افتتاح مستشفى بسعة 200 أسرة").attrs == {"value": 200, "unit": "bed"}
    assert _one("يضم الجناح 200 أسرّة").attrs == {"value": 200, "unit": "bed"}


def test_event_before_a_person_count_names_the_unit() -> None:
    units = {f.attrs["unit"]: f.attrs["value"] for f in _counts("سجلت الوزارة وفاة 3 حجاج وإصابة 12 شخصاً")}
    assert units == {"death": 3, "case": 12}
    assert _one("استقبلت المستشفيات 3 حجاج").attrs["unit"] == "pilgrim"


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("استقبل المستشفى أكثر من 500 مريض", "more_than"),
        ("استقبل المستشفى ما يربو على 500 مريض", "more_than"),
        ("استفاد أزيد من 500 مريض", "more_than"),
        ("استقبل المستشفى لأكثر من 500 مريض", "more_than"),
        ("تستقبل العيادة أقل من 10 حالات", "less_than"),
        ("يعمل في القطاع زهاء 500 طبيب", "about"),
        ("يعمل في القطاع ما يناهز 500 طبيب", "about"),
        ("يعمل في القطاع 500 طبيب تقريباً", "about"),
        ("يعمل في القطاع 500 طبيب", None),
    ],
)
def test_qualifiers(text: str, qualifier: str | None) -> None:
    assert _one(text).attrs.get("qualifier") == qualifier


def test_number_words_and_scales() -> None:
    assert _one("افتتاح ثلاث مستشفيات").attrs == {"value": 3, "unit": "hospital"}
    assert _one("وصل خمسة وعشرين طبيباً").attrs == {"value": 25, "unit": "doctor"}
    assert _one("توظيف 3 آلاف طبيب").attrs == {"value": 3000, "unit": "doctor"}
    assert _one("تلقى 2 مليون و500 ألف مستفيد الخدمة").attrs == {"value": 2500000, "unit": "beneficiary"}
    assert _one("أعلن تعيين ألف ممرض").attrs == {"value": 1000, "unit": "nurse"}


def test_a_count_is_whole() -> None:
    fact = _one("يعمل في المنطقة 1.200 طبيب")
    assert fact.attrs["value"] == 1200
    assert "1200" in fact.note
    assert _counts("2.5 مستشفى") == []


def test_range_reads_its_upper_end_as_ambiguous() -> None:
    fact = _one("يستقبل المركز ما بين 10 و15 حالة يومياً")
    assert fact.attrs["value"] == 15
    assert fact.ambiguous


def test_total_of_reads_a_total_whose_noun_came_first() -> None:
    fact = _one("وارتفع عدد الحالات المؤكدة إلى 120.")
    assert (fact.attrs, fact.rule, fact.text) == (
        {"value": 120, "unit": "case"},
        "count.total_of",
        "عدد الحالات المؤكدة إلى 120",
    )
    assert _counts("بلغ عدد المستفيدين من الخدمة في 2020 نحو 50%") == []
    assert _counts("ارتفع عدد الحالات في عام 2020") == []


def test_year_and_name_numbers_are_not_counts() -> None:
    assert _counts("ضمن رؤية 2030 برامج طموحة") == []
    assert _counts("لقاحات كوفيد-19 حالات نادرة") == []
    assert _one("تم تسجيل 2030 حالة").attrs == {"value": 2030, "unit": "case"}


def test_rule_names() -> None:
    rules = {f.rule for f in _counts("افتتاح 3 مستشفيات وثلاث عيادات ومركزين صحيين")}
    assert rules == {"count.number_noun", "count.word_number_noun", "count.dual_noun"}


def test_every_counted_form_reads_one_unit() -> None:
    owner: dict[str, str] = {}
    for unit, entries in COUNTED_NOUNS.items():
        assert unit in UNITS
        for entry in entries:
            for form in entry:
                key = normalize_term(form)
                assert owner.setdefault(key, unit) == unit, (form, owner[key], unit)
    assert not {normalize_term(p) for p in NOT_COUNTED} & owner.keys()


def test_every_singular_is_read_after_a_number() -> None:
    g = grammar()
    for unit, entries in COUNTED_NOUNS.items():
        for singular, *_ in entries:
            m = g.noun_after.match(" " + normalize_term(singular), 0)
            assert m and g.forms[m.lastgroup].unit == unit, singular
