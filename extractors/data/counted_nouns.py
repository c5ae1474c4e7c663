"""The nouns that make a number a health-system count, and the words around them that shape the reading.

Written in natural Arabic spelling, clitic-free; the counts reader normalises everything when it compiles
its patterns (so أسرّة and أسرة, منشأة and منشاة meet), and it adds the accusative alif itself (مركزاً).
Each entry is a singular followed by its plurals: the reader builds duals (مستشفيين، عيادتين) from the
singular, so a singular whose dual reads as something else is listed in `NO_DUAL`.
Multiword heads (سرير عناية مركزة) beat their first word: the longest phrase decides the unit, and the
reader lets the later words take an article or لـ (سريراً للعناية المركزة).
"""

COUNTED_NOUNS: dict[str, tuple[tuple[str, ...], ...]] = {
    "hospital": (
        ("مستشفى", "مستشفيات"),
        ("مشفى", "مشافي"),
        ("مستشفى ميداني", "مستشفيات ميدانية"),
        # Maghrebi administrative names of hospitals (CHU, EPH): a hospital, not a health centre.
        ("مركز استشفائي", "مراكز استشفائية"),
        ("مؤسسة استشفائية", "مؤسسات استشفائية"),
        ("مؤسسة عمومية استشفائية", "مؤسسات عمومية استشفائية"),
    ),
    "health_centre": (
        ("مركز", "مراكز"),
        ("مركز صحي", "مراكز صحية"),
        ("وحدة صحية", "وحدات صحية"),
        ("وحدة رعاية أساسية", "وحدات رعاية أساسية"),
        ("وحدة صحة أسرة", "وحدات صحة أسرة"),
        # Algeria's local health establishments (EPSP) and their treatment rooms.
        ("مؤسسة عمومية للصحة الجوارية", "مؤسسات عمومية للصحة الجوارية"),
        ("قاعة علاج", "قاعات علاج"),
    ),
    "clinic": (
        ("عيادة", "عيادات"),
        ("مستوصف", "مستوصفات"),
        ("مصحة", "مصحات"),
    ),
    "facility": (
        ("منشأة", "منشآت", "منشئات"),
        ("مرفق", "مرافق"),
        ("مؤسسة صحية", "مؤسسات صحية"),
        ("مجمع طبي", "مجمعات طبية"),
        ("مجمع صحي", "مجمعات صحية"),
        ("نقطة طبية", "نقاط طبية"),
        ("نقطة صحية", "نقاط صحية"),
    ),
    "medical_city": (("مدينة طبية", "مدن طبية"),),
    "lab": (
        ("مختبر", "مختبرات"),
        ("معمل", "معامل"),
    ),
    "pharmacy": (("صيدلية", "صيدليات"),),
    "bed": (
        ("سرير", "أسرّة"),
        ("سرير إيواء", "أسرّة إيواء"),
    ),
    "icu_bed": (
        ("سرير عناية مركزة", "أسرّة عناية مركزة"),
        ("سرير عناية فائقة", "أسرّة عناية فائقة"),
        ("سرير عناية مشددة", "أسرّة عناية مشددة"),
        ("سرير إنعاش", "أسرّة إنعاش"),
        ("سرير رعاية مركزة", "أسرّة رعاية مركزة"),
        ("سرير رعاية فائقة", "أسرّة رعاية فائقة"),
        ("سرير رعاية حرجة", "أسرّة رعاية حرجة"),
        ("سرير عناية حرجة", "أسرّة عناية حرجة"),
    ),
    "operating_room": (
        ("غرفة عمليات", "غرف عمليات"),
        ("قاعة عمليات", "قاعات عمليات"),
        ("غرفة جراحة", "غرف جراحة"),
        ("صالة عمليات", "صالات عمليات"),
    ),
    "ambulance": (
        ("سيارة إسعاف", "سيارات إسعاف"),
        ("مركبة إسعاف", "مركبات إسعاف"),
        ("عربة إسعاف", "عربات إسعاف"),
        ("طائرة إسعاف", "طائرات إسعاف"),
    ),
    "mobile_unit": (
        ("وحدة متنقلة", "وحدات متنقلة"),
        ("وحدة طبية متنقلة", "وحدات طبية متنقلة"),
        ("وحدة صحية متنقلة", "وحدات صحية متنقلة"),
        ("عيادة متنقلة", "عيادات متنقلة"),
        ("عيادة طبية متنقلة", "عيادات طبية متنقلة"),
        ("مفرزة طبية", "مفارز طبية"),
        ("فريق متنقل", "فرق متنقلة"),
        ("فريق طبي متنقل", "فرق طبية متنقلة"),
        ("فريق صحي متنقل", "فرق صحية متنقلة"),
        ("فريق جوال", "فرق جوالة"),
    ),
    "caravan": (("قافلة", "قوافل"),),
    "staff": (
        ("مهني", "مهنيين", "مهنيون"),
        ("ممارس", "ممارسين", "ممارسون"),
        ("كادر", "كوادر"),
        ("موظف", "موظفين", "موظفون", "موظفة", "موظفات"),
        ("عامل", "عاملين", "عاملون", "عمال", "عاملة", "عاملات"),
        ("إطار", "أطر"),
        ("منتسب", "منتسبين", "منتسبون"),
        ("منسوب", "منسوبين", "منسوبي"),
        ("صيدلي", "صيادلة"),
        ("فني", "فنيين", "فنيون"),
        ("تقني", "تقنيين", "تقنيون"),
        ("أخصائي", "أخصائيين", "أخصائيون"),
        ("اختصاصي", "اختصاصيين", "اختصاصيون"),
        ("مسعف", "مسعفين", "مسعفون"),
        ("متطوع", "متطوعين", "متطوعون", "متطوعة", "متطوعات"),
        ("قابلة", "قابلات"),
        ("عون", "أعوان"),
        ("عون شبه طبي", "أعوان شبه طبيين"),
        ("شبه طبي", "شبه طبيين"),
    ),
    "doctor": (
        ("طبيب", "أطباء", "طبيبة", "طبيبات"),
        ("استشاري", "استشاريين", "استشاريون"),
        ("جراح", "جراحين", "جراحون"),
    ),
    "nurse": (
        ("ممرض", "ممرضين", "ممرضون", "ممرضة", "ممرضات"),
        ("كادر تمريضي", "كوادر تمريضية"),
    ),
    "patient": (
        ("مريض", "مرضى", "مريضة", "مريضات"),
        ("نزيل", "نزلاء"),
        ("منوم", "منومين"),
        # The people who come to a clinic are counted as patients (12 مليون مراجع), not as visits.
        ("مراجع", "مراجعين", "مراجعون"),
        ("متردد", "مترددين", "مترددون"),
    ),
    "beneficiary": (
        ("مستفيد", "مستفيدين", "مستفيدون", "مستفيدة", "مستفيدات"),
        ("شخص", "أشخاص"),
        ("مواطن", "مواطنين", "مواطنون", "مواطنة", "مواطنات"),
        ("طفل", "أطفال", "طفلة"),
        ("سيدة", "سيدات"),
        ("امرأة", "نساء"),
        ("حامل", "حوامل"),
        ("مسن", "مسنين"),
        ("تلميذ", "تلاميذ", "تلميذة"),
    ),
    "pilgrim": (
        ("حاج", "حجاج", "حجيج"),
        ("معتمر", "معتمرين", "معتمرون"),
    ),
    "case": (
        ("حالة", "حالات"),
        ("إصابة", "إصابات"),
        ("مصاب", "مصابين", "مصابون"),
        ("جريح", "جرحى"),
    ),
    "death": (
        ("وفاة", "وفيات"),
        ("حالة وفاة", "حالات وفاة"),
        ("قتيل", "قتلى"),
        ("شهيد", "شهداء"),
    ),
    "consultation": (
        ("استشارة", "استشارات"),
        ("معاينة", "معاينات"),
        ("فحص طبي", "فحوص طبية", "فحوصات طبية"),
        ("كشف طبي", "كشوف طبية", "كشوفات طبية"),
    ),
    "visit": (
        ("زيارة", "زيارات"),
        ("مراجعة", "مراجعات"),
    ),
    "surgery": (
        ("عملية", "عمليات"),
        ("عملية جراحية", "عمليات جراحية"),
        ("جراحة", "جراحات"),
        ("تدخل جراحي", "تدخلات جراحية"),
    ),
    "vaccination": (
        ("جرعة", "جرعات"),
        ("تطعيم", "تطعيمات"),
        ("لقاح", "لقاحات"),
        ("تلقيح", "تلقيحات"),
        ("عملية تلقيح", "عمليات تلقيح"),
        ("عملية تطعيم", "عمليات تطعيم"),
    ),
    "test": (
        ("فحص", "فحوص", "فحوصات"),
        ("تحليل", "تحاليل", "تحليلات"),
        ("اختبار", "اختبارات"),
        ("عينة", "عينات"),
        ("مسحة", "مسحات"),
    ),
    "specialty": (
        ("تخصص", "تخصصات"),
        ("اختصاص", "اختصاصات"),
    ),
    "region": (
        ("منطقة", "مناطق"),
        ("جهة", "جهات"),
    ),
    "province": (
        ("إقليم", "أقاليم"),
        ("محافظة", "محافظات"),
        ("ولاية", "ولايات"),
        ("عمالة", "عمالات"),
    ),
    "city": (
        ("مدينة", "مدن"),
        ("بلدية", "بلديات"),
        ("جماعة قروية", "جماعات قروية"),
        ("جماعة ترابية", "جماعات ترابية"),
    ),
    "programme": (
        ("برنامج", "برامج"),
        ("مبادرة", "مبادرات"),
        ("حملة", "حملات"),
    ),
    "other": (
        ("جهاز", "أجهزة"),
        ("جهاز طبي", "أجهزة طبية"),
        ("جهاز تنفس", "أجهزة تنفس"),
        ("جهاز أشعة", "أجهزة أشعة"),
        ("جهاز غسيل", "أجهزة غسيل"),
        ("جهاز رنين", "أجهزة رنين"),
        ("حضانة", "حضانات"),
        ("ردهة", "ردهات"),
        ("قسم", "أقسام"),
        ("مشروع", "مشاريع", "مشروعات"),
        ("جلسة غسيل", "جلسات غسيل"),
        ("وحدة دم", "وحدات دم"),
        ("كيس دم", "أكياس دم"),
        ("ولادة", "ولادات"),
        ("متبرع", "متبرعين", "متبرعون"),
        ("وصفة طبية", "وصفات طبية"),
        ("خدمة صحية", "خدمات صحية"),
        ("خدمة طبية", "خدمات طبية"),
    ),
}

# Nouns that count people only as part of a body (310 من هيئة التمريض، 120 من الطواقم الطبية): alone
# after a number they would name a crew or a board, so the reader takes them only after من.
PARTITIVE_NOUNS: dict[str, tuple[str, ...]] = {
    "nurse": (
        "هيئة تمريض",
        "أعضاء هيئة تمريض",
        "هيئة تمريضية",
        "طاقم تمريض",
        "طاقم تمريضي",
        "طواقم تمريضية",
        "أطقم تمريض",
    ),
    "staff": ("طاقم", "طواقم", "أطقم"),
}

# A population (300 ألف نسمة، نصف مليون من سكان المحافظة) is a census figure, unless a service reaches
# it (يخدم المستشفى 300 ألف نسمة): these count beneficiaries only after one of `SERVICE_CUES`, at most
# three words back.
POPULATION_NOUNS: tuple[str, ...] = ("نسمة", "ساكن", "من سكان", "من أهالي", "من ساكنة")
SERVICE_CUES: tuple[str, ...] = (
    "يخدم",
    "تخدم",
    "سيخدم",
    "ستخدم",
    "خدمة",
    "خدماته",
    "خدماتها",
    "يغطي",
    "تغطي",
    "سيغطي",
    "ستغطي",
    "تغطية",
    "يستفيد",
    "تستفيد",
    "سيستفيد",
    "ستستفيد",
    "يستهدف",
    "تستهدف",
    "مستهدفة",
    "مستهدفا",
    "استفاد",
    "استفادت",
    "لفائدة",
    "لصالح",
    "علاج",
    "تطعيم",
    "تلقيح",
    "الكشف",
)

# One number before a list of different professions counts them together as staff
# (420 من الأطباء وهيئة التمريض والفنيين), while ممرضاً وممرضة stays one profession.
PROFESSION_UNITS: frozenset[str] = frozenset({"staff", "doctor", "nurse"})

# Things a release counts in ones, tens or hundreds, never in the thousands a year is: a year right
# before one of them (افتتحت الوزارة في يناير 2023 مستشفى جديداً، أطلقت في مارس 2024 حملة) is the
# date's year, not their count.
FEW_UNITS: frozenset[str] = frozenset(
    {
        "hospital",
        "medical_city",
        "operating_room",
        "caravan",
        "mobile_unit",
        "specialty",
        "region",
        "province",
        "city",
        "programme",
    }
)

# Singulars that name a group, so that 120 من الكادر الطبي counts its members; any other singular
# after من (5 من المستشفى، 5 من مشروع القانون) says where something came from, not how many.
COLLECTIVE_SINGULARS: frozenset[str] = frozenset({"كادر", "كادر تمريضي"})

# Words after جهة that make it a body, not a region; words after عملية that make it an operation of
# another kind than surgery.
_BODY_KINDS = ("حكومية", "معنية", "مختصة", "مشاركة", "شريكة", "مانحة", "رسمية", "داعمة", "أممية", "دولية")
_OPERATION_KINDS = (
    "مراقبة", "تفتيش", "تحسيسية", "توعوية", "تحسيس", "رش", "حجز", "نقل", "إجلاء", "بيع", "شراء", "توزيع",
    "تطهير", "تعقيم", "ترصد", "إحصاء", "إنقاذ", "تحويل", "سحب", "دفع", "بحث", "تسجيل",
)  # fmt: skip

# Phrases that start like a counted noun but count something else (ranks, partners, inspections): the
# longest phrase wins, so listing one here silences its shorter counted head.
NOT_COUNTED: tuple[str, ...] = (
    "مركز متقدم",
    "مراكز متقدمة",
    "مراكز في التصنيف",
    "مراكز في الترتيب",
    "مراكز في المؤشر",
    "مراجع علمية",
    *(f"{head} {kind}" for head in ("جهة", "جهات") for kind in _BODY_KINDS),
    *(f"{head} {kind}" for head in ("عملية", "عمليات") for kind in _OPERATION_KINDS),
)

# Nouns that count a unit only in the countries whose administration uses them: جهة is one of Morocco's
# twelve regions, but elsewhere a body or party (التعاون مع 12 جهة).
_REGIONS_ARE_JIHAT = frozenset({"MA", "TN", "MR"})
COUNTRY_BOUND: dict[str, frozenset[str]] = {"جهة": _REGIONS_ARE_JIHAT, "جهات": _REGIONS_ARE_JIHAT}

# Singulars whose dual is an everyday word of its own (بين جهتين: two parties, not two regions).
NO_DUAL: frozenset[str] = frozenset({"جهة", "عامل", "حامل", "إطار", "قابلة", "قسم", "عون"})

# Plurals spelled like another word's singular (أسرّة beds / أسرة family): trusted only where Arabic
# grammar asks for a plural (after 3 to 10), where the shadda was written, or after a capacity cue.
HOMOGRAPH_PLURALS: frozenset[str] = frozenset({"أسرّة"})
CAPACITY_CUES: tuple[str, ...] = ("سعة", "بسعة", "سعتها", "سعته", "طاقة", "بطاقة", "استيعابية", "سريرية")

# Words before the number that bound it.
QUALIFIERS: dict[str, tuple[str, ...]] = {
    "more_than": (
        "أكثر من",
        "ما يزيد على",
        "ما يزيد عن",
        "يزيد على",
        "يزيد عن",
        "ما يربو على",
        "ما يربو عن",
        "يربو على",
        "أزيد من",
        "ما يفوق",
        "يفوق",
        "ما لا يقل عن",
        "لا يقل عن",
    ),
    "less_than": ("أقل من", "ما يقل عن", "دون"),
    "about": (
        "نحو",
        "قرابة",
        "حوالي",
        "حوالى",
        "زهاء",
        "ما يقارب",
        "يقارب",
        "ما يقرب من",
        "ما يناهز",
        "يناهز",
        "تقريبا",
        "تقريباً",
    ),
}
# Written after the counted phrase: "500 سرير تقريباً".
TRAILING_QUALIFIERS: dict[str, tuple[str, ...]] = {"about": ("تقريبا", "تقريباً")}

# Words between the qualifier and the number that announce a total (عدد 8 مراكز، ما مجموعه 2817).
TOTAL_WORDS: tuple[str, ...] = ("عدد", "ما مجموعه", "ما مجموعها", "مجموع", "إجمالي", "بإجمالي", "بمجموع")

# A dual after these only points back to things already named (هذين المرفقين، كلا المستشفيين).
POINTING_BACK: tuple[str, ...] = ("هذين", "هذان", "هاتين", "هاتان", "ذينك", "تلكما", "كلا", "كلتا")

# A person count after these words counts the event that befell them (وفاة 3 حجاج = 3 deaths).
EVENT_CUES: dict[str, str] = {
    "وفاة": "death",
    "وفيات": "death",
    "مصرع": "death",
    "إصابة": "case",
    "إصابات": "case",
    # The people vaccinated are people served (تطعيم 16 مليون طفل); doses given count vaccinations.
    "تطعيم": "beneficiary",
    "تلقيح": "beneficiary",
}
PERSON_UNITS: frozenset[str] = frozenset(
    {"beneficiary", "patient", "pilgrim", "staff", "doctor", "nurse", "case"}
)

# A four-digit number after these is a year or a name, never a count (رؤية 2030 برامج).
YEAR_CUES: tuple[str, ...] = ("عام", "العام", "لعام", "للعام", "سنة", "لسنة", "رؤية", "موسم", "حتى")
# A number glued to these is part of a name (كوفيد 19 حالات).
NAME_CUES: tuple[str, ...] = ("كوفيد", "كورونا", "كوفيد-", "covid", "COVID", "Covid")

# "From N to M nouns": the noun counts the upper end, a reading worth flagging.
RANGE_STARTS: tuple[str, ...] = ("من", "بين")
RANGE_JOINS: tuple[str, ...] = ("إلى", "الى", "و", "حتى")

# Words that end like a nisba adjective but are not adjectives, so a span never swallows them: particles,
# and adverbs of time and manner whose accusative -ياً reads like an adjective's (يومياً، حالياً).
NOT_ADJECTIVES: tuple[str, ...] = (
    "يومياً",
    "أسبوعياً",
    "شهرياً",
    "سنوياً",
    "حالياً",
    "تدريجياً",
    "فعلياً",
    "رسمياً",
    "مبدئياً",
    "نهائياً",
    "في",
    "التي",
    "الذي",
    "اللتي",
    "اللذي",
    "على",
    "إلى",
    "حتى",
    "لدى",
    "مدى",
    "سوى",
    "أي",
    "والتي",
    "والذي",
    "بالتي",
    "هي",
    "وهي",
    "ضمن",
)
# Adjectives whose first letters spell the article ال once normalised (إلكتروني، آلي، ألماني): after an
# indefinite noun, where a word with the article is no adjective of it, these still are (30 جهازاً
# إلكترونياً، 15 طبيباً ألمانياً).
ARTICLE_LOOKALIKE_ADJECTIVES: tuple[str, ...] = ("إلكتروني", "إلكترونية", "آلي", "آلية", "ألماني", "ألمانية")
# Adjectives that follow counted nouns but do not look like nisbas.
ADJECTIVES: tuple[str, ...] = (
    "متخصص",
    "متخصصة",
    "متخصصين",
    "متنقلة",
    "متنقل",
    "جديد",
    "جديدة",
    "جدد",
    "متكامل",
    "متكاملة",
    "مجهز",
    "مجهزة",
    "مؤهل",
    "مؤهلين",
    "مؤكدة",
    "حرجة",
    "دقيق",
    "دقيقة",
    "مختلفة",
    "متنوعة",
    "إضافية",
    "إضافي",
    "عامة",
    "عام",
    "خاصة",
    "خاص",
    "مركزة",
    "مزمنة",
    "مرجعية",
    "ناجحة",
    "ناجح",
    "كبرى",
    "نوعية",
    "معقدة",
    "ميدانية",
)

# "عدد المستفيدين بلغ 1500": verbs and followers allowed around a total whose noun came first.
TOTAL_OF_VERBS: tuple[str, ...] = (
    "بلغ",
    "يبلغ",
    "وصل",
    "يصل",
    "ارتفع",
    "يرتفع",
    "تجاوز",
    "يتجاوز",
    "فاق",
    "يفوق",
    "قارب",
    "يقارب",
    "تخطى",
    "يتخطى",
    "ناهز",
    "يناهز",
    "أصبح",
    "بات",
)
TOTAL_OF_FOLLOWERS: tuple[str, ...] = (
    "في",
    "خلال",
    "منذ",
    "حتى",
    "مقابل",
    "بينما",
    "حيث",
    "وذلك",
    "فقط",
    "مع",
    "بعد",
    "حسب",
    "وفق",
    "وفقا",
    "تقريبا",
)
