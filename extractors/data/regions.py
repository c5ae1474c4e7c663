"""Words that tell which country a release comes from, and each country's writing conventions.

Cues are written as they appear in press text; they are normalised when loaded. A cue names a country
(ISO 3166 alpha-2); one listed under two (طرابلس: Libya's capital, Lebanon's second city) counts half for
each. Words every Arab press uses (محافظة: Egypt's governorates, but Oman's, Jordan's and Iraq's too) are
no cue at all. Maghrebi month names and currencies are the strongest cues because the
same number can mean a thousand times more or less depending on the decimal convention.
"""

COUNTRY_CUES: dict[str, tuple[str, ...]] = {
    "MA": (
        "المغرب",
        "المغربية",
        "الرباط",
        "الدار البيضاء",
        "مراكش",
        "فاس",
        "طنجة",
        "أكادير",
        "وجدة",
        "مكناس",
        "العيون",
        "درهم مغربي",
        "نونبر",
        "دجنبر",
        "شتنبر",
        "غشت",
        "يوليوز",
        "ماي",
        "إقليم",
        "إقليماً",
        "جهة الرباط",
        "جهة الدار البيضاء",
        "عمالة",
        "سنتيم",
        "الحماية الاجتماعية",
        "المركز الاستشفائي",
    ),
    "DZ": (
        "الجزائر",
        "الجزائرية",
        "وهران",
        "قسنطينة",
        "عنابة",
        "دينار جزائري",
        "ولاية",
        "جانفي",
        "فيفري",
        "أفريل",
        "جوان",
        "جويلية",
        "أوت",
        "المؤسسة الاستشفائية",
    ),
    "TN": ("تونس", "التونسية", "صفاقس", "سوسة", "دينار تونسي", "جانفي", "فيفري", "أفريل", "جوان", "جويلية"),
    "LY": ("ليبيا", "الليبية", "طرابلس", "بنغازي", "مصراتة", "سبها", "طبرق", "درنة", "دينار ليبي"),
    "MR": ("موريتانيا", "نواكشوط", "أوقية"),
    "SA": (
        "السعودية",
        "المملكة العربية السعودية",
        "الرياض",
        "جدة",
        "مكة المكرمة",
        "المدينة المنورة",
        "الدمام",
        "القصيم",
        "تبوك",
        "أبها",
        "جازان",
        "نجران",
        "حائل",
        "الأحساء",
        "ريال سعودي",
        "التجمع الصحي",
        "تجمع",
        "الشؤون الصحية",
        "خادم الحرمين",
        "هـ",
    ),
    "AE": ("الإمارات", "الإماراتية", "دبي", "أبوظبي", "أبو ظبي", "الشارقة", "عجمان", "درهم إماراتي"),
    "KW": ("الكويت", "الكويتية", "دينار كويتي", "حولي", "الجهراء"),
    "QA": ("قطر", "القطرية", "الدوحة", "ريال قطري", "حمد الطبية"),
    "BH": ("البحرين", "البحرينية", "المنامة", "دينار بحريني"),
    "OM": ("عمان", "سلطنة عمان", "العمانية", "مسقط", "صلالة", "ريال عماني", "ظفار"),
    "YE": ("اليمن", "اليمنية", "صنعاء", "عدن", "ريال يمني"),
    "EG": (
        "مصر",
        "المصرية",
        "القاهرة",
        "الإسكندرية",
        "الجيزة",
        "أسيوط",
        "الأقصر",
        "أسوان",
        "جنيه",
        "جنيه مصري",
        "مديرية الصحة",
    ),
    "SD": ("السودان", "السودانية", "الخرطوم", "جنيه سوداني"),
    "JO": ("الأردن", "الأردنية", "عمّان", "إربد", "الزرقاء", "دينار أردني"),
    "LB": (
        "لبنان",
        "اللبنانية",
        "بيروت",
        "طرابلس",
        "طرابلس الشام",
        "صيدا",
        "زحلة",
        "النبطية",
        "بعلبك",
        "عكار",
        "البقاع",
        "ليرة لبنانية",
    ),
    "SY": ("سوريا", "السورية", "دمشق", "حلب", "حمص", "ليرة سورية"),
    "PS": ("فلسطين", "الفلسطينية", "غزة", "رام الله", "الضفة الغربية", "شيكل"),
    "IQ": ("العراق", "العراقية", "بغداد", "البصرة", "الموصل", "أربيل", "النجف", "كربلاء", "دينار عراقي"),
}

# Countries whose press writes the decimal separator as a comma (11,320 مليون = 11.32 million).
DECIMAL_COMMA_COUNTRIES = frozenset({"MA", "DZ", "TN", "MR", "LY"})

# What may be glued before a cue (والرياض، بالقاهرة); a form that several of them make (وجدة) counts for
# every cue it may be.
CUE_PREFIXES = ("و", "ب", "ل", "ف", "ال", "")

# Arabic letters as normalised text writes them (no ة، ى، أ), commonest first in press text: the country
# cue pattern tries the letters of each level in this order, and stops at the one that matches.
LETTER_ORDER = "اليمونهرتبعدسفكقحجشطصزخثذضغظءؤئ"
