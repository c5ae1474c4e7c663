"""The dates reader on the seed releases, Duckling's Arabic date corpus, and the hard cases of regional press."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hijridate import Hijri

from extractors import dates
from extractors import dates_patterns as pat
from extractors.article import read_article
from extractors.data.months import GREGORIAN_MONTHS, HIJRI_MONTHS
from extractors.facts import Fact
from extractors.normalize import normalize_term

DUCKLING = Path(__file__).resolve().parent.parent / "fixtures" / "peer-cases" / "duckling-ar.jsonl"


def read(text: str, country: str | None = None) -> list[Fact]:
    facts = dates.extract(read_article(text, country))
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text
    return facts


def values(text: str, country: str | None = None) -> list[str]:
    return [f.attrs["value"] for f in read(text, country)]


def _duckling_cases() -> list[dict]:
    """Duckling's scored day and month cases; its week grains and Ramadan interval are not dates here."""
    cases = [json.loads(line) for line in DUCKLING.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [c for c in cases if c["kind"] == "date" and c["grain"] in ("day", "month") and c.get("value")]


# --- seed releases ------------------------------------------------------------------------------


def test_seeds_give_exactly_the_gold_dates(seed_texts: dict[str, str], gold: list[dict]) -> None:
    for doc in gold:
        got = {f.attrs["value"] for f in read(seed_texts[doc["doc"]])}
        assert got == {d["value"] for d in doc["dates"]}, doc["doc"]


def test_glued_dateline_and_period_of_a_moroccan_release(seed_texts: dict[str, str]) -> None:
    text = next(t for name, t in seed_texts.items() if name.startswith("004_"))
    roles = {f.attrs["value"]: f.attrs["role"] for f in read(text)}
    assert roles == {"2025-12-03": "published", "2025-11-15": "period_start", "2026-03-30": "period_end"}


def test_years_inside_names_are_not_dates(seed_texts: dict[str, str]) -> None:
    text = next(t for name, t in seed_texts.items() if name.startswith("001_"))
    assert "2030" in text
    assert values(text) == ["2025"]


# --- Duckling's corpus --------------------------------------------------------------------------


def test_duckling_has_sixteen_scored_date_cases() -> None:
    assert len(_duckling_cases()) == 16


@pytest.mark.parametrize("case", _duckling_cases(), ids=lambda c: c["id"])
def test_duckling_date_in_a_sentence(case: dict) -> None:
    accepted = {case["value"], *case.get("alt_values", [])}
    got = values(f"افتتح المستشفى {case['text']}")
    assert len(got) == 1 and got[0] in accepted, (case["text"], got)


# --- month names of every tradition -------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(GREGORIAN_MONTHS))
def test_every_gregorian_month_name(name: str) -> None:
    assert values(f"افتتح الوزير المستشفى في 15 {name} 2024 بحضور المحافظ") == [
        f"2024-{GREGORIAN_MONTHS[name]:02d}-15"
    ]


@pytest.mark.parametrize("name", sorted(HIJRI_MONTHS))
def test_every_hijri_month_name_converts_by_umm_al_qura(name: str) -> None:
    month = HIJRI_MONTHS[name]
    (fact,) = read(f"عقد الاجتماع في 10 {name} 1445 هـ بمقر الوزارة")
    assert fact.attrs["hijri"] == f"1445-{month:02d}-10"
    assert fact.attrs["value"] == Hijri(1445, month, 10).to_gregorian().isoformat()
    assert fact.rule == "date.hijri_day_month_year"


def test_month_words_take_clitics() -> None:
    assert values("تم الإعلان عن النتائج بشهر أبريل 2023") == ["2023-04"]
    assert values("فبراير 2024 وفبراير 2023") == ["2024-02", "2023-02"]


# --- Hijri --------------------------------------------------------------------------------------


def test_bare_hijri_year_gives_the_gregorian_year_it_starts_in() -> None:
    (fact,) = read("بلغ عدد المراجعين خلال عام 1430 هـ نصف مليون مراجع")
    assert fact.attrs == {"value": "2008", "role": "event", "hijri": "1430"}
    assert fact.rule == "date.hijri_year"


def test_hijri_numeric_date() -> None:
    (fact,) = read("صدر التعميم في 10/09/1445هـ")
    assert fact.attrs["hijri"] == "1445-09-10"
    assert fact.attrs["value"] == "2024-03-20"


def test_hijri_date_paired_with_its_gregorian_equivalent_takes_the_printed_day() -> None:
    facts = read("الرياض 29 شعبان 1445 هـ الموافق 9 مارس 2024 م - أعلنت وزارة الصحة")
    assert [f.attrs["value"] for f in facts] == ["2024-03-09", "2024-03-09"]
    assert {f.attrs["role"] for f in facts} == {"published"}
    assert "2024-03-10" in facts[0].note


def test_holiday_in_a_hijri_year() -> None:
    (fact,) = read("ارتفعت زيارات الطوارئ خلال عيد الأضحى المبارك لعام 1445 هـ")
    assert fact.attrs["value"] == Hijri(1445, 12, 10).to_gregorian().isoformat()


def test_ambiguous_month_words_need_their_own_day_or_year() -> None:
    assert values("بلغت نسبة الأخطاء صفر 2024 في المستشفى") == []
    assert values("تم ترميم الباب 2020 مرة") == []
    assert values("في 10 صفر 1446 هـ") == ["2024-08-14"]


# --- numeric dates ------------------------------------------------------------------------------


def test_day_first_reading_is_flagged_when_the_order_cannot_be_told() -> None:
    (fact,) = read("وقعت الاتفاقية في 03/04/2022 بمقر الوزارة")
    assert fact.attrs["value"] == "2022-04-03"
    assert fact.ambiguous


def test_another_date_of_the_release_settles_the_order() -> None:
    facts = read("بدأ التسجيل في 25/03/2022 وانتهى في 03/04/2022")
    assert [f.attrs["value"] for f in facts] == ["2022-03-25", "2022-04-03"]
    assert not any(f.ambiguous for f in facts)


def test_a_second_field_above_twelve_reads_month_first() -> None:
    (fact,) = read("أعلنت الشركة النتائج في 12/25/2022")
    assert fact.attrs["value"] == "2022-12-25"
    assert fact.rule == "date.numeric_mdy"


@pytest.mark.parametrize(
    "text",
    ["صدر القرار رقم 2/2013 عن الوزارة", "الساعة 10:30 صباحا", "تغطية 24/7", "نسبة 1/2 من المرضى"],
)
def test_numbers_that_only_look_like_dates(text: str) -> None:
    assert values(text) == []


# --- years --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "تحقيقا لمستهدفات رؤية 2030",
        "رؤية المملكة 2030",
        "عملية رعاية 2025-2026",
        "خطة 2025 للتحول الصحي",
        "إكسبو 2020",
        "كأس العالم 2022",
        "تم تسجيل 2019 حالة",
        "قدمت الوزارة خدماتها في 2000 مركز صحي",
        "خصصت الوزارة 2025 مليون ريال",
        "سيتم الافتتاح خلال هذا العام",
        "شيد المركز بمساحة 2000 م",
    ],
)
def test_four_digit_numbers_without_a_date_anchor(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "سجلت مديرية الصحة في مارس 1950 حالة إصابة بالحصبة",
        "أجرى المستشفى خلال شهر أكتوبر 2019 عملية جراحية ناجحة",
        "وبلغ عدد المراجعين خلال شهر يناير، 2050 مراجعا",
        "نفذت الفرق الطبية في رمضان 1445 زيارة منزلية",
        "استقبل المستشفى خلال فبراير من 2000 مراجع طلبات العلاج",
        "وزعت الوزارة في أبريل في 2000 مركز صحي لقاحات الإنفلونزا",
        "في مارس الماضي ارتفع عدد الحالات إلى 3000 حالة",
    ],
)
def test_a_count_after_a_month_is_not_its_year(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ارتفع عدد المراجعين خلال مارس من عام 2024 بنسبة 12%", "2024-03"),
        ("افتتح المركز في شهر مارس 2024 بحضور المحافظ", "2024-03"),
        ("في 15 آذار/مارس 2024 افتتح وزير الصحة المركز", "2024-03-15"),
        ("في مارس/آذار 2024 أطلقت وزارة الصحة العامة حملة التلقيح", "2024-03"),
        ("تأسس المستشفى في مارس 1950 بمدينة جدة", "1950-03"),
        ("افتتح المستشفى في أبريل 2024 م 300 سرير", "2024-04"),
        ("خلال شهر مارس من 2024، افتتحت الوزارة ثلاثة مراكز", "2024-03"),
        ("نشر في 20 ديسمبر 2025\nمركز دبي للسكري يجري 52 استشارة", "2025-12-20"),
        # Hospitals and campaigns are never counted in thousands: the number is the year.
        ("وافتتحت الوزارة في يناير 2023 مستشفى جديداً بسعة 200 سرير", "2023-01"),
        ("أطلقت الوزارة في مارس 2024 حملة وطنية للتلقيح ضد الحصبة", "2024-03"),
        ("دشنت الصحة خلال أكتوبر 2022 مبادرة للكشف المبكر", "2022-10"),
    ],
)
def test_a_year_in_the_dates_own_phrase_is_kept(text: str, value: str) -> None:
    assert values(text)[:1] == [value]


def test_a_count_lends_no_month_before_it_a_reading() -> None:
    """A four-digit number that cannot be a year opens no search for the anchor of its year: the month
    45 characters before it is no date of its, and only a release date places it (مارس الماضي)."""
    text = normalize_term("في مارس الماضي ارتفع عدد الحالات إلى 3000 حالة")
    assert dates._scan(text) == []
    assert values("بيروت في 8 نيسان 2024 - في مارس الماضي ارتفع عدد الحالات إلى 3000 حالة") == [
        "2024-04-08",
        "2024-03",
    ]


def test_a_counted_year_is_kept_where_the_release_makes_it_plausible() -> None:
    head = "الرباط 12 يوليوز 2024 - "
    assert values(head + "أطلقت الوزارة في مارس 2024 حملة وطنية للتلقيح") == ["2024-07-12", "2024-03"]
    also = "أطلقت الوزارة في مارس 2024 حملة وطنية تستمر حتى 30 أبريل 2024"
    assert values(also) == ["2024-03", "2024-04-30"]  # another date of the release vouches for it
    both_counted = "سجلت الوزارة في مارس 2024 حالة وفي أبريل 2024 حالة"
    assert values(both_counted) == []  # a count-shaped year vouches for no other
    # Not plausible: the number is the count, and the date is read without it, from the release date.
    assert values(head + "سجلت الوزارة في 15 مارس 1950 حالة") == ["2024-07-12", "2024-03-15"]
    assert values(head + "سجلت الوزارة في مارس 1950 حالة") == ["2024-07-12"]
    assert values(head + "سجلت الوزارة من 10 إلى 15 مارس 1950 حالة") == [
        "2024-07-12",
        "2024-03-10",
        "2024-03-15",
    ]


def test_years_with_anchors() -> None:
    assert values("خلال عام 2025 نجح التجمع") == ["2025"]
    assert values("لعام 2023م") == ["2023"]
    assert values("في 2019، افتتحت الوزارة") == ["2019"]
    assert values("بين عامي 2020 و2023") == ["2020", "2023"]


# --- periods and roles --------------------------------------------------------------------------


def test_day_range_shares_month_and_year() -> None:
    facts = read("نظمت المديرية حملة من 15 إلى 20 مارس 2025")
    assert [(f.attrs["value"], f.attrs["role"]) for f in facts] == [
        ("2025-03-15", "period_start"),
        ("2025-03-20", "period_end"),
    ]


def test_period_start_borrows_the_year_of_its_end_across_new_year() -> None:
    facts = read("تستمر العملية من 15 نونبر إلى غاية 30 مارس 2026")
    assert [f.attrs["value"] for f in facts] == ["2025-11-15", "2026-03-30"]


def test_dateline_after_a_city_and_agency() -> None:
    facts = read("الرياض 12 مارس 2024 (واس) - افتتح وزير الصحة مستشفى في 3 مارس 2024")
    assert [f.attrs["role"] for f in facts] == ["published", "event"]


def test_headline_date_after_a_verb_is_an_event() -> None:
    (fact,) = read("افتتح المستشفى 12 مارس 2024")
    assert fact.attrs["role"] == "event"


def test_two_days_joined_by_and_are_a_list_unless_between_opens_them() -> None:
    listed = read("تم تسجيل الحالات في 1 و2 مارس 2024")
    assert [(f.attrs["value"], f.attrs["role"]) for f in listed] == [
        ("2024-03-01", "event"),
        ("2024-03-02", "event"),
    ]
    bounded = read("بين 3 و5 ديسمبر 2024 نظمت الوزارة المؤتمر")
    assert [f.attrs["role"] for f in bounded] == ["period_start", "period_end"]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("نظمت الوزارة الأيام التحسيسية ما بين 3 و5 ديسمبر 2024 بمدينة طنجة", ["period_start", "period_end"]),
        ("تستقبل المراكز الحجاج في الفترة ما بين 8 و13 ذي الحجة 1445 هـ", ["period_start", "period_end"]),
        ("ارتفع عدد الأسرة ما بين عامي 2020 و2023 بنسبة 30%", ["period_start", "period_end"]),
        ("ما بين 15 مارس و20 أبريل 2024 استقبلت المستشفيات الحالات", ["period_start", "period_end"]),
        ("ما بين يوم 3 مارس و5 أبريل 2024 نظمت الوزارة قوافل طبية", ["period_start", "period_end"]),
        # Negatives: "و" with no opener lists two days; an opener before another word does not reach.
        ("سجلت الإصابات يومي 3 و5 مارس 2024 في الرباط", ["event", "event"]),
        ("ما بين الحملة الأولى والثانية نُظمت أيام 3 و5 مارس 2024", ["event", "event"]),
    ],
)
def test_range_openers_are_read_as_phrases(text: str, roles: list[str]) -> None:
    assert [f.attrs["role"] for f in read(text)] == roles


def test_a_phrase_before_a_date_is_matched_whole() -> None:
    text = normalize_term("تتواصل الحملة إلى غاية 30 مارس")
    day = text.index("30")
    assert dates._Before(text, 0, day).phrase(1, "PERIOD_CLOSERS")  # إلى غاية, not its last word alone
    assert not dates._Before(text, 0, day).phrase(1, "PERIOD_OPENERS")
    glued = normalize_term("بلغت غاية 30 مارس")
    assert not dates._Before(glued, 0, glued.index("30")).phrase(1, "PERIOD_CLOSERS")
    opener = normalize_term("في الفترة ما بين 8 و13")
    assert dates._Before(opener, 0, opener.index("8")).phrase(1, "RANGE_OPENERS")


# --- weekdays and month ends --------------------------------------------------------------------


def test_weekday_with_its_own_ordinal_day_stays_that_day() -> None:
    assert values("أعلنت الوزارة الأربعاء الثالث عشر من شباط 2013 خطتها") == ["2013-02-13"]


def test_last_weekday_of_a_month() -> None:
    assert values("أقيم الحفل في آخر ثلاثاء من مارس 2024") == ["2024-03-26"]
    assert values("أقيم الحفل يوم الجمعة الأخير من مارس 2024") == ["2024-03-29"]


def test_last_day_of_a_hijri_month() -> None:
    (fact,) = read("اختتمت الحملة في آخر يوم من رمضان 1445 هـ")
    assert fact.attrs["hijri"] == "1445-09-30"
    assert fact.attrs["value"] == Hijri(1445, 9, 30).to_gregorian().isoformat()


# --- yearless dates -----------------------------------------------------------------------------


def test_yearless_date_needs_a_release_date() -> None:
    assert values("افتتح المركز في 15 مارس بحضور المحافظ") == []


def test_yearless_date_takes_the_year_nearest_the_release_date() -> None:
    facts = read("القاهرة في 5 يناير 2025 - بدأت الحملة في 28 ديسمبر الماضي")
    assert facts[1].attrs["value"] == "2024-12-28"
    assert facts[1].confidence < 1.0
    assert "2025-01-05" in facts[1].note


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("أطلقت الوزارة البرنامج في فاتح أكتوبر 2024", "2024-10-01"),
        ("يحتفل العمال بعيدهم في فاتح ماي 2024", "2024-05-01"),
        ("افتتح المستشفى في الفاتح من نوفمبر 2023", "2023-11-01"),
        ("يبدأ العمل بالنظام الجديد غرة شهر شوال 1445 هـ", "2024-04-10"),
        ("تتوقف الخدمة أول يوليو 2024 للصيانة", "2024-07-01"),
    ],
)
def test_words_for_the_first_of_the_month(text: str, value: str) -> None:
    assert values(text) == [value]


@pytest.mark.parametrize(
    ("tail", "value"),
    [
        ("أكتوبر الماضي", "2022-10"),
        ("يناير المنصرم", "2022-01"),
        ("يناير الجاري", "2023-01"),
        ("فبراير المقبل", "2023-02"),
        ("ديسمبر القادم", "2023-12"),
        ("مارس من العام الجاري", "2023-03"),
        ("الأول من مارس", "2023-03-01"),
    ],
)
def test_month_without_a_digit_is_placed_by_the_release_date(tail: str, value: str) -> None:
    facts = read(f"القاهرة في 5 يناير 2023\n\nوأوضح المتحدث أن المستشفى بدأ العمل في {tail} بشكل تجريبي.")
    assert [f.attrs["value"] for f in facts] == ["2023-01-05", value]
    assert facts[1].confidence < 1.0
    assert "2023-01-05" in facts[1].note


def test_month_without_a_digit_needs_a_release_date() -> None:
    assert values("وأوضح المتحدث أن المستشفى بدأ العمل في أكتوبر الماضي") == []
    assert values("وأوضح المتحدث أن المستشفى بدأ العمل في الفاتح من مارس") == []


def test_a_month_verb_is_no_date() -> None:
    assert values("الرياض - 12 مارس 2024: من مارس المهنة دون ترخيص يعاقب بالغرامة") == ["2024-03-12"]


@pytest.mark.parametrize(
    "text",
    [
        "افتتحت الوزارة مستشفى عام 2000 سرير",
        "يضم المستشفى العام 2000 سرير",
        "يستوعب مستشفى بنها العام 1950 مريضا",
        "بلغ عدد المراجعين بالمستشفى المركزي العام 2024 مراجعا",
    ],
)
def test_adjective_general_is_no_year(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("افتتح المستشفى عام 2019 بطاقة 300 سرير", "2019"),
        ("افتتح مستشفى عام 2019، بطاقة 300 سرير", "2019"),
        ("بلغت نسبة الإنجاز في نهاية العام 2023 نحو 90%", "2023"),
        ("تمتد الخطة إلى العام 2030 بحسب الوزارة", "2030"),
        ("أنجز المستشفى العام في العام 2018 أول عملية", "2018"),
    ],
)
def test_noun_year_beside_a_hospital(text: str, value: str) -> None:
    assert values(text) == [value]


def test_recurring_day_is_not_a_date() -> None:
    assert values("الرياض - 12 مارس 2024: يوم 7 أبريل من كل عام يحتفل العالم بيوم الصحة") == ["2024-03-12"]


def test_examples_corpus_is_rich() -> None:
    positives = [e for e in dates.EXAMPLES if not e.negative]
    negatives = [e for e in dates.EXAMPLES if e.negative]
    assert len(positives) >= 60 and len(negatives) >= 20


# --- internals the speed of the reader rests on --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lo"),
    [
        ("صدر القرار رقم: 15/2023 يوم الأحد الموافق 5 مايو", 0),
        ("صدر القرار رقم: 15/2023 يوم الأحد الموافق 5 مايو", 20),
        ("نظمت_المديرية حملة 10:30 من 3 إلى 20 مارس", 0),
        ("", 0),
    ],
)
def test_tokens_read_leftwards_are_the_window_tokens(text: str, lo: int) -> None:
    """The reversed reader gives the last tokens of the look-back window, nearest first, as a forward
    tokenisation of that window does (a word cut by the window's edge included)."""
    start = max(lo, len(text) - dates._LOOKBACK)
    forward = [m for m in re.finditer(r"\d+|[^\W\d_]+|[^\w\s]", text[start:])][-dates._MAX_TOKENS :]
    before = dates._Before(text, lo, len(text))
    for k, m in enumerate(reversed(forward), 1):
        assert before.word(k) == m.group()
        assert (before.starts[k - 1], before.ends[k - 1]) == (start + m.start(), start + m.end())
    assert before.word(len(forward) + 1) == ""


def test_cue_lists_are_tried_in_order() -> None:
    def cue(piece: str, *names: str) -> str | None:
        return pat.ending_phrase(normalize_term(piece), *names)

    periods = ("PERIOD_OPENERS", "PERIOD_CLOSERS")
    assert cue("تستمر الحملة اعتبارا  من ", *periods) == "PERIOD_OPENERS"
    assert cue("تستمر الحملة إلى غاية: ", *periods) == "PERIOD_CLOSERS"
    assert cue("منذ 3", *periods) is None
    assert cue("نشر بتاريخ", "PUBLISHED_CUES", "HEAD_PUBLISHED_CUES") == "PUBLISHED_CUES"
    assert cue("بتاريخ", "PUBLISHED_CUES", "HEAD_PUBLISHED_CUES") == "HEAD_PUBLISHED_CUES"
    assert cue("وانشر", "PUBLISHED_CUES") is None  # a phrase is a whole word


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("ومارس", "month"),
        ("بشهر 10", "month_number"),
        ("03/01/2022", "n1"),
        ("2/2013", "my_month"),
        ("عيد الفطر", "holiday"),
        ("للعام 2021", "year"),
        ("خلال 2019", "prep_year"),
        ("1445هـ", "era_year"),
    ],
)
def test_every_anchor_is_dispatched_by_its_last_group(text: str, group: str) -> None:
    m = pat.anchor().match(normalize_term(text))
    assert m is not None and m[group] is not None
    assert m.lastgroup in dates._HANDLERS


@pytest.mark.parametrize(
    ("before", "plain"),
    [
        ("انطلقت الحملة في 8 ", True),
        ("الفترة من 25 يوليو 2020 وحتى 4 ", True),
        ("يوم الأحد الموافق 5 ", True),
        ("منذ الخميس 15 ", True),
        ("خلال شهر ", True),
        ("في شهر ", True),
        ("في ", True),
        ("", True),
        ("الساعة 10:30 ", False),
        ("بلغت 1.5 ", False),
        ("من 15 إلى 20 ", False),
        ("بين 3 و5 ", False),
        ("الثلاثاء الثالث من ", False),
        ("اعتبارا من فاتح ", False),
        ("آخر يوم من ", False),
        ("الجمعة الأخيرة من ", False),
        ("ثالث ثلاثاء في ", False),
        ("15 من شهر ", False),
        ("الموافق 5 ", False),
    ],
)
@pytest.mark.parametrize("lo", [0, 6])
def test_plain_shapes_read_as_the_walk_reads_them(before: str, plain: bool, lo: int) -> None:
    """The one-match reading of the common shapes before a month equals the token walk's; the shapes
    the walk reads otherwise fail the match (a cut window may fail a plain one too)."""
    text = normalize_term(before) + "مارس"
    start = len(text) - len("مارس")
    m = pat.plain_left().match(text[max(lo, start - dates._LOOKBACK) : start][::-1])
    if lo == 0:
        assert (m is not None) == plain
    if m is not None:
        assert dates._plain_left(m, start) == dates._walk_left(text, lo, start, None)


@pytest.mark.parametrize(
    "before",
    ["انطلقت الحملة في 8 ", "يوم الأحد الموافق 5 ", "منذ الخميس 15 ", "خلال شهر ", "في ", "", "30 "],
)
def test_plain_month_reads_as_the_general_reading(before: str) -> None:
    """The straight reading of a month with a plain left and a Gregorian year is the general one."""
    text = normalize_term(before) + "فبراير 2024 بالرياض"
    start = len(normalize_term(before))
    plain = pat.plain_left().match(text[max(0, start - dates._LOOKBACK) : start][::-1])
    assert plain is not None
    year = dates._read_year(text, start + len("فبراير"))
    left = dates._plain_left(plain, start)
    general, _ = dates._gregorian_month(text, 2, False, left, year, start, start + len("فبراير"))
    assert dates._plain_gregorian(plain, start, start, 2, year) == general


@pytest.mark.parametrize(
    ("before", "plain"),
    [
        ("تم توقيع البروتوكول بتاريخ ", True),
        ("يستمر البرنامج من ", True),
        ("", True),
        ("صدر القرار رقم ", False),
        ("القرار رقم: ", False),
        ("يوم الأحد الموافق ", False),
        ("الخميس ", False),
        ("(", False),
    ],
)
def test_plain_before_numeric_as_the_walk_reads_it(before: str, plain: bool) -> None:
    """What one match says of the words before a numeric date (no reference, no weekday) is what the
    token walk says; the other shapes fail the match."""
    text = normalize_term(before)
    assert dates._plain_before_numeric(text, 0, len(text)) == plain
    if plain:
        before_walk = dates._Before(text, 0, len(text))
        assert not dates._after_reference(before_walk)
        assert dates._weekday_start(before_walk, len(text)) == len(text)


def test_every_published_cue_holds_the_stem_the_dateline_test_looks_for() -> None:
    stem = pat.norm(dates.PUBLISHED_STEM)
    assert all(stem in pat.norm(cue) for cue in pat.words("PUBLISHED_CUES"))


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("في مارس 2024", "month"),
        ("(للعام 2021", "year"),
        ("،خلال 2019", "prep_year"),
        ("نفذ في شهر 10 لعام 2023", "month_number"),
    ],
)
def test_word_anchor_hits_are_the_anchor_matches(text: str, group: str) -> None:
    """The scan takes a word-anchor hit as it is: at a word start it matches as `anchor` does."""
    text = normalize_term(text)
    hits = list(pat.word_anchor().finditer(text))
    assert hits and any(hit.lastgroup == group for hit in hits)
    for hit in hits:
        m = pat.anchor().match(text, hit.start())
        assert m is not None and (m.span(), m.lastgroup) == (hit.span(), hit.lastgroup)
        assert {name: m[name] for name in hit.groupdict()} == hit.groupdict()


@pytest.mark.parametrize("text", ["2024م", "1445 هـ", "1445 هجرية", "2021 للميلاد"])
def test_an_era_after_a_year_is_hinted_by_the_digit_scan(text: str) -> None:
    (run,) = pat.date_digits().finditer(normalize_term(text))
    assert run.start("era_hint") >= 0
