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

# Hijri month names that are also everyday words (صفر is "zero"): read only with a day or a Hijri year.
HIJRI_MONTHS_NEEDING_DAY_OR_HIJRI_YEAR: frozenset[str] = frozenset({"صفر"})

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
YEAR_WORDS: tuple[str, ...] = ("عام", "سنة", "عامي", "سنتي", "العامين", "السنتين", "للعام", "للسنة")

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

# Words allowed right after a year introduced by a weak anchor: they show the number ends a time phrase.
YEAR_PHRASE_FOLLOWERS: tuple[str, ...] = (
    "حيث",
    "حتى",
    "إلى",
    "الى",
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
)

# Era markers after a year: Gregorian (م، ميلادي) and Hijri (هـ، هجري).
GREGORIAN_ERA: tuple[str, ...] = ("م", "ميلادي", "ميلادية", "للميلاد")
HIJRI_ERA: tuple[str, ...] = ("هـ", "ه", "هجري", "هجرية", "للهجرة")

# Words before a number that make it a reference, not a date (القرار رقم 2/2013).
REFERENCE_WORDS: tuple[str, ...] = ("رقم", "الرقم", "برقم", "عدد", "القرار", "قرار", "المرسوم", "القانون")

# Words before an era-marked number that make it a measure (بمساحة 2000 م is metres).
MEASURE_WORDS: tuple[str, ...] = ("مساحة", "بمساحة", "مسافة", "بمسافة", "طول", "بطول", "ارتفاع", "بارتفاع", "عمق")

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
    "برنامج",
    "مبادرة",
    "حملة",
)

# Words after a month or date that place it relative to the release's own date.
PAST_WORDS: tuple[str, ...] = ("الماضي", "المنصرم", "الفائت", "المنقضي", "الماضية")
NEXT_WORDS: tuple[str, ...] = ("المقبل", "القادم", "المقبلة", "القادمة")

# Cues that a date is the release's own date (a dateline), not an event in it.
PUBLISHED_BEFORE: tuple[str, ...] = ("نشر في", "نشر بتاريخ", "تاريخ النشر", "نشر", "بتاريخ", "التاريخ", "آخر تحديث")
PUBLISHED_AFTER: tuple[str, ...] = ("آخر تحديث", "تحديث", "آخر تعديل")

# Connectors between two dates that make them the ends of a period (من ... إلى غاية ...).
PERIOD_LINKS: tuple[str, ...] = (
    "إلى",
    "الى",
    "إلى غاية",
    "الى غاية",
    "إلى حدود",
    "حتى",
    "لغاية",
    "ولغاية",
    "وحتى",
    "وإلى",
    "و",
    "-",
    "–",
)
# Words before a lone date that open a period, and those that close one.
PERIOD_OPENERS: tuple[str, ...] = ("منذ", "اعتبارا من", "ابتداء من", "بدءا من", "بداية من", "انطلاقا من")
PERIOD_CLOSERS: tuple[str, ...] = ("حتى", "لغاية", "إلى غاية", "الى غاية", "إلى حدود", "حتى تاريخ")

# Words that introduce a date by the day (يوم / الموافق): kept inside the fact's span as its evidence.
DAY_INTRODUCERS: tuple[str, ...] = ("الموافق", "يوم", "اليوم")

# Words for the last day or week of a month (آخر يوم، اليوم الأخير).
LAST_WORDS: tuple[str, ...] = ("آخر", "أخير", "الأخير", "الأخيرة", "اخر")
