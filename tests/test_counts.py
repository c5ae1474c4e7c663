"""The counts reader on the seed releases and on the cases its rules must tell apart."""

from __future__ import annotations

import random

import pytest

from extractors import counts, extract_facts
from extractors.article import read_article
from extractors.counts_grammar import grammar
from extractors.data.counted_nouns import COUNTED_NOUNS, EVENT_CUES, NOT_COUNTED, PARTITIVE_NOUNS
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


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("وتجوب 30 عيادة متنقلة القرى النائية لتقديم الخدمات الصحية", "30 عيادة متنقلة"),
        ("ويخدم 40 طبيباً الأهالي في القرى الحدودية على مدار الأسبوع", "40 طبيباً"),
        ("ويستقبل 25 طبيباً المرضى في العيادات الخارجية", "25 طبيباً"),
        ("أجرى 50 طبيباً استشارياً العمليات الجراحية الدقيقة", "50 طبيباً استشارياً"),
        ("سجلت المديرية 20 إصابة جديدة بالملاريا خلال الأسبوع الماضي", "20 إصابة جديدة"),
        ("وتعمل 51 وحدة صحية بالشرقية على مدار الساعة", "51 وحدة صحية"),
        ("تم افتتاح وحدتين صحيتين بالإسماعيلية", "وحدتين صحيتين"),
        ("افتتح الوزير 80 مركزاً صحياً جديداً في المنطقة", "80 مركزاً صحياً جديداً"),
        ("وزعت الوزارة 30 جهازاً إلكترونياً على المراكز", "30 جهازاً إلكترونياً"),
        ("استقدم المستشفى 15 طبيباً ألمانياً متخصصاً", "15 طبيباً ألمانياً متخصصاً"),
    ],
)
def test_the_adjectives_of_an_indefinite_noun_have_no_article(text: str, span: str) -> None:
    """After a bare number the counted noun is indefinite, and so are its adjectives: a word with the
    article (or a preposition and the article) that ends like a nisba is what comes next."""
    assert _one(text).text == span


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("ويعمل في المستشفى 420 من الأطباء الاستشاريين", "420 من الأطباء الاستشاريين"),
        ("وصلت سيارتا الإسعاف الجديدتان إلى موقع الحادث", "سيارتا الإسعاف الجديدتان"),
        ("افتتح التجمع 45 مركزاً للرعاية الصحية الأولية", "45 مركزاً للرعاية الصحية الأولية"),
    ],
)
def test_a_definite_noun_or_a_complement_with_lil_keeps_its_article_adjectives(text: str, span: str) -> None:
    assert _one(text).text == span


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


@pytest.mark.parametrize(
    "text",
    [
        "يستقبل المركز ما بين 10 و15 حالة يومياً",
        "يستقبل المركز من 10 إلى 15 حالة يومياً",
        "يستقبل المركز من 10 الى  15 حالة يومياً",
        "يستقبل المركز بين 10 - 15 حالة يومياً",
        "يستقبل المركز من 10 حتى 15 حالة يومياً",
    ],
)
def test_range_reads_its_upper_end_as_ambiguous(text: str) -> None:
    fact = _one(text)
    assert (fact.attrs["value"], fact.ambiguous, fact.note) == (15, True, "upper end of a range")


@pytest.mark.parametrize(
    "text",
    [
        "استقبل المركز 10 مرضى و15 حالة طارئة",
        "استقبل المركز من 10 صباحاً إلى 15 حالة",
        "سجلت المنطقة 10 و15 حالة",
    ],
)
def test_a_number_after_a_join_is_a_range_only_after_from_or_between(text: str) -> None:
    assert not any(f.ambiguous for f in _counts(text))


def test_a_multiword_noun_reads_across_any_spacing() -> None:
    assert _one("وصلت 12 سيارة\nإسعاف إلى الموقع").attrs == {"value": 12, "unit": "ambulance"}
    assert _one("يضم الجناح 20 سريرا  للعناية   المركزة").attrs == {"value": 20, "unit": "icu_bed"}


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


def test_partitive_nouns_count_only_after_min() -> None:
    counted = {normalize_term(f) for entries in COUNTED_NOUNS.values() for entry in entries for f in entry}
    g = grammar()
    for unit, phrases in PARTITIVE_NOUNS.items():
        for phrase in phrases:
            assert normalize_term(phrase) not in counted, phrase
            m = g.after.match(" من " + normalize_term(phrase), 0)
            assert m and m.group("noun") and g.nouns[m.group("noun")].unit == unit, phrase
    assert _one("يخدم المستشفى نحو 400 ألف من سكان المحافظة").attrs == {
        "value": 400000,
        "unit": "beneficiary",
        "qualifier": "about",
    }
    assert _counts("وصلت 5 طواقم إلى موقع الحادث") == []
    assert _counts("يبلغ عدد سكانها 300 ألف وفق آخر تعداد") == []


def test_a_population_counts_only_when_a_service_reaches_it() -> None:
    assert _one("سيخدم المستشفى الجديد قرابة 350 ألف نسمة").attrs == {
        "value": 350000,
        "unit": "beneficiary",
        "qualifier": "about",
    }
    assert _one("مستهدفة نحو 90 ألف نسمة في المناطق الجبلية", "MA").attrs["unit"] == "beneficiary"
    assert _counts("يبلغ عدد سكان المحافظة 1.2 مليون نسمة") == []
    assert _counts("وارتفع عدد النسمات إلى 500") == []


def test_partitive_of_a_plural_counts_it_but_not_of_a_singular() -> None:
    assert _one("شارك في الحملة 40 من موظفي الوزارة").attrs == {"value": 40, "unit": "staff"}
    assert _one("تلقى 250 من مرضى السرطان العلاج").attrs == {"value": 250, "unit": "patient"}
    assert _one("انضم 30 من الكادر التمريضي إلى المستشفى").attrs == {"value": 30, "unit": "nurse"}
    assert _counts("انتقل 5 من المستشفى الميداني إلى المدينة") == []
    assert _counts("وتنص الفقرة 3 من مشروع النظام على ذلك") == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("يعمل في المستشفى 900 طبيب وممرض", "staff"),
        ("شارك 75 من الأطباء والممرضين والمسعفين", "staff"),
        ("تم تعيين 310 من الصيادلة وأعضاء هيئة التمريض", "staff"),
        ("يعمل في المستشفى 900 ممرض وممرضة", "nurse"),
        ("وصل 40 طبيباً استشارياً وطبيبة", "doctor"),
        ("وصل 40 طبيباً و60 ممرضاً", "doctor"),
        ("وصل 40 طبيباً والمتطوعون يواصلون عملهم", "doctor"),
    ],
)
def test_one_number_over_several_professions_counts_staff(text: str, unit: str) -> None:
    assert _counts(text)[0].attrs["unit"] == unit


def test_profession_list_widens_the_span() -> None:
    assert _one("يعمل بالمجمع 265 من الأطباء والصيادلة والمسعفين حالياً").text == (
        "265 من الأطباء والصيادلة والمسعفين"
    )
    assert _one("انضم 40 من أطباء وممرضي المستشفى إلى الفريق").attrs == {"value": 40, "unit": "staff"}


def test_a_dual_does_not_take_a_following_list() -> None:
    assert _one("وشارك في العملية طبيبان وممرضة").attrs == {"value": 2, "unit": "doctor"}


def test_masculine_construct_dual_before_a_noun_only() -> None:
    assert _one("تم تزويد الوحدة بجهازي تنفس اصطناعي جديدين").attrs == {"value": 2, "unit": "other"}
    assert _one("وصل سريري عناية مركزة إلى المستشفى").attrs == {"value": 2, "unit": "icu_bed"}
    assert _counts("تسلم المركز جهازا للتنفس الاصطناعي") == []
    assert _counts("ينقل المختبر مركزي صحي إلى المدينة") == []
    assert grammar().dual.match("مركزي صحي") is None


def test_the_vaccinated_are_counted_as_people_served() -> None:
    assert _one("جرى تلقيح 12 ألف تلميذ بالإقليم", "MA").attrs == {"value": 12000, "unit": "beneficiary"}
    assert _one("تم توزيع 12 ألف جرعة لقاح").attrs == {"value": 12000, "unit": "vaccination"}


@pytest.mark.parametrize(
    "text",
    [
        "ست الحبايب تزور ابنها في المستشفى",
        "وتسع القاعة لاستقبال المراجعين",
        "أسس متين للتعاون بين المستشفيات",
        "مية الشرب في المستشفى آمنة",
        "سجلت الولاية صفر إصابات",
        "وبلغ عدد الوفيات صفر",
        "وبلغ عدد المصابين اثنين",
        "سبع البحر في المحمية",
    ],
)
def test_spelled_number_homographs_need_a_counted_noun(text: str) -> None:
    assert _counts(text) == []


def test_every_singular_is_read_after_a_number() -> None:
    g = grammar()
    for unit, entries in COUNTED_NOUNS.items():
        for singular, *_ in entries:
            m = g.after.match(" " + normalize_term(singular), 0)
            assert m and m.group("noun") and g.nouns[m.group("noun")].unit == unit, singular


@pytest.mark.parametrize(
    ("text", "date", "counts_left"),
    [
        # The release's year vouches for the year after مارس: a date, not 2024 campaigns.
        ("الرياض - 5 مايو 2024: أطلقت الوزارة في مارس 2024 حملة وطنية للتلقيح", "مارس 2024", []),
        # With no release date to compare with: a hospital is never counted in thousands.
        ("وافتتحت الوزارة في يناير 2023 مستشفى جديداً بسعة 200 سرير", "يناير 2023", ["200 سرير"]),
        # A dateline ends its line with the year, and the headline under it opens with a counted noun.
        (
            "نشر في 22 يوليو 2021\nعملية «رعاية 2025»: تعبئة 1295 متطوعاً لتأمين الخدمات",
            "22 يوليو 2021",
            ["1295 متطوعاً"],
        ),
        # Not plausible for a release of 2024: the number is the count, and no date holds it.
        ("الرياض - 5 مايو 2024: سجلت المستشفيات في مارس 1950 حالة إصابة", "5 مايو 2024", ["1950 حالة"]),
    ],
)
def test_a_year_the_dates_reader_kept_is_not_also_a_count(
    text: str, date: str, counts_left: list[str]
) -> None:
    facts = extract_facts(text, "SA")
    assert date in [f.text for f in facts if f.type == "date"]
    assert [f.text for f in facts if f.type == "count"] == counts_left


def test_a_counted_noun_is_never_read_across_a_line_break() -> None:
    """A dateline ends its line with a year and the headline under it may open with a counted noun: the
    number reader never joins tokens across a line break, and neither does the noun after a number."""
    text = "نشر في 22 يوليو 2021\nعملية «رعاية 2025»: تعبئة 1295 متطوعاً لتأمين الخدمات"
    assert [f.text for f in _counts(text, "SA")] == ["1295 متطوعاً"]


# The typed tests that stand in for a regex at every number, every word end or every span must find
# exactly what the regex finds (the patterns stay in the grammar as their statement).


def _pieces() -> list[str]:
    """Words the counts grammar reads, mixed with others, to build texts that hit its edges."""
    g = grammar()
    cues = g.dual_cues
    words = [normalize_term(w) for entries in COUNTED_NOUNS.values() for entry in entries for w in entry]
    duals = [b + end for b in sorted(cues.bodies)[::7] for end in ("ين", "ان")]
    heads = [w + end for w in words[::5] for end in ("ي", "تي", "تا", "ين")]
    complements = sorted(cues.complements[0] | cues.complements[1])
    cues_before = ["أكثر من", "نحو", "عدد", "ما مجموعه", "عام", "حتي", "و", "إلي", "كوفيد", "covid", "-", "–"]
    events = ["وفاة", "إصابات", "وتطعيم", "بتلقيح", "فبوفيات", "مصرع"]
    others = ["في", "التي", "الذي", "بين", "أن", "المستشفى", "الصحية", "جديدة", "بالمستشفي", "فالأطباء"]
    return [*words, *duals, *heads, *complements, *cues_before, *events, *others, "من", "ال", "لل", "15", "_"]


def _texts(article_texts: dict[str, str]) -> list[str]:
    """Normalised fixture releases and examples, and random strings of grammar words and separators."""
    texts = [read_article(t).text for t in [*article_texts.values(), *(ex.text for ex in counts.EXAMPLES)]]
    rnd = random.Random(7)
    pieces = _pieces()
    separators = [" ", " ", " ", "  ", "\t", "\n", "", "، ", ". ", " (", ") ", "«", "_", "x", " 12 "]
    for _ in range(3000):
        texts.append("".join(rnd.choice(pieces) + rnd.choice(separators) for _ in range(rnd.randint(1, 6))))
    return texts


def test_dual_starts_are_what_the_locators_find(article_texts: dict[str, str]) -> None:
    g = grammar()
    for text in _texts(article_texts):
        rev, n = text[::-1], len(text)
        wanted = {n - m.end() for m in g.dual_locator.finditer(rev)}
        for locator in g.construct_locators:
            for m in locator.finditer(text):
                word = g.word_back.match(rev, n - m.start())
                wanted.add(m.start() - (word.end() - word.start()))
        assert counts._dual_starts(text, g.dual_cues) == sorted(wanted), text


def test_the_regexes_read_at_each_number_are_tried_wherever_they_may_match(
    article_texts: dict[str, str],
) -> None:
    g = grammar()
    for text in _texts(article_texts):
        rev, n = text[::-1], len(text)
        for i in range(n + 1):
            if g.after.match(text, i):
                assert counts._may_follow(text, i, g.after_openings), (text[i:], i)
            if g.before_cue.match(rev, n - i):
                assert counts._may_close(text, i, g.before_closings), (text[:i], i)


def test_no_character_but_the_ones_tested_opens_or_closes_a_cue() -> None:
    g = grammar()
    for code in range(0x3000):
        text = f"5{chr(code)}ن"
        if g.after.match(text, 1):
            assert counts._may_follow(text, 1, g.after_openings), hex(code)
        rev = text[::-1]
        if g.before_cue.match(rev, 2):
            assert counts._may_close(text, 1, g.before_closings), hex(code)


def test_the_event_cue_is_the_whole_word_before(article_texts: dict[str, str]) -> None:
    g = grammar()
    units = {normalize_term(cue): unit for cue, unit in EVENT_CUES.items()}
    for text in _texts(article_texts):
        rev, n = text[::-1], len(text)
        for i in range(n + 1):
            m = g.event_back.match(rev, n - i)
            assert g.event_words.get(counts._word_before(text, i)) == (units[m["cue"][::-1]] if m else None)


def test_a_word_with_the_article_is_found_as_the_pattern_finds_it(article_texts: dict[str, str]) -> None:
    for text in _texts(article_texts)[::3]:
        for i in range(0, len(text) + 1, 3):
            for width in (0, 1, 2, 4, 9, 30):
                end = min(len(text), i + width)
                found = counts._ARTICLE_WORD.search(text, i, end) is not None
                assert counts._has_article_word(text, i, end) == found, text[i:end]
