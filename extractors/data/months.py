"""Calendar words of Arabic press: month names of every tradition, weekdays, holidays and date cues.

Written in natural spelling, the way releases print them; the date reader normalises every entry
(alef forms, ى/ي, ة/ه) when it compiles its patterns, so a spelling variant only needs listing here
when it differs after normalisation (أبريل/ابريل/إبريل are one entry; يونيو/يونيه are two).
"""

# Gregorian months as each region names them: Mashriqi (Egypt, Gulf), Maghrebi (Morocco),
# Algerian/Tunisian (from French) and Levantine/Iraqi (Syriac names). One number per name.
GREGORIAN_MONTHS: dict[str, int] = {
    # Mashriqi
    "يناير": 1,
    "فبراير": 2,
    "مارس": 3,
    "أبريل": 4,
    "مايو": 5,
    "يونيو": 6,
    "يونيه": 6,
    "يوليو": 7,
    "يوليه": 7,
    "أغسطس": 8,
    "سبتمبر": 9,
    "أكتوبر": 10,
    "نوفمبر": 11,
    "ديسمبر": 12,
    # Maghrebi (Morocco)
    "ماي": 5,
    "يوليوز": 7,
    "غشت": 8,
    "شتنبر": 9,
    "نونبر": 11,
    "دجنبر": 12,
    # Algerian and Tunisian
    "جانفي": 1,
    "فيفري": 2,
    "أفريل": 4,
    "جوان": 6,
    "جويلية": 7,
    "أوت": 8,
    # Levantine and Iraqi
    "كانون الثاني": 1,
    "شباط": 2,
    "آذار": 3,
    "نيسان": 4,
    "أيار": 5,
    "حزيران": 6,
    "تموز": 7,
    "آب": 8,
    "أيلول": 9,
    "تشرين الأول": 10,
    "تشرين الثاني": 11,
    "كانون الأول": 12,
}

# Hijri months, with the spellings that alternate in Gulf and Egyptian press (ذو/ذي after a
# preposition, الآخر/الثاني, الأولى/الأول).
HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1,
    "المحرم": 1,
    "صفر": 2,
    "ربيع الأول": 3,
    "ربيع الآخر": 4,
    "ربيع الثاني": 4,
    "جمادى الأولى": 5,
    "جمادى الأول": 5,
    "جمادى الآخرة": 6,
    "جمادى الآخر": 6,
    "جمادى الثانية": 6,
    "رجب": 7,
    "شعبان": 8,
    "رمضان": 9,
    "شوال": 10,
    "ذو القعدة": 11,
    "ذي القعدة": 11,
    "ذو الحجة": 12,
    "ذي الحجة": 12,
}

# Month names that are also everyday words (آب "father", ماي "my", صفر "zero"): read only with no
# clitic glued on and with a day or year of their own, never borrowing a year from a neighbouring date.
AMBIGUOUS_MONTH_WORDS: frozenset[str] = frozenset({"آب", "ماي", "صفر"})

# Python's weekday numbering (Monday = 0). The final-alef spelling (أربعا) appears in informal text.
WEEKDAYS: dict[str, int] = {
    "الاثنين": 0,
    "الإثنين": 0,
    "اثنين": 0,
    "الثلاثاء": 1,
    "ثلاثاء": 1,
    "الأربعاء": 2,
    "أربعاء": 2,
    "أربعا": 2,
    "الخميس": 3,
    "خميس": 3,
    "الجمعة": 4,
    "جمعة": 4,
    "السبت": 5,
    "سبت": 5,
    "الأحد": 6,
    "أحد": 6,
}

# Holidays a release may date an event by, with a year beside them. ("hijri", month, day) is
# converted through the Umm al-Qura calendar; ("gregorian", month, day) is fixed; ("easter",) is
# Western Easter Sunday.
HOLIDAYS: dict[str, tuple] = {
    "عيد الأضحى": ("hijri", 12, 10),
    "عيد الفطر": ("hijri", 10, 1),
    "رأس السنة الهجرية": ("hijri", 1, 1),
    "يوم عرفة": ("hijri", 12, 9),
    "يوم عاشوراء": ("hijri", 1, 10),
    "المولد النبوي": ("hijri", 3, 12),
    "عيد الميلاد": ("gregorian", 12, 25),
    "عيد الميلاد المجيد": ("gregorian", 12, 25),
    "كريسماس": ("gregorian", 12, 25),
    "الكريسماس": ("gregorian", 12, 25),
    "رأس السنة الميلادية": ("gregorian", 1, 1),
    "عيد الفصح": ("easter",),
    "اليوم العالمي للصحة": ("gregorian", 4, 7),
    "اليوم العالمي لمكافحة السرطان": ("gregorian", 2, 4),
    "اليوم العالمي للسل": ("gregorian", 3, 24),
    "اليوم العالمي للمتبرعين بالدم": ("gregorian", 6, 14),
    "اليوم العالمي للتبرع بالدم": ("gregorian", 6, 14),
    "اليوم العالمي للقلب": ("gregorian", 9, 29),
    "اليوم العالمي للسكري": ("gregorian", 11, 14),
    "اليوم العالمي لمرض السكري": ("gregorian", 11, 14),
    "اليوم العالمي للإيدز": ("gregorian", 12, 1),
}

# Words a holiday name may carry before its year (عيد الفطر المبارك لعام 1445 هـ).
HOLIDAY_EPITHETS: tuple[str, ...] = ("المبارك", "السعيد", "المجيد", "الشريف")

# Words that name a year: strong anchors, enough on their own to make a 4-digit number a year.
# The reader adds the article and clitics itself (العام، للعام، بعام، والسنة).
YEAR_WORDS: tuple[str, ...] = ("عام", "سنة", "عامي", "سنتي", "عامين", "سنتين")

# The word for month, before a month name or a month number (شهر أبريل، بشهر عشرة، الشهر التاسع).
MONTH_WORD = "شهر"

# Weaker anchors: a preposition or time word before a bare year. The year must then end its phrase
# (punctuation, a conjunction, a date marker) so that "في 2000 مركز" is never read as a year.
YEAR_PREPOSITIONS: tuple[str, ...] = (
    "في",
    "خلال",
    "منذ",
    "حتى",
    "بحلول",
    "قبل",
    "بعد",
    "مطلع",
    "أوائل",
    "أواخر",
    "منتصف",
    "نهاية",
    "بداية",
    "بدايات",
    "نهايات",
    "غضون",
)
# Prepositions that make a bare year a date only when a second year closes the range (من 2020 إلى 2023).
YEAR_RANGE_OPENERS: tuple[str, ...] = ("من", "بين", "ما بين", "الفترة", "للفترة")

# Words allowed right after a year introduced by a weak anchor: they show the number ends a time phrase.
YEAR_PHRASE_FOLLOWERS: tuple[str, ...] = (
    "حيث",
    "حتى",
    "إلى",
    "كما",
    "قد",
    "تم",
    "بلغ",
    "بلغت",
    "كان",
    "كانت",
    "شهد",
    "شهدت",
    "على",
    "في",
    "من",
    "ضمن",
    "وفق",
    "بعد",
    "قبل",
    "عندما",
    "بعدما",
    "مقارنة",
    "مقابل",
    "بينما",
    "ثم",
    "لكن",
    "أما",
    "إذ",
    "بنسبة",
    # Verbs that open the clause a year introduces (في 2019 افتتحت الوزارة ...).
    "افتتح",
    "افتتحت",
    "أطلق",
    "أطلقت",
    "أعلن",
    "أعلنت",
    "سجل",
    "سجلت",
    "ارتفع",
    "ارتفعت",
    "انخفض",
    "انخفضت",
    "وصل",
    "وصلت",
    "استقبل",
    "استقبلت",
    "قدم",
    "قدمت",
    "نفذ",
    "نفذت",
    "أجرى",
    "أجرت",
    "حقق",
    "حققت",
    "بدأ",
    "بدأت",
    "سيتم",
    "يتم",
    "ستصل",
    "سيصل",
    "ستبلغ",
    "سيبلغ",
    "أصبح",
    "أصبحت",
)

# Era markers after a year: Gregorian (م، ميلادي) and Hijri (هـ، هجري).
GREGORIAN_ERA: tuple[str, ...] = ("م", "ميلادي", "ميلادية", "للميلاد")
HIJRI_ERA: tuple[str, ...] = ("هـ", "هجري", "هجرية", "للهجرة")

# Nouns that عام qualifies as the adjective "general" (مستشفى عام، طبيب عام، المدير العام): a number
# after such a عام need not be a year. An indefinite عام is the adjective only after one of these,
# a definite العام after one of these and its name (مستشفى أسيوط العام) or after any definite
# masculine word (المستشفى العام، القطاع الصحي العام).
GENERAL_HEADS: tuple[str, ...] = (
    "مستشفى",
    "مشفى",
    "مستوصف",
    "مجمع",
    "مختبر",
    "طبيب",
    "طب",
    "مدير",
    "أمين",
    "نائب",
    "مفتش",
    "مراقب",
    "قطاع",
    "مرفق",
    "مؤتمر",
    "إضراب",
)
# Particles before العام, where the noun or the name it could qualify would stand: العام is then the
# noun "year" (إلى العام 2030، مستشفى في العام 2019; إلى reads الي once normalised). YEAR_PREPOSITIONS
# count too.
FUNCTION_WORDS: tuple[str, ...] = (
    "إلى", "إلا", "الذي", "التي", "الذين", "اللذان", "اللتان", "اللاتي", "من", "على", "عن", "مع", "لدى",
)  # fmt: skip

# Words before a number that make it a reference, not a date (القرار رقم 2/2013).
REFERENCE_WORDS: tuple[str, ...] = (
    "رقم",
    "الرقم",
    "برقم",
    "عدد",
    "العدد",
    "القرار",
    "قرار",
    "المرسوم",
    "القانون",
)

# Words before an era-marked number that make it a measure (بمساحة 2000 م is metres).
MEASURE_WORDS: tuple[str, ...] = (
    "مساحة",
    "بمساحة",
    "مسافة",
    "بمسافة",
    "طول",
    "بطول",
    "ارتفاع",
    "بارتفاع",
    "عمق",
)

# Words that open a name carrying a year (رؤية 2030، إكسبو 2020): such a year is part of the name.
YEAR_NAME_HEADS: tuple[str, ...] = (
    "رؤية",
    "خطة",
    "استراتيجية",
    "إستراتيجية",
    "أجندة",
    "إكسبو",
    "كأس",
    "مونديال",
    "عملية",
    "مبادرة",
    "حملة",
    "جائزة",
)

# Words after a yearless month or date that place it by the release's own date: the last one before
# it (مارس الماضي), the next one after it (مارس المقبل), the one in its year (مارس الجاري، 15 مارس من
# العام الجاري).
PAST_WORDS: tuple[str, ...] = ("الماضي", "المنصرم", "الفائت", "المنقضي", "الماضية")
NEXT_WORDS: tuple[str, ...] = ("المقبل", "القادم", "المقبلة", "القادمة")
CURRENT_WORDS: tuple[str, ...] = ("الجاري", "الحالي", "الجارية", "الحالية")
# "من كل عام": a day that recurs every year is no date.
EVERY_WORDS: tuple[str, ...] = ("كل", "كافة")

# Cues that a date is the release's own date (a dateline), not an event in it. "نشر" cues count
# anywhere; the others only near the top, where a dateline sits.
PUBLISHED_CUES: tuple[str, ...] = ("نشر", "نشر في", "نشر بتاريخ", "تاريخ النشر")
# The word every PUBLISHED_CUES phrase holds: a date past the head with no such word before it is no
# dateline, which spares reading the cues before most dates.
PUBLISHED_STEM = "نشر"
HEAD_PUBLISHED_CUES: tuple[str, ...] = ("بتاريخ", "التاريخ", "آخر تحديث", "تاريخ الخبر")
PUBLISHED_AFTER: tuple[str, ...] = ("آخر تحديث", "تحديث", "آخر تعديل")
# Words joining two dates into a period (من 15 نونبر 2025 إلى غاية 30 مارس 2026); a bare "و" or a
# dash joins them too, and "بين" before the first date makes "و" a period as well.
RANGE_LINKS: tuple[str, ...] = (
    "إلى",
    "إلى غاية",
    "إلى حدود",
    "حتى",
    "لغاية",
    "ولغاية",
    "وحتى",
    "وإلى",
    "حتى تاريخ",
)
# Words before the first of two dates joined by "و" that make them a period's ends, not a list (بين 3
# و5 ديسمبر، ما بين عامي 2020 و2023). Each entry is matched as a whole phrase ending before the date,
# its words in order with blanks between them.
RANGE_OPENERS: tuple[str, ...] = ("بين", "ما بين")
# Words before a lone date that open a period, and those that close one.
PERIOD_OPENERS: tuple[str, ...] = ("منذ", "اعتبارا من", "ابتداء من", "بدءا من", "بداية من", "انطلاقا من")
PERIOD_CLOSERS: tuple[str, ...] = ("حتى", "لغاية", "إلى غاية", "إلى حدود", "حتى تاريخ")

# Words between a Hijri date and its Gregorian equivalent (10 رمضان 1445 هـ الموافق 20 مارس 2024 م).
EQUIVALENCE_WORDS: tuple[str, ...] = (
    "الموافق",
    "الموافق لـ",
    "الموافق ل",
    "ويوافق",
    "الذي يوافق",
    "والموافق",
)

# Words between a weekday and its day (الأربعاء الموافق الثالث عشر من شباط).
WEEKDAY_LINKS: tuple[str, ...] = ("الموافق",)

# Day words: "يوم الثلاثاء"، "آخر يوم"، "اليوم الأخير"، "ثالث يوم ثلاثاء".
DAY_WORDS: tuple[str, ...] = ("يوم", "اليوم")
# Words naming the first day of a month, before it or before "من": Maghrebi فاتح (فاتح يناير، الفاتح
# من نوفمبر), classical غرة (غرة رمضان), and a bare أول with no من (اعتبارا من أول يوليو).
FIRST_DAY_WORDS: tuple[str, ...] = ("فاتح", "الفاتح", "غرة", "أول")
# "آخر" before (آخر يوم، آخر ثلاثاء) and "الأخير" after (اليوم الأخير، الثلاثاء الأخير) mean the last one.
LAST_BEFORE: tuple[str, ...] = ("آخر",)
LAST_AFTER: tuple[str, ...] = ("الأخير", "الأخيرة")

# Nouns an ordinal may qualify instead of a day: "الأسبوع الأول من شهر" is a week, not the 1st.
NON_DAY_ORDINAL_HEADS: tuple[str, ...] = (
    "الأسبوع",
    "أسبوع",
    "الربع",
    "النصف",
    "الشهر",
    "العام",
    "المركز",
    "المرتبة",
    "العدد",
    "الدور",
)
