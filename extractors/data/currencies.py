"""Currencies as Arab health releases write them, and how to tell which country's unit is meant.

Words are in natural spelling and normalised when the budgets reader compiles them. A currency word
alone is often ambiguous (درهم is Moroccan or Emirati, دينار has seven countries): an adjective that
follows settles it (دينار كويتي), else the release's country, else the family's default, which is
then flagged as a guess when the family spans several countries.
"""

from typing import NamedTuple


class Currency(NamedTuple):
    forms: tuple[str, ...]  # singular, accusative, dual and plural spellings
    default: str  # ISO 4217 when neither an adjective nor the country tells
    by_country: dict[str, str]  # release country (ISO 3166 alpha-2) -> ISO 4217
    adjectives: dict[str, str]  # masculine adjective -> ISO 4217; feminine and ال forms are derived
    divisor: int = 1  # units per whole currency unit (centimes: 100)
    guess: bool = False  # the default is only a guess: flag the reading when nothing else tells


CURRENCIES: dict[str, Currency] = {
    "dollar": Currency(
        ("دولار", "دولاراً", "دولارات", "دولاران", "دولارين"),
        "USD",
        {},
        {"أمريكي": "USD", "أميركي": "USD", "كندي": "CAD", "أسترالي": "AUD", "سنغافوري": "SGD"},
    ),
    "euro": Currency(("يورو", "أورو", "يوروهات"), "EUR", {}, {"أوروبي": "EUR"}),
    "pound": Currency(
        ("جنيه", "جنيهاً", "جنيهات", "جنيهان", "جنيهين"),
        "EGP",
        {"SD": "SDG", "SS": "SSP"},
        {"مصري": "EGP", "سوداني": "SDG", "إسترليني": "GBP", "استرليني": "GBP"},
    ),
    "riyal": Currency(
        ("ريال", "ريالاً", "ريالات", "ريالان", "ريالين"),
        "SAR",
        {"SA": "SAR", "OM": "OMR", "QA": "QAR", "YE": "YER"},
        {"سعودي": "SAR", "عماني": "OMR", "قطري": "QAR", "يمني": "YER", "إيراني": "IRR", "برازيلي": "BRL"},
    ),
    "dirham": Currency(
        ("درهم", "درهماً", "دراهم", "درهمان", "درهمين"),
        "AED",
        {"MA": "MAD", "AE": "AED"},
        {"مغربي": "MAD", "إماراتي": "AED"},
        guess=True,
    ),
    "dinar": Currency(
        ("دينار", "ديناراً", "دنانير", "ديناران", "دينارين"),
        "KWD",
        {"KW": "KWD", "BH": "BHD", "JO": "JOD", "IQ": "IQD", "TN": "TND", "DZ": "DZD", "LY": "LYD"},
        {
            "كويتي": "KWD",
            "بحريني": "BHD",
            "أردني": "JOD",
            "عراقي": "IQD",
            "تونسي": "TND",
            "جزائري": "DZD",
            "ليبي": "LYD",
        },
        guess=True,
    ),
    "lira": Currency(
        ("ليرة", "ليرات", "ليرتان", "ليرتين"),
        "LBP",
        {"LB": "LBP", "SY": "SYP", "TR": "TRY"},
        {"لبناني": "LBP", "سوري": "SYP", "تركي": "TRY"},
        guess=True,
    ),
    "shekel": Currency(("شيكل", "شيقل", "شيكلاً", "شواقل", "شيكلات", "شيقلات"), "ILS", {}, {}),
    "ouguiya": Currency(("أوقية", "أوقيات"), "MRU", {}, {"موريتاني": "MRU"}),
    "franc": Currency(
        ("فرنك", "فرنكات"), "CHF", {"DJ": "DJF", "KM": "KMF"}, {"سويسري": "CHF", "جيبوتي": "DJF"}, guess=True
    ),
    "yuan": Currency(("يوان",), "CNY", {}, {"صيني": "CNY"}),
    "rupee": Currency(("روبية", "روبيات"), "INR", {}, {"هندي": "INR", "باكستاني": "PKR"}),
    # Moroccan and Algerian press count large sums in centimes: مليار سنتيم = 10 million dirhams.
    "centime": Currency(("سنتيم", "سنتيمات"), "MAD", {"DZ": "DZD"}, {}, divisor=100),
}


# Hundredths and thousandths, read on their own (10 سنت) or after a whole amount (20 دولار و43 سنت).
# `per_unit` None means "the currency's own minor unit" (فلس is a thousandth of a Kuwaiti dinar but a
# hundredth of an Emirati dirham).
class MinorUnit(NamedTuple):
    forms: tuple[str, ...]
    default: str
    by_country: dict[str, str]
    per_unit: int | None


MINOR_UNITS: dict[str, MinorUnit] = {
    "cent": MinorUnit(("سنت", "سنتاً", "سنتات", "سينت", "سينتات"), "USD", {}, 100),
    "halala": MinorUnit(("هللة", "هللات"), "SAR", {}, 100),
    "piastre": MinorUnit(("قرش", "قرشاً", "قروش"), "EGP", {"JO": "JOD", "LB": "LBP", "SY": "SYP"}, 100),
    "fils": MinorUnit(
        ("فلس", "فلساً", "فلوس"), "KWD", {"BH": "BHD", "AE": "AED", "JO": "JOD", "IQ": "IQD"}, None
    ),
    "baisa": MinorUnit(("بيسة", "بيسات"), "OMR", {}, 1000),
    "millime": MinorUnit(("مليم", "مليمات", "ملاليم"), "TND", {"EG": "EGP"}, 1000),
}
MINOR_PER_UNIT: dict[str, int] = {
    "KWD": 1000,
    "BHD": 1000,
    "OMR": 1000,
    "JOD": 1000,
    "IQD": 1000,
    "TND": 1000,
    "LYD": 1000,
}
DEFAULT_MINOR_PER_UNIT = 100

# Signs and Latin codes, before or after the number ($10، 10$، 42 KWD).
SYMBOLS: dict[str, str] = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP"}
MINOR_SYMBOLS: dict[str, str] = {"¢": "cent", "c": "cent"}
ISO_CODES: tuple[str, ...] = (
    "USD", "EUR", "GBP", "CHF", "JPY", "CNY", "SAR", "AED", "QAR", "KWD", "BHD", "OMR", "YER", "EGP",
    "SDG", "MAD", "DZD", "TND", "LYD", "MRU", "JOD", "IQD", "LBP", "SYP", "ILS", "TRY",
)  # fmt: skip

# Abbreviations after the number: Arabic, dotted (ر.س، ج.م.; a space may follow the dot: د. ج) or
# run together as Algerian press writes the dinar (350 مليون دج), and the Latin DA and DT of
# Maghrebi prices.
ABBREVIATIONS: dict[str, str] = {
    "ر.س": "SAR", "ر.ق": "QAR", "ر.ع": "OMR", "ر.ي": "YER", "د.إ": "AED", "د.ك": "KWD", "د.ب": "BHD",
    "د.ع": "IQD", "د.أ": "JOD", "د.م": "MAD", "د.ج": "DZD", "د.ت": "TND", "د.ل": "LYD", "ج.م": "EGP",
    "ج.س": "SDG", "ل.ل": "LBP", "ل.س": "SYP", "دج": "DZD", "DA": "DZD", "DT": "TND",
}  # fmt: skip


class LetterUnit(NamedTuple):
    """An abbreviation naming a currency family rather than one currency: the country's member of the
    family, else `default` (a guess, flagged). Read only in `countries` (empty: every country of the
    family) or where the country is unknown."""

    family: str
    default: str
    scale: int = 1  # a scale word folded into it (م.د = مليون دينار)
    countries: frozenset[str] = frozenset()


# Tunisian press abbreviates the dinar to its first letter: after a scale word (350 مليون د) and with
# the scale word's letter in front (3 م.د = three million dinars, 500 أ.د = 500 thousand dinars).
# The lone letter is read only right after a scale word: elsewhere د is minutes or a title (د. محمد);
# the scaled forms only in Tunisian or unplaced releases: elsewhere أ.د is a professor (أستاذ دكتور).
SCALE_LETTER_UNITS: dict[str, LetterUnit] = {"د": LetterUnit("dinar", "TND")}
SCALED_ABBREVIATIONS: dict[str, LetterUnit] = {
    "م.د": LetterUnit("dinar", "TND", 10**6, frozenset({"TN"})),
    "أ.د": LetterUnit("dinar", "TND", 10**3, frozenset({"TN"})),
}

# Words just before an amount that bound it.
QUALIFIERS: dict[str, tuple[str, ...]] = {
    "more_than": (
        "أكثر من", "ما يزيد على", "ما يزيد عن", "يزيد على", "يزيد عن", "ما يفوق", "يفوق", "تفوق",
        "يتجاوز", "تتجاوز", "ما يتجاوز", "أزيد من", "ما يربو على", "يربو على",
    ),
    "less_than": ("أقل من", "ما يقل عن", "لا يتجاوز", "لا تتجاوز", "لا يزيد على", "لا يزيد عن", "دون", "تحت"),
    "about": (
        "نحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما يقارب", "يقارب", "تقارب", "ما يناهز", "يناهز",
        "تناهز", "في حدود", "بحدود", "حدود",
    ),
}  # fmt: skip

# The same bounds written after the amount (3 ملايين دولار على الأقل).
QUALIFIERS_AFTER: dict[str, tuple[str, ...]] = {
    "more_than": ("على الأقل", "وأكثر", "فأكثر", "ونيف"),
    "less_than": ("على الأكثر", "كحد أقصى", "فأقل"),
    "about": ("تقريباً", "أو نحو ذلك"),
}

# Words that join the two ends of a range of amounts (من 10 إلى 20 مليون دولار، بين 5 و10 ملايين),
# with the word that must open the range for the joiner to mean one ("" = none needed).
RANGE_JOINERS: dict[str, str] = {"إلى": "", "حتى": "", "-": "", "–": "", "—": "", "ل": "من", "و": "بين"}

# Words before an amount that restate an amount just given in another currency.
EQUIVALENT_CUES: tuple[str, ...] = ("ما يعادل", "يعادل", "ما يوازي", "يوازي")
