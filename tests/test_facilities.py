"""The facility reader: where names start and end, lists, glued words, aliases, and the seed releases."""

from __future__ import annotations

import itertools
import re

import pytest

from extractors import facilities, facility_lexicon, facility_names, read_article
from extractors.facility_lexicon import lexicon
from extractors.normalize import normalize_term
from nabd.evaluate import evaluate


def _facilities(text: str, country: str | None = None):
    facts = facilities.extract(read_article(text, country))
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text
    return facts


def _names(text: str, country: str | None = None) -> list[str]:
    return [f.attrs["name"] for f in _facilities(text, country)]


def test_seed_releases_give_their_gold_facilities_and_nothing_else(seed_texts, gold) -> None:
    predictions = {
        doc: [f.to_record(doc) for f in facilities.extract(read_article(text))]
        for doc, text in seed_texts.items()
    }
    score = evaluate(gold, predictions)["facility"]
    assert score.fn == 0, score.misses
    assert score.fp == 0, score.false_alarms


def test_glued_words_come_apart_in_the_name_but_not_in_the_evidence() -> None:
    text = "حقق المختبر الرئيسي بمستشفى الملك فهد بالمدينةالمنورة المركز الأول."
    (fact,) = _facilities(text)
    assert fact.attrs["name"] == "مستشفى الملك فهد بالمدينة المنورة"
    assert fact.text == "مستشفى الملك فهد بالمدينةالمنورة"
    assert fact.attrs["city"] == "المدينة المنورة"
    assert fact.attrs["country"] == "SA"


def test_gazetteer_repairs_glue_the_normaliser_leaves() -> None:
    (name,) = _names("نقل إلى مستشفى جونز هوبكنز بالولاياتالمتحدةالأمريكية للعلاج.")
    assert name == "مستشفى جونز هوبكنز بالولايات المتحدة الأمريكية"


def test_name_keeps_the_original_spelling() -> None:
    names = _names("ممثلة في التجمع الصحي الاول بمكه المكرمة ومستشفى الولادة والأطفال بالدمام.")
    assert names == ["التجمع الصحي الاول بمكه المكرمة", "مستشفى الولادة والأطفال بالدمام"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "نقل المصاب إلى مستشفى الملك ـفهد العام بجدة لاستكمال العلاج.",
            "مستشفى الملك فهد العام بجدة",
        ),
        (
            "أجرى فريق طبي في مستشفى الأمير ـمحمد بن عبدالعزيز بالرياض عملية نادرة.",
            "مستشفى الأمير محمد بن عبدالعزيز بالرياض",
        ),
        (
            "وقعت المديرية العامة للشؤون الصحية بمنطقة ـالرياض اتفاقية تعاون.",
            "المديرية العامة للشؤون الصحية بمنطقة الرياض",
        ),
        ("وأعلنت مديرية ـالشؤون الصحية بمنطقة الرياض عن حملة.", "مديرية الشؤون الصحية بمنطقة الرياض"),
        ("استقبل مستشفى الملك \u200fفهد الجامعي بالخبر عددا من الحالات.", "مستشفى الملك فهد الجامعي بالخبر"),
        ("وزار الوفد مستشفيات الملك ـفهد بجدة والملك خالد بتبوك.", "مستشفى الملك فهد بجدة"),
    ],
)
def test_a_mark_dropped_before_an_inner_name_word_stays_out_of_the_name(text: str, name: str) -> None:
    """A tatweel or an invisible mark before a word is no part of it: the name leaves it out, as it
    does before the first word, and the evidence keeps the text as written."""
    fact = _facilities(text)[0]
    assert fact.attrs["name"] == name
    assert "ـ" in fact.text or "\u200f" in fact.text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("نقل المصاب إلى مستشفى الملك فهـــد العام بجدة لاستكمال العلاج.", "مستشفى الملك فهد العام بجدة"),
        ("وزار الوزير مستشفى الملكـ خالد الجامعي بالرياض صباح اليوم.", "مستشفى الملك خالد الجامعي بالرياض"),
        ("افتتحت المديرية مستشفـى الولادة والأطفال ببريدة.", "مستشفى الولادة والأطفال ببريدة"),
        ("وشملت الزيارة المستشفيات الجامعية ابن سيـنا وابن رشد.", "المستشفى الجامعي ابن سينا"),
    ],
)
def test_a_tatweel_inside_or_after_a_name_word_stays_out_of_the_name(text: str, name: str) -> None:
    """A stretched letter is typography: the name, which analysts group by, reads without it; the
    evidence keeps the text as written."""
    fact = _facilities(text)[0]
    assert fact.attrs["name"] == name
    assert "ـ" in fact.text


def test_article_elided_after_lam_is_put_back() -> None:
    assert _names("ارتفع عدد المراجعين للمستشفى الجامعي بالرباط هذا العام.") == ["المستشفى الجامعي بالرباط"]


def test_list_after_a_plural_head_gives_one_facility_per_item() -> None:
    text = "في مراكز ( المنصور-الخالدية-شرائع المجاهدين-أبو عروة-غران – *حدا) وتقوم بتقديم الرعاية"
    facts = _facilities(text)
    assert [f.attrs["name"] for f in facts] == [
        "مركز المنصور",
        "مركز الخالدية",
        "مركز شرائع المجاهدين",
        "مركز أبو عروة",
        "مركز غران",
        "مركز حدا",
    ]
    assert [f.text for f in facts][-1] == "حدا"
    assert {f.rule for f in facts} == {"facility.list_after_head"}


def test_titled_names_after_a_plural_head() -> None:
    names = _names("دشنت الوزارة مستشفيات الملك فهد، والملك خالد، والأمير سلطان بن عبدالعزيز.")
    assert names == ["مستشفى الملك فهد", "مستشفى الملك خالد", "مستشفى الأمير سلطان بن عبدالعزيز"]


def test_names_joined_by_wa_after_a_plural_take_the_singular_head_each() -> None:
    facts = _facilities("تستقبل مستشفيات الشميسي العام واليمامة المركزي وابن زهر الحالات.")
    assert [f.attrs["name"] for f in facts] == [
        "مستشفى الشميسي العام",
        "مستشفى اليمامة المركزي",
        "مستشفى ابن زهر",
    ]
    assert [f.text for f in facts] == ["مستشفيات الشميسي العام", "اليمامة المركزي", "ابن زهر"]


def test_a_plurals_adjectives_go_into_each_name_in_the_singular() -> None:
    names = _names("وتشمل الخطة المراكز الاستشفائية الجامعية ابن سينا والحسن الثاني بالرباط.")
    assert names == ["المركز الاستشفائي الجامعي ابن سينا", "المركز الاستشفائي الجامعي الحسن الثاني بالرباط"]


def test_a_colon_list_ends_where_the_sentence_goes_on() -> None:
    names = _names("رفع كفاءة مستشفيات: إدفو العام، وكوم أمبو المركزي، إلى جانب إنشاء مدرسة للتمريض.")
    assert names == ["مستشفى إدفو العام", "مستشفى كوم أمبو المركزي"]


def test_a_dual_head_names_exactly_two() -> None:
    assert _names("ويستقبل مستشفيا الجهراء والعدان والمراكز الصحية الحالات.") == [
        "مستشفى الجهراء",
        "مستشفى العدان",
    ]
    assert _names("تم نقل المصابين إلى مستشفيي الأمير محمد بن عبدالعزيز والنور التخصصي.") == [
        "مستشفى الأمير محمد بن عبدالعزيز",
        "مستشفى النور التخصصي",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "وتستقبل مستشفيات جدة والطائف ورابغ الحالات.",  # the hospitals OF those places
        "خصصت الوزارة مستشفيات العزل والحجر الصحي للجائحة.",  # one common noun: a kind of hospital
        "تعمل مستشفيات الرياض العامة والخاصة بكامل طاقتها.",  # العامة agrees with the plural
        "ويستقبل المستشفيين الجديدين المرضى.",  # a dual with its nun is a count
    ],
)
def test_plurals_that_describe_many_list_nothing(text: str) -> None:
    assert _names(text) == []


def test_a_number_word_or_digits_before_a_head_count_it_but_a_year_does_not() -> None:
    assert _names("تم تأهيل خمسة وعشرين وحدة صحية بقرية السلام.") == []
    assert _names("وتشرف المديرية على 12 مستشفى تابعا للوزارة.") == []
    assert _names("وفي عام 2020 مستشفى الملك فهد افتتح قسما.") == ["مستشفى الملك فهد"]


def test_a_closed_name_takes_its_place_unless_the_release_also_gives_it_bare() -> None:
    assert _names("دشنت مدينة الملك فهد الطبية بالرياض مركزا.") == ["مدينة الملك فهد الطبية بالرياض"]
    facts = _facilities(
        "افتتحت مدينة الملك فهد الطبية قسما، ثم أعلنت مدينة الملك فهد الطبية بالرياض جاهزيتها."
    )
    assert {f.attrs["name"] for f in facts} == {"مدينة الملك فهد الطبية"}
    assert facts[1].text == "مدينة الملك فهد الطبية بالرياض"
    assert facts[1].note == "named مدينة الملك فهد الطبية elsewhere in the release"


def test_no_name_keeps_a_word_glued_after_taa_marbuta(article_texts) -> None:
    glued = re.compile("[\u0629\u0649][\u0621-\u064a]")
    names = [f.attrs["name"] for text in article_texts.values() for f in _facilities(text)]
    names += _names("نظمت المديرية الجهويةللصحة بجهة الشرق ومستشفى الولادةوالأطفال بالطائف حملة.")
    assert names and not [name for name in names if glued.search(name)]


def test_brackets_holding_anything_but_names_are_no_list() -> None:
    assert _names("تم تخصيص 7 مراكز صحية (عيادات تطمن) و مراكز (الرعاية الصحية الأولية) للمراجعين.") == []


def test_short_mention_takes_the_longer_name_of_the_same_facility() -> None:
    text = (
        "افتتح مركز القلب ومركز الأورام، وافتتاح مركز العلوم العصبية في مدينة الملك سلمان الطبية. "
        "وحصل مركز القلب بالمدينةالمنورة على شهادة، كما دشنت مدينة الملك سلمان بن عبدالعزيز الطبية قسماً."
    )
    facts = _facilities(text)
    heart = [f for f in facts if f.text.startswith("مركز القلب")]
    assert {f.attrs["name"] for f in heart} == {"مركز القلب بالمدينة المنورة"}
    assert heart[0].note == "short form of مركز القلب بالمدينة المنورة"
    cities = {f.attrs["name"] for f in facts if f.attrs["kind"] == "medical_city"}
    assert cities == {"مدينة الملك سلمان بن عبدالعزيز الطبية"}


def test_short_mention_with_two_possible_long_names_stays_as_it_is() -> None:
    text = "زار مستشفى الملك فهد بجدة ومستشفى الملك فهد الجامعي بالخبر، ثم عاد إلى مستشفى الملك فهد."
    assert "مستشفى الملك فهد" in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("استقبل مستشفى البشير يستقبل المرضى", "مستشفى البشير"),
        ("وقع مستشفى جامعة الملك عبدالعزيز اتفاقية تعاون", "مستشفى جامعة الملك عبدالعزيز"),
        ("نقل إلى مستشفى رفيق الحريري الجامعي في بيروت", "مستشفى رفيق الحريري الجامعي"),
        ("افتتح مركز القلب الذي يقدم خدماته", "مركز القلب"),
        ("أعلن مستشفى قصر العيني عن نجاح عملية", "مستشفى قصر العيني"),
        ("أجرى مستشفى 57357 لعلاج سرطان الأطفال 500 جراحة", "مستشفى 57357"),
        ("دخل مستشفى الأمير حمزة الخدمة عام 2006", "مستشفى الأمير حمزة"),
        ("وأوضح أن مستشفى هليوبوليس استقبلا عدداً من الحالات", "مستشفى هليوبوليس"),
        ("بمستشفى الملك فهد بالمدينةالمنورة المركز الأول", "مستشفى الملك فهد بالمدينة المنورة"),
        (
            "مدينة الملك سلمان بن عبدالعزيز الطبية بالمدينةالمنورة، قسم الأشعة",
            "مدينة الملك سلمان بن عبدالعزيز الطبية بالمدينة المنورة",
        ),
        ("مدينة الملك سلمان الطبية بسعة سريرية 15 سريراً", "مدينة الملك سلمان الطبية"),
        ("مجمع إرادة للصحة النفسية) باسم", "مجمع إرادة للصحة النفسية"),
        ("مستشفى الملك خالد للعيون التخصصي في زراعة قرنية", "مستشفى الملك خالد للعيون التخصصي"),
    ],
)
def test_where_a_name_ends(text: str, name: str) -> None:
    assert _names(text)[0] == name


def test_directorate_in_an_officials_title_is_skipped_but_one_that_acts_is_read() -> None:
    assert _names("قال مدير عام المديرية العامة للشؤون الصحية بمنطقة تبوك إن الحملة بدأت.") == []
    (fact,) = _facilities("أعلنت المديرية العامة للشؤون الصحية بمنطقة تبوك بدء الحملة.")
    assert fact.attrs == {
        "name": "المديرية العامة للشؤون الصحية بمنطقة تبوك",
        "kind": "directorate",
        "city": "تبوك",
        "country": "SA",
    }
    assert fact.rule == "facility.directorate"


def test_place_after_the_name_gives_the_city_and_the_release_the_country() -> None:
    (hamad,) = _facilities("يقدم مستشفى حمد العام في الدوحة خدمات الطوارئ.")
    assert hamad.attrs["city"] == "الدوحة" and hamad.attrs["country"] == "QA"
    (rashid,) = _facilities("أجرى مستشفى راشد عملية نادرة.", country="AE")
    assert rashid.attrs == {"name": "مستشفى راشد", "kind": "hospital", "country": "AE"}


def test_centre_kinds_follow_what_names_them() -> None:
    kinds = {
        f.attrs["name"]: f.attrs["kind"]
        for f in _facilities(
            "زار مركز الأورام ومركز صحي النسيم بجدة والمركز الاستشفائي الجهوي ببني ملال والمركز الصحي بحي الروضة."
        )
    }
    assert kinds == {
        "مركز الأورام": "specialised_centre",
        "مركز صحي النسيم بجدة": "health_centre",
        "المركز الاستشفائي الجهوي ببني ملال": "hospital",
        "المركز الصحي بحي الروضة": "health_centre",
    }


def test_a_name_longer_than_the_first_window_is_read_whole() -> None:
    name = (
        "مستشفى الأمير محمد بن عبدالعزيز بن عبدالرحمن آل سعود التخصصي العام الجامعي المرجعي بالمدينة المنورة"
    )
    assert _names(f"افتتح {name} اليوم.") == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # heads whose first letter opens most words (ت، و، ا) are found by the letters after it
        ("وأكد تجمع الرياض الصحي الأول أن العمل مستمر.", "تجمع الرياض الصحي الأول"),
        ("وافتتحت ووحدة صحة الأسرة بقرية الحاجر قبلي أبوابها.", "وحدة صحة الأسرة بقرية الحاجر قبلي"),
        (
            "أعلنت الإدارة العامة للشؤون الصحية بمنطقة جازان بدء الحملة.",
            "الإدارة العامة للشؤون الصحية بمنطقة جازان",
        ),
        # after a bracket or a quote mark, and under a preposition, conjunction and article at once
        ("(مستشفى الملك فهد) يستقبل الحالات.", "مستشفى الملك فهد"),
        ("وتحدث «مستشفى الأمل» عن خدماته.", "مستشفى الأمل"),
        ("وبالمستشفيات الجامعية ابن سينا وابن رشد أجريت العمليات.", "المستشفى الجامعي ابن سينا"),
    ],
)
def test_heads_are_found_whatever_is_glued_before_them(text: str, name: str) -> None:
    assert _names(text)[0] == name


def test_a_superscript_digit_after_a_head_is_no_number_and_no_crash() -> None:
    assert _names("أعلن مستشفى ² عن خدمة، ونقل آخر إلى مستشفى ¹²³ للعلاج.") == []
    assert _names("أجرى مستشفى 57357 لعلاج سرطان الأطفال 500 جراحة.") == ["مستشفى 57357"]


def test_every_example_corpus_is_broad() -> None:
    positives = [ex for ex in facilities.EXAMPLES if not ex.negative]
    negatives = [ex for ex in facilities.EXAMPLES if ex.negative]
    assert len(positives) >= 60 and len(negatives) >= 25
    kinds = {ex.expect["kind"] for ex in positives}
    assert {"hospital", "health_centre", "specialised_centre", "medical_city", "health_cluster"} <= kinds
    assert {"lab", "clinic", "directorate"} <= kinds


def test_a_window_cut_at_a_mark_reads_what_the_whole_window_reads(article_texts, monkeypatch) -> None:
    """Windows stop at the first punctuation mark no reader looks through (facility_names.walk_at):
    reading on past it must change nothing."""
    texts = [*article_texts.values(), *(ex.text for ex in facilities.EXAMPLES)]
    texts.append("نقل إلى مستشفى الملك فهد، ومستشفيات الرس وعنيزة. وزار مستشفى «الأمل» ومركز (القلب).")

    def records() -> list[list[dict]]:
        return [[f.to_record("doc") for f in facilities.extract(read_article(text))] for text in texts]

    cut = records()
    walk_at = facilities.walk_at
    monkeypatch.setattr(
        facilities, "walk_at", lambda lex, text, start, chars, through=None: walk_at(lex, text, start, chars)
    )
    assert records() == cut


@pytest.mark.parametrize(
    "text",
    [
        "مستشفى الملك فهد بجدة",  # the normaliser changes no offset
        "مستشفَى الملكِ ـفهد\u200cالعام ﻻ بالمدينةالمنورة ﹰ والقطيف",  # dropped marks, a ligature, glue
    ],
)
def test_original_slices_are_the_normalised_texts_own(text: str) -> None:
    norm = read_article(text).norm
    source = facilities._Original(norm)
    for start in range(len(norm.text) + 1):
        for end in range(start, len(norm.text) + 1):
            assert source.slice(start, end) == norm.original_slice(start, end), (start, end)
            assert source.exact(start, end) in (None, norm.original_slice(start, end)), (start, end)


def test_free_word_answers_are_kept_within_their_bound(monkeypatch) -> None:
    lex = lexicon()
    walk = facility_names.walk_at(lex, " x.", 0, 3)
    monkeypatch.setattr(facility_names, "_MAX_KEPT_WORDS", 2)
    lex.free_words.clear()
    for word in ("العيني", "يستقبل", "بالرياض", "وإنشاء", "العيني"):
        expected = not (
            word in lex.descriptors or walk.verb_like(word) or walk.opens_phrase(word) or walk.conjoined(word)
        )
        assert walk.free_word(word) == expected
        assert len(lex.free_words) <= 2
    assert walk.free_word("العيني") and not walk.free_word("يستقبل")


def test_word_classes_answer_the_lists_and_are_kept_within_their_bound(monkeypatch) -> None:
    lex = lexicon()
    walk = facility_names.walk_at(lex, " x.", 0, 3)
    monkeypatch.setattr(facility_names, "_MAX_KEPT_WORDS", 2)
    lex.word_classes.clear()
    for written in ("الملك", "بالرياض", "الجامعي", "العيني", "يستقبل", "للصحة", "أبو"):
        word = normalize_term(written)
        c = walk.word_class(word)
        assert bool(c & facility_lexicon.TITLE) == (word in lex.titles)
        assert bool(c & facility_lexicon.ADJECTIVE) == (word in lex.adjectives)
        assert bool(c & facility_lexicon.PREFIX) == (word in lex.prefixes)
        assert bool(c & facility_names._FREE) == walk.free_word(word)
        assert bool(c & facility_names._UNIT) == (not walk.blocked(word))
        assert bool(c & facility_names._LAM_SPECIALTY) == (written == "للصحة")
        assert len(lex.word_classes) <= 2


def test_a_window_stops_at_a_punctuation_mark_or_line_break_and_at_no_space() -> None:
    marks = re.compile(r"[^\w\s]|\n")
    assert not any(chr(c).isspace() for c in range(0x3001, 0x110000))
    for c in range(0x3100):
        assert (facility_names._UNMARKED.match(chr(c)).end() == 0) == bool(marks.match(chr(c))), hex(c)


def test_head_groups_are_read_by_their_numbers() -> None:
    """facilities reads a head match's spans from its `regs` by the group numbers facility_lexicon
    names: they must be the pattern's own."""
    groups = {"pre": facility_lexicon.PRE, "art": facility_lexicon.ART}
    groups |= {"head": facility_lexicon.HEAD, "next": facility_lexicon.NEXT}
    assert lexicon().head_re.groupindex == groups
    m = lexicon().head_re.search(normalize_term("زار وللمستشفى الجامعي"))
    assert m is not None
    for name, number in groups.items():
        assert m.regs[number] == m.span(name)


def test_letter_tests_answer_as_the_string_methods(article_texts) -> None:
    """_letters_only and _words_only test letter by letter what str.isalpha and
    str.replace(" ", "").isalnum answer: on every word, word pair and window of the fixture releases,
    and on tricky characters (digits of three scripts, marks, tatweel, underscores, symbols, spaces)."""
    samples = ["", " ", "  ", "_", "ـ", "١٢٣", "۴۵", "12", "½", "²", "a_b", "ﻻ", "𝐀"]
    samples += ["مستشفى\u064b", "و\u200c"]
    samples += ["مستشفى الملك", "مستشفى  الملك", "مستشفى\tالملك", "مستشفى ١٢", "الملك، فهد", " الملك "]
    for text in article_texts.values():
        words = text.split()
        samples += words
        samples += [" ".join(pair) for pair in itertools.pairwise(words)]
        samples += [text[k : k + 40] for k in range(0, len(text), 17)]
    for s in samples:
        assert facilities._letters_only(s) == s.isalpha(), s
        assert facilities._words_only(s) == s.replace(" ", "").isalnum(), s


def test_windows_are_tokenized_as_the_token_pattern_finds(article_texts) -> None:
    """facility_names._tokenize reads letter by letter what _TOKEN.findall finds: every window of the
    fixture releases, and tricky characters (digits of three scripts, marks, tatweel, underscores,
    symbols, spaces of other kinds, line breaks, characters past the BMP)."""
    tricky = "مستشفى_الملك ١٢٣ ۴۵ 12½² «الأمل»\u00a0و\u200cال ﻻ\t\r\n\n 𝐀𝟏 (القلب)، ـفهد\u3000."
    samples = ["", " ", "\n", "_", tricky, tricky[::-1]]
    for text in [*article_texts.values(), tricky * 3]:
        samples += [text[k : k + 100] for k in range(0, len(text), 7)]
    for s in samples:
        assert facility_names._tokenize(s) == facility_names._TOKEN.findall(s), s
