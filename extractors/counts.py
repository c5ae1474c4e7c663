"""Counts: a number, or a dual, followed by a noun the health system counts.

The counted noun decides everything. A number followed by anything else (hours, dirhams, per cent, a
month, a rank) is no count, so the rules only look at the few characters right after each number the
shared reader finds, against one alternation of every counted noun, longest phrase first (سرير عناية
مركزة before سرير). Words before the number only bound it (أكثر من) or open the span (عدد، ما مجموعه).
Precision beats recall here: an unknown noun after a number yields nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from extractors.article import Article
from extractors.data import counted_nouns as nouns
from extractors.examples import Example
from extractors.facts import Fact
from extractors.normalize import normalize_term
from extractors.numbers import NumberMatch, find_numbers, parse_number

_LATER_WORD_ARTICLE = "(?:ال|لل|ل)?"
_CLITIC = "(?:[وفبلك]|وب|ول|فب)?"
_SHADDA = "\u0651"
_SMALL_PLURAL_COUNTS = range(3, 11)
_RANGE_NOTE = "upper end of a range"
_GROUPED_DIGITS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")


@dataclass(frozen=True, slots=True)
class _Form:
    unit: str | None
    homograph: bool = False


@dataclass(frozen=True, slots=True)
class _Grammar:
    """Every pattern the counts reader needs, compiled once from the data module."""

    noun_after: re.Pattern[str]
    forms: dict[str, _Form]
    adjectives: re.Pattern[str]
    trailing: re.Pattern[str]
    before: re.Pattern[str]
    qualifier_kinds: dict[str, str]
    event: re.Pattern[str]
    event_units: dict[str, str]
    year_cue: re.Pattern[str]
    name_cue: re.Pattern[str]
    range_join: re.Pattern[str]
    range_start: re.Pattern[str]
    total_of: re.Pattern[str]
    total_of_end: re.Pattern[str]
    dual: re.Pattern[str]
    dual_units: dict[str, str]
    pointing_back: re.Pattern[str]
    capacity_cue: re.Pattern[str]


def _alt(words: Iterable[str]) -> str:
    """Normalised alternation, longest first, words separated by any whitespace."""
    normed = {normalize_term(w) for w in words}
    ordered = sorted(normed, key=lambda w: (-len(w.split()), -len(w)))
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in ordered)


def _word(word: str, later: bool) -> str:
    """A normalised word, with the accusative alif (مركزاً) and, after the head, an article (للعناية)."""
    pattern = re.escape(word) + ("" if word.endswith(("ه", "ا")) else "ا?")
    return _LATER_WORD_ARTICLE + pattern if later else pattern


def _phrase(words: list[str]) -> str:
    return r"\s+".join(_word(w, i > 0) for i, w in enumerate(words))


def _dual_word(word: str, suffix: str) -> str:
    return word[:-1] + "ت" + suffix if word.endswith("ه") else word + suffix


def _dual_variants(singular: str) -> Iterator[list[str]]:
    """Dual spellings of a (multiword) singular: مستشفيين، عيادتان، وحدتين صحيتين، سيارتي إسعاف."""
    head, *rest = normalize_term(singular).split()
    for suffix, construct in (("ين", "ي"), ("ان", "ا")):
        yield [_dual_word(head, suffix), *rest]
        if rest:
            yield [_dual_word(head, suffix), *(_dual_word(w, suffix) for w in rest)]
            yield [_dual_word(head, construct), *rest]


def _counted_forms() -> list[tuple[list[str], _Form]]:
    homographs = {normalize_term(w) for w in nouns.HOMOGRAPH_PLURALS}
    seen: dict[str, _Form] = {}
    for unit, entries in nouns.COUNTED_NOUNS.items():
        for entry in entries:
            for form in entry:
                key = normalize_term(form)
                seen.setdefault(key, _Form(unit, key in homographs))
    for phrase in nouns.NOT_COUNTED:
        seen[normalize_term(phrase)] = _Form(None)
    ordered = sorted(seen.items(), key=lambda kv: (-len(kv[0].split()), -len(kv[0])))
    return [(key.split(), form) for key, form in ordered]


def _dual_forms(known: set[str]) -> list[tuple[list[str], str]]:
    """Duals of every singular, minus those that spell a known plural (موظفين is plural, not dual)."""
    no_dual = {normalize_term(w) for w in nouns.NO_DUAL}
    out: dict[str, str] = {}
    for unit, entries in nouns.COUNTED_NOUNS.items():
        for singular, *_plurals in entries:
            if normalize_term(singular) in no_dual:
                continue
            for words in _dual_variants(singular):
                key = " ".join(words)
                if key not in known:
                    out.setdefault(key, unit)
    ordered = sorted(out.items(), key=lambda kv: (-len(kv[0].split()), -len(kv[0])))
    return [(key.split(), unit) for key, unit in ordered]


def _group_alt(prefix: str, phrases: list[list[str]]) -> str:
    return "|".join(f"(?P<{prefix}{i}>{_phrase(words)})" for i, words in enumerate(phrases))


@cache
def _grammar() -> _Grammar:
    counted = _counted_forms()
    nouns_alt = _group_alt("f", [words for words, _ in counted])
    duals = _dual_forms({" ".join(words) for words, _ in counted})
    qual = _alt(q for qs in nouns.QUALIFIERS.values() for q in qs)
    trailing = _alt(q for qs in nouns.TRAILING_QUALIFIERS.values() for q in qs)
    adjectives = _alt(nouns.ADJECTIVES)
    not_adjectives = _alt(nouns.NOT_ADJECTIVES)
    return _Grammar(
        noun_after=re.compile(rf"\s*(?:\([^()\n]{{1,25}}\)\s*)?(?:من\s+ال)?(?:{nouns_alt})(?!\w)"),
        forms={f"f{i}": form for i, (_, form) in enumerate(counted)},
        adjectives=re.compile(
            rf"(?:[ \t]+(?!و|(?:{not_adjectives})(?!\w))(?:ال|لل)?"
            rf"(?:{adjectives}|(?![يت]\w{{2,3}}ي(?!\w))\w{{2,}}ي(?:ه|ين|ون|ات|تين|ان)?)ا?(?!\w)){{0,3}}"
        ),
        trailing=re.compile(rf"[ \t]+(?:{trailing})(?!\w)"),
        before=re.compile(
            rf"(?<!\w){_CLITIC}(?:(?P<q>{qual})\s+)?(?:(?P<t>{_alt(nouns.TOTAL_WORDS)})\s*)?"
            rf"(?:(?P<q2>{qual})\s+)?\Z"
        ),
        qualifier_kinds={
            " ".join(normalize_term(q).split()): kind for kind, qs in nouns.QUALIFIERS.items() for q in qs
        },
        event=re.compile(rf"(?<!\w){_CLITIC}(?P<cue>{_alt(nouns.EVENT_CUES)})\s+\Z"),
        event_units={normalize_term(cue): unit for cue, unit in nouns.EVENT_CUES.items()},
        year_cue=re.compile(rf"(?<!\w){_CLITIC}(?:{_alt(nouns.YEAR_CUES)})\s*\Z"),
        name_cue=re.compile(rf"(?:{_alt(nouns.NAME_CUES)})\s*[-–]?\s*\Z", re.IGNORECASE),
        range_join=re.compile(rf"\s*(?:(?:{_alt(nouns.RANGE_JOINS)})(?!\w)|[-–])\s*"),
        range_start=re.compile(rf"(?<!\w){_CLITIC}(?:{_alt(nouns.RANGE_STARTS)})\s+\Z"),
        total_of=re.compile(
            rf"(?<!\w){_CLITIC}(?P<head>عدد)\s+ال(?:{nouns_alt})(?!\w)"
            rf"(?:\s+(?:ال\w+|[وفل]?(?:{_alt(nouns.TOTAL_OF_VERBS)})\w*))*\s*\Z"
        ),
        total_of_end=re.compile(
            rf"[ \t]*(?:\Z|[\n.,،؛:;!؟?)\]»\"”]|(?:{_alt(nouns.TOTAL_OF_FOLLOWERS)})(?!\w))"
        ),
        dual=re.compile(rf"(?<!\w){_CLITIC}(?:{_group_alt('d', [words for words, _ in duals])})(?!\w)"),
        dual_units={f"d{i}": unit for i, (_, unit) in enumerate(duals)},
        pointing_back=re.compile(rf"(?<!\w){_CLITIC}(?:{_alt(nouns.POINTING_BACK)})\s+\Z"),
        capacity_cue=re.compile(rf"(?<!\w){_CLITIC}(?:{_alt(nouns.CAPACITY_CUES)})(?:\s+\w+)?\s+\Z"),
    )


@dataclass(frozen=True, slots=True)
class _Reading:
    """A count found on the normalised text, before its span is mapped back to the original."""

    start: int
    end: int
    rule: str
    value: int | float
    unit: str
    qualifier: str | None = None
    note: str = ""
    ambiguous: bool = False
    confidence: float = 1.0


def _whole(text: str, num: NumberMatch) -> tuple[int, str, bool] | None:
    """A count of things is whole: in 1.200 طبيب the dot grouped thousands, so it is 1200 doctors.

    Returns the value, its note and whether it stays ambiguous; None for a fraction that cannot be
    a count."""
    if isinstance(num.value, int) or num.value.is_integer():
        return int(num.value), num.note, num.ambiguous
    raw = text[num.start : num.end]
    if not _GROUPED_DIGITS.fullmatch(raw):
        return None
    regrouped = parse_number(raw.replace(".", "").replace(",", ""))
    if not isinstance(regrouped, int):
        return None
    return regrouped, f"{raw} read as {regrouped}: a count is whole, so the separator groups thousands", False


def _opening(text: str, g: _Grammar, start: int) -> tuple[int, str | None]:
    """Where the span opens (qualifier or عدد before the number) and the qualifier's kind."""
    m = g.before.search(text, max(0, start - 45), start)
    if not m or m.start() == start:
        return start, None
    opened = [m.start(name) for name in ("q", "t", "q2") if m.group(name)]
    if not opened:
        return start, None
    qualifier = m.group("q") or m.group("q2")
    kind = g.qualifier_kinds.get(" ".join(qualifier.split())) if qualifier else None
    return min(opened), kind


def _is_name_or_year(text: str, g: _Grammar, num: NumberMatch) -> bool:
    """كوفيد 19، رؤية 2030: a number that is part of a name or a year, whatever follows it."""
    if g.name_cue.search(text, max(0, num.start - 12), num.start):
        return True
    digits = text[num.start : num.end]
    return (
        len(digits) == 4
        and digits.isdigit()
        and 1900 <= num.value <= 2100
        and g.year_cue.search(text, max(0, num.start - 10), num.start) is not None
    )


def _upper_end_of_range(text: str, g: _Grammar, num: NumberMatch, prev: NumberMatch | None) -> bool:
    return (
        prev is not None
        and g.range_join.fullmatch(text, prev.end, num.start) is not None
        and g.range_start.search(text, max(0, prev.start - 8), prev.start) is not None
    )


def _event_unit(text: str, g: _Grammar, start: int, unit: str) -> str:
    """وفاة 3 حجاج counts deaths, إصابة 5 أطباء counts cases: the event, not the people."""
    if unit not in nouns.PERSON_UNITS:
        return unit
    m = g.event.search(text, max(0, start - 14), start)
    return g.event_units[m.group("cue")] if m else unit


def _trusted_homograph(article: Article, g: _Grammar, num: NumberMatch, noun_start: int, noun_end: int) -> bool:
    """أسرة is beds only where grammar wants a plural, the shadda was written, or capacity is the topic."""
    if num.value in _SMALL_PLURAL_COUNTS:
        return True
    if _SHADDA in article.norm.original_slice(noun_start, noun_end):
        return True
    return g.capacity_cue.search(article.text, max(0, num.start - 40), num.start) is not None


def _closing(text: str, g: _Grammar, end: int) -> tuple[int, str | None]:
    """Extend over the noun's adjectives and a trailing تقريباً."""
    end = g.adjectives.match(text, end).end()
    trail = g.trailing.match(text, end)
    return (trail.end(), "about") if trail else (end, None)


def _number_noun(article: Article, g: _Grammar, num: NumberMatch, prev: NumberMatch | None) -> _Reading | None:
    text = article.text
    m = g.noun_after.match(text, num.end)
    if not m:
        return None
    form = g.forms[m.lastgroup]
    noun_start = m.start(m.lastgroup)
    digits = any(c.isdigit() for c in text[num.start : num.end])
    if form.unit is None or (not digits and num.value < 3) or _is_name_or_year(text, g, num):
        return None
    whole = _whole(text, num)
    if whole is None or (form.homograph and not _trusted_homograph(article, g, num, noun_start, m.end())):
        return None
    value, note, ambiguous = whole
    start, qualifier = _opening(text, g, num.start)
    end, trailing = _closing(text, g, m.end())
    ranged = _upper_end_of_range(text, g, num, prev)
    return _Reading(
        start=start,
        end=end,
        rule="count.number_noun" if digits else "count.word_number_noun",
        value=value,
        unit=_event_unit(text, g, start, form.unit),
        qualifier=qualifier or trailing,
        note="; ".join(n for n in (note, _RANGE_NOTE if ranged else "") if n),
        ambiguous=ambiguous or ranged,
    )


def _total_of(text: str, g: _Grammar, num: NumberMatch) -> _Reading | None:
    """بلغ عدد المستفيدين 1500: the noun came first, the number closes the clause."""
    whole = _whole(text, num)
    if whole is None or not g.total_of_end.match(text, num.end) or _is_name_or_year(text, g, num):
        return None
    start, qualifier = _opening(text, g, num.start)
    m = g.total_of.search(text, max(0, start - 90), start)
    if not m:
        return None
    form = g.forms[m.lastgroup]
    if form.unit is None or form.homograph:
        return None
    value, note, ambiguous = whole
    return _Reading(
        start=m.start("head"),
        end=num.end,
        rule="count.total_of",
        value=value,
        unit=form.unit,
        qualifier=qualifier,
        note=note,
        ambiguous=ambiguous,
        confidence=0.8,
    )


def _duals(text: str, g: _Grammar, counted: list[tuple[int, int]]) -> Iterator[_Reading]:
    """مستشفيين، عيادتان: two of a thing, unless the dual points back (هذين المرفقين، كلا المستشفيين)."""
    taken = list(counted)
    for m in g.dual.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if g.pointing_back.search(text, max(0, m.start() - 10), m.start()):
            continue
        start = m.start(m.lastgroup)
        end, trailing = _closing(text, g, m.end())
        unit = _event_unit(text, g, start, g.dual_units[m.lastgroup])
        taken.append((start, end))
        yield _Reading(start=start, end=end, rule="count.dual_noun", value=2, unit=unit, qualifier=trailing)


def _readings(article: Article) -> list[_Reading]:
    g = _grammar()
    text = article.text
    readings: list[_Reading] = []
    prev: NumberMatch | None = None
    for num in find_numbers(text, decimal_comma=article.decimal_comma):
        if not readings or num.start >= readings[-1].end:
            reading = _number_noun(article, g, num, prev) or _total_of(text, g, num)
            if reading:
                readings.append(reading)
        prev = num
    taken = [(r.start, r.end) for r in readings]
    readings.extend(_duals(text, g, taken))
    return readings


def extract(article: Article) -> list[Fact]:
    facts = []
    for r in _readings(article):
        attrs: dict[str, object] = {"value": r.value, "unit": r.unit}
        if r.qualifier:
            attrs["qualifier"] = r.qualifier
        facts.append(
            article.fact(
                "count",
                r.start,
                r.end,
                r.rule,
                attrs,
                note=r.note,
                ambiguous=r.ambiguous,
                confidence=r.confidence,
            )
        )
    return facts


def _count(text: str, value: int, unit: str, qualifier: str | None = None, country: str | None = None) -> Example:
    expect: dict[str, object] = {"value": value, "unit": unit}
    if qualifier:
        expect["qualifier"] = qualifier
    return Example("count", text, expect, country)


def _no_count(text: str, country: str | None = None) -> Example:
    return Example("count", text, None, country)


EXAMPLES: list[Example] = [
    # Saudi
    _count("أعلن تجمع الرياض الصحي الأول تشغيل 45 مركزاً صحياً على مدار الساعة خلال شهر رمضان", 45, "health_centre"),
    _count("وتضم المدينة الطبية 1200 سرير و40 غرفة عمليات مجهزة بأحدث التقنيات", 1200, "bed"),
    _count("وتضم المدينة الطبية 1200 سرير و40 غرفة عمليات مجهزة بأحدث التقنيات", 40, "operating_room"),
    _count("استقبلت مستشفيات المشاعر المقدسة أكثر من 25 ألف حاج خلال موسم الحج", 25000, "pilgrim", "more_than"),
    _count("وقدمت العيادات الافتراضية ما يزيد على 300 ألف استشارة طبية عن بعد", 300000, "consultation", "more_than"),
    _count("ويعمل في المستشفى 350 طبيباً استشارياً و900 ممرض وممرضة", 350, "doctor"),
    _count("ويعمل في المستشفى 350 طبيباً استشارياً و900 ممرض وممرضة", 900, "nurse"),
    _count("نفذت الفرق الطبية 1500 عملية جراحية منذ بداية العام", 1500, "surgery"),
    _count("أجرى مختبر الصحة العامة قرابة 40 ألف فحص مخبري خلال الربع الأول", 40000, "test", "about"),
    _count("ويخدم المستشفى ثماني محافظات في منطقة عسير", 8, "province"),
    _count("دشن أمير المنطقة مستشفيين جديدين في جازان بسعة إجمالية تبلغ 300 سرير", 2, "hospital"),
    _count("دشن أمير المنطقة مستشفيين جديدين في جازان بسعة إجمالية تبلغ 300 سرير", 300, "bed"),
    _count("يضم البرج الطبي الجديد 24 سريراً للعناية المركزة", 24, "icu_bed"),
    _count("أطلقت الوزارة 12 مبادرة صحية ضمن برنامج تحول القطاع الصحي", 12, "programme"),
    _count("بلغ عدد المراجعين في أقسام الطوارئ 5400 مراجع خلال إجازة العيد", 5400, "visit"),
    _count("شارك في الحملة 600 متطوع من منسوبي التجمع", 600, "staff"),
    _count("وتغطي الخدمة 13 منطقة إدارية في المملكة", 13, "region"),
    _count("وبلغ عدد المستفيدين من برنامج الفحص قبل الزواج 1800 مستفيد", 1800, "beneficiary"),
    # Gulf
    _count("أعلنت مؤسسة الإمارات للخدمات الصحية تشغيل 17 عيادة متخصصة في مراكزها", 17, "clinic"),
    _count("تضم شبكة المستشفيات الحكومية في الكويت نحو 3 آلاف سرير", 3000, "bed", "about"),
    _count("وفرت مؤسسة حمد الطبية 11 صيدلية خارجية لخدمة المرضى", 11, "pharmacy"),
    _count("تغطي الخدمات الصحية الأولية 61 ولاية في سلطنة عمان", 61, "province"),
    _count("استقبل مركز البحرين للطب الرياضي ما يقارب 900 مريض العام الماضي", 900, "patient", "about"),
    _count("وزعت هيئة الصحة بدبي 25 سيارة إسعاف جديدة على المراكز", 25, "ambulance"),
    _count("ويعمل في القطاع الصحي القطري أكثر من 8 آلاف ممرضة", 8000, "nurse", "more_than"),
    _count("وصلت سيارتا إسعاف إلى موقع الحادث خلال دقائق", 2, "ambulance"),
    # Egyptian
    _count("وقعت القافلة الطبية الكشف على 1250 مواطناً بقرية الشيخ زايد", 1250, "beneficiary"),
    _count("افتتح وزير الصحة ثلاثة مستشفيات جديدة بمحافظة أسيوط", 3, "hospital"),
    _count("تم تقديم الخدمة لـ 3200 متردد على العيادات الخارجية", 3200, "visit"),
    _count("شاركت 14 وحدة صحة أسرة في حملة 100 مليون صحة", 14, "health_centre"),
    _count("انطلقت 50 قافلة طبية مجانية في 27 محافظة", 50, "caravan"),
    _count("انطلقت 50 قافلة طبية مجانية في 27 محافظة", 27, "province"),
    _count("تلقى 4 ملايين مواطن الجرعة الثانية من اللقاح", 4000000, "beneficiary"),
    _count("ورصدت مديرية الصحة 35 حالة تسمم غذائي بين طلاب المدينة الجامعية", 35, "case"),
    _count("ساهمت 9 معامل مركزية في إجراء التحاليل", 9, "lab"),
    _count("أجرى الفريق الطبي عمليتين جراحيتين دقيقتين في يوم واحد", 2, "surgery"),
    _count("تم رفع كفاءة 120 وحدة صحية بقرى حياة كريمة", 120, "health_centre"),
    # Levantine
    _count("أعلنت وزارة الصحة اللبنانية تسجيل 4 وفيات و120 إصابة جديدة", 4, "death"),
    _count("أعلنت وزارة الصحة اللبنانية تسجيل 4 وفيات و120 إصابة جديدة", 120, "case"),
    _count("يضم مستشفى البشير الحكومي 1100 سرير موزعة على عدة مبان", 1100, "bed"),
    _count("وزعت المنظمة 20 عيادة متنقلة في مخيمات الشمال السوري", 20, "mobile_unit"),
    _count("لا يعمل في قطاع غزة سوى 16 مستشفى من أصل 36 مستشفى", 36, "hospital"),
    _count("قدمت مراكز الرعاية الأولية 85 ألف معاينة خلال الشهر الماضي", 85000, "consultation"),
    _count("تخريج 230 ممرضاً وممرضة من كليات التمريض الأردنية", 230, "nurse"),
    _count("أجرت المختبرات المركزية ما يزيد عن 12 ألف اختبار", 12000, "test", "more_than"),
    _count("يتدرب الأطباء المقيمون في 23 اختصاصاً طبياً", 23, "specialty"),
    _count("وجرى تطعيم نحو 2.5 مليون طفل ضد شلل الأطفال في الضفة والقطاع", 2500000, "vaccination", "about"),
    # Iraqi
    _count("أعلنت دائرة صحة بغداد الرصافة إجراء 3 آلاف عملية جراحية خلال شهر", 3000, "surgery"),
    _count("نشرت وزارة الصحة 120 مفرزة طبية على طريق الزائرين", 120, "mobile_unit"),
    _count("افتتح محافظ البصرة 4 مراكز صحية جديدة في قضاء الزبير", 4, "health_centre"),
    _count("استقبلت مستشفيات كربلاء زهاء 70 ألف مراجع خلال الزيارة", 70000, "visit", "about"),
    _count("وجهت الوزارة بتعيين 2000 طبيب مقيم من خريجي كليات الطب", 2000, "doctor"),
    _count("توزيع 500 ألف جرعة من لقاح الحصبة على المحافظات", 500000, "vaccination"),
    _count("سجلت وزارة الصحة وفاة 3 حجاج وإصابة 12 شخصاً بضربات الشمس", 3, "death"),
    _count("سجلت وزارة الصحة وفاة 3 حجاج وإصابة 12 شخصاً بضربات الشمس", 12, "case"),
    # Maghrebi
    _count("تمت تعبئة 120 إطاراً صحياً لإنجاح الحملة بالإقليم", 120, "staff", country="MA"),
    _count("استفاد من القافلة أزيد من 1500 شخص بإقليم أزيلال", 1500, "beneficiary", "more_than", "MA"),
    _count("يتوفر المركز الاستشفائي الجامعي على 860 سريراً", 860, "bed", country="MA"),
    _count("أشرفت الوزارة على 40 قافلة طبية في 12 جهة", 12, "region", country="MA"),
    _count("تم إنجاز 3200 فحص بالصدى و520 عملية جراحية", 3200, "test", country="MA"),
    _count("تم إنجاز 3200 فحص بالصدى و520 عملية جراحية", 520, "surgery", country="MA"),
    _count("تستهدف الحملة 6 ولايات بالجنوب الجزائري", 6, "province", country="DZ"),
    _count("افتتاح 14 مركزا صحيا حضريا وقرويا بجهة سوس ماسة", 14, "health_centre", country="MA"),
    _count("عبأت الوزارة 45 وحدة طبية متنقلة بالمناطق الجبلية", 45, "mobile_unit", country="MA"),
    _count("تم تسجيل 9 حالات وفاة بالتهاب السحايا في ولاية القيروان", 9, "death", country="TN"),
    _count("تتوفر البلاد على أكثر من 300 مؤسسة استشفائية عمومية", 300, "facility", "more_than", "DZ"),
    _count("تغطي العملية 31 إقليماً و8 عمالات بالمملكة", 8, "province", country="MA"),
    # Qualifiers, totals, duals, ranges, regrouped digits
    _count("وارتفع عدد الحالات المؤكدة إلى 120.", 120, "case"),
    _count("وتستقبل العيادة أقل من 10 حالات يومياً", 10, "case", "less_than"),
    _count("ويجري توفير 80 سريراً تقريباً في الجناح الجديد", 80, "bed", "about"),
    _count("تجهيز المستشفى الميداني بإجمالي 500 سرير", 500, "bed"),
    _count("تم افتتاح عيادتين متخصصتين لعلاج السكري", 2, "clinic"),
    _count("يستقبل المركز ما بين 10 و15 حالة يومياً", 15, "case"),
    _count("يعمل في المنطقة 1.200 طبيب من مختلف التخصصات", 1200, "doctor"),
    _count("وصل خمسة وعشرين طبيباً متطوعاً إلى غزة", 25, "doctor"),
    _count("تم تجهيز 5 أسرّة إضافية في قسم الأطفال", 5, "bed"),
    _count("جرعتين من اللقاح لكل طفل", 2, "vaccination"),
    _count("تسلمت المديرية مئتي سرير طبي من منظمة الصحة العالمية", 200, "bed"),
    # Not counts: durations, dates, ranks, money, percentages, areas, phones, ages, names, pointing back
    _no_count("تعمل المراكز على مدار 24 ساعة طوال أيام الأسبوع"),
    _no_count("تعمل لفترة ما بين 16 الى 24 ساعة يوميا"),
    _no_count("خلال الفترة الممتدة من 15 نونبر 2025 إلى غاية 30 مارس 2026", "MA"),
    _no_count("حقق المختبر المركز الأول على مستوى مستشفيات المملكة"),
    _no_count("رصدت الوزارة غلافاً مالياً يقدر بـ11,320 مليون درهم", "MA"),
    _no_count("ارتفعت نسبة التغطية بالتلقيح إلى 95% في صفوف الأطفال"),
    _no_count("أكد الوزير أن 60 في المائة من المستشفيات حصلت على الاعتماد"),
    _no_count("للاستفسار يرجى الاتصال على الرقم 937 على مدار الساعة"),
    _no_count("تمتد الحملة لمدة 3 أيام في جميع المحافظات"),
    _no_count("تبلغ مساحة المستشفى الجديد 45 ألف متر مربع"),
    _no_count("يبعد المستشفى 12 كيلومتراً عن وسط المدينة"),
    _no_count("تستهدف الحملة الأطفال بعمر 5 سنوات فما دون"),
    _no_count("ضمن مستهدفات رؤية 2030 وبرامجها الصحية"),
    _no_count("تبرع رجل أعمال لمستشفى 57357 لعلاج سرطان الأطفال"),
    _no_count("تم افتتاح المستشفيين ضمن المرحلة الأولى من المشروع"),
    _no_count("وتم تجهيز هذين المرفقين بأحدث الأجهزة الطبية"),
    _no_count("وكلا المستشفيين يعمل بكامل طاقته"),
    _no_count("بتكلفة إجمالية بلغت 250 مليون جنيه"),
    _no_count("انخفضت الإصابات بنسبة 30 بالمئة مقارنة بعام 2023"),
    _no_count("ومنذ يومين أعلنت الوزارة عن خطتها"),
    _no_count("تقدمت المملكة 10 مراكز في التصنيف العالمي للرعاية الصحية"),
    _no_count("استفادت 300 أسرة من السلال الغذائية في الحي"),
    _no_count("وقعت الوزارة اتفاقيات تعاون مع 12 جهة حكومية"),
    _no_count("نفذت المصالح الصحية 120 عملية مراقبة للمحلات التجارية", "MA"),
    _no_count("وأرسلت المنظمة 3 أطنان من الأدوية والمستلزمات"),
    _no_count("وتم الإعلان عن ذلك يوم 12 مايو في مؤتمر صحفي"),
    _no_count("وشهدت عملية رعاية 2025-2026 إقبالاً كبيراً", "MA"),
    _no_count("وحضر الاجتماع ممثلو تلك الوزارات والقطاعات"),
    _no_count("تعمل العيادات من الساعة 8 صباحاً حتى 4 عصراً"),
    _no_count("وأكدت المادة 12 من النظام الصحي حق المريض في المعلومة"),
]
