"""The normaliser: CAMeL Tools' readings, offsets that always lead back to the original text, and the
country read from the normalised words."""

from __future__ import annotations

import random
import re

import pytest

from extractors.normalize import camel_normalize, normalize
from extractors.patterns import trie_alternation
from extractors.region import (
    _cue_forms,
    _cue_matches,
    _cue_owners,
    _prefixed_cues,
    detect_country,
)


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("أعلنت إدارة آمنة", "اعلنت اداره امنه"),
        ("مستشفى المدينة", "مستشفي المدينه"),
        ("مَرْكَزاً صِحِّيًّا", "مركزا صحيا"),
        ("الصـــحة", "الصحه"),
        ("٨٠ مركزاً و۱۲ عيادة", "80 مركزا و12 عياده"),
        ("ﻻ", "لا"),
        ("تجمع المدينةالمنورة الصحي", "تجمع المدينه المنوره الصحي"),
        ("مستشفىالملك فهد", "مستشفي الملك فهد"),
        ("نص\u200fمع\u200eعلامات", "نصمععلامات"),
        ("١٢\u00a0مليون", "12 مليون"),
    ],
)
def test_normalises_like_camel_tools(original: str, expected: str) -> None:
    assert normalize(original).text == expected


def test_table_agrees_with_camel_tools_on_whole_words() -> None:
    text = "إحصائيات وزارة الصحة العامة لعامَي ٢٠٢٤ و٢٠٢٥ في مستشفى الأطفال"
    assert normalize(text).text.replace(" ", "") == camel_normalize(text).translate(
        str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
    ).replace(" ", "")


def test_every_word_maps_back_to_its_original_spelling(seed_texts: dict[str, str]) -> None:
    for text in seed_texts.values():
        norm = normalize(text)
        for m in re.finditer(r"\S+", norm.text):
            start, end = norm.span(m.start(), m.end())
            assert normalize(text[start:end]).text.strip() == m.group()


def test_span_includes_trailing_diacritics() -> None:
    text = "افتتاح 80 مركزاً صحياً جديداً"
    norm = normalize(text)
    i = norm.text.index("مركزا صحيا")
    start, end = norm.span(i, i + len("مركزا صحيا"))
    assert text[start:end] == "مركزاً صحياً"


def test_glued_words_split_without_inventing_text() -> None:
    text = "مستشفى الملك فهد بالمدينةالمنورة"
    norm = normalize(text)
    i = norm.text.index("المنوره")
    start, end = norm.span(i - len("بالمدينه "), i + len("المنوره"))
    assert text[start:end] == "بالمدينةالمنورة"


def test_random_text_never_maps_outside_the_original() -> None:
    rng = random.Random(7)
    alphabet = "ابتةثجحخدذرزسشصضطظعغفقكلمنهوىيءآأإؤئًٌٍَُِّْـ٠١٢٣٤٥٦٧٨٩ ﻻﷲ\u200f\u00a0,.-"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        norm = normalize(text)
        for _ in range(10):
            if not norm.text:
                break
            a = rng.randrange(len(norm.text))
            b = rng.randint(a + 1, len(norm.text))
            start, end = norm.span(a, b)
            assert 0 <= start <= end <= len(text)


def test_cue_forms_read_like_prefixes_tried_in_order() -> None:
    """One trie of prefixed forms finds the same cues as the prefixes tried one by one before the cues."""
    owners = _cue_owners()
    forms = _prefixed_cues(list(owners))
    plain = re.compile(rf"(?:^|[^\w])(?:[وبلف]|ال)?({trie_alternation(owners)})(?!\w)")
    rng = random.Random(11)
    words = [*(cue for cue in owners if len(cue) > 1), "في", "وزاره", "ال", "جهه"]
    glue = [" ", " ", "\n", "،", "", "_", "1", "\u00a0", "\U0001d400", "\U0001f600"]
    for _ in range(3000):
        text = "".join(
            rng.choice(glue) + rng.choice(["", "", "و", "ب", "ال", "لل"]) + rng.choice(words)
            for _ in range(rng.randint(1, 6))
        )
        expected = plain.findall(text)
        found = _cue_matches(text)
        assert len(found) == len(expected) and all(
            map(tuple.__contains__, map(forms.get, found), expected)
        ), text


def test_committed_cue_trie_finds_what_a_plain_trie_finds() -> None:
    """The cue reader looks each word up whole and walks on past it only into longer forms; it must
    find the same forms as a plain trie that goes back: on words cut short inside a form
    (الري، مدينه), on forms that another form continues past a space (طرابلس / طرابلس الشام, جنيه /
    جنيه مصري) or a dot (د.ت), and after any non-word character."""
    forms = list(_cue_forms()[0])
    plain = re.compile(rf"[^\w]({trie_alternation(forms)})(?!\w)")
    rng = random.Random(13)
    pieces = [*forms, *(form[:cut] for form in forms for cut in range(1, len(form))), "في", "مصري", "x", "1"]
    glue = [" ", " ", "  ", "\n", "،", "", "_", ".", "-", "\u00a0", "\U0001f600"]
    for _ in range(20000):
        text = " " + "".join(rng.choice(glue) + rng.choice(pieces) for _ in range(rng.randint(1, 5)))
        assert _cue_matches(text) == plain.findall(text), text


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # وجدة is Oujda as well as و + جدة: the Moroccan cues decide, not a tie broken for Jeddah.
        ("افتتح المركز الاستشفائي الجامعي بوجدة، وزار الوزير وجدة والناظور", "MA"),
        ("مستشفيات الرياض وجدة والدمام", "SA"),
        # له and به are words, not the Hijri هـ after a prefix.
        ("قال الوزير إن له دورا في مستشفى القاهرة وما يقوم به", "EG"),
        ("يوم 12 رمضان 1445 هـ", "SA"),
        # طرابلس is Lebanon's and Libya's: the other cities decide.
        ("وصل الوفد إلى طرابلس ثم زار مستشفى صيدا الحكومي", "LB"),
        ("مستشفى طرابلس المركزي ومركز بنغازي الطبي", "LY"),
        # Oman's governorates are محافظات too, and they no longer vote Egyptian.
        ("افتتاح مركز صحي بمحافظة ظفار ومستشفى في محافظة مسقط ومحافظة الداخلية", "OM"),
        # Releases that never name their country: its hospitals, towns and news agency do.
        ("أعلن مجمع السلمانية الطبي افتتاح قسم جديد للطوارئ، كما افتتح مركز صحي في المحرق", "BH"),
        ("الكويت - كونا: افتتحت منطقة الفروانية الصحية مركزاً للرعاية الأولية في ضاحية العدان", "KW"),
        ("وأوضح مدير مستشفى الجهراء أن المرضى حُوّلوا إلى مستشفى جابر الأحمد", "KW"),
        # جانفي and أوت are Tunisian months as much as Algerian ones: the place decides.
        ("صفاقس (وات) - انطلقت يوم 12 جانفي حملة التلقيح بالمستشفى الجامعي الهادي شاكر", "TN"),
        ("سجل مستشفى الرابطة خلال شهر أوت الماضي 300 عملية بولاية بنزرت ونابل", "TN"),
        ("وهران (واج) - أشرف والي الولاية يوم 5 جانفي على تدشين المؤسسة الاستشفائية الجديدة", "DZ"),
        # ماي is May in Algeria and Tunisia too, and المركز الاستشفائي a CHU in Algeria.
        ("افتتح المركز الاستشفائي الجامعي بسطيف يوم 3 ماي مصلحة جديدة", "DZ"),
        # Words every press uses point nowhere: a gathering (التجمع), the WHO's إقليم شرق المتوسط.
        ("نظمت وزارة الصحة الكويتية التجمع التوعوي السنوي بمشاركة المئات", "KW"),
        ("أشاد المكتب الإقليمي لإقليم شرق المتوسط بجهود وزارة الصحة العراقية", "IQ"),
        ("أطلق التجمع الصحي الأول حملة للتطعيم ضد الإنفلونزا الموسمية", "SA"),
        # الخبر is the news before it is Khobar.
        ("ونقل الخبر عن وزير الصحة والسكان في القاهرة أن الحملة ستستمر", "EG"),
    ],
)
def test_country_from_cues(text: str, country: str) -> None:
    assert detect_country(normalize(text).text) == country
