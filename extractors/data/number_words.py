"""Arabic number words, as the press and the dialects write them.

Written in natural spelling (hamzas, taa marbuta, alef maqsura); extractors/numbers.py normalises every
entry before compiling, so `أربعة` here matches `اربعه` in a release. Forms cover gender (ثلاث/ثلاثة),
case (عشرون/عشرين, اثنان/اثنين), the construct state (مئتا/مئتي, ألفي) and the accusative that loses its
tanween in normalisation (ألفاً → ألفا). Colloquial forms are the Egyptian, Levantine and Gulf spellings
that reach written text (Duckling's AR_EG corpus among them).

Deliberately absent: أحد and إحدى on their own ("one of", "anyone", Sunday) are only numbers inside a
teen (أحد عشر); نصف/ربع/ثلث are only numbers before a scale word (نصف مليون); plural scale words
(آلاف، ملايين) and مئات/عشرات carry no value on their own ("thousands of patients").
"""

UNITS: dict[int, tuple[str, ...]] = {
    0: ("صفر",),
    1: ("واحد", "واحدة"),
    2: ("اثنان", "اثنين", "اثنتان", "اثنتين", "ثنتان", "ثنتين", "اتنين", "تنين"),
    3: ("ثلاث", "ثلاثة", "تلات", "تلاتة"),
    4: ("أربع", "أربعة"),
    5: ("خمس", "خمسة"),
    6: ("ست", "ستة"),
    7: ("سبع", "سبعة"),
    8: ("ثمان", "ثماني", "ثمانية", "تمان", "تماني", "تمانية", "تمنية"),
    9: ("تسع", "تسعة"),
    10: ("عشر", "عشرة"),
}

# Letters glued before a number (and, so, with/at, for/to, like) and the pairs the press writes.
CLITICS: tuple[str, ...] = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")

# Unit forms that are also everyday words when a clitic is glued on (لست "I am not"): the clitics
# allowed on each.
CLITICS_ALLOWED: dict[str, str] = {"ست": "وب"}

# First word of a literary teen; 13-19 use the forms of UNITS 3-9.
TEEN_HEADS: dict[int, tuple[str, ...]] = {
    11: ("أحد", "إحدى", "احدى"),
    12: ("اثنا", "اثني", "اثنتا", "اثنتي", "إثنى", "إثنتى"),
}
TEEN_TAILS: tuple[str, ...] = ("عشر", "عشرة")

# Colloquial teens written as one word.
COLLOQUIAL_TEENS: dict[int, tuple[str, ...]] = {
    11: ("حداشر", "احداشر", "حدعش", "احدعش"),
    12: ("اتناشر", "اطناشر", "اثنعش", "ثنعش"),
    13: ("تلتاشر", "تلطاشر", "ثلطعش", "تلتعش"),
    14: ("اربعتاشر", "اربعطاشر", "اربعطعش"),
    15: ("خمستاشر", "خمسطاشر", "خمسطعش"),
    16: ("ستاشر", "سطاشر", "سطعش"),
    17: ("سبعتاشر", "سبعطاشر", "سبعطعش"),
    18: ("تمنتاشر", "تمنطاشر", "ثمنطعش"),
    19: ("تسعتاشر", "تسعطاشر", "تسعطعش"),
}

TENS: dict[int, tuple[str, ...]] = {
    20: ("عشرون", "عشرين"),
    30: ("ثلاثون", "ثلاثين", "تلاتين"),
    40: ("أربعون", "أربعين"),
    50: ("خمسون", "خمسين"),
    60: ("ستون", "ستين"),
    70: ("سبعون", "سبعين"),
    80: ("ثمانون", "ثمانين", "تمانين"),
    90: ("تسعون", "تسعين"),
}

# "Hundred" on its own; after a unit word it multiplies (ثلاث مئة = 300).
HUNDRED: tuple[str, ...] = ("مئة", "مائة", "مية", "ماية")
TWO_HUNDRED: tuple[str, ...] = (
    "مئتان",
    "مئتين",
    "مئتا",
    "مئتي",
    "مائتان",
    "مائتين",
    "مائتا",
    "مائتي",
    "ميتين",
    "متين",
)
# Glued hundreds are a prefix + a HUNDRED spelling (ثلاثمائة، تلتمية، خمسمية).
HUNDRED_PREFIXES: dict[int, tuple[str, ...]] = {
    3: ("ثلاث", "ثلث", "تلت", "تلات"),
    4: ("أربع", "ربع"),
    5: ("خمس",),
    6: ("ست",),
    7: ("سبع",),
    8: ("ثمان", "ثماني", "تمن", "تمان"),
    9: ("تسع",),
}

# Scale words by value: singular (and accusative), dual (with construct forms), plural. A plural only
# multiplies (3 ملايين); alone it is "millions of", no value.
SCALES: dict[int, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    10**3: (("ألف", "ألفاً"), ("ألفان", "ألفين", "ألفي"), ("آلاف", "ألوف")),
    10**6: (("مليون", "مليوناً"), ("مليونان", "مليونين", "مليوني"), ("ملايين",)),
    10**9: (
        ("مليار", "ملياراً", "بليون", "بليوناً"),
        ("ملياران", "مليارين", "ملياري", "بليونان", "بليونين"),
        ("مليارات", "بلايين"),
    ),
    10**12: (("تريليون", "ترليون"), ("تريليونان", "تريليونين", "ترليونين"), ("تريليونات", "ترليونات")),
}

# Fractions that only count as numbers before a scale word (نصف مليون) or after one (مليون ونصف).
FRACTIONS: dict[str, tuple[int, int]] = {"نصف": (1, 2), "ربع": (1, 4), "ثلث": (1, 3)}

# The decimal point said in words: واحد فاصلة خمسة = 1.5.
POINT_WORDS: tuple[str, ...] = ("فاصلة",)

# Words before a teen tail that make it vague rather than a number (بضعة عشر "ten-odd").
VAGUE_TEEN_HEADS: tuple[str, ...] = ("بضع", "بضعة")

# Ordinals: not cardinals, but the dates reader needs them (الحادي والثلاثين من ديسمبر).
ORDINAL_FIRST: tuple[str, ...] = ("أول", "أولى")
ORDINAL_ONE_IN_COMPOUNDS: tuple[str, ...] = ("حادي", "حادية")
ORDINAL_UNITS: dict[int, tuple[str, ...]] = {
    2: ("ثاني", "ثانية"),
    3: ("ثالث", "ثالثة"),
    4: ("رابع", "رابعة"),
    5: ("خامس", "خامسة"),
    6: ("سادس", "سادسة"),
    7: ("سابع", "سابعة"),
    8: ("ثامن", "ثامنة"),
    9: ("تاسع", "تاسعة"),
    10: ("عاشر", "عاشرة"),
}
