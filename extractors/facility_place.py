"""Where a facility stands, read from its name: `مستشفى الملك فهد بالمدينة المنورة` → المدينة المنورة.

The warehouse fills `dim_facility.city` and `.region` with `facility_place(name, country)` once per
facility when it first loads it. Only the name is read, so a facility gets one place whichever release
named it first and whatever else that release says; a name that gives no place leaves both empty
rather than guessed from the release. The gazetteer is extractors/data/places.py, and
extractors/data/place_regions.py says which of its places are cities, which are provinces (the
`region`) and which province each city lies in.

A name may carry several places. One after ب، في or an administrative word (بمنطقة، بمحافظة، بمدينة)
says where the facility stands, so the last such one wins; else the first place in the name does
(مستشفى جدة الوطني). A city in the name stays beside a located province it lies in (مستشفى بريدة
المركزي بالقصيم), and is dropped beside one it does not (مستشفى البصرة العام بديالى). After a division word a province is read as the province (بمحافظة الجيزة: region
الجيزة, city unknown); otherwise a place that is both a city and the province named after it is the
city (مستشفى الجيزة العام: city and region الجيزة). A province alone gives the region only (تجمع
القصيم الصحي).

The country decides between places of the same spelling (عمان is Amman in Jordan and Oman itself):
with a country, only that country's places count; without one, only a place no other country has.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from extractors.data import place_regions as data
from extractors.data.places import PLACES
from extractors.normalize import normalize_term


@dataclass(frozen=True, slots=True)
class FacilityPlace:
    city: str | None = None
    region: str | None = None


NOWHERE = FacilityPlace()


@dataclass(frozen=True, slots=True)
class _Entry:
    """What a written place is in one country."""

    country: str
    name: str | None  # the spelling stored; None for the country's own name
    city: bool
    province: str | None  # the province it is or lies in, when known
    is_province: bool = False
    located_only: bool = False


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    by_first: dict[str, tuple[tuple[tuple[str, ...], tuple[_Entry, ...]], ...]]  # longest first
    division_words: frozenset[str]
    settlement_words: frozenset[str]
    location_words: frozenset[str]


def _entry(country: str, written: str) -> _Entry:
    name = data.SAME_AS.get(country, {}).get(written, written)
    located_only = written in data.LOCATED_ONLY
    if written in data.COUNTRY_NAMES.get(country, ()):
        return _Entry(country, None, city=False, province=None)
    provinces = data.PROVINCES.get(country, {})
    province_of = {city: province for province, cities in provinces.items() for city in cities}
    if name in provinces:
        return _Entry(country, name, name in province_of, name, is_province=True, located_only=located_only)
    districts = data.DISTRICTS.get(country, {})
    if name in districts:
        return _Entry(country, name, city=False, province=districts[name], located_only=located_only)
    return _Entry(country, name, city=True, province=province_of.get(name), located_only=located_only)


@cache
def _gazetteer() -> _Gazetteer:
    """Every place of places.py and every SAME_AS variant, by its first normalised word; a multi-word
    place is also found with its words glued together (المدينةالمنورة)."""
    forms: dict[tuple[str, ...], dict[str, _Entry]] = {}
    for country, names in PLACES.items():
        variants = tuple(data.SAME_AS.get(country, {}))
        for written in dict.fromkeys((*names, *variants)):
            words = tuple(normalize_term(written).split())
            forms.setdefault(words, {})[country] = _entry(country, written)
            if len(words) > 1:
                forms.setdefault(("".join(words),), {})[country] = _entry(country, written)
    by_first: dict[str, list] = {}
    for words, entries in forms.items():
        by_first.setdefault(words[0], []).append((words[1:], tuple(entries.values())))
    return _Gazetteer(
        by_first={w: tuple(sorted(v, key=lambda e: -len(e[0]))) for w, v in by_first.items()},
        division_words=frozenset(map(normalize_term, data.DIVISION_WORDS)),
        settlement_words=frozenset(map(normalize_term, data.SETTLEMENT_WORDS)),
        location_words=frozenset(map(normalize_term, data.LOCATION_WORDS)),
    )


_PREFIXES = tuple((p, True) for p in data.LOCATION_PREFIXES) + tuple((p, False) for p in data.OTHER_PREFIXES)


@dataclass(frozen=True, slots=True)
class _Found:
    entry: _Entry | None  # None: a place, but of more than one country the name cannot tell apart
    end: int
    located: bool  # glued to ب


def _place_at(gaz: _Gazetteer, words: list[str], i: int, country: str | None) -> _Found | None:
    """The longest place at word i, read bare or after a glued ب، ل، و or ف, that fits `country`."""
    token = words[i]
    for prefix, located in (("", False), *_PREFIXES):
        if not token.startswith(prefix) or len(token) <= len(prefix) + 1:
            continue
        first = token[len(prefix) :]
        for rest, entries in gaz.by_first.get(first, ()):
            if rest and tuple(words[i + 1 : i + 1 + len(rest)]) != rest:
                continue
            if country is not None:
                fitting = [e for e in entries if e.country == country]
                if not fitting:
                    continue
                return _Found(fitting[0], i + 1 + len(rest), located)
            return _Found(entries[0] if len(entries) == 1 else None, i + 1 + len(rest), located)
    return None


def _strip(token: str) -> str:
    """A word without a glued preposition or conjunction (بمحافظة، لولاية)."""
    for prefix, _ in _PREFIXES:
        if token.startswith(prefix) and len(token) > len(prefix) + 2:
            return token[len(prefix) :]
    return token


@dataclass(frozen=True, slots=True)
class _Reading:
    city: str | None
    region: str | None
    located: bool


def _reading(entry: _Entry, cue: str | None) -> _Reading | None:
    """What a place says of the facility after a `cue`: a division word (بمحافظة), a settlement word
    (بمدينة), ب or في ("location"), or None for a place standing bare in the name."""
    if entry.name is None or (entry.located_only and cue is None):
        return None
    as_city = entry.city and not (cue == "division" and entry.is_province)
    return _Reading(entry.name if as_city else None, entry.province, located=cue is not None)


@lru_cache(maxsize=1 << 16)
def facility_place(name: str, country: str | None = None) -> FacilityPlace:
    """The city and province a facility's name places it in, each None when the name does not say."""
    gaz = _gazetteer()
    words = normalize_term(name).split()
    readings: list[_Reading] = []
    cue: str | None = None
    i = 0
    while i < len(words):
        found = _place_at(gaz, words, i, country)
        if found is not None:
            if found.entry is not None:
                reading = _reading(found.entry, cue or ("location" if found.located else None))
                if reading is not None:
                    readings.append(reading)
            cue, i = None, found.end
            continue
        word = _strip(words[i])
        if word in gaz.division_words or words[i] in gaz.division_words:
            cue = "division"
        elif word in gaz.settlement_words or words[i] in gaz.settlement_words:
            cue = "settlement"
        elif words[i] in gaz.location_words:
            cue = "location"
        else:
            cue = None
        i += 1
    return _choose(readings)


def _choose(readings: list[_Reading]) -> FacilityPlace:
    """The last place the name says the facility stands in (after ب، في or an administrative word),
    else its first place. A city the name carries (مستشفى صحار بشمال الباطنة) stays beside a located
    province when it lies there or its province is unknown; one in another province is dropped."""
    located = [r for r in readings if r.located]
    bare = [r for r in readings if not r.located]
    city = next((r for r in bare if r.city), None)
    if located:
        last = located[-1]
        if last.city or city is None or city.region not in (None, last.region):
            return FacilityPlace(last.city, last.region)
        return FacilityPlace(city.city, last.region)
    if city is not None:
        return FacilityPlace(city.city, city.region)
    return FacilityPlace(None, bare[0].region if bare else None)


PlaceExample = tuple[str, str | None, FacilityPlace]

# (facility name, the facility's country, its place): real names from Gulf, Levantine, Egyptian, Iraqi
# and Maghrebi releases. NOWHERE is a negative: the name gives no place, or none that is sure.
EXAMPLES: tuple[PlaceExample, ...] = (
    ("مستشفى الملك فهد بالمدينة المنورة", "SA", FacilityPlace("المدينة المنورة", "المدينة المنورة")),
    ("مستشفي الملك فهد بالمدينه المنوره", "SA", FacilityPlace("المدينة المنورة", "المدينة المنورة")),
    ("مستشفى الملك فهد بالمدينةالمنورة", None, FacilityPlace("المدينة المنورة", "المدينة المنورة")),
    ("مستشفى الولادة والأطفال بالدمام", "SA", FacilityPlace("الدمام", "المنطقة الشرقية")),
    ("مستشفى شرق جدة", "SA", FacilityPlace("جدة", "مكة المكرمة")),
    ("مستشفى النور التخصصي بمكة", "SA", FacilityPlace("مكة المكرمة", "مكة المكرمة")),
    ("تجمع الرياض الصحي الثاني", "SA", FacilityPlace("الرياض", "الرياض")),
    ("تجمع القصيم الصحي", "SA", FacilityPlace(None, "القصيم")),
    ("تجمع الشرقية الصحي", "SA", FacilityPlace(None, "المنطقة الشرقية")),
    ("مديرية الشؤون الصحية بمنطقة جازان", "SA", FacilityPlace(None, "جازان")),
    ("مستشفى الملك خالد بمحافظة الخرج", "SA", FacilityPlace("الخرج", "الرياض")),
    ("مستشفى بريدة المركزي بالقصيم", "SA", FacilityPlace("بريدة", "القصيم")),
    ("مستشفى الأمير متعب بن عبدالعزيز بسكاكا", "SA", FacilityPlace("سكاكا", "الجوف")),
    ("مستشفى الجامعة الأردنية بعمان", "JO", FacilityPlace("عمان", "العاصمة")),
    ("مستشفى الأمير حمزة في عمان", "JO", FacilityPlace("عمان", "العاصمة")),
    ("مستشفى خولة بنت الأزور بالزرقاء", "JO", FacilityPlace("الزرقاء", "الزرقاء")),
    ("مستشفى المنصورة الدولي", "EG", FacilityPlace("المنصورة", "الدقهلية")),
    ("مستشفى صدر العباسية", "EG", FacilityPlace("العباسية", "القاهرة")),
    ("مستشفى أسيوط الجامعي", "EG", FacilityPlace("أسيوط", "أسيوط")),
    ("مديرية الصحة بمحافظة الجيزة", "EG", FacilityPlace(None, "الجيزة")),
    ("مستشفى الجيزة العام", "EG", FacilityPlace("الجيزة", "الجيزة")),
    ("مستشفى الزقازيق العام بالشرقية", "EG", FacilityPlace("الزقازيق", "الشرقية")),
    ("دائرة صحة بغداد الكرخ", "IQ", FacilityPlace("بغداد", "بغداد")),
    ("مستشفى الصدر التعليمي في النجف الأشرف", "IQ", FacilityPlace("النجف", "النجف")),
    ("مركز مكافحة السرطان بالبليدة", "DZ", FacilityPlace("البليدة", "البليدة")),
    ("المؤسسة الاستشفائية الجامعية بوهران", "DZ", FacilityPlace("وهران", "وهران")),
    ("المركز الاستشفائي الجامعي ابن سينا بالرباط", "MA", FacilityPlace("الرباط", "الرباط سلا القنيطرة")),
    ("المستشفى الجهوي بالراشيدية", "MA", FacilityPlace("الرشيدية", "درعة تافيلالت")),
    ("مستشفى الطاهر صفر بالمهدية", "TN", FacilityPlace("المهدية", "المهدية")),
    ("مستشفى العدان", "KW", FacilityPlace("العدان", "مبارك الكبير")),
    ("مستشفى السلطان قابوس بصلالة", "OM", FacilityPlace("صلالة", "ظفار")),
    ("مستشفى دبا الفجيرة", "AE", FacilityPlace("دبا الفجيرة", "الفجيرة")),
    ("مستشفى شهداء الأقصى بدير البلح", "PS", FacilityPlace("دير البلح", "دير البلح")),
    ("مستشفى روصو", "MR", FacilityPlace("روصو", None)),
    ("مستشفى صحار بشمال الباطنة", "OM", FacilityPlace("صحار", "شمال الباطنة")),
    ("مستشفى البصرة العام بديالى", "IQ", FacilityPlace(None, "ديالى")),
    ("مستشفى الحريري الجامعي", "LB", NOWHERE),
    ("مستشفى الملك فيصل التخصصي", "SA", NOWHERE),
    ("مستشفى مبارك الكبير", "KW", NOWHERE),
    ("مدينة حمد بن خليفة الطبية", "QA", NOWHERE),
    ("مستشفى الكويت التخصصي", "PS", NOWHERE),
    ("مستشفى عمان", "OM", NOWHERE),
    ("مستشفى طرابلس الحكومي", None, NOWHERE),
    ("مستشفى الملك فهد بجدة", "EG", NOWHERE),
    ("الوحدة الصحية الجديدة", "MA", NOWHERE),
    ("مركز جراحة الوجه والفكين", "SA", NOWHERE),
)
